"""Synthetic, realistic populations to test pipelines with: seeded, documented, streamed in chunks.

Nothing here is real data: every value is drawn from the distributions documented per generator, so
users can test their own pipelines (and this library can be measured) at national scale without a
single real pupil. Each generator yields pandas DataFrames of at most ``chunk`` rows, so a whole
country never has to fit in memory. Needs the ``frame`` extra (pandas, numpy).

* :func:`keuzehulp_casussen`: cases for the keuzehulp (the facts of :class:`~verzuimregels.Casus`),
  for :func:`~verzuimregels.keuzehulp.frame.beoordeel_frame`.

Record-level populations (a school year of attendance per pupil) are to join this package as
further generators with the same conventions (``aantal``, ``seed``, ``chunk``).
"""

from __future__ import annotations

from .keuzehulp import KEUZEHULP_VERDELING, KeuzehulpVerdeling, keuzehulp_casussen

__all__ = ["KEUZEHULP_VERDELING", "KeuzehulpVerdeling", "keuzehulp_casussen"]
