"""Checks of meldingen against the facts: the pupil's attendance records and what they make due.

A :class:`Registratie` holds the pupils' records (:class:`~verzuimregels.registratie.Leerling`) and/or
their analysis (:class:`~verzuimregels.registratie.Analyse`), by the caller's pseudonymous pupil key.
It is the ``feiten`` of the validator; :data:`CONTROLES_FEITEN` are the checks that read it::

    registratie = Registratie(leerlingen)
    validator = Validator(peildatum=..., extra_controles=CONTROLES_FEITEN, feiten=registratie)
    rapporten = [validator.rij(rij, i) for i, rij in enumerate(meldingen, start=1)]
    gemist = validator.ontbrekend()  # meldingen due that no row covers, per pupil

A melding finds its pupil by ``leerling`` (else its ``sleutel``), matched to the ``sleutel`` of the
pupil in the records: never by BSN. The records are analysed with :func:`~verzuimregels.registratie.analyseer`
on the validator's peildatum (the day of submission; without one, the last day of the pupil's school
year), once per pupil. Each melding is compared with the meldingen due (docs/wetsversies.md,
docs/registratie.md): a due melding of the same verzuimsoort whose period overlaps it is its match.

Rules are pure; a :class:`Registratie` remembers, across one batch, which due meldingen the rows and
the earlier meldingen covered, so :meth:`Registratie.ontbrekend` can name the ones missing.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import onderwijsnummer as stdnum_onderwijsnummer

from ..fouten import Invoerfout
from ..kalender import einde_schooljaar, werkdagen_na
from ..keuzehulp.modellen import Meldplicht, Verzuimsoort
from ..regels.leeftijd import leeftijd_op
from ..regels.meldplicht import MELDTERMIJN_WERKDAGEN, VERVOLG_DAGEN
from ..registratie import Analyse, Leerling, Reden, analyseer, lees_leerling
from ..registratie import Melding as Verschuldigd
from ..registratie import Status as Meldstatus
from ..registratie.tellen import ZONDER_VERLOF, Feiten
from ..spill import SpillStore, key_bytes
from ..teksten import Taal
from ..verlof.vrijstelling import HELE_DAGEN, toets_vrijstelling
from .bevindingen import Bevinding, Ernst
from .codes import MELDBARE_SOORTEN, lees_verzuimsoort
from .modellen import Leerlingrapport, Melding, Status
from .valideer import (
    Context,
    Controle,
    Gelezen,
    _bevinding,
    leeftijdsbevindingen,
)

ONGEOORLOOFD: frozenset[Reden] = frozenset({Reden.ONGEOORLOOFD, Reden.TE_LAAT, Reden.VAKANTIE})
"""Reasons that are verzuim to report; every other reason is excused (Lpw art. 11, 11a)."""

_MELDEN = frozenset({Meldplicht.VERPLICHT, Meldplicht.AFSPRAAK_GEMEENTE})
_OPEN = frozenset({Meldstatus.TE_MELDEN, Meldstatus.ACHTERSTALLIG})
_REEKS = frozenset({Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimsoort.RMC})


@dataclass(slots=True)
class Leerlingfeiten:
    """One pupil's facts: the records and/or the analysis, and what a batch has covered so far."""

    positie: int
    """Position of the pupil in the records, from 1."""
    sleutel: str
    leerling: Leerling | None
    gegeven: Analyse | None = None
    """An analysis the caller gave; else the records are analysed on the validator's peildatum."""
    gedekt: set[int] = field(default_factory=set)
    """Indices of the due meldingen a row covered (matched, or reported under another verzuimsoort)."""
    eerdere: list[tuple[Verzuimsoort, date, date | None]] = field(default_factory=list)
    """Earlier meldingen (``eerdere``) for this pupil: they cover the due meldingen they match."""
    _analyses: dict[tuple[date, int], Analyse | None] = field(default_factory=dict)

    def analyse(self, context: Context) -> Analyse | None:
        """The analysis on the validator's peildatum (cached); ``None`` when there is none to make."""
        if self.gegeven is not None:
            return self.gegeven
        assert self.leerling is not None
        jaar = self.leerling.jaar
        peildatum = context.peildatum
        if peildatum is None:
            if jaar is None:
                return None
            peildatum = einde_schooljaar(jaar)
        sleutel = (peildatum, id(context.beleid))
        if sleutel not in self._analyses:
            try:
                self._analyses[sleutel] = analyseer(self.leerling, peildatum, beleid=context.beleid)
            except Invoerfout:  # the peildatum lies before the pupil's school year: nothing due yet
                self._analyses[sleutel] = None
        return self._analyses[sleutel]


