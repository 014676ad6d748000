"""The checks of :class:`~verzuimregels.keuzehulp.modellen.Casus` between its fields, declared once.

:data:`CASUS_CHECKS` is read by ``Casus``'s validator (each check's scalar form, on the case) and by
the column-wise keuzehulp (:func:`~verzuimregels.keuzehulp.frame.beoordeel_frame`: each check's
column form, on a :class:`CasusColumns` view, sends the rows that violate it to the one-case path,
which raises the check's error). Code, message and fields are written once; the two forms sit side
by side, and ``tests/test_casus_checks.py`` holds them to each other at the boundaries (equal dates,
a day apart, 29 February, a given age one year off).

The order is the validator's: a case that violates several checks gets the first one's error.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from ..beleid import Verjaardag29Februari
from ..engine.constraints import CrossField, all_of
from ..regels.leeftijd import leeftijd_op

_GEBOORTEDATUM = "geboortedatum"
_EERSTE_VERZUIMDAG = "eerste_verzuimdag"
_LEEFTIJD = "leeftijd_eerste_verzuimdag"
_PEILDATUM = "peildatum"


class CasusFields(Protocol):
    """The fields of one case the checks read (a :class:`~verzuimregels.keuzehulp.modellen.Casus`)."""

    @property
    def geboortedatum(self) -> date | None: ...
    @property
    def eerste_verzuimdag(self) -> date | None: ...
    @property
    def leeftijd_eerste_verzuimdag(self) -> int | None: ...
    @property
    def peildatum(self) -> date | None: ...


class CasusColumns(Protocol):
    """The same fields as columns: one numpy array per field, one element per row."""

    def given(self, name: str) -> Any:
        """Per row, whether the case gives the field (a boolean array)."""

    def value(self, name: str) -> Any:
        """The field per row as a number, a date as whole days since 1970-01-01 (any number where the
        field is not given)."""

    def ages(self) -> Sequence[Any]:
        """The age from ``geboortedatum`` on ``eerste_verzuimdag``, one array under each 29 February
        rule (:class:`~verzuimregels.beleid.Verjaardag29Februari`); any number where a date is not
        given."""


def _leeftijd_strijdig(c: CasusFields) -> bool:
    geboren, eerste, leeftijd = c.geboortedatum, c.eerste_verzuimdag, c.leeftijd_eerste_verzuimdag
    if geboren is None or eerste is None or leeftijd is None:
        return False
    return leeftijd not in {leeftijd_op(geboren, eerste, regel) for regel in Verjaardag29Februari}


def _leeftijd_strijdig_rijen(k: CasusColumns) -> Any:
    gegeven = k.given(_GEBOORTEDATUM) & k.given(_EERSTE_VERZUIMDAG) & k.given(_LEEFTIJD)
    return gegeven & all_of(k.value(_LEEFTIJD) != leeftijd for leeftijd in k.ages())


CASUS_CHECKS: tuple[CrossField[CasusFields, CasusColumns], ...] = (
    CrossField(
        "datum_ontbreekt",
        "geboortedatum and eerste_verzuimdag go together: {veld} is missing",
        (_EERSTE_VERZUIMDAG,),
        lambda c: c.geboortedatum is not None and c.eerste_verzuimdag is None,
        lambda k: k.given(_GEBOORTEDATUM) & ~k.given(_EERSTE_VERZUIMDAG),
        {"veld": _EERSTE_VERZUIMDAG},
    ),
    CrossField(
        "datum_ontbreekt",
        "geboortedatum and eerste_verzuimdag go together: {veld} is missing",
        (_GEBOORTEDATUM,),
        lambda c: c.geboortedatum is None and c.eerste_verzuimdag is not None,
        lambda k: ~k.given(_GEBOORTEDATUM) & k.given(_EERSTE_VERZUIMDAG),
        {"veld": _GEBOORTEDATUM},
    ),
    CrossField(
        "leeftijd_ontbreekt",
        "give leeftijd_eerste_verzuimdag, or geboortedatum and eerste_verzuimdag",
        (_LEEFTIJD, _GEBOORTEDATUM, _EERSTE_VERZUIMDAG),
        lambda c: c.geboortedatum is None and c.leeftijd_eerste_verzuimdag is None,
        lambda k: ~k.given(_GEBOORTEDATUM) & ~k.given(_LEEFTIJD),
    ),
    CrossField(
        "datum_volgorde",
        "eerste_verzuimdag lies before geboortedatum",
        (_EERSTE_VERZUIMDAG, _GEBOORTEDATUM),
        lambda c: (
            c.geboortedatum is not None
            and c.eerste_verzuimdag is not None
            and c.eerste_verzuimdag < c.geboortedatum
        ),
        lambda k: (
            k.given(_GEBOORTEDATUM)
            & k.given(_EERSTE_VERZUIMDAG)
            & (k.value(_EERSTE_VERZUIMDAG) < k.value(_GEBOORTEDATUM))
        ),
    ),
    CrossField(
        # Either 29 February rule may have been used by the caller: an age one of them gives is accepted.
        "leeftijd_strijdig",
        "leeftijd_eerste_verzuimdag contradicts geboortedatum and eerste_verzuimdag",
        (_LEEFTIJD, _GEBOORTEDATUM, _EERSTE_VERZUIMDAG),
        _leeftijd_strijdig,
        _leeftijd_strijdig_rijen,
    ),
    CrossField(
        "datum_volgorde",
        "peildatum lies before eerste_verzuimdag",
        (_PEILDATUM, _EERSTE_VERZUIMDAG),
        lambda c: (
            c.peildatum is not None and c.eerste_verzuimdag is not None and c.peildatum < c.eerste_verzuimdag
        ),
        lambda k: (
            k.given(_PEILDATUM)
            & k.given(_EERSTE_VERZUIMDAG)
            & (k.value(_PEILDATUM) < k.value(_EERSTE_VERZUIMDAG))
        ),
    ),
)
"""``Casus``'s checks between fields, in the order its validator applies them."""
