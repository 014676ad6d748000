"""Shared verdicts: cases that read the same facts share their verdict (or all but their own dates), with
the JSON and repr of the verdict built alone, whatever came before."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategieen import casussen
from verzuimregels import Invoerfout, beoordeel
from verzuimregels.beleid import STANDAARDBELEID, Beleid, Verjaardag29Februari
from verzuimregels.bronnen import wetsversie_op
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.keuzehulp import Casus, Herkomst, Voorwaarde, boom_voor, evaluator
from verzuimregels.keuzehulp.boom import Toets
from verzuimregels.teksten import Taal

CONTEXTEN: tuple[dict[str, Any], ...] = (
    {},
    {"taal": Taal.EN},
    {"beleid": Beleid(luxe_verzuim_18plus=True)},
    {"beleid": Beleid(verjaardag_29_februari=Verjaardag29Februari.EEN_MAART), "met_geboortedatum": True},
    {"beleid": Beleid(vakantiedagen_meetellen=True), "extra_beleid": ("peildatum_vandaag",)},
    {"kalender": Schoolkalender(regio=Regio.NOORD)},
)


def _alleen(casus: Casus, peildatum: date, context: dict[str, Any]) -> tuple[str, str] | str:
    """The verdict of the walk itself, step by step, from empty caches."""
    evaluator.leeg_caches()
    return _vorm(lambda: _wandeling(casus, peildatum, context))


def _wandeling(casus: Casus, peildatum: date, context: dict[str, Any]) -> Any:
    return evaluator._loop(
        casus,
        peildatum,
        wetsversie_op(peildatum),
        context.get("taal", Taal.NL),
        context.get("beleid", STANDAARDBELEID),
        context.get("kalender"),
        context.get("extra_beleid", ()),
        context.get("met_geboortedatum", False),
        boom_voor(context.get("beleid", STANDAARDBELEID)),
    )


def _gedeeld(casus: Casus, peildatum: date, context: dict[str, Any]) -> tuple[str, str] | str:
    return _vorm(lambda: evaluator.evalueer(casus, peildatum=peildatum, **context))


def _vorm(maak: Any) -> tuple[str, str] | str:
    try:
        oordeel = maak()
    except Invoerfout as fout:
        return f"{type(fout).__name__}: {fout}"
    return oordeel.model_dump_json(), repr(oordeel)


@settings(max_examples=150, deadline=None)
@given(st.lists(casussen(), min_size=2, max_size=6), st.lists(st.integers(0, len(CONTEXTEN) - 1), min_size=6))
def test_gedeelde_oordelen_gelijk_aan_de_wandeling(
    mappings: list[dict[str, Any]], contexten: list[int]
) -> None:
    """Every verdict equals the walk's own from empty caches, after any cases before it (the first
    case of a key builds its template, the others share it: each is judged twice, and again after
    the others)."""
    geval = [(Casus.model_validate(m), date.fromisoformat(m["peildatum"])) for m in mappings]
    verwacht = [_alleen(c, p, CONTEXTEN[contexten[i % len(contexten)]]) for i, (c, p) in enumerate(geval)]
    evaluator.leeg_caches()
    for _ in range(2):
        for i, (c, p) in enumerate(geval):
            assert _gedeeld(c, p, CONTEXTEN[contexten[i % len(contexten)]]) == verwacht[i]
    for i, (c, p) in reversed(list(enumerate(geval))):
        assert _gedeeld(c, p, CONTEXTEN[contexten[i % len(contexten)]]) == verwacht[i]


BASIS = {
    "ziek": False,
    "vakantie_zonder_verlof": False,
    "ongeoorloofde_uren_4_lesweken": 20,
    "peildatum": "2026-09-14",
}


def test_zelfde_feiten_zelfde_oordeel_gedeeld() -> None:
    """A kept verdict of a case with a given age holds no object of its own; one computed from dates
    shares all steps but those that show its dates."""
    evaluator.leeg_caches()
    a = beoordeel(BASIS | {"leeftijd_eerste_verzuimdag": 15})
    assert beoordeel(BASIS | {"leeftijd_eerste_verzuimdag": 15}) is a
    assert beoordeel(BASIS | {"leeftijd_eerste_verzuimdag": 14}) is not a  # the age is in the pad
    datums = {"geboortedatum": "2011-03-01", "eerste_verzuimdag": "2026-09-01"}
    b = beoordeel(BASIS | datums)
    c = beoordeel(BASIS | datums | {"eerste_verzuimdag": "2026-09-02"})
    assert b.model_dump_json().replace("2026-09-01", "2026-09-02") == c.model_dump_json()
    eigen = [x is not y for x, y in zip(b.pad, c.pad, strict=True)]
    assert eigen == [
        any(f.naam == "eerste_verzuimdag" for f in stap.feiten) for stap in b.pad
    ]  # S1, S3 and Q3 show the first verzuimdag
    assert sum(eigen) == 3
    assert b.toelichting is c.toelichting
    assert b.beleidskeuzes is c.beleidskeuzes


def test_leeftijd_uit_datums_deelt_het_oordeel_met_dezelfde_antwoorden() -> None:
    """Cases whose age is computed from their dates share the verdict of every case with the same
    answers (the steps that show the age are their own); a leaf that names the age in its
    toelichting (RMC) keeps each age's own text."""
    evaluator.leeg_caches()
    a = beoordeel(BASIS | {"geboortedatum": "2011-03-01", "eerste_verzuimdag": "2026-09-01"})  # 15
    b = beoordeel(BASIS | {"geboortedatum": "2012-03-01", "eerste_verzuimdag": "2026-09-01"})  # 14
    assert a.beleidskeuzes is b.beleidskeuzes
    assert a.toelichting is b.toelichting
    assert [s.vraag for s, t in zip(a.pad, b.pad, strict=True) if s is not t] == ["S1", "S3", "Q3"]
    rmc = BASIS | {"aaneengesloten_dagen_afwezig": 30, "eerste_verzuimdag": "2026-09-01"}
    negentien = beoordeel(rmc | {"geboortedatum": "2007-03-01"}, taal=Taal.EN)
    twintig = beoordeel(rmc | {"geboortedatum": "2006-03-01"}, taal=Taal.EN)
    assert negentien.verzuimsoort == twintig.verzuimsoort == "rmc"
    assert "was 19 on" in negentien.toelichting
    assert "was 20 on" in twintig.toelichting


