"""School calendars: school years, school holidays per region, public holidays, lesdagen, werkdagen.

Sources:

* Schooljaar: 1 August to 31 July (Lpw art. 1; WPO/WVO).
* School holidays per region (noord, midden, zuid): the Minister's "Regeling vaststelling
  schoolvakanties", as shipped by the ``holidays`` package (``categories=("school",)``, subdivisions
  ``Noord``, ``Midden``, ``Zuid``). Zomer-, kerst- and meivakantie are fixed; herfst- and
  voorjaarsvakantie are advisory and a school may deviate: it says so with its own rooster.
* Public holidays: ``holidays.country_holidays("NL")`` (public category).

The ``holidays`` package ships the school holidays of a limited range of school years (the
Regelingen it cites: 2014-2015 up to 2029-2030 in version 0.109). Outside that range the holidays of a
region are unknown, not absent: :meth:`Schoolkalender.is_schoolvakantie` raises
:class:`OnbekendeSchoolvakanties` rather than count a summer holiday as lesdagen, unless the school
gives its own calendar for that school year (``eigen_schooljaren``: its ``vrije_dagen`` are then its
whole holiday calendar for that year).

This module knows no rules about verzuim; it only says which days are lesdagen and werkdagen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from .fouten import Invoerfout, Veldfout


class Regio(StrEnum):
    """The three Dutch school-holiday regions."""

    NOORD = "noord"
    MIDDEN = "midden"
    ZUID = "zuid"


_NEDERLAND = ("countries", "netherlands.py")
"""The module of the ``holidays`` package that defines the Netherlands."""


@lru_cache(maxsize=1)
def _nederland(bestand: tuple[str, ...] = _NEDERLAND) -> Any:
    """The ``holidays`` class of the Netherlands, imported on first use and alone.

    ``holidays.country_holidays("NL")`` goes through the package's registry, whose import of
    ``holidays.countries`` imports every country (about 50 ms, most of a CLI call). The module of the
    Netherlands needs only the package's core, so it is loaded from its own file under a private
    name; the package's state is left untouched. Should the file not be where it was, the registry
    is used (same class, same dates).
    """
    import importlib.util
    from pathlib import Path

    import holidays

    pad = Path(holidays.__file__).parent.joinpath(*bestand)
    spec = importlib.util.spec_from_file_location("verzuimregels._holidays_nl", pad)
    if spec is None or spec.loader is None or not pad.is_file():
        return holidays.country_holidays("NL").__class__
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Netherlands


@lru_cache(maxsize=256)
def _feestdagen(jaar: int) -> frozenset[date]:
    return frozenset(_nederland()(years=jaar))


@lru_cache(maxsize=256)
def _schoolvakanties(regio: Regio, jaar: int) -> frozenset[date]:
    dagen = _nederland()(subdiv=regio.value.capitalize(), years=jaar, categories=("school",))
    return frozenset(dagen)


def schoolvakanties_bekend(regio: Regio, schooljaar: int) -> bool:
    """Whether the ``holidays`` package knows the school holidays of ``regio`` in ``schooljaar``:
    the herfstvakantie (October) of its first year and the zomervakantie (July or August) of its last."""
    return _bekend(regio, schooljaar)


@lru_cache(maxsize=256)
def _bekend(regio: Regio, schooljaar: int) -> bool:
    herfst = any(d.month == 10 for d in _schoolvakanties(regio, schooljaar))
    zomer = any(d.month in (7, 8) for d in _schoolvakanties(regio, schooljaar + 1))
    return herfst and zomer


class OnbekendeSchoolvakanties(Invoerfout):
    """The school holidays of a region are not known for a school year (the ``holidays`` package has
    no data for it) and the school gave no calendar of its own for that year. Names the field
    ``regio``; the message gives the region and the school year, never a pupil's data."""

    def __init__(self, regio: Regio, schooljaar: int) -> None:
        self.regio = regio
        self.schooljaar = schooljaar
        super().__init__(
            [
                Veldfout(
                    veld="regio",
                    velden=("regio", "vrije_dagen", "eigen_schooljaren"),
                    regel="schoolvakanties_onbekend",
                    melding=(
                        f"the school holidays of region {regio.value} in school year {schooljaar}-"
                        f"{schooljaar + 1} are not known: give the school's own calendar for that year "
                        "(its free days in vrije_dagen and the year in eigen_schooljaren)"
                    ),
                )
            ]
        )


def is_feestdag(dag: date) -> bool:
    """Whether ``dag`` is a Dutch public holiday (``holidays``, public category)."""
    return dag in _feestdagen(dag.year)


def is_algemeen_erkende_feestdag(dag: date) -> bool:
    """An "algemeen erkende feestdag" of the Algemene termijnenwet, art. 3 lid 1 and 2
    (https://wetten.overheid.nl/BWBR0002448/#Artikel3):

        "1 Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke
        tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
        verjaardag van de Koning wordt gevierd en de vijfde mei.
        2 Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde
        dagen gelijkgesteld."

    The ``holidays`` package lists these days, but Bevrijdingsdag only every fifth year (when it is a
    day off for most employees); the Atw counts 5 May every year. Days the Crown assigns under lid 3
    (e.g. the Friday after Hemelvaartsdag, per three-year decree) are not included.
    """
    return is_feestdag(dag) or (dag.month == 5 and dag.day == 5)


