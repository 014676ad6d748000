"""Verlof (Lpw art. 13a, 14) and vrijstellingen (art. 5, 5a, 11a, 15): which absence is excused (issue 4)."""

from __future__ import annotations

from .beoordelen import beoordeel_verlof, lees_verlofaanvraag
from .modellen import (
    Kennisgeving,
    Verlof,
    Verlofaanvraag,
    Verlofbeslissing,
    Verlofoordeel,
    Verlofsoort,
    Vrijstelling,
    Vrijstellingsgrond,
    Weekdag,
)

__all__ = [
    "Kennisgeving",
    "Verlof",
    "Verlofaanvraag",
    "Verlofbeslissing",
    "Verlofoordeel",
    "Verlofsoort",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Weekdag",
    "beoordeel_verlof",
    "lees_verlofaanvraag",
]
