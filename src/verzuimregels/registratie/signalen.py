"""Signals: things a person must judge. A signal is never turned into a melding by the library.

* Mogelijk luxe verzuim: a ziekmelding or an unexcused day on the lesdag directly before or after a
  school holiday. DUO: a doubted ziekmelding is overig verzuim after consulting the
  leerplichtambtenaar; some gemeenten want it as luxe (docs/wetsversies.md). The library only signals it.
* Art. 12 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel12): "Een beroep op vrijstelling
  wegens ziekte van de jongere kan slechts worden gedaan, indien daarvan binnen twee dagen na het
  ontstaan van de verhindering aan het hoofd kennis is gegeven [...]". Illness notified later is
  signalled: by the letter of art. 12 it is then not excused, but the school judges that. The two days
  run from the first sick day and, ending on a Saturday, Sunday or feestdag, run on to the next
  werkdag (Algemene termijnenwet art. 1 lid 1, :func:`~verzuimregels.regels.termijnen.einde_termijn`):
  ill from Thursday, notice on Monday is in time.
* Art. 13 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13): religious obligations
  notified "uiterlijk twee dagen vóór de verhindering"; counted backwards, so never extended (Atw
  art. 1 lid 2, :func:`~verzuimregels.regels.termijnen.begin_terugrekening`).
* Art. 13a lid 2 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a): vakantieverlof "kan
  door het hoofd slechts eenmaal voor ten hoogste tien dagen per schooljaar worden verleend en kan geen
  betrekking hebben op de eerste twee lesweken van het schooljaar"; art. 14 lid 3
  (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14): "Indien het verlof [...] wordt
  gevraagd voor meer dan tien dagen per schooljaar, besluit de ambtenaar van de woongemeente". Art. 11a
  (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel11a): under six, "ten hoogste 5 uren per
  week" (lid 1) plus up to 5 more with the head's consent (lid 2). :func:`verlofsignalen` is a
  deliberately simple count; a full verlof module can replace it.

Early warning (docs/registratie.md, "Early warning"), each threshold a switchable policy default of
:class:`~verzuimregels.beleid.Beleid` (``None`` turns a signal off), each "week" a school week
(holiday weeks neither count nor break a window, beleidskeuze ``signaal_schoolweken``):

* ``nadert_zestien_uur``: at least 10 and fewer than 16 unexcused hours in the current window of 4
  consecutive lesweken (art. 21a lid 1: "gedurende een periode van vier opeenvolgende lesweken in
  totaal zestien uren"), with the hours still to go and the last day the window runs; practitioners'
  dashboards use the 10-15 h band (e.g. JKunst/verzuimsignalering).
* ``mazl_frequent`` and ``mazl_langdurig``: NCJ, "Wat is MAZL?" (https://www.ncj.nl/mazl/wat-is-mazl/):
  "vier ziekmeldingen in twaalf weken of een zevende schooldag aaneengesloten".
* ``mogelijk_lrv``: a running span of unexcused absence that reaches the LRV day (the 28th counted
  day, DUO keuzehulp Q4) within two weeks, with that day and since when the pupil is on the list
  (DUO's weekly report R08 "potentiële LRV'ers" lists how many weeks a pupil has been on it).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from pydantic import ConfigDict, Field

from ..beleid import STANDAARDBELEID, Beleid, Beleidskeuze, Verjaardag29Februari, beleidskeuze
from ..bronnen import (
    ART_11A,
    ART_12,
    ART_13,
    ART_13A_LID_2,
    ART_14_LID_3,
    ART_21A_LID_1,
    DUO_POTENTIELE_LRV,
    DUO_SOORTEN_VERZUIM,
    NCJ_MAZL,
    Bron,
    Citaat,
)
from ..fouten import Model
from ..kalender import schooljaar_van
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR
from ..regels.leeftijd import leeftijd_op
from ..regels.meldplicht import VIER_LESWEKEN, VIER_WEKEN_IN_DAGEN, ZESTIEN_UUR
from ..regels.termijnen import TWEE_DAGEN, begin_terugrekening, einde_termijn
from ..regels.verlof import TIEN_DAGEN, TWEE_LESWEKEN
from ..regels.vrijstelling import ELF_A_LEEFTIJD, ELF_A_MAX_UREN_PER_WEEK
from ..teksten import Taal, uren_tekst
from . import tellen
from .modellen import Getal, Leerling, Reden, eenheden
from .tellen import Dagen, Jaarkalender, reeksen

_DAG = timedelta(days=1)


_RAND_REDENEN = frozenset({Reden.ZIEK, Reden.ONGEOORLOOFD})


class Signaalsoort(StrEnum):
    """What a signal is about."""

    MOGELIJK_LUXE_VERZUIM = "mogelijk_luxe_verzuim"
    ZIEKMELDING_TE_LAAT = "ziekmelding_te_laat"
    RELIGIEUS_TE_LAAT_GEMELD = "religieus_te_laat_gemeld"
    VERLOF_13A_TE_LANG = "verlof_13a_te_lang"
    VERLOF_13A_MEER_DAN_EENMAAL = "verlof_13a_meer_dan_eenmaal"
    VERLOF_13A_EERSTE_TWEE_LESWEKEN = "verlof_13a_eerste_twee_lesweken"
    VERLOF_14_MEER_DAN_TIEN_DAGEN = "verlof_14_meer_dan_tien_dagen"
    VRIJSTELLING_11A_BUITEN_GRENZEN = "vrijstelling_11a_buiten_grenzen"
    NADERT_ZESTIEN_UUR = "nadert_zestien_uur"
    MAZL_FREQUENT = "mazl_frequent"
    MAZL_LANGDURIG = "mazl_langdurig"
    MOGELIJK_LRV = "mogelijk_lrv"


VROEGSIGNALEN = frozenset(
    {
        Signaalsoort.NADERT_ZESTIEN_UUR,
        Signaalsoort.MAZL_FREQUENT,
        Signaalsoort.MAZL_LANGDURIG,
        Signaalsoort.MOGELIJK_LRV,
    }
)
"""The early-warning signals (docs/registratie.md), each with a threshold in :class:`Beleid`."""


_TEKSTEN: dict[Signaalsoort, tuple[str, Citaat]] = {
    Signaalsoort.MOGELIJK_LUXE_VERZUIM: (
        "Afwezig op de lesdag direct voor of na een schoolvakantie: beoordeel of dit luxe verzuim is.",
        DUO_SOORTEN_VERZUIM,
    ),
    Signaalsoort.ZIEKMELDING_TE_LAAT: (
        "De ziekte is later dan twee dagen na het ontstaan gemeld; volgens art. 12 kan dan geen beroep "
        "op vrijstelling wegens ziekte worden gedaan. Beoordeel dit.",
        ART_12,
    ),
    Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD: (
        "Verhindering door godsdienstplichten niet uiterlijk twee dagen tevoren gemeld (art. 13).",
        ART_13,
    ),
    Signaalsoort.VERLOF_13A_TE_LANG: (
        "Meer dan tien dagen vakantieverlof in dit schooljaar (art. 13a lid 2).",
        ART_13A_LID_2,
    ),
    Signaalsoort.VERLOF_13A_MEER_DAN_EENMAAL: (
        "Vakantieverlof mag slechts eenmaal per schooljaar worden verleend (art. 13a lid 2).",
        ART_13A_LID_2,
    ),
    Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN: (
        "Vakantieverlof valt in de eerste twee lesweken van het schooljaar (art. 13a lid 2).",
        ART_13A_LID_2,
    ),
    Signaalsoort.VERLOF_14_MEER_DAN_TIEN_DAGEN: (
        "Meer dan tien dagen verlof wegens gewichtige omstandigheden: daarover beslist de "
        "leerplichtambtenaar (art. 14 lid 3).",
        ART_14_LID_3,
    ),
    Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN: (
        "Vrijstelling art. 11a geldt alleen onder zes jaar en voor ten hoogste tien uur per week.",
        ART_11A,
    ),
    Signaalsoort.NADERT_ZESTIEN_UUR: (
        "Nadert de 16 uur: de ongeoorloofde uren in het lopende venster van 4 lesweken naderen de grens "
        "van art. 21a. Bij 16 uur ontstaat de meldplicht.",
        ART_21A_LID_1,
    ),
    Signaalsoort.MAZL_FREQUENT: (
        "Zorgwekkend ziekteverzuim (MAZL): de 4e ziekmelding binnen 12 schoolweken. Overweeg de "
        "jeugdarts in te schakelen.",
        NCJ_MAZL,
    ),
    Signaalsoort.MAZL_LANGDURIG: (
        "Zorgwekkend ziekteverzuim (MAZL): de 7e schooldag aaneengesloten ziek. Overweeg de jeugdarts in "
        "te schakelen.",
        NCJ_MAZL,
    ),
    Signaalsoort.MOGELIJK_LRV: (
        "Mogelijk langdurig relatief verzuim: aaneengesloten ongeoorloofd afwezig; blijft de leerling "
        "weg, dan is hij op lrv_op 4 weken afwezig (vanaf 18 jaar: RMC (Doorstroompunt)).",
        DUO_POTENTIELE_LRV,
    ),
}

_BELEID: dict[Signaalsoort, tuple[str, ...]] = {
    Signaalsoort.NADERT_ZESTIEN_UUR: ("signaal_nadert_zestien_uur", "signaal_schoolweken"),
    Signaalsoort.MAZL_FREQUENT: ("signaal_mazl_frequent", "signaal_schoolweken"),
    Signaalsoort.MAZL_LANGDURIG: ("signaal_mazl_langdurig", "signaal_schoolweken"),
    Signaalsoort.MOGELIJK_LRV: ("signaal_mogelijk_lrv",),
}
"""The policy defaults behind each early-warning signal (listed in the signal's ``beleidskeuzes``)."""


class Signaal(Model):
    """Something a person must judge; never a melding by itself."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    soort: Signaalsoort
    van: date
    tot: date
    records: tuple[int, ...] = Field(description="Positions (from 1) of the records involved.")
    toelichting: str
    grondslag: Bron
    uren: Getal | None = Field(
        default=None, description="nadert_zestien_uur: unexcused hours in the current window."
    )
    nog_uren: Getal | None = Field(
        default=None, description="nadert_zestien_uur: hours still to go to the 16 of art. 21a."
    )
    venster_tot: date | None = Field(
        default=None,
        description="nadert_zestien_uur: the last day on which the window holding these hours runs.",
    )
    lrv_op: date | None = Field(
        default=None, description="mogelijk_lrv: the 28th counted day, if the pupil stays away."
    )
    op_lijst_sinds: date | None = Field(
        default=None, description="mogelijk_lrv: the day the pupil came on the list."
    )
    aantal: int | None = Field(
        default=None,
        description="mazl_frequent: ziekmeldingen within the school weeks; mazl_langdurig: sick lesdagen.",
    )
    beleidskeuzes: tuple[Beleidskeuze, ...] = Field(
        default=(), description="The policy defaults behind the signal's threshold."
    )


_DETAILS = {
    Taal.NL: {
        "uren": "{uren} uur, nog {nog} uur",
        "venster": "venster loopt tot {dag}",
        "lrv": "4 weken afwezig op {dag}",
        "lijst": "op de lijst sinds {dag}",
        "frequent": "ziekmeldingen",
        "langdurig": "schooldagen ziek",
    },
    Taal.EN: {
        "uren": "{uren} hours, {nog} hours to go",
        "venster": "window runs until {dag}",
        "lrv": "4 weeks absent on {dag}",
        "lijst": "on the list since {dag}",
        "frequent": "ziekmeldingen",
        "langdurig": "school days ill",
    },
}


def signaal_details(signaal: Signaal, taal: Taal = Taal.NL) -> str:
    """The figures of an early-warning signal in one short phrase in ``taal`` ('' for the other signals)."""
    t = _DETAILS[taal]
    delen = []
    if signaal.uren is not None:
        uren, nog = (uren_tekst(u, taal) for u in (signaal.uren, signaal.nog_uren or Decimal(0)))
        delen.append(t["uren"].format(uren=uren, nog=nog))
    if signaal.venster_tot is not None:
        delen.append(t["venster"].format(dag=signaal.venster_tot.isoformat()))
    if signaal.lrv_op is not None:
        delen.append(t["lrv"].format(dag=signaal.lrv_op.isoformat()))
    if signaal.op_lijst_sinds is not None:
        delen.append(t["lijst"].format(dag=signaal.op_lijst_sinds.isoformat()))
    if signaal.aantal is not None:
        eenheid = t["frequent"] if signaal.soort is Signaalsoort.MAZL_FREQUENT else t["langdurig"]
        delen.append(f"{signaal.aantal} {eenheid}")
    return ", ".join(delen)


def _signaal(
    soort: Signaalsoort,
    van: date,
    tot: date,
    records: list[int],
    versie: date,
    taal: Taal = Taal.NL,
    **velden: object,
) -> Signaal:
    tekst, bron = _TEKSTEN[soort]
    keuzes = tuple(beleidskeuze(code, taal) for code in _BELEID.get(soort, ()))
    return Signaal.model_validate(
        {
            "soort": soort,
            "van": van,
            "tot": tot,
            "records": tuple(records),
            "toelichting": tekst,
            "grondslag": bron.bron(versie),
            "beleidskeuzes": keuzes,
            **velden,
        }
    )


def _blokken(dagen: list[tuple[date, int]], jaarkalender: Jaarkalender) -> list[list[tuple[date, int]]]:
    """Group (day, record) pairs into runs of consecutive lesdagen."""
    blokken: list[list[tuple[date, int]]] = []
    for dag, positie in sorted(dagen):
        if blokken and jaarkalender.lesdag_index[dag] - jaarkalender.lesdag_index[blokken[-1][-1][0]] <= 1:
            blokken[-1].append((dag, positie))
        else:
            blokken.append([(dag, positie)])
    return blokken


def signalen(
    leerling: Leerling,
    jaarkalender: Jaarkalender,
    peildatum: date,
    versie: date,
    bereik: tuple[date, date] | None = None,
    *,
    dagen: Dagen | None = None,
    herstart: date | None = None,
    beleid: Beleid = STANDAARDBELEID,
    taal: Taal = Taal.NL,
) -> list[Signaal]:
    """Every signal from the records on lesdagen up to ``peildatum`` (and inside ``bereik``, the days
    on which the pupil is leerplichtig, kwalificatieplichtig or in the RMC age group, when given).

    ``dagen`` (the folded records) and ``herstart`` (the day counting restarts after the last melding;
    ``None`` when 16 hours are reached or an LRV/RMC melding is open) come from the schedule of the
    meldingen; without ``dagen`` the signals that read them (``nadert_zestien_uur``, ``mogelijk_lrv``)
    are not made."""
    uit: list[Signaal] = []
    per_reden: dict[Reden, list[tuple[date, int]]] = {}
    van, tot = bereik or (date.min, date.max)
    for positie, record in enumerate(leerling.records, start=1):
        if (
            record.datum <= peildatum
            and record.datum in jaarkalender.lesdag_index
            and van <= record.datum <= tot
        ):
            per_reden.setdefault(record.reden, []).append((record.datum, positie))
            if record.reden in _RAND_REDENEN and record.datum in jaarkalender.vakantierand:
                uit.append(
                    _signaal(
                        Signaalsoort.MOGELIJK_LUXE_VERZUIM, record.datum, record.datum, [positie], versie
                    )
                )
            if (
                record.reden is Reden.RELIGIEUS
                and record.gemeld_op is not None
                and record.gemeld_op > begin_terugrekening(record.datum, TWEE_DAGEN)
            ):
                uit.append(
                    _signaal(
                        Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD, record.datum, record.datum, [positie], versie
                    )
                )
    for blok in _blokken(per_reden.get(Reden.ZIEK, []), jaarkalender):
        begin = blok[0][0]
        gemeld = [leerling.records[positie - 1].gemeld_op for _, positie in blok]
        eerste = min((gemeld_op for gemeld_op in gemeld if gemeld_op is not None), default=None)
        if eerste is not None and eerste > einde_termijn(begin, TWEE_DAGEN):
            uit.append(
                _signaal(
                    Signaalsoort.ZIEKMELDING_TE_LAAT,
                    begin,
                    blok[-1][0],
                    [positie for _, positie in blok],
                    versie,
                )
            )
    for jaar in sorted({schooljaar_van(dag) for paren in per_reden.values() for dag, _ in paren}):
        # art. 13a lid 2 and 14 lid 3 count per school year
        deel = {
            reden: [paar for paar in paren if schooljaar_van(paar[0]) == jaar]
            for reden, paren in per_reden.items()
        }
        uit.extend(
            verlofsignalen(leerling, deel, tellen.jaarkalender(leerling.school.kalender, jaar), versie)
        )
    uit.extend(mazl(per_reden.get(Reden.ZIEK, []), jaarkalender, beleid, versie, taal))
    if dagen is not None:
        if herstart is not None:
            uit.extend(
                nadert_zestien_uur(leerling, dagen, jaarkalender, peildatum, herstart, beleid, versie, taal)
            )
        uit.extend(mogelijk_lrv(dagen, jaarkalender, peildatum, beleid, versie, taal))
    return uit


def _lesweek(dag: date, jaarkalender: Jaarkalender) -> int:
    return jaarkalender.lesweek_index[dag - timedelta(days=dag.weekday())]


def mazl(
    ziek: list[tuple[date, int]],
    jaarkalender: Jaarkalender,
    beleid: Beleid,
    versie: date,
    taal: Taal = Taal.NL,
) -> list[Signaal]:
    """MAZL (NCJ): the 4th ziekmelding within 12 school weeks, and the 7th consecutive school day ill.

    A ziekmelding is a run of consecutive sick lesdagen (a holiday in between neither counts nor breaks
    it); "within 12 school weeks": the lesweken of the first and the last of the ziekmeldingen are at
    most 11 lesweken apart. After a ``mazl_frequent`` signal counting starts again."""
    uit: list[Signaal] = []
    blokken = _blokken(ziek, jaarkalender)
    ziekmeldingen, weken, dagen = (
        beleid.signaal_mazl_ziekmeldingen,
        beleid.signaal_mazl_schoolweken,
        beleid.signaal_mazl_schooldagen,
    )
    if dagen is not None:
        for blok in blokken:
            if len(blok) >= dagen:
                uit.append(
                    _signaal(
                        Signaalsoort.MAZL_LANGDURIG,
                        blok[0][0],
                        blok[-1][0],
                        [positie for _, positie in blok],
                        versie,
                        taal,
                        aantal=len(blok),
                    )
                )
    if ziekmeldingen is not None:
        vanaf = 0
        for laatste in range(len(blokken)):
            week = _lesweek(blokken[laatste][0][0], jaarkalender)
            binnen = [
                blok_index
                for blok_index in range(vanaf, laatste + 1)
                if week - _lesweek(blokken[blok_index][0][0], jaarkalender) < weken
            ]
            if len(binnen) >= ziekmeldingen:
                groep = [blokken[blok_index] for blok_index in binnen]
                uit.append(
                    _signaal(
                        Signaalsoort.MAZL_FREQUENT,
                        groep[0][0][0],
                        groep[-1][-1][0],
                        [positie for blok in groep for _, positie in blok],
                        versie,
                        taal,
                        aantal=len(groep),
                    )
                )
                vanaf = laatste + 1
    return uit


def nadert_zestien_uur(
    leerling: Leerling,
    dagen: Dagen,
    jaarkalender: Jaarkalender,
    peildatum: date,
    herstart: date,
    beleid: Beleid,
    versie: date,
    taal: Taal = Taal.NL,
) -> list[Signaal]:
    """At least ``signaal_nadert_uren`` and fewer than 16 unexcused hours in the window of 4 lesweken
    that ends in the lesweek of the next lesdag (on or after ``peildatum``), from ``herstart``.

    ``venster_tot`` is the last lesdag of the 4th lesweek counted from the first counted verzuimdag:
    until then the hours counted stay in one window with any new ones."""
    drempel = beleid.signaal_nadert_uren
    school = leerling.school
    if drempel is None or not jaarkalender.lesweken or not dagen.ongeoorloofd:
        return []
    if (
        not school.afspraak_gemeente_18plus
        and leeftijd_op(leerling.geboortedatum, peildatum, beleid.verjaardag_29_februari) >= ACHTTIEN_JAAR
    ):
        return []
    index = min(bisect_left(jaarkalender.lesdagen, peildatum), len(jaarkalender.lesdagen) - 1)
    week = _lesweek(jaarkalender.lesdagen[index], jaarkalender)
    begin = max(herstart, jaarkalender.lesweken[max(0, week - VIER_LESWEKEN + 1)])
    geteld = sorted(dag for dag in dagen.ongeoorloofd if begin <= dag <= peildatum)
    uren = sum((dagen.ongeoorloofd[dag] for dag in geteld), Decimal(0))
    if not drempel <= uren < ZESTIEN_UUR:
        return []
    laatste_week = _lesweek(geteld[0], jaarkalender) + VIER_LESWEKEN
    grens = (
        jaarkalender.lesweken[laatste_week]
        if laatste_week < len(jaarkalender.lesweken)
        else jaarkalender.einde + _DAG
    )
    venster_tot = jaarkalender.lesdagen[bisect_left(jaarkalender.lesdagen, grens) - 1]
    records = sorted(positie for dag in geteld for positie in dagen.records_ongeoorloofd.get(dag, []))
    return [
        _signaal(
            Signaalsoort.NADERT_ZESTIEN_UUR,
            geteld[0],
            geteld[-1],
            records,
            versie,
            taal,
            uren=uren,
            nog_uren=ZESTIEN_UUR - uren,
            venster_tot=venster_tot,
        )
    ]


def _nde_dag(begin: date, n: int, jaarkalender: Jaarkalender, meetellen: bool) -> date:
    """The ``n``-th counted day from ``begin`` (school-holiday days left out unless counted)."""
    geteld, dag = 0, begin
    while True:
        if meetellen or dag not in jaarkalender.vakantiedagen:
            geteld += 1
            if geteld == n:
                return dag
        dag += _DAG


def mogelijk_lrv(
    dagen: Dagen,
    jaarkalender: Jaarkalender,
    peildatum: date,
    beleid: Beleid,
    versie: date,
    taal: Taal = Taal.NL,
) -> list[Signaal]:
    """A span of continuous unexcused absence still running on ``peildatum`` whose 28th counted day
    (the LRV day) lies at most ``signaal_lrv_dagen_vooraf`` counted days ahead.

    The pupil is on the list from the (28 - that)th counted day; ``lrv_op`` is the 28th."""
    vooraf = beleid.signaal_lrv_dagen_vooraf
    if vooraf is None:
        return []
    meetellen = beleid.vakantiedagen_meetellen
    uit: list[Signaal] = []
    for reeks in reeksen(dagen, jaarkalender, peildatum, meetellen):
        if reeks.beeindigd or reeks.dag_28 is not None:
            continue
        sinds = _nde_dag(reeks.begin, VIER_WEKEN_IN_DAGEN - vooraf, jaarkalender, meetellen)
        if sinds > peildatum:
            continue
        records = sorted(
            positie
            for dag, posities in dagen.records_ongeoorloofd.items()
            if reeks.begin <= dag <= peildatum
            for positie in posities
        )
        uit.append(
            _signaal(
                Signaalsoort.MOGELIJK_LRV,
                reeks.begin,
                reeks.laatste_lesdag,
                records,
                versie,
                taal,
                lrv_op=_nde_dag(reeks.begin, VIER_WEKEN_IN_DAGEN, jaarkalender, meetellen),
                op_lijst_sinds=sinds,
            )
        )
    return uit


def verlofsignalen(
    leerling: Leerling,
    per_reden: dict[Reden, list[tuple[date, int]]],
    jaarkalender: Jaarkalender,
    versie: date,
) -> list[Signaal]:
    """Verlof beyond art. 13a / 14, and art. 11a beyond its limits: a simple count per school year."""
    uit: list[Signaal] = []
    verlof_13a = sorted(per_reden.get(Reden.VERLOF_13A, []))
    if verlof_13a:
        posities = [positie for _, positie in verlof_13a]
        van, tot = verlof_13a[0][0], verlof_13a[-1][0]
        if len({dag for dag, _ in verlof_13a}) > TIEN_DAGEN:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_TE_LANG, van, tot, posities, versie))
        if len(_blokken(verlof_13a, jaarkalender)) > 1:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_MEER_DAN_EENMAAL, van, tot, posities, versie))
        grens = (
            jaarkalender.lesweken[TWEE_LESWEKEN]
            if len(jaarkalender.lesweken) > TWEE_LESWEKEN
            else jaarkalender.einde
        )
        vroeg = [positie for dag, positie in verlof_13a if dag < grens]
        if vroeg:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN, van, tot, vroeg, versie))
    verlof_14 = sorted(per_reden.get(Reden.VERLOF_14, []))
    if len({dag for dag, _ in verlof_14}) > TIEN_DAGEN:
        uit.append(
            _signaal(
                Signaalsoort.VERLOF_14_MEER_DAN_TIEN_DAGEN,
                verlof_14[0][0],
                verlof_14[-1][0],
                [positie for _, positie in verlof_14],
                versie,
            )
        )
    per_week: dict[date, list[tuple[date, int]]] = {}
    for dag, positie in per_reden.get(Reden.VRIJSTELLING_11A, []):
        per_week.setdefault(dag - timedelta(days=dag.weekday()), []).append((dag, positie))
    for week, items in sorted(per_week.items()):
        uren = (
            sum(eenheden(leerling.records[positie - 1], leerling.school) for _, positie in items)
            * leerling.school.factor
        )
        te_oud = any(
            leeftijd_op(leerling.geboortedatum, dag, Verjaardag29Februari.EEN_MAART) >= ELF_A_LEEFTIJD
            for dag, _ in items
        )
        if te_oud or uren > ELF_A_MAX_UREN_PER_WEEK:
            uit.append(
                _signaal(
                    Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN,
                    week,
                    week + timedelta(days=6),
                    [positie for _, positie in items],
                    versie,
                )
            )
    return uit
