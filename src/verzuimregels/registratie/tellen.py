"""Counting: unexcused hours per lesdag, windows of four consecutive lesweken, continuous absence.

Lpw art. 21a lid 1 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a):

    "Indien een ingeschreven leerling van een school zonder geldige reden les- of praktijktijd heeft
    verzuimd en dit verzuim gedurende een periode van vier opeenvolgende lesweken in totaal zestien
    uren les- of praktijktijd bedraagt ontstaat voor het hoofd van de school de leveringsverplichting
    [...]"

How DUO and the Inspectie count (docs/wetsversies.md): any 4 consecutive lesweken (a holiday week is no
lesweek, holiday days never count), reached at 16, counting restarts the day after the einddatum of
the previous melding. Continuous absence for the keuzehulp's Q4 ("4 aaneengesloten schoolweken (28
kalenderdagen)", DUO): calendar days from the first verzuimdag, days inside a school holiday neither
counted nor breaking the span (docs/beleidskeuzes.md, switchable with ``Beleid.vakantiedagen_meetellen``).

Everything here works on plain sorted lists and dicts keyed by date, built once per pupil from
records that were validated before; the calendar's lesdagen and lesweken are computed once per
(calendar, school year) and cached.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from ..beleid import Verlofdagen
from ..kalender import Schoolkalender, begin_schooljaar, einde_schooljaar
from ..regels import duur
from ..regels.meldplicht import VIER_LESWEKEN, VIER_WEKEN_IN_DAGEN, ZESTIEN_UUR
from ..verlof.modellen import Verlof, Verlofsoort, Vrijstelling, Vrijstellingsgrond
from ..verlof.vrijstelling import Verontschuldiging, gedekte_verlofdagen, is_verontschuldigd
from .modellen import ONGEOORLOOFDE_REDENEN, Leerling, Record, Reden, eenheden

_DAG = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Jaarkalender:
    """The lesdagen and lesweken of one or more consecutive school years of one calendar (computed
    once, cached)."""

    begin: date
    einde: date
    lesdagen: tuple[date, ...]
    lesdag_index: dict[date, int]
    lesweken: tuple[date, ...]
    lesweek_index: dict[date, int]
    vakantiedagen: frozenset[date]
    vakantierand: frozenset[date]
    """Lesdagen directly before or after a school holiday (only non-lesdagen in between)."""


def _rand(
    dag: date, stap: timedelta, begin: date, einde: date, lesdag: set[date], vakantie: set[date]
) -> bool:
    neighbour = dag + stap
    while begin <= neighbour <= einde and neighbour not in lesdag:
        if neighbour in vakantie:
            return True
        neighbour += stap
    return False


@lru_cache(maxsize=1024)
def jaarkalender(
    kalender: Schoolkalender, schooljaar: int, tot_schooljaar: int | None = None
) -> Jaarkalender:
    """The lesdagen, lesweken and school-holiday days of ``schooljaar`` through ``tot_schooljaar``
    (cached per calendar).

    Over several school years the lesweken follow each other across the summer holiday: the last
    lesweek before it and the first after it are consecutive lesweken, as art. 21a counts "vier
    opeenvolgende lesweken" without regard to the school year
    (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a), and the lesdagen likewise for runs
    of continuous absence.
    """
    laatste = schooljaar if tot_schooljaar is None else max(schooljaar, tot_schooljaar)
    begin, einde = begin_schooljaar(schooljaar), einde_schooljaar(laatste)
    lesdagen: list[date] = []
    vakantie: set[date] = set()
    dag = begin
    while dag <= einde:
        if kalender.is_lesdag(dag):
            lesdagen.append(dag)
        elif kalender.is_schoolvakantie(dag):
            vakantie.add(dag)
        dag += _DAG
    lesweken = tuple(
        dict.fromkeys(week for jaar in range(schooljaar, laatste + 1) for week in kalender.lesweken(jaar))
    )
    lesdagset = set(lesdagen)
    rand = frozenset(
        lesdag
        for lesdag in lesdagen
        if _rand(lesdag, _DAG, begin, einde, lesdagset, vakantie)
        or _rand(lesdag, -_DAG, begin, einde, lesdagset, vakantie)
    )
    return Jaarkalender(
        begin=begin,
        einde=einde,
        lesdagen=tuple(lesdagen),
        lesdag_index={lesdag: index for index, lesdag in enumerate(lesdagen)},
        lesweken=lesweken,
        lesweek_index={week: index for index, week in enumerate(lesweken)},
        vakantiedagen=frozenset(vakantie),
        vakantierand=rand,
    )


@dataclass(slots=True)
class Dagen:
    """One pupil's records up to the peildatum, folded per lesdag (the input of every count)."""

    ongeoorloofd: dict[date, Decimal] = field(default_factory=dict)
    """Counted unexcused hours per lesdag (klokuren or lesuren, as the school counts)."""
    hele_dag: set[date] = field(default_factory=set)
    """Lesdagen on which the pupil missed the whole lesdag without a valid reason."""
    vakantie: dict[date, Decimal] = field(default_factory=dict)
    """Counted hours of holiday without verlof per lesdag."""
    records_ongeoorloofd: dict[date, list[int]] = field(default_factory=dict)
    """Positions (from 1) of the records behind ``ongeoorloofd``, per lesdag."""
    records_vakantie: dict[date, list[int]] = field(default_factory=dict)
    """Positions (from 1) of the records behind ``vakantie``, per lesdag."""
    afwezig: set[date] = field(default_factory=set)
    """Lesdagen with any absence record (whatever its reason)."""


