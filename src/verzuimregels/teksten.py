"""Languages of user-facing explanations: Dutch by default, English on request."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum


class Taal(StrEnum):
    """Language of ``toelichting``, question texts and policy notes."""

    NL = "nl"
    EN = "en"


def uren_tekst(waarde: Decimal, taal: Taal | None = None) -> str:
    """Hours for reading: rounded half-even to at most two decimals (whatever the caller's decimal
    context says), no trailing zeros: ``10``, ``5.5``; in Dutch text (``taal=Taal.NL``) with the decimal
    comma Dutch writes: ``5,5``."""
    tekst = format(waarde.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN).normalize(), "f")
    return tekst.replace(".", ",") if taal is Taal.NL else tekst