def geoorloofde_dagen(leerling: Leerling) -> frozenset[date]:
    """Days with records, all of them excused (no unexcused hour that day), with each record's reason
    as the analysis counts it: a registered verlof beyond what its grantor may grant is verzuim
    (art. 13a lid 2, 14 lid 3; :func:`~verzuimregels.verlof.gedekte_verlofdagen`)."""
    gedekt = Feiten.van(leerling).verlofdagen
    redenen: dict[date, set[Reden]] = {}
    for record in leerling.records:
        reden = (
            ZONDER_VERLOF[record.reden]
            if record.reden in ZONDER_VERLOF and record.datum not in gedekt
            else record.reden
        )
        redenen.setdefault(record.datum, set()).add(reden)
    return frozenset(dag for dag, redenen_op_dag in redenen.items() if not redenen_op_dag & ONGEOORLOOFD)


def _lijkt_identificatie(sleutel: str) -> bool:
    """A key that is a valid BSN or onderwijsnummer is never echoed (it may well be one)."""
    return bool(stdnum_bsn.is_valid(sleutel) or stdnum_onderwijsnummer.is_valid(sleutel))


REGISTRATIE_IN_GEHEUGEN = 1_000
"""Pupils of a :class:`Registratie` kept in memory; the rest go to a temporary SQLite file (issue 11).
Lower than the 10,000 of a pupils file: each pupil here carries all its records."""


