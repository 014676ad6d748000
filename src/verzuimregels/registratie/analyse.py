"""From one pupil's records to the meldingen that are due on a peildatum.

The schedule follows DUO's counting rules (docs/wetsversies.md) on top of Lpw art. 21a
(https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a, lid 1: "gedurende een periode van vier
opeenvolgende lesweken in totaal zestien uren les- of praktijktijd bedraagt"):

* a 16-uur melding is due on the first verzuimdag on which 4 consecutive lesweken hold 16 hours,
  counting from the day after the einddatum of the previous melding; its begindatum is the first
  verzuimdag counted, its einddatum the day the 16 hours were reached;
* a vervolgmelding's einddatum lies at least 7 calendar days after the previous one's (DUO: at most
  one melding per 7 kalenderdagen); when 16 hours are reached sooner, the einddatum moves to that day;
* on the 28th counted day of continuous absence the keuzehulp is asked again (Q4): LRV under 18,
  RMC from 18. That melding is not held back by the 7-day rule (worked case B07 fixes it on the
  28th day); its einddatum is the pupil's last absent lesdag once the pupil is back, else open;
* holiday without verlof (``vakantie`` records) is luxe verzuim, one melding per run of lesdagen;
* the last day to report is ``werkdagen_na(dag, 5)`` (Inspectie: "onverwijld" = within 5 werkdagen);
* one age per absence: a melding and its vervolgmeldingen (each made within 4 weeks of the previous
  one, Q7 = nee) and the LRV/RMC that follows them are one absence, judged at the age on the first
  verzuimdag of its first melding (keuzehulp Q3: "op de eerste verzuimdag"; docs/beleidskeuzes.md). A pupil
  who turns 18 during it stays under 18 for every melding of it: the vervolgmeldingen stay mandatory
  and the LRV stays an LRV.

Every melding is decided by the keuzehulp engine (:func:`verzuimregels.keuzehulp.evaluator.evalueer`)
with the facts derived here, so each carries the engine's full ``pad``. The schedule assumes the
school makes every melding that is due; the meldingen it actually made are compared afterwards:
missing ones past their deadline are ``achterstallig``, made ones that were not due are listed as
``niet_verschuldigd``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field

from .. import display
from ..beleid import STANDAARDBELEID, Beleid, Beleidskeuze, beleidskeuze
from ..bronnen import wetsversie_op
from ..fouten import Invoerfout, Model, ToonbareSleutel, bewaakt
from ..kalender import begin_schooljaar, schooljaar_van, werkdagen_na
from ..keuzehulp.evaluator import _bouw, evalueer
from ..keuzehulp.modellen import Casus, Meldplicht, Oordeel, Verzuimsoort
from ..regels.kwalificatieplicht import rmc_periode
from ..regels.leerplicht import begin_leerplicht_voor
from ..regels.meldplicht import MELDTERMIJN_WERKDAGEN, VERVOLG_DAGEN, VIER_WEKEN_IN_DAGEN
from ..teksten import Taal
from ..verlof.vrijstelling import is_verontschuldigd
from .modellen import GemaakteMelding, Getal, Leerling, lees_leerling
from .signalen import Signaal, signalen
from .tellen import (
    Dagen,
    Feiten,
    Jaarkalender,
    Reeks,
    Vensters,
    getelde_dagen,
    jaarkalender,
    reeksen,
    vouw,
)

_DAG = timedelta(days=1)

_MELDEN = frozenset({Meldplicht.VERPLICHT, Meldplicht.AFSPRAAK_GEMEENTE})
_REEKS_SOORTEN = frozenset({Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimsoort.RMC})


class Status(StrEnum):
    """Where a melding stands on the peildatum."""

    GEMELD = "gemeld"
    """Due and made in time."""
    TE_LAAT_GEMELD = "te_laat_gemeld"
    """Due and made, after its last day."""
    TE_MELDEN = "te_melden"
    """Due, not made yet, its last day not passed."""
    ACHTERSTALLIG = "achterstallig"
    """Due, not made, its last day passed: overdue."""
    WACHT_7_DAGEN = "wacht_7_dagen"
    """16 hours reached, but the 7 days since the previous melding have not passed."""
    MAG_MELDEN = "mag_melden"
    """Overig verzuim: the school may report, it need not."""


class Situatie(StrEnum):
    """The pupil's position on the peildatum."""

    INGESCHREVEN = "ingeschreven"
    ABSOLUUT_VERZUIM = "absoluut_verzuim"
    """Not enrolled: schools do not report; DUO tells the gemeente (B16)."""
    VRIJSTELLING = "vrijstelling"
    """A vrijstelling (art. 5, 5a, 15) valid on the peildatum covers it (B17)."""


