"""The reporting duty of Lpw art. 21a, and how DUO and the Inspectie count it.

https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a, lid 1:

    "Indien een ingeschreven leerling van een school zonder geldige reden les- of praktijktijd heeft
    verzuimd en dit verzuim gedurende een periode van vier opeenvolgende lesweken in totaal zestien
    uren les- of praktijktijd bedraagt ontstaat voor het hoofd van de school de leveringsverplichting
    [...]"

The law sets the 16 hours in 4 lesweken. The other numbers are DUO's and the Inspectie's reading of
the duty (docs/bronnen.md): the 28 calendar days of the keuzehulp's Q4, at most one melding per 7
calendar days, and "onverwijld" as within 5 werkdagen. Each number is declared here once.
"""

from __future__ import annotations

from decimal import Decimal

ZESTIEN_UUR = Decimal(16)
"""Art. 21a lid 1: "in totaal zestien uren les- of praktijktijd"; reached at 16 or more."""

VIER_LESWEKEN = 4
"""Art. 21a lid 1: "gedurende een periode van vier opeenvolgende lesweken"."""

VIER_WEKEN_IN_DAGEN = 28
"""DUO keuzehulp Q4: "minimaal 4 aaneengesloten schoolweken (28 kalenderdagen)"; the 28th counted day
qualifies."""

VERVOLG_DAGEN = 7
"""DUO verzuimhulp: at most one melding per 7 kalenderdagen (a vervolgmelding's einddatum lies at least
7 calendar days after the previous one's)."""

MELDTERMIJN_WERKDAGEN = 5
"""Inspectie: the reporting duty of art. 21a ("onverwijld") read as within 5 werkdagen after the
einddatum of the melding."""

MAX_UREN_4_LESWEKEN = Decimal(4 * 7 * 24)
"""The four lesweken of art. 21a lid 1 hold at most 4 x 7 x 24 = 672 hours: more is impossible input
(a bound on input, not a rule)."""
