"""The keuzehulp tree as Mermaid or Graphviz DOT text, optionally with one verdict's path highlighted.

Both are plain text: paste Mermaid into Markdown (GitHub, mkdocs) or a notebook; render DOT with
Graphviz (``dot -Tsvg``). No drawing library is needed.
"""

from __future__ import annotations

from ..teksten import Taal
from .boom import BOOM, Knoop, Uitkomst, Vraag, knopen
from .modellen import Oordeel


def bezocht(oordeel: Oordeel | None) -> tuple[set[str], set[tuple[str, str]]]:
    """The node ids and edges a verdict's path went through."""
    if oordeel is None:
        return set(), set()
    knoop: Knoop = BOOM
    gezien, randen = {knoop.knoop}, set()
    for stap in oordeel.pad:
        assert isinstance(knoop, Vraag)
        volgende = knoop.ja if stap.antwoord else knoop.nee
        randen.add((knoop.knoop, volgende.knoop))
        gezien.add(volgende.knoop)
        knoop = volgende
    return gezien, randen


def _label(knoop: Knoop, taal: Taal) -> str:
    if isinstance(knoop, Vraag):
        tekst = knoop.tekst_nl if taal is Taal.NL else knoop.tekst_en
        return f"{knoop.vraag}: {tekst}"
    return f"{knoop.verzuimsoort.value} / {knoop.meldplicht.value}"


def _ja_nee(taal: Taal) -> tuple[str, str]:
    return ("ja", "nee") if taal is Taal.NL else ("yes", "no")


def mermaid(oordeel: Oordeel | None = None, *, taal: Taal | str = Taal.NL) -> str:
    """The tree as a Mermaid flowchart; the path of ``oordeel`` (if given) is highlighted."""
    taal = Taal(taal)
    gezien, randen = bezocht(oordeel)
    ja, nee = _ja_nee(taal)
    regels = ["flowchart TD"]
    pijlen: list[tuple[str, str]] = []
    for knoop in knopen():
        label = _label(knoop, taal).replace('"', "'")
        if isinstance(knoop, Vraag):
            regels.append(f'    {knoop.knoop}{{"{label}"}}')
            for antwoord, tak in ((ja, knoop.ja), (nee, knoop.nee)):
                regels.append(f"    {knoop.knoop} -->|{antwoord}| {tak.knoop}")
                pijlen.append((knoop.knoop, tak.knoop))
        else:
            regels.append(f'    {knoop.knoop}(["{label}"])')
    regels.append("    classDef uitkomst fill:#eef,stroke:#447")
    regels.append("    classDef pad fill:#fd7,stroke:#a60,stroke-width:3px")
    bladeren = [k.knoop for k in knopen() if isinstance(k, Uitkomst)]
    regels.append(f"    class {','.join(bladeren)} uitkomst")
    if gezien:
        regels.append(f"    class {','.join(sorted(gezien))} pad")
        nummers = [str(i) for i, pijl in enumerate(pijlen) if pijl in randen]
        regels.append(f"    linkStyle {','.join(nummers)} stroke:#a60,stroke-width:3px")
    return "\n".join(regels) + "\n"


def dot(oordeel: Oordeel | None = None, *, taal: Taal | str = Taal.NL) -> str:
    """The tree as Graphviz DOT; the path of ``oordeel`` (if given) is highlighted."""
    taal = Taal(taal)
    gezien, randen = bezocht(oordeel)
    ja, nee = _ja_nee(taal)
    regels = ["digraph keuzehulp {", "    rankdir=TB;", '    node [fontname="Helvetica"];']
    for knoop in knopen():
        label = _label(knoop, taal).replace("\\", "\\\\").replace('"', '\\"')
        vorm = "diamond" if isinstance(knoop, Vraag) else "box"
        stijl = ', style=filled, fillcolor="#ffdd77"' if knoop.knoop in gezien else ""
        regels.append(f'    {knoop.knoop} [shape={vorm}, label="{label}"{stijl}];')
    for knoop in knopen():
        if isinstance(knoop, Vraag):
            for antwoord, tak in ((ja, knoop.ja), (nee, knoop.nee)):
                dik = ', penwidth=3, color="#aa6600"' if (knoop.knoop, tak.knoop) in randen else ""
                regels.append(f'    {knoop.knoop} -> {tak.knoop} [label="{antwoord}"{dik}];')
    regels.append("}")
    return "\n".join(regels) + "\n"
