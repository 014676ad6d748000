"""Counting thuiszitters the same way everywhere: one category per pupil and peildatum, counted
under each named definition side by side."""

from __future__ import annotations

from ..verlof.modellen import Kennisgeving, Vrijstelling, Vrijstellingsgrond
from .categorie import classificeer
from .modellen import Categorie, Classificatie, Periode, Sector, Situatie

__all__ = [
    "Categorie",
    "Classificatie",
    "Kennisgeving",
    "Periode",
    "Sector",
    "Situatie",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "classificeer",
]
