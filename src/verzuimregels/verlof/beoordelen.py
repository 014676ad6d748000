"""Judging a verlof request: may the head grant it, must the leerplichtambtenaar decide, or is it
impossible; which days; pro rata; art. 14 lid 2; the art. 27 exposure.

The decision is a tree of the engine (:mod:`verzuimregels.verlof.boom`: the questions V1–V5 of
vakantieverlof, art. 13a, and G1–G3 of verlof for gewichtige omstandigheden, art. 14), walked by
:func:`verzuimregels.engine.tree.loop`; the verdict's ``pad`` is that walk. Here: the facts the
questions read (the verlof days on the school's calendar, the days granted earlier, the limit) and the
days an outcome grants.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ..beleid import STANDAARDBELEID, Beleid, beleidskeuze
from ..bronnen import ART_27_A, regelversie, wetsversie_op
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst
from ..engine.tree import loop, stap, toets
from ..fouten import GeenWetsversie, Invoerfout, bewaakt, lees_model
from ..kalender import GEEN_KALENDER, Schoolkalender, schooljaar_van
from ..regels.verlof import eerste_twee_lesweken, grens, uiterste_dag_redenen, verlofdagen
from ..teksten import Taal
from . import boom
from .boom import BOETE_ZIN, GEWICHTIGE_OMSTANDIGHEDEN, VAKANTIEVERLOF, Toekenning
from .modellen import Verlofaanvraag, Verlofoordeel, Verlofsoort

BUITEN_EERSTE_TWEE_LESWEKEN = "verlofdagen_buiten_eerste_twee_lesweken"
"""The fact V5 reads after V4: the days of the verlof outside the first two lesweken (art. 13a lid 2:
"niet ... gedurende de eerste twee lesweken van het schooljaar"), which alone can be granted."""


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
    schoolkalender = kalender or GEEN_KALENDER
    versie = _wetsversie(a.eerste_dag)
    telling = beleid.verlofdagen
    dagen = verlofdagen(a.eerste_dag, a.laatste_dag, schoolkalender, telling, a.weekdagen)
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
        for d in verlofdagen(v.eerste_dag, v.laatste_dag, schoolkalender, telling, a.weekdagen)
        if schooljaar_van(d) == schooljaar
    )
    limiet = grens(len(a.weekdagen))
    verboden = (
        eerste_twee_lesweken(schoolkalender, schooljaar) if a.soort is Verlofsoort.VAKANTIE else frozenset()
    )
    mogelijk = tuple(d for d in dagen if d not in verboden)
    feiten = _Feiten(a, dagen, mogelijk, eerder, limiet)
    codes = [f"verlofdagen:{telling.value}"]
    uitkomst, pad = loop(
        VAKANTIEVERLOF if a.soort is Verlofsoort.VAKANTIE else GEWICHTIGE_OMSTANDIGHEDEN,
        feiten,
        versie,
        lambda vraag, antwoord, gelezen: stap(vraag, antwoord, gelezen, versie, taal),
        codes,
    )
    toe, boven = _toekenning(uitkomst.toekenning, dagen, mogelijk, eerder, limiet)
    boete = uitkomst.boete
    if not isinstance(boete, bool):
        boete = toets(boete, feiten, uitkomst.knoop, versie)[0]
    citaten = (*uitkomst.grondslag, ART_27_A) if boete else uitkomst.grondslag
    tekst = (uitkomst.toelichting_nl if taal is Taal.NL else uitkomst.toelichting_en).format(
        n=len(dagen),
        k=len(toe),
        g=_getal(limiet),
        boete=(BOETE_ZIN[0] if taal is Taal.NL else BOETE_ZIN[1]) if boete else "",
    )
    vakantie = uitkomst.toekenning is Toekenning.BUITEN_EERSTE_TWEE_LESWEKEN
    return Verlofoordeel(
        beslissing=uitkomst.beslissing,
        soort=a.soort,
        schooljaar=schooljaar,
        verlofdagen=dagen,
        grens=limiet,
        dagen_eerder_verleend=eerder,
        toe_te_kennen=toe,
        boven_grens=boven,
        in_eerste_twee_lesweken=tuple(d for d in dagen if d in verboden) if vakantie else (),
        uiterste_dag_redenen=uiterste_dag_redenen(a.ontstaan) if any(s.vraag == "G2" for s in pad) else None,
        boete_art_27=boete,
        pad=tuple(pad),
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
            oudste=fout.oudste.isoformat(),
        ) from None


def _toekenning(
    toekenning: Toekenning, dagen: tuple[date, ...], mogelijk: tuple[date, ...], eerder: int, limiet: Decimal
) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The days the head may grant and the days beyond the limit (art. 13a lid 2, 14 lid 3)."""
    geen: tuple[date, ...] = ()
    if toekenning is Toekenning.GEEN:
        return geen, geen
    if toekenning is Toekenning.ALLE_BOVEN_GRENS:
        return geen, dagen
    if toekenning is Toekenning.ALLE:
        return dagen, geen
    if toekenning is Toekenning.BOVEN_RUIMTE:
        return geen, dagen[max(0, int(limiet) - eerder) :]
    toe = mogelijk[: int(limiet)]
    return toe, mogelijk[len(toe) :]


