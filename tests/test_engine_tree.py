"""The engine's decision trees (:mod:`verzuimregels.engine.tree`): conditions, the walker, the trace.

Machinery tests on a small tree of their own, so each rule of the walker shows apart from any law:
a condition against a number, a dated number or another fact; the facts read per step; the policy
codes in the order they arise; a question without a step; every path and node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from verzuimregels.bronnen import ART_3_LID_1, ART_13A_LID_1
from verzuimregels.engine.dated import Dated
from verzuimregels.engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
from verzuimregels.engine.tree import Toets, Voorwaarde, Vraag, knopen, loop, paden, toets

OUD, NIEUW = date(2024, 1, 1), date(2026, 8, 1)


@dataclass(frozen=True)
class Blad:
    knoop: str
    beleid: tuple[str, ...] = ()
    beleid_als: tuple[tuple[str, Voorwaarde], ...] = ()


class Knoopvraag(Vraag["Knoopvraag", Blad]):
    __slots__ = ()


@dataclass
class Lezer:
    waarden: dict[str, Feitwaarde]
    codes_bij: dict[str, str] = field(default_factory=dict)
    beleidcodes: list[str] = field(default_factory=list)
    gelezen: list[tuple[str, str]] = field(default_factory=list)

    def lees(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        if naam in self.codes_bij and all(naam != n for n, _ in self.gelezen):  # on first use, as a cache
            self.beleidcodes.append(self.codes_bij[naam])
        self.gelezen.append((naam, vraag))
        waarde = self.waarden[naam]
        return waarde, (GelezenFeit(naam=naam, waarde=waarde, herkomst=Herkomst.OPGEGEVEN),)


def _stap(vraag: Knoopvraag, antwoord: bool, gelezen: tuple[GelezenFeit, ...]) -> Stap:
    return Stap(vraag=vraag.vraag, tekst=vraag.tekst_nl, antwoord=antwoord, feiten=gelezen, grondslag=())


JA, NEE, VERBORGEN_JA, VERBORGEN_NEE = Blad("ja", beleid=("blad",)), Blad("nee"), Blad("vj"), Blad("vn")
VERBORGEN = Knoopvraag(
    "B",
    "B",
    "verborgen?",
    "hidden?",
    Voorwaarde("b", Toets.WAAR),
    ja=VERBORGEN_JA,
    nee=VERBORGEN_NEE,
    grondslag=(),
    in_pad=False,
)
TWEE = Knoopvraag(
    "A2",
    "A",
    "a ≤ grens?",
    "a ≤ limit?",
    Voorwaarde("a", Toets.HOOGSTENS, ander_feit="grens"),
    ja=JA,
    nee=VERBORGEN,
    grondslag=(ART_13A_LID_1,),
    beleid=("vraag",),
    beleid_als=(("klein", Voorwaarde("a", Toets.MINDER_DAN, Dated({OUD: 1, NIEUW: 3}))),),
)
WORTEL = Knoopvraag(
    "W", "W", "w?", "w?", Voorwaarde("w", Toets.ONWAAR), ja=TWEE, nee=NEE, grondslag=(ART_3_LID_1,)
)


def _loop(**waarden: Feitwaarde) -> tuple[Blad, list[Stap], list[str], Lezer]:
    lezer = Lezer(dict(waarden), codes_bij={"a": "afgeleid"})
    codes: list[str] = ["vooraf"]
    blad, stappen = loop(WORTEL, lezer, NIEUW, _stap, codes)
    return blad, stappen, codes, lezer


@pytest.mark.parametrize(
    ("toets_", "waarde", "drempel", "uitkomst"),
    [
        (Toets.MINSTENS, 16, 16, True),
        (Toets.MINSTENS, 15, 16, False),
        (Toets.MEER_DAN, 11, 10, True),
        (Toets.MEER_DAN, 10, 10, False),
        (Toets.MINDER_DAN, 17, 18, True),
        (Toets.MINDER_DAN, 18, 18, False),
        (Toets.HOOGSTENS, 10, 10, True),
        (Toets.HOOGSTENS, 11, 10, False),
        (Toets.MEER_DAN, Decimal("10.5"), 10, True),
    ],
)
def test_een_vergelijking_op_haar_grens(
    toets_: Toets, waarde: int | Decimal, drempel: int, uitkomst: bool
) -> None:
    assert Voorwaarde("f", toets_, drempel).geldt(waarde) is uitkomst
    assert Voorwaarde("f", toets_, ander_feit="g").geldt(waarde, None, drempel) is uitkomst


def test_waar_en_onwaar_alleen_voor_een_echte_bool() -> None:
    assert Voorwaarde("f", Toets.WAAR).geldt(True) is True
    assert Voorwaarde("f", Toets.WAAR).geldt(1) is False
    assert Voorwaarde("f", Toets.ONWAAR).geldt(False) is True
    assert Voorwaarde("f", Toets.ONWAAR).geldt(0) is False


def test_datums_vergelijken_met_een_ander_feit() -> None:
    eerder = Voorwaarde("aangevraagd_op", Toets.MINDER_DAN, ander_feit="eerste_dag")
    assert eerder.geldt(date(2026, 3, 1), None, date(2026, 3, 2)) is True
    assert eerder.geldt(date(2026, 3, 2), None, date(2026, 3, 2)) is False


def test_een_gedateerde_drempel_in_de_wetsversie() -> None:
    drempel = Dated({OUD: 28, NIEUW: 21})
    v = Voorwaarde("dagen", Toets.MINSTENS, drempel)
    assert v.geldt(25, OUD) is False
    assert v.geldt(25, NIEUW) is True
    assert v.drempel_op(OUD) == 28
    assert Voorwaarde("dagen", Toets.MINSTENS, 5).drempel_op(OUD) == 5
    with pytest.raises(AssertionError, match=r"^a dated threshold needs the law version$"):
        v.geldt(25)


def test_een_voorwaarde_als_tekst() -> None:
    assert str(Voorwaarde("ziek", Toets.WAAR)) == "ziek"
    assert str(Voorwaarde("ziek", Toets.ONWAAR)) == "niet ziek"
    assert str(Voorwaarde("uren", Toets.MINSTENS, 16)) == "uren ≥ 16"
    assert str(Voorwaarde("dagen", Toets.MEER_DAN, 10)) == "dagen > 10"
    assert str(Voorwaarde("leeftijd", Toets.MINDER_DAN, 18)) == "leeftijd < 18"
    assert str(Voorwaarde("peildatum", Toets.HOOGSTENS, ander_feit="einde")) == "peildatum ≤ einde"


def test_toets_leest_beide_feiten_en_toont_ze_in_volgorde() -> None:
    lezer = Lezer({"a": 2, "grens": 2})
    antwoord, gelezen = toets(Voorwaarde("a", Toets.HOOGSTENS, ander_feit="grens"), lezer, "A", NIEUW)
    assert antwoord is True
    assert [f.naam for f in gelezen] == ["a", "grens"]
    assert lezer.gelezen == [("a", "A"), ("grens", "A")]
    antwoord, gelezen = toets(Voorwaarde("a", Toets.MINDER_DAN, 2), lezer, "A", NIEUW)
    assert antwoord is False
    assert [f.naam for f in gelezen] == ["a"]


def test_loop_schrijft_een_stap_per_vraag_met_de_gelezen_feiten() -> None:
    blad, stappen, codes, lezer = _loop(w=False, a=1, grens=4)
    assert blad is JA
    assert [(s.vraag, s.antwoord) for s in stappen] == [("W", True), ("A", True)]
    assert [[f.naam for f in s.feiten] for s in stappen] == [["w"], ["a", "grens"]]
    # the codes in order: the caller's, a derived fact's (after the question that read it), the
    # question's own, its conditional one, then the leaf's
    assert codes == ["vooraf", "afgeleid", "vraag", "klein", "blad"]
    assert lezer.beleidcodes == []  # moved to the verdict
    # every fact is read for the question that asks it (a reader names it in a missing-fact error)
    assert lezer.gelezen == [("w", "W"), ("a", "A"), ("grens", "A"), ("a", "A")]


def test_loop_een_voorwaardelijke_code_alleen_als_de_voorwaarde_geldt() -> None:
    """The condition of a policy code is read in the law version of the case (``klein``: a < 3 from
    2026-08-01, a < 1 before)."""
    _, _, codes, _ = _loop(w=False, a=3, grens=4)
    assert codes == ["vooraf", "afgeleid", "vraag", "blad"]


def test_loop_een_vraag_zonder_stap_beslist_wel() -> None:
    for b, verwacht in ((True, VERBORGEN_JA), (False, VERBORGEN_NEE)):
        blad, stappen, _, _ = _loop(w=False, a=5, grens=4, b=b)
        assert blad is verwacht
        assert [s.vraag for s in stappen] == ["W", "A"]


def test_loop_het_nee_van_de_wortel() -> None:
    blad, stappen, codes, lezer = _loop(w=True)
    assert blad is NEE
    assert [(s.vraag, s.antwoord) for s in stappen] == [("W", False)]
    assert codes == ["vooraf"]
    assert lezer.gelezen == [("w", "W")]


def test_loop_de_codes_van_een_blad_met_voorwaarde() -> None:
    blad = Blad(
        "als",
        beleid_als=(
            ("groot", Voorwaarde("n", Toets.MEER_DAN, Dated({OUD: 5, NIEUW: 1}))),
            ("klein", Voorwaarde("n", Toets.MINDER_DAN, 1)),
        ),
    )
    lezer = Lezer({"n": 2})
    codes: list[str] = []
    uit, stappen = loop(blad, lezer, NIEUW, _stap, codes)
    assert (uit, stappen, codes) == (blad, [], ["groot"])
    assert lezer.gelezen == [("n", "als"), ("n", "als")]


def test_paden_en_knopen_ja_voor_nee() -> None:
    assert [[(v.knoop, a) for v, a in p.stappen] for p in paden(WORTEL)] == [
        [("W", True), ("A2", True)],
        [("W", True), ("A2", False), ("B", True)],
        [("W", True), ("A2", False), ("B", False)],
        [("W", False)],
    ]
    assert [p.uitkomst for p in paden(WORTEL)] == [JA, VERBORGEN_JA, VERBORGEN_NEE, NEE]
    assert [k.knoop for k in knopen(WORTEL)] == ["W", "A2", "ja", "B", "vj", "vn", "nee"]
    assert [p.uitkomst for p in paden(JA)] == [JA]


def test_de_keuzehulp_vraagt_alleen_wat_de_kolomsgewijze_walker_kent() -> None:
    """keuzehulp/frame.py compares column-wise with WAAR, ONWAAR and MINSTENS against a number only
    (any other Toets would fall through to ``>=`` there): the comparisons status and verlof use
    (``<``, ``>``, ``≤``, another fact) stay out of the keuzehulp's trees until that walker knows them."""
    from verzuimregels.keuzehulp.boom import BOOM, BOOM_STROOMSCHEMA, Uitkomst
    from verzuimregels.keuzehulp.boom import knopen as keuzehulp_knopen

    for boom in (BOOM, BOOM_STROOMSCHEMA):
        voorwaarden = [
            v
            for k in keuzehulp_knopen(boom)
            for v in (
                (*(c for _, c in k.beleid_als),)
                if isinstance(k, Uitkomst)
                else (k.voorwaarde, *(c for _, c in k.beleid_als))
            )
        ]
        assert {v.toets for v in voorwaarden} <= {Toets.WAAR, Toets.ONWAAR, Toets.MINSTENS}
        assert all(v.ander_feit is None for v in voorwaarden)
        assert all(k.in_pad for k in keuzehulp_knopen(boom) if isinstance(k, Vraag))


