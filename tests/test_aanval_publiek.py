"""Hypothesis over the public functions the other attack suites left out (issue 11), and a structural
test that no public function is left out again.

``test_aanval_eigenschappen`` and ``test_aanval_meer`` attack the entry points that read a case, a
pupil, a batch or a file. Left were: the verlof facts (``is_verontschuldigd``, ``toets_vrijstelling``,
``gedekte_verlofdagen``, ``lees_feit``), the replay of a verdict (``volg_pad``), the worklist's batch
path (``werklijst_frame``), the Dask recipe (``analyseer_dask``), the cell converters of ``tabel``
(``lees_datum``, ``lees_janee``, ``lees_decimaal``, ``lees_tijd``, ``typeer``), the pupils file as JSON
(``lees_leerlingen``), the loket codes (``lees_verzuimsoort``, ``loketcode_voor``), the frame helpers
(``als_casussen``, ``naar_frame``) and the code tables by name (``standaardtabel``). Each gets
arbitrary JSON-like input shaped after its parameters and may only return or raise the library's own
documented errors (:class:`~verzuimregels.fouten.Invoerfout`; never a bare ``ValueError``,
``AttributeError`` or ``TypeError``, never :class:`~verzuimregels.fouten.Internefout`), with no planted
BSN or name in a message or chain.

:func:`test_elke_publieke_functie_heeft_een_aanval` lists every public function (``verzuimregels.__all__``
and the ``__all__`` of every module below it, the command line apart: ``test_aanval_cli`` attacks it)
and fails when one has neither a hypothesis attack named in :data:`AANVALLEN` nor a reason in
:data:`GEEN_INVOER` why it takes no input from outside.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import pkgutil
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import verzuimregels
from verzuimregels.beleid import Verlofdagen
from verzuimregels.engine.trace import Stap
from verzuimregels.fouten import Internefout, Invoerfout, Leesfout
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Leerling
from verzuimregels.verlof import Verlof, Vrijstelling, lees_feit

from .test_aanval_eigenschappen import (
    BSN,
    CELLEN,
    NAAM,
    PEILDATUMS,
    RECORDKOLOMMEN,
    SCALAIRS,
    _alleen_eigen_fouten,
    _schoon,
    _willekeurig,
    voor_model,
)

INSTELLINGEN = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
"""40 generated inputs per test (the suite's profile ``vast`` runs them derandomized)."""
TRAAG = settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow], deadline=None)
"""For the frame and Dask paths, whose every call builds a DataFrame (10 inputs per test)."""

MIDDEN = Schoolkalender(regio=Regio.MIDDEN)
DAGEN = PEILDATUMS | st.sampled_from([date(2026, 3, 2), date(2026, 8, 31), date(9999, 12, 30)])


def _feit_of_ruw(model: type[Verlof] | type[Vrijstelling]) -> st.SearchStrategy[Any]:
    """A model built from a shaped mapping when it validates (so the search reaches the rules), else
    the mapping itself (the function must refuse it with an ``Invoerfout``)."""

    def bouw(waarde: Any) -> Any:
        try:
            return lees_feit(model, waarde)
        except Invoerfout:
            return waarde

    return voor_model(model, 2).map(bouw)


VERLOVEN = st.lists(_feit_of_ruw(Verlof), max_size=3)
VRIJSTELLINGEN = st.lists(_feit_of_ruw(Vrijstelling), max_size=3)


@INSTELLINGEN
@given(DAGEN | SCALAIRS, VERLOVEN, VRIJSTELLINGEN)
def test_is_verontschuldigd(dag: Any, verloven: list[Any], vrijstellingen: list[Any]) -> None:
    from verzuimregels.verlof import is_verontschuldigd

    _alleen_eigen_fouten(lambda: is_verontschuldigd(dag, verloven, vrijstellingen))


@INSTELLINGEN
@given(_feit_of_ruw(Vrijstelling), DAGEN | SCALAIRS)
def test_toets_vrijstelling(vrijstelling: Any, dag: Any) -> None:
    from verzuimregels.verlof import toets_vrijstelling

    _alleen_eigen_fouten(lambda: toets_vrijstelling(vrijstelling, dag))