class Melding(Model):
    """A melding due (or allowed) on the peildatum, with the verdict of the keuzehulp that decided it."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    verzuimsoort: Verzuimsoort
    meldplicht: Meldplicht
    begindatum: date
    einddatum: date | None = Field(
        description="Open (null) for an LRV/RMC melding while the pupil is still away."
    )
    dag_plicht: date = Field(description="The day the duty arose (or the melding became allowed).")
    uiterste_meld_dag: date | None = Field(description="Last day to report: 5 werkdagen after dag_plicht.")
    uren: Getal = Field(description="Unexcused hours counted (klokuren or lesuren, as the school counts).")
    aaneengesloten_dagen: int = Field(description="Counted days of continuous absence on dag_plicht.")
    records: tuple[int, ...] = Field(description="Positions (from 1) of the records that made it.")
    status: Status
    oordeel: Oordeel = Field(
        repr=False,  # its pad holds the birth date the engine read: never in a repr (AVG)
        description="The keuzehulp's verdict on the derived facts, with its pad.",
    )


class Analyse(Model):
    """Everything due for one pupil on a peildatum."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    sleutel: ToonbareSleutel
    peildatum: date
    schooljaar: int = Field(
        description=(
            "The first school year analysed (that of the records, or of the peildatum); the analysis "
            "runs on to the peildatum across later school years."
        )
    )
    situatie: Situatie
    meldingen: tuple[Melding, ...]
    niet_verschuldigd: tuple[GemaakteMelding, ...] = Field(description="Meldingen made that were not due.")
    signalen: tuple[Signaal, ...]
    beleidskeuzes: tuple[Beleidskeuze, ...] = Field(
        default=(),
        description=(
            "Choices of the analysis itself (each melding's oordeel lists the keuzehulp's): "
            "geregistreerde_reden_vertrouwd when a verlof or art. 11a reason was taken as registered."
        ),
    )

    @property
    def achterstallig(self) -> tuple[Melding, ...]:
        """The overdue meldingen."""
        return tuple(melding for melding in self.meldingen if melding.status is Status.ACHTERSTALLIG)

    def _repr_html_(self) -> str:
        """Jupyter: the meldingen due, meldingen made but not due, and the signals."""
        return display.html(self)


@bewaakt
def analyseer(
    leerling: Leerling | dict[str, Any],
    peildatum: date,
    *,
    beleid: Beleid = STANDAARDBELEID,
    taal: Taal | str = Taal.NL,
) -> Analyse:
    """The meldingen due for one pupil up to ``peildatum``, the meldingen made that were not due,
    and the signals a person must judge. A pure function of its arguments.

    Raises :class:`~verzuimregels.fouten.Invoerfout` for bad input (naming records by position).
    """
    leerlinggegevens = lees_leerling(leerling)
    plan = _schema(leerlinggegevens, peildatum, beleid, taal)
    jaar, schooljaarkalender, situatie, meldingen, feiten = plan[:5]
    gemeld, niet_verschuldigd = _vergelijk(meldingen, leerlinggegevens.meldingen, peildatum)
    wetsversie_op(peildatum)  # a peildatum before the oldest law version is refused, whatever is due
    vertrouwd = situatie is not Situatie.ABSOLUUT_VERZUIM and any(
        record.datum <= peildatum
        and record.datum in schooljaarkalender.lesdag_index
        and feiten.vertrouwd(record)
        for record in leerlinggegevens.records
    )
    return _bouw(
        Analyse,
        sleutel=leerlinggegevens.sleutel,
        peildatum=peildatum,
        schooljaar=jaar,
        situatie=situatie,
        meldingen=tuple(gemeld),
        niet_verschuldigd=tuple(niet_verschuldigd),
        signalen=tuple(_signalen(leerlinggegevens, peildatum, beleid, Taal(taal), plan)),
        beleidskeuzes=(beleidskeuze("geregistreerde_reden_vertrouwd", Taal(taal)),) if vertrouwd else (),
    )