_ELF_A = frozenset({Vrijstellingsgrond.ART_11A_LID_1, Vrijstellingsgrond.ART_11A_LID_2})
ZONDER_VERLOF = {Reden.VERLOF_13A: Reden.VAKANTIE, Reden.VERLOF_14: Reden.ONGEOORLOOFD}
"""What a verlof record on a day no lawfully granted verlof covers is: holiday without verlof (luxe
verzuim) for vakantieverlof, else unexcused (docs/registratie.md: days beyond a validly granted verlof
are unexcused).

Lpw art. 13a lid 1 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a): "Een beroep op
vrijstelling wegens vakantie van de jongere, bedoeld in artikel 11, onder f, kan slechts worden gedaan
indien het hoofd [...] verlof heeft verleend dat de jongere voor de duur van het verlof de school [...]
niet bezoekt"; art. 14 lid 1 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14) likewise
for "andere gewichtige omstandigheden bedoeld in artikel 11 onder g". What the grantor could not
grant (art. 13a lid 2, art. 14 lid 3) covers nothing: :func:`~verzuimregels.verlof.gedekte_verlofdagen`.
A verlof the head grants afterwards (art. 14 lid 2) belongs in ``verloven`` once granted."""


def _geregistreerde_verloven(leerling: Leerling, kalender: Schoolkalender) -> tuple[Verlof, ...]:
    """Without ``verloven``: the verloven the records register, each run of lesdagen with a
    ``verlof_13a`` or ``verlof_14`` record one verlof granted by the head (who registers it)."""
    per_soort: dict[Reden, list[date]] = {}
    for record in leerling.records:
        if record.reden in ZONDER_VERLOF and kalender.is_lesdag(record.datum):
            per_soort.setdefault(record.reden, []).append(record.datum)
    uit: list[Verlof] = []
    for reden, dagen in per_soort.items():
        soort = Verlofsoort.VAKANTIE if reden is Reden.VERLOF_13A else Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN
        blok: list[date] = []
        for dag in sorted(set(dagen)):
            if blok and kalender.eerste_lesdag_vanaf(blok[-1] + _DAG) != dag:
                uit.append(Verlof.model_construct(soort=soort, eerste_dag=blok[0], laatste_dag=blok[-1]))
                blok = []
            blok.append(dag)
        uit.append(Verlof.model_construct(soort=soort, eerste_dag=blok[0], laatste_dag=blok[-1]))
    return tuple(uit)


