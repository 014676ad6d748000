"""The numbers the keuzehulp compares facts with, each with its source.

* 16 hours in 4 lesweken: Lpw art. 21a lid 1, "gedurende een periode van vier opeenvolgende lesweken
  in totaal zestien uren les- of praktijktijd bedraagt"
  (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel21a). Reached at 16 (keuzehulp.md §5).
* 4 aaneengesloten schoolweken = 28 kalenderdagen: DUO, Keuzehulp verzuimsoorten, Q4; the 28th counted
  day qualifies (keuzehulp.md §5).
* 18 years: the keuzehulp's Q3; kwalificatieplicht ends at 18 (Lpw art. 4a); from 18 absence is RMC
  verzuim (DUO, Soorten verzuim).
* 23 years: RMC covers pupils "tot 23 jaar" (DUO, Soorten verzuim).
"""

from __future__ import annotations

from decimal import Decimal

ZESTIEN_UUR = Decimal(16)
"""Lpw art. 21a lid 1: "in totaal zestien uren"; reached at 16 or more."""

VIER_WEKEN_IN_DAGEN = 28
"""DUO keuzehulp Q4: "minimaal 4 aaneengesloten schoolweken (28 kalenderdagen)"."""

ACHTTIEN_JAAR = 18
"""DUO keuzehulp Q3: "18 jaar of ouder" on the first verzuimdag."""

DRIEENTWINTIG_JAAR = 23
"""DUO, Soorten verzuim: RMC verzuim concerns young people up to 23."""

MAX_UREN_4_LESWEKEN = Decimal(4 * 7 * 24)
"""More hours than four weeks hold is impossible input (672)."""
