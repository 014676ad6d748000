"""The registration layer: from a pupil's absence records to the meldingen that are due.

:func:`analyseer` takes one pupil (:class:`Leerling`: birth date, school, records, meldingen already
made) and a peildatum and returns an :class:`Analyse`: every melding due, each decided by the
keuzehulp engine with its full ``pad``, the meldingen made that were not due, and the signals a
person must judge.
"""

# The one model of granted verlof and vrijstellingen (verzuimregels.verlof), re-exported: a pupil's
# ``verloven`` and ``vrijstellingen`` take these.
from ..verlof.modellen import Kennisgeving, Verlof, Verlofsoort, Vrijstelling, Vrijstellingsgrond
from .analyse import Analyse, Melding, Situatie, Status, analyseer
from .modellen import (
    GemaakteMelding,
    Leerling,
    Onderwijssoort,
    Record,
    Reden,
    School,
    lees_leerling,
    voeg_samen,
)
from .signalen import Signaal, Signaalsoort

__all__ = [
    "Analyse",
    "GemaakteMelding",
    "Kennisgeving",
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
    "Verlof",
    "Verlofsoort",
    "Vrijstelling",
    "Vrijstellingsgrond",
    "analyseer",
    "lees_leerling",
    "voeg_samen",
]
