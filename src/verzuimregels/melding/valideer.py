"""Validate verzuimmeldingen before they go to DUO: one melding, or a stream of them.

The checks are small functions (:data:`Controle`) that read one melding, as read and normalised
(:class:`Gelezen`), and a :class:`Context` (peildatum, language, policy), and yield findings. The
built-in checks (:data:`CONTROLES`) need nothing but the melding, the peildatum and, across a batch,
the earlier meldingen for the same pupil. Checks against the facts (a pupil's attendance records
and leerplicht status: too early, wrong verzuimsoort, a missed melding) plug in the same way: a
caller passes ``extra_controles`` that read ``Context.feiten``, the record-analysis lookup.

Every rule cites its source in :mod:`verzuimregels.melding.bevindingen`; the rules on the melding's
fields come from docs/valideren.md, the counting rules from docs/wetsversies.md.

Rules are pure: the peildatum (the day of submission) is an argument; without one, the checks that
need it (a date in the future, the 5-werkdagen deadline) are skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from pydantic import ValidationError
from stdnum.nl import brin as stdnum_brin
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import onderwijsnummer as stdnum_onderwijsnummer

from ..beleid import STANDAARDBELEID, Beleid
from ..bronnen import WETSVERSIES, regelversie, wetsversie_op
from ..fouten import Invoerfout, bewaakt, is_persoonsnummer, valideer_model
from ..foutteksten import Tekst
from ..kalender import werkdagen_na
from ..keuzehulp.modellen import Verzuimsoort
from ..regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from ..regels.leeftijd import leeftijd_op
from ..regels.leerplicht import LEERPLICHTIGE_LEEFTIJD
from ..regels.meldplicht import MELDTERMIJN_WERKDAGEN, VERVOLG_DAGEN, VIER_WEKEN_IN_DAGEN
from ..teksten import Taal
from .bevindingen import Bevinding, Ernst, bevinding
from .codes import MELDBARE_SOORTEN, GelezenSoort, lees_verzuimsoort, loketcode_voor
from .modellen import Dag, Leerlingrapport, Melding, Periode, Rijrapport, Samenvatting, Status

MAX_LENGTE: dict[str, int] = {
    "vermoedelijke_reden": 200,
    "toelichting": 100,
    "contactpersoon_naam": 100,
    "contactpersoon_email": 100,
    "contactpersoon_functie": 60,
}
"""Field limits of the verzuimloket (docs/valideren.md)."""

MAX_SLEUTEL = 100
"""A longer ``sleutel`` is not echoed in the report (``veld_te_lang``): a key, not a text."""

VERPLICHT: tuple[str, ...] = (
    "brin",
    "vestiging",
    "woongemeente",
    "verzuimsoort",
    "begindatum",
    "vermoedelijke_reden",
    "contactpersoon_naam",
    "contactpersoon_email",
)
"""Fields every melding needs (docs/valideren.md); the pupil's BSN or onderwijsnummer is checked apart."""

MET_EINDDATUM: frozenset[Verzuimsoort] = frozenset(
    {Verzuimsoort.ZESTIEN_UUR, Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimsoort.RMC}
)
"""16-uur, LRV and RMC meldingen need an einddatum (DUO; docs/wetsversies.md)."""

