"""Verlof (Lpw art. 13a, 14) and vrijstellingen (art. 5, 5a, 11a, 15): which absence is excused (issue 4)."""

from __future__ import annotations

from .beoordelen import beoordeel_verlof, lees_verlofaanvraag
from .modellen import (
    Kennisgeving,
    Verlener,
    Verlof,
    Verlofaanvraag,
    Verlofbeslissing,
    Verlofoordeel,
    Verlofsoort,
    Vrijstelling,
    Vrijstellingsgrond,
    Weekdag,
)
from .vrijstelling import (
    ARTIKEL,
    Gebrek,
    Verontschuldiging,
    Vrijstellingstoets,
    gedekte_verlofdagen,
    is_verontschuldigd,
    lees_feit,
    toets_vrijstelling,
)

__all__ = [
    "ARTIKEL",
    "Gebrek",
    "Kennisgeving",
    "Verlener",
    "Verlof",
    "Verlofaanvraag",
    "Verlofbeslissing",
    "Verlofoordeel",
    "Verlofsoort",
    "Verontschuldiging",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "Vrijstellingstoets",
    "Weekdag",
    "beoordeel_verlof",
    "gedekte_verlofdagen",
    "is_verontschuldigd",
    "lees_feit",
    "lees_verlofaanvraag",
    "toets_vrijstelling",
]
