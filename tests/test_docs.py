"""The documentation shows what the code does: the drawn tree and the list of policy defaults are
checked against the code, so they cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from verzuimregels.beleid import codes
from verzuimregels.keuzehulp.boom import uitkomsten
from verzuimregels.keuzehulp.tekenen import mermaid
from verzuimregels.weergave import (
    BELEIDSKEUZES_KOP,
    VERZUIMSOORTEN_KOP,
    beleidskeuzes_markdown,
    verzuimsoorten_markdown,
)

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_keuzehulp_doc_toont_de_boom_zoals_verzuimregels_boom_hem_tekent() -> None:
    tekst = (DOCS / "keuzehulp.md").read_text(encoding="utf-8")
    blok = re.search(r"```text\n(flowchart TD\n.*?)```", tekst, re.DOTALL)
    assert blok is not None
    assert blok.group(1) == mermaid()


def test_beleidskeuzes_doc_toont_elke_beleidskeuze_zoals_de_code_hem_beschrijft() -> None:
    """Regenerate with: python -c "from verzuimregels.weergave import *; print(beleidskeuzes_markdown())"."""
    tekst = (DOCS / "beleidskeuzes.md").read_text(encoding="utf-8")
    assert tekst[tekst.index(BELEIDSKEUZES_KOP) :] == beleidskeuzes_markdown()
    assert all(f"`{code}`" in tekst for code in codes())


def test_readme_voorbeeld_klopt() -> None:
    import doctest

    resultaat = doctest.testfile(str(DOCS.parent / "README.md"), module_relative=False)
    assert resultaat.attempted > 0
    assert resultaat.failed == 0


def test_keuzehulp_doc_toont_elke_verzuimsoort_met_haar_grondslag_zoals_de_boom() -> None:
    tekst = (DOCS / "keuzehulp.md").read_text(encoding="utf-8")
    begin = tekst.index(VERZUIMSOORTEN_KOP)
    assert tekst[begin : begin + len(verzuimsoorten_markdown())] == verzuimsoorten_markdown()
    assert verzuimsoorten_markdown().count("\n") == 2 + len(uitkomsten())


def test_keuzehulp_svg_in_de_docs_heeft_elke_knoop_en_tak_en_geen_script() -> None:
    """The pre-rendered tree (docs/img/keuzehulp.svg, from ``verzuimregels boom --formaat dot | dot
    -Tsvg``) holds every node and every branch of the tree, and needs nothing from the network."""
    from verzuimregels.keuzehulp.boom import BOOM, Knoop, Vraag

    svg = (DOCS / "img" / "keuzehulp.svg").read_text(encoding="utf-8")
    titels = set(re.findall(r"<title>(.*?)</title>", svg))
    verwacht = set()

    def loop(knoop: Knoop) -> None:
        verwacht.add(knoop.knoop)
        if isinstance(knoop, Vraag):
            for kind in (knoop.ja, knoop.nee):
                verwacht.add(f"{knoop.knoop}&#45;&gt;{kind.knoop}")
                loop(kind)

    loop(BOOM)
    assert verwacht <= titels
    assert len(titels) == len(verwacht) + 1  # and the graph's own title
    assert "<script" not in svg
    assert "img/keuzehulp.svg" in (DOCS / "keuzehulp.md").read_text(encoding="utf-8")
    assert "```mermaid" not in (DOCS / "keuzehulp.md").read_text(encoding="utf-8")