@INSTELLINGEN
@given(VERLOVEN, st.sampled_from([*Verlofdagen, "lesdagen", BSN]))
def test_gedekte_verlofdagen(verloven: list[Any], telling: Any) -> None:
    from verzuimregels.verlof import gedekte_verlofdagen

    _alleen_eigen_fouten(lambda: gedekte_verlofdagen(verloven, MIDDEN, telling))


@INSTELLINGEN
@given(st.sampled_from([Verlof, Vrijstelling]), _willekeurig(("soort", "grond", "begin", "eerste_dag")))
def test_lees_feit(model: type[Verlof] | type[Vrijstelling], waarde: Any) -> None:
    _alleen_eigen_fouten(lambda: lees_feit(model, waarde))


def _pad_van(casus: dict[str, Any]) -> tuple[Stap, ...]:
    from verzuimregels import beoordeel

    return beoordeel({"peildatum": "2026-03-16", **casus}).pad


ECHTE_PADEN = [
    _pad_van({"leeftijd_eerste_verzuimdag": 9, "ziek": True}),
    _pad_van({"leeftijd_eerste_verzuimdag": 14, "ziek": False, "vakantie_zonder_verlof": True}),
    _pad_van({"leeftijd_eerste_verzuimdag": 19, "ziek": False, "vakantie_zonder_verlof": False,
              "aaneengesloten_dagen_afwezig": 30}),
]  # fmt: skip


def _gemengd_pad(pad: tuple[Stap, ...]) -> st.SearchStrategy[Any]:
    """A real path, cut, shuffled, with a step as its JSON, changed, or replaced by anything."""
    stap = st.sampled_from(pad) | st.sampled_from(pad).map(lambda s: s.model_dump(mode="json"))
    gewijzigd = st.sampled_from(pad).map(lambda s: {**s.model_dump(mode="json"), "vraag": BSN})
    return st.lists(
        stap | gewijzigd | _willekeurig(tuple(Stap.model_fields)), max_size=len(pad) + 1
    ) | st.just(pad)


@INSTELLINGEN
@given(st.sampled_from(ECHTE_PADEN).flatmap(_gemengd_pad) | SCALAIRS | _willekeurig(("vraag", "antwoord")))
def test_volg_pad(pad: Any) -> None:
    from verzuimregels.keuzehulp import volg_pad

    _alleen_eigen_fouten(lambda: volg_pad(pad))


# --- the frame and Dask paths: one row per pupil, whatever the cells ----------------------------------

RECORDRIJEN = st.lists(
    st.fixed_dictionaries(
        {"sleutel": st.sampled_from(["p1", "p2", "p3", BSN])},
        optional={**dict.fromkeys(RECORDKOLOMMEN, CELLEN), "groep": CELLEN},
    ),
    min_size=1,
    max_size=6,
)


def _frame(rijen: list[dict[str, Any]]) -> Any:
    pd = pytest.importorskip("pandas")
    return pd.DataFrame.from_records(rijen, columns=["sleutel", *RECORDKOLOMMEN, "groep"])


@TRAAG
@given(
    RECORDRIJEN, PEILDATUMS, st.sampled_from(["groep", "school", "woongemeente", BSN]), st.integers(-2, 400)
)
def test_werklijst_frame(rijen: list[dict[str, Any]], peildatum: date, indeling: str, recent: int) -> None:
    from verzuimregels.werklijst import werklijst_frame

    frame = _frame(rijen)
    try:
        uit = werklijst_frame(frame, peildatum, indeling=indeling, recent=recent)
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except Invoerfout as fout:
        _schoon(fout)
        return
    assert BSN not in uit.to_csv()
    assert NAAM not in uit.to_csv()


@TRAAG
@given(RECORDRIJEN, PEILDATUMS, st.booleans())
def test_analyseer_dask(rijen: list[dict[str, Any]], peildatum: date, gegroepeerd: bool) -> None:
    """The Dask recipe on the synchronous scheduler: every pupil comes back, as in ``analyseer_frame``."""
    dd = pytest.importorskip("dask.dataframe")
    from verzuimregels.registratie.frame import analyseer_frame
    from verzuimregels.registratie.verdeeld import analyseer_dask

    frame = _frame(rijen).drop(columns=["groep"])
    try:
        uit: Any = analyseer_dask(dd.from_pandas(frame, npartitions=2), peildatum, gegroepeerd=gegroepeerd)
        berekend = uit.compute(scheduler="synchronous")
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except Invoerfout as fout:
        _schoon(fout)
        return
    verwacht = analyseer_frame(frame, peildatum)
    assert set(berekend["sleutel"].dropna()) == set(verwacht["sleutel"].dropna())
    assert BSN not in berekend.to_csv()


