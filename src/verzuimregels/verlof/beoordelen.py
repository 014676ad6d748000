"""Judging a verlof request: may the head grant it, must the leerplichtambtenaar decide, or is it
impossible; which days; pro rata; art. 14 lid 2; the art. 27 exposure.

Questions of vakantieverlof (art. 13a), in order:

* ``V1`` is there a ground of art. 11 onder f (a parent's occupation)? (art. 13a lid 1)
* ``V2`` was the verlof asked before its first day? (art. 13a lid 1; a reading, see beleidskeuze)
* ``V3`` was vakantieverlof granted earlier this school year? (art. 13a lid 2: "slechts eenmaal")
* ``V4`` does the verlof touch the first two lesweken? (art. 13a lid 2)
* ``V5`` is it more days than the limit? (art. 13a lid 2: ten days, pro rata)

Questions of verlof for gewichtige omstandigheden (art. 14):

* ``G1`` was the verlof asked before its first day? (art. 14 lid 1)
* ``G2`` were the reasons told within two days after the impediment arose? (art. 14 lid 2)
* ``G3`` is it, with earlier art. 14 verlof this school year, more days than the limit? (lid 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ..beleid import STANDAARDBELEID, Beleid, beleidskeuze
from ..bronnen import (
    ART_11_F,
    ART_11_G,
    ART_13A_LID_1,
    ART_13A_LID_2,
    ART_14_LID_1,
    ART_14_LID_2,
    ART_14_LID_3,
    ART_27_A,
    Citaat,
    regelversie,
    wetsversie_op,
)
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
from ..fouten import GeenWetsversie, Invoerfout, bewaakt, lees_model
from ..kalender import GEEN_KALENDER, Schoolkalender, schooljaar_van
from ..regels.verlof import TIEN_DAGEN, eerste_twee_lesweken, grens, uiterste_dag_redenen, verlofdagen
from ..teksten import Taal
from .modellen import Verlofaanvraag, Verlofbeslissing, Verlofoordeel, Verlofsoort

_VRAGEN: dict[str, tuple[str, str, tuple[Citaat, ...]]] = {
    "V1": (
        "Kan het gezin door de specifieke aard van het beroep van een ouder alleen buiten de "
        "schoolvakanties op vakantie?",
        "Can the family, because of the specific nature of a parent's occupation, only go on holiday "
        "outside the school holidays?",
        (ART_13A_LID_1, ART_11_F),
    ),
    "V2": (
        "Is het verlof vóór de eerste verlofdag aangevraagd?",
        "Was the verlof asked before its first day?",
        (ART_13A_LID_1,),
    ),
    "V3": (
        "Is dit schooljaar al eerder vakantieverlof verleend?",
        "Was vakantieverlof granted earlier this school year?",
        (ART_13A_LID_2,),
    ),
    "V4": (
        "Valt het verlof (deels) in de eerste twee lesweken van het schooljaar?",
        "Does the verlof fall (partly) in the first two lesweken of the school year?",
        (ART_13A_LID_2,),
    ),
    "V5": ("Is het verlof langer dan de grens?", "Is the verlof longer than the limit?", (ART_13A_LID_2,)),
    "G1": (
        "Is het verlof vóór de eerste verlofdag aangevraagd?",
        "Was the verlof asked before its first day?",
        (ART_14_LID_1, ART_11_G),
    ),
    "G2": (
        "Zijn de redenen binnen twee dagen na het ontstaan van de verhindering medegedeeld?",
        "Were the reasons told within two days after the impediment arose?",
        (ART_14_LID_2,),
    ),
    "G3": (
        "Is het verlof, met eerder verlof wegens gewichtige omstandigheden dit schooljaar, langer dan "
        "de grens?",
        "Is the verlof, with earlier verlof for gewichtige omstandigheden this school year, longer than "
        "the limit?",
        (ART_14_LID_3,),
    ),
}

_TOELICHTING: dict[str, tuple[str, str]] = {
    "geen_beroepsgrond": (
        "Vakantieverlof kan alleen als het beroep van een ouder vakantie in de schoolvakanties "
        "onmogelijk maakt (art. 13a lid 1, art. 11 onder f).",
        "Vakantieverlof is only possible when a parent's occupation rules out a holiday in the school "
        "holidays (art. 13a lid 1, art. 11 onder f).",
    ),
    "achteraf": (
        "Vakantieverlof kan niet achteraf worden verleend (art. 13a lid 1).",
        "Vakantieverlof cannot be granted afterwards (art. 13a lid 1).",
    ),
    "tweede_keer": (
        "Vakantieverlof kan slechts eenmaal per schooljaar worden verleend (art. 13a lid 2); verlenen "
        "kan het hoofd een boete opleveren (art. 27).",
        "Vakantieverlof can be granted only once a school year (art. 13a lid 2); granting it exposes "
        "the head to a fine (art. 27).",
    ),
    "vakantie_geheel": (
        "Het hoofd kan dit vakantieverlof verlenen ({n} dagen).",
        "The head may grant this vakantieverlof ({n} days).",
    ),
    "vakantie_deels": (
        "Het hoofd kan ten hoogste {k} van de {n} dagen verlenen; de rest kan niet (art. 13a lid 2). "
        "Meer verlenen kan het hoofd een boete opleveren (art. 27).",
        "The head may grant at most {k} of the {n} days; the rest is not possible at all (art. 13a "
        "lid 2). Granting more exposes the head to a fine (art. 27).",
    ),
    "vakantie_niets": (
        "Geen van de dagen kan als vakantieverlof worden verleend (art. 13a lid 2); verlenen kan het "
        "hoofd een boete opleveren (art. 27).",
        "None of the days can be granted as vakantieverlof (art. 13a lid 2); granting exposes the head "
        "to a fine (art. 27).",
    ),
    "te_laat": (
        "Geen verlof gevraagd en de redenen zijn niet binnen twee dagen medegedeeld (art. 14 lid 2).",
        "No verlof was asked and the reasons were not told within two days (art. 14 lid 2).",
    ),
    "ambtenaar": (
        "Meer dan {g} dagen dit schooljaar: niet het hoofd maar de leerplichtambtenaar beslist, het "
        "hoofd gehoord (art. 14 lid 3).{boete}",
        "More than {g} days this school year: not the head but the leerplichtambtenaar decides, after "
        "hearing the head (art. 14 lid 3).{boete}",
    ),
    "gewichtig": (
        "Het hoofd kan dit verlof wegens gewichtige omstandigheden verlenen ({n} dagen).",
        "The head may grant this verlof for gewichtige omstandigheden ({n} days).",
    ),
}

_BOETE = (
    " Verleent het hoofd het toch, dan riskeert het een boete (art. 27).",
    " A head who grants it anyway risks a fine (art. 27).",
)


@bewaakt
def lees_verlofaanvraag(aanvraag: Verlofaanvraag | Mapping[str, Any]) -> Verlofaanvraag:
    """A :class:`Verlofaanvraag` from itself or a mapping; bad input raises :class:`Invoerfout`."""
    return lees_model(Verlofaanvraag, aanvraag)


@bewaakt
def beoordeel_verlof(
    aanvraag: Verlofaanvraag | Mapping[str, Any],
    *,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    kalender: Schoolkalender | None = None,
) -> Verlofoordeel:
    """Judge a verlof request against Lpw art. 13a / 14 and the school's calendar.

    ``kalender`` gives the lesdagen and lesweken; without one, weekdays that are not public holidays
    are lesdagen (then the first two lesweken are the first two weeks from 1 August). Raises
    :class:`~verzuimregels.fouten.Invoerfout` naming the field for bad input, including a verlof with
    no day to count and one whose days fall in two school years.
    """
    a = lees_verlofaanvraag(aanvraag)
    taal = Taal(taal)
    kal = kalender or GEEN_KALENDER
    versie = _wetsversie(a.eerste_dag)
    telling = beleid.verlofdagen
    dagen = verlofdagen(a.eerste_dag, a.laatste_dag, kal, telling, a.weekdagen)
    if not dagen:
        raise Invoerfout.enkel(
            "laatste_dag",
            "verlof_nul_dagen",
            "the verlof holds no day to count (no lesdag between eerste_dag and laatste_dag)",
            velden=("eerste_dag", "laatste_dag"),
        )
    schooljaar = schooljaar_van(dagen[0])
    if schooljaar_van(dagen[-1]) != schooljaar:
        raise Invoerfout.enkel(
            "laatste_dag",
            "verlof_twee_schooljaren",
            "the days of the verlof fall in two school years: ask for each school year separately",
            velden=("eerste_dag", "laatste_dag"),
        )
    eerder = sum(
        1
        for v in a.eerder_verlof
        if v.soort is a.soort
        for d in verlofdagen(v.eerste_dag, v.laatste_dag, kal, telling, a.weekdagen)
        if schooljaar_van(d) == schooljaar
    )
    limiet = grens(len(a.weekdagen))
    codes = [f"verlofdagen:{telling.value}"]
    f = _Feiten(a, len(dagen), eerder, limiet)
    if a.soort is Verlofsoort.VAKANTIE:
        r = _vakantie(a, dagen, eerder, limiet, kal, schooljaar, codes)
    else:
        r = _gewichtig(a, dagen, eerder, limiet, codes)
    beslissing, toe, boven, eerste_twee, vragen, sleutel, boete, citaten = r
    nl, en = _TOELICHTING[sleutel]
    tekst = (nl if taal is Taal.NL else en).format(
        n=len(dagen),
        k=len(toe),
        g=_getal(limiet),
        boete=(_BOETE[0] if taal is Taal.NL else _BOETE[1]) if boete else "",
    )
    if boete:
        citaten = (*citaten, ART_27_A)
    return Verlofoordeel(
        beslissing=beslissing,
        soort=a.soort,
        schooljaar=schooljaar,
        verlofdagen=dagen,
        grens=limiet,
        dagen_eerder_verleend=eerder,
        toe_te_kennen=toe,
        boven_grens=boven,
        in_eerste_twee_lesweken=eerste_twee,
        uiterste_dag_redenen=uiterste_dag_redenen(a.ontstaan) if "G2" in vragen else None,
        boete_art_27=boete,
        pad=tuple(_stap(vid, antwoord, f, versie, taal) for vid, antwoord in vragen.items()),
        grondslag=tuple(c.bron(versie) for c in citaten),
        toelichting=tekst,
        beleidskeuzes=tuple(beleidskeuze(c, taal) for c in dict.fromkeys(codes)),
        regelversie=regelversie(versie),
    )


def _wetsversie(eerste_dag: date) -> date:
    """The law version in force on the verlof's first day; an error names ``eerste_dag``."""
    try:
        return wetsversie_op(eerste_dag)
    except GeenWetsversie as fout:
        raise Invoerfout.enkel(
            "eerste_dag",
            "geen_wetsversie",
            f"no version of the Leerplichtwet encoded for this day; the oldest is {fout.oudste.isoformat()}",
        ) from None


