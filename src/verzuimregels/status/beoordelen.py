"""The status check: leerplichtig, kwalificatieplichtig, RMC age group, or none, on a peildatum.

The decision is a tree of the engine (:mod:`verzuimregels.status.boom`: the questions L1, L2, K1–K3
and R1), walked by :func:`verzuimregels.engine.tree.loop`; the verdict's ``pad`` is that walk. Here:
the periods of leerplicht, kwalificatieplicht and the RMC age group, the facts the questions read, and
the verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..beleid import STANDAARDBELEID, Beleid, Verjaardag29Februari, beleidskeuze
from ..bronnen import (
    ART_2_LID_3,
    ART_3_LID_1,
    ART_3_LID_1_A,
    ART_3_LID_1_B,
    ART_3_LID_2,
    ART_4A_LID_1,
    ART_4B,
    ART_4C_LID_1,
    DUO_SOORTEN_VERZUIM,
    Bron,
    Citaat,
    regelversie,
    wetsversie_op,
)
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
from ..engine.tree import loop, stap
from ..fouten import bewaakt, lees_model
from ..kalender import GEEN_KALENDER, Schoolkalender, einde_schooljaar
from ..regels.kwalificatieplicht import (
    ACHTTIEN_JAAR,
    DRIEENTWINTIG_JAAR,
    begin_kwalificatieplicht,
    is_startkwalificatie,
    is_uitzondering_4a_lid_2,
    laatste_dag_kwalificatieplicht,
    rmc_periode,
)
from ..regels.leeftijd import is_schrikkeldag, leeftijd_op, verjaardag
from ..regels.leerplicht import (
    TWAALF_JAAR,
    begin_leerplicht_voor,
    einde_leerplicht_zestien,
    twaalfde_schooljaar,
)
from ..teksten import Taal
from . import boom
from .boom import BOOM, Statusuitkomst
from .modellen import Periode, Status, Statusoordeel, Statusreden, Statusvraag

EEN_DAG = timedelta(days=1)


@bewaakt
def lees_statusvraag(vraag: Statusvraag | Mapping[str, Any]) -> Statusvraag:
    """A :class:`Statusvraag` from itself or a mapping; bad input raises :class:`Invoerfout`."""
    return lees_model(Statusvraag, vraag)


@dataclass(frozen=True, slots=True)
class _Perioden:
    begin_leerplicht: date
    einde_leerplicht: date
    einde_twaalf_schooljaren: date | None
    einde_zestien_jaar: date
    startkwalificatie_op: date | None
    uitzondering_op: date | None
    kwalificatieplicht: tuple[date, date] | None
    rmc: tuple[date, date] | None
    begin_exact: bool = True
    """False: the school holidays of the month leerplicht began are unknown; the start is taken as
    without a school calendar, which cannot change the status on the peildatum (begin_leerplicht_voor)."""


def _perioden(vraag: Statusvraag, kalender: Schoolkalender, regel: Verjaardag29Februari) -> _Perioden:
    geboren = vraag.geboortedatum
    begin, exact = begin_leerplicht_voor(geboren, (vraag.peildatum,), kalender, regel)
    einde_zestien_jaar = einde_leerplicht_zestien(geboren, regel)
    einde_twaalf_schooljaren: date | None = None
    if vraag.eerste_volledige_schooljaar is not None:
        einde_twaalf_schooljaren = einde_schooljaar(
            twaalfde_schooljaar(
                vraag.eerste_volledige_schooljaar,
                vraag.basisschool_afgerond_schooljaar,
                vraag.basisschool_schooljaren,
            )
        )
    einde = (
        einde_zestien_jaar
        if einde_twaalf_schooljaren is None
        else min(einde_twaalf_schooljaren, einde_zestien_jaar)
    )
    startkwalificatie_op = min(
        (diploma.datum for diploma in vraag.diplomas if is_startkwalificatie(diploma.soort)), default=None
    )
    uitzondering_op = min(
        (diploma.datum for diploma in vraag.diplomas if is_uitzondering_4a_lid_2(diploma.soort)), default=None
    )
    kwalificatieplicht_begin = begin_kwalificatieplicht(einde)
    kwalificatieplicht_einde = laatste_dag_kwalificatieplicht(geboren, startkwalificatie_op, regel)
    if uitzondering_op is not None:  # the day before the exception applies
        kwalificatieplicht_einde = min(kwalificatieplicht_einde, uitzondering_op - EEN_DAG)
    kwalificatieplicht = (
        (kwalificatieplicht_begin, kwalificatieplicht_einde)
        if kwalificatieplicht_einde >= kwalificatieplicht_begin
        else None
    )
    rmc_begin, rmc_einde = rmc_periode(geboren, regel)
    if startkwalificatie_op is not None:
        rmc_einde = min(rmc_einde, startkwalificatie_op - EEN_DAG)
    rmc = (rmc_begin, rmc_einde) if rmc_einde >= rmc_begin else None
    return _Perioden(
        begin,
        einde,
        einde_twaalf_schooljaren,
        einde_zestien_jaar,
        startkwalificatie_op,
        uitzondering_op,
        kwalificatieplicht,
        rmc,
        exact,
    )


def _loop(
    statusvraag: Statusvraag,
    perioden: _Perioden,
    regel: Verjaardag29Februari,
    zonder_kalender: bool,
    versie: date,
    taal: Taal,
) -> tuple[Statusuitkomst, list[Stap], list[str]]:
    """Walk the status tree for ``v``: the outcome, the steps, the policy codes the walk involved."""
    codes: list[str] = []
    uitkomst, pad = loop(
        BOOM,
        _Feiten(
            statusvraag,
            perioden,
            leeftijd_op(statusvraag.geboortedatum, statusvraag.peildatum, regel),
            zonder_kalender,
        ),
        versie,
        lambda vraag, antwoord, gelezen: stap(vraag, antwoord, gelezen, versie, taal),
        codes,
    )
    return uitkomst, pad, codes


def _andere(regel: Verjaardag29Februari) -> Verjaardag29Februari:
    return next(keuze for keuze in Verjaardag29Februari if keuze is not regel)


@bewaakt
def bepaal_status(
    vraag: Statusvraag | Mapping[str, Any],
    *,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    kalender: Schoolkalender | None = None,
) -> Statusoordeel:
    """Is the pupil leerplichtig, kwalificatieplichtig, in the RMC age group, or none, on the peildatum?

    ``kalender`` fixes the first school day of the month in which leerplicht begins (art. 3 lid 1);
    without one, the first weekday that is not a public holiday is taken, and the verdict says so when
    it matters. Raises :class:`~verzuimregels.fouten.Invoerfout` naming the field for bad input.

    >>> bepaal_status({"geboortedatum": "2012-03-10", "peildatum": "2026-09-01"}).status
    <Status.LEERPLICHTIG: 'leerplichtig'>
    """
    statusvraag = lees_statusvraag(vraag)
    taal = Taal(taal)
    versie = wetsversie_op(statusvraag.peildatum)
    regel = beleid.verjaardag_29_februari
    schoolkalender = kalender or GEEN_KALENDER
    perioden = _perioden(statusvraag, schoolkalender, regel)
    uitkomst, pad, gevonden = _loop(statusvraag, perioden, regel, kalender is None, versie, taal)
    reden, status = uitkomst.reden, uitkomst.status
    dag = statusvraag.peildatum
    leeftijd = leeftijd_op(statusvraag.geboortedatum, dag, regel)

    codes: list[str] = []
    if is_schrikkeldag(statusvraag.geboortedatum):
        anders = _loop(
            statusvraag,
            _perioden(statusvraag, schoolkalender, _andere(regel)),
            _andere(regel),
            kalender is None,
            versie,
            taal,
        )[0]
        if anders is not uitkomst:
            codes.append(f"verjaardag_29_februari:{regel.value}")
    codes.extend(gevonden)
    if any(
        dag == verjaardag(statusvraag.geboortedatum, jaren, regel)
        for jaren in (ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR)
    ):
        codes.append("verjaardag_zelf")

    periode = _periode_van(reden, perioden)
    toelichting = (uitkomst.toelichting_nl if taal is Taal.NL else uitkomst.toelichting_en).format(
        begin=periode[0].isoformat(), einde=periode[1].isoformat()
    )
    return Statusoordeel(
        status=status,
        reden=reden,
        leeftijd=leeftijd,
        jongere_zelf_verplicht=(status is Status.LEERPLICHTIG and leeftijd >= TWAALF_JAAR)
        or status is Status.KWALIFICATIEPLICHTIG,
        leerplicht=Periode(
            begin=perioden.begin_leerplicht,
            einde=perioden.einde_leerplicht,
            grondslag=_bronnen(_einde_citaten(perioden), versie),
        ),
        kwalificatieplicht=None
        if perioden.kwalificatieplicht is None
        else Periode(
            begin=perioden.kwalificatieplicht[0],
            einde=perioden.kwalificatieplicht[1],
            grondslag=_bronnen((ART_4A_LID_1, ART_4B), versie),
        ),
        rmc=None
        if perioden.rmc is None
        else Periode(
            begin=perioden.rmc[0], einde=perioden.rmc[1], grondslag=_bronnen((DUO_SOORTEN_VERZUIM,), versie)
        ),
        pad=tuple(pad),
        grondslag=_bronnen(uitkomst.grondslag + _extra_grondslag(status, leeftijd), versie),
        toelichting=toelichting,
        beleidskeuzes=tuple(beleidskeuze(code, taal) for code in dict.fromkeys(codes)),
        regelversie=regelversie(versie),
    )


def _extra_grondslag(status: Status, leeftijd: int) -> tuple[Citaat, ...]:
    if status is Status.LEERPLICHTIG and leeftijd >= TWAALF_JAAR:
        return (ART_2_LID_3,)
    if status is Status.KWALIFICATIEPLICHTIG:
        return (ART_4C_LID_1,)
    return ()


def _periode_van(reden: Statusreden, perioden: _Perioden) -> tuple[date, date]:
    if reden is Statusreden.KWALIFICATIEPLICHTIG:
        assert perioden.kwalificatieplicht is not None  # the peildatum lies in it
        return perioden.kwalificatieplicht
    if reden is Statusreden.RMC:
        assert perioden.rmc is not None  # the peildatum lies in it
        return perioden.rmc
    return perioden.begin_leerplicht, perioden.einde_leerplicht


def _einde_citaten(perioden: _Perioden) -> tuple[Citaat, ...]:
    if (
        perioden.einde_twaalf_schooljaren is not None
        and perioden.einde_twaalf_schooljaren < perioden.einde_zestien_jaar
    ):
        return (ART_3_LID_1, ART_3_LID_1_A, ART_3_LID_2)
    return (ART_3_LID_1, ART_3_LID_1_B)


def _bronnen(citaten: tuple[Citaat, ...], versie: date) -> tuple[Bron, ...]:
    return tuple(citaat.bron(versie) for citaat in citaten)


def _maanden_tussen(van: date, tot: date) -> int:
    return (tot.year - van.year) * 12 + tot.month - van.month


class _Feiten:
    """The facts the questions of :mod:`verzuimregels.status.boom` name, with the :class:`GelezenFeit`
    each shows; reading a start or end of leerplicht puts the policy notes it involves in
    ``beleidcodes``."""

    __slots__ = ("_dag", "_perioden", "_statusvraag", "_zonder_kalender", "beleidcodes", "waarden")

    def __init__(
        self, statusvraag: Statusvraag, perioden: _Perioden, leeftijd: int, zonder_kalender: bool
    ) -> None:
        self._statusvraag, self._perioden, self._dag, self._zonder_kalender = (
            statusvraag,
            perioden,
            statusvraag.peildatum,
            zonder_kalender,
        )
        self.beleidcodes: list[str] = []
        dag = statusvraag.peildatum
        startkwalificatie = perioden.startkwalificatie_op is not None and perioden.startkwalificatie_op <= dag
        uitzondering = perioden.uitzondering_op is not None and perioden.uitzondering_op <= dag
        self.waarden: dict[str, Feitwaarde] = {
            boom.PEILDATUM: dag,
            boom.BEGIN_LEERPLICHT: perioden.begin_leerplicht,
            boom.EINDE_LEERPLICHT: perioden.einde_leerplicht,
            boom.STARTKWALIFICATIE: startkwalificatie,
            boom.LEEFTIJD: leeftijd,
            boom.UITZONDERING_4A_LID_2: uitzondering,
            boom.SCHOOLLOOPBAAN_BEKEND: statusvraag.eerste_volledige_schooljaar is not None,
        }

    def lees(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        waarde = self.waarden[naam]
        if naam == boom.BEGIN_LEERPLICHT:
            self._begin_codes()
        elif naam == boom.EINDE_LEERPLICHT:
            self._einde_codes()
        return waarde, _gelezen(self._statusvraag, naam, waarde)

    def _begin_codes(self) -> None:
        perioden, dag = self._perioden, self._dag
        if (
            self._zonder_kalender
            and perioden.begin_leerplicht <= dag
            and _maanden_tussen(perioden.begin_leerplicht, dag) <= 1
        ):
            self.beleidcodes.append("begin_leerplicht_zonder_kalender")
        if not perioden.begin_exact:
            self.beleidcodes.append("begin_leerplicht_vakanties_onbekend")

    def _einde_codes(self) -> None:
        perioden, dag = self._perioden, self._dag
        if perioden.einde_twaalf_schooljaren is not None and min(
            perioden.einde_twaalf_schooljaren, perioden.einde_zestien_jaar
        ) < dag <= max(perioden.einde_twaalf_schooljaren, perioden.einde_zestien_jaar):
            self.beleidcodes.append("einde_leerplicht_eerste")  # the two ends of art. 3 lid 1 disagree
            if perioden.einde_twaalf_schooljaren < perioden.einde_zestien_jaar:
                self.beleidcodes.append("schooljaren_aaneengesloten")


_LOOPBAAN = ("eerste_volledige_schooljaar", "basisschool_afgerond_schooljaar", "basisschool_schooljaren")


def _gelezen(statusvraag: Statusvraag, naam: str, waarde: Feitwaarde) -> tuple[GelezenFeit, ...]:
    """The fact ``naam`` as the pad shows it: given, or computed from the facts it names."""
    if naam == boom.PEILDATUM:
        return (GelezenFeit(naam=naam, waarde=waarde, herkomst=Herkomst.OPGEGEVEN),)
    if naam == boom.SCHOOLLOOPBAAN_BEKEND:
        return ()
    van: tuple[str, ...]
    if naam == boom.BEGIN_LEERPLICHT:
        van = ("geboortedatum",)
    elif naam == boom.EINDE_LEERPLICHT:
        van = ("geboortedatum", *(_LOOPBAAN if statusvraag.eerste_volledige_schooljaar is not None else ()))
    elif naam == boom.LEEFTIJD:
        van = ("geboortedatum", "peildatum")
    else:  # startkwalificatie, uitzondering_4a_lid_2
        van = ("diplomas", "peildatum")
    return (GelezenFeit(naam=naam, waarde=waarde, herkomst=Herkomst.BEREKEND, afgeleid_van=van),)


def buiten_verzuimmelding(oordeel: Statusoordeel) -> bool:
    """Whether no verzuimmelding can be due for this pupil on the peildatum at all.

    True when the pupil is not yet leerplichtig (art. 3 lid 1), holds a startkwalificatie (outside
    the keuzehulp, as in voorbeelden A16), or is 23 or older (past the RMC age group). A pupil under
    18 with an art. 4a lid 2 exception is not kwalificatieplichtig but still an enrolled pupil to whom
    art. 21a applies, so this returns False for them; the keuzehulp decides.
    """
    return oordeel.reden in {
        Statusreden.NOG_NIET_LEERPLICHTIG,
        Statusreden.STARTKWALIFICATIE,
        Statusreden.OUDER_DAN_RMC,
    }
