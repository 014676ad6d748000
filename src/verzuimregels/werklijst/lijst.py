"""The worklist's rows and their order, from one pupil's analysis or from the batch path's frame.

Order within a group (most urgent first): meldingen overdue (``achterstallig``, oldest last day
first), meldingen to make (by their last day), vervolgmeldingen waiting for the 7 days, overig verzuim
the school may report; then the signals: ``mogelijk_lrv`` (soonest LRV day first),
``nadert_zestien_uur`` (fewest hours to go first), ``mazl_langdurig``, ``mazl_frequent``, then the
other signals. Meldingen made (``gemeld``, ``te_laat_gemeld``) are done and not on the list.
``nadert_zestien_uur`` and ``mogelijk_lrv`` describe the peildatum itself; the other signals (MAZL
too) are listed while recent: their last day at most ``recent`` days before the peildatum (default
28, four weeks).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ConfigDict, Field

from .. import display
from .._versie import __version__
from ..beleid import STANDAARDBELEID, Beleid
from ..fouten import Foutrij, Invoerfout, Model, ToonbareSleutel, bewaakt
from ..registratie.analyse import Analyse, Melding, Status, analyseer
from ..registratie.modellen import Getal, Leerling, lees_leerling
from ..registratie.signalen import Signaal, Signaalsoort, signaal_details
from ..registratie.tellen import jaarkalender
from ..teksten import Taal

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

RECENT_DAGEN = 28
"""Other signals stay on the list while their last day lies at most this many days back."""
ACTUEEL = frozenset({Signaalsoort.NADERT_ZESTIEN_UUR, Signaalsoort.MOGELIJK_LRV})
"""Signals that describe the peildatum itself (always on the list)."""


class Indeling(StrEnum):
    """How the worklist is split into groups (one printable page each)."""

    SCHOOL = "school"
    """Per school (``School.naam``)."""
    GROEP = "groep"
    """Per mentorgroep or class (``Leerling.groep``)."""
    WOONGEMEENTE = "woongemeente"
    """Per woongemeente (``Leerling.woongemeente``): the leerplichtambtenaar's view."""


ZONDER = {
    Indeling.SCHOOL: "school zonder naam",
    Indeling.GROEP: "zonder groep",
    Indeling.WOONGEMEENTE: "woongemeente onbekend",
}
"""The group of a pupil without the grouping field (Dutch, the default)."""

ZONDER_IN = {
    Taal.NL: ZONDER,
    Taal.EN: {
        Indeling.SCHOOL: "school without a name",
        Indeling.GROEP: "no group",
        Indeling.WOONGEMEENTE: "woongemeente unknown",
    },
}
""":data:`ZONDER` per language (``werklijst --taal en``)."""

KOLOM = {Indeling.SCHOOL: "school", Indeling.GROEP: "groep", Indeling.WOONGEMEENTE: "woongemeente"}
"""The column of the batch path's records frame that holds the group."""


class Regelsoort(StrEnum):
    """A melding to make or a signal to judge."""

    MELDING = "melding"
    SIGNAAL = "signaal"


_RANG_MELDING = {Status.ACHTERSTALLIG: 1, Status.TE_MELDEN: 2, Status.WACHT_7_DAGEN: 3, Status.MAG_MELDEN: 4}
_RANG_SIGNAAL = {
    Signaalsoort.MOGELIJK_LRV: 5,
    Signaalsoort.NADERT_ZESTIEN_UUR: 6,
    Signaalsoort.MAZL_LANGDURIG: 7,
    Signaalsoort.MAZL_FREQUENT: 8,
}
_RANG_OVERIG_SIGNAAL = 9


