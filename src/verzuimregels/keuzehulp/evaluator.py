"""The one evaluator: walks the keuzehulp tree for a case and writes down every step.

The walk is a pure function of the case, the policy settings, the calendar and the peildatum: no
clock, no I/O. (The public :func:`verzuimregels.beoordeel` supplies today's date when a case gives
no peildatum, and says so in the verdict.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from ..beleid import STANDAARDBELEID, Beleid, Beleidskeuze, Verjaardag29Februari, beleidskeuze
from ..bronnen import Bron, Citaat, regelversie, wetsversie_op
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
from ..engine.tree import loop
from ..fouten import Invoerfout, OntbrekendFeit, lees_model
from ..kalender import GEEN_KALENDER, OnbekendeSchoolvakanties, Schoolkalender
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from ..regels.leeftijd import is_schrikkeldag, leeftijd_op, verjaardag
from ..regels.leerplicht import LEERPLICHTIGE_LEEFTIJD, begin_leerplicht_voor
from ..teksten import Taal
from .boom import BOOM, LEEFTIJD, LEERPLICHT_BEGONNEN, Knoop, Uitkomst, Vraag, boom_voor
from .modellen import Casus, Oordeel

_LEEFTIJDSGRENZEN = (ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR)


def lees_casus(casus: Casus | Mapping[str, Any]) -> Casus:
    """A :class:`Casus` from a case or a mapping; a bad mapping raises :class:`Invoerfout`."""
    return lees_model(Casus, casus)


@dataclass(slots=True)
class _Feiten:
    """Reads the facts of one case for the questions, computing derived facts on first use."""

    casus: Casus
    beleid: Beleid
    kalender: Schoolkalender | None
    peildatum: date
    met_geboortedatum: bool = False
    """Whether the pad shows the birth date read (personal data: only when the caller asks)."""
    beleidcodes: list[str] = field(default_factory=list)
    _cache: dict[str, tuple[Feitwaarde, tuple[GelezenFeit, ...]]] = field(default_factory=dict)

    def lees(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        gelezen = self._cache.get(naam)
        if gelezen is None:
            gelezen = self._cache[naam] = self._bepaal(naam, vraag)
        return gelezen

    def _bepaal(self, naam: str, vraag: str) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        if naam == LEERPLICHT_BEGONNEN:
            return self._leerplicht_begonnen()
        if naam == LEEFTIJD and self.casus.leeftijd_eerste_verzuimdag is None:
            return self._berekende_leeftijd()
        waarde: Feitwaarde = getattr(self.casus, naam)
        if waarde is None:
            raise OntbrekendFeit(naam, vraag)
        herkomst = Herkomst.OPGEGEVEN if naam in self.casus.model_fields_set else Herkomst.STANDAARD
        return waarde, (_feit(naam, waarde, herkomst),)

    def _datums(self) -> tuple[date, date] | None:
        geb, eerste = self.casus.geboortedatum, self.casus.eerste_verzuimdag
        return None if geb is None or eerste is None else (geb, eerste)

    def _berekende_leeftijd(self) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        datums = self._datums()
        assert datums is not None  # Casus guarantees the age or both dates
        geb, eerste = datums
        regel = self.beleid.verjaardag_29_februari
        leeftijd = leeftijd_op(geb, eerste, regel)
        if is_schrikkeldag(geb) and leeftijd != leeftijd_op(geb, eerste, _andere(regel)):
            self.beleidcodes.append(f"verjaardag_29_februari:{regel.value}")
        if any(
            eerste.year - geb.year == grens and eerste == verjaardag(geb, grens, regel)
            for grens in _LEEFTIJDSGRENZEN
        ):
            self.beleidcodes.append("verjaardag_zelf")
        nu = leeftijd_op(geb, self.peildatum, regel)
        if any((leeftijd < grens) != (nu < grens) for grens in _LEEFTIJDSGRENZEN):
            self.beleidcodes.append("leeftijd_eerste_verzuimdag")
        return leeftijd, (
            *self._geboortedatum(geb),
            _feit("eerste_verzuimdag", eerste, Herkomst.OPGEGEVEN),
            _feit(LEEFTIJD, leeftijd, Herkomst.BEREKEND, ("geboortedatum", "eerste_verzuimdag")),
        )

    def _geboortedatum(self, geb: date) -> tuple[GelezenFeit, ...]:
        """The birth date as a fact read: left out of the pad unless the caller opted in (AVG)."""
        return (_feit("geboortedatum", geb, Herkomst.OPGEGEVEN),) if self.met_geboortedatum else ()

    def _leerplicht_begonnen(self) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        datums = self._datums()
        if datums is None:
            leeftijd = self.casus.leeftijd_eerste_verzuimdag
            assert leeftijd is not None  # Casus guarantees the age or both dates
            if leeftijd == LEERPLICHTIGE_LEEFTIJD:
                raise Invoerfout.enkel(
                    "leeftijd_eerste_verzuimdag",
                    "leerplicht_onbepaald",
                    "at age 5 leerplicht may not have started yet (Lpw art. 3 lid 1): give "
                    "geboortedatum and eerste_verzuimdag",
                    velden=("leeftijd_eerste_verzuimdag", "geboortedatum", "eerste_verzuimdag"),
                )
            begonnen = leeftijd > LEERPLICHTIGE_LEEFTIJD
            return begonnen, (
                _feit(LEEFTIJD, leeftijd, Herkomst.OPGEGEVEN),
                _feit(LEERPLICHT_BEGONNEN, begonnen, Herkomst.BEREKEND, (LEEFTIJD,)),
            )
        geb, eerste = datums
        regel = self.beleid.verjaardag_29_februari
        kalender = self.kalender or GEEN_KALENDER
        try:
            begin, exact = begin_leerplicht_voor(geb, (eerste,), kalender, regel)
            ander_begin = (
                begin_leerplicht_voor(geb, (eerste,), kalender, _andere(regel))[0]
                if is_schrikkeldag(geb)
                else begin
            )
        except OnbekendeSchoolvakanties:
            raise
        except (ValueError, OverflowError):  # after 31 December 9999: no date can say when
            raise Invoerfout.enkel(
                "geboortedatum",
                "datum_buiten_bereik",
                "leerplicht would start after the last date the library can represent",
            ) from None
        begonnen = eerste >= begin
        if begonnen != (eerste >= ander_begin):
            self.beleidcodes.append(f"verjaardag_29_februari:{regel.value}")
        if self.kalender is None and begin <= eerste and _maanden_tussen(begin, eerste) <= 1:
            self.beleidcodes.append("begin_leerplicht_zonder_kalender")
        if not exact:
            self.beleidcodes.append("begin_leerplicht_vakanties_onbekend")
        bronnen = ("geboortedatum", "eerste_verzuimdag")
        return begonnen, (
            *self._geboortedatum(geb),
            _feit("eerste_verzuimdag", eerste, Herkomst.OPGEGEVEN),
            _feit("begin_leerplicht", begin, Herkomst.BEREKEND, ("geboortedatum",)),
            _feit(LEERPLICHT_BEGONNEN, begonnen, Herkomst.BEREKEND, bronnen),
        )


def _maanden_tussen(van: date, tot: date) -> int:
    """Calendar months from the month of ``van`` to the month of ``tot``."""
    return (tot.year - van.year) * 12 + tot.month - van.month


def _andere(regel: Verjaardag29Februari) -> Verjaardag29Februari:
    return (
        Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI
        if regel is Verjaardag29Februari.EEN_MAART
        else Verjaardag29Februari.EEN_MAART
    )


_M = TypeVar("_M", bound=BaseModel)


def _bouw(model: type[_M], **velden: Any) -> _M:
    """Build a model from values the engine produced itself, without validating them again.

    Equivalent to ``model.model_construct`` for models whose every field is given, at a fraction of
    its cost (the evaluator builds several objects per case). The property test
    ``test_oordeel_is_geldig_volgens_zijn_eigen_model`` checks that such verdicts validate.
    """
    obj = model.__new__(model)
    object.__setattr__(obj, "__dict__", velden)
    object.__setattr__(obj, "__pydantic_fields_set__", set(velden))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


@lru_cache(maxsize=4096)
def _feit(
    naam: str, waarde: Feitwaarde, herkomst: Herkomst, afgeleid_van: tuple[str, ...] = ()
) -> GelezenFeit:
    return _bouw(GelezenFeit, naam=naam, waarde=waarde, herkomst=herkomst, afgeleid_van=afgeleid_van)


@lru_cache(maxsize=256)
def _grondslag(citaten: tuple[Citaat, ...], versie: date) -> tuple[Bron, ...]:
    return tuple(c.bron(versie) for c in citaten)


def evalueer(
    casus: Casus,
    *,
    peildatum: date,
    taal: Taal = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    kalender: Schoolkalender | None = None,
    extra_beleid: tuple[str, ...] = (),
    met_geboortedatum: bool = False,
    boom: Knoop = BOOM,
) -> Oordeel:
    """Walk the tree for ``casus`` judged on ``peildatum``: the pure core of ``beoordeel``.

    The rules are read in the law version in force on ``peildatum`` (dated thresholds included), and
    the verdict's ``regelversie`` names that version. ``boom`` is DUO's keuzehulp unless a test passes
    another tree."""
    versie = wetsversie_op(peildatum)
    feiten = _Feiten(casus, beleid, kalender, peildatum, met_geboortedatum)
    gedeeld = boom is BOOM
    gevonden: list[str] = []
    knoop, stappen = loop(
        boom_voor(beleid) if gedeeld else boom,
        feiten,
        versie,
        lambda vraag, antwoord, gelezen: _stap(vraag, taal, antwoord, gelezen, versie, gedeeld=gedeeld),
        gevonden,
    )
    codes = [*extra_beleid, *(_met_waarde(c, beleid) for c in gevonden)]
    return _bouw(
        Oordeel,
        verzuimsoort=knoop.verzuimsoort,
        meldplicht=knoop.meldplicht,
        pad=tuple(stappen),
        grondslag=_grondslag(knoop.grondslag, versie),
        toelichting=_toelichting(knoop, feiten, taal),
        beleidskeuzes=_beleidskeuzes(codes, taal),
        regelversie=regelversie(versie),
    )


_STAPPEN: dict[tuple[Any, ...], Stap] = {}
_MAX_STAPPEN = 1 << 16


def _stap(
    knoop: Vraag, taal: Taal, antwoord: bool, gelezen: tuple[GelezenFeit, ...], versie: date, *, gedeeld: bool
) -> Stap:
    """One step of a ``pad``, shared by every verdict that took it with the same facts.

    A step is immutable and most cases repeat the steps of others (the same question, answer and
    facts read), so verdicts share them: a kept verdict then holds a handful of objects of its own
    instead of dozens, which is what the cyclic garbage collector walks. The facts are themselves
    shared (:func:`_feit`), so the key holds their identities; the cached step references them, so
    an identity cannot be reused while its entry lives. Bounded: cleared when full. Only the steps
    of DUO's tree are shared (``gedeeld``); another tree's questions may carry the same ids.
    """
    sleutel = (knoop.knoop, taal, antwoord, versie, *map(id, gelezen))  # per place: grounds differ
    stap = _STAPPEN.get(sleutel) if gedeeld else None
    if stap is None:
        if len(_STAPPEN) >= _MAX_STAPPEN:
            _STAPPEN.clear()
        stap = _bouw(
            Stap,
            vraag=knoop.vraag,
            tekst=knoop.tekst_nl if taal is Taal.NL else knoop.tekst_en,
            antwoord=antwoord,
            feiten=gelezen,
            grondslag=_grondslag(knoop.grondslag, versie),
        )
        if gedeeld:
            _STAPPEN[sleutel] = stap
    return stap


def _met_waarde(code: str, beleid: Beleid) -> str:
    """A switchable policy code carries the chosen value (e.g. ``vakantie_28_dagen:False``)."""
    if code == "vakantie_28_dagen":
        return f"{code}:{beleid.vakantiedagen_meetellen}"
    return code


def _beleidskeuzes(codes: list[str], taal: Taal) -> tuple[Beleidskeuze, ...]:
    return tuple(_beleidskeuze(code, taal) for code in dict.fromkeys(codes))


_beleidskeuze = lru_cache(maxsize=256)(beleidskeuze)


PLAATSHOUDERS: tuple[tuple[str, str], ...] = (
    ("leeftijd", LEEFTIJD),
    ("uren", "ongeoorloofde_uren_4_lesweken"),
    ("dagen", "aaneengesloten_dagen_afwezig"),
)
"""The placeholders of the toelichting templates and the facts they read."""


def _toelichting(uitkomst: Uitkomst, feiten: _Feiten, taal: Taal) -> str:
    sjabloon = uitkomst.toelichting_nl if taal is Taal.NL else uitkomst.toelichting_en
    waarden: dict[str, str] = {}
    for sleutel, naam in PLAATSHOUDERS:
        if "{" + sleutel + "}" in sjabloon:
            waarde, _ = feiten.lees(naam, uitkomst.knoop)
            waarden[sleutel] = _getal(waarde, taal)
    return sjabloon.format(**waarden)


def _getal(waarde: Feitwaarde, taal: Taal) -> str:
    if isinstance(waarde, Decimal):
        tekst = format(waarde.normalize(), "f")
        return tekst.replace(".", ",") if taal is Taal.NL else tekst
    return str(waarde)


def volg_pad(pad: tuple[Stap, ...], beleid: Beleid = STANDAARDBELEID) -> Uitkomst:
    """Replay a verdict's ``pad`` through the tree (that of ``beleid``) and return the outcome it
    leads to.

    Raises ``ValueError`` when the steps do not follow the tree (another question id where the tree
    asks, or steps left over after a leaf).
    """
    knoop: Knoop = boom_voor(beleid)
    for stap in pad:
        if not isinstance(knoop, Vraag) or knoop.vraag != stap.vraag:
            raise ValueError(f"step {stap.vraag} does not follow the tree")
        knoop = knoop.ja if stap.antwoord else knoop.nee
    if not isinstance(knoop, Uitkomst):
        raise ValueError("the path stops before an outcome")
    return knoop