SPARK_CELLEN = CELLEN | st.sampled_from(["08:30", "12:00:00", "25:99", "8.30"])
"""Cells as Spark hands them over: besides any cell, ``van``/``tot`` as ``"HH:MM"`` text."""


@TRAAG
@given(
    st.lists(
        st.fixed_dictionaries(
            {"sleutel": st.sampled_from(["p1", "p2", "p3", BSN])},
            optional={**dict.fromkeys(RECORDKOLOMMEN, SPARK_CELLEN), "emmer": st.integers(0, 3)},
        ),
        min_size=1,
        max_size=6,
    ),
    PEILDATUMS,
)
def test_spark_analyseer_groep(rijen: list[dict[str, Any]], peildatum: date) -> None:
    """The Spark recipe's per-group function (``registratie.spark.analyseer_groep``, with
    ``van_spark`` and ``naar_spark``) without Spark: a group as ``applyInPandas`` hands it over,
    whatever its cells, the bucket column included. Every pupil comes back as in ``analyseer_frame``,
    and only the library's own errors occur (the Spark session itself runs in CI's own step)."""
    pd = pytest.importorskip("pandas")
    from verzuimregels.registratie.frame import analyseer_frame
    from verzuimregels.registratie.spark import analyseer_groep

    groep = pd.DataFrame.from_records(rijen, columns=["sleutel", *RECORDKOLOMMEN, "emmer"])
    try:
        uit = analyseer_groep(groep, peildatum)
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except Invoerfout as fout:
        _schoon(fout)
        return
    verwacht = analyseer_frame(groep.drop(columns=["emmer"]), peildatum)
    assert set(uit["sleutel"].dropna()) == set(verwacht["sleutel"].dropna())
    assert BSN not in uit.to_csv()
    assert NAAM not in uit.to_csv()


CASUSKOLOMMEN = ("geboortedatum", "ziek", "peildatum", "leeftijd_eerste_verzuimdag", "vakantie_zonder_verlof")


@TRAAG
@given(
    st.lists(st.fixed_dictionaries({}, optional=dict.fromkeys(CASUSKOLOMMEN, CELLEN)), min_size=1, max_size=5)
)
def test_als_casussen(rijen: list[dict[str, Any]]) -> None:
    pd = pytest.importorskip("pandas")
    from verzuimregels.keuzehulp.frame import als_casussen

    frame = pd.DataFrame.from_records(rijen, columns=sorted({k for r in rijen for k in r}))
    _alleen_eigen_fouten(lambda: als_casussen(frame))


@TRAAG
@given(st.lists(voor_model(Leerling, 1) | SCALAIRS, max_size=3))
def test_naar_frame(leerlingen: list[Any]) -> None:
    pytest.importorskip("pandas")
    from verzuimregels.registratie.frame import naar_frame

    _alleen_eigen_fouten(lambda: naar_frame(leerlingen))


# --- the cell converters and the pupils file -----------------------------------------------------------

TEKSTEN = SCALAIRS | st.text(max_size=12) | st.sampled_from(["²", "٣", "1" * 5000, "12:60", "1,5", "j"])


@INSTELLINGEN
@given(st.sampled_from(["lees_datum", "lees_janee", "lees_decimaal", "lees_tijd"]), TEKSTEN)
def test_tabel_lees(naam: str, tekst: Any) -> None:
    from verzuimregels import tabel

    _alleen_eigen_fouten(lambda: getattr(tabel, naam)(tekst))


@INSTELLINGEN
@given(
    st.dictionaries(st.sampled_from(["a", "datum", "uren", BSN]) | st.text(max_size=4), TEKSTEN, max_size=4),
    st.none() | st.integers(-5, 10**6),
)
def test_typeer(cellen: dict[str, Any], regel: int | None) -> None:
    from verzuimregels import tabel

    typen = {"datum": tabel.lees_datum, "uren": tabel.lees_decimaal, "a": tabel.lees_janee}
    _alleen_eigen_fouten(lambda: tabel.typeer(cellen, typen, regel))


