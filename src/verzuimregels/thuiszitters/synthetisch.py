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
from .modellen import Periode, Sector, Situatie, Vrijstelling, Vrijstellingsoort


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
    rnd = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by design, no secrets
    begin, einde = begin_schooljaar(schooljaar), einde_schooljaar(schooljaar)
    jaar_dagen = (einde - begin).days

    def dag_in_jaar() -> date:
        return begin + timedelta(days=rnd.randrange(jaar_dagen))

    def periode(minimaal: int, maximaal: int) -> Periode:
        van = dag_in_jaar()
        return Periode(van=van, tot=van + timedelta(days=rnd.randint(minimaal, maximaal)))

    for i in range(1, aantal + 1):
        leeftijd = rnd.randint(4, 17)
        geboren = begin - timedelta(days=365 * leeftijd + rnd.randrange(365))
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
            else rnd.choice((Sector.VO, Sector.MBO))
        )
        school = f"{sector.value.upper()}{rnd.randint(1, verdeling.scholen_per_sector)}"
        inschrijving = Periode(van=max(plicht.van, geboren + timedelta(days=4 * 365)))
        vrijstellingen: list[Vrijstelling] = []
        ongeoorloofd: list[Periode] = []
        ziek: list[Periode] = []
        verlof: list[Periode] = []
        lot = rnd.random()
        grens = verdeling.niet_ingeschreven
        if lot < grens:
            inschrijving = Periode(van=inschrijving.van, tot=max(inschrijving.van, dag_in_jaar()))
        elif lot < (grens := grens + verdeling.vrijstelling_5_onder_a):
            vrijstellingen.append(
                Vrijstelling(soort=Vrijstellingsoort.ART_5_ONDER_A, periode=periode(90, 900))
            )
        elif lot < (grens := grens + verdeling.vrijstelling_overig):
            soorten = [
                Vrijstellingsoort.ART_5_ONDER_B,
                Vrijstellingsoort.ART_5_ONDER_C,
                Vrijstellingsoort.ART_5A,
            ]
            if leeftijd >= 16:
                soorten.append(Vrijstellingsoort.ART_15)
            vrijstellingen.append(Vrijstelling(soort=rnd.choice(soorten), periode=periode(90, 400)))
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
