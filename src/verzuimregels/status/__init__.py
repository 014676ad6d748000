"""Leerplicht status on a date: leerplichtig, kwalificatieplichtig, RMC age group, or none (issue 4)."""

from __future__ import annotations

from .beoordelen import bepaal_status, buiten_verzuimmelding, lees_statusvraag
from .modellen import Diploma, Periode, Status, Statusoordeel, Statusreden, Statusvraag

__all__ = [
    "Diploma",
    "Periode",
    "Status",
    "Statusoordeel",
    "Statusreden",
    "Statusvraag",
    "bepaal_status",
    "buiten_verzuimmelding",
    "lees_statusvraag",
]