class Registratie:
    """The facts for the checks against the records, by the caller's pseudonymous pupil key.

    ``leerlingen``: per pupil a :class:`~verzuimregels.registratie.Leerling` (or its JSON mapping) or
    an :class:`~verzuimregels.registratie.Analyse`, each with a ``sleutel``, read as a stream. A pupil
    without a key, two pupils with the same key, or an invalid pupil raise
    :class:`~verzuimregels.fouten.Invoerfout` naming the pupil by position (from 1), never by an input value.

    Memory is bounded: the first :data:`REGISTRATIE_IN_GEHEUGEN` pupils are held in a dict, the rest
    (pickled, under their full key) in the temporary SQLite database of a
    :class:`~verzuimregels.spill.SpillStore`, looked up per melding; :meth:`sluit` (or leaving a
    ``with`` block) removes it. The pupil looked up last is written back before the next lookup, so
    what a batch covers is kept.
    """

    def __init__(self, leerlingen: Iterable[Leerling | Analyse | Mapping[str, Any]]) -> None:
        self._per_sleutel: dict[str, Leerlingfeiten] = {}
        self._opslag = SpillStore(
            "registratie",
            [
                "CREATE TABLE leerling (positie INTEGER PRIMARY KEY, sleutel BLOB NOT NULL UNIQUE,"
                " waarde BLOB NOT NULL)"
            ],
            REGISTRATIE_IN_GEHEUGEN,
        )
        self._aantal = 0
        self._laatste: Leerlingfeiten | None = None
        try:
            for positie, waarde in enumerate(leerlingen, start=1):
                self._voeg_toe(self._lees(positie, waarde))
        except BaseException:
            self.sluit()
            raise

    def _voeg_toe(self, feiten: Leerlingfeiten) -> None:
        db = self._opslag.db
        if db is None:
            if feiten.sleutel in self._per_sleutel:
                raise _dubbel(feiten.positie)
            self._per_sleutel[feiten.sleutel] = feiten
            self._aantal += 1
            if self._opslag.count():
                self._opslag.spill(
                    "INSERT INTO leerling VALUES (?, ?, ?)",
                    ((f.positie, key_bytes(k), _ingepakt(f)) for k, f in self._per_sleutel.items()),
                ).execute("BEGIN")  # one transaction for the rest: read back by this connection only
                self._per_sleutel = {}
            return
        try:
            db.execute(
                "INSERT INTO leerling VALUES (?, ?, ?)",
                (feiten.positie, key_bytes(feiten.sleutel), _ingepakt(feiten)),
            )
        except sqlite3.IntegrityError:
            raise _dubbel(feiten.positie) from None
        self._aantal += 1

    @staticmethod
    def _lees(positie: int, waarde: Leerling | Analyse | Mapping[str, Any]) -> Leerlingfeiten:
        if isinstance(waarde, Analyse):
            leerling, gegeven, sleutel = None, waarde, waarde.sleutel
        else:
            try:
                leerling = lees_leerling(waarde if isinstance(waarde, Leerling) else dict(waarde))
            except Invoerfout as fout:
                raise Invoerfout(
                    [
                        v.model_copy(
                            update={
                                "veld": f"leerlingen.{positie}.{v.veld}".rstrip("."),
                                "melding": f"pupil {positie}: {v.melding}",
                            }
                        )
                        for v in fout.fouten
                    ]
                ) from None
            gegeven, sleutel = None, leerling.sleutel
        if sleutel is None:
            raise Invoerfout.enkel(
                f"leerlingen.{positie}.sleutel", "sleutel_ontbreekt", f"pupil {positie} has no key"
            )
        return Leerlingfeiten(positie, sleutel, leerling, gegeven)

    def __len__(self) -> int:
        return self._aantal

    def _terug(self, db: sqlite3.Connection) -> None:
        """Write the pupil looked up last back to disk (what the batch covered, its analysis)."""
        if self._laatste is not None:
            db.execute(
                "UPDATE leerling SET waarde = ? WHERE positie = ?",
                (_ingepakt(self._laatste), self._laatste.positie),
            )
            self._laatste = None

    def __call__(self, melding: Melding) -> Leerlingfeiten | None:
        """The facts of the melding's pupil: by ``leerling``, else by ``sleutel``."""
        sleutel = melding.leerling if melding.leerling is not None else melding.sleutel
        if sleutel is None:
            return None
        db = self._opslag.db
        if db is None:
            return self._per_sleutel.get(sleutel)
        if self._laatste is not None and self._laatste.sleutel == sleutel:
            return self._laatste
        self._terug(db)
        rij = db.execute("SELECT waarde FROM leerling WHERE sleutel = ?", (key_bytes(sleutel),)).fetchone()
        if rij is None:
            return None
        self._laatste = _uitgepakt(rij[0])
        return self._laatste

    def _alle(self) -> Iterator[Leerlingfeiten]:
        """Every pupil, in records order."""
        db = self._opslag.db
        if db is None:
            yield from self._per_sleutel.values()
            return
        self._terug(db)
        for (waarde,) in db.execute("SELECT waarde FROM leerling ORDER BY positie"):  # one at a time
            yield _uitgepakt(waarde)

    def eerdere(self, melding: Melding) -> None:
        """An earlier melding (already submitted): it covers the due melding it matches."""
        feiten = self(melding)
        soort = _soort(melding)
        if feiten is not None and soort is not None and melding.begindatum is not None:
            feiten.eerdere.append((soort, melding.begindatum, melding.einddatum))

    def ontbrekend(self, context: Context) -> Iterator[Leerlingrapport]:
        """Per pupil, in records order: the meldingen due (meldplicht, not made, not waiting for the
        7 days) that no row and no earlier melding covers. ``melding_ontbreekt`` when its last day
        lies before the peildatum, else ``melding_verwacht``."""
        for feiten in self._alle():
            analyse = feiten.analyse(context)
            if analyse is None:
                continue
            bevindingen = [
                _gemist(context, verschuldigde)
                for i, verschuldigde in enumerate(analyse.meldingen)
                if i not in feiten.gedekt
                and verschuldigde.meldplicht in _MELDEN
                and verschuldigde.status in _OPEN
                and not any(
                    _past(soort, begin, einde, verschuldigde, analyse.peildatum)
                    for soort, begin, einde in feiten.eerdere
                )
            ]
            if bevindingen:
                fout = any(bevinding.ernst is Ernst.FOUT for bevinding in bevindingen)
                yield Leerlingrapport(
                    positie=feiten.positie,
                    leerling=None if _lijkt_identificatie(feiten.sleutel) else feiten.sleutel,
                    status=Status.FOUT if fout else Status.WAARSCHUWING,
                    bevindingen=tuple(bevindingen),
                )

    def sluit(self) -> None:
        """Remove the database of the pupils beyond :data:`REGISTRATIE_IN_GEHEUGEN`, if there is one."""
        self._laatste = None
        self._opslag.close()

    def __enter__(self) -> Registratie:
        return self

    def __exit__(self, *_: object) -> None:
        self.sluit()


