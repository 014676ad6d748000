"""Hypothesis over the public functions that ``test_aanval_eigenschappen`` leaves out (issue 11): the
batch functions (``voeg_samen``, ``werklijst``, ``per_week``, ``valideer_meldingen``, ``tel``), the
readers (``lees_statusvraag``, ``lees_verlofaanvraag``), the school-system readers over arbitrary bytes
(``lees_export``, ``lees_leerlingen``, ``lees_records_csv``, ``lees_codetabel``), and ``toets`` over an
arbitrary case file. Each returns or raises only the library's own errors, with no planted value in them.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verzuimregels.fouten import Foutrij, Internefout, Invoerfout, VerzuimregelsFout
from verzuimregels.registratie import Leerling
from verzuimregels.thuiszitters import Situatie

from .test_aanval_eigenschappen import (
    BSN,
    NAAM,
    PEILDATUMS,
    SCALAIRS,
    _alleen_eigen_fouten,
    _schoon,
    _willekeurig,
    voor_model,
)

INSTELLINGEN = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
LEERLINGEN = st.lists(voor_model(Leerling, 1), max_size=4)


@INSTELLINGEN
@given(LEERLINGEN)
def test_voeg_samen(delen: list[Any]) -> None:
    from verzuimregels.registratie import voeg_samen

    _alleen_eigen_fouten(lambda: voeg_samen(delen))


@INSTELLINGEN
@given(
    LEERLINGEN, PEILDATUMS, st.sampled_from(["groep", "school", "woongemeente", BSN]), st.integers(-5, 10**6)
)
def test_werklijst(leerlingen: list[Any], peildatum: date, indeling: str, recent: int) -> None:
    from verzuimregels.werklijst import werklijst

    _alleen_eigen_fouten(lambda: werklijst(leerlingen, peildatum, indeling=indeling, recent=recent))


@INSTELLINGEN
@given(LEERLINGEN, st.none() | st.lists(PEILDATUMS, max_size=3))
def test_per_week(leerlingen: list[Any], peildata: list[date] | None) -> None:
    from verzuimregels.werklijst import per_week

    _alleen_eigen_fouten(lambda: per_week(leerlingen, peildata))


@INSTELLINGEN
@given(st.lists(_willekeurig(("sleutel", "bsn", "verzuimsoort", "begindatum")), max_size=4), PEILDATUMS)
def test_valideer_meldingen(meldingen: list[Any], peildatum: date) -> None:
    from verzuimregels.melding import valideer_meldingen

    def alles() -> None:
        for rapport in valideer_meldingen(meldingen, peildatum=peildatum, eerdere=meldingen[:1]):
            assert BSN not in rapport.model_dump_json()

    _alleen_eigen_fouten(alles)


@INSTELLINGEN
@given(_willekeurig(("geboortedatum", "peildatum", "diplomas")))
def test_lees_statusvraag(vraag: Any) -> None:
    from verzuimregels.status import lees_statusvraag

    _alleen_eigen_fouten(lambda: lees_statusvraag(vraag))


@INSTELLINGEN
@given(_willekeurig(("soort", "eerste_dag", "laatste_dag", "aangevraagd_op")))
def test_lees_verlofaanvraag(aanvraag: Any) -> None:
    from verzuimregels.verlof import lees_verlofaanvraag

    _alleen_eigen_fouten(lambda: lees_verlofaanvraag(aanvraag))


@INSTELLINGEN
@given(st.lists(voor_model(Situatie, 2), max_size=4), st.lists(PEILDATUMS, min_size=1, max_size=3))
def test_tel_geeft_elke_situatie_een_telling_of_een_fout(ruw: list[Any], peildata: list[date]) -> None:
    """``tel`` with ``bij_fout``: every valid situation is counted on every peildatum or handed back."""
    from verzuimregels.fouten import lees_model
    from verzuimregels.thuiszitters.telling import tel

    situaties: list[Situatie] = []
    for r in ruw:
        try:
            situaties.append(lees_model(Situatie, r))
        except Invoerfout:
            continue
    fout: list[Invoerfout] = []
    try:
        telling = tel(situaties, peildata, bij_fout=lambda _s, f: fout.append(f))
    except Internefout as e:
        pytest.fail(f"internal error: {e.soort} at {e.plek}")
    for f in fout:
        _schoon(f)
    geteld = sum(telling.aantallen.values())
    assert geteld == (len(situaties) - len(fout)) * len(set(peildata)) or len(set(peildata)) != len(peildata)


# --- the school-system readers over arbitrary bytes -------------------------------------------------

SYSTEMEN = ("somtoday", "magister", "eduarte", "edfi")
VOORBEELDEN = Path(__file__).parents[1] / "examples" / "schoolsystemen"
EXPORTS = {
    "somtoday": "somtoday-absentiemeldingen.json",
    "magister": "magister-absenties.json",
    "eduarte": "eduarte-absenties.csv",
    "edfi": "edfi-aanwezigheid.jsonl",
}


def _verminkt(inhoud: bytes) -> st.SearchStrategy[bytes]:
    """The example export with a stretch replaced by arbitrary bytes, a canary, a huge number or an end."""
    vervangers = st.binary(max_size=8) | st.sampled_from(
        [BSN.encode(), NAAM.encode(), b"9" * 400, b"9999-12-31T23:59:59Z", b"0001-01-01T00:00:00+14:00",
         b"\r", b"\x00", b"\xef\xbb\xbf", b'"', b";", b"[", b"{", b"}", b"]", b"", b"null", b"1e999999"]
    )  # fmt: skip
    return st.tuples(st.integers(0, len(inhoud)), st.integers(0, 40), vervangers).map(
        lambda t: inhoud[: t[0]] + t[2] + inhoud[t[0] + t[1] :]
    )


def _export_en_leerlingen() -> st.SearchStrategy[tuple[str, bytes, bytes]]:
    leerlingen = (VOORBEELDEN / "leerlingen.csv").read_bytes()
    return st.sampled_from(SYSTEEM_INHOUD).flatmap(
        lambda si: st.tuples(st.just(si[0]), _verminkt(si[1]), st.just(leerlingen) | _verminkt(leerlingen))
    )


SYSTEEM_INHOUD = [(s, (VOORBEELDEN / EXPORTS[s]).read_bytes()) for s in SYSTEMEN]


def _alleen_leesfouten(aanroep: Any) -> None:
    """Only the library's errors; the readers' usage errors (Leesfout, Gebruiksfout) name no canary."""
    from verzuimregels.cli.invoer import Gebruiksfout

    try:
        aanroep()
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    except (VerzuimregelsFout, Gebruiksfout) as fout:
        _schoon(fout)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_export_en_leerlingen(), PEILDATUMS)
def test_lees_export_over_verminkte_bytes(export: tuple[str, bytes, bytes], peildatum: date) -> None:
    from verzuimregels.schoolsystemen import analyseer_export, lees_leerlingen

    systeem, inhoud, leerlingen_csv = export

    def alles() -> None:
        leerlingen = lees_leerlingen(io.BytesIO(leerlingen_csv))
        for uit in analyseer_export(io.BytesIO(inhoud), systeem, leerlingen, peildatum):
            tekst = uit.model_dump_json()
            assert BSN not in tekst
            assert NAAM not in tekst
            if isinstance(uit, Foutrij):
                continue

    _alleen_leesfouten(alles)


@INSTELLINGEN
@given(_verminkt((Path(__file__).parents[1] / "examples" / "verzuim.csv").read_bytes()))
def test_lees_records_csv_over_verminkte_bytes(inhoud: bytes) -> None:
    from verzuimregels.schoolsystemen import lees_records_csv

    _alleen_leesfouten(lambda: list(lees_records_csv(io.BytesIO(inhoud))))


@INSTELLINGEN
@given(
    st.sampled_from(SYSTEMEN).flatmap(
        lambda s: st.tuples(st.just(s), _verminkt((VOORBEELDEN / f"{s}-codetabel.toml").read_bytes()))
    )
)
def test_lees_codetabel_over_verminkte_tekst(tabel: tuple[str, bytes]) -> None:
    from verzuimregels.schoolsystemen import lees_codetabel

    systeem, inhoud = tabel
    _alleen_leesfouten(lambda: lees_codetabel(inhoud.decode("utf-8", "replace"), systeem=systeem))


@INSTELLINGEN
@given(
    st.lists(
        st.fixed_dictionaries(
            {"commando": st.sampled_from(["beoordeel", "status", "verlof", "analyseer", "valideer", BSN])},
            optional={"naam": SCALAIRS, "invoer": _willekeurig(), "verwacht": _willekeurig(),
                      "opties": _willekeurig(("taal", "regio", "peildatum"))},
        ) | _willekeurig(),
        max_size=3,
    )
)  # fmt: skip
def test_toets_over_een_willekeurig_gevallenbestand(
    tmp_path_factory: pytest.TempPathFactory, gevallen: list[Any]
) -> None:
    from verzuimregels.toets import Toetsfout, lees_gevallen, toets, verslag

    pad = tmp_path_factory.mktemp("toets") / "gevallen.json"
    pad.write_text(json.dumps(gevallen, default=str), encoding="utf-8")
    melding = ""
    try:
        verslag(toets(lees_gevallen(pad)))
    except Toetsfout as fout:
        melding = str(fout)
    except Internefout as fout:
        pytest.fail(f"internal error: {fout.soort} at {fout.plek}")
    assert BSN not in melding