_Resultaat = tuple[
    Verlofbeslissing,
    tuple[date, ...],
    tuple[date, ...],
    tuple[date, ...],
    dict[str, bool],
    str,
    bool,
    tuple[Citaat, ...],
]


def _vakantie(
    a: Verlofaanvraag,
    dagen: tuple[date, ...],
    eerder: int,
    limiet: Decimal,
    kal: Schoolkalender,
    schooljaar: int,
    codes: list[str],
) -> _Resultaat:
    geen: tuple[date, ...] = ()
    vragen: dict[str, bool] = {"V1": bool(a.beroepsgrond)}
    if not a.beroepsgrond:
        return (
            Verlofbeslissing.NIET_MOGELIJK,
            geen,
            geen,
            geen,
            vragen,
            "geen_beroepsgrond",
            False,
            (ART_13A_LID_1, ART_11_F),
        )
    vragen["V2"] = a.aangevraagd_op < a.eerste_dag
    codes.append("vakantieverlof_vooraf")
    if not vragen["V2"]:
        return Verlofbeslissing.NIET_MOGELIJK, geen, geen, geen, vragen, "achteraf", False, (ART_13A_LID_1,)
    vragen["V3"] = eerder > 0
    if eerder:
        return (
            Verlofbeslissing.NIET_MOGELIJK,
            geen,
            dagen,
            geen,
            vragen,
            "tweede_keer",
            True,
            (ART_13A_LID_2,),
        )
    verboden = eerste_twee_lesweken(kal, schooljaar)
    eerste_twee = tuple(d for d in dagen if d in verboden)
    vragen["V4"] = bool(eerste_twee)
    mogelijk = [d for d in dagen if d not in verboden]
    vragen["V5"] = len(mogelijk) > limiet
    toe = tuple(mogelijk[: int(limiet)]) if vragen["V5"] else tuple(mogelijk)
    boven = tuple(mogelijk[len(toe) :])
    if not toe:
        beslissing, sleutel = Verlofbeslissing.NIET_MOGELIJK, "vakantie_niets"
    elif len(toe) == len(dagen):
        beslissing, sleutel = Verlofbeslissing.HOOFD, "vakantie_geheel"
    else:
        beslissing, sleutel = Verlofbeslissing.HOOFD_DEELS, "vakantie_deels"
    boete = beslissing is not Verlofbeslissing.HOOFD
    return beslissing, toe, boven, eerste_twee, vragen, sleutel, boete, (ART_13A_LID_1, ART_13A_LID_2)


