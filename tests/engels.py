"""A check that a Dutch message holds no English: a list of English words that Dutch does not use.

A message is split into words; names of fields, codes and options (``leeftijd_eerste_verzuimdag``,
``--encoding``, ``kop_kolom_dubbel``) are left out, as they are the same in both languages. Every English
text of the library's message tables trips it (``tests/test_foutteksten.py`` and
``tests/test_geen_engels.py`` check that), so it can fail.
"""

from __future__ import annotations

import re

_WOORDEN = """
    the a an and are as at be been before but by can cannot could does exist exists expected expects
    file for from give given got has have header into it its lacks least less lies line may missing
    more most must needs no not on one only or other please read row rows should such than that this
    to twice unknown use valid value was were which with without write input column columns number
    integer boolean date text list case cases pupil pupils key keys table tables allowed characters
    digits greater equal field fields contradicts go together earlier later after ends starts holds
    nested deeper levels empty broken incomplete length larger smaller type gave
"""

ENGELSE_WOORDEN = frozenset(_WOORDEN.split())
"""English words that Dutch does not use as words (``in``, ``is``, ``of`` and ``door`` it does: they
are not listed)."""

_NAAM = re.compile(r"(?:--?[\w-]+|\w*_\w*|\[[\w/]+\]|'[^']*'|\"[^\"]*\"|`[^`]*`|onder [a-z]\b)")
"""Names that are the same in both languages: options, identifiers with an underscore, codes in
brackets, quoted names and values of the schema, and the law's "art. 5 onder a"."""


def engels(tekst: str) -> list[str]:
    """The English words in ``tekst`` (empty: none found)."""
    zonder_namen = _NAAM.sub(" ", tekst)
    woorden = re.findall(r"\b[A-Za-z]+\b", zonder_namen)
    return [w for w in woorden if w.lower() in ENGELSE_WOORDEN and not w.isupper()]  # FILE: a metavar
