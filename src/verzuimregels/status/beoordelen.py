"""The status check: leerplichtig, kwalificatieplichtig, RMC age group, or none, on a peildatum.

Questions, in order (each a :class:`~verzuimregels.keuzehulp.Stap` in the verdict's ``pad``):

* ``L1`` has leerplicht begun? (Lpw art. 3 lid 1)
* ``L2`` has leerplicht not yet ended? (art. 3 lid 1 onder a and b, lid 2)
* ``K1`` does the pupil hold a startkwalificatie? (art. 1 onder f, 4a lid 1 onder b, 4b)
* ``K2`` is the pupil younger than 18? (art. 4b)
* ``K3`` does an exception of art. 4a lid 2 apply?
* ``R1`` is the pupil younger than 23? (DUO, Soorten verzuim: the RMC age group)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..beleid import STANDAARDBELEID, Beleid, Verjaardag29Februari, beleidskeuze
from ..bronnen import (
    ART_1_F,
    ART_2_LID_3,
    ART_3_LID_1,
    ART_3_LID_1_A,
    ART_3_LID_1_B,
    ART_3_LID_2,
    ART_4A_LID_1,
    ART_4A_LID_2,
    ART_4B,
    ART_4C_LID_1,
    DUO_SOORTEN_VERZUIM,
    Bron,
    Citaat,
    regelversie,
    wetsversie_op,
)
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
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
from .modellen import Periode, Status, Statusoordeel, Statusreden, Statusvraag

EEN_DAG = timedelta(days=1)

_VRAGEN: dict[str, tuple[str, str, tuple[Citaat, ...]]] = {
    "L1": (
        "Is de leerplicht op de peildatum begonnen?",
        "Has leerplicht begun on the peildatum?",
        (ART_3_LID_1,),
    ),
    "L2": (
        "Is de leerplicht op de peildatum nog niet geëindigd?",
        "Has leerplicht not yet ended on the peildatum?",
        (ART_3_LID_1_A, ART_3_LID_1_B, ART_3_LID_2),
    ),
    "K1": (
        "Heeft de jongere op de peildatum een startkwalificatie?",
        "Does the pupil hold a startkwalificatie on the peildatum?",
        (ART_1_F, ART_4A_LID_1, ART_4B),
    ),
    "K2": (
        "Is de jongere op de peildatum jonger dan 18 jaar?",
        "Is the pupil younger than 18 on the peildatum?",
        (ART_4B,),
    ),
    "K3": (
        "Valt de jongere onder een uitzondering van art. 4a lid 2 (praktijkonderwijs, verklaring, "
        "vso-uitstroomprofiel b of c)?",
        "Does an exception of art. 4a lid 2 apply (praktijkonderwijs, statement, VSO profile b or c)?",
        (ART_4A_LID_2,),
    ),
    "R1": (
        "Is de jongere op de peildatum jonger dan 23 jaar?",
        "Is the pupil younger than 23 on the peildatum?",
        (DUO_SOORTEN_VERZUIM,),
    ),
}

_UITKOMSTEN: dict[Statusreden, tuple[Status, str, str, tuple[Citaat, ...]]] = {
    Statusreden.NOG_NIET_LEERPLICHTIG: (
        Status.GEEN,
        "Nog niet leerplichtig: de leerplicht begint op {begin}.",
        "Not yet leerplichtig: leerplicht begins on {begin}.",
        (ART_3_LID_1,),
    ),
    Statusreden.LEERPLICHTIG: (
        Status.LEERPLICHTIG,
        "Leerplichtig van {begin} tot en met {einde}.",
        "Leerplichtig from {begin} through {einde}.",
        (ART_3_LID_1,),
    ),
    Statusreden.STARTKWALIFICATIE: (
        Status.GEEN,
        "Niet (meer) kwalificatieplichtig en niet in de groep van het RMC (Doorstroompunt): de jongere "
        "heeft een startkwalificatie.",
        "No longer kwalificatieplichtig and not in the RMC (Doorstroompunt) group: the pupil holds a "
        "startkwalificatie.",
        (ART_1_F, ART_4B),
    ),
    Statusreden.KWALIFICATIEPLICHTIG: (
        Status.KWALIFICATIEPLICHTIG,
        "Kwalificatieplichtig van {begin} tot en met {einde} (18 jaar of startkwalificatie).",
        "Kwalificatieplichtig from {begin} through {einde} (age 18 or startkwalificatie).",
        (ART_4A_LID_1, ART_4B),
    ),
    Statusreden.UITZONDERING_4A_LID_2: (
        Status.GEEN,
        "Niet kwalificatieplichtig: een uitzondering van art. 4a lid 2 geldt.",
        "Not kwalificatieplichtig: an exception of art. 4a lid 2 applies.",
        (ART_4A_LID_2,),
    ),
    Statusreden.RMC: (
        Status.RMC,
        "In de leeftijdsgroep van het RMC (Doorstroompunt) (18 tot 23 jaar) zonder startkwalificatie, "
        "tot en met {einde}.",
        "In the RMC (Doorstroompunt) age group (18 to 23) without startkwalificatie, through {einde}.",
        (DUO_SOORTEN_VERZUIM,),
    ),
    Statusreden.OUDER_DAN_RMC: (
        Status.GEEN,
        "23 jaar of ouder: niet leerplichtig, niet kwalificatieplichtig en buiten de groep van het RMC "
        "(Doorstroompunt).",
        "23 or older: not leerplichtig, not kwalificatieplichtig and outside the RMC (Doorstroompunt) group.",
        (DUO_SOORTEN_VERZUIM,),
    ),
}


@bewaakt
def lees_statusvraag(vraag: Statusvraag | Mapping[str, Any]) -> Statusvraag:
    """A :class:`Statusvraag` from itself or a mapping; bad input raises :class:`Invoerfout`."""
    return lees_model(Statusvraag, vraag)


@dataclass(frozen=True, slots=True)
class _Perioden:
    begin_lp: date
    einde_lp: date
    einde_lp_a: date | None
    einde_lp_b: date
    startkwalificatie_op: date | None
    uitzondering_op: date | None
    kwalificatieplicht: tuple[date, date] | None
    rmc: tuple[date, date] | None
    begin_exact: bool = True
    """False: the school holidays of the month leerplicht began are unknown; the start is taken as
    without a school calendar, which cannot change the status on the peildatum (begin_leerplicht_voor)."""


def _perioden(vraag: Statusvraag, kalender: Schoolkalender, regel: Verjaardag29Februari) -> _Perioden:
    geb = vraag.geboortedatum
    begin, exact = begin_leerplicht_voor(geb, (vraag.peildatum,), kalender, regel)
    einde_b = einde_leerplicht_zestien(geb, regel)
    einde_a: date | None = None
    if vraag.eerste_volledige_schooljaar is not None:
        einde_a = einde_schooljaar(
            twaalfde_schooljaar(
                vraag.eerste_volledige_schooljaar,
                vraag.basisschool_afgerond_schooljaar,
                vraag.basisschool_schooljaren,
            )
        )
    einde = einde_b if einde_a is None else min(einde_a, einde_b)
    skw = min((d.datum for d in vraag.diplomas if is_startkwalificatie(d.soort)), default=None)
    uitz = min((d.datum for d in vraag.diplomas if is_uitzondering_4a_lid_2(d.soort)), default=None)
    kp_begin = begin_kwalificatieplicht(einde)
    kp_einde = laatste_dag_kwalificatieplicht(geb, skw, regel)
    if uitz is not None:
        kp_einde = min(kp_einde, uitz - EEN_DAG)  # the day before the exception applies
    kp = (kp_begin, kp_einde) if kp_einde >= kp_begin else None
    rmc_begin, rmc_einde = rmc_periode(geb, regel)
    if skw is not None:
        rmc_einde = min(rmc_einde, skw - EEN_DAG)
    rmc = (rmc_begin, rmc_einde) if rmc_einde >= rmc_begin else None
    return _Perioden(begin, einde, einde_a, einde_b, skw, uitz, kp, rmc, exact)


def _reden(vraag: Statusvraag, p: _Perioden, regel: Verjaardag29Februari) -> tuple[Statusreden, list[str]]:
    """The outcome and the questions asked on the way (ids)."""
    dag = vraag.peildatum
    if dag < p.begin_lp:
        return Statusreden.NOG_NIET_LEERPLICHTIG, ["L1"]
    if dag <= p.einde_lp:
        return Statusreden.LEERPLICHTIG, ["L1", "L2"]
    if p.startkwalificatie_op is not None and p.startkwalificatie_op <= dag:
        return Statusreden.STARTKWALIFICATIE, ["L1", "L2", "K1"]
    leeftijd = leeftijd_op(vraag.geboortedatum, dag, regel)
    if leeftijd < ACHTTIEN_JAAR:
        if p.uitzondering_op is not None and p.uitzondering_op <= dag:
            return Statusreden.UITZONDERING_4A_LID_2, ["L1", "L2", "K1", "K2", "K3"]
        return Statusreden.KWALIFICATIEPLICHTIG, ["L1", "L2", "K1", "K2", "K3"]
    if leeftijd < DRIEENTWINTIG_JAAR:
        return Statusreden.RMC, ["L1", "L2", "K1", "K2", "R1"]
    return Statusreden.OUDER_DAN_RMC, ["L1", "L2", "K1", "K2", "R1"]


def _andere(regel: Verjaardag29Februari) -> Verjaardag29Februari:
    return next(r for r in Verjaardag29Februari if r is not regel)


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
    v = lees_statusvraag(vraag)
    taal = Taal(taal)
    versie = wetsversie_op(v.peildatum)
    regel = beleid.verjaardag_29_februari
    kal = kalender or GEEN_KALENDER
    p = _perioden(v, kal, regel)
    reden, vragen = _reden(v, p, regel)
    dag = v.peildatum
    leeftijd = leeftijd_op(v.geboortedatum, dag, regel)

    codes: list[str] = []
    if is_schrikkeldag(v.geboortedatum):
        anders = _reden(v, _perioden(v, kal, _andere(regel)), _andere(regel))[0]
        if anders is not reden:
            codes.append(f"verjaardag_29_februari:{regel.value}")
    if kalender is None and p.begin_lp <= dag and _maanden_tussen(p.begin_lp, dag) <= 1:
        codes.append("begin_leerplicht_zonder_kalender")
    if not p.begin_exact:
        codes.append("begin_leerplicht_vakanties_onbekend")
    if reden is Statusreden.LEERPLICHTIG and v.eerste_volledige_schooljaar is None:
        codes.append("schoolloopbaan_onbekend")
    if p.einde_lp_a is not None and min(p.einde_lp_a, p.einde_lp_b) < dag <= max(p.einde_lp_a, p.einde_lp_b):
        codes.append("einde_leerplicht_eerste")  # the two ends of art. 3 lid 1 disagree on this day
        if p.einde_lp_a < p.einde_lp_b:
            codes.append("schooljaren_aaneengesloten")
    if "R1" in vragen:
        codes.append("rmc_leeftijd")
    if any(dag == verjaardag(v.geboortedatum, n, regel) for n in (ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR)):
        codes.append("verjaardag_zelf")

    feiten = _feiten(v, p, leeftijd)
    pad = tuple(_stap(vid, feiten, versie, taal, v, p, leeftijd) for vid in vragen)
    status, nl, en, citaten = _UITKOMSTEN[reden]
    periode = _periode_van(reden, p)
    toelichting = (nl if taal is Taal.NL else en).format(
        begin=periode[0].isoformat(), einde=periode[1].isoformat()
    )
    return Statusoordeel(
        status=status,
        reden=reden,
        leeftijd=leeftijd,
        jongere_zelf_verplicht=(status is Status.LEERPLICHTIG and leeftijd >= TWAALF_JAAR)
        or status is Status.KWALIFICATIEPLICHTIG,
        leerplicht=Periode(
            begin=p.begin_lp,
            einde=p.einde_lp,
            grondslag=_bronnen(_einde_citaten(p), versie),
        ),
        kwalificatieplicht=None
        if p.kwalificatieplicht is None
        else Periode(
            begin=p.kwalificatieplicht[0],
            einde=p.kwalificatieplicht[1],
            grondslag=_bronnen((ART_4A_LID_1, ART_4B), versie),
        ),
        rmc=None
        if p.rmc is None
        else Periode(begin=p.rmc[0], einde=p.rmc[1], grondslag=_bronnen((DUO_SOORTEN_VERZUIM,), versie)),
        pad=pad,
        grondslag=_bronnen(citaten + _extra_grondslag(status, leeftijd), versie),
        toelichting=toelichting,
        beleidskeuzes=tuple(beleidskeuze(c, taal) for c in dict.fromkeys(codes)),
        regelversie=regelversie(versie),
    )


def _extra_grondslag(status: Status, leeftijd: int) -> tuple[Citaat, ...]:
    if status is Status.LEERPLICHTIG and leeftijd >= TWAALF_JAAR:
        return (ART_2_LID_3,)
    if status is Status.KWALIFICATIEPLICHTIG:
        return (ART_4C_LID_1,)
    return ()


def _periode_van(reden: Statusreden, p: _Perioden) -> tuple[date, date]:
    if reden is Statusreden.KWALIFICATIEPLICHTIG:
        assert p.kwalificatieplicht is not None  # the peildatum lies in it
        return p.kwalificatieplicht
    if reden is Statusreden.RMC:
        assert p.rmc is not None  # the peildatum lies in it
        return p.rmc
    return p.begin_lp, p.einde_lp


def _einde_citaten(p: _Perioden) -> tuple[Citaat, ...]:
    if p.einde_lp_a is not None and p.einde_lp_a < p.einde_lp_b:
        return (ART_3_LID_1, ART_3_LID_1_A, ART_3_LID_2)
    return (ART_3_LID_1, ART_3_LID_1_B)


def _bronnen(citaten: tuple[Citaat, ...], versie: date) -> tuple[Bron, ...]:
    return tuple(c.bron(versie) for c in citaten)


def _maanden_tussen(van: date, tot: date) -> int:
    return (tot.year - van.year) * 12 + tot.month - van.month


def _feiten(v: Statusvraag, p: _Perioden, leeftijd: int) -> dict[str, GelezenFeit]:
    def feit(naam: str, waarde: Feitwaarde, herkomst: Herkomst, van: tuple[str, ...] = ()) -> GelezenFeit:
        return GelezenFeit(naam=naam, waarde=waarde, herkomst=herkomst, afgeleid_van=van)

    geb = ("geboortedatum",)
    loopbaan = ("eerste_volledige_schooljaar", "basisschool_afgerond_schooljaar", "basisschool_schooljaren")
    return {
        "peildatum": feit("peildatum", v.peildatum, Herkomst.OPGEGEVEN),
        "begin_leerplicht": feit("begin_leerplicht", p.begin_lp, Herkomst.BEREKEND, geb),
        "einde_leerplicht": feit(
            "einde_leerplicht",
            p.einde_lp,
            Herkomst.BEREKEND,
            geb + (loopbaan if v.eerste_volledige_schooljaar is not None else ()),
        ),
        "startkwalificatie": feit(
            "startkwalificatie",
            p.startkwalificatie_op is not None and p.startkwalificatie_op <= v.peildatum,
            Herkomst.BEREKEND,
            ("diplomas", "peildatum"),
        ),
        "leeftijd": feit("leeftijd", leeftijd, Herkomst.BEREKEND, ("geboortedatum", "peildatum")),
        "uitzondering_4a_lid_2": feit(
            "uitzondering_4a_lid_2",
            p.uitzondering_op is not None and p.uitzondering_op <= v.peildatum,
            Herkomst.BEREKEND,
            ("diplomas", "peildatum"),
        ),
    }


_FEITEN_PER_VRAAG = {
    "L1": ("peildatum", "begin_leerplicht"),
    "L2": ("peildatum", "einde_leerplicht"),
    "K1": ("startkwalificatie",),
    "K2": ("leeftijd",),
    "K3": ("uitzondering_4a_lid_2",),
    "R1": ("leeftijd",),
}


def _stap(
    vid: str,
    feiten: dict[str, GelezenFeit],
    versie: date,
    taal: Taal,
    v: Statusvraag,
    p: _Perioden,
    leeftijd: int,
) -> Stap:
    nl, en, citaten = _VRAGEN[vid]
    antwoorden = {
        "L1": v.peildatum >= p.begin_lp,
        "L2": v.peildatum <= p.einde_lp,
        "K1": bool(feiten["startkwalificatie"].waarde),
        "K2": leeftijd < ACHTTIEN_JAAR,
        "K3": bool(feiten["uitzondering_4a_lid_2"].waarde),
        "R1": leeftijd < DRIEENTWINTIG_JAAR,
    }
    return Stap(
        vraag=vid,
        tekst=nl if taal is Taal.NL else en,
        antwoord=antwoorden[vid],
        feiten=tuple(feiten[n] for n in _FEITEN_PER_VRAAG[vid]),
        grondslag=_bronnen(citaten, versie),
    )


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