@dataclass(frozen=True, slots=True)
class Feiten:
    """The pupil's granted verloven and vrijstellingen, split the way the records need them."""

    verloven: tuple[Verlof, ...] | None
    """Every verlof granted, or ``None``: not given, the registered reason is taken as verlof granted
    by the head (beleidskeuze ``geregistreerde_reden_vertrouwd``)."""
    dagvrijstellingen: tuple[Vrijstelling, ...]
    """Art. 5, 5a, 15: a valid one excuses the whole day."""
    elf_a: tuple[Vrijstelling, ...]
    """Art. 11a: a valid one backs ``vrijstelling_11a`` records (its hours are judged by a signal)."""
    verlofdagen: dict[date, Verontschuldiging] = field(default_factory=dict)
    """The days the verloven excuse: only what their grantors may grant (art. 13a lid 2, 14 lid 3)."""

    @classmethod
    def van(cls, leerling: Leerling, telling: Verlofdagen = Verlofdagen.LESDAGEN) -> Feiten:
        """The facts of ``leerling``; verlof days counted per ``telling`` (``Beleid.verlofdagen``)."""
        vrij = leerling.vrijstellingen
        kalender = leerling.school.kalender
        verloven = leerling.verloven
        if verloven is None:
            gedekt = gedekte_verlofdagen(_geregistreerde_verloven(leerling, kalender), kalender, telling)
        else:
            gedekt = gedekte_verlofdagen(verloven, kalender, telling)
        return cls(
            verloven,
            tuple(vrijstelling for vrijstelling in vrij if vrijstelling.grond not in _ELF_A),
            tuple(vrijstelling for vrijstelling in vrij if vrijstelling.grond in _ELF_A),
            gedekt,
        )

    def reden(self, record: Record) -> Reden | None:
        """The reason that counts for ``record``, or ``None`` when granted verlof or a valid
        vrijstelling excuses its day (:func:`~verzuimregels.verlof.gedekte_verlofdagen`,
        :func:`~verzuimregels.verlof.is_verontschuldigd`).

        A ``verlof_13a``/``verlof_14`` record on a day no lawfully granted verlof covers is
        ``vakantie`` or ``ongeoorloofd``: beyond what the grantor may grant, or outside every verlof
        given. A ``vrijstelling_11a`` record on a day no valid art. 11a vrijstelling covers is
        ``ongeoorloofd`` when art. 11a vrijstellingen are given. Otherwise the registered reason stands.
        """
        dag, reden = record.datum, record.reden
        if dag in self.verlofdagen:
            return None
        if self.dagvrijstellingen and is_verontschuldigd(dag, (), self.dagvrijstellingen) is not None:
            return None
        if reden in ZONDER_VERLOF:
            return ZONDER_VERLOF[reden]
        if reden is Reden.VRIJSTELLING_11A and self.elf_a and is_verontschuldigd(dag, (), self.elf_a) is None:
            return Reden.ONGEOORLOOFD
        return reden

    def vertrouwd(self, record: Record) -> bool:
        """Whether the analysis trusted the registered reason of ``record`` for lack of facts."""
        if record.reden in ZONDER_VERLOF:
            return self.verloven is None
        return record.reden is Reden.VRIJSTELLING_11A and not self.elf_a


def vouw(
    leerling: Leerling,
    jaarkalender: Jaarkalender,
    peildatum: date,
    vanaf: date = date.min,
    telling: Verlofdagen = Verlofdagen.LESDAGEN,
) -> Dagen:
    """Fold the records per lesdag: only lesdagen from ``vanaf`` (the start of leerplicht, art. 3
    lid 1: before it there is no duty to attend) up to ``peildatum``, reasons as :meth:`Feiten.reden`
    makes them; days excused by verlof or a valid vrijstelling are left out.

    Records on days that are no lesdag (weekends, school holidays, public holidays, the school's own
    free days) never count: a holiday week is no lesweek (docs/wetsversies.md).
    """
    school = leerling.school
    factor = school.factor
    telt = ONGEOORLOOFDE_REDENEN if school.te_laat_telt_mee else frozenset({Reden.ONGEOORLOOFD})
    feiten = Feiten.van(leerling, telling)
    dagen = Dagen()
    volle: dict[date, Decimal] = {}
    index = jaarkalender.lesdag_index
    for positie, record in enumerate(leerling.records, start=1):
        dag = record.datum
        if dag > peildatum or dag < vanaf or dag not in index:
            continue
        reden = feiten.reden(record)
        if reden is None:
            continue
        dagen.afwezig.add(dag)
        if reden in telt:
            doel, posities = dagen.ongeoorloofd, dagen.records_ongeoorloofd
        elif reden is Reden.VAKANTIE:
            doel, posities = dagen.vakantie, dagen.records_vakantie
        else:
            continue
        eenheden_op_dag = eenheden(record, school)
        doel[dag] = doel.get(dag, Decimal(0)) + eenheden_op_dag * factor
        posities.setdefault(dag, []).append(positie)
        if reden is Reden.ONGEOORLOOFD:
            volle[dag] = volle.get(dag, Decimal(0)) + eenheden_op_dag
    for dag, eenheden_op_dag in volle.items():
        if eenheden_op_dag >= school.lesdag_eenheden(dag):
            dagen.hele_dag.add(dag)
    return dagen


@dataclass(frozen=True, slots=True)
class Drempel:
    """The first day on which a window of 4 lesweken reached 16 hours, counted from a restart."""

    dag: date
    begindatum: date
    uren: Decimal
    dagen: tuple[date, ...]


