"""Where a model finds its notebook display, without importing display code.

A model's ``_repr_html_`` and ``_repr_pretty_`` call :func:`html` and :func:`text` here. The display
functions live in :mod:`verzuimregels.weergave` (``<model>_html`` and ``<model>_tekst``, named after the
model's class), which this module imports by name on first use. So no model imports display code, and
the display module, which imports the models, closes no import circle.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

DISPLAY_MODULE = "verzuimregels.weergave"
"""The module that holds the display functions."""


def _function(obj: object, form: str) -> Callable[[Any], str]:
    module = importlib.import_module(DISPLAY_MODULE)
    function: Callable[[Any], str] = getattr(module, f"{type(obj).__name__.lower()}_{form}")
    return function


def html(obj: object) -> str:
    """Jupyter's rich display of ``obj``: ``weergave.<class>_html(obj)``."""
    return _function(obj, "html")(obj)


def text(obj: object) -> str:
    """IPython's plain-text display of ``obj``: ``weergave.<class>_tekst(obj)``."""
    return _function(obj, "tekst")(obj)
