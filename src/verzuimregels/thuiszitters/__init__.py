"""Counting thuiszitters the same way everywhere: one category per pupil and peildatum, counted
under each named definition side by side."""

from __future__ import annotations

from .categorie import classificeer
from .modellen import (
    Categorie,
    Classificatie,
    Periode,
    Sector,
    Situatie,
    Vrijstelling,
    Vrijstellingsoort,
)

__all__ = [
    "Categorie",
    "Classificatie",
    "Periode",
    "Sector",
    "Situatie",
    "Vrijstelling",
    "Vrijstellingsoort",
    "classificeer",
]