def test_gelijke_beleid_objecten_delen_oordelen() -> None:
    evaluator.leeg_caches()
    casus = BASIS | {"leeftijd_eerste_verzuimdag": 15}
    a = beoordeel(casus, beleid=Beleid(vakantiedagen_meetellen=True))
    assert beoordeel(casus, beleid=Beleid(vakantiedagen_meetellen=True)) is a
    assert beoordeel(casus, beleid=Beleid()) is not a
    assert beoordeel(casus, beleid=Beleid()) == beoordeel(casus)


def test_regressie_gedeeld_feit_per_schrijfwijze() -> None:
    """Facts read were shared through a cache keyed on equality: Decimal('16') == Decimal('16.00'), so
    after a case with 16 hours one with '16.00' showed Decimal('16') in its pad (and the reverse): the
    repr of a verdict depended on earlier calls. Keyed on the value as written since."""
    casus = BASIS | {"leeftijd_eerste_verzuimdag": 15}
    evaluator.leeg_caches()
    alleen = repr(beoordeel(casus | {"ongeoorloofde_uren_4_lesweken": Decimal("16.00")}))
    evaluator.leeg_caches()
    beoordeel(casus | {"ongeoorloofde_uren_4_lesweken": 16})
    na = beoordeel(casus | {"ongeoorloofde_uren_4_lesweken": Decimal("16.00")})
    assert repr(na) == alleen
    assert "Decimal('16.00')" in repr(na.pad)
    assert "Decimal('16')" in repr(beoordeel(casus | {"ongeoorloofde_uren_4_lesweken": 16}).pad)


def test_gedeeld_feit_onderscheidt_true_en_1() -> None:
    assert evaluator._feit("x", True, Herkomst.OPGEGEVEN) is not evaluator._feit("x", 1, Herkomst.OPGEGEVEN)


def test_fouten_zoals_de_wandeling() -> None:
    """What the shared path cannot judge goes the walk's way, with the walk's error."""
    with pytest.raises(Invoerfout, match="age 5"):
        beoordeel(BASIS | {"leeftijd_eerste_verzuimdag": 5})
    with pytest.raises(Invoerfout, match="ziek"):
        beoordeel({k: v for k, v in BASIS.items() if k != "ziek"} | {"leeftijd_eerste_verzuimdag": 15})
    with pytest.raises(Invoerfout, match="regio"):  # holidays unknown in the month leerplicht starts
        beoordeel(
            BASIS | {"geboortedatum": "2003-03-10", "eerste_verzuimdag": "2008-04-14"},
            kalender=Schoolkalender(regio=Regio.NOORD),
        )