def _getal(waarde: Decimal) -> str:
    return str(int(waarde)) if waarde == int(waarde) else str(waarde).replace(".", ",")


class _Feiten:
    """Reads the facts the questions of :mod:`verzuimregels.verlof.boom` name, as values and
    :class:`GelezenFeit` rows (a computed fact shows the facts it was computed from)."""

    __slots__ = ("_cache", "a", "beleidcodes", "dagen", "eerder", "limiet", "mogelijk")

    def __init__(
        self,
        a: Verlofaanvraag,
        dagen: tuple[date, ...],
        mogelijk: tuple[date, ...],
        eerder: int,
        limiet: Decimal,
    ) -> None:
        self.a, self.dagen, self.mogelijk, self.eerder, self.limiet = a, dagen, mogelijk, eerder, limiet
        self.beleidcodes: list[str] = []
        self._cache: dict[str, tuple[Feitwaarde, tuple[GelezenFeit, ...]]] = {}

    def lees(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        gelezen = self._cache.get(naam)
        if gelezen is None:
            gelezen = self._cache[naam] = self._bepaal(naam)
        return gelezen

    def _bepaal(self, naam: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        a = self.a
        if naam in (boom.BEROEPSGROND, boom.AANGEVRAAGD_OP, boom.EERSTE_DAG, boom.LAATSTE_DAG):
            waarde: Feitwaarde = getattr(a, naam)
            return waarde, (_feit(naam, waarde, Herkomst.OPGEGEVEN),)
        if naam == boom.DAGEN_EERDER_VERLEEND:
            return self.eerder, (_feit(naam, self.eerder, Herkomst.BEREKEND, ("eerder_verlof",)),)
        if naam == boom.GRENS:
            return self.limiet, (
                _feit(naam, self.limiet, Herkomst.BEREKEND, ("kwalificatieplichtig", "onderwijsdagen")),
            )
        if naam == boom.IN_EERSTE_TWEE_LESWEKEN:
            return len(self.mogelijk) < len(self.dagen), self.lees(boom.EERSTE_DAG, "")[1] + self.lees(
                boom.LAATSTE_DAG, ""
            )[1]
        if naam == boom.MOGELIJKE_VERLOFDAGEN:
            if len(self.mogelijk) < len(self.dagen):  # V5 after V4: only the days outside them count
                return len(self.mogelijk), (
                    _feit(
                        BUITEN_EERSTE_TWEE_LESWEKEN,
                        len(self.mogelijk),
                        Herkomst.BEREKEND,
                        ("eerste_dag", "laatste_dag"),
                    ),
                )
            return len(self.mogelijk), self._verlofdagen()
        if naam == boom.DAGEN_DIT_SCHOOLJAAR:
            return self.eerder + len(self.dagen), self._verlofdagen() + self.lees(
                boom.DAGEN_EERDER_VERLEEND, ""
            )[1]
        assert naam == boom.UITERSTE_DAG_REDENEN, naam
        herkomst = Herkomst.OPGEGEVEN if a.verhindering_ontstaan_op else Herkomst.BEREKEND
        return uiterste_dag_redenen(a.ontstaan), (_feit("verhindering_ontstaan_op", a.ontstaan, herkomst),)

    def _verlofdagen(self) -> tuple[GelezenFeit, ...]:
        return (_feit("verlofdagen", len(self.dagen), Herkomst.BEREKEND, ("eerste_dag", "laatste_dag")),)


def _feit(
    naam: str, waarde: Feitwaarde, herkomst: Herkomst, afgeleid_van: tuple[str, ...] = ()
) -> GelezenFeit:
    return GelezenFeit(naam=naam, waarde=waarde, herkomst=herkomst, afgeleid_van=afgeleid_van)