LEERLINGVELDEN = (
    "leerling", "sleutel", "geboortedatum", "startkwalificatie", "ingeschreven", "schooljaar", "school",
    "onderwijssoort", "regio", "lesuur_minuten", "uren_per_lesdag",
)  # fmt: skip


@INSTELLINGEN
@given(
    st.lists(
        st.fixed_dictionaries(
            {"leerling": st.sampled_from(["1", " 2 ", "3", BSN]) | SCALAIRS},
            optional=dict.fromkeys(LEERLINGVELDEN[2:], TEKSTEN | _willekeurig(("onderwijssoort", "regio"))),
        )
        | _willekeurig(LEERLINGVELDEN),
        max_size=4,
    ),
    st.sampled_from(["array", "jsonl", "object"]),
)
def test_lees_leerlingen_json(items: list[Any], vorm: str) -> None:
    """The pupils file as JSON (an array, JSON Lines, ``{"leerlingen": [...]}``): every pupil is a
    mapping or an error, looked up without an exception."""
    from verzuimregels.schoolsystemen import lees_leerlingen

    if vorm == "jsonl":
        tekst = "\n".join(json.dumps(i, default=str) for i in items) or "[]"
    else:
        tekst = json.dumps(items if vorm == "array" else {"leerlingen": items}, default=str)

    def lees() -> None:
        try:
            leerlingen = lees_leerlingen(io.BytesIO(tekst.encode()))
        except Leesfout as fout:  # the documented error of a file unreadable as a whole
            _schoon(fout)
            return
        with leerlingen:
            for sleutel in ("1", "2", "3", BSN):
                gevonden = leerlingen.zoek(sleutel)
                if isinstance(gevonden, Invoerfout):
                    _schoon(gevonden)

    _alleen_eigen_fouten(lees)


@INSTELLINGEN
@given(TEKSTEN | st.sampled_from(["V3", "lrv", "zestien_uur", "luxe_verzuim"]))
def test_lees_verzuimsoort(waarde: Any) -> None:
    from verzuimregels.melding import lees_verzuimsoort

    _alleen_eigen_fouten(lambda: lees_verzuimsoort(waarde))


@INSTELLINGEN
@given(st.sampled_from([*verzuimregels.Verzuimsoort, "lrv", BSN]), st.none() | st.integers(-(10**6), 10**6))
def test_loketcode_voor(soort: Any, leeftijd: int | None) -> None:
    from verzuimregels.melding import loketcode_voor

    _alleen_eigen_fouten(lambda: loketcode_voor(soort, leeftijd))


@INSTELLINGEN
@given(st.sampled_from(["somtoday", "magister", "eduarte", "edfi", BSN]) | SCALAIRS)
def test_standaardtabel(systeem: Any) -> None:
    from verzuimregels.schoolsystemen import standaardtabel, standaardtabel_tekst

    for aanroep in (standaardtabel, standaardtabel_tekst):
        try:
            aanroep(systeem)
        except Leesfout as fout:  # the documented error of an unknown system
            _schoon(fout)


# --- no public function without an attack --------------------------------------------------------------

