"""Languages of user-facing explanations: Dutch by default, English on request."""

from __future__ import annotations

from enum import StrEnum


class Taal(StrEnum):
    """Language of ``toelichting``, question texts and policy notes."""

    NL = "nl"
    EN = "en"
