"""Validate verzuimmeldingen before they go to DUO's verzuimloket.

:func:`valideer` checks one melding, :func:`valideer_meldingen` (or :class:`Validator`, row by row)
a stream of them; each returns a :class:`Rijrapport` per melding with typed findings
(:class:`Bevinding`: code, severity, fields, message, grondslag). The finding codes live in one table,
:data:`~verzuimregels.melding.bevindingen.CODES`; the verzuimloket codes in a shipped TOML file read
by :mod:`verzuimregels.melding.codes`. See ``docs/valideren.md``.
"""

from .bevindingen import CODES, Bevinding, Ernst
from .codes import Loketcode, lees_verzuimsoort, loketcode_voor, loketcodes
from .feiten import CONTROLES_FEITEN, Registratie
from .modellen import MELDINGVELDEN, Dag, Leerlingrapport, Melding, Periode, Rijrapport, Samenvatting, Status
from .valideer import (
    CONTROLES,
    Context,
    Controle,
    Feitenbron,
    Gelezen,
    Validator,
    valideer,
    valideer_meldingen,
)

__all__ = [
    "CODES",
    "CONTROLES",
    "CONTROLES_FEITEN",
    "MELDINGVELDEN",
    "Bevinding",
    "Context",
    "Controle",
    "Dag",
    "Ernst",
    "Feitenbron",
    "Gelezen",
    "Leerlingrapport",
    "Loketcode",
    "Melding",
    "Periode",
    "Registratie",
    "Rijrapport",
    "Samenvatting",
    "Status",
    "Validator",
    "lees_verzuimsoort",
    "loketcode_voor",
    "loketcodes",
    "valideer",
    "valideer_meldingen",
]