class Werkregel(Model):
    """One row of the worklist: a melding to make or a signal to judge, for one pupil."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    groep: str
    sleutel: ToonbareSleutel = Field(description="The pupil's pseudonymous key (never a BSN or name).")
    soort: Regelsoort
    wat: str = Field(description="The verzuimsoort of a melding or the kind of a signal.")
    status: Status | None = Field(description="A melding's status on the peildatum.")
    rang: int = Field(description="Urgency: 1 (overdue) to 9 (other signals); the list's order.")
    dag: date | None = Field(
        description=(
            "The day that matters: a melding's last day to report (a waiting vervolgmelding: the day "
            "it can be made); mogelijk_lrv: the LRV day; nadert_zestien_uur: the last day the window "
            "runs; other signals: their last day."
        )
    )
    dagen: int | None = Field(description="Calendar days from the peildatum to ``dag`` (negative: past).")
    begindatum: date
    einddatum: date | None
    uren: Getal | None = None
    nog_uren: Getal | None = None
    op_lijst_sinds: date | None = None
    aantal: int | None = None
    toelichting: str = ""

    def sorteersleutel(self) -> tuple[Any, ...]:
        """The order within a group."""
        return (self.rang, self.nog_uren or 0, self.dag or date.max, self.sleutel or "")


class Groep(Model):
    """One group's page of the worklist."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    naam: str
    leerlingen: int = Field(description="Pupils analysed in this group (with or without rows).")
    regels: tuple[Werkregel, ...]

    @property
    def meldingen(self) -> int:
        """Rows that are meldingen."""
        return sum(r.soort is Regelsoort.MELDING for r in self.regels)

    @property
    def achterstallig(self) -> int:
        """Meldingen overdue."""
        return sum(r.status is Status.ACHTERSTALLIG for r in self.regels)

    @property
    def signalen(self) -> int:
        """Rows that are signals."""
        return sum(r.soort is Regelsoort.SIGNAAL for r in self.regels)


class Werklijst(Model):
    """The worklist on a peildatum: one :class:`Groep` per school, group or woongemeente."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    peildatum: date
    indeling: Indeling
    groepen: tuple[Groep, ...]
    fouten: tuple[Foutrij, ...] = Field(
        default=(), description="Pupils whose input failed validation (by position and key)."
    )
    regelversie: str = f"verzuimregels {__version__}"

    def regels(self) -> list[Werkregel]:
        """Every row, group after group."""
        return [r for g in self.groepen for r in g.regels]

    def _repr_html_(self) -> str:
        return display.html(self, "verzuimregels.werklijst.uitvoer", document=False)


def _melding_dag(m: Melding) -> date | None:
    return m.dag_plicht if m.status is Status.WACHT_7_DAGEN else m.uiterste_meld_dag


_MELDING_TEKSTEN = {
    Taal.NL: {
        "wacht": "vervolgmelding, te doen vanaf {dag} (7 dagen na de vorige)",
        "mag": "melden mag, hoeft niet",
        "achterstallig": "had uiterlijk gemeld moeten zijn op {dag}",
        "uiterlijk": "uiterlijk melden op {dag}",
    },
    Taal.EN: {
        "wacht": "vervolgmelding, to make from {dag} (7 days after the previous one)",
        "mag": "may be reported, need not be",
        "achterstallig": "should have been reported by {dag}",
        "uiterlijk": "report by {dag}",
    },
}


def _melding_tekst(m: Melding, taal: Taal = Taal.NL) -> str:
    t = _MELDING_TEKSTEN[taal]
    if m.status is Status.WACHT_7_DAGEN:
        return t["wacht"].format(dag=m.dag_plicht.isoformat())
    if m.status is Status.MAG_MELDEN:
        return t["mag"]
    assert m.uiterste_meld_dag is not None
    woord = t["achterstallig"] if m.status is Status.ACHTERSTALLIG else t["uiterlijk"]
    return woord.format(dag=m.uiterste_meld_dag.isoformat())


def _signaal_dag(s: Signaal) -> date:
    return s.lrv_op or s.venster_tot or s.tot


def regels_van(
    analyse: Analyse,
    groep: str,
    *,
    recent: int = RECENT_DAGEN,
    peildatum: date | None = None,
    taal: Taal = Taal.NL,
) -> list[Werkregel]:
    """The worklist rows of one pupil's analysis (unsorted), their explanations in ``taal``."""
    peil = peildatum or analyse.peildatum
    uit: list[Werkregel] = []
    for m in analyse.meldingen:
        if m.status not in _RANG_MELDING:
            continue
        dag = _melding_dag(m)
        uit.append(
            Werkregel(
                groep=groep,
                sleutel=analyse.sleutel,
                soort=Regelsoort.MELDING,
                wat=m.verzuimsoort.value,
                status=m.status,
                rang=_RANG_MELDING[m.status],
                dag=dag,
                dagen=None if dag is None else (dag - peil).days,
                begindatum=m.begindatum,
                einddatum=m.einddatum,
                uren=m.uren,
                toelichting=_melding_tekst(m, taal),
            )
        )
    # a window longer than the calendar reaches back to its start (a huge --recent is no overflow)
    grens = peil - timedelta(days=recent - 1) if recent - 1 <= (peil - date.min).days else date.min
    for s in analyse.signalen:
        if s.soort not in ACTUEEL and s.tot < grens:
            continue
        dag = _signaal_dag(s)
        uit.append(
            Werkregel(
                groep=groep,
                sleutel=analyse.sleutel,
                soort=Regelsoort.SIGNAAL,
                wat=s.soort.value,
                status=None,
                rang=_RANG_SIGNAAL.get(s.soort, _RANG_OVERIG_SIGNAAL),
                dag=dag,
                dagen=(dag - peil).days,
                begindatum=s.van,
                einddatum=s.tot,
                uren=s.uren,
                nog_uren=s.nog_uren,
                op_lijst_sinds=s.op_lijst_sinds,
                aantal=s.aantal,
                toelichting=signaal_details(s, taal) or s.toelichting,
            )
        )
    return uit


