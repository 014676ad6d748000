"""Languages of user-facing explanations: Dutch by default, English on request."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class Taal(StrEnum):
    """Language of ``toelichting``, question texts and policy notes."""

    NL = "nl"
    EN = "en"


def uren_tekst(waarde: Decimal) -> str:
    """Hours for reading: at most two decimals, no trailing zeros (``10``, ``5.5``)."""
    return format(waarde.quantize(Decimal("0.01")).normalize(), "f")