def is_werkdag(dag: date) -> bool:
    """A weekday that is not an algemeen erkende feestdag (Atw art. 3): the unit of the 5-werkdagen
    deadline (Inspectie), counted as the Algemene termijnenwet counts days for legal time limits."""
    return dag.weekday() < 5 and not is_algemeen_erkende_feestdag(dag)


def schooljaar_van(dag: date) -> int:
    """The school year containing ``dag``, named by the year it starts (1 August)."""
    return dag.year if dag.month >= 8 else dag.year - 1


def begin_schooljaar(schooljaar: int) -> date:
    """1 August of ``schooljaar``."""
    return date(schooljaar, 8, 1)


def einde_schooljaar(schooljaar: int) -> date:
    """31 July of the year after ``schooljaar``."""
    return date(schooljaar + 1, 7, 31)


@dataclass(frozen=True, slots=True)
class Schoolkalender:
    """A school's calendar: a holiday region, plus the school's own free days.

    ``Schoolkalender()`` without a region knows only weekends and public holidays. With a region the
    school holidays of that region count too; ``vrije_dagen`` adds the school's own free days (study
    days, a deviating herfst- or voorjaarsvakantie) and ``lesdagen`` marks days that are lesdagen
    despite the region's holidays (the other half of a deviating week).
    """

    regio: Regio | None = None
    vrije_dagen: frozenset[date] = field(default_factory=frozenset)
    lesdagen: frozenset[date] = field(default_factory=frozenset)
    eigen_schooljaren: frozenset[int] = field(default_factory=frozenset)
    """School years whose holidays are the school's own ``vrije_dagen`` (weekends included where the
    school lists them), not its region's: needed where the region's holidays are not known."""

    def is_schoolvakantie(self, dag: date) -> bool:
        """Whether ``dag`` lies in a school holiday of this calendar (weekends included).

        Raises :class:`OnbekendeSchoolvakanties` when the region's holidays of the day's school year
        are not known and the school gave no calendar of its own for it.
        """
        if dag in self.lesdagen:
            return False
        if dag in self.vrije_dagen and dag.weekday() < 5:
            return True
        if self.regio is None:
            return False
        jaar = schooljaar_van(dag)
        if jaar in self.eigen_schooljaren:
            return dag in self.vrije_dagen
        if not _bekend(self.regio, jaar):
            raise OnbekendeSchoolvakanties(self.regio, jaar)
        return dag in _schoolvakanties(self.regio, dag.year)

    def is_lesdag(self, dag: date) -> bool:
        """A weekday, no public holiday, not in a school holiday or a free day of the school."""
        if dag in self.lesdagen:
            return dag.weekday() < 5
        return dag.weekday() < 5 and not is_feestdag(dag) and not self.is_schoolvakantie(dag)

    def lesweken(self, schooljaar: int) -> tuple[date, ...]:
        """The lesweken of ``schooljaar``, each as its Monday, in order.

        A lesweek is a calendar week (Monday to Sunday) with at least one lesdag in the school year:
        a holiday week is no lesweek (DUO, Soorten verzuim; Inspectie). The Lpw itself does not
        define the word. A week that straddles 1 August belongs to the school year of its lesdagen.
        """
        return _lesweken(self, schooljaar)

    def lesweek_van(self, dag: date) -> date:
        """The Monday of the calendar week containing ``dag``."""
        return dag - timedelta(days=dag.weekday())

    def eerste_lesdag_vanaf(self, dag: date) -> date:
        """The first lesdag on or after ``dag``."""
        while not self.is_lesdag(dag):
            dag += timedelta(days=1)
        return dag


@lru_cache(maxsize=512)
def _lesweken(kalender: Schoolkalender, schooljaar: int) -> tuple[date, ...]:
    begin, einde = begin_schooljaar(schooljaar), einde_schooljaar(schooljaar)
    weken: dict[date, None] = {}
    dag = begin
    while dag <= einde:
        if kalender.is_lesdag(dag):
            weken[kalender.lesweek_van(dag)] = None
        dag += timedelta(days=1)
    return tuple(weken)


def werkdagen_na(dag: date, aantal: int) -> date:
    """The ``aantal``-th werkdag after ``dag`` (weekends and public holidays skipped).

    The Inspectie reads art. 21a's reporting duty as "within 5 werkdagen" after the day the duty
    arose: ``werkdagen_na(einddatum, 5)`` is the last day to report.
    """
    while aantal > 0:
        dag += timedelta(days=1)
        if is_werkdag(dag):
            aantal -= 1
    return dag


GEEN_KALENDER = Schoolkalender()
"""No school calendar: lesdagen are weekdays that are not public holidays."""
