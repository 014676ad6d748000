"""The registration layer: from a pupil's absence records to the meldingen that are due.

:func:`analyseer` takes one pupil (:class:`Leerling`: birth date, school, records, meldingen already
made) and a peildatum and returns an :class:`Analyse`: every melding due, each decided by the
keuzehulp engine with its full ``pad``, the meldingen made that were not due, and the signals a
person must judge.
"""

from .analyse import Analyse, Melding, Situatie, Status, analyseer
from .modellen import (
    GemaakteMelding,
    Leerling,
    Onderwijssoort,
    Record,
    Reden,
    School,
    Vrijstelling,
    Vrijstellingsgrond,
    lees_leerling,
)
from .signalen import Signaal, Signaalsoort

__all__ = [
    "Analyse",
    "GemaakteMelding",
    "Leerling",
    "Melding",
    "Onderwijssoort",
    "Record",
    "Reden",
    "School",
    "Signaal",
    "Signaalsoort",
    "Situatie",
    "Status",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "analyseer",
    "lees_leerling",
]
