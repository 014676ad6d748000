"""Moved: the numbers the keuzehulp compares facts with now live with the article they come from.

* 16 hours, 4 lesweken, 28 days, 7 days, 5 werkdagen: :mod:`verzuimregels.regels.meldplicht` (art. 21a);
* 18 and 23 years: :mod:`verzuimregels.regels.kwalificatieplicht` (art. 4b; the RMC age group).

This module re-exports them for code that imported them from here.
"""

from __future__ import annotations

from .kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from .meldplicht import MAX_UREN_4_LESWEKEN, VIER_WEKEN_IN_DAGEN, ZESTIEN_UUR

__all__ = ["ACHTTIEN_JAAR", "DRIEENTWINTIG_JAAR", "MAX_UREN_4_LESWEKEN", "VIER_WEKEN_IN_DAGEN", "ZESTIEN_UUR"]