def groepsnaam(leerling: Leerling, indeling: Indeling, taal: Taal = Taal.NL) -> str:
    """The group ``leerling`` belongs to under ``indeling`` (a pupil without one: named in ``taal``)."""
    waarde = {
        Indeling.SCHOOL: leerling.school.naam,
        Indeling.GROEP: leerling.groep,
        Indeling.WOONGEMEENTE: leerling.woongemeente,
    }[indeling]
    return waarde or ZONDER_IN[taal][indeling]


_K = TypeVar("_K", bound=StrEnum)


def _keuze(soort: type[_K], waarde: object, veld: str) -> _K:
    """``waarde`` as one of ``soort``; anything else is an error naming the field and the choices."""
    for keuze in soort:
        if waarde == keuze.value:
            return keuze
    keuzes = ", ".join(k.value for k in soort)
    raise Invoerfout.enkel(veld, f"{veld}_onbekend", f"expected one of: {keuzes}", keuzes=keuzes)


def _controleer_recent(recent: object) -> int:
    if isinstance(recent, bool) or not isinstance(recent, int) or recent < 1:
        raise Invoerfout.enkel(
            "recent", "recent_ongeldig", "recent must be a whole number of days, at least 1"
        )
    return recent


class Opbouw:
    """Builds a :class:`Werklijst` pupil by pupil (the CLI adds rows that failed to read as errors)."""

    def __init__(
        self,
        peildatum: date,
        indeling: Indeling | str = Indeling.GROEP,
        beleid: Beleid = STANDAARDBELEID,
        taal: Taal | str = Taal.NL,
        recent: int = RECENT_DAGEN,
    ) -> None:
        self.peildatum = peildatum
        self.indeling = _keuze(Indeling, indeling, "indeling")
        self.beleid = beleid
        self.taal = _keuze(Taal, taal, "taal")
        self.recent = _controleer_recent(recent)
        self.per_groep: dict[str, list[Werkregel]] = {}
        self.aantal: dict[str, int] = {}
        self.fouten: list[Foutrij] = []

    def leerling(self, positie: int, waarde: Leerling | Mapping[str, Any]) -> None:
        """Analyse one pupil (its position from 1); bad input becomes an error row."""
        if not isinstance(waarde, Leerling | Mapping):
            fout = Invoerfout.enkel("", "geen_object", "a pupil must be a mapping (a JSON object)")
            self.fout(positie, None, fout)
            return
        try:
            leerling = lees_leerling(waarde if isinstance(waarde, Leerling) else dict(waarde))
            analyse = analyseer(leerling, self.peildatum, beleid=self.beleid, taal=self.taal)
        except Invoerfout as fout:
            sleutel = None if isinstance(waarde, Leerling) else waarde.get("sleutel")
            self.fout(positie, sleutel if isinstance(sleutel, str) else None, fout)
            return
        naam = groepsnaam(leerling, self.indeling, self.taal)
        self.aantal[naam] = self.aantal.get(naam, 0) + 1
        self.bewaar(naam, regels_van(analyse, naam, recent=self.recent, taal=self.taal))

    def bewaar(self, groep: str, regels: list[Werkregel]) -> None:
        """Keep one pupil's rows (the command line keeps them on disk: ``cli/werklijst.py``)."""
        self.per_groep.setdefault(groep, []).extend(regels)

    def fout(self, positie: int, sleutel: str | None, fout: Invoerfout) -> None:
        """A pupil that could not be analysed."""
        self.bewaar_fout(Foutrij(rij=positie, sleutel=sleutel, fouten=fout.fouten))

    def bewaar_fout(self, fout: Foutrij) -> None:
        """Keep an error row."""
        self.fouten.append(fout)

    def lijst(self) -> Werklijst:
        """The worklist: groups by name, rows by urgency."""
        groepen = tuple(
            Groep(
                naam=naam,
                leerlingen=self.aantal[naam],
                regels=tuple(sorted(regels, key=Werkregel.sorteersleutel)),
            )
            for naam, regels in sorted(self.per_groep.items())
        )
        return Werklijst(
            peildatum=self.peildatum, indeling=self.indeling, groepen=groepen, fouten=tuple(self.fouten)
        )


