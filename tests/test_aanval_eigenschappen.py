"""Hypothesis over arbitrary JSON-like input for every public entry point (issue 11).

Each function either returns its result or raises :class:`~verzuimregels.fouten.Invoerfout`: never a
bare ``ValueError``/``OverflowError``/``KeyError``, never :class:`~verzuimregels.fouten.Internefout`
(a bug), and no message or exception chain holds the BSN or the name planted in the input (as a key,
a value, a sleutel). Inputs are shaped after the models (their field names, nested models, dates at
the ends of the calendar, timestamps, Dutch dates, the wrong types) with unknown keys mixed in, so
that the search reaches the rules and not only the first validation. The frames must return one row
per input row (a bad cell is an error row, never an exception for the batch).
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from verzuimregels import beoordeel, beoordeel_verlof, bepaal_status
from verzuimregels.fouten import Internefout, Invoerfout, VerzuimregelsFout
from verzuimregels.keuzehulp.modellen import Casus
from verzuimregels.melding import valideer
from verzuimregels.melding.modellen import Melding
from verzuimregels.registratie import Leerling, analyseer, lees_leerling
from verzuimregels.status.modellen import Statusvraag
from verzuimregels.thuiszitters import Situatie, classificeer
from verzuimregels.verlof.modellen import Verlofaanvraag

BSN = "111222333"
NAAM = "Kanariepiet"

GRENSDATUMS = (
    "0001-01-01", "0001-12-31", "0004-02-29", "1900-02-28", "2000-02-29", "2011-04-13", "2012-02-29",
    "2024-01-01", "2026-03-02", "2026-07-31", "2026-08-01", "9998-06-01", "9999-12-30", "9999-12-31",
    "2026-02-30", "2026-13-01", "16-03-2026", "2026-3-2", "20260302", "2026-03-02T00:00:00",
    "2026-03-02 08:00", "2026-W10-1", "",
)  # fmt: skip
TIJDEN = ("08:00", "23:59", "24:00", "8:00", "08:00:00", "12:60", "-1:00")

SCALAIRS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.sampled_from([0, 1, -1, 5, 16, 18, 23, 130, 2025, 9999, 10**20])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(allow_nan=True, allow_infinity=True, places=3)
    | st.sampled_from(GRENSDATUMS)
    | st.sampled_from(TIJDEN)
    | st.sampled_from([BSN, NAAM, "ja", "nee", "J", "ziek", "ongeoorloofd", "vo", "po", "mbo", "midden"])
    | st.text(max_size=10)
)


def _willekeurig(velden: tuple[str, ...] = ()) -> st.SearchStrategy[Any]:
    sleutels = st.sampled_from([*velden, BSN, NAAM]) | st.text(max_size=6) if velden else st.text(max_size=6)
    return st.recursive(
        SCALAIRS,
        lambda kinderen: st.lists(kinderen, max_size=3) | st.dictionaries(sleutels, kinderen, max_size=4),
        max_leaves=8,
    )


def _datumtekst(d: date) -> str:
    return d.isoformat()


DATUMS = st.dates().map(_datumtekst) | st.dates(date(2009, 1, 1), date(2027, 12, 31)).map(_datumtekst)


def _voor_type(annotatie: Any, diepte: int) -> st.SearchStrategy[Any]:
    """Values of the field's own type most of the time (so the search reaches the rules), else anything."""
    oorsprong = typing.get_origin(annotatie)
    args = typing.get_args(annotatie)
    if oorsprong is typing.Annotated:
        return _voor_type(args[0], diepte)
    if oorsprong in (typing.Union, types.UnionType):
        return st.one_of([_voor_type(a, diepte) for a in args])
    if oorsprong in (tuple, list):
        return st.lists(_voor_type(args[0], diepte), max_size=4)
    if oorsprong is typing.Literal:
        return st.sampled_from(args)
    if annotatie is type(None):
        return st.none()
    if isinstance(annotatie, type):
        if issubclass(annotatie, BaseModel):
            return voor_model(annotatie, diepte - 1) if diepte > 0 else SCALAIRS
        if issubclass(annotatie, enum.Enum):
            return st.sampled_from([e.value for e in annotatie])
        if annotatie is bool:
            return st.booleans()
        if annotatie is int:
            return st.integers(-2, 40) | st.sampled_from([0, 5, 16, 18, 23, 60, 130, 2000, 2025, 2100])
        if annotatie is Decimal or annotatie is float:
            return st.integers(0, 700) | st.sampled_from([0.5, 1.25, 16, 671.99, 672, 672.01])
        if annotatie is date:
            return DATUMS | st.sampled_from(GRENSDATUMS)
        if annotatie is time:
            return st.times().map(lambda t: t.strftime("%H:%M")) | st.sampled_from(TIJDEN)
        if annotatie is str:
            return st.sampled_from([BSN, NAAM, "p1", "p2", "V3", "05KO", "0363"]) | st.text(max_size=8)
    return SCALAIRS