class Vensters:
    """Sums over windows of four consecutive lesweken, on a pupil's sorted verzuimdagen."""

    __slots__ = ("dagen", "jaarkalender", "prefix", "uren", "weken")

    def __init__(self, uren_per_dag: dict[date, Decimal], jaarkalender: Jaarkalender) -> None:
        self.jaarkalender = jaarkalender
        self.dagen = sorted(uren_per_dag)
        self.uren = [uren_per_dag[dag] for dag in self.dagen]
        self.weken = [jaarkalender.lesweek_index[dag - timedelta(days=dag.weekday())] for dag in self.dagen]
        prefix = [Decimal(0)]
        for uren_op_dag in self.uren:
            prefix.append(prefix[-1] + uren_op_dag)
        self.prefix = prefix

    def _vensterbegin(self, week: int) -> date:
        return self.jaarkalender.lesweken[max(0, week - VIER_LESWEKEN + 1)]

    def totaal(self, tot_en_met: date, vanaf: date) -> tuple[Decimal, int, int]:
        """Hours in the window of 4 lesweken ending in the lesweek of ``tot_en_met``, from ``vanaf``."""
        stop = bisect_right(self.dagen, tot_en_met)
        maandag = tot_en_met - timedelta(days=tot_en_met.weekday())
        week = bisect_right(self.jaarkalender.lesweken, maandag) - 1
        if week < 0:
            return Decimal(0), 0, 0
        start = bisect_left(self.dagen, max(vanaf, self._vensterbegin(week)))
        start = min(start, stop)
        return self.prefix[stop] - self.prefix[start], start, stop

    def drempel(self, vanaf: date) -> Drempel | None:
        """The first verzuimdag from ``vanaf`` on which 4 consecutive lesweken hold 16 hours."""
        for last in range(bisect_left(self.dagen, vanaf), len(self.dagen)):
            first = bisect_left(self.dagen, max(vanaf, self._vensterbegin(self.weken[last])))
            totaal = self.prefix[last + 1] - self.prefix[first]
            if totaal >= ZESTIEN_UUR:
                return Drempel(
                    self.dagen[last], self.dagen[first], totaal, tuple(self.dagen[first : last + 1])
                )
        return None

    def hoogste(self, vanaf: date, tot_en_met: date) -> tuple[Decimal, int, int]:
        """The highest window total over verzuimdagen in [vanaf, tot_en_met], and its day range."""
        beste: tuple[Decimal, int, int] = (Decimal(0), 0, 0)
        for last in range(bisect_left(self.dagen, vanaf), bisect_right(self.dagen, tot_en_met)):
            first = bisect_left(self.dagen, max(vanaf, self._vensterbegin(self.weken[last])))
            totaal = self.prefix[last + 1] - self.prefix[first]
            if totaal > beste[0]:
                beste = (totaal, first, last + 1)
        return beste


@dataclass(frozen=True, slots=True)
class Reeks:
    """A span of continuous unexcused absence (every lesdag in it missed entirely)."""

    begin: date
    laatste_lesdag: date
    einde: date
    """The last calendar day of the span: the day before the next lesdag, or the peildatum."""
    beeindigd: bool
    """The pupil was back (or the school year over) on or before the peildatum."""
    dag_28: date | None
    """The 28th counted day, if reached by the end of the span."""


def reeksen(
    dagen: Dagen, jaarkalender: Jaarkalender, peildatum: date, vakantiedagen_meetellen: bool
) -> list[Reeks]:
    """Every span of continuous unexcused absence up to ``peildatum``, in order."""
    if not dagen.hele_dag:
        return []
    volle = sorted(dagen.hele_dag)
    uit: list[Reeks] = []
    position = 0
    while position < len(volle):
        begin = volle[position]
        index = jaarkalender.lesdag_index[begin]
        while position + 1 < len(volle) and jaarkalender.lesdag_index[volle[position + 1]] == index + 1:
            position += 1
            index += 1
        laatste = volle[position]
        volgende = (
            jaarkalender.lesdagen[index + 1]
            if index + 1 < len(jaarkalender.lesdagen)
            else jaarkalender.einde + _DAG
        )
        beeindigd = volgende <= peildatum
        einde = volgende - _DAG if beeindigd else peildatum
        uit.append(
            Reeks(
                begin, laatste, einde, beeindigd, _dag_28(begin, einde, jaarkalender, vakantiedagen_meetellen)
            )
        )
        position += 1
    return uit


def getelde_dagen(
    begin: date, tot_en_met: date, jaarkalender: Jaarkalender, vakantiedagen_meetellen: bool
) -> int:
    """Calendar days in [begin, tot_en_met]; school-holiday days left out unless the policy counts them
    (the rule of :func:`verzuimregels.regels.duur.getelde_dagen` on this school year's calendar)."""
    return duur.getelde_dagen(
        begin,
        tot_en_met,
        jaarkalender.vakantiedagen.__contains__,
        vakantiedagen_meetellen=vakantiedagen_meetellen,
    )


def _dag_28(begin: date, einde: date, jaarkalender: Jaarkalender, meetellen: bool) -> date | None:
    if (einde - begin).days + 1 < VIER_WEKEN_IN_DAGEN:
        return None
    geteld = 0
    dag = begin
    while dag <= einde:
        if meetellen or dag not in jaarkalender.vakantiedagen:
            geteld += 1
            if geteld == VIER_WEKEN_IN_DAGEN:
                return dag
        dag += _DAG
    return None