def werklijst(
    leerlingen: Iterable[Leerling | Mapping[str, Any]],
    peildatum: date,
    *,
    indeling: Indeling | str = Indeling.GROEP,
    beleid: Beleid = STANDAARDBELEID,
    taal: Taal | str = Taal.NL,
    recent: int = RECENT_DAGEN,
) -> Werklijst:
    """The worklist of ``leerlingen`` on ``peildatum``: each pupil analysed with
    :func:`~verzuimregels.registratie.analyseer`, its rows grouped and ordered by urgency. A pupil
    whose input fails validation is an error row (its position from 1 and its key), never dropped."""
    opbouw = Opbouw(peildatum, indeling, beleid, taal, recent)
    for positie, waarde in enumerate(leerlingen, start=1):
        opbouw.leerling(positie, waarde)
    return opbouw.lijst()


@dataclass(frozen=True)
class Weektelling:
    """The worklist's rows on one peildatum, counted by kind: a melding's status (``achterstallig``,
    ``te_melden``, ``wacht_7_dagen``, ``mag_melden``), an early-warning signal's kind, or
    ``overig_signaal``; and an error row (:class:`~verzuimregels.fouten.Foutrij`, the pupil's position
    from 1 and key) for each pupil not counted because it fails validation or cannot be analysed on
    this peildatum (a date beyond the calendar, a peildatum before the oldest law version)."""

    peildatum: date
    aantallen: Counter[str] = field(default_factory=Counter)
    fouten: list[Foutrij] = field(default_factory=list)