def _dubbel(positie: int) -> Invoerfout:
    return Invoerfout.enkel(
        f"leerlingen.{positie}.sleutel", "sleutel_dubbel", f"pupil {positie}: key used before"
    )


def _ingepakt(feiten: Leerlingfeiten) -> bytes:
    return pickle.dumps(feiten, protocol=pickle.HIGHEST_PROTOCOL)


def _uitgepakt(waarde: bytes) -> Leerlingfeiten:
    return cast(Leerlingfeiten, pickle.loads(waarde))  # noqa: S301 - our own temporary file, mode 0700


def _soort(melding: Melding) -> Verzuimsoort | None:
    gelezen = lees_verzuimsoort(melding.verzuimsoort) if melding.verzuimsoort is not None else None
    return gelezen.verzuimsoort if gelezen is not None else None


def _past(
    soort: Verzuimsoort, begin: date, einde: date | None, verschuldigde: Verschuldigd, peildatum: date
) -> bool:
    """Same verzuimsoort, overlapping periods (an open end lasts to the peildatum)."""
    eind = einde if einde is not None and einde >= begin else begin
    return (
        soort is verschuldigde.verzuimsoort
        and begin <= (verschuldigde.einddatum or peildatum)
        and eind >= verschuldigde.begindatum
    )


def _gemist(context: Context, verschuldigde: Verschuldigd) -> Bevinding:
    code = (
        "melding_ontbreekt"
        if context.peildatum is not None and verschuldigde.status is Meldstatus.ACHTERSTALLIG
        else "melding_verwacht"
    )
    assert verschuldigde.uiterste_meld_dag is not None
    return _bevinding(
        context,
        code,
        (),
        soort=verschuldigde.verzuimsoort.value,
        begin=verschuldigde.begindatum.isoformat(),
        eind=_eind(context, verschuldigde),
        dag=verschuldigde.dag_plicht.isoformat(),
        uiterste=verschuldigde.uiterste_meld_dag.isoformat(),
    )


def _eind(context: Context, verschuldigde: Verschuldigd) -> str:
    if verschuldigde.einddatum is not None:
        return verschuldigde.einddatum.isoformat()
    return "nu (de leerling is nog afwezig)" if context.taal is Taal.NL else "now (the pupil is still absent)"


def _wanneer(context: Context, dag: date) -> str:
    return f" (pas op {dag.isoformat()})" if context.taal is Taal.NL else f" (not until {dag.isoformat()})"