AANVALLEN: dict[str, tuple[str, ...]] = {
    "verzuimregels.beoordeel": ("test_aanval_eigenschappen.test_beoordeel",),
    "verzuimregels.bepaal_status": ("test_aanval_eigenschappen.test_bepaal_status",),
    "verzuimregels.beoordeel_verlof": ("test_aanval_eigenschappen.test_beoordeel_verlof",),
    "verzuimregels.is_verontschuldigd": ("test_aanval_publiek.test_is_verontschuldigd",),
    "verzuimregels.keuzehulp.volg_pad": ("test_aanval_publiek.test_volg_pad",),
    "verzuimregels.keuzehulp.frame.beoordeel_frame": (
        "test_aanval_eigenschappen.test_beoordeel_frame_een_rij_per_rij",
    ),
    "verzuimregels.keuzehulp.frame.als_casussen": ("test_aanval_publiek.test_als_casussen",),
    "verzuimregels.melding.valideer": ("test_aanval_eigenschappen.test_valideer_geeft_altijd_een_rapport",),
    "verzuimregels.melding.valideer_meldingen": ("test_aanval_meer.test_valideer_meldingen",),
    "verzuimregels.melding.lees_verzuimsoort": ("test_aanval_publiek.test_lees_verzuimsoort",),
    "verzuimregels.melding.loketcode_voor": ("test_aanval_publiek.test_loketcode_voor",),
    "verzuimregels.registratie.analyseer": ("test_aanval_eigenschappen.test_analyseer",),
    "verzuimregels.registratie.lees_leerling": ("test_aanval_eigenschappen.test_lees_leerling",),
    "verzuimregels.registratie.voeg_samen": ("test_aanval_meer.test_voeg_samen",),
    "verzuimregels.registratie.frame.analyseer_frame": (
        "test_aanval_eigenschappen.test_analyseer_frame_een_slechte_cel_is_een_foutrij",
    ),
    "verzuimregels.registratie.frame.naar_frame": ("test_aanval_publiek.test_naar_frame",),
    "verzuimregels.registratie.verdeeld.analyseer_dask": ("test_aanval_publiek.test_analyseer_dask",),
    "verzuimregels.registratie.spark.analyseer_groep": ("test_aanval_publiek.test_spark_analyseer_groep",),
    "verzuimregels.registratie.spark.van_spark": ("test_aanval_publiek.test_spark_analyseer_groep",),
    "verzuimregels.registratie.spark.naar_spark": ("test_aanval_publiek.test_spark_analyseer_groep",),
    "verzuimregels.schoolsystemen.analyseer_export": (
        "test_aanval_meer.test_lees_export_over_verminkte_bytes",
    ),
    "verzuimregels.schoolsystemen.lees_export": ("test_aanval_meer.test_lees_export_over_verminkte_bytes",),
    "verzuimregels.schoolsystemen.lees_leerlingen": (
        "test_aanval_meer.test_lees_export_over_verminkte_bytes",
        "test_aanval_publiek.test_lees_leerlingen_json",
    ),
    "verzuimregels.schoolsystemen.lees_records_csv": (
        "test_aanval_meer.test_lees_records_csv_over_verminkte_bytes",
    ),
    "verzuimregels.schoolsystemen.lees_codetabel": (
        "test_aanval_meer.test_lees_codetabel_over_verminkte_tekst",
    ),
    "verzuimregels.schoolsystemen.standaardtabel": ("test_aanval_publiek.test_standaardtabel",),
    "verzuimregels.schoolsystemen.standaardtabel_tekst": ("test_aanval_publiek.test_standaardtabel",),
    "verzuimregels.status.lees_statusvraag": ("test_aanval_meer.test_lees_statusvraag",),
    "verzuimregels.tabel.lees_datum": ("test_aanval_publiek.test_tabel_lees",),
    "verzuimregels.tabel.lees_janee": ("test_aanval_publiek.test_tabel_lees",),
    "verzuimregels.tabel.lees_decimaal": ("test_aanval_publiek.test_tabel_lees",),
    "verzuimregels.tabel.lees_tijd": ("test_aanval_publiek.test_tabel_lees",),
    "verzuimregels.tabel.typeer": ("test_aanval_publiek.test_typeer",),
    "verzuimregels.tabel.lees_tabel": (
        "test_tabel.test_willekeurige_bytes_geven_alleen_leesfouten_of_rijen",
    ),
    "verzuimregels.thuiszitters.classificeer": ("test_aanval_eigenschappen.test_classificeer",),
    "verzuimregels.verlof.gedekte_verlofdagen": ("test_aanval_publiek.test_gedekte_verlofdagen",),
    "verzuimregels.verlof.lees_feit": ("test_aanval_publiek.test_lees_feit",),
    "verzuimregels.verlof.lees_verlofaanvraag": ("test_aanval_meer.test_lees_verlofaanvraag",),
    "verzuimregels.verlof.toets_vrijstelling": ("test_aanval_publiek.test_toets_vrijstelling",),
    "verzuimregels.werklijst.werklijst": ("test_aanval_meer.test_werklijst",),
    "verzuimregels.werklijst.per_week": ("test_aanval_meer.test_per_week",),
    "verzuimregels.werklijst.werklijst_frame": ("test_aanval_publiek.test_werklijst_frame",),
}
"""Per public function: the hypothesis tests (``module.test``) that attack it with arbitrary input."""

