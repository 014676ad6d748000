"""Tests written to kill mutants that survived ``mutmut run`` over the law and engine packages.

Each test names the rule it pins down; the mutant it was written for is named in its docstring.
"""

from __future__ import annotations

from datetime import date

from verzuimregels.regels.duur import langer_dan_drie_maanden


def test_drie_maanden_precies_op_de_dag() -> None:
    """Kamerbrief 2016 "langer dan drie maanden": from 1 January, 1 April is the first day past it."""
    assert not langer_dan_drie_maanden(date(2026, 1, 1), date(2026, 3, 31))
    assert langer_dan_drie_maanden(date(2026, 1, 1), date(2026, 4, 1))