def _sjablonen() -> int:
    """The templates in the shared path's trees."""
    stapel = list(evaluator._VERDELERS.wortels.values())
    aantal = 0
    while stapel:
        knoop = stapel.pop()
        if isinstance(knoop, evaluator._Sjabloon):
            aantal += 1
        elif type(knoop) is tuple:
            stapel.extend(knoop[4].values())
    return aantal


@pytest.mark.parametrize("grens", ["_MAX_KNOPEN", "_MAX_FEITEN", "_MAX_STAPPEN"])
def test_gedeelde_oordelen_begrensd(monkeypatch: pytest.MonkeyPatch, grens: str) -> None:
    """Bounded: a full cache starts again, and the verdicts stay those of the walk."""
    monkeypatch.setattr(evaluator, grens, 2)
    evaluator.leeg_caches()
    gevallen = [BASIS | {"leeftijd_eerste_verzuimdag": n} for n in (7, 9, 11, 13)]
    gevallen += [  # the same answers, but other hours: each its own shared verdict, walked once
        BASIS
        | {"geboortedatum": f"201{n}-03-01", "eerste_verzuimdag": "2026-09-01"}
        | {"ongeoorloofde_uren_4_lesweken": 16 + n}
        for n in range(4)
    ]
    eerst = [beoordeel(g).model_dump_json() for g in gevallen]
    assert [beoordeel(g).model_dump_json() for g in reversed(gevallen)] == eerst[::-1]
    assert _sjablonen() <= (2 if grens == "_MAX_KNOPEN" else len(gevallen))
    assert evaluator._VERDELERS.knopen <= (2 if grens == "_MAX_KNOPEN" else 10_000)
    assert max(
        len(evaluator._FEITEN), len(evaluator._GETOOND), len(evaluator._GELEZEN), len(evaluator._BEGIN)
    ) <= (2 if grens == "_MAX_FEITEN" else 10_000)
    assert max(len(evaluator._STAPPEN), len(evaluator._EIGEN_STAPPEN)) <= (
        2 if grens == "_MAX_STAPPEN" else 10_000
    )


def test_bladeren_die_zelf_lezen_worden_niet_gedeeld(monkeypatch: pytest.MonkeyPatch) -> None:
    """A leaf that reads a fact no question on its path read is judged by the walk alone (the fact
    would be missing from the key)."""
    assert evaluator._GEDEELDE_BLADEREN  # every leaf of DUO's trees reads only facts its path read
    from verzuimregels.keuzehulp.boom import BOOM, uitkomsten

    assert {id(b) for b in uitkomsten(BOOM)} <= evaluator._GEDEELDE_BLADEREN
    monkeypatch.setattr(evaluator, "_GEDEELDE_BLADEREN", frozenset())
    evaluator.leeg_caches()
    casus = BASIS | {"leeftijd_eerste_verzuimdag": 15}
    assert beoordeel(casus) is not beoordeel(casus)
    assert not _sjablonen()


def test_nummers_van_beleid_nooit_twee_keer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A policy's number in a key means one value for ever: after a full table an equal object gets a
    new number (a miss), never an old number of another value."""
    monkeypatch.setattr(evaluator, "_MAX_NUMMERS", 2)
    gezien: dict[int, Beleid] = {}
    for i in range(6):
        beleid = Beleid(signaal_mazl_schoolweken=1 + i % 3)
        nummer = evaluator._nummer(beleid)
        assert gezien.setdefault(nummer, beleid) == beleid
        assert evaluator._nummer(beleid) == nummer
    assert max(len(evaluator._NUMMERS), len(evaluator._WAARDEN)) <= 2


def test_stapsoorten_nooit_twee_keer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The number of a kind of step (question, language, answer, law version) in the key of a case's
    own step means one kind for ever: after a full table a kind gets a new number, never the number
    of another kind (which would hand a case a step of another question or language), and verdicts
    with dates stay those of the walk."""
    monkeypatch.setattr(evaluator, "_MAX_NUMMERS", 2)
    evaluator.leeg_caches()
    gezien: dict[int, tuple[str, Taal, bool, date]] = {}
    soorten = [(k, t, a, date(2024, 1, 1)) for k in ("S1", "S3") for t in Taal for a in (True, False)]
    for soort in soorten * 2:
        nummer = evaluator._stapsoort(*soort)
        assert gezien.setdefault(nummer, soort) == soort
    assert len(evaluator._STAPSOORTEN) <= 2
    gevallen = [
        BASIS | {"geboortedatum": f"20{j:02d}-03-0{n}", "eerste_verzuimdag": "2026-09-01"}
        for j in (3, 9, 12, 21)
        for n in (1, 2)
    ]
    for taal in (*Taal, *Taal):
        for g in gevallen:
            casus = Casus.model_validate(g)
            gedeeld = beoordeel(g, taal=taal)
            gewandeld = _wandeling(casus, date(2026, 9, 14), {"taal": taal})  # BASIS's peildatum
            assert (gedeeld.model_dump_json(), repr(gedeeld)) == (
                gewandeld.model_dump_json(),
                repr(gewandeld),
            )