@bewaakt
def meldingen_op(
    leerling: Leerling, peildatum: date, beleid: Beleid = STANDAARDBELEID, taal: Taal = Taal.NL
) -> tuple[Situatie, list[Melding]]:
    """The situation and the meldingen due of :func:`analyseer` for a validated pupil, without the
    signals and the :class:`Analyse` around them (the batch path's core; same rows, same order)."""
    _, _, situatie, meldingen, _, _, _, _ = _schema(leerling, peildatum, beleid, taal)
    return situatie, _vergelijk(meldingen, leerling.meldingen, peildatum)[0]


def meldingen_en_signalen_op(
    leerling: Leerling, peildatum: date, beleid: Beleid = STANDAARDBELEID, taal: Taal = Taal.NL
) -> tuple[Situatie, list[Melding], list[Signaal]]:
    """:func:`meldingen_op` and the signals of :func:`analyseer` (the batch path with signals)."""
    plan = _schema(leerling, peildatum, beleid, taal)
    meldingen = _vergelijk(plan[3], leerling.meldingen, peildatum)[0]
    return plan[2], meldingen, _signalen(leerling, peildatum, beleid, Taal(taal), plan)


_Plan = tuple[
    int, Jaarkalender, Situatie, list[Melding], Feiten, tuple[date, date], Dagen | None, date | None
]
"""What :func:`_schema` found: school year, calendar, situation, meldingen due, facts, the days a
melding can be due, the folded records and the day counting restarts (``None``: 16 hours reached
and waiting, or an LRV/RMC melding open)."""


def _signalen(
    leerlinggegevens: Leerling, peildatum: date, beleid: Beleid, taal: Taal, plan: _Plan
) -> list[Signaal]:
    _, schooljaarkalender, situatie, _, _, bereik, dagen, herstart = plan
    if situatie is not Situatie.INGESCHREVEN:
        return []
    versie = wetsversie_op(peildatum)
    return signalen(
        leerlinggegevens,
        schooljaarkalender,
        peildatum,
        versie,
        bereik,
        dagen=dagen,
        herstart=herstart,
        beleid=beleid,
        taal=taal,
    )


def _schema(leerlinggegevens: Leerling, peildatum: date, beleid: Beleid, taal: Taal | str) -> _Plan:
    jaar = leerlinggegevens.jaar if leerlinggegevens.jaar is not None else schooljaar_van(peildatum)
    if peildatum < begin_schooljaar(jaar):
        raise Invoerfout.enkel(
            "peildatum", "peildatum_voor_schooljaar", "peildatum lies before the school year"
        )
    # from the first school year of the records up to that of the peildatum: lesweken and lesdagen
    # run on across the summer (art. 21a: "vier opeenvolgende lesweken")
    schooljaarkalender = jaarkalender(leerlinggegevens.school.kalender, jaar, schooljaar_van(peildatum))
    taal = Taal(taal)
    feiten = Feiten.van(leerlinggegevens, beleid.verlofdagen)
    if not leerlinggegevens.ingeschreven:
        situatie = Situatie.ABSOLUUT_VERZUIM
    elif is_verontschuldigd(peildatum, (), feiten.dagvrijstellingen) is not None:
        situatie = Situatie.VRIJSTELLING
    else:
        situatie = Situatie.INGESCHREVEN
    meldingen: list[Melding] = []
    bereik = _bereik(leerlinggegevens, beleid, peildatum)
    dagen: Dagen | None = None
    herstart: date | None = schooljaarkalender.begin
    if situatie is not Situatie.ABSOLUUT_VERZUIM:
        dagen = vouw(leerlinggegevens, schooljaarkalender, peildatum, bereik[0], beleid.verlofdagen)
        if dagen.ongeoorloofd or dagen.vakantie:
            planner = _Planner(leerlinggegevens, schooljaarkalender, dagen, peildatum, beleid, taal)
            meldingen = planner.luxe() + planner.schema()
            meldingen.sort(key=lambda melding: (melding.dag_plicht, melding.begindatum))
            herstart = planner.herstart
    return jaar, schooljaarkalender, situatie, meldingen, feiten, bereik, dagen, herstart


