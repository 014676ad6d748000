"""One category per pupil and peildatum: who is a thuiszitter, and which kind.

The categories follow the OCW definition (Kamerbrief 3 February 2016, Kamerstukken II 26695, nr. 108,
https://zoek.officielebekendmakingen.nl/kst-26695-108.html): thuiszitters are

* langdurig relatief verzuimers — "kinderen die ... voor een langere periode (vier weken of langer)
  helemaal niet naar school gaan" while enrolled (Lpw art. 2 lid 1, art. 4 lid 2: "Het schoolbezoek
  vindt geregeld plaats, zolang geen les of praktijktijd wordt verzuimd");
* absoluut verzuimers — "kinderen die niet staan ingeschreven op een school" while leerplichtig or
  kwalificatieplichtig (Lpw art. 2 lid 1: "te zorgen, dat de jongere als leerling van een school staat
  ingeschreven"; art. 4a);

each split at three months, the Kamerbrief's priority ("langer dan drie maanden thuiszit").
Registered but not thuiszitters: vrijstellingen of art. 5 onder a, b, c, art. 5a and art. 15; verlof
for gewichtige omstandigheden (art. 11 onder g, art. 14) of more than four weeks; and long illness
(art. 11 onder d), which the library signals as a possible "verborgen thuiszitter".

The order of the checks decides overlaps, and is itself a policy point (``volgorde_categorieen``):
a vrijstelling first (it lifts the duty the other categories presuppose), then no duty at all, then
not enrolled, then verlof, unexcused absence, illness.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from ..beleid import STANDAARDBELEID, Beleid, beleidskeuze
from ..bronnen import (
    ART_2_LID_1,
    ART_4_LID_2,
    ART_4A,
    ART_5_A,
    ART_5_B,
    ART_5_C,
    ART_5A,
    ART_6_LID_1,
    ART_7,
    ART_11_D,
    ART_11_G,
    ART_14,
    ART_15_LID_1,
    DUO_SOORTEN_VERZUIM,
    KAMERBRIEF_2016,
    Citaat,
    regelversie,
    wetsversie_op,
)
from ..fouten import bewaakt, lees_model
from ..kalender import Schoolkalender
from ..regels.duur import getelde_dagen, langer_dan_drie_maanden
from ..regels.meldplicht import VIER_WEKEN_IN_DAGEN
from ..teksten import Taal
from ..verlof.modellen import Vrijstelling, Vrijstellingsgrond
from ..verlof.vrijstelling import toets_vrijstelling
from .modellen import Categorie, Classificatie, Periode, Situatie, vrijstellingscategorie

_GRONDSLAG: dict[Categorie, tuple[Citaat, ...]] = {
    Categorie.LRV_4_WEKEN_TOT_3_MAANDEN: (ART_4_LID_2, KAMERBRIEF_2016, DUO_SOORTEN_VERZUIM),
    Categorie.LRV_LANGER_DAN_3_MAANDEN: (ART_4_LID_2, KAMERBRIEF_2016, DUO_SOORTEN_VERZUIM),
    Categorie.ABSOLUUT_TOT_3_MAANDEN: (ART_2_LID_1, ART_4A, KAMERBRIEF_2016),
    Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN: (ART_2_LID_1, ART_4A, KAMERBRIEF_2016),
    Categorie.VRIJSTELLING_5_ONDER_A: (ART_5_A,),
    Categorie.VRIJSTELLING_5_ONDER_B: (ART_5_B,),
    Categorie.VRIJSTELLING_5_ONDER_C: (ART_5_C,),
    Categorie.VRIJSTELLING_5A: (ART_5A,),
    Categorie.VRIJSTELLING_15: (ART_15_LID_1,),
    Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN: (ART_11_G, ART_14),
    Categorie.LANGDURIG_ZIEK: (ART_11_D,),
    Categorie.GEEN: (ART_2_LID_1,),
}

_TOELICHTING: dict[Categorie, tuple[str, str]] = {
    Categorie.LRV_4_WEKEN_TOT_3_MAANDEN: (
        "Langdurig relatief verzuim: ingeschreven en sinds {sinds} ({dagen} getelde dagen) zonder geldige "
        "reden afwezig, korter dan drie maanden. Thuiszitter.",
        "Long-term relative absence: enrolled and absent without a valid reason since {sinds} ({dagen} "
        "counted days), less than three months. Thuiszitter.",
    ),
    Categorie.LRV_LANGER_DAN_3_MAANDEN: (
        "Langdurig relatief verzuim langer dan drie maanden: ingeschreven en sinds {sinds} zonder geldige "
        "reden afwezig. Thuiszitter.",
        "Long-term relative absence of more than three months: enrolled and absent without a valid "
        "reason since {sinds}. Thuiszitter.",
    ),
    Categorie.ABSOLUUT_TOT_3_MAANDEN: (
        "Absoluut verzuim: leer- of kwalificatieplichtig en sinds {sinds} niet ingeschreven, zonder "
        "vrijstelling; korter dan drie maanden. Thuiszitter.",
        "Absolute absence: under leerplicht or kwalificatieplicht and not enrolled since {sinds}, without "
        "a vrijstelling; less than three months. Thuiszitter.",
    ),
    Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN: (
        "Absoluut verzuim langer dan drie maanden: sinds {sinds} niet ingeschreven, zonder vrijstelling. "
        "Thuiszitter.",
        "Absolute absence of more than three months: not enrolled since {sinds}, without a vrijstelling. "
        "Thuiszitter.",
    ),
    Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN: (
        "Verlof wegens gewichtige omstandigheden (art. 11 onder g) van meer dan vier weken, sinds "
        "{sinds}. Geregistreerd, geen thuiszitter.",
        "Verlof for gewichtige omstandigheden (art. 11 onder g) of more than four weeks, since {sinds}. "
        "Registered, not a thuiszitter.",
    ),
    Categorie.LANGDURIG_ZIEK: (
        "Sinds {sinds} ziek ({dagen} getelde dagen): geoorloofd (art. 11 onder d), maar langer dan vier "
        "weken. Signaal: mogelijk verborgen thuiszitter.",
        "Ill since {sinds} ({dagen} counted days): excused (art. 11 onder d), but for more than four "
        "weeks. Signal: possibly a hidden thuiszitter.",
    ),
    Categorie.GEEN: (
        "Geen thuiszitter en geen geregistreerde uitzondering op de peildatum.",
        "Not a thuiszitter and no registered exception on the peildatum.",
    ),
}

_VRIJSTELLING_TEKST = (
    "Vrijstelling art. {art} sinds {sinds}: geregistreerd, geen thuiszitter.",
    "Vrijstelling art. {art} since {sinds}: registered, not a thuiszitter.",
)
_ONGELDIG_TEKST = (
    " Een vrijstelling (art. {art}) dekt de peildatum maar telt niet ({gebreken}; art. 6, 7).",
    " A vrijstelling (art. {art}) covers the peildatum but does not count ({gebreken}; art. 6, 7).",
)
_ART = {
    Vrijstellingsgrond.ART_5_A: "5 onder a",
    Vrijstellingsgrond.ART_5_B: "5 onder b",
    Vrijstellingsgrond.ART_5_C: "5 onder c",
    Vrijstellingsgrond.ART_5A: "5a",
    Vrijstellingsgrond.ART_15: "15",
}


def _telt(vrijstelling: Vrijstelling) -> bool:
    """The vrijstellingen that take a pupil out of the count (art. 11a only shortens the week)."""
    return vrijstellingscategorie(vrijstelling.grond) is not None


def _op(perioden: Iterable[Periode], dag: date) -> Periode | None:
    """The period that contains ``dag`` (the earliest-starting one, if several overlap)."""
    return min((p for p in perioden if p.bevat(dag)), key=lambda p: p.van, default=None)


def _laatste_einde_voor(perioden: Iterable[Periode], dag: date) -> date | None:
    """The latest end of a period that ended before ``dag``."""
    return max((p.tot for p in perioden if p.tot is not None and p.tot < dag), default=None)


def _geldige_perioden(situatie: Situatie) -> list[Periode]:
    """The periods of the vrijstellingen that count, each valid on its last day (art. 6, 7)."""
    return [
        Periode(van=v.begin, tot=v.einde)
        for v in situatie.vrijstellingen
        if _telt(v) and (v.einde is None or toets_vrijstelling(v, v.einde).geldig)
    ]


def begin_absoluut_verzuim(situatie: Situatie, peildatum: date) -> date:
    """The first day without enrolment, duty and vrijstelling in the run that contains ``peildatum``.

    Not enrolled since the day after the last enrolment (or vrijstelling) ended, but never before the
    duty began.
    """
    assert situatie.plicht is not None
    begin = situatie.plicht.van
    for einde in (
        _laatste_einde_voor(situatie.inschrijvingen, peildatum),
        _laatste_einde_voor(_geldige_perioden(situatie), peildatum),
    ):
        if einde is not None:
            begin = max(begin, einde + timedelta(days=1))
    return begin


def _verzuim_begin(span: Periode, situatie: Situatie, peildatum: date) -> date:
    """Absence under a vrijstelling is no verzuim: the span counts from the day after one ended."""
    einde = _laatste_einde_voor(
        (p for p in _geldige_perioden(situatie) if p.tot is None or p.tot >= span.van), peildatum
    )
    return span.van if einde is None else max(span.van, einde + timedelta(days=1))


@bewaakt
def classificeer(
    situatie: Situatie | Mapping[str, Any],
    peildatum: date,
    *,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
) -> Classificatie:
    """The one category of ``situatie`` on ``peildatum``, with its grounds (see the module text).

    ``situatie`` is a :class:`Situatie` or a mapping with its JSON keys (bad input: :class:`Invoerfout`).
    """
    if not isinstance(situatie, Situatie):
        situatie = lees_model(Situatie, situatie)
    taal = Taal(taal)
    vakantie = Schoolkalender(regio=situatie.regio).is_schoolvakantie if situatie.regio else None
    meetellen = beleid.vakantiedagen_meetellen
    codes = ["volgorde_categorieen"]
    ongeldig = ""

    def uitslag(
        categorie: Categorie, sinds: date | None, dagen: int | None = None, tekst: str = ""
    ) -> Classificatie:
        versie = wetsversie_op(peildatum)
        if not tekst:
            sjabloon = _TOELICHTING[categorie][0 if taal is Taal.NL else 1]
            tekst = sjabloon.format(sinds=sinds.isoformat() if sinds else "", dagen=dagen)
        extra = (ART_6_LID_1, ART_7) if ongeldig else ()
        return Classificatie(
            sleutel=situatie.sleutel,
            peildatum=peildatum,
            categorie=categorie,
            sinds=sinds,
            getelde_dagen=dagen,
            grondslag=tuple(c.bron(versie) for c in (*_GRONDSLAG[categorie], *extra)),
            toelichting=tekst + ongeldig,
            beleidskeuzes=tuple(beleidskeuze(c, taal) for c in dict.fromkeys(codes)),
            regelversie=regelversie(versie),
        )

    dekkend = [v for v in situatie.vrijstellingen if _telt(v) and v.bevat(peildatum)]
    geldig = [v for v in dekkend if toets_vrijstelling(v, peildatum).geldig]
    if geldig:
        vrijstelling = min(geldig, key=lambda v: v.begin)
        categorie = vrijstellingscategorie(vrijstelling.grond)
        assert categorie is not None
        sjabloon = _VRIJSTELLING_TEKST[0 if taal is Taal.NL else 1]
        tekst = sjabloon.format(art=_ART[vrijstelling.grond], sinds=vrijstelling.begin.isoformat())
        return uitslag(categorie, vrijstelling.begin, tekst=tekst)
    ongeldig = ""
    if dekkend:  # covered, but a notice is missing or late: the vrijstelling cannot be invoked
        v = dekkend[0]
        gebreken = ", ".join(g.value for g in toets_vrijstelling(v, peildatum).gebreken)
        ongeldig = _ONGELDIG_TEKST[0 if taal is Taal.NL else 1].format(art=_ART[v.grond], gebreken=gebreken)

    if situatie.plicht is None or not situatie.plicht.bevat(peildatum):
        return uitslag(Categorie.GEEN, None)

    if _op(situatie.inschrijvingen, peildatum) is None:
        begin = begin_absoluut_verzuim(situatie, peildatum)
        codes.append("drie_maanden_kalender")
        lang = langer_dan_drie_maanden(begin, peildatum)
        return uitslag(
            Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN if lang else Categorie.ABSOLUUT_TOT_3_MAANDEN, begin
        )

    verlof = _op(situatie.verlof_11g, peildatum)
    if verlof is not None:  # granted verlof excuses the absence; a long one is registered
        lang = verlof.tot is None or (verlof.tot - verlof.van).days + 1 > VIER_WEKEN_IN_DAGEN
        return uitslag(Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN if lang else Categorie.GEEN, verlof.van)

    # A span that is still short leaves the pupil in 'geen', with the days counted so far.
    kort: tuple[date | None, int | None] = (None, None)
    span = _op(situatie.ongeoorloofd_afwezig, peildatum)
    if span is not None:
        begin = _verzuim_begin(span, situatie, peildatum)
        dagen = getelde_dagen(begin, peildatum, vakantie, vakantiedagen_meetellen=meetellen)
        codes += [f"vakantie_28_dagen:{meetellen}", "precies_4_weken"]
        if dagen >= VIER_WEKEN_IN_DAGEN:
            codes.append("drie_maanden_kalender")
            lang = langer_dan_drie_maanden(begin, peildatum)
            categorie = Categorie.LRV_LANGER_DAN_3_MAANDEN if lang else Categorie.LRV_4_WEKEN_TOT_3_MAANDEN
            return uitslag(categorie, begin, dagen)
        kort = (begin, dagen)

    ziek = _op(situatie.ziek, peildatum)
    if ziek is not None:
        dagen = getelde_dagen(ziek.van, peildatum, vakantie, vakantiedagen_meetellen=meetellen)
        codes += [f"vakantie_28_dagen:{meetellen}", "precies_4_weken"]
        if dagen >= VIER_WEKEN_IN_DAGEN:
            return uitslag(Categorie.LANGDURIG_ZIEK, ziek.van, dagen)

    return uitslag(Categorie.GEEN, *kort)