def controle_registratie(gelezen: Gelezen, context: Context) -> Iterator[Bevinding]:
    """The melding against its pupil's records and the meldingen they make due.

    * the pupil: found (``geen_registratie``), the same birth date, enrolled (Lpw art. 21a lid 1:
      "een ingeschreven leerling"), without a startkwalificatie (art. 4a), the age rules on the
      records' birth date when the melding gives none, no vrijstelling (art. 5, 5a, 15), no day
      the records hold as excused (art. 11);
    * a vervolgmelding 7 days from a melding the records say was made (DUO, docs/wetsversies.md);
    * the match with a due melding: the verzuimsoort, too early (16 hours in 4 lesweken, art. 21a;
      28 counted days for LRV/RMC), the period, and the deadline (5 werkdagen, Inspectie).
    """
    if not isinstance(context.feiten, Registratie):
        return
    melding = gelezen.melding
    feiten = context.feiten(melding)
    if feiten is None:
        yield _bevinding(context, "geen_registratie", ("leerling",))
        return
    if (
        gelezen.soort is None
        or gelezen.soort.verzuimsoort not in MELDBARE_SOORTEN
        or melding.begindatum is None
    ):
        return
    soort = gelezen.soort.verzuimsoort
    begin = melding.begindatum
    leeftijd_bekend = gelezen.leeftijd is not None
    leerling = feiten.leerling
    if leerling is not None:
        if melding.geboortedatum is not None and melding.geboortedatum != leerling.geboortedatum:
            yield _bevinding(context, "geboortedatum_strijdig", ("geboortedatum",))
        if not leerling.ingeschreven:
            yield _bevinding(context, "niet_ingeschreven", ("leerling",))
            return
        if leerling.startkwalificatie:
            yield _bevinding(context, "heeft_startkwalificatie", ("leerling", "verzuimsoort"))
            return
        if melding.geboortedatum is None and begin >= leerling.geboortedatum:
            leeftijd = leeftijd_op(leerling.geboortedatum, begin, context.beleid.verjaardag_29_februari)
            leeftijd_bekend = True
            yield from leeftijdsbevindingen(leeftijd, gelezen.soort, context, ("verzuimsoort", "begindatum"))
        yield from _vrijstellingen(leerling, melding, begin, context)
        yield from _geoorloofd(leerling, melding, context)
        yield from _vervolg(leerling, melding, soort, context)
    analyse = feiten.analyse(context)
    verschuldigd = analyse.meldingen if analyse is not None else ()
    peil = analyse.peildatum if analyse is not None else begin
    eind = melding.einddatum if melding.einddatum is not None and melding.einddatum >= begin else begin
    overlap = [
        (i, verschuldigde)
        for i, verschuldigde in enumerate(verschuldigd)
        if verschuldigde.begindatum <= eind and (verschuldigde.einddatum or peil) >= begin
    ]
    zelfde = [(i, verschuldigde) for i, verschuldigde in overlap if verschuldigde.verzuimsoort is soort]
    if zelfde:
        i, verschuldigde = zelfde[0]
        feiten.gedekt.add(i)
        yield from _vergelijk(melding, soort, verschuldigde, context)
        return
    andere = [
        (i, verschuldigde)
        for i, verschuldigde in overlap
        if verschuldigde.verzuimsoort is not Verzuimsoort.OVERIG_VERZUIM
    ]
    reeks = [i for i, verschuldigde in andere if verschuldigde.verzuimsoort in _REEKS]
    if soort in _REEKS and reeks and _leeftijd_fout(gelezen, context, leeftijd_bekend, leerling):
        feiten.gedekt.add(reeks[0])
        return  # RMC under 18 / LRV from 18: the age finding says it
    if andere or (soort is Verzuimsoort.LUXE_VERZUIM and overlap):
        i, verschuldigde = (andere or overlap)[0]
        feiten.gedekt.add(i)
        verwacht = verschuldigde.verzuimsoort.value
        yield _bevinding(
            context, "verzuimsoort_strijdig", ("verzuimsoort",), verwacht=verwacht, soort=soort.value
        )
    elif soort is Verzuimsoort.ZESTIEN_UUR:
        yield _bevinding(context, "zestien_uur_niet_bereikt", ("einddatum",), wanneer="")
    elif soort in _REEKS:
        yield _bevinding(context, "vier_weken_niet_bereikt", ("einddatum",), wanneer="")
    else:  # luxe or overig verzuim with no absence to report in its period at all
        yield _bevinding(context, "geen_verzuim_in_registratie", ("begindatum", "einddatum"))


def _leeftijd_fout(
    gelezen: Gelezen, context: Context, leeftijd_bekend: bool, leerling: Leerling | None
) -> bool:
    """Whether the age (from the melding, else the records) already refuses this LRV/RMC melding."""
    if not leeftijd_bekend:
        return False
    assert gelezen.soort is not None
    assert gelezen.melding.begindatum is not None
    if gelezen.leeftijd is not None:
        leeftijd = gelezen.leeftijd
    else:
        assert leerling is not None
        leeftijd = leeftijd_op(
            leerling.geboortedatum, gelezen.melding.begindatum, context.beleid.verjaardag_29_februari
        )
    velden = ("verzuimsoort",)
    return any(True for _ in leeftijdsbevindingen(leeftijd, gelezen.soort, context, velden))


def _vergelijk(
    melding: Melding, soort: Verzuimsoort, verschuldigde: Verschuldigd, context: Context
) -> Iterator[Bevinding]:
    """The melding against its matching due melding: too early, the period, the deadline."""
    einddatum = melding.einddatum
    if (
        einddatum is not None
        and soort in (Verzuimsoort.ZESTIEN_UUR, *_REEKS)
        and einddatum < verschuldigde.dag_plicht
    ):
        code = "zestien_uur_niet_bereikt" if soort is Verzuimsoort.ZESTIEN_UUR else "vier_weken_niet_bereikt"
        yield _bevinding(context, code, ("einddatum",), wanneer=_wanneer(context, verschuldigde.dag_plicht))
        return
    if soort is not Verzuimsoort.OVERIG_VERZUIM:
        verwacht_eind = _verwacht_eind(soort, verschuldigde)
        velden = [
            veld for veld, wijkt in (("begindatum", melding.begindatum != verschuldigde.begindatum),) if wijkt
        ]
        if einddatum is not None and verwacht_eind is not None and einddatum != verwacht_eind:
            velden.append("einddatum")
        if velden:
            eind = (verwacht_eind or verschuldigde.dag_plicht).isoformat()
            yield _bevinding(
                context, "periode_wijkt_af", velden, begin=verschuldigde.begindatum.isoformat(), eind=eind
            )
    uiterste = verschuldigde.uiterste_meld_dag
    if context.peildatum is None or uiterste is None or context.peildatum <= uiterste:
        return
    al_gemeld = (
        soort is Verzuimsoort.ZESTIEN_UUR
        and einddatum is not None
        and context.peildatum > werkdagen_na(einddatum, MELDTERMIJN_WERKDAGEN)
    )
    if not al_gemeld:  # else meldtermijn_verstreken already says it, on the melding's own einddatum
        yield _bevinding(
            context,
            "te_laat_volgens_registratie",
            ("einddatum",),
            dag=verschuldigde.dag_plicht.isoformat(),
            uiterste=uiterste.isoformat(),
        )