def _gewichtig(
    a: Verlofaanvraag,
    dagen: tuple[date, ...],
    eerder: int,
    limiet: Decimal,
    codes: list[str],
) -> _Resultaat:
    geen: tuple[date, ...] = ()
    vragen: dict[str, bool] = {"G1": a.aangevraagd_op < a.eerste_dag}
    citaten: tuple[Citaat, ...] = (ART_14_LID_1, ART_11_G)
    if not vragen["G1"]:
        vragen["G2"] = a.aangevraagd_op <= uiterste_dag_redenen(a.ontstaan)
        codes.append("twee_dagen_kalenderdagen")
        citaten = (*citaten, ART_14_LID_2)
        if not vragen["G2"]:
            return Verlofbeslissing.NIET_MOGELIJK, geen, geen, geen, vragen, "te_laat", False, citaten
    totaal = eerder + len(dagen)
    vragen["G3"] = totaal > limiet
    if a.kwalificatieplichtig and limiet < TIEN_DAGEN:
        codes.append("pro_rata_ambtenaar")
    if vragen["G3"]:
        ruimte = max(0, int(limiet) - eerder)
        boven = dagen[ruimte:]
        # Art. 27 onder a names art. 14 lid 3 eerste volzin (ten days), not the pro-rata sentence.
        boete = totaal > TIEN_DAGEN
        return (
            Verlofbeslissing.LEERPLICHTAMBTENAAR,
            geen,
            boven,
            geen,
            vragen,
            "ambtenaar",
            boete,
            (*citaten, ART_14_LID_3),
        )
    return Verlofbeslissing.HOOFD, dagen, geen, geen, vragen, "gewichtig", False, (*citaten, ART_14_LID_3)


