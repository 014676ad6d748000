"""Properties of the melding validator: privacy of every output, and valid meldingen validate clean."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels import Invoerfout, Taal, beoordeel
from verzuimregels.beleid import Verjaardag29Februari
from verzuimregels.cli.valideer import schrijf_csv, schrijf_json, schrijf_tabel
from verzuimregels.keuzehulp.modellen import Verzuimsoort
from verzuimregels.melding import Ernst, Melding, Validator, loketcode_voor
from verzuimregels.melding.codes import MELDBARE_SOORTEN
from verzuimregels.regels.leeftijd import leeftijd_op

from .strategieen import casussen
from .test_melding_bevindingen import GOED

GEWICHTEN = (9, 8, 7, 6, 5, 4, 3, 2)


def _met_controlecijfer(rest: int) -> st.SearchStrategy[str]:
    """9 digits whose weighted sum (weights 9..2, then -1) is ``rest`` modulo 11."""

    def bouw(cijfers: list[int]) -> str | None:
        laatste = (sum(g * c for g, c in zip(GEWICHTEN, cijfers, strict=True)) - rest) % 11
        return None if laatste == 10 else "".join(map(str, cijfers)) + str(laatste)

    return st.lists(st.integers(0, 9), min_size=8, max_size=8).map(bouw).filter(lambda n: n is not None)  # type: ignore[return-value]


GELDIGE_BSN = _met_controlecijfer(0).filter(lambda n: n != "000000000")
GELDIGE_ONDERWIJSNUMMERS = st.lists(st.integers(0, 9), min_size=6, max_size=6).flatmap(
    lambda c: _met_controlecijfer(5).filter(lambda n: n.startswith("10"))
)
NUMMERS = st.one_of(GELDIGE_BSN, st.integers(0, 999_999_999).map(lambda n: f"{n:09d}"))
NAMEN = st.from_regex(r"[A-Z][a-z]{5,10} (van |de )?[A-Z][a-z]{5,10}", fullmatch=True)


def rapporteer(rijen: list[Any], **opties: Any) -> tuple[str, ...]:
    """All three report formats for the rows."""
    uit = []
    for schrijver in (schrijf_json, schrijf_tabel, schrijf_csv):
        validator = Validator(**opties)
        buffer = io.StringIO()
        schrijver((validator.rij(r, i) for i, r in enumerate(rijen, start=1)), buffer, validator)
        uit.append(buffer.getvalue())
    return tuple(uit)


@settings(max_examples=60)
@given(
    bsn=NUMMERS,
    onderwijsnummer=st.one_of(GELDIGE_ONDERWIJSNUMMERS, NUMMERS),
    naam=NAMEN,
    geboortedatum=st.dates(date(1995, 1, 1), date(2020, 12, 31)),
    taal=st.sampled_from(list(Taal)),
)
def test_geen_bsn_onderwijsnummer_naam_of_geboortedatum_in_enig_rapport(
    bsn: str, onderwijsnummer: str, naam: str, geboortedatum: date, taal: Taal
) -> None:
    email = naam.replace(" ", ".").lower() + "@school.nl"
    persoon = {
        "contactpersoon_naam": naam,
        "contactpersoon_email": email,
        "geboortedatum": geboortedatum.isoformat(),
    }
    rijen: list[Any] = [
        GOED | persoon | {"bsn": bsn},
        GOED | persoon | {"bsn": bsn, "onderwijsnummer": onderwijsnummer},
        {k: v for k, v in GOED.items() if k != "bsn"} | persoon | {"onderwijsnummer": onderwijsnummer},
        GOED | persoon | {"bsn": int(bsn), "onderwijsnummer": bsn + "0", "contactpersoon_naam": naam * 20},
        GOED | persoon | {"sleutel": bsn, "bsn": bsn},
        GOED | persoon | {bsn: naam, onderwijsnummer: "x", "bsn": bsn},
        GOED
        | persoon
        | {"bsn": bsn, "contactpersoon_email": naam, "geboortedatum": geboortedatum.isoformat() + "x"},
        [bsn, naam],
    ]
    for rapport in rapporteer(rijen, taal=taal, peildatum=date(2026, 3, 5)):
        for geheim in (
            bsn,
            onderwijsnummer,
            naam,
            email,
            geboortedatum.isoformat(),
            *(d for d in naam.split() if len(d) > 3),
        ):
            assert geheim not in rapport
    with pytest.raises(Invoerfout) as info:
        Melding.lees(GOED | persoon | {"bsn": int(bsn), "onderwijsnummer": [onderwijsnummer], "naam": naam})
    for geheim in (bsn, onderwijsnummer, naam):
        assert geheim not in str(info.value)
        assert geheim not in repr(info.value)
    melding = Melding.lees(GOED | persoon | {"bsn": bsn})
    assert bsn not in repr(melding)
    assert naam not in repr(melding)
    assert geboortedatum.isoformat() not in repr(melding)
    assert geboortedatum.isoformat() not in str(melding)


@settings(max_examples=200)
@given(casus=casussen())
def test_een_melding_naar_het_oordeel_van_de_keuzehulp_is_zonder_fouten(casus: dict[str, Any]) -> None:
    oordeel = beoordeel(casus)
    soort = oordeel.verzuimsoort
    if soort not in MELDBARE_SOORTEN:
        return
    peildatum = date.fromisoformat(casus["peildatum"])
    if "eerste_verzuimdag" in casus:
        begin = date.fromisoformat(casus["eerste_verzuimdag"])
        geboortedatum = date.fromisoformat(casus["geboortedatum"])
        leeftijd = leeftijd_op(geboortedatum, begin, Verjaardag29Februari.EEN_MAART)
    else:
        begin = peildatum - timedelta(days=40)
        geboortedatum = None
        leeftijd = casus["leeftijd_eerste_verzuimdag"]
    duur = {
        Verzuimsoort.ZESTIEN_UUR: 3,
        Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM: max(28, casus["aaneengesloten_dagen_afwezig"]),
        Verzuimsoort.RMC: max(28, casus["aaneengesloten_dagen_afwezig"]),
        Verzuimsoort.LUXE_VERZUIM: 2,
        Verzuimsoort.OVERIG_VERZUIM: 1,
    }[soort]
    einddatum = begin + timedelta(days=duur - 1)
    codes = loketcode_voor(soort, leeftijd)
    assert len(codes) == 1, (soort, leeftijd)
    melding = {k: v for k, v in GOED.items() if k != "geboortedatum"} | {
        "verzuimsoort": codes[0].code,
        "begindatum": begin.isoformat(),
        "einddatum": einddatum.isoformat(),
        "dagen": [{"datum": begin.isoformat(), "hele_dag": True}],
    }
    if geboortedatum is not None:
        melding["geboortedatum"] = geboortedatum.isoformat()
    rapport = Validator(peildatum=einddatum).rij(melding, 1)
    fouten = [b.code for b in rapport.bevindingen if b.ernst is Ernst.FOUT]
    assert fouten == [], (soort, leeftijd, fouten)


def test_json_rapport_is_geldige_json_ook_bij_nul_rijen() -> None:
    json_uit, tabel, csv_uit = rapporteer([])
    assert json.loads(json_uit)["rijen"] == []
    assert "0 rijen" in tabel
    assert csv_uit.startswith("rij,regel,sleutel")
