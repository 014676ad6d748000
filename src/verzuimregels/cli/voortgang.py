"""How far the output of the command being run got: counted by every writer, read by the message of a
run that stops early (exit 3, 4, 130). A module of its own, without pydantic or models, so that
:func:`verzuimregels.cli.main` can reset it before the parser runs and ``--version`` imports no model."""

from __future__ import annotations


class Voortgang:
    """How many output rows were handed to the output stream (for the message when a run stops early)."""

    def __init__(self) -> None:
        self.geschreven = 0

    def begin(self) -> None:
        """A new run: nothing written yet."""
        self.geschreven = 0


VOORTGANG = Voortgang()
"""The progress of the command being run (reset by :func:`verzuimregels.cli.main`)."""
