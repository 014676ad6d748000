"""Validate verzuimmeldingen before they go to DUO's verzuimloket.

:func:`valideer` checks one melding, :func:`valideer_meldingen` (or :class:`Validator`, row by row)
a stream of them; each returns a :class:`Rijrapport` per melding with typed findings
(:class:`Bevinding`: code, severity, fields, message, grondslag). The finding codes live in one table,
:data:`~verzuimregels.melding.bevindingen.CODES`; the verzuimloket codes in a shipped TOML file read
by :mod:`verzuimregels.melding.codes`. See ``docs/valideren.md``.
"""

from .bevindingen import CODES, Bevinding, Ernst
from .codes import Loketcode, lees_verzuimsoort, loketcode_voor, loketcodes
from .modellen import MELDINGVELDEN, Dag, Melding, Periode, Rijrapport, Samenvatting, Status
from .valideer import CONTROLES, Context, Controle, Gelezen, Validator, valideer, valideer_meldingen

__all__ = [
    "CODES",
    "CONTROLES",
    "MELDINGVELDEN",
    "Bevinding",
    "Context",
    "Controle",
    "Dag",
    "Ernst",
    "Gelezen",
    "Loketcode",
    "Melding",
    "Periode",
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