def _bereik(leerlinggegevens: Leerling, beleid: Beleid, peildatum: date) -> tuple[date, date]:
    """The days on which a melding can be due at all: from the start of leerplicht (art. 3 lid 1) to
    the last day of the RMC age group (the day before the 23rd birthday). These are the rule functions
    :func:`~verzuimregels.status.bepaal_status` builds its ``leerplicht`` and ``rmc`` periods from
    (its full verdict, with pad and texts, would cost three times the analysis itself). Records
    before the start of leerplicht are no verzuim and are not counted; the keuzehulp's S1 and S3
    decide each melding; signals stay inside both ends."""
    regel = beleid.verjaardag_29_februari
    # the exact first school day matters only for records (and a peildatum) near it: where the
    # holidays of that month are unknown, records long after it are counted, records near it refused
    dagen = (*(record.datum for record in leerlinggegevens.records), peildatum)
    begin, _ = begin_leerplicht_voor(
        leerlinggegevens.geboortedatum, dagen, leerlinggegevens.school.kalender, regel
    )
    return begin, rmc_periode(leerlinggegevens.geboortedatum, regel)[1]


_CASUS_STANDAARD = {naam: veld.default for naam, veld in Casus.model_fields.items()}


def _casus(gegeven: dict[str, Any]) -> Casus:
    """A :class:`Casus` from facts this module derived (validated inputs), without validating again.

    Like ``Casus.model_construct``, at a fraction of its cost: the facts given count as given
    (``model_fields_set``), the others take the contract's defaults.
    """
    casus = Casus.__new__(Casus)
    object.__setattr__(casus, "__dict__", {**_CASUS_STANDAARD, **gegeven})
    object.__setattr__(casus, "__pydantic_fields_set__", set(gegeven))
    object.__setattr__(casus, "__pydantic_extra__", None)
    object.__setattr__(casus, "__pydantic_private__", None)
    return casus


