"""Property (issue 5): a melding generated from the library's own analysis of a record set validates
against those records without an error-level finding, and the records then miss no melding."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from verzuimregels.keuzehulp.modellen import Verzuimsoort
from verzuimregels.melding import CONTROLES_FEITEN, Ernst, Registratie, Validator, loketcode_voor
from verzuimregels.regels.leeftijd import leeftijd_op
from verzuimregels.registratie import Status, analyseer, lees_leerling

from .strategieen import leerlingen
from .test_melding_bevindingen import LEERLING, THUISZITTER, lesdagen
from .test_melding_eigenschappen import GELDIGE_BSN

PEILDATA = st.dates(date(2025, 9, 1), date(2026, 7, 31))
_WACHT = frozenset({Status.WACHT_7_DAGEN})


def als_melding(d: Any, leerling: Any, bsn: str, positie: int) -> dict[str, Any]:
    """A due melding of the analysis as a school would submit it."""
    leeftijd = leeftijd_op(leerling.geboortedatum, d.begindatum, leerling_beleid())
    code = loketcode_voor(d.verzuimsoort, leeftijd)[0].code
    # LRV/RMC: open while the pupil is away (then the 28th day), else the last absent lesdag but
    # never before the 28th day (see melding.feiten._verwacht_eind and test_lrv_terug_na_een_weekend).
    einde = d.dag_plicht if d.einddatum is None else max(d.einddatum, d.dag_plicht)
    if d.verzuimsoort is Verzuimsoort.ZESTIEN_UUR or d.verzuimsoort is Verzuimsoort.OVERIG_VERZUIM:
        einde = d.einddatum
    return {
        "sleutel": f"m{positie}",
        "leerling": leerling.sleutel,
        "bsn": bsn,
        "geboortedatum": leerling.geboortedatum.isoformat(),
        "brin": "05KO",
        "vestiging": "01",
        "woongemeente": "0363",
        "verzuimsoort": code,
        "begindatum": d.begindatum.isoformat(),
        "einddatum": einde.isoformat(),
        "vermoedelijke_reden": "ongeoorloofd afwezig",
        "contactpersoon_naam": "A. de Vries",
        "contactpersoon_email": "verzuim@school.nl",
    }


def leerling_beleid() -> Any:
    from verzuimregels.beleid import STANDAARDBELEID

    return STANDAARDBELEID.verjaardag_29_februari


TERUG_NA_WEEKEND = LEERLING | {
    "records": [{"datum": d, "reden": "ongeoorloofd"} for d in lesdagen("2026-03-02", "2026-03-27")]
}
"""Away from Monday 2 to Friday 27 March 2026, back on Monday 30: the 28th day is Sunday 29 March."""


@settings(max_examples=80)
@example(leerling=TERUG_NA_WEEKEND, peildatum=date(2026, 4, 10), bsn="111222333")
@example(leerling=THUISZITTER, peildatum=date(2026, 4, 10), bsn="111222333")
@example(leerling=THUISZITTER | {"geboortedatum": "2007-01-01"}, peildatum=date(2026, 4, 10), bsn="111222333")
@example(
    leerling=THUISZITTER
    | {"geboortedatum": "2007-01-01", "school": THUISZITTER["school"] | {"afspraak_gemeente_18plus": True}},
    peildatum=date(2026, 4, 1),
    bsn="111222333",
)
@given(
    leerling=leerlingen(redenen=("ongeoorloofd", "ongeoorloofd", "ziek", "te_laat", "vakantie", "verlof_14")),
    peildatum=PEILDATA,
    bsn=GELDIGE_BSN,
)
def test_een_melding_uit_de_eigen_analyse_is_zonder_fouten(
    leerling: dict[str, Any], peildatum: date, bsn: str
) -> None:
    ll = lees_leerling(leerling)
    analyse = analyseer(ll, peildatum)
    meldingen = [
        als_melding(d, ll, bsn, i) for i, d in enumerate(analyse.meldingen, start=1) if d.status not in _WACHT
    ]
    validator = Validator(peildatum=peildatum, extra_controles=CONTROLES_FEITEN, feiten=Registratie([ll]))
    for i, m in enumerate(meldingen, start=1):
        rapport = validator.rij(m, i)
        fouten = [(b.code, b.melding) for b in rapport.bevindingen if b.ernst is Ernst.FOUT]
        assert fouten == [], (
            m,
            [(d.verzuimsoort, d.begindatum, d.einddatum, d.dag_plicht) for d in analyse.meldingen],
        )
    assert validator.ontbrekend() == ()