EMAIL = re.compile(
    r"(?=.{1,100}\Z)"
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
"""A pragmatic e-mail syntax: RFC 5322 dot-atom local part, DNS host names, a top-level domain of
letters (punycode ``xn--`` labels allowed before it). No quoted local parts, no IP literals, no
Unicode (an address the verzuimloket would send mail to). Not a new dependency: DUO only needs an
address a leerplichtambtenaar can write to, and no syntax check proves an address exists."""

_TELEFOON_TEKENS = re.compile(r"[\s().-]")
_ZIEKTE = re.compile(r"\bziek", re.IGNORECASE)
_VESTIGING = re.compile(r"\d{2}")
_SCHEMANAMEN = frozenset(Melding.model_fields) | frozenset(Dag.model_fields) | frozenset(Periode.model_fields)
"""The names a finding may show: a key that is no field is named by its position (it may be personal)."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks know besides the melding."""

    peildatum: date | None
    """The day of submission; ``None`` skips the checks that need it."""
    taal: Taal
    beleid: Beleid
    versie: date
    """The law version the citations point to."""
    feiten: Callable[[Melding], Any] | None = None
    """For checks against the facts: the record analysis / leerplicht status of the melding's pupil."""


@dataclass(frozen=True, slots=True)
class Gelezen:
    """One melding as read: the model, its verzuimsoort, the age, the pupil, the fields unreadable."""

    melding: Melding
    soort: GelezenSoort | None
    leeftijd: int | None
    leerling: int | None
    """A digest of the pupil's identifier, only to link meldingen for the same pupil; never output."""
    onleesbaar: frozenset[str] = field(default_factory=frozenset)
    """Top-level fields whose value had the wrong form (already reported; not reported as missing)."""


Controle = Callable[[Gelezen, Context], Iterable[Bevinding]]
"""A check: the melding as read and the context in, findings out."""


@runtime_checkable
class Feitenbron(Protocol):
    """A ``feiten`` lookup that also takes the earlier meldingen and reports, after the last row,
    findings tied to no row (a melding due but missing). :class:`~verzuimregels.melding.feiten.Registratie`
    is one; a plain function is a lookup only."""

    def __call__(self, melding: Melding) -> Any: ...  # pragma: no cover - protocol

    def eerdere(self, melding: Melding) -> None: ...  # pragma: no cover - protocol

    def ontbrekend(self, context: Context) -> Iterable[Leerlingrapport]: ...  # pragma: no cover - protocol


def _bevinding(context: Context, code: str, velden: Iterable[str], /, **parameters: Any) -> Bevinding:
    return bevinding(code, velden, context.taal, context.versie, **parameters)


# --- The checks on the melding alone --------------------------------------------------------------


def controle_verplicht(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """Required fields (docs/valideren.md); the vestiging may come with a 6-character BRIN."""
    melding = gelezen.melding
    for veld in VERPLICHT:
        if getattr(melding, veld) is not None or veld in gelezen.onleesbaar:
            continue
        if veld == "vestiging" and melding.brin is not None and len(stdnum_brin.compact(melding.brin)) == 6:
            continue
        yield _bevinding(context, "veld_ontbreekt", (veld,), veld=veld)


def controle_lengtes(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """Field limits of the verzuimloket (docs/valideren.md)."""
    for veld, maximum in MAX_LENGTE.items():
        waarde = getattr(gelezen.melding, veld)
        if waarde is not None and len(waarde) > maximum:
            yield _bevinding(context, "veld_te_lang", (veld,), veld=veld, lengte=len(waarde), max=maximum)


def controle_identificatie(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """BSN or onderwijsnummer, at least one and not both (Lpw art. 2 lid 1; docs/valideren.md).

    Art. 2 lid 1: "Bij gebrek aan een burgerservicenummer wordt zo mogelijk het onderwijsnummer van
    de jongere overgelegd." The numbers are checked with ``python-stdnum``.
    """
    melding = gelezen.melding
    bsn, onderwijsnummer = melding.bsn, melding.onderwijsnummer
    if bsn is None and onderwijsnummer is None:
        if not {"bsn", "onderwijsnummer"} & gelezen.onleesbaar:
            yield _bevinding(context, "identificatie_ontbreekt", ("bsn", "onderwijsnummer"))
        return
    if bsn is not None and not _bsn_geldig(bsn):
        yield _bevinding(context, "bsn_ongeldig", ("bsn",))
    if onderwijsnummer is not None and not _onderwijsnummer_geldig(onderwijsnummer):
        yield _bevinding(context, "onderwijsnummer_ongeldig", ("onderwijsnummer",))
    if bsn is not None and onderwijsnummer is not None:
        yield _bevinding(context, "bsn_en_onderwijsnummer", ("bsn", "onderwijsnummer"))


def controle_school(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """BRIN (``stdnum.nl.brin``) and vestiging (2 digits); a BRIN may carry its vestiging."""
    melding = gelezen.melding
    brin = stdnum_brin.compact(melding.brin) if melding.brin is not None else None
    if brin is not None and not stdnum_brin.is_valid(brin):
        yield _bevinding(context, "brin_ongeldig", ("brin",))
        brin = None
    if melding.vestiging is None:
        return
    if not _VESTIGING.fullmatch(melding.vestiging) or (
        brin is not None and len(brin) == 6 and brin[4:] != melding.vestiging
    ):
        yield _bevinding(
            context,
            "vestiging_ongeldig",
            ("vestiging",) if brin is None or len(brin) == 4 else ("vestiging", "brin"),
        )


def controle_verzuimsoort(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """The verzuimsoort in either vocabulary; historic codes; soorten that are never reported."""
    melding = gelezen.melding
    if melding.verzuimsoort is None:
        return
    if gelezen.soort is None:
        yield _bevinding(context, "verzuimsoort_onbekend", ("verzuimsoort",))
        return
    code = gelezen.soort.loketcode
    if code is not None and code.verouderd:
        yield _bevinding(context, "verzuimsoort_verouderd", ("verzuimsoort",), soortcode=code.code)
    soort = gelezen.soort.verzuimsoort
    if soort not in MELDBARE_SOORTEN:
        yield _bevinding(context, "verzuimsoort_niet_meldbaar", ("verzuimsoort",), soort=soort.value)
    elif (
        soort is not Verzuimsoort.OVERIG_VERZUIM
        and melding.vermoedelijke_reden is not None
        and _ZIEKTE.search(melding.vermoedelijke_reden)
    ):
        yield _bevinding(context, "reden_noemt_ziekte", ("vermoedelijke_reden", "verzuimsoort"))


def _soortnaam(soort: GelezenSoort) -> str:
    return soort.loketcode.code if soort.loketcode is not None else soort.verzuimsoort.value


def controle_datums(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """Einddatum per verzuimsoort, date order, dates after the peildatum, the deadline, 28 days.

    * einddatum mandatory for 16 uur, LRV and RMC (docs/wetsversies.md);
    * LRV: "4 aaneengesloten schoolweken (28 kalenderdagen)" (DUO keuzehulp Q4), the 28th counted
      day qualifying; days in a holiday are not counted, so a calendar span under 28 days is never
      enough;
    * the deadline: within 5 werkdagen after the einddatum (Inspectie), for 16-uur meldingen;
    * overig verzuim over 28 days or more: a thuiszitter is 16 uur, then LRV (DUO; voorbeelden B08).
    """
    melding = gelezen.melding
    soort = gelezen.soort.verzuimsoort if gelezen.soort is not None else None
    begin, eind = melding.begindatum, melding.einddatum
    if (
        gelezen.soort is not None
        and soort in MET_EINDDATUM
        and eind is None
        and "einddatum" not in gelezen.onleesbaar
    ):
        yield _bevinding(
            context, "einddatum_ontbreekt", ("einddatum", "verzuimsoort"), soort=_soortnaam(gelezen.soort)
        )
    if begin is not None and eind is not None and eind < begin:
        yield _bevinding(
            context, "datum_volgorde", ("einddatum", "begindatum"), later="einddatum", eerder="begindatum"
        )
    if begin is not None and melding.geboortedatum is not None and begin < melding.geboortedatum:
        yield _bevinding(
            context,
            "datum_volgorde",
            ("begindatum", "geboortedatum"),
            later="begindatum",
            eerder="geboortedatum",
        )
    if context.peildatum is not None:
        for veld, datum in (("begindatum", begin), ("einddatum", eind)):
            if datum is not None and datum > context.peildatum:
                yield _bevinding(context, "datum_na_peildatum", (veld,), veld=veld)
        if soort is Verzuimsoort.ZESTIEN_UUR and eind is not None:
            uiterste = werkdagen_na(eind, MELDTERMIJN_WERKDAGEN)
            if context.peildatum > uiterste:
                yield _bevinding(
                    context, "meldtermijn_verstreken", ("einddatum",), uiterste=uiterste.isoformat()
                )
    if begin is None or eind is None or eind < begin:
        return
    dagen = (eind - begin).days + 1
    if soort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM and dagen < VIER_WEKEN_IN_DAGEN:
        yield _bevinding(context, "lrv_korter_dan_28_dagen", ("begindatum", "einddatum"), dagen=dagen)
    if soort is Verzuimsoort.OVERIG_VERZUIM and dagen >= VIER_WEKEN_IN_DAGEN:
        yield _bevinding(
            context, "overig_lang_verzuim", ("verzuimsoort", "begindatum", "einddatum"), dagen=dagen
        )


def controle_dagen(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """The day specification: whole day or lesuren 1–12, each day once, inside the period."""
    melding = gelezen.melding
    gezien: set[date] = set()
    for i, dag in enumerate(melding.dagen):
        veld = f"dagen.{i}"
        if dag.hele_dag == bool(dag.lesuren):
            yield _bevinding(context, "dag_ongeldig", (veld,), veld=veld)
        if any(not 1 <= u <= 12 for u in dag.lesuren) or len(set(dag.lesuren)) != len(dag.lesuren):
            yield _bevinding(context, "lesuur_ongeldig", (f"{veld}.lesuren",), veld=f"{veld}.lesuren")
        if dag.datum in gezien:
            yield _bevinding(context, "dag_dubbel", (f"{veld}.datum",), veld=f"{veld}.datum")
        gezien.add(dag.datum)
        buiten = (melding.begindatum is not None and dag.datum < melding.begindatum) or (
            melding.einddatum is not None and dag.datum > melding.einddatum
        )
        if buiten:
            yield _bevinding(context, "dag_buiten_periode", (f"{veld}.datum",), veld=f"{veld}.datum")


def controle_contact(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """The contact person's e-mail (pragmatic syntax, :data:`EMAIL`) and phone (10–15 digits)."""
    melding = gelezen.melding
    if melding.contactpersoon_email is not None and not EMAIL.fullmatch(melding.contactpersoon_email):
        yield _bevinding(context, "email_ongeldig", ("contactpersoon_email",))
    if melding.contactpersoon_telefoon is not None:
        nummer = _TELEFOON_TEKENS.sub("", melding.contactpersoon_telefoon)
        cijfers = nummer.removeprefix("+")
        if not (cijfers.isascii() and cijfers.isdigit() and 10 <= len(cijfers) <= 15):
            yield _bevinding(context, "telefoon_ongeldig", ("contactpersoon_telefoon",))


def controle_leeftijd(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """The verzuimsoort against the age on the begindatum (the first verzuimdag), when it is known.

    * under 5: not leerplichtig (Lpw art. 3 lid 1);
    * RMC only from 18 (kwalificatieplicht ends at 18, Lpw art. 4b) and under 23 (DUO);
    * LRV and V3 only under 18; V4 only from 18 (docs/valideren.md; DUO, Soorten verzuim).
    """
    if gelezen.leeftijd is None or gelezen.soort is None:
        return
    yield from leeftijdsbevindingen(
        gelezen.leeftijd, gelezen.soort, context, ("verzuimsoort", "geboortedatum", "begindatum")
    )


def leeftijdsbevindingen(
    leeftijd: int, gelezen: GelezenSoort, context: Context, velden: tuple[str, ...]
) -> Iterator[Bevinding]:
    """The age rules of :func:`controle_leeftijd` for an age from the melding or from the records."""
    soort = gelezen.verzuimsoort
    code = gelezen.loketcode.code if gelezen.loketcode is not None else None
    if leeftijd < LEERPLICHTIGE_LEEFTIJD:
        yield _bevinding(
            context, "nog_niet_leerplichtig", tuple(veld for veld in velden if veld != "verzuimsoort")
        )
    if soort is Verzuimsoort.RMC and leeftijd < ACHTTIEN_JAAR:
        yield _bevinding(context, "rmc_onder_18", velden)
    if soort is Verzuimsoort.RMC and leeftijd >= DRIEENTWINTIG_JAAR:
        yield _bevinding(context, "rmc_23_plus", velden)
    if leeftijd >= ACHTTIEN_JAAR and (soort is Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM or code == "V3"):
        yield _bevinding(context, "soort_onder_18_voor_18_plus", velden, soortcode=code or "LRV")
    if code == "V4" and leeftijd < ACHTTIEN_JAAR:
        yield _bevinding(context, "v4_onder_18", velden)


def controle_vrijstellingen(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """Overlap with a vrijstelling given in the input: DUO withdraws such a melding (Lpw art. 5, 5a, 15)."""
    melding = gelezen.melding
    for i, periode in enumerate(melding.vrijstellingen):
        veld = f"vrijstellingen.{i}"
        if periode.einddatum is not None and periode.einddatum < periode.begindatum:
            yield _bevinding(
                context,
                "datum_volgorde",
                (veld,),
                later=f"{veld}.einddatum",
                eerder=f"{veld}.begindatum",
            )
            continue
        if melding.begindatum is None:
            continue
        eind = (
            melding.einddatum
            if melding.einddatum is not None and melding.einddatum >= melding.begindatum
            else melding.begindatum
        )
        if periode.begindatum <= eind and (
            periode.einddatum is None or periode.einddatum >= melding.begindatum
        ):
            yield _bevinding(context, "overlapt_vrijstelling", (veld, "begindatum", "einddatum"), veld=veld)


CONTROLES: tuple[Controle, ...] = (
    controle_verplicht,
    controle_identificatie,
    controle_school,
    controle_verzuimsoort,
    controle_datums,
    controle_dagen,
    controle_lengtes,
    controle_contact,
    controle_leeftijd,
    controle_vrijstellingen,
)
"""The built-in checks on one melding, in the order their findings are reported."""


# --- Reading a row ---------------------------------------------------------------------------------


def _veldnaam(deel: object, positie: int) -> str:
    """A location part in a finding: an index, a known-looking key, or its position (never free text)."""
    if isinstance(deel, int) or (isinstance(deel, str) and deel in _SCHEMANAMEN):
        return str(deel)
    return f"#{positie}"


def _lees(waarde: Any, context: Context) -> tuple[Melding | None, list[Bevinding], frozenset[str]]:
    """The melding and the findings about the form of its fields; unreadable fields are left out."""
    if isinstance(waarde, Melding):
        return waarde, [], frozenset()
    if not isinstance(waarde, Mapping):
        return (
            None,
            [_bevinding(context, "rij_onleesbaar", (), reden=_GEEN_OBJECT.in_taal(context.taal))],
            frozenset(),
        )
    gegevens = dict(waarde)
    if type(gegevens.get("sleutel")) is int:
        gegevens["sleutel"] = str(gegevens["sleutel"])
    try:
        return valideer_model(Melding, gegevens), [], frozenset()
    except ValidationError as fout:
        fouten = fout.errors(include_input=False, include_url=False)
    bevindingen: list[Bevinding] = []
    weg: set[str] = set()
    sleutels = list(gegevens)
    for veldfout in fouten:
        loc = veldfout["loc"]
        top = loc[0]
        weg.add(str(top))
        naam = _veldnaam(top, sleutels.index(top) + 1 if top in sleutels else 0)
        if veldfout["type"] == "extra_forbidden" and len(loc) == 1:
            bevindingen.append(_bevinding(context, "onbekend_veld", (naam,), veld=naam))
            continue
        pad = ".".join([naam, *(_veldnaam(deel, plaats) for plaats, deel in enumerate(loc[1:], start=1))])
        bevindingen.append(_bevinding(context, "veld_ongeldig", (pad,), veld=pad, regel=veldfout["type"]))
    rest = {sleutel: inhoud for sleutel, inhoud in gegevens.items() if sleutel not in weg}
    return valideer_model(Melding, rest), bevindingen, frozenset(weg)


_GEEN_OBJECT = Tekst(
    "de rij is geen object met velden: verwacht een JSON-object",
    "the row is not an object with fields; expected a JSON object",
)


def _reden(context: Context, fout: Invoerfout) -> str:
    """Why a reader could not read a row, in the report's language, with the form it expected: the
    Dutch text of its rule code (``verwacht UTF-8; ... lees die met --encoding cp1252``) or its English
    ``melding`` (issue 17; every code has a Dutch text, tests/test_regelteksten.py)."""
    return fout.fouten[0].tekst(context.taal)


@lru_cache(maxsize=65_536)
def _bsn_geldig(nummer: str) -> bool:
    return bool(stdnum_bsn.is_valid(nummer))


@lru_cache(maxsize=65_536)
def _onderwijsnummer_geldig(nummer: str) -> bool:
    return bool(stdnum_onderwijsnummer.is_valid(nummer))


@lru_cache(maxsize=65_536)
def _digest(soort: str, nummer: str) -> int:
    kaal = re.sub(r"[\s.-]", "", nummer).zfill(9)
    return int.from_bytes(hashlib.blake2b(f"{soort}:{kaal}".encode(), digest_size=8).digest(), "big")


def _leerling(melding: Melding) -> int | None:
    """The pupil, for linking meldingen: a digest of the BSN, or else of the onderwijsnummer."""
    if melding.bsn is not None and _bsn_geldig(melding.bsn):
        return _digest("bsn", melding.bsn)
    if melding.onderwijsnummer is not None and _onderwijsnummer_geldig(melding.onderwijsnummer):
        return _digest("onr", melding.onderwijsnummer)
    return None


def _is_identificatie(sleutel: str, melding: Melding) -> bool:
    kaal = re.sub(r"[\s.-]", "", sleutel)
    nummers = [nummer for nummer in (melding.bsn, melding.onderwijsnummer) if nummer is not None]
    return any(
        kaal == re.sub(r"[\s.-]", "", nummer) or kaal.zfill(9) == re.sub(r"[\s.-]", "", nummer).zfill(9)
        for nummer in nummers
    )


def _status(bevindingen: Sequence[Bevinding]) -> Status:
    if any(b.ernst is Ernst.FOUT for b in bevindingen):
        return Status.FOUT
    return Status.WAARSCHUWING if bevindingen else Status.GOED


# --- Batches ---------------------------------------------------------------------------------------


class Einddata(Protocol):
    """Where a :class:`Validator` keeps each pupil's 16-uur einddata for the 7-day check: one entry per
    distinct pupil and einddatum. The default keeps them in memory (:class:`EinddataInGeheugen`); the
    command line passes one that moves them to disk past a bound (``cli/opslag.py``), so that its
    memory does not grow with the batch."""

    def onthoud(self, leerling: int, dag: int, labels: tuple[str, str]) -> None:
        """Keep ``labels`` for (``leerling``, ``dag``) unless that pair has labels already."""

    def rond(self, leerling: int, van: int, tot: int) -> Iterable[tuple[int, tuple[str, str]]]:
        """The days kept for ``leerling`` from ``van`` up to ``tot`` (ordinals, both included), in
        order, with their labels."""


class EinddataInGeheugen:
    """:class:`Einddata` in a dict per pupil."""

    def __init__(self) -> None:
        self.per_leerling: dict[int, dict[int, tuple[str, str]]] = {}

    def onthoud(self, leerling: int, dag: int, labels: tuple[str, str]) -> None:
        self.per_leerling.setdefault(leerling, {}).setdefault(dag, labels)

    def rond(self, leerling: int, van: int, tot: int) -> Iterator[tuple[int, tuple[str, str]]]:
        dagen = self.per_leerling.get(leerling, {})
        for dag in range(van, tot + 1):
            if dag in dagen:
                yield dag, dagen[dag]


class Validator:
    """Validates a stream of meldingen, row by row, remembering what the cross-row checks need.

    Memory grows with the number of distinct pupils and their distinct 16-uur einddata, not with
    the number of rows (``einddata``: where they are kept; in memory by default). ``eerdere`` are
    meldingen already submitted (checked against, not reported).
    """

    def __init__(
        self,
        *,
        peildatum: date | None = None,
        taal: Taal | str = Taal.NL,
        beleid: Beleid = STANDAARDBELEID,
        eerdere: Iterable[Melding | Mapping[str, Any]] = (),
        extra_controles: Sequence[Controle] = (),
        feiten: Callable[[Melding], Any] | None = None,
        einddata: Einddata | None = None,
    ) -> None:
        versie = (
            wetsversie_op(peildatum)
            if peildatum is not None and peildatum >= WETSVERSIES[0]
            else WETSVERSIES[-1]
        )
        self.context = Context(peildatum, Taal(taal), beleid, versie, feiten)
        self.controles: tuple[Controle, ...] = (*CONTROLES, *extra_controles)
        self._einddata: Einddata = EinddataInGeheugen() if einddata is None else einddata
        self._tellers = {"rijen": 0, "goed": 0, "met_waarschuwing": 0, "met_fout": 0}
        self._per_code: dict[str, int] = {}
        self._leerlingen = {"leerlingen_met_waarschuwing": 0, "leerlingen_met_fout": 0}
        bron = feiten if isinstance(feiten, Feitenbron) else None
        for i, eerder in enumerate(eerdere, start=1):
            melding = eerder if isinstance(eerder, Melding) else Melding.lees(eerder)
            if bron is not None:
                bron.eerdere(melding)
            self._onthoud(self._gelezen(melding, frozenset()), ("eerdere melding", "earlier melding", str(i)))

    def _gelezen(self, melding: Melding, onleesbaar: frozenset[str]) -> Gelezen:
        soort = lees_verzuimsoort(melding.verzuimsoort) if melding.verzuimsoort is not None else None
        leeftijd = None
        if (
            melding.geboortedatum is not None
            and melding.begindatum is not None
            and melding.begindatum >= melding.geboortedatum
        ):
            leeftijd = leeftijd_op(
                melding.geboortedatum, melding.begindatum, self.context.beleid.verjaardag_29_februari
            )
        return Gelezen(melding, soort, leeftijd, _leerling(melding), onleesbaar)

    def _is_vervolg(self, gelezen: Gelezen) -> bool:
        return (
            gelezen.leerling is not None
            and gelezen.soort is not None
            and gelezen.soort.verzuimsoort is Verzuimsoort.ZESTIEN_UUR
            and gelezen.melding.einddatum is not None
        )

    def _onthoud(self, gelezen: Gelezen, label: tuple[str, str, str]) -> None:
        if self._is_vervolg(gelezen):
            assert gelezen.leerling is not None
            assert gelezen.melding.einddatum is not None
            nl, en, nummer = label
            labels = (f"{nl} {nummer}", f"{en} {nummer}")
            self._einddata.onthoud(gelezen.leerling, gelezen.melding.einddatum.toordinal(), labels)

    def _vervolg(self, gelezen: Gelezen) -> Iterator[Bevinding]:
        """At most one melding per 7 kalenderdagen for the same pupil (DUO verzuimhulp).

        Compares with every earlier melding (earlier rows, ``eerdere``) whose einddatum lies fewer
        than 7 days before or after this one's: at most 13 look-ups, whatever the size of the batch.
        """
        if not self._is_vervolg(gelezen):
            return
        assert gelezen.leerling is not None
        assert gelezen.melding.einddatum is not None
        context = self.context
        dag = gelezen.melding.einddatum.toordinal()
        for _, (nl, en) in self._einddata.rond(
            gelezen.leerling, dag - VERVOLG_DAGEN + 1, dag + VERVOLG_DAGEN - 1
        ):
            yield _bevinding(
                context,
                "vervolgmelding_binnen_7_dagen",
                ("einddatum",),
                eerdere=nl if context.taal is Taal.NL else en,
            )

    @bewaakt
    def rij(
        self, waarde: Any, positie: int, *, regel: int | None = None, fout: Invoerfout | None = None
    ) -> Rijrapport:
        """The report on one input row; ``fout`` is a reader's error for a row it could not parse."""
        context = self.context
        melding: Melding | None = None
        onleesbaar: frozenset[str] = frozenset()
        if fout is not None:
            bevindingen = [_bevinding(context, "rij_onleesbaar", (), reden=_reden(context, fout))]
        else:
            melding, bevindingen, onleesbaar = _lees(waarde, context)
        sleutel = None
        verzuimsoort = None
        loketcodes: tuple[str, ...] = ()
        if melding is not None:
            gelezen = self._gelezen(melding, onleesbaar)
            for controle in self.controles:
                bevindingen.extend(controle(gelezen, context))
            bevindingen.extend(self._vervolg(gelezen))
            self._onthoud(gelezen, ("rij", "row", str(positie)))
            sleutel = melding.sleutel
            if sleutel is not None and (_is_identificatie(sleutel, melding) or is_persoonsnummer(sleutel)):
                sleutel = None
                bevindingen.append(_bevinding(context, "sleutel_is_identificatie", ("sleutel",)))
            elif sleutel is not None and len(sleutel) > MAX_SLEUTEL:
                bevindingen.append(
                    _bevinding(
                        context,
                        "veld_te_lang",
                        ("sleutel",),
                        veld="sleutel",
                        lengte=len(sleutel),
                        max=MAX_SLEUTEL,
                    )
                )
                sleutel = None
            if gelezen.soort is not None:
                verzuimsoort = gelezen.soort.verzuimsoort.value
                if gelezen.soort.loketcode is not None:
                    loketcodes = (gelezen.soort.loketcode.code,)
                else:
                    loketcodes = tuple(
                        k.code for k in loketcode_voor(gelezen.soort.verzuimsoort, gelezen.leeftijd)
                    )
        rapport = Rijrapport(
            rij=positie,
            regel=regel,
            sleutel=sleutel,
            status=_status(bevindingen),
            verzuimsoort=verzuimsoort,
            loketcodes=loketcodes,
            bevindingen=tuple(bevindingen),
        )
        self._tel(rapport)
        return rapport

    def _tel(self, rapport: Rijrapport) -> None:
        self._tellers["rijen"] += 1
        naam = {Status.GOED: "goed", Status.WAARSCHUWING: "met_waarschuwing", Status.FOUT: "met_fout"}
        self._tellers[naam[rapport.status]] += 1
        for b in rapport.bevindingen:
            self._per_code[b.code] = self._per_code.get(b.code, 0) + 1

    def ontbrekend(self) -> tuple[Leerlingrapport, ...]:
        """After the last row: the findings tied to no row, per pupil (a melding the records make due
        that no row and no earlier melding covers). Empty unless ``feiten`` is a :class:`Feitenbron`.
        Call it once; its findings are counted in :meth:`samenvatting`."""
        return tuple(self.ontbrekend_stroom())

    def ontbrekend_stroom(self) -> Iterator[Leerlingrapport]:
        """:meth:`ontbrekend` one pupil at a time, each counted in :meth:`samenvatting` as it is
        yielded: for a records file of any size (the command line writes them as they come)."""
        feiten = self.context.feiten
        if not isinstance(feiten, Feitenbron):
            return
        for rapport in feiten.ontbrekend(self.context):
            naam = "leerlingen_met_fout" if rapport.status is Status.FOUT else "leerlingen_met_waarschuwing"
            self._leerlingen[naam] += 1
            for b in rapport.bevindingen:
                self._per_code[b.code] = self._per_code.get(b.code, 0) + 1
            yield rapport

    def samenvatting(self) -> Samenvatting:
        """Totals over the rows seen so far (and the pupils of :meth:`ontbrekend`)."""
        return Samenvatting(
            **self._tellers,
            **self._leerlingen,
            per_code=dict(sorted(self._per_code.items())),
            peildatum=self.context.peildatum,
            regelversie=regelversie(self.context.versie),
        )


@bewaakt
def valideer(
    melding: Melding | Mapping[str, Any],
    *,
    peildatum: date | None = None,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    eerdere: Iterable[Melding | Mapping[str, Any]] = (),
    extra_controles: Sequence[Controle] = (),
    feiten: Callable[[Melding], Any] | None = None,
) -> Rijrapport:
    """Validate one melding (a :class:`Melding` or a mapping with its JSON keys).

    Never raises for a bad melding: every problem is a finding in the report. ``eerdere`` are
    meldingen already submitted for the check on vervolgmeldingen within 7 days; invalid ones raise
    :class:`~verzuimregels.fouten.Invoerfout` (without input values). ``extra_controles`` run after
    the built-in checks; ``feiten`` is what they read as ``Context.feiten`` (the pupil's record
    analysis and leerplicht status, for the checks against the facts).

    >>> valideer({"verzuimsoort": "LRV"}).status
    <Status.FOUT: 'fout'>
    """
    validator = Validator(
        peildatum=peildatum,
        taal=taal,
        beleid=beleid,
        eerdere=eerdere,
        extra_controles=extra_controles,
        feiten=feiten,
    )
    return validator.rij(melding, 1)


@bewaakt
def valideer_meldingen(
    meldingen: Iterable[Any],
    *,
    peildatum: date | None = None,
    taal: Taal | str = Taal.NL,
    beleid: Beleid = STANDAARDBELEID,
    eerdere: Iterable[Melding | Mapping[str, Any]] = (),
    extra_controles: Sequence[Controle] = (),
    feiten: Callable[[Melding], Any] | None = None,
) -> Iterator[Rijrapport]:
    """Validate meldingen in order, lazily: one report per item, positions counting from 1.

    Items are :class:`Melding` objects or mappings; anything else is reported as ``rij_onleesbaar``.
    """
    validator = Validator(
        peildatum=peildatum,
        taal=taal,
        beleid=beleid,
        eerdere=eerdere,
        extra_controles=extra_controles,
        feiten=feiten,
    )
    for positie, melding in enumerate(meldingen, start=1):
        yield validator.rij(melding, positie)
