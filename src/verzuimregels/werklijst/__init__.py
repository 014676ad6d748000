"""The weekly worklist: who needs attention on a peildatum, per school, group or woongemeente.

A worklist puts, per group, first the meldingen the school has to make (overdue first, then by their
last day), then the signals a person must judge (possible LRV first), each with the pupil's
pseudonymous key only. It is presentation of what :func:`~verzuimregels.registratie.analyseer` found:
no rule lives here.
"""

from __future__ import annotations

from .lijst import (
    Groep,
    Indeling,
    Regelsoort,
    Weektelling,
    Werklijst,
    Werkregel,
    per_week,
    regels_van,
    werklijst,
    werklijst_frame,
)

__all__ = [
    "Groep",
    "Indeling",
    "Regelsoort",
    "Weektelling",
    "Werklijst",
    "Werkregel",
    "per_week",
    "regels_van",
    "werklijst",
    "werklijst_frame",
]