GEEN_INVOER: dict[str, str] = {
    "verzuimregels.buiten_verzuimmelding": "takes a Statusoordeel, the library's own verdict",
    "verzuimregels.keuzehulp.boom_voor": "takes a Beleid, a model attacked in test_aanval_modellen",
    "verzuimregels.keuzehulp.paden": "walks the library's own tree",
    "verzuimregels.keuzehulp.uitkomsten": "walks the library's own tree",
    "verzuimregels.keuzehulp.frame.rij_uit_fout": "takes the library's own Invoerfout",
    "verzuimregels.keuzehulp.frame.rij_uit_oordeel": "takes the library's own Oordeel",
    "verzuimregels.melding.loketcodes": "no arguments: the library's loket table",
    "verzuimregels.melding.feiten.controle_registratie": "a check the validator calls with what it read",
    "verzuimregels.registratie.frame.uitvoer_meta": "a flag only: the output's empty frame",
    "verzuimregels.schoolsystemen.laad_codetabel": "a path; its content goes through lees_codetabel",
    "verzuimregels.synthetisch.gemeente": "a synthetic generator: sizes and a seed",
    "verzuimregels.synthetisch.keuzehulp_casussen": "a synthetic generator: sizes and a seed",
    "verzuimregels.synthetisch.leerlingen": "a synthetic generator: sizes and a seed",
    "verzuimregels.synthetisch.record_frames": "a synthetic generator: sizes and a seed",
    "verzuimregels.werklijst.regels_van": "takes the library's own Analyse",
}
"""Public functions without an attack, each with the reason it takes no input from outside."""

BUITEN_ALL = (
    "verzuimregels.registratie.verdeeld.analyseer_dask",
    "verzuimregels.registratie.spark.analyseer_groep",
    "verzuimregels.registratie.spark.van_spark",
    "verzuimregels.registratie.spark.naar_spark",
)
"""Entry points documented in docs/ but not in an ``__all__``: the Dask recipe and the Spark recipe's
functions (attacked here without Spark; the Spark session itself runs in CI's own step)."""


def _publieke_functies() -> set[str]:
    namen: set[str] = set()
    modules = [verzuimregels] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(verzuimregels.__path__, "verzuimregels.")
        if not m.name.startswith(("verzuimregels.cli", "verzuimregels.__main__"))
    ]
    for module in modules:
        for naam in getattr(module, "__all__", ()):
            waarde = getattr(module, naam)
            if inspect.isfunction(inspect.unwrap(waarde)):  # functions, also behind a cache or bewaakt
                namen.add(f"{module.__name__}.{naam}")
    return namen | set(BUITEN_ALL)


def _bestaat(pad: str) -> Callable[..., Any]:
    module, test = pad.split(".")
    gevonden: Callable[..., Any] = getattr(importlib.import_module(f"tests.{module}"), test)
    return gevonden


def test_elke_publieke_functie_heeft_een_aanval() -> None:
    """Every public function is attacked by hypothesis or says why it takes no outside input; a new
    public function without either fails here. A function re-exported under two names counts once."""
    publiek = _publieke_functies()
    per_functie: dict[int, set[str]] = {}
    for naam in publiek:
        module, _, attribuut = naam.rpartition(".")
        per_functie.setdefault(
            id(inspect.unwrap(getattr(importlib.import_module(module), attribuut))), set()
        ).add(naam)
    zonder = sorted(
        min(namen) for namen in per_functie.values() if not namen & (set(AANVALLEN) | set(GEEN_INVOER))
    )
    assert zonder == [], f"public functions without a hypothesis attack: {zonder}"
    verdwenen = sorted((set(AANVALLEN) | set(GEEN_INVOER)) - publiek)
    assert verdwenen == [], f"named here but not public (renamed?): {verdwenen}"
    for naam, tests in AANVALLEN.items():
        for pad in tests:
            assert hasattr(_bestaat(pad), "hypothesis"), f"{pad} (for {naam}) is not a hypothesis test"