class _Planner:
    """Walks one pupil's verzuimdagen in time and asks the keuzehulp at every event."""

    def __init__(
        self,
        leerlinggegevens: Leerling,
        schooljaarkalender: Jaarkalender,
        dagen: Dagen,
        peildatum: date,
        beleid: Beleid,
        taal: Taal,
    ) -> None:
        self.leerlinggegevens = leerlinggegevens
        self.schooljaarkalender = schooljaarkalender
        self.dagen = dagen
        self.peildatum = peildatum
        self.beleid = beleid
        self.taal = taal
        self.herstart: date | None = schooljaarkalender.begin
        """After :meth:`schema`: the day counting restarts, or ``None`` (waiting or open LRV/RMC)."""

    def _oordeel(self, eerste: date, dag: date, **feiten: Any) -> Oordeel:
        gegeven = {
            "geboortedatum": self.leerlinggegevens.geboortedatum,
            "eerste_verzuimdag": eerste,
            "startkwalificatie": self.leerlinggegevens.startkwalificatie,
            "afspraak_gemeente_18plus": self.leerlinggegevens.school.afspraak_gemeente_18plus,
            "peildatum": dag,
            **feiten,
        }
        casus = _casus(gegeven)
        return evalueer(
            casus,
            peildatum=dag,
            taal=self.taal,
            beleid=self.beleid,
            kalender=self.leerlinggegevens.school.kalender,
        )

    def _melding(
        self,
        oordeel: Oordeel,
        begin: date,
        einde: date | None,
        dag: date,
        uren: Decimal,
        dagen_afwezig: int,
        records: tuple[int, ...],
        status: Status | None = None,
    ) -> Melding | None:
        if oordeel.meldplicht is Meldplicht.NIET_MELDEN:
            return None
        meldt = oordeel.meldplicht in _MELDEN
        return _bouw(
            Melding,
            verzuimsoort=oordeel.verzuimsoort,
            meldplicht=oordeel.meldplicht,
            begindatum=begin,
            einddatum=einde,
            dag_plicht=dag,
            uiterste_meld_dag=werkdagen_na(dag, MELDTERMIJN_WERKDAGEN) if meldt else None,
            uren=uren,
            aaneengesloten_dagen=dagen_afwezig,
            records=records,
            status=status or (Status.TE_MELDEN if meldt else Status.MAG_MELDEN),
            oordeel=oordeel,
        )

    def _records(self, per_dag: dict[date, list[int]], van: date, tot: date) -> tuple[int, ...]:
        return tuple(
            sorted(positie for dag, posities in per_dag.items() if van <= dag <= tot for positie in posities)
        )

    def luxe(self) -> list[Melding]:
        """One luxe-verzuim melding per holiday without verlof: a run of lesdagen with ``vakantie``
        records, bridging lesdagen on which the pupil was absent for another reason (a sick day
        inside a holiday does not make it two holidays)."""
        uit: list[Melding] = []
        lesdag_index = self.schooljaarkalender.lesdag_index
        lesdagen = self.schooljaarkalender.lesdagen
        afwezig = self.dagen.afwezig
        blok: list[date] = []
        for dag in sorted(self.dagen.vakantie):
            if blok and not all(
                lesdag in afwezig for lesdag in lesdagen[lesdag_index[blok[-1]] + 1 : lesdag_index[dag]]
            ):
                uit.extend(self._luxe_blok(blok))
                blok = []
            blok.append(dag)
        if blok:
            uit.extend(self._luxe_blok(blok))
        return uit

    def _luxe_blok(self, blok: list[date]) -> list[Melding]:
        begin, einde = blok[0], blok[-1]
        oordeel = self._oordeel(begin, begin, ziek=False, vakantie_zonder_verlof=True)
        uren = sum((self.dagen.vakantie[dag] for dag in blok), Decimal(0))
        melding = self._melding(
            oordeel, begin, einde, begin, uren, 0, self._records(self.dagen.records_vakantie, begin, einde)
        )
        return [melding] if melding is not None else []

    def _reeks_op(self, lijst: list[Reeks], dag: date) -> int:
        """Counted days of continuous absence on ``dag`` (0 when no span covers it)."""
        for reeks in lijst:
            if reeks.begin <= dag <= reeks.einde:
                return getelde_dagen(
                    reeks.begin, dag, self.schooljaarkalender, self.beleid.vakantiedagen_meetellen
                )
        return 0

    def schema(self) -> list[Melding]:
        """The 16-uur, LRV and RMC meldingen in time order, then overig verzuim for what is left."""
        vensters = Vensters(self.dagen.ongeoorloofd, self.schooljaarkalender)
        lijst = reeksen(
            self.dagen, self.schooljaarkalender, self.peildatum, self.beleid.vakantiedagen_meetellen
        )
        uit: list[Melding] = []
        herstart = self.schooljaarkalender.begin
        vorige_einde: date | None = None
        laatste_melding: date | None = None
        anker: date | None = None  # the first verzuimdag of the absence the meldingen belong to
        next_span = 0

        def eerder(dag: date) -> bool:
            return laatste_melding is not None and (dag - laatste_melding).days <= VIER_WEKEN_IN_DAGEN

        def eerste_verzuimdag(dag: date, begin: date) -> date:
            """Q3's day: the absence's first verzuimdag for a vervolgmelding, else ``begin``."""
            return anker if anker is not None and eerder(dag) else begin

        while True:
            drempel = vensters.drempel(herstart)
            duty_day: date | None = None
            if drempel is not None:
                duty_day = drempel.dag
                if vorige_einde is not None:
                    duty_day = max(duty_day, vorige_einde + timedelta(days=VERVOLG_DAGEN))
            while next_span < len(lijst) and _voorbij(lijst[next_span].dag_28, herstart):
                next_span += 1
            dag_28 = lijst[next_span].dag_28 if next_span < len(lijst) else None
            if dag_28 is not None and (duty_day is None or dag_28 <= duty_day):
                reeks = lijst[next_span]
                next_span += 1
                uren, _, _ = vensters.totaal(dag_28, self.schooljaarkalender.begin)
                tot = min(reeks.laatste_lesdag, dag_28)
                eerste = eerste_verzuimdag(dag_28, reeks.begin)
                oordeel = self._oordeel(
                    eerste,
                    dag_28,
                    ziek=False,
                    vakantie_zonder_verlof=False,
                    aaneengesloten_dagen_afwezig=VIER_WEKEN_IN_DAGEN,
                    ongeoorloofde_uren_4_lesweken=uren,
                    eerdere_melding_4_weken=eerder(dag_28),
                )
                # Once the pupil is back: the last lesdag missed, but never before the 28th counted day
                # (back on the Monday after a 28th day that is a Sunday: away 4 weeks, so the period
                # must hold those 28 days).
                einde = max(reeks.laatste_lesdag, dag_28) if reeks.beeindigd else None
                melding = self._melding(
                    oordeel,
                    reeks.begin,
                    einde,
                    dag_28,
                    uren,
                    VIER_WEKEN_IN_DAGEN,
                    self._records(self.dagen.records_ongeoorloofd, reeks.begin, tot),
                )
                # Below the threshold the 28th day is no melding of its own: the hours stay with
                # the overig verzuim counted from the restart.
                if melding is not None and melding.meldplicht in _MELDEN:
                    _voeg_toe(uit, melding)
                    laatste_melding, anker = dag_28, eerste
                if oordeel.verzuimsoort in _REEKS_SOORTEN:
                    if not reeks.beeindigd:
                        self.herstart = None
                        return uit
                    herstart = reeks.laatste_lesdag + _DAG
                    vorige_einde = reeks.laatste_lesdag
                continue
            if drempel is None or duty_day is None:
                break
            dagen_afwezig = self._reeks_op(lijst, duty_day)
            eerste = eerste_verzuimdag(duty_day, drempel.begindatum)
            oordeel = self._oordeel(
                eerste,
                min(duty_day, self.peildatum),
                ziek=False,
                vakantie_zonder_verlof=False,
                aaneengesloten_dagen_afwezig=dagen_afwezig,
                ongeoorloofde_uren_4_lesweken=drempel.uren,
                eerdere_melding_4_weken=eerder(duty_day),
            )
            tot = min(duty_day, self.peildatum)
            start = bisect_left(vensters.dagen, drempel.begindatum)
            stop = bisect_right(vensters.dagen, tot)
            uren = vensters.prefix[stop] - vensters.prefix[start]
            wacht = duty_day > self.peildatum
            melding = self._melding(
                oordeel,
                drempel.begindatum,
                tot,
                duty_day,
                uren,
                dagen_afwezig,
                self._records(self.dagen.records_ongeoorloofd, drempel.begindatum, tot),
                Status.WACHT_7_DAGEN if wacht else None,
            )
            if melding is not None:
                _voeg_toe(uit, melding)
                if melding.meldplicht in _MELDEN:
                    laatste_melding, anker = duty_day, eerste
            if wacht:
                self.herstart = None
                return uit
            herstart = duty_day + _DAG
            vorige_einde = duty_day
        self.herstart = herstart
        for melding in self._overig(vensters, lijst, herstart, eerder, eerste_verzuimdag):
            _voeg_toe(uit, melding)
        return uit

    def _overig(
        self, vensters: Vensters, lijst: list[Reeks], herstart: date, eerder: Any, eerste_verzuimdag: Any
    ) -> list[Melding]:
        """Unexcused hours after the last restart that reached no threshold: overig verzuim."""
        start = bisect_left(vensters.dagen, herstart)
        stop = bisect_right(vensters.dagen, self.peildatum)
        if start >= stop:
            return []
        begin, einde = vensters.dagen[start], vensters.dagen[stop - 1]
        hoogste, _, _ = vensters.hoogste(herstart, self.peildatum)
        dagen_afwezig = self._reeks_op(lijst, einde)
        oordeel = self._oordeel(
            eerste_verzuimdag(einde, begin),
            einde,
            ziek=False,
            vakantie_zonder_verlof=False,
            aaneengesloten_dagen_afwezig=dagen_afwezig,
            ongeoorloofde_uren_4_lesweken=hoogste,
            eerdere_melding_4_weken=eerder(einde),
        )
        melding = self._melding(
            oordeel,
            begin,
            einde,
            einde,
            vensters.prefix[stop] - vensters.prefix[start],
            dagen_afwezig,
            self._records(self.dagen.records_ongeoorloofd, begin, einde),
        )
        return [melding] if melding is not None else []