def _meestal(vaak: st.SearchStrategy[Any], soms: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``vaak`` nine times in ten, else ``soms``."""
    return st.integers(0, 9).flatmap(lambda i: vaak if i else soms)


def voor_model(model: type[BaseModel], diepte: int = 2) -> st.SearchStrategy[Any]:
    """A mapping shaped like ``model``: its required fields and some others, each mostly of its own
    type (nested models shaped too), sometimes of any type, sometimes an unknown key beside them,
    and now and then something else entirely."""
    verplicht: dict[str, st.SearchStrategy[Any]] = {}
    optioneel: dict[str, st.SearchStrategy[Any]] = {}
    for naam, veld in model.model_fields.items():
        getypeerd = _meestal(_voor_type(veld.annotation, diepte), SCALAIRS) if diepte else SCALAIRS
        (verplicht if veld.is_required() else optioneel)[naam] = getypeerd
    extra = st.dictionaries(st.sampled_from([BSN, NAAM]) | st.text(max_size=6), SCALAIRS, max_size=1)
    vorm = st.builds(
        lambda a, b, met_extra: {**a, **b} if met_extra else a,
        st.fixed_dictionaries(verplicht, optional=optioneel),
        extra,
        st.sampled_from([False] * 9 + [True]),
    )
    return _meestal(vorm, _willekeurig(tuple(model.model_fields)))


def _schoon(fout: BaseException) -> None:
    """No planted value in the error, its field errors, or anything chained to it."""
    gezien: list[BaseException] = []
    huidig: BaseException | None = fout
    while huidig is not None and huidig not in gezien:
        gezien.append(huidig)
        for tekst in (str(huidig), repr(huidig)):
            assert BSN not in tekst, type(huidig).__name__
            assert NAAM not in tekst, type(huidig).__name__
        huidig = huidig.__cause__ or huidig.__context__


def _alleen_eigen_fouten(aanroep: Callable[[], object]) -> None:
    gevangen: VerzuimregelsFout | None = None
    try:
        aanroep()
    except Internefout as fout:  # a bug the search found
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except VerzuimregelsFout as fout:
        gevangen = fout
    if gevangen is not None:
        assert isinstance(gevangen, Invoerfout)
        _schoon(gevangen)


INSTELLINGEN = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
PEILDATUMS = st.dates() | st.sampled_from([date(2026, 3, 20), date(9999, 12, 31), date(1, 1, 1)])


@INSTELLINGEN
@given(voor_model(Casus), st.dates())
def test_beoordeel(casus: Any, vandaag: date) -> None:
    _alleen_eigen_fouten(lambda: beoordeel(casus, vandaag=vandaag))


@INSTELLINGEN
@given(voor_model(Statusvraag))
def test_bepaal_status(vraag: Any) -> None:
    _alleen_eigen_fouten(lambda: bepaal_status(vraag))


@INSTELLINGEN
@given(voor_model(Verlofaanvraag))
def test_beoordeel_verlof(aanvraag: Any) -> None:
    _alleen_eigen_fouten(lambda: beoordeel_verlof(aanvraag))


@INSTELLINGEN
@given(voor_model(Leerling), PEILDATUMS)
def test_analyseer(leerling: Any, peildatum: date) -> None:
    _alleen_eigen_fouten(lambda: analyseer(leerling, peildatum))


@INSTELLINGEN
@given(voor_model(Leerling))
def test_lees_leerling(leerling: Any) -> None:
    _alleen_eigen_fouten(lambda: lees_leerling(leerling))


@INSTELLINGEN
@given(voor_model(Situatie), PEILDATUMS)
def test_classificeer(situatie: Any, peildatum: date) -> None:
    _alleen_eigen_fouten(lambda: classificeer(situatie, peildatum))


@INSTELLINGEN
@given(voor_model(Melding), st.none() | PEILDATUMS)
def test_valideer_geeft_altijd_een_rapport(melding: Any, peildatum: date | None) -> None:
    """``valideer`` never raises for a bad melding: every problem is a finding."""
    rapport = valideer(melding, peildatum=peildatum)
    assert BSN not in rapport.model_dump_json()  # a BSN as sleutel is refused, not echoed
    assert NAAM not in rapport.model_dump_json(exclude={"sleutel"})  # the caller's own key may be a name


# --- the frames: one row out per row in, whatever the cells ----------------------------------------

CELLEN = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(GRENSDATUMS)
    | st.sampled_from([BSN, NAAM, "ja", "ziek", "ongeoorloofd", "vo", Decimal("1.5"), date(9999, 12, 31)])
    | st.text(max_size=6)
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries({}, optional=dict.fromkeys(Casus.model_fields, CELLEN)),
        min_size=1,
        max_size=8,
    )
)
def test_beoordeel_frame_een_rij_per_rij(rijen: list[dict[str, Any]]) -> None:
    pd = pytest.importorskip("pandas")
    from verzuimregels.keuzehulp.frame import beoordeel_frame

    frame = pd.DataFrame.from_records(rijen, columns=sorted({k for r in rijen for k in r}))
    frame.index = range(len(frame))
    try:
        uit = beoordeel_frame(frame, vandaag=date(2026, 3, 20))
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    assert len(uit) == len(frame)
    tekst = uit.to_csv()
    assert BSN not in tekst
    assert NAAM not in tekst


RECORDKOLOMMEN = (
    "geboortedatum",
    "startkwalificatie",
    "onderwijssoort",
    "datum",
    "reden",
    "uren",
    "van",
    "tot",
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"sleutel": st.sampled_from(["p1", "p2", "p3", BSN])},
            optional=dict.fromkeys(RECORDKOLOMMEN, CELLEN),
        ),
        min_size=1,
        max_size=8,
    ),
    PEILDATUMS,
)
def test_analyseer_frame_een_slechte_cel_is_een_foutrij(rijen: list[dict[str, Any]], peildatum: date) -> None:
    pd = pytest.importorskip("pandas")
    from verzuimregels.registratie.frame import analyseer_frame

    frame = pd.DataFrame.from_records(rijen, columns=["sleutel", *RECORDKOLOMMEN])
    try:
        uit = analyseer_frame(frame, peildatum)
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except Invoerfout as fout:
        pytest.fail(f"the whole batch refused for a cell: {fout}")
    gezien = set(uit["sleutel"].dropna())
    assert {s for s in frame["sleutel"] if s != BSN} <= gezien  # every pupil comes back
    assert BSN not in uit.to_csv()
    assert NAAM not in uit.to_csv()
