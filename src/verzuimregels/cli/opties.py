"""Options several commands share, defined once so their spelling, choices and help agree."""

from __future__ import annotations

import argparse

from ..beleid import Verjaardag29Februari
from ..teksten import Taal


def taal(p: argparse.ArgumentParser) -> None:
    """``--taal nl|en``: the language of texts for users (Dutch by default)."""
    p.add_argument("--taal", choices=[t.value for t in Taal], default="nl", help="nl (default) or en")


def verjaardag_29_februari(p: argparse.ArgumentParser) -> None:
    """``--verjaardag-29-februari``: the policy for a birthday on 29 February in a common year."""
    p.add_argument(
        "--verjaardag-29-februari",
        choices=[v.value for v in Verjaardag29Februari],
        default=Verjaardag29Februari.EEN_MAART.value,
        help="policy: birthday of someone born on 29 February in a common year",
    )
