"""The ``verzuimregels`` command line. Each command lives in its own module and registers itself.

Exit codes, for every command:

- **0** every input row judged;
- **1** some input rows invalid: their error rows are in the output, in input order, nothing dropped
  (every input row is in the output);
- **2** usage error (bad arguments, unreadable or malformed input as a whole); the output, if any, is
  incomplete and must be discarded;
- **3** the output could not be completed: standard output closed (a broken pipe) or a write failed
  (a full disk), or reading the input failed part-way; the message says how many rows were written;
- **4** an error the library did not foresee (a bug): a one-line message naming the kind of error and
  where, never an input value, and how many rows were written before it. Please report it.

A traceback is never shown (set ``VERZUIMREGELS_TRACEBACK=1`` to see one while debugging the library).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .._commando import commando_van as _commando
from .._versie import __version__
from ..teksten import Taal
from .gebruiksfouten import Gebruiksfout, Parser, Tekst, reden_van, taal_van
from .voortgang import VOORTGANG

COMMANDOS: dict[str, str] = {
    "beoordeel": "keuzehulp",
    "boom": "keuzehulp",
    "schema": "schemas",
    "analyseer": "analyse",
    "status": "status",
    "verlof": "status",
    "valideer": "valideer",
    "codetabel": "export",
    "werklijst": "werklijst",
    "thuiszitters": "thuiszitters",
    "toets": "toets",
    "serve": "serve",
}
"""Each command with the module of this package whose ``registreer(subparsers)`` adds it.

A run imports only the module of the command it runs (its models and dependencies with it), so that
``beoordeel`` does not pay for the imports of ``analyseer``, ``valideer`` or ``serve``; ``--help``
without a command imports them all."""

COMMANDO_MODULES = tuple(dict.fromkeys(COMMANDOS.values()))
"""The command modules, in the order their commands are listed in ``--help``."""

EXIT_GOED = 0
EXIT_FOUTRIJEN = 1
EXIT_GEBRUIK = 2
EXIT_ONVOLLEDIG = 3
EXIT_INTERN = 4


def parser(commando: str | None = None) -> Parser:
    """The argument parser: with every command, or (``commando``) with only that command's module
    (``""``: none, for ``--version``)."""
    p = Parser(
        prog="verzuimregels",
        description="Dutch school-absence law (Leerplichtwet 1969, DUO) as exact, explainable rules.",
        epilog=(
            "exit codes: 0 all rows judged; 1 some rows invalid (error rows in place, nothing dropped); "
            "2 usage error; 3 output incomplete (closed pipe, full disk, read failure); 4 internal error."
        ),
    )
    p.add_argument("--version", action="version", version=f"verzuimregels {__version__}")
    sub = p.add_subparsers(dest="commando", required=True, metavar="COMMAND")
    if commando == "":
        modules: tuple[str, ...] = ()
    else:
        modules = (COMMANDOS[commando],) if commando in COMMANDOS else COMMANDO_MODULES
    for naam in modules:
        importlib.import_module(f"{__name__}.{naam}").registreer(sub)
    if commando in COMMANDOS:
        p.hulp_prog = f"{p.prog} {commando}"
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring). Messages on stderr are
    in the language of ``--taal`` (Dutch by default), each usage error with its code (docs/cli.md)."""
    VOORTGANG.begin()
    argumenten = sys.argv[1:] if argv is None else list(argv)
    taal = taal_van(argumenten)
    try:
        args = parser(_commando(argumenten)).parse_args(argumenten)
        # --help and --version print and raise SystemExit inside parse_args
    except Gebruiksfout as fout:
        _meld(fout.tekst(taal))
        return EXIT_GEBRUIK
    except SystemExit:
        try:
            if sys.stdout is not None:
                sys.stdout.flush()
        except OSError as fout:
            return _schrijffout(fout, taal)
        raise
    except OSError as fout:  # writing --help or --version failed (a full disk, a closed pipe)
        return _schrijffout(fout, taal)
    # Imported after the parser (a command's module has imported them already): --version and --help
    # without a command import no pydantic and no model (issue 15: --version took as long as pydantic).
    from ..fouten import Invoerfout, Leesfout
    from . import opties

    opties.meld_verouderd(args)
    try:
        if sys.stdout is None:
            raise BrokenPipeError
        _utf8_uitvoer()
        code: int = args.uitvoeren(args)
        sys.stdout.flush()
    except Gebruiksfout as fout:
        _meld(f"{fout.tekst(taal)}{_na_rijen(taal, _WEGGOOIEN, altijd=False)}")
        return EXIT_GEBRUIK
    except Leesfout as fout:
        tekst = Gebruiksfout("onleesbaar", reden=fout).tekst(taal)
        _meld(f"{tekst}{_na_rijen(taal, _WEGGOOIEN, altijd=False)}")
        return EXIT_GEBRUIK
    except Invoerfout as fout:  # of an option or of the input as a whole
        tekst = Gebruiksfout("optie_ongeldig", reden=fout).tekst(taal)
        _meld(f"{tekst}{_na_rijen(taal, _WEGGOOIEN, altijd=False)}")
        return EXIT_GEBRUIK
    except OSError as fout:
        return _schrijffout(fout, taal)
    except KeyboardInterrupt:
        _meld(f"{_tekst(_ONDERBROKEN, taal)}{_na_rijen(taal, _ONVOLLEDIG)}")
        return 130
    except Exception as fout:
        if os.environ.get("VERZUIMREGELS_TRACEBACK"):
            raise
        _stdout_dicht()
        _meld(_tekst(_INTERN, taal).format(waar=_waar(fout), rijen=_na_rijen(taal, _ONVOLLEDIG)))
        return EXIT_INTERN
    return code


