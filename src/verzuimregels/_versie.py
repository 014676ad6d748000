"""The library's version (part of every ``regelversie``)."""

__version__ = "0.2.0"