def _verwacht_eind(soort: Verzuimsoort, verschuldigde: Verschuldigd) -> date | None:
    """The einddatum the records give a melding: for 16 uur the day it became due; for LRV and RMC
    the last day of the counted span once the pupil is back (open while away)."""
    if soort is Verzuimsoort.ZESTIEN_UUR:
        return verschuldigde.dag_plicht
    return verschuldigde.einddatum


def _vrijstellingen(
    leerling: Leerling, melding: Melding, begin: date, context: Context
) -> Iterator[Bevinding]:
    """A valid vrijstelling in the records that overlaps the melding: DUO withdraws it (art. 5, 5a, 15)."""
    eind = melding.einddatum if melding.einddatum is not None and melding.einddatum >= begin else begin
    for i, vrijstelling in enumerate(leerling.vrijstellingen, start=1):
        if (
            vrijstelling.grond not in HELE_DAGEN
            or vrijstelling.begin > eind
            or (vrijstelling.einde is not None and vrijstelling.einde < begin)
        ):
            continue
        if toets_vrijstelling(
            vrijstelling, max(vrijstelling.begin, begin)
        ).geldig:  # only a valid one counts (art. 6, 7)
            veld = f"registratie: vrijstellingen.{i}"
            yield _bevinding(context, "overlapt_vrijstelling", ("begindatum", "einddatum"), veld=veld)


def _geoorloofd(leerling: Leerling, melding: Melding, context: Context) -> Iterator[Bevinding]:
    """The begindatum (the first verzuimdag counted) or a day of the day specification on a day the
    records hold as excused. Not the einddatum: a vervolgmelding's einddatum moves to 7 days after
    the previous one, and an LRV ends on the day of return, whatever that day held."""
    dagen = geoorloofde_dagen(leerling)
    te_toetsen = [("begindatum", melding.begindatum)]
    te_toetsen += [(f"dagen.{i}.datum", dag.datum) for i, dag in enumerate(melding.dagen)]
    for veld, dag in te_toetsen:
        if dag in dagen:
            yield _bevinding(context, "overlapt_geoorloofd_verzuim", (veld,), veld=veld)


def _vervolg(
    leerling: Leerling, melding: Melding, soort: Verzuimsoort, context: Context
) -> Iterator[Bevinding]:
    """A 16-uur melding within 7 days of one the records say was made (DUO; docs/wetsversies.md)."""
    if soort is not Verzuimsoort.ZESTIEN_UUR or melding.einddatum is None:
        return
    for i, gemaakt in enumerate(leerling.meldingen, start=1):
        if (
            gemaakt.verzuimsoort is Verzuimsoort.ZESTIEN_UUR
            and gemaakt.einddatum is not None
            and abs((gemaakt.einddatum - melding.einddatum).days) < VERVOLG_DAGEN
        ):
            label = (
                f"melding {i} in de registratie" if context.taal is Taal.NL else f"melding {i} in the records"
            )
            yield _bevinding(context, "vervolgmelding_binnen_7_dagen", ("einddatum",), eerdere=label)


CONTROLES_FEITEN: tuple[Controle, ...] = (controle_registratie,)
"""The checks against the facts: ``extra_controles``, with a :class:`Registratie` as ``feiten``."""

__all__ = [
    "CONTROLES_FEITEN",
    "ONGEOORLOOFD",
    "REGISTRATIE_IN_GEHEUGEN",
    "Leerlingfeiten",
    "Registratie",
    "controle_registratie",
]
