"""Spreadsheet-safe cells for every CSV the library writes (OWASP: CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and a Dutch
spreadsheet splits a line on ``;`` as readily as on ``,`` (the list separator of the locale), ignoring
the quotes the csv module put around the cell. So a cell is safe only if no *part* of it, split on
``,`` or ``;``, starts with such a character, and no character in it can end the row.
"""

from __future__ import annotations

import re
import unicodedata

GEVAARLIJK = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
"""Characters that make a spreadsheet read a cell as a formula (and their full-width forms)."""

_DEEL = re.compile(r"(^|[,;])(\s*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])")


def _regelbreker(teken: str) -> bool:
    return unicodedata.category(teken) in ("Cc", "Zl", "Zp")


def veilige_cel(cel: str) -> str:
    """``cel`` as a spreadsheet shows it but never runs it, on one line.

    Control characters (CR, LF, tab, escape…) and Unicode line and paragraph separators become a
    space; every part of the cell (split on ``,`` and ``;``) that starts with ``=`` ``+`` ``-`` ``@``
    (after any spaces) gets a leading ``'``, the spreadsheet's mark for text.
    """
    if any(_regelbreker(t) for t in cel):
        cel = "".join(" " if _regelbreker(t) else t for t in cel)
    return _DEEL.sub(lambda m: f"{m.group(1)}'{m.group(2)}", cel)


def is_veilig(cel: str) -> bool:
    """Whether no part of ``cel`` can run as a formula or break a row (what :func:`veilige_cel` gives)."""
    if any(_regelbreker(t) for t in cel):
        return False
    return not any(deel.lstrip()[:1] in GEVAARLIJK for deel in re.split("[,;]", cel) if deel.lstrip())