def test_bladanalyse_ziet_een_blad_dat_zelf_leest() -> None:
    from dataclasses import replace

    from verzuimregels.keuzehulp.boom import GEEN_23_PLUS, Q1, S3, _met

    blad = replace(GEEN_23_PLUS, toelichting_en="{uren} hours")  # Q5's fact, not read on S3's path
    boom = _met(S3, ja=blad, nee=_met(Q1, ja=blad))
    gedeeld = evaluator._leest_op_elk_pad(boom)
    assert id(blad) not in gedeeld
    assert evaluator._leest_op_elk_pad(_met(S3, nee=Q1)) >= {id(GEEN_23_PLUS)}


def test_bouw_met_een_deel_van_de_velden() -> None:
    """Like ``model_construct``: the fields given are the fields set (the shared set only when all are)."""
    from verzuimregels.keuzehulp import GelezenFeit, Herkomst

    deel = evaluator._bouw(GelezenFeit, naam="x", waarde=True, herkomst=Herkomst.OPGEGEVEN)
    assert deel.model_fields_set == {"naam", "waarde", "herkomst"}
    heel = evaluator._feit("x", True, Herkomst.OPGEGEVEN)
    assert heel.model_fields_set == set(GelezenFeit.model_fields)
    assert heel.model_fields_set is evaluator._feit("y", False, Herkomst.OPGEGEVEN).model_fields_set
    kopie = heel.model_copy(update={"naam": "z"})
    assert kopie.model_fields_set is not heel.model_fields_set
    assert heel.model_fields_set == set(GelezenFeit.model_fields)


@pytest.mark.parametrize(
    "wijziging",
    [
        {"in_pad": False},
        {"beleid_als": (("drempel_16_uur", Voorwaarde("ziek", Toets.WAAR)),)},
        {"voorwaarde": Voorwaarde("ongeoorloofde_uren_4_lesweken", Toets.MEER_DAN, Decimal(15))},
        {"voorwaarde": Voorwaarde("aaneengesloten_dagen_afwezig", Toets.MINSTENS, ander_feit="x")},
    ],
)
def test_vragen_die_het_gedeelde_pad_niet_kent_zijn_van_de_wandeling(
    monkeypatch: pytest.MonkeyPatch, wijziging: dict[str, Any]
) -> None:
    """A question the shared walk does not model (no step, policy codes on a condition, another
    comparison, a second fact) sends every case that reaches it to the walk itself; a tree other than
    DUO's keys its own verdicts."""
    from verzuimregels.keuzehulp import boom

    q5 = boom._met(boom.Q5, **wijziging)
    anders = boom._met(
        boom.S1,
        ja=boom._met(
            boom.S2,
            nee=boom._met(
                boom.S3, nee=boom._met(boom.Q1, nee=boom._met(boom.Q2, nee=boom._met(boom.Q3, nee=q5)))
            ),
        ),
    )
    assert evaluator._compileer(q5, date(2026, 8, 1)) is None
    if "voorwaarde" in wijziging and wijziging["voorwaarde"].ander_feit is not None:
        return  # the case has no fact "x" to compare with
    casus = BASIS | {"leeftijd_eerste_verzuimdag": 15}
    echt = beoordeel(casus)
    monkeypatch.setattr(evaluator, "boom_voor", lambda beleid: anders)
    verwacht = evaluator._loop(
        Casus.model_validate(casus),
        date(2026, 9, 14),
        date(2026, 8, 1),
        Taal.NL,
        STANDAARDBELEID,
        None,
        (),
        False,
        anders,
    )
    a, b = beoordeel(casus), beoordeel(casus)
    assert a is not b  # the walk's own, every time
    assert a == b == verwacht
    monkeypatch.undo()
    assert beoordeel(casus) is echt