def _voorbij(dag_28: date | None, herstart: date) -> bool:
    """A span that never reached 28 days, or whose 28th day lies before the restart, is done."""
    return dag_28 is None or dag_28 < herstart


def _voeg_toe(uit: list[Melding], melding: Melding) -> None:
    """Append ``melding``; overig verzuim right after overig verzuim extends it (one item, not one a week)."""
    if (
        uit
        and melding.meldplicht is Meldplicht.NIET_VERPLICHT
        and uit[-1].meldplicht is Meldplicht.NIET_VERPLICHT
    ):
        vorige = uit[-1]
        uit[-1] = vorige.model_copy(
            update={
                "einddatum": melding.einddatum,
                "dag_plicht": melding.dag_plicht,
                "uren": vorige.uren + melding.uren,
                "aaneengesloten_dagen": melding.aaneengesloten_dagen,
                "records": tuple(sorted({*vorige.records, *melding.records})),
                "oordeel": melding.oordeel,
            }
        )
        return
    uit.append(melding)


def _vergelijk(
    meldingen: list[Melding], gemaakt: tuple[GemaakteMelding, ...], peildatum: date
) -> tuple[list[Melding], list[GemaakteMelding]]:
    """Match the meldingen due with those made: same verzuimsoort, overlapping period, one to one."""
    vrij = list(gemaakt)
    uit: list[Melding] = []
    for melding in meldingen:
        if melding.status is Status.WACHT_7_DAGEN:
            uit.append(melding)
            continue
        tot = melding.einddatum or peildatum
        match = next(
            (
                gemaakte_melding
                for gemaakte_melding in vrij
                if gemaakte_melding.verzuimsoort is melding.verzuimsoort
                and gemaakte_melding.begindatum <= tot
                and (gemaakte_melding.einddatum or peildatum) >= melding.begindatum
            ),
            None,
        )
        if match is not None:
            vrij.remove(match)
            laat = (
                melding.uiterste_meld_dag is not None
                and match.gemeld_op is not None
                and match.gemeld_op > melding.uiterste_meld_dag
            )
            status = Status.TE_LAAT_GEMELD if laat else Status.GEMELD
        elif melding.meldplicht not in _MELDEN:
            status = Status.MAG_MELDEN
        elif melding.uiterste_meld_dag is not None and melding.uiterste_meld_dag < peildatum:
            status = Status.ACHTERSTALLIG
        else:
            status = Status.TE_MELDEN
        uit.append(melding if status is melding.status else melding.model_copy(update={"status": status}))
    return uit, vrij