def per_week(
    leerlingen: Iterable[Leerling | Mapping[str, Any]],
    peildata: Sequence[date] | None = None,
    *,
    beleid: Beleid = STANDAARDBELEID,
    recent: int = RECENT_DAGEN,
) -> list[Weektelling]:
    """The worklist counted on each of ``peildata`` (default: the Friday of every lesweek of the
    first pupil's school year): how the list grows and shrinks over the year. A pupil whose input
    fails validation is an error row in every week's ``fouten``, one that cannot be analysed on a
    peildatum an error row in that week's; the other pupils are counted, none is dropped silently.
    Without ``peildata`` and without a pupil with a school year (records or ``schooljaar``) there are
    no weeks to count."""
    modellen: list[tuple[int, Leerling]] = []
    ongeldig: list[Foutrij] = []
    for positie, waarde in enumerate(leerlingen, start=1):
        if not isinstance(waarde, Leerling | Mapping):
            fout = Invoerfout.enkel("", "geen_object", "a pupil must be a mapping (a JSON object)")
            ongeldig.append(Foutrij(rij=positie, fouten=fout.fouten))
            continue
        try:
            modellen.append(
                (positie, lees_leerling(waarde if isinstance(waarde, Leerling) else dict(waarde)))
            )
        except Invoerfout as fout:
            sleutel = None if isinstance(waarde, Leerling) else waarde.get("sleutel")
            ongeldig.append(
                Foutrij(
                    rij=positie, sleutel=sleutel if isinstance(sleutel, str) else None, fouten=fout.fouten
                )
            )
    if peildata is None:
        voorbeeld = next((leerling for _, leerling in modellen if leerling.jaar is not None), None)
        if voorbeeld is None or voorbeeld.jaar is None:  # no school year to take the weeks from
            return []
        peildata = [
            w + timedelta(days=4) for w in jaarkalender(voorbeeld.school.kalender, voorbeeld.jaar).lesweken
        ]
    eerste_record = [min((r.datum for r in leerling.records), default=date.max) for _, leerling in modellen]
    uit = []
    for peil in peildata:
        telling = Weektelling(peil, fouten=list(ongeldig))
        for (positie, leerling), eerste in zip(modellen, eerste_record, strict=True):
            if eerste > peil:  # no record up to the peildatum: nothing due, nothing to signal
                continue
            try:
                regels = regels_van(analyseer(leerling, peil, beleid=beleid), "", recent=recent)
            except Invoerfout as fout:
                telling.fouten.append(Foutrij(rij=positie, sleutel=leerling.sleutel, fouten=fout.fouten))
                continue
            for r in regels:
                if r.status is not None:
                    telling.aantallen[r.status.value] += 1
                else:
                    telling.aantallen[r.wat if r.rang < _RANG_OVERIG_SIGNAAL else "overig_signaal"] += 1
        telling.fouten.sort(key=lambda f: f.rij)
        uit.append(telling)
    return uit


WERKLIJST_KOLOMMEN = (
    "groep",
    "rang",
    "sleutel",
    "soort",
    "wat",
    "status",
    "dag",
    "dagen",
    "begindatum",
    "einddatum",
    "uren",
    "nog_uren",
    "op_lijst_sinds",
    "aantal",
)
"""The columns of :func:`werklijst_frame` (the fields of :class:`Werkregel` but the text)."""