@pytest.mark.parametrize("regel", list(Verjaardag29Februari))
@pytest.mark.parametrize("kalender", [None, Schoolkalender(regio=Regio.NOORD)])
def test_begin_leerplicht_per_geboortemaand(
    regel: Verjaardag29Februari, kalender: Schoolkalender | None
) -> None:
    """The start of leerplicht kept per birth month is, for every birth day (29 February of a leap
    year and the days around it included), the start art. 3 lid 1 gives for that day itself."""
    from datetime import timedelta

    from verzuimregels.kalender import GEEN_KALENDER
    from verzuimregels.regels.leerplicht import begin_leerplicht_voor

    k = kalender or GEEN_KALENDER
    evaluator.leeg_caches()
    geboren, eerste = date(2019, 1, 1), date(2026, 9, 1)
    while geboren < date(2021, 12, 31):
        assert evaluator._begin_leerplicht(geboren, eerste, k, regel) == begin_leerplicht_voor(
            geboren, (eerste,), k, regel
        )
        geboren += timedelta(days=1)
    assert len(evaluator._BEGIN) == 3 * 12 + 1  # one per month, and 29 February 2020 apart


_WEGLAATBAAR = (
    "ziek",
    "ziekte_twijfel",
    "vakantie_zonder_verlof",
    "aaneengesloten_dagen_afwezig",
    "ongeoorloofde_uren_4_lesweken",
    "afspraak_gemeente_18plus",
    "eerdere_melding_4_weken",
    "startkwalificatie",
)


