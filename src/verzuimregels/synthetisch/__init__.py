"""Synthetic, realistic populations to test pipelines with: seeded, documented, streamed in chunks.

Nothing here is real data: every value is drawn from the distributions documented per generator, so
users can test their own pipelines (and this library can be measured) at national scale without a
single real pupil. Each generator yields pandas DataFrames of at most ``chunk`` rows, so a whole
country never has to fit in memory. Needs the ``frame`` extra (pandas, numpy).

* :func:`keuzehulp_casussen`: cases for the keuzehulp (the facts of :class:`~verzuimregels.Casus`),
  for :func:`~verzuimregels.keuzehulp.frame.beoordeel_frame`.
* :func:`leerlingen` / :func:`record_frames`: pupils with a school year of absence records, for
  :func:`~verzuimregels.registratie.analyseer` and
  :func:`~verzuimregels.registratie.frame.analyseer_frame` (defined in
  :mod:`verzuimregels.registratie.populatie`, beside the records model they generate).
* :func:`gemeente`: one gemeente's pupils as thuiszitter situations, for
  :func:`~verzuimregels.thuiszitters.telling.tel` (defined in :mod:`verzuimregels.thuiszitters.synthetisch`).
"""

from __future__ import annotations

from ..registratie.populatie import leerlingen, record_frames
from ..thuiszitters.synthetisch import gemeente
from .keuzehulp import KEUZEHULP_VERDELING, KeuzehulpVerdeling, keuzehulp_casussen

__all__ = [
    "KEUZEHULP_VERDELING",
    "KeuzehulpVerdeling",
    "gemeente",
    "keuzehulp_casussen",
    "leerlingen",
    "record_frames",
]