@bewaakt
def werklijst_frame(
    records: pd.DataFrame,
    peildatum: date,
    *,
    leerlingen: pd.DataFrame | None = None,
    indeling: Indeling | str = Indeling.GROEP,
    beleid: Beleid = STANDAARDBELEID,
    recent: int = RECENT_DAGEN,
) -> pd.DataFrame:
    """The worklist through the batch path: :func:`~verzuimregels.registratie.frame.analyseer_frame`
    with signals, one row per :data:`WERKLIJST_KOLOMMEN`, sorted by group and urgency as
    :func:`werklijst` sorts. The group comes from the column :data:`KOLOM` of ``leerlingen`` (or of
    ``records``), a pupil's first row; error rows of the analysis are left to ``analyseer_frame``."""
    import pandas as pd

    from ..registratie.frame import MELDING, SIGNAAL, analyseer_frame

    indeling = _keuze(Indeling, indeling, "indeling")
    _controleer_recent(recent)
    bron = leerlingen if leerlingen is not None else records
    if "sleutel" not in bron.columns and bron.index.name == "sleutel":
        bron = bron.reset_index()
    groepskolommen = set(KOLOM.values())  # the worklist's, not the analysis's columns

    def zonder(df: pd.DataFrame) -> pd.DataFrame:
        return df.drop(columns=[k for k in df.columns if k in groepskolommen])

    uit = analyseer_frame(
        zonder(records),
        peildatum,
        leerlingen=None if leerlingen is None else zonder(leerlingen),
        beleid=beleid,
        signalen=True,
    )
    kolom = KOLOM[indeling]
    if kolom in bron.columns:
        eerste = bron.drop_duplicates("sleutel").set_index("sleutel")[kolom]
        groep = uit["sleutel"].map(eerste).astype(object)
        groep = groep.where(groep.notna() & (groep != ""), ZONDER[indeling])
    else:
        groep = pd.Series(ZONDER[indeling], index=uit.index, dtype=object)
    status = uit["status"]
    melding = (uit["uitkomst"] == MELDING) & status.isin([s.value for s in _RANG_MELDING])
    vroeg = uit["signaal"].isin([s.value for s in ACTUEEL])
    grens = peildatum - timedelta(days=recent - 1)
    recent_genoeg = uit["einddatum"].map(lambda d: d is not None and d >= grens).astype(bool)
    signaal = (uit["uitkomst"] == SIGNAAL) & (vroeg | recent_genoeg)
    m, s = uit[melding], uit[signaal]
    wacht = m["status"] == Status.WACHT_7_DAGEN.value
    mdag = m["uiterste_meld_dag"].where(~wacht, m["dag_plicht"])
    rang_signaal = {k.value: v for k, v in _RANG_SIGNAAL.items()}
    delen = [
        pd.DataFrame(
            {
                "groep": groep[melding],
                "rang": m["status"].map({k.value: v for k, v in _RANG_MELDING.items()}),
                "sleutel": m["sleutel"],
                "soort": Regelsoort.MELDING.value,
                "wat": m["verzuimsoort"],
                "status": m["status"],
                "dag": mdag,
                "begindatum": m["begindatum"],
                "einddatum": m["einddatum"],
                "uren": m["uren"],
                "nog_uren": None,
                "op_lijst_sinds": None,
                "aantal": None,
            }
        ),
        pd.DataFrame(
            {
                "groep": groep[signaal],
                "rang": s["signaal"].map(lambda w: rang_signaal.get(w, _RANG_OVERIG_SIGNAAL)),
                "sleutel": s["sleutel"],
                "soort": Regelsoort.SIGNAAL.value,
                "wat": s["signaal"],
                "status": None,
                "dag": s["signaal_dag"],
                "begindatum": s["begindatum"],
                "einddatum": s["einddatum"],
                "uren": s["uren"],
                "nog_uren": s["nog_uren"],
                "op_lijst_sinds": s["op_lijst_sinds"],
                "aantal": s["aantal"],
            }
        ),
    ]
    lijst = pd.concat([d.astype(object) for d in delen], ignore_index=True)
    lijst["rang"] = lijst["rang"].astype("int64")
    lijst["dagen"] = pd.Series(
        [None if d is None or d != d else (d - peildatum).days for d in lijst["dag"]], dtype=object
    )
    volgorde = pd.DataFrame(
        {
            "groep": lijst["groep"],
            "rang": lijst["rang"],
            "nog": [0 if v is None or v != v else v for v in lijst["nog_uren"]],
            "dag": [date.max if d is None or d != d else d for d in lijst["dag"]],
            "sleutel": lijst["sleutel"].fillna(""),
        }
    )
    index = volgorde.sort_values(["groep", "rang", "nog", "dag", "sleutel"], kind="stable").index
    return lijst.loc[index, list(WERKLIJST_KOLOMMEN)].reset_index(drop=True)