@st.composite
def _onvolledige_casussen(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Cases of :func:`casussen` with facts left out (a default, or a fact the tree may ask and then
    miss), and sometimes the age given beside the dates: a few variants of each case, so that cases
    share their way through the tree and differ in what they left out."""
    from verzuimregels.regels.leeftijd import leeftijd_op

    uit: list[dict[str, Any]] = []
    for basis in draw(st.lists(casussen(), min_size=1, max_size=3)):
        for _ in range(draw(st.integers(1, 3))):
            casus = dict(basis)
            for naam in draw(st.sets(st.sampled_from(_WEGLAATBAAR), max_size=3)):
                del casus[naam]
            if "geboortedatum" in casus and draw(st.booleans()):
                geboren = date.fromisoformat(casus["geboortedatum"])
                eerste = date.fromisoformat(casus["eerste_verzuimdag"])
                casus[LEEFTIJD] = leeftijd_op(geboren, eerste, STANDAARDBELEID.verjaardag_29_februari)
            uit.append(casus)
    return uit


LEEFTIJD = "leeftijd_eerste_verzuimdag"


def _alle_vormen(maak: Any) -> tuple[Any, ...] | str:
    """Everything a caller can see of a verdict: JSON, dict, repr, hash, and a pickled copy's and a
    ``model_copy``'s JSON, repr and equality (the verdict is compared with ``==`` apart)."""
    try:
        oordeel = maak()
    except Invoerfout as fout:
        return f"{type(fout).__name__}: {fout}"
    terug = pickle.loads(pickle.dumps(oordeel))  # noqa: S301 - our own bytes
    kopie = oordeel.model_copy()
    return (
        oordeel,
        oordeel.model_dump_json(),
        oordeel.model_dump(),
        oordeel.model_dump(mode="json"),
        repr(oordeel),
        repr(oordeel.pad),
        hash(oordeel),
        [s.model_fields_set for s in oordeel.pad],
        terug.model_dump_json(),
        repr(terug),
        terug == oordeel,
        kopie.model_dump_json(),
        kopie == oordeel,
    )


@settings(max_examples=200, deadline=None)
@given(
    _onvolledige_casussen(),
    st.lists(st.integers(0, len(CONTEXTEN) - 1), min_size=9, max_size=9),
    st.randoms(use_true_random=False),
)
def test_gedeelde_oordelen_in_elke_vorm_gelijk_aan_de_wandeling(
    mappings: list[dict[str, Any]], contexten: list[int], volgorde: Any
) -> None:
    """Differential: every verdict of the shared path, with facts left out (defaults, a missing fact)
    and in any order and repetition, is in every form a caller sees (JSON, dict, repr, ==, hash,
    pickle round trip, ``model_copy``) the walk's own from empty caches; an error is the walk's
    error."""
    geval: list[tuple[Casus, date, dict[str, Any]]] = []
    for i, m in enumerate(mappings):
        try:
            casus = Casus.model_validate(m)
        except ValueError:  # the age does not agree with the dates under the rule: not a case
            continue
        geval.append((casus, date.fromisoformat(m["peildatum"]), CONTEXTEN[contexten[i // 3]]))
    verwacht = []
    for casus, peildatum, context in geval:
        evaluator.leeg_caches()
        verwacht.append(_alle_vormen(lambda: _wandeling(casus, peildatum, context)))  # noqa: B023
    evaluator.leeg_caches()
    volgorde_ = [*range(len(geval))] * 3
    volgorde.shuffle(volgorde_)
    for i in volgorde_:
        casus, peildatum, context = geval[i]
        gezien = _alle_vormen(lambda: evaluator.evalueer(casus, peildatum=peildatum, **context))  # noqa: B023
        assert gezien == verwacht[i]


@pytest.mark.parametrize("met_geboortedatum", [False, True])
def test_stappen_met_datums_tonen_de_feiten_waaruit_ze_berekend_zijn(met_geboortedatum: bool) -> None:
    """S1 shows the first verzuimdag, the start of leerplicht computed from the birth date and whether
    it had begun by the first verzuimdag (art. 3 lid 1); S3 and Q3 the first verzuimdag and the age
    computed from both dates; the birth date itself only on request (AVG). The same for the walk's
    verdict (the first case) and the shared one (a second case with other dates)."""
    evaluator.leeg_caches()
    geboren = ("geboortedatum", Herkomst.OPGEGEVEN, ())
    beide = ("geboortedatum", "eerste_verzuimdag")
    for geb, eerste, begin, leeftijd in (
        ("2011-03-01", "2026-09-01", "2016-04-01", 15),  # the walk's own verdict
        ("2011-03-20", "2026-09-02", "2016-04-01", 15),  # shared, with this case's dates
    ):
        oordeel = beoordeel(
            BASIS | {"geboortedatum": geb, "eerste_verzuimdag": eerste}, met_geboortedatum=met_geboortedatum
        )
        getoond = {
            s.vraag: [(f.naam, f.waarde, f.herkomst, f.afgeleid_van) for f in s.feiten] for s in oordeel.pad
        }
        eigen = [(*geboren[:1], date.fromisoformat(geb), *geboren[1:])] if met_geboortedatum else []
        verzuimdag = ("eerste_verzuimdag", date.fromisoformat(eerste), Herkomst.OPGEGEVEN, ())
        assert getoond["S1"] == [
            *eigen,
            verzuimdag,
            ("begin_leerplicht", date.fromisoformat(begin), Herkomst.BEREKEND, ("geboortedatum",)),
            ("leerplicht_begonnen", True, Herkomst.BEREKEND, beide),
        ]
        assert (
            getoond["S3"]
            == getoond["Q3"]
            == [
                *eigen,
                verzuimdag,
                (LEEFTIJD, leeftijd, Herkomst.BEREKEND, beide),
            ]
        )


def test_wortels_per_beleid_begrensd(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every policy value starts a tree of its own: the roots count towards the bound too, also where
    nothing grows under them (a tree whose first question the shared path does not model), so that a
    caller with ever new policies does not grow the shared path without end."""
    from verzuimregels.keuzehulp import boom

    anders = dataclasses.replace(boom.S1, in_pad=False)
    monkeypatch.setattr(evaluator, "boom_voor", lambda beleid: anders)
    monkeypatch.setattr(evaluator, "_MAX_KNOPEN", 3)
    evaluator.leeg_caches()
    casus = Casus.model_validate(BASIS | {"leeftijd_eerste_verzuimdag": 15})
    for weken in range(1, 9):
        beleid = Beleid(signaal_mazl_schoolweken=weken)
        assert evaluator.evalueer(casus, peildatum=date(2026, 9, 14), beleid=beleid) == _wandeling(
            casus, date(2026, 9, 14), {"beleid": beleid}
        )
        assert len(evaluator._VERDELERS.wortels) <= 3
