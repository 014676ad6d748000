"""The documentation shows what the code does: the drawn tree and the list of policy defaults are
checked against the code, so they cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from verzuimregels.beleid import codes
from verzuimregels.keuzehulp.tekenen import mermaid

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_keuzehulp_doc_toont_de_boom_zoals_verzuimregels_boom_hem_tekent() -> None:
    tekst = (DOCS / "keuzehulp.md").read_text(encoding="utf-8")
    blok = re.search(r"```mermaid\n(.*?)```", tekst, re.DOTALL)
    assert blok is not None
    assert blok.group(1) == mermaid()


def test_elke_beleidskeuze_staat_in_de_docs() -> None:
    tekst = (DOCS / "beleidskeuzes.md").read_text(encoding="utf-8")
    ontbrekend = [code for code in codes() if f"`{code}`" not in tekst]
    assert ontbrekend == []


def test_readme_voorbeeld_klopt() -> None:
    import doctest

    resultaat = doctest.testfile(str(DOCS.parent / "README.md"), module_relative=False)
    assert resultaat.attempted > 0
    assert resultaat.failed == 0
