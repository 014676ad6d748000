"""A synthetic gemeente: pupils with enrolment, absence, verlof and vrijstellingen, for trying counts.

Seeded and reproducible; no real person behind any row (keys are ``L00001``, ...). The distribution
is documented in :class:`Verdeling`: its rates are per pupil over one school year and deliberately
higher than national ones, so that a small gemeente shows every category. For national-scale figures,
lower them (DUO 2018/2019, as Balans reports it: about 0.2% of pupils longer than three months at home).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..beleid import Verjaardag29Februari
from ..kalender import GEEN_KALENDER, Regio, begin_schooljaar, einde_schooljaar
from ..regels.leeftijd import verjaardag
from ..regels.leerplicht import begin_leerplicht
from ..verlof.modellen import Kennisgeving, Vrijstelling, Vrijstellingsgrond
from .modellen import Periode, Sector, Situatie


@dataclass(frozen=True, slots=True)
class Verdeling:
    """Rates per pupil (probabilities) and lengths (days) of the synthetic population."""

    niet_ingeschreven: float = 0.02
    """Not enrolled from a day in the school year on (absoluut verzuim)."""
    vrijstelling_5_onder_a: float = 0.02
    vrijstelling_overig: float = 0.01
    """Art. 5 onder b or c, 5a, or (for 16+) 15, evenly."""
    langdurig_ongeoorloofd: float = 0.04
    """A span of unexcused absence of 5 to 200 days."""
    langdurig_ziek: float = 0.03
    """A span of illness of 10 to 120 days."""
    verlof_11g: float = 0.01
    """Verlof for gewichtige omstandigheden of 5 to 60 days."""
    scholen_per_sector: int = 3


STANDAARDVERDELING = Verdeling()


def gemeente(
    aantal: int,
    *,
    schooljaar: int = 2025,
    seed: int = 2016,
    naam: str = "Voorbeeldstad",
    regio: Regio = Regio.MIDDEN,
    verdeling: Verdeling = STANDAARDVERDELING,
) -> Iterator[Situatie]:
    """``aantal`` pupils of one gemeente in ``schooljaar``, aged 4 to 17 on its first day."""
    generator = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by design, no secrets
    begin, einde = begin_schooljaar(schooljaar), einde_schooljaar(schooljaar)
    jaar_dagen = (einde - begin).days

    def dag_in_jaar() -> date:
        return begin + timedelta(days=generator.randrange(jaar_dagen))

    def periode(minimaal: int, maximaal: int) -> Periode:
        van = dag_in_jaar()
        return Periode(van=van, tot=van + timedelta(days=generator.randint(minimaal, maximaal)))

    for i in range(1, aantal + 1):
        leeftijd = generator.randint(4, 17)
        geboren = begin - timedelta(days=365 * leeftijd + generator.randrange(365))
        regel = Verjaardag29Februari.EEN_MAART
        plicht = Periode(
            van=begin_leerplicht(geboren, GEEN_KALENDER, regel),
            tot=verjaardag(geboren, 18, regel) - timedelta(days=1),
        )
        sector = (
            Sector.PO
            if leeftijd < 12
            else Sector.VO
            if leeftijd < 16
            else generator.choice((Sector.VO, Sector.MBO))
        )
        school = f"{sector.value.upper()}{generator.randint(1, verdeling.scholen_per_sector)}"
        inschrijving = Periode(van=max(plicht.van, geboren + timedelta(days=4 * 365)))
        vrijstellingen: list[Vrijstelling] = []
        ongeoorloofd: list[Periode] = []
        ziek: list[Periode] = []
        verlof: list[Periode] = []
        lot = generator.random()
        grens = verdeling.niet_ingeschreven
        if lot < grens:
            inschrijving = Periode(van=inschrijving.van, tot=max(inschrijving.van, dag_in_jaar()))
        elif lot < (grens := grens + verdeling.vrijstelling_5_onder_a):
            vrijstellingen.append(geregistreerde_vrijstelling(Vrijstellingsgrond.ART_5_A, periode(90, 900)))
        elif lot < (grens := grens + verdeling.vrijstelling_overig):
            soorten = [
                Vrijstellingsgrond.ART_5_B,
                Vrijstellingsgrond.ART_5_C,
                Vrijstellingsgrond.ART_5A,
            ]
            if leeftijd >= 16:
                soorten.append(Vrijstellingsgrond.ART_15)
            vrijstellingen.append(geregistreerde_vrijstelling(generator.choice(soorten), periode(90, 400)))
        elif lot < (grens := grens + verdeling.langdurig_ongeoorloofd):
            ongeoorloofd.append(periode(5, 200))
        elif lot < (grens := grens + verdeling.langdurig_ziek):
            ziek.append(periode(10, 120))
        elif lot < grens + verdeling.verlof_11g:
            verlof.append(periode(5, 60))
        yield Situatie(
            sleutel=f"L{i:05d}",
            plicht=plicht,
            inschrijvingen=(inschrijving,),
            ongeoorloofd_afwezig=tuple(ongeoorloofd),
            ziek=tuple(ziek),
            verlof_11g=tuple(verlof),
            vrijstellingen=tuple(vrijstellingen),
            regio=regio,
            gemeente=naam,
            school=school,
            sector=sector,
        )


def geregistreerde_vrijstelling(grond: Vrijstellingsgrond, periode: Periode) -> Vrijstelling:
    """A vrijstelling over ``periode`` with the notices that make it valid every day of it.

    A notice on its first day (for art. 5 onder a with a statement of that day, art. 7), renewed on
    1 June before every later school year it covers ("elk jaar opnieuw voor 1 juli", art. 6 lid 2).
    """
    verklaring = periode.van if grond is Vrijstellingsgrond.ART_5_A else None
    kennisgevingen = [Kennisgeving(op=periode.van, verklaring_op=verklaring)]
    laatste = periode.tot or periode.van
    for jaar in range(periode.van.year, laatste.year + 1):
        juni = date(jaar, 6, 1)
        if periode.van < juni <= laatste:
            kennisgevingen.append(Kennisgeving(op=juni, verklaring_op=juni if verklaring else None))
    return Vrijstelling(
        grond=grond, begin=periode.van, einde=periode.tot, kennisgevingen=tuple(kennisgevingen)
    )
