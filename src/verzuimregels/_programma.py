"""The program ``verzuimregels``: where the console script and ``python -m verzuimregels`` start.

What a run of the program does before the command line itself (:func:`verzuimregels.cli.main`) is
imported, because it concerns the start of a fresh process only (issue 15: ``beoordeel`` on the example
file within 150 ms; docs/schaal.md, "The start of the command line"). Nothing here changes what a
command computes or writes, and nothing here happens when a program imports the library or calls
:func:`verzuimregels.cli.main` itself:

- **No pydantic plugins** (``PYDANTIC_DISABLE_PLUGINS=__all__``, unless the variable is set): pydantic
  looks up its plugins among the entry points of every installed distribution
  (``importlib.metadata``) before the first model is built: ≈ 8 ms of CPU among 161 distributions,
  ≈ 2 ms in a fresh environment with only ``pip install .``, growing with what is installed; a plugin
  found is imported and wraps every model's validator. The program's models validate its own input,
  and a pydantic plugin (an observability hook such as logfire's) is rarely wanted in a command that
  runs and ends. ``serve`` keeps pydantic's default: a server is long-lived, starts once, and is where
  such a hook is wanted. To have plugins in every command, set the variable yourself:
  ``PYDANTIC_DISABLE_PLUGINS=`` (empty) loads them all. The variable is set in the process's
  environment: a process started from the command would inherit it (no command starts one).
- **No walk of the start's objects by the garbage collector**: importing pydantic, the models and the
  command's module makes some 30,000 objects that live as long as the process. Left to the cyclic
  collector, they were walked by ≈ 60 automatic collections while they were made (which found a few
  hundred objects of garbage among them), and once more, in full, when the interpreter shut down: that
  last collection runs whatever :func:`gc.isenabled` says. So the collector is off while the program
  imports the command; then those objects are frozen (:func:`gc.freeze`: never walked again; the few
  hundred objects of garbage stay with them) and the collector is on again for the command itself,
  so that a long batch collects its garbage as before, without walking the start's objects in each
  full collection. When the command is done, what it made is frozen too, so that the shutdown walks
  nothing; ``atexit`` handlers and the final flush of the output run as always.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Sequence

from ._commando import commando_van

ZONDER_PLUGINS = "__all__"
"""The value of ``PYDANTIC_DISABLE_PLUGINS`` the program sets when the variable is not set."""

MET_PLUGINS = frozenset({"serve"})
"""The commands that keep pydantic's plugins (long-lived: their start is paid once)."""


def start(argv: Sequence[str] | None = None) -> int:
    """Run the program ``verzuimregels`` (``argv``: its arguments, ``sys.argv[1:]`` if None); returns the
    exit code of :func:`verzuimregels.cli.main`."""
    argumenten = sys.argv[1:] if argv is None else list(argv)
    commando = commando_van(argumenten)
    if commando not in MET_PLUGINS:
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", ZONDER_PLUGINS)
    aan = gc.isenabled()
    gc.disable()
    try:
        from .cli import COMMANDOS, main

        if commando in COMMANDOS:  # its module (and its models) imported while the collector is off
            importlib.import_module(f"{__package__}.cli.{COMMANDOS[commando]}")
        gc.freeze()
    finally:
        if aan:
            gc.enable()
    try:
        return main(argumenten)
    finally:
        gc.freeze()