def test_toets_leest_een_gedateerde_drempel_in_de_wetsversie() -> None:
    """A policy or art. 27 condition (``beleid_als``, a leaf's ``boete``) with a dated threshold is
    read in the law version of the case, as a question's own."""
    lezer = Lezer({"dagen": 25})
    v = Voorwaarde("dagen", Toets.MINSTENS, Dated({OUD: 28, NIEUW: 21}))
    assert toets(v, lezer, "X", NIEUW)[0] is True
    assert toets(v, lezer, "X", OUD)[0] is False


def test_stap_vraag_beschrijft_de_vragen_van_alle_drie_de_bomen() -> None:
    """Regression (the schema's description of ``Stap.vraag`` listed only the keuzehulp's ids, while
    status and verlof build their ``pad`` from trees of the same engine): every question id of every
    tree is named in it, as an id or inside a range such as ``K1–K3``."""
    import re

    from verzuimregels.keuzehulp.boom import BOOM, BOOM_STROOMSCHEMA
    from verzuimregels.status.boom import BOOM as STATUS
    from verzuimregels.verlof.boom import GEWICHTIGE_OMSTANDIGHEDEN, VAKANTIEVERLOF

    beschrijving = Stap.model_fields["vraag"].description or ""
    genoemd = set(re.findall(r"\b[A-Z]\d+[a-z]?\b", beschrijving))
    for letter, van, tot in re.findall(r"\b([A-Z])(\d+)–[A-Z](\d+)\b", beschrijving):
        genoemd |= {f"{letter}{n}" for n in range(int(van), int(tot) + 1)}
    ids = {
        k.vraag
        for boom in (BOOM, BOOM_STROOMSCHEMA, STATUS, VAKANTIEVERLOF, GEWICHTIGE_OMSTANDIGHEDEN)
        for k in knopen(boom)
        if isinstance(k, Vraag) and k.in_pad  # a question without a step never is a Stap
    }
    assert ids
    assert ids <= genoemd, sorted(ids - genoemd)