def _getal(waarde: Decimal) -> str:
    return str(int(waarde)) if waarde == int(waarde) else str(waarde).replace(".", ",")


class _Feiten:
    """The facts each question reads, as :class:`GelezenFeit` rows."""

    __slots__ = ("a", "eerder", "limiet", "n")

    def __init__(self, a: Verlofaanvraag, n: int, eerder: int, limiet: Decimal) -> None:
        self.a, self.n, self.eerder, self.limiet = a, n, eerder, limiet

    def voor(self, vraag: str) -> tuple[GelezenFeit, ...]:
        a = self.a
        opgegeven, berekend = Herkomst.OPGEGEVEN, Herkomst.BEREKEND
        rijen: dict[str, list[tuple[str, Feitwaarde, Herkomst, tuple[str, ...]]]] = {
            "V1": [("beroepsgrond", a.beroepsgrond, opgegeven, ())],
            "V2": [
                ("aangevraagd_op", a.aangevraagd_op, opgegeven, ()),
                ("eerste_dag", a.eerste_dag, opgegeven, ()),
            ],
            "V3": [("dagen_eerder_verleend", self.eerder, berekend, ("eerder_verlof",))],
            "V4": [
                ("eerste_dag", a.eerste_dag, opgegeven, ()),
                ("laatste_dag", a.laatste_dag, opgegeven, ()),
            ],
            "V5": [
                ("verlofdagen", self.n, berekend, ("eerste_dag", "laatste_dag")),
                ("grens", self.limiet, berekend, ("kwalificatieplichtig", "onderwijsdagen")),
            ],
            "G1": [
                ("aangevraagd_op", a.aangevraagd_op, opgegeven, ()),
                ("eerste_dag", a.eerste_dag, opgegeven, ()),
            ],
            "G2": [
                ("aangevraagd_op", a.aangevraagd_op, opgegeven, ()),
                (
                    "verhindering_ontstaan_op",
                    a.ontstaan,
                    opgegeven if a.verhindering_ontstaan_op else berekend,
                    (),
                ),
            ],
            "G3": [
                ("verlofdagen", self.n, berekend, ("eerste_dag", "laatste_dag")),
                ("dagen_eerder_verleend", self.eerder, berekend, ("eerder_verlof",)),
                ("grens", self.limiet, berekend, ("kwalificatieplichtig", "onderwijsdagen")),
            ],
        }
        return tuple(GelezenFeit(naam=n, waarde=w, herkomst=h, afgeleid_van=v) for n, w, h, v in rijen[vraag])


def _stap(vid: str, antwoord: bool, f: _Feiten, versie: date, taal: Taal) -> Stap:
    nl, en, citaten = _VRAGEN[vid]
    return Stap(
        vraag=vid,
        tekst=nl if taal is Taal.NL else en,
        antwoord=antwoord,
        feiten=f.voor(vid),
        grondslag=tuple(c.bron(versie) for c in citaten),
    )
