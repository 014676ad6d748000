"""Dated rules: a rule whose content changes on a date, and which set of rules judged a verdict.

The library judges a peildatum under the law version in force on it (:func:`~verzuimregels.bronnen.
wetsversie_op`), and stamps the verdict with that version in its ``regelversie``. A rule that changes
is a :class:`Dated` value: one content per law version, each in force from its date on. Walking the
tree on a peildatum reads every dated rule in the version of that peildatum, so the ``regelversie`` of
the verdict says which set of rules judged.

A rule changes only on the date of a law version: the Wet terugdringen schoolverzuim (Kamerstuk
36663) will change rules on a date set by Royal Decree, and that date becomes a new entry of
:data:`~verzuimregels.bronnen.WETSVERSIES`. :meth:`Dated.check` checks this (a test runs it over every
dated rule of the tree). CONTRIBUTING.md ("A dated rule change") has a worked example.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Dated(Generic[T]):
    """A rule's content by date: ``Dated({date(2024, 1, 1): 28, date(2030, 1, 1): 21})``.

    Each content holds from its date up to the next one's. Before the first date there is none: the
    library refuses such a peildatum anyway (:class:`~verzuimregels.fouten.GeenWetsversie`).
    """

    versions: tuple[tuple[date, T], ...]

    def __init__(self, versions: Mapping[date, T]) -> None:
        if not versions:
            raise ValueError("a dated rule needs at least one version")
        # Sorted by date: the dates are the mapping's keys, so no two tie and no content is compared.
        object.__setattr__(self, "versions", tuple(sorted(versions.items())))

    @property
    def dates(self) -> tuple[date, ...]:
        """The dates on which the rule takes a new content, oldest first."""
        return tuple(d for d, _ in self.versions)

    def at(self, day: date) -> T:
        """The content in force on ``day`` (a peildatum or the date of a law version)."""
        i = bisect.bisect_right(self.dates, day)
        if i == 0:
            raise ValueError(f"the rule has no version before {self.versions[0][0].isoformat()}")
        return self.versions[i - 1][1]

    def check(self, law_versions: Iterable[date]) -> None:
        """Raise :class:`ValueError` unless every date of this rule is the date of a law version, so that
        the ``regelversie`` of a verdict names the set of rules that judged it."""
        stray = sorted(set(self.dates) - set(law_versions))
        if stray:
            raise ValueError(f"a rule changes on a date that is no law version: {stray[0].isoformat()}")

    def __str__(self) -> str:
        return " / ".join(f"{value} from {day.isoformat()}" for day, value in self.versions)