def _schrijffout(fout: OSError, taal: Taal) -> int:
    """Exit 3 after a failed read or write: a closed pipe, a full disk; how many rows got out."""
    _stdout_dicht()
    if isinstance(fout, BrokenPipeError):
        _meld(f"{_tekst(_PIJP_DICHT, taal)}{_na_rijen(taal, _ONVOLLEDIG)}")
    else:
        reden = _tekst(reden_van(fout), taal)
        _meld(f"{_tekst(_IO_FOUT, taal).format(reden=reden)}{_na_rijen(taal, _ONVOLLEDIG)}")
    return EXIT_ONVOLLEDIG


_WEGGOOIEN = Tekst("; gooi de uitvoer weg", ", discard the output")
_ONVOLLEDIG = Tekst("; de uitvoer is onvolledig", "; the output is incomplete")
_RIJEN = Tekst(
    " ({n} uitvoerrij(en) geschreven voordat het stopte{gevolg})",
    " ({n} output row{s} written before it{gevolg})",
)
_PIJP_DICHT = Tekst("de uitvoer werd gesloten (broken pipe)", "the output was closed (broken pipe)")
_IO_FOUT = Tekst("invoer-/uitvoerfout: {reden}", "input/output error: {reden}")
_ONDERBROKEN = Tekst("onderbroken", "interrupted")
_INTERN = Tekst(
    "interne fout ({waar}){rijen}. Dit is een fout in verzuimregels: meld het commando en deze regel "
    "(niet de gegevens)",
    "internal error ({waar}){rijen}. This is a bug in verzuimregels: please report the command and this "
    "line (not the data)",
)
"""The messages of exits 3, 4 and 130 (not usage errors: no code), in both languages."""


def _tekst(tekst: Tekst, taal: Taal) -> str:
    return tekst.nl if taal is Taal.NL else tekst.en


def _na_rijen(taal: Taal, gevolg: Tekst, *, altijd: bool = True) -> str:
    """How far the output got: the rows handed to it before the run stopped (buffered, so at most)."""
    n = VOORTGANG.geschreven
    if n == 0 and not altijd:
        return ""
    return _tekst(_RIJEN, taal).format(n=n, s="" if n == 1 else "s", gevolg=_tekst(gevolg, taal))


def _waar(fout: BaseException) -> str:
    """The kind of error and the line of the library it came from: never its message (input values)."""
    import traceback  # only on this path: its import (tokenize, linecache) is a cost of every start

    plek = ""
    for frame in reversed(traceback.extract_tb(fout.__traceback__)):
        if "verzuimregels" in frame.filename:
            plek = f" at {Path(frame.filename).name}:{frame.lineno}"
            break
    return f"{type(fout).__name__}{plek}"


def _meld(tekst: str) -> None:
    """One line on stderr (if there is one)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):  # stderr closed too: the exit code says it
            print(f"verzuimregels: {tekst}", file=sys.stderr)


def _utf8_uitvoer() -> None:
    """JSON is UTF-8 (RFC 8259): write it so whatever the locale says (an ASCII locale cannot encode 'ë')."""
    uit = sys.stdout
    codering = (getattr(uit, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    if codering != "utf8" and hasattr(uit, "reconfigure"):
        uit.reconfigure(encoding="utf-8")


def _stdout_dicht() -> None:
    """After a failed write: point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        nul = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nul, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedded use)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
