"""Kwalificatieplicht (Lpw art. 4a, 4b), the startkwalificatie (art. 1 onder f) and the RMC age group.

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel4b

    "De verplichting, bedoeld in artikel 4a, eerste lid, vangt aan direct na het einde van de
    leerplicht, bedoeld in paragraaf 2 van deze wet, en eindigt zodra de jongere de leeftijd van 18
    jaar bereikt of een startkwalificatie heeft behaald."

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel4a, lid 2:

    "De verplichting, bedoeld in het eerste lid, geldt niet ten aanzien van jongeren die in het bezit
    zijn van een schooldiploma praktijkonderwijs, als bedoeld in artikel 2.58, derde lid, van de Wet
    voortgezet onderwijs 2020, of een verklaring als bedoeld in artikel 2.59, tweede lid, van die wet
    en jongeren die voortgezet speciaal onderwijs in het uitstroomprofiel, bedoeld in artikel 14,
    eerste lid, onderdeel b dan wel onderdeel c, van de Wet op de expertisecentra hebben gevolgd."

Three exceptions, not the two of the domain notes (docs/wettekst.md, discrepancy 6): a schooldiploma
praktijkonderwijs, a verklaring (WVO 2020 art. 2.59 lid 2), and having *followed* VSO in uitstroomprofiel
b or c (WEC art. 14 lid 1; no diploma needed).

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel1, onder f: "startkwalificatie": "een
diploma van een opleiding als bedoeld in artikel 7.2.2, eerste lid onder b tot en met e, van de Wet
educatie en beroepsonderwijs of een diploma hoger algemeen voortgezet onderwijs of voorbereidend
wetenschappelijk onderwijs [...]". A vmbo diploma is none.

Days: the duty "vangt aan direct na het einde van de leerplicht" (the day after) and "eindigt zodra"
the pupil turns 18 or obtains a startkwalificatie: on the 18th birthday, and on the day of the diploma,
the pupil is no longer kwalificatieplichtig. Periods here are inclusive, so the last day is the day
before.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from ..beleid import Verjaardag29Februari
from .leeftijd import verjaardag

ACHTTIEN_JAAR = 18
"""Art. 4b: kwalificatieplicht "eindigt zodra de jongere de leeftijd van 18 jaar bereikt"; from that day
the DUO keuzehulp's Q3 ("18 jaar of ouder" on the first verzuimdag) answers yes and absence is RMC
verzuim (DUO, Soorten verzuim)."""

DRIEENTWINTIG_JAAR = 23
"""DUO, Soorten verzuim: RMC verzuim concerns young people "tot 23 jaar"; from the 23rd birthday no
melding."""


class Diplomasoort(StrEnum):
    """Diplomas and statements that matter for kwalificatieplicht and RMC."""

    HAVO = "havo"
    """Startkwalificatie (art. 1 onder f; WVO 2020 art. 2.5)."""
    VWO = "vwo"
    """Startkwalificatie (art. 1 onder f; WVO 2020 art. 2.4)."""
    MBO_WEB_7_2_2_B_TOT_E = "mbo_b_tot_e"
    """Startkwalificatie: an mbo diploma of WEB art. 7.2.2 lid 1 onder b to e (art. 1 onder f)."""
    MBO_WEB_7_2_2_A = "mbo_a"
    """The entree course (WEB art. 7.2.2 lid 1 onder a): no startkwalificatie."""
    VMBO = "vmbo"
    """No startkwalificatie."""
    PRAKTIJKONDERWIJS = "praktijkonderwijs"
    """Art. 4a lid 2: schooldiploma praktijkonderwijs (WVO 2020 art. 2.58 lid 3)."""
    VERKLARING_WVO_2_59 = "verklaring_wvo_2_59"
    """Art. 4a lid 2: a verklaring as meant in WVO 2020 art. 2.59 lid 2."""
    VSO_UITSTROOMPROFIEL_B = "vso_uitstroomprofiel_b"
    """Art. 4a lid 2: followed VSO in uitstroomprofiel WEC art. 14 lid 1 onder b (arbeidsmarkt)."""
    VSO_UITSTROOMPROFIEL_C = "vso_uitstroomprofiel_c"
    """Art. 4a lid 2: followed VSO in uitstroomprofiel WEC art. 14 lid 1 onder c (dagbesteding)."""


STARTKWALIFICATIES = frozenset({Diplomasoort.HAVO, Diplomasoort.VWO, Diplomasoort.MBO_WEB_7_2_2_B_TOT_E})
"""Art. 1 onder f."""

UITZONDERINGEN_4A_LID_2 = frozenset(
    {
        Diplomasoort.PRAKTIJKONDERWIJS,
        Diplomasoort.VERKLARING_WVO_2_59,
        Diplomasoort.VSO_UITSTROOMPROFIEL_B,
        Diplomasoort.VSO_UITSTROOMPROFIEL_C,
    }
)
"""Art. 4a lid 2: the three exceptions (the VSO one in two profiles)."""


def is_startkwalificatie(soort: Diplomasoort) -> bool:
    """Art. 1 onder f: havo, vwo, or mbo WEB art. 7.2.2 lid 1 onder b to e."""
    return soort in STARTKWALIFICATIES


def is_uitzondering_4a_lid_2(soort: Diplomasoort) -> bool:
    """Art. 4a lid 2: praktijkonderwijs diploma, WVO 2.59 verklaring, or VSO profile b or c followed."""
    return soort in UITZONDERINGEN_4A_LID_2


def begin_kwalificatieplicht(einde_leerplicht: date) -> date:
    """Art. 4b: "vangt aan direct na het einde van de leerplicht": the next day."""
    return einde_leerplicht + timedelta(days=1)


def laatste_dag_kwalificatieplicht(
    geboortedatum: date, startkwalificatie_op: date | None, regel: Verjaardag29Februari
) -> date:
    """Art. 4b: the day before the 18th birthday, or before the startkwalificatie, whichever is first."""
    einde = verjaardag(geboortedatum, ACHTTIEN_JAAR, regel) - timedelta(days=1)
    if startkwalificatie_op is not None:
        einde = min(einde, startkwalificatie_op - timedelta(days=1))
    return einde


def rmc_periode(geboortedatum: date, regel: Verjaardag29Februari) -> tuple[date, date]:
    """The RMC age group: from the 18th birthday to the day before the 23rd (DUO, Soorten verzuim)."""
    return (
        verjaardag(geboortedatum, ACHTTIEN_JAAR, regel),
        verjaardag(geboortedatum, DRIEENTWINTIG_JAAR, regel) - timedelta(days=1),
    )
