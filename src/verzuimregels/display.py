"""Where a model finds its notebook display, without importing display code.

A model's ``_repr_html_`` and ``_repr_pretty_`` call :func:`html` and :func:`text` here. The display
functions live in :mod:`verzuimregels.weergave` (``<model>_html`` and ``<model>_tekst``, named after the
model's class) or in the module a caller names (the worklist's in :mod:`verzuimregels.werklijst.uitvoer`),
which this module imports by name on first use. So no model imports display code, and
the display module, which imports the models, closes no import circle.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

DISPLAY_MODULE = "verzuimregels.weergave"
"""The module that holds the display functions."""


def _function(obj: object, form: str, module: str) -> Callable[..., str]:
    function: Callable[..., str] = getattr(
        importlib.import_module(module), f"{type(obj).__name__.lower()}_{form}"
    )
    return function


def html(obj: object, module: str = DISPLAY_MODULE, **options: Any) -> str:
    """Jupyter's rich display of ``obj``: ``<module>.<class>_html(obj, **options)``."""
    return _function(obj, "html", module)(obj, **options)


def text(obj: object, module: str = DISPLAY_MODULE) -> str:
    """IPython's plain-text display of ``obj``: ``<module>.<class>_tekst(obj)``."""
    return _function(obj, "tekst", module)(obj)
