"""Counting thuiszitters under each named definition, side by side, on one or more peildata.

Every pupil falls in exactly one :class:`~verzuimregels.thuiszitters.Categorie` per peildatum; a
definition is a set of categories, and its total is the sum of their counts. So the same population,
classified once, gives every definition's figure, and the differences between the figures in the
news are visible as categories (docs/thuiszitters.md):

* **OCW 2016** (Kamerbrief 3 February 2016): langdurig relatief verzuim of four weeks or more plus
  absoluut verzuim.
* **Thuiszitterspact** (2016): at home for more than three months, the pact's target.
* **Balans, "Thuiszitters tellen" (2020)**: the OCW count plus the vrijstellingen of art. 5 onder a.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .. import display
from ..beleid import STANDAARDBELEID, Beleid
from ..bronnen import BALANS_2020, KAMERBRIEF_2016, Bron
from ..fouten import Invoerfout
from ..teksten import Taal
from .categorie import classificeer
from .modellen import Categorie, Situatie, groepswaarde

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

GROEPSVELDEN = ("gemeente", "school", "regio", "sector")
"""The fields of :class:`Situatie` a count can be grouped by."""


@dataclass(frozen=True, slots=True)
class Definitie:
    """A named thuiszitter definition: the categories it counts."""

    naam: str
    categorieen: frozenset[Categorie]
    omschrijving: str = ""
    """What it counts, in Dutch."""
    bron: Bron | None = None
    omschrijving_en: str = ""
    """What it counts, in English (empty: :meth:`beschrijving` gives the Dutch one)."""

    def beschrijving(self, taal: Taal | str = Taal.NL) -> str:
        """What it counts in ``taal``: the Dutch :attr:`omschrijving`, or in English
        :attr:`omschrijving_en` where it is given."""
        if Taal(taal) is Taal.EN and self.omschrijving_en:
            return self.omschrijving_en
        return self.omschrijving


_LRV = frozenset({Categorie.LRV_4_WEKEN_TOT_3_MAANDEN, Categorie.LRV_LANGER_DAN_3_MAANDEN})
_ABSOLUUT = frozenset({Categorie.ABSOLUUT_TOT_3_MAANDEN, Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN})

OCW_2016 = Definitie(
    "ocw_2016",
    _LRV | _ABSOLUUT,
    "Langdurig relatief verzuim (4 weken of langer) plus absoluut verzuim.",
    KAMERBRIEF_2016.bron(date(2016, 2, 3)),
    "Langdurig relatief verzuim (4 weeks or longer) plus absoluut verzuim.",
)
THUISZITTERSPACT = Definitie(
    "thuiszitterspact",
    frozenset({Categorie.LRV_LANGER_DAN_3_MAANDEN, Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN}),
    "Langer dan drie maanden thuis: langdurig relatief of absoluut verzuim van meer dan drie maanden.",
    KAMERBRIEF_2016.bron(date(2016, 2, 3)),
    "At home for more than three months: langdurig relatief or absoluut verzuim of more than three months.",
)
BALANS = Definitie(
    "balans_2020",
    _LRV | _ABSOLUUT | {Categorie.VRIJSTELLING_5_ONDER_A},
    "De OCW-telling plus vrijstellingen op grond van art. 5 onder a.",
    BALANS_2020.bron(date(2020, 2, 1)),
    "The OCW count plus the vrijstellingen under art. 5 onder a.",
)
STANDAARD_DEFINITIES: tuple[Definitie, ...] = (OCW_2016, THUISZITTERSPACT, BALANS)
"""The definitions counted when the caller names none."""


@dataclass(frozen=True)
class Telling:
    """Counts per peildatum, group and category, and each definition's totals.

    ``aantallen[(peildatum, groep, categorie)]`` is the number of pupils; ``groep`` is a tuple of the
    values of the grouping fields (empty without grouping).
    """

    peildata: tuple[date, ...]
    groep_op: tuple[str, ...]
    definities: tuple[Definitie, ...]
    aantallen: Counter[tuple[date, tuple[Any, ...], Categorie]] = field(default_factory=Counter)

    def groepen(self) -> list[tuple[Any, ...]]:
        """Every group that occurs, sorted (``None`` last)."""
        gezien = {g for _, g, _ in self.aantallen}
        return sorted(gezien, key=lambda g: tuple((w is None, str(w)) for w in g))

    def aantal(self, peildatum: date, categorie: Categorie, groep: tuple[Any, ...] | None = None) -> int:
        """Pupils in ``categorie`` on ``peildatum`` (in one group, or all groups)."""
        return sum(
            n
            for (d, g, c), n in self.aantallen.items()
            if d == peildatum and c is categorie and (groep is None or g == groep)
        )

    def totaal(self, peildatum: date, definitie: Definitie, groep: tuple[Any, ...] | None = None) -> int:
        """The count under ``definitie``: the sum of its categories."""
        return sum(self.aantal(peildatum, c, groep) for c in definitie.categorieen)

    def rijen(self) -> list[dict[str, Any]]:
        """One row per peildatum and group: every category's count and every definition's total."""
        rijen = []
        for peildatum in self.peildata:
            for groep in self.groepen():
                rij: dict[str, Any] = {"peildatum": peildatum, **dict(zip(self.groep_op, groep, strict=True))}
                rij.update({c.value: self.aantal(peildatum, c, groep) for c in Categorie})
                rij.update({d.naam: self.totaal(peildatum, d, groep) for d in self.definities})
                rijen.append(rij)
        return rijen

    def als_dataframe(self) -> pd.DataFrame:
        """The rows of :meth:`rijen` as a pandas DataFrame (needs the ``frame`` extra)."""
        try:
            import pandas as pd
        except ModuleNotFoundError as fout:
            from ..fouten import OntbrekendeExtra

            raise OntbrekendeExtra("Telling.als_dataframe", "frame", fout.name) from None
        return pd.DataFrame(self.rijen())

    def _repr_html_(self) -> str:
        return display.html(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text(display.text(self))


def tel(
    situaties: Iterable[Situatie],
    peildata: date | Sequence[date],
    *,
    groep_op: Sequence[str] = (),
    definities: Sequence[Definitie] = STANDAARD_DEFINITIES,
    beleid: Beleid = STANDAARDBELEID,
    bij_fout: Callable[[Situatie, Invoerfout], object] | None = None,
) -> Telling:
    """Classify every pupil on every peildatum and count per group and category.

    ``groep_op`` names fields of :data:`GROEPSVELDEN`; an unknown name is an
    :class:`~verzuimregels.fouten.Invoerfout` (a ``ValueError``). A situation that cannot be classified
    on some peildatum (a date beyond the calendar, a peildatum before the oldest law version) is counted
    on none of them and handed to ``bij_fout`` with its error; without ``bij_fout`` the error is raised
    and no count is made. Nothing is dropped silently.
    """
    peildata = (peildata,) if isinstance(peildata, date) else tuple(peildata)
    onbekend = [str(i) for i, v in enumerate(groep_op, start=1) if v not in GROEPSVELDEN]
    if onbekend:  # named by position, as every unknown key
        raise Invoerfout.enkel(
            "groep_op",
            "groepsveld_onbekend",
            f"grouping field(s) {', '.join(onbekend)} are not known; known: {', '.join(GROEPSVELDEN)}",
        )
    telling = Telling(peildata, tuple(groep_op), tuple(definities))
    for situatie in situaties:
        groep = tuple(groepswaarde(situatie, v) for v in groep_op)
        try:
            categorieen = [classificeer(situatie, p, beleid=beleid).categorie for p in peildata]
        except Invoerfout as fout:
            if bij_fout is None:
                raise
            bij_fout(situatie, fout)
            continue
        for peildatum, categorie in zip(peildata, categorieen, strict=True):
            telling.aantallen[(peildatum, groep, categorie)] += 1
    return telling


@dataclass(frozen=True, slots=True)
class Stroom:
    """Between two peildata, under one definition: who became, stayed, stopped being a thuiszitter."""

    van: date
    tot: date
    definitie: Definitie
    instroom: int
    blijvend: int
    uitstroom: int
    overgangen: Counter[tuple[Categorie, Categorie]]


def stroom(
    situaties: Iterable[Situatie],
    van: date,
    tot: date,
    *,
    definitie: Definitie = OCW_2016,
    beleid: Beleid = STANDAARDBELEID,
) -> Stroom:
    """Inflow, stock and outflow under ``definitie`` between ``van`` and ``tot``."""
    overgangen: Counter[tuple[Categorie, Categorie]] = Counter()
    for situatie in situaties:
        voor = classificeer(situatie, van, beleid=beleid).categorie
        na = classificeer(situatie, tot, beleid=beleid).categorie
        overgangen[(voor, na)] += 1
    telt = definitie.categorieen
    return Stroom(
        van=van,
        tot=tot,
        definitie=definitie,
        instroom=sum(n for (a, b), n in overgangen.items() if a not in telt and b in telt),
        blijvend=sum(n for (a, b), n in overgangen.items() if a in telt and b in telt),
        uitstroom=sum(n for (a, b), n in overgangen.items() if a in telt and b not in telt),
        overgangen=overgangen,
    )
