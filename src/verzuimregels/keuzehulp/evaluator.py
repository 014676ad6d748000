"""The one evaluator: walks the keuzehulp tree for a case and writes down every step.

The walk is a pure function of the case, the policy settings, the calendar and the peildatum: no
clock, no I/O. (The public :func:`verzuimregels.beoordeel` supplies today's date when a case gives
no peildatum, and says so in the verdict.)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from ..beleid import STANDAARDBELEID, Beleid, Beleidskeuze, Verjaardag29Februari, beleidskeuze
from ..bronnen import Bron, Citaat, regelversie, wetsversie_op
from ..engine.trace import Feitwaarde, GelezenFeit, Herkomst, Stap
from ..engine.tree import loop
from ..fouten import Invoerfout, OntbrekendFeit, bewaakt, lees_model
from ..kalender import GEEN_KALENDER, OnbekendeSchoolvakanties, Schoolkalender
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from ..regels.leeftijd import is_schrikkeldag, leeftijd_op, verjaardag
from ..regels.leerplicht import (
    LEERPLICHTIGE_LEEFTIJD,
    begin_leerplicht_voor,
    eerste_dag_maand_na_vijfde_verjaardag,
)
from ..teksten import Taal
from .boom import (
    BOOM,
    BOOM_STROOMSCHEMA,
    LEEFTIJD,
    LEERPLICHT_BEGONNEN,
    Knoop,
    Toets,
    Uitkomst,
    Vraag,
    boom_voor,
    paden,
    uitkomsten,
)
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
        geboren, eerste = self.casus.geboortedatum, self.casus.eerste_verzuimdag
        return None if geboren is None or eerste is None else (geboren, eerste)

    def _berekende_leeftijd(self) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        datums = self._datums()
        assert datums is not None  # Casus guarantees the age or both dates
        geboren, eerste = datums
        regel = self.beleid.verjaardag_29_februari
        leeftijd, codes = _leeftijd_uit_datums(geboren, eerste, self.peildatum, regel)
        self.beleidcodes.extend(codes)
        return leeftijd, _gelezen_leeftijd(geboren if self.met_geboortedatum else None, eerste, leeftijd)

    def _leerplicht_begonnen(self) -> tuple[Feitwaarde, tuple[GelezenFeit, ...]]:
        datums = self._datums()
        if datums is None:
            leeftijd = self.casus.leeftijd_eerste_verzuimdag
            assert leeftijd is not None  # Casus guarantees the age or both dates
            begonnen = _begonnen_op_leeftijd(leeftijd)
            return begonnen, (
                _feit(LEEFTIJD, leeftijd, Herkomst.OPGEGEVEN),
                _feit(LEERPLICHT_BEGONNEN, begonnen, Herkomst.BEREKEND, (LEEFTIJD,)),
            )
        geboren, eerste = datums
        begonnen, begin, codes = _leerplicht_uit_datums(
            geboren, eerste, self.kalender, self.beleid.verjaardag_29_februari
        )
        self.beleidcodes.extend(codes)
        return begonnen, _gelezen_leerplicht(
            geboren if self.met_geboortedatum else None, eerste, begin, begonnen
        )


# --- the facts derived from the dates: one place, read by the walk and by the shared verdicts ------


def _leeftijd_uit_datums(
    geboren: date, eerste: date, peildatum: date, regel: Verjaardag29Februari
) -> tuple[int, tuple[str, ...]]:
    """The age on the first verzuimdag, and the policy codes it involves: the 29 February rule when
    the other rule gives another age, the birthday itself at 18 or 23, and an age on the peildatum on
    the other side of 18 or 23."""
    leeftijd = leeftijd_op(geboren, eerste, regel)
    codes: tuple[str, ...] = ()
    if is_schrikkeldag(geboren) and leeftijd != leeftijd_op(geboren, eerste, _andere(regel)):
        codes += (f"verjaardag_29_februari:{regel.value}",)
    jaren = eerste.year - geboren.year
    if jaren in _LEEFTIJDSGRENZEN and eerste == verjaardag(geboren, jaren, regel):
        codes += ("verjaardag_zelf",)
    nu = leeftijd_op(geboren, peildatum, regel)
    if nu != leeftijd and any((leeftijd < grens) != (nu < grens) for grens in _LEEFTIJDSGRENZEN):
        codes += ("leeftijd_eerste_verzuimdag",)
    return leeftijd, codes


def _feiten_leeftijd(geboren: date | None, eerste: date, leeftijd: int) -> tuple[GelezenFeit, ...]:
    """The facts the computed age shows; the birth date only when given (``met_geboortedatum``)."""
    feiten = (_getoond("eerste_verzuimdag", eerste), _getoond(LEEFTIJD, leeftijd))
    return feiten if geboren is None else (_getoond("geboortedatum", geboren), *feiten)


def _gelezen_leeftijd(geboren: date | None, eerste: date, leeftijd: int) -> tuple[GelezenFeit, ...]:
    """:func:`_feiten_leeftijd`, one tuple per value (the walk shares its steps by the tuple's id)."""
    sleutel = (LEEFTIJD, geboren, eerste, leeftijd)
    gelezen = _GELEZEN.get(sleutel)
    if gelezen is None:
        gelezen = _gelezen(sleutel, *_feiten_leeftijd(geboren, eerste, leeftijd))
    return gelezen


def _leerplicht_uit_datums(
    geboren: date, eerste: date, kalender: Schoolkalender | None, regel: Verjaardag29Februari
) -> tuple[bool, date, tuple[str, ...]]:
    """Whether leerplicht had begun on the first verzuimdag (art. 3 lid 1), the start computed, and
    the policy codes involved: the 29 February rule when the other rule decides otherwise, no school
    calendar close to the start, the start taken without the holidays of its month."""
    try:
        begin, exact = _begin_leerplicht(geboren, eerste, kalender or GEEN_KALENDER, regel)
        ander_begin = (
            begin_leerplicht_voor(geboren, (eerste,), kalender or GEEN_KALENDER, _andere(regel))[0]
            if is_schrikkeldag(geboren)
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
    codes: tuple[str, ...] = ()
    if begonnen != (eerste >= ander_begin):
        codes += (f"verjaardag_29_februari:{regel.value}",)
    if kalender is None and begin <= eerste and _maanden_tussen(begin, eerste) <= 1:
        codes += ("begin_leerplicht_zonder_kalender",)
    if not exact:
        codes += ("begin_leerplicht_vakanties_onbekend",)
    return begonnen, begin, codes


def _feiten_leerplicht(
    geboren: date | None, eerste: date, begin: date, begonnen: bool
) -> tuple[GelezenFeit, ...]:
    """The facts the start of leerplicht shows; the birth date only when given (``met_geboortedatum``)."""
    feiten = (
        _getoond("eerste_verzuimdag", eerste),
        _getoond("begin_leerplicht", begin),
        _getoond(LEERPLICHT_BEGONNEN, begonnen),
    )
    return feiten if geboren is None else (_getoond("geboortedatum", geboren), *feiten)


def _gelezen_leerplicht(
    geboren: date | None, eerste: date, begin: date, begonnen: bool
) -> tuple[GelezenFeit, ...]:
    """:func:`_feiten_leerplicht`, one tuple per value (the walk shares its steps by the tuple's id)."""
    sleutel = (LEERPLICHT_BEGONNEN, geboren, eerste, begin)
    gelezen = _GELEZEN.get(sleutel)
    if gelezen is None:
        gelezen = _gelezen(sleutel, *_feiten_leerplicht(geboren, eerste, begin, begonnen))
    return gelezen


_TOON: dict[str, tuple[Herkomst, tuple[str, ...]]] = {
    "geboortedatum": (Herkomst.OPGEGEVEN, ()),  # shown only when the caller opted in (AVG)
    "eerste_verzuimdag": (Herkomst.OPGEGEVEN, ()),
    "begin_leerplicht": (Herkomst.BEREKEND, ("geboortedatum",)),
    LEERPLICHT_BEGONNEN: (Herkomst.BEREKEND, ("geboortedatum", "eerste_verzuimdag")),
    LEEFTIJD: (Herkomst.BEREKEND, ("geboortedatum", "eerste_verzuimdag")),
}
"""The facts a step shows for the dates of a case, each always with the same herkomst and the same
facts it was computed from: the herkomst and ``afgeleid_van`` of each."""

_GETOOND: dict[tuple[str, object], GelezenFeit] = {}


def _getoond(naam: str, waarde: date | int | bool) -> GelezenFeit:
    """:func:`_feit` for a fact of :data:`_TOON`, looked up by its name and value alone (each name
    has one type of value: a date, the age, or whether leerplicht had begun, so ``True`` never
    meets ``1``). The same objects as :func:`_feit`'s."""
    sleutel = (naam, waarde)
    feit = _GETOOND.get(sleutel)
    if feit is None:
        if len(_GETOOND) >= _MAX_FEITEN:
            _GETOOND.clear()
        herkomst, afgeleid_van = _TOON[naam]
        feit = _GETOOND[sleutel] = _feit(naam, waarde, herkomst, afgeleid_van)
    return feit


_BEGIN: dict[tuple[object, ...], date] = {}


def _begin_leerplicht(
    geboren: date, eerste: date, kalender: Schoolkalender, regel: Verjaardag29Februari
) -> tuple[date, bool]:
    """:func:`begin_leerplicht_voor` of one day, the exact start kept per month and calendar (it is the
    first school day of the month after the fifth birthday, whoever is born in that month).

    Keyed on the birth month: the fifth birthday of anyone not born on 29 February falls in the month
    of birth (:func:`~verzuimregels.regels.leeftijd.verjaardag`), so the month after it is the same for
    the whole month (``test_begin_leerplicht_per_geboortemaand``); a 29 February birth is keyed on the
    month the rule computes."""
    nummer = -1 if kalender is GEEN_KALENDER else _nummer(kalender)  # no calendar: no look-up
    sleutel: tuple[object, ...] = (  # flat (a nested tuple is hashed again each time); the rule's value:
        (eerste_dag_maand_na_vijfde_verjaardag(geboren, regel), None, nummer, regel._value_)
        if is_schrikkeldag(geboren)  # a date is never a year, so the two forms never meet
        else (geboren.year, geboren.month, nummer, regel._value_)  # an enum hashes in Python
    )
    begin = _BEGIN.get(sleutel)
    if begin is not None:
        return begin, True
    begin, exact = begin_leerplicht_voor(geboren, (eerste,), kalender, regel)
    if exact:
        if len(_BEGIN) >= _MAX_FEITEN:
            _BEGIN.clear()
        _BEGIN[sleutel] = begin
    return begin, exact


def _begonnen_op_leeftijd(leeftijd: int) -> bool:
    """Whether leerplicht had begun at a given age (no dates): from 6 it has; at 5 no one can say."""
    if leeftijd == LEERPLICHTIGE_LEEFTIJD:
        raise Invoerfout.enkel(
            "leeftijd_eerste_verzuimdag",
            "leerplicht_onbepaald",
            "at age 5 leerplicht may not have started yet (Lpw art. 3 lid 1): give "
            "geboortedatum and eerste_verzuimdag",
            velden=("leeftijd_eerste_verzuimdag", "geboortedatum", "eerste_verzuimdag"),
        )
    return leeftijd > LEERPLICHTIGE_LEEFTIJD


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
    return _nieuw(model, velden)


def _nieuw(model: type[_M], velden: dict[str, Any]) -> _M:
    """:func:`_bouw` with the fields as a dict of the caller's own, which becomes the object's
    ``__dict__`` (no copy: the caller hands it over)."""
    obj = _object_nieuw(model)
    _zet_dict(obj, velden)
    alle = _ALLE_VELDEN.get(model) or _alle_velden(model)
    _zet_velden_gezet(obj, alle if len(velden) == len(alle) else set(velden))
    _zet_extra(obj, None)
    _zet_privaat(obj, None)
    return obj


# BaseModel's own slots, set through their descriptors: ``object.__setattr__`` looks each name up
# through the class's MRO first (half the cost of building a step).
_object_nieuw = object.__new__
_zet_dict = BaseModel.__dict__["__dict__"].__set__
_zet_velden_gezet = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_zet_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_zet_privaat = BaseModel.__dict__["__pydantic_private__"].__set__

_ALLE_VELDEN: dict[type[BaseModel], set[str]] = {}


def _alle_velden(model: type[BaseModel]) -> set[str]:
    """One set of every field name per model, shared by the objects :func:`_bouw` builds with every
    field given (the models are frozen, so nothing adds to it): one object less per step and
    verdict for the garbage collector. ``model_copy`` copies it before an update. Made on first use
    (:func:`_nieuw` looks it up in :data:`_ALLE_VELDEN` first)."""
    velden = _ALLE_VELDEN[model] = set(model.model_fields)
    return velden


_FEITEN: dict[tuple[Any, ...], GelezenFeit] = {}
_MAX_FEITEN = 1 << 14


def _feit(
    naam: str, waarde: Feitwaarde, herkomst: Herkomst, afgeleid_van: tuple[str, ...] = ()
) -> GelezenFeit:
    """A fact read, shared by every verdict that read the same fact with the same value.

    Keyed on the value as written, not on equality: ``Decimal("16")`` and ``Decimal("16.00")`` are
    equal but their reprs differ (``test_regressie_gedeeld_feit_per_schrijfwijze``). Bounded: cleared
    when full.
    """
    soort = type(waarde)  # True is not 1 and a decimal is keyed as written: 16 is not 16.00
    sleutel = (naam, soort, str(waarde) if soort is Decimal else waarde, herkomst._value_, afgeleid_van)
    feit = _FEITEN.get(sleutel)
    if feit is None:
        if len(_FEITEN) >= _MAX_FEITEN:
            _FEITEN.clear()
        feit = _FEITEN[sleutel] = _bouw(
            GelezenFeit, naam=naam, waarde=waarde, herkomst=herkomst, afgeleid_van=afgeleid_van
        )
    return feit


_GELEZEN: dict[tuple[Any, ...], tuple[GelezenFeit, ...]] = {}
"""The facts a computed fact shows (the first verzuimdag, the start of leerplicht, the age), shared per
value: one tuple for every case with the same dates, so that steps share by its identity too."""


def _gelezen(sleutel: tuple[Any, ...], *feiten: GelezenFeit) -> tuple[GelezenFeit, ...]:
    if len(_GELEZEN) >= _MAX_FEITEN:
        _GELEZEN.clear()
    _GELEZEN[sleutel] = feiten
    return feiten


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
    if boom is BOOM:
        return _gedeeld(casus, peildatum, versie, taal, beleid, kalender, extra_beleid, met_geboortedatum)
    return _loop(casus, peildatum, versie, taal, beleid, kalender, extra_beleid, met_geboortedatum, boom)


def _loop(
    casus: Casus,
    peildatum: date,
    versie: date,
    taal: Taal,
    beleid: Beleid,
    kalender: Schoolkalender | None,
    extra_beleid: tuple[str, ...],
    met_geboortedatum: bool,
    boom: Knoop,
) -> Oordeel:
    """The walk itself, step by step: the reference the shared verdicts of :func:`_gedeeld` are
    checked against (``test_gedeelde_oordelen_gelijk_aan_de_wandeling``)."""
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


# --- shared verdicts ---------------------------------------------------------------------------
#
# A verdict is a function of the facts its walk reads (and of the language, the policy, the calendar,
# the law version and the policy notes given): cases that read the same facts with the same values get
# the same verdict. :func:`_gedeeld` walks the tree reading only the facts' values, and looks the verdict
# up by what it read; the first case with that key gets its verdict from :func:`_loop`, later cases
# share it (a verdict is immutable). A kept verdict then costs the cyclic garbage collector nothing of
# its own. Where a step shows facts of this case alone (the first verzuimdag and the start of
# leerplicht computed from the dates), the shared verdict is a template: those steps (``gaten``) are
# built for each case, the rest is shared.


@dataclass(frozen=True, slots=True)
class _Sjabloon:
    oordeel: Oordeel
    gaten: tuple[tuple[int, int, str, dict[str, Any]], ...]
    """Steps of this case alone: position in the pad, the kind of step (:func:`_stapsoort`), the
    computed fact it read, and the template's step as a dict of its fields (the case's own step is
    that dict with its own ``feiten``)."""
    boom: Vraag
    """The tree walked (its ``id`` is part of the key)."""


_Trieknoop = tuple[Any, int, Any, Any, dict[Any, Any], Any, int]
"""A question on the way to the shared verdicts (:func:`_gedeeld`): the fact; how it is read (0 from
the case, 1 leerplicht begun from the age given, 2 leerplicht from the dates, 3 the age from the dates,
4 a leaf: the computed facts it reads itself); the test (0 true, 1 false, 2 at least the threshold,
or for a leaf the facts it reads); the threshold; the next node by what was read; the question
(:data:`_Gecompileerd`, or the leaf); its place in the pad."""


@dataclass(slots=True)
class _Verdelers:
    """Per key prefix (language, law version, policy, calendar, notes, which facts the case gives,
    the tree) the first question, as a tree of what the cases read: each node maps the value read (or
    for a fact computed from the dates, its policy codes and answer) to the next node, and the last to
    the :class:`_Sjabloon` of every case that read the same. One dict look-up per question, no key
    built and hashed whole."""

    wortels: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    knopen: int = 0
    """Nodes in the trees (roots, templates and the marks of what is not shared included): bounded by
    :data:`_MAX_KNOPEN`, all cleared when full."""

    def tel(self) -> None:
        """Count a node about to be made; clear every tree first when they are full."""
        if self.knopen >= _MAX_KNOPEN:
            self.wortels.clear()
            self.knopen = 0
        self.knopen += 1


_VERDELERS = _Verdelers()
_MAX_KNOPEN = 1 << 16

_NUMMERS: dict[int, tuple[object, int]] = {}
"""``id`` of a policy or calendar object -> (the object, a number per distinct value): a key part as
cheap as an identity that still treats equal objects as equal. Holds the object, so its id stays its own."""
_WAARDEN: dict[object, int] = {}
_MAX_NUMMERS = 256
_TELLER = itertools.count()
"""Numbers are never given twice: a key that holds a number always meant the same value."""


def _nummer(obj: object) -> int:
    bekend = _NUMMERS.get(id(obj))
    if bekend is not None and bekend[0] is obj:
        return bekend[1]
    if len(_NUMMERS) >= _MAX_NUMMERS:
        _NUMMERS.clear()
    if len(_WAARDEN) >= _MAX_NUMMERS:
        _WAARDEN.clear()
    nummer = _WAARDEN.get(obj)
    if nummer is None:
        nummer = _WAARDEN[obj] = next(_TELLER)
    _NUMMERS[id(obj)] = (obj, nummer)
    return nummer


def _leest_op_elk_pad(boom: Vraag) -> frozenset[int]:
    """The leaves whose own reads (toelichting placeholders, ``beleid_als``) are read on every path
    to them, by ``id`` (the trees are module constants): only their verdicts are shared (a fact read
    at the leaf alone would be missing from the key)."""
    zeker: dict[int, bool] = {}
    for pad in paden(boom):
        blad = pad.uitkomst
        op_pad = {vraag.voorwaarde.feit for vraag, _ in pad.stappen}
        zeker[id(blad)] = zeker.get(id(blad), True) and _leest(blad) <= op_pad
    return frozenset(id(blad) for blad in uitkomsten(boom) if zeker[id(blad)])


def _leest(blad: Uitkomst) -> frozenset[str]:
    """The facts a leaf reads itself: its toelichting's placeholders and its ``beleid_als``."""
    leest = {naam for sleutel, naam in PLAATSHOUDERS if "{" + sleutel + "}" in blad.toelichting_nl}
    leest |= {naam for sleutel, naam in PLAATSHOUDERS if "{" + sleutel + "}" in blad.toelichting_en}
    leest |= {v.feit for _, v in blad.beleid_als}
    return frozenset(leest)


_Gecompileerd = tuple[str, int, int, Any, Any, Any, Vraag]
"""A question for the walk of :func:`_gedeeld`: the fact, where it comes from (0 the case, 1 the start
of leerplicht, 2 the age), the test (0 true, 1 false, 2 at least the threshold), the threshold in the
law version, 'ja', 'nee', and the question itself."""

_GECOMPILEERD: dict[tuple[int, date], _Gecompileerd | Uitkomst | None] = {}
_TOETSEN = {Toets.WAAR: 0, Toets.ONWAAR: 1, Toets.MINSTENS: 2}


def _compileer(knoop: Knoop, versie: date) -> _Gecompileerd | Uitkomst | None:
    """The tree as nested tuples, thresholds resolved in the law version ``versie``; ``None`` for a
    question :func:`_gedeeld` does not model (another comparison, a second fact, a step left out of the
    pad, policy codes on a condition): a walk that reaches it is the walk's alone."""
    sleutel = (id(knoop), versie)
    if sleutel in _GECOMPILEERD:
        return _GECOMPILEERD[sleutel]
    if isinstance(knoop, Uitkomst):
        return knoop
    v = knoop.voorwaarde
    bron = {LEERPLICHT_BEGONNEN: 1, LEEFTIJD: 2}.get(v.feit, 0)
    toets = _TOETSEN.get(v.toets)
    klaar: _Gecompileerd | None = None
    if toets is not None and v.ander_feit is None and knoop.in_pad and not knoop.beleid_als:
        drempel = v.drempel_op(versie) if toets == 2 else None
        ja, nee = _compileer(knoop.ja, versie), _compileer(knoop.nee, versie)
        klaar = (v.feit, bron, toets, drempel, ja, nee, knoop)
    _GECOMPILEERD[sleutel] = klaar
    return klaar


def _gedeeld(
    casus: Casus,
    peildatum: date,
    versie: date,
    taal: Taal,
    beleid: Beleid,
    kalender: Schoolkalender | None,
    extra_beleid: tuple[str, ...],
    met_geboortedatum: bool,
) -> Oordeel:
    """The verdict of :func:`_loop`, shared with every earlier case that read the same facts."""
    waarden = casus.__dict__
    gezet = casus.__pydantic_fields_set__
    geboren: date | None = waarden["geboortedatum"]
    leeftijd = waarden[LEEFTIJD]
    boom = boom_voor(beleid)
    voorvoegsel = (
        taal._value_,  # not the member: an enum's hash is a Python call
        versie,
        _nummer(beleid),
        -1 if kalender is None else _nummer(kalender),
        extra_beleid,
        met_geboortedatum,
        geboren is not None,
        leeftijd is None,
        id(boom),  # the template holds the tree: the id stays its own
    )
    knoop = _VERDELERS.wortels.get(voorvoegsel)
    if knoop is None:
        _VERDELERS.tel()
        knoop = _VERDELERS.wortels[voorvoegsel] = _trieknoop(
            _compileer(boom, versie), geboren is not None, leeftijd is not None, 0
        )
    eigen: dict[str, tuple[Any, date | None]] = {}  # a fact computed from the dates: value, start
    gaten: list[_Trieknoop] = []  # the questions that showed such a fact
    vorige: dict[Any, Any] = {}
    deel: Any = None
    while type(knoop) is tuple:
        naam, soort, toets, drempel, kinderen, vraag, diepte = knoop
        waarde: Any = None
        if soort == 0:
            waarde = waarden[naam]
            deel = str(waarde) if type(waarde) is Decimal else waarde  # 16 is not 16.00
            if naam not in gezet:  # the default: its herkomst differs
                deel = (deel,)
        elif soort == 1:  # from the age given: the step is the same for every case
            deel = leeftijd
        elif soort == 4:  # a leaf: the computed facts it reads itself (e.g. the age in its text)
            deel = tuple([eigen[n][0] if n in toets else None for n in eigen])
        else:  # a fact computed from the dates: the steps that show it are this case's own
            bekend = eigen.get(naam)
            if bekend is None:
                eerste: date = waarden["eerste_verzuimdag"]
                regel = beleid.verjaardag_29_februari
                try:
                    assert geboren is not None  # Casus guarantees the age or both dates
                    if soort == 2:
                        waarde, begin, codes = _leerplicht_uit_datums(geboren, eerste, kalender, regel)
                        eigen[naam] = (waarde, begin)
                    else:
                        waarde, codes = _leeftijd_uit_datums(geboren, eerste, peildatum, regel)
                        eigen[naam] = (waarde, None)
                except Exception:  # the walk raises it, with the same message
                    return _loop(
                        casus,
                        peildatum,
                        versie,
                        taal,
                        beleid,
                        kalender,
                        extra_beleid,
                        met_geboortedatum,
                        boom,
                    )
                # Keyed on the answer, not the value: the steps that show the value are this case's
                # own (``gaten``), and a leaf that reads the value itself adds it (soort 4).
                deel = (codes, _antwoord(toets, waarde, drempel))
            else:  # read again: the walk reads it from its own cache, no codes a second time
                deel = _antwoord(toets, bekend[0], drempel)
            gaten.append(knoop)
        vorige = kinderen
        knoop = kinderen.get(deel)
        if knoop is None:
            knoop = kinderen[deel] = _groei(
                vraag, soort, deel, waarde, leeftijd, geboren is not None, leeftijd is not None, diepte
            )
    if knoop is _NIET:  # not shared: the walk, which also raises what the shared path cannot judge
        return _loop(casus, peildatum, versie, taal, beleid, kalender, extra_beleid, met_geboortedatum, boom)
    if knoop is _NOG:  # the first case that read these facts: its verdict is the template
        oordeel = _loop(
            casus, peildatum, versie, taal, beleid, kalender, extra_beleid, met_geboortedatum, boom
        )
        vorige[deel] = _Sjabloon(
            oordeel,
            tuple(
                (
                    plek,
                    _stapsoort(v[6].knoop, taal, oordeel.pad[plek].antwoord, versie),
                    naam,
                    oordeel.pad[plek].__dict__,
                )
                for naam, _, _, _, _, v, plek in gaten
            ),
            boom,
        )
        return oordeel
    sjabloon: _Sjabloon = knoop
    if not sjabloon.gaten:
        return sjabloon.oordeel
    gedeeld = sjabloon.oordeel
    pad = list(gedeeld.pad)
    eerste = waarden["eerste_verzuimdag"]
    zelf = geboren if met_geboortedatum else None
    getoond: dict[str, tuple[GelezenFeit, ...]] = {}  # S3 and Q3 show the same facts
    for plek, soort, feit, stapvelden in sjabloon.gaten:
        waarde, vanaf = eigen[feit]
        stap_sleutel = (soort, zelf, eerste, waarde, vanaf)
        eigen_stap = _EIGEN_STAPPEN.get(stap_sleutel)
        if eigen_stap is None:  # the template's step with this case's facts
            feiten = getoond.get(feit)
            if feiten is None:
                feiten = getoond[feit] = (
                    _feiten_leerplicht(zelf, eerste, vanaf, waarde)
                    if vanaf is not None
                    else _feiten_leeftijd(zelf, eerste, waarde)
                )
            velden = dict(stapvelden)
            velden["feiten"] = feiten
            eigen_stap = _nieuw(Stap, velden)
            if len(_EIGEN_STAPPEN) >= _MAX_STAPPEN:
                _EIGEN_STAPPEN.clear()
            _EIGEN_STAPPEN[stap_sleutel] = eigen_stap
        pad[plek] = eigen_stap
    oordeelvelden = dict(gedeeld.__dict__)
    oordeelvelden["pad"] = tuple(pad)
    return _nieuw(Oordeel, oordeelvelden)


def _antwoord(toets: int, waarde: Any, drempel: Any) -> bool:
    return waarde is True if toets == 0 else waarde is False if toets == 1 else bool(waarde >= drempel)


def _trieknoop(
    gecompileerd: _Gecompileerd | Uitkomst | None, datums: bool, leeftijd_gegeven: bool, diepte: int
) -> Any:
    """The node of :func:`_gedeeld`'s trees for a question or leaf of the compiled tree: a
    :data:`_Trieknoop`; for a leaf without computed facts, :data:`_NOG` (the template is still to be
    built); :data:`_NIET` for what is not shared (a question :func:`_compileer` does not model, a
    leaf that reads a fact its path did not)."""
    if gecompileerd is None:
        return _NIET
    if isinstance(gecompileerd, Uitkomst):
        if id(gecompileerd) not in _GEDEELDE_BLADEREN:
            return _NIET
        if not datums:  # no computed facts: the template is the verdict
            return _NOG
        return (None, 4, _BLADLEZINGEN[id(gecompileerd)], None, {}, gecompileerd, diepte)
    naam, bron, toets, drempel, _, _, _ = gecompileerd
    if bron == 0 or (bron == 2 and leeftijd_gegeven):
        soort = 0
    elif bron == 1:
        soort = 2 if datums else 1
    else:
        soort = 3
    return (naam, soort, toets, drempel, {}, gecompileerd, diepte)


def _groei(
    knoop: Any,
    soort: int,
    deel: Any,
    waarde: Any,
    leeftijd: int | None,
    datums: bool,
    leeftijd_gegeven: bool,
    diepte: int,
) -> Any:
    """The next node of :func:`_gedeeld`'s tree after ``knoop`` (at ``diepte`` in the pad) for what a
    case read there (``deel``), made the first time a case reads it. Bounded: the trees are cleared
    when full (the node made then hangs in a cleared tree: that case is judged, nothing shared)."""
    _VERDELERS.tel()
    if soort == 4:  # after a leaf's own reads: its template, still to be built
        return _NOG
    _, _, toets, drempel, ja, nee, _ = knoop
    if soort == 0:
        if waarde is None:  # the walk raises OntbrekendFeit
            return _NIET
        antwoord = _antwoord(toets, waarde, drempel)
    elif soort == 1:
        assert leeftijd is not None
        try:
            antwoord = _antwoord(toets, _begonnen_op_leeftijd(leeftijd), drempel)
        except Invoerfout:  # at 5: the walk raises it
            return _NIET
    else:
        antwoord = deel[1] if type(deel) is tuple else deel
    return _trieknoop(ja if antwoord else nee, datums, leeftijd_gegeven, diepte + 1)


_NIET = object()
"""Not shared: the walk judges the case (:func:`_loop`)."""
_NOG = object()
"""A template still to be built: the first case that reaches it gets the walk's verdict."""

_EIGEN_STAPPEN: dict[tuple[Any, ...], Stap] = {}
"""The steps that show a case's own dates, keyed by the kind of step (:func:`_stapsoort`) and the
values they show: one look-up per step."""

_STAPSOORTEN: dict[tuple[str, str, bool, date], int] = {}


def _stapsoort(knoop: str, taal: Taal, antwoord: bool, versie: date) -> int:
    """A number per question, language, answer and law version: the part of a step's key that a
    template fixes, numbered once so that each case hashes a short key. Numbers are never given twice
    (:data:`_TELLER`), so a cleared table only costs new numbers, never a wrong step."""
    sleutel = (knoop, taal._value_, antwoord, versie)
    nummer = _STAPSOORTEN.get(sleutel)
    if nummer is None:
        if len(_STAPSOORTEN) >= _MAX_NUMMERS:
            _STAPSOORTEN.clear()
        nummer = _STAPSOORTEN[sleutel] = next(_TELLER)
    return nummer


_STAPPEN: dict[tuple[Any, ...], Stap] = {}
_MAX_STAPPEN = 1 << 16


def leeg_caches() -> None:
    """Forget every shared verdict, step and fact (tests: the next case is built as in a fresh process)."""
    for cache in (_STAPPEN, _EIGEN_STAPPEN, _STAPSOORTEN, _FEITEN, _GETOOND, _GELEZEN, _BEGIN):
        cache.clear()
    _VERDELERS.wortels.clear()
    _VERDELERS.knopen = 0


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
    sleutel = (knoop.knoop, taal._value_, antwoord, versie, *map(id, gelezen))  # per place: grounds differ
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


_HONDERDSTE = Decimal("0.01")


def _getal(waarde: Feitwaarde, taal: Taal) -> str:
    """A fact's number in a toelichting: a decimal (the hours) with at most two decimals and no
    trailing zeros, a decimal comma in Dutch (``2,33``, ``16,5``, ``16``). Rounded toward zero, so that
    a number below a threshold never reads as the threshold ("15,99 uur ..., minder dan 16", not
    "16 uur"). For reading only: the verdict's ``pad`` keeps the exact value."""
    if isinstance(waarde, Decimal):
        tekst = format(waarde.quantize(_HONDERDSTE, rounding=ROUND_DOWN).normalize(), "f")
        return tekst.replace(".", ",") if taal is Taal.NL else tekst
    return str(waarde)


_GEDEELDE_BLADEREN = _leest_op_elk_pad(BOOM) | _leest_op_elk_pad(BOOM_STROOMSCHEMA)
_BLADLEZINGEN = {id(blad): _leest(blad) for boom in (BOOM, BOOM_STROOMSCHEMA) for blad in uitkomsten(boom)}
"""``id`` of a leaf of DUO's trees -> the facts it reads itself (:func:`_leest`)."""


@bewaakt
def volg_pad(pad: Iterable[Stap | Mapping[str, Any]], beleid: Beleid = STANDAARDBELEID) -> Uitkomst:
    """Replay a verdict's ``pad`` through the tree (that of ``beleid``) and return the outcome it
    leads to. A step is a :class:`~verzuimregels.engine.trace.Stap` or its JSON (a verdict read back).

    Raises :class:`~verzuimregels.fouten.Invoerfout` (a ``ValueError``): ``pad_geen_lijst`` when
    ``pad`` is not a sequence of steps, a step's field error when a step is not a ``Stap``,
    ``pad_volgt_boom_niet`` when the steps do not follow the tree (another question id where the tree
    asks, or steps left over after a leaf), ``pad_onvolledig`` when it stops before an outcome. A step
    is named by its position, never by its text.
    """
    if isinstance(pad, str | bytes | Mapping) or not isinstance(pad, Iterable):
        raise Invoerfout.enkel("pad", "pad_geen_lijst", "pad expects a list of steps")
    knoop: Knoop = boom_voor(beleid)
    for positie, waarde in enumerate(pad, start=1):
        stap = lees_model(Stap, waarde, f"pad.{positie}")
        if not isinstance(knoop, Vraag) or knoop.vraag != stap.vraag:
            raise Invoerfout.enkel(
                f"pad.{positie}", "pad_volgt_boom_niet", f"step {positie} does not follow the tree"
            )
        knoop = knoop.ja if stap.antwoord else knoop.nee
    if not isinstance(knoop, Uitkomst):
        raise Invoerfout.enkel("pad", "pad_onvolledig", "the path stops before an outcome")
    return knoop
