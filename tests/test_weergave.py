"""Notebook output without screenshots: the HTML is well-formed, self-contained, escaped, and shows
the verdict's articles and path; the plain-text fallback says the same."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings

from verzuimregels import Taal, beoordeel
from verzuimregels.keuzehulp.boom import paden
from verzuimregels.keuzehulp.modellen import Oordeel
from verzuimregels.weergave import boom_html, oordeel_html, oordeel_tekst, taal_van

from .strategieen import casussen

_LEEG = {"br", "hr", "img", "input", "meta", "link", "wbr"}


class _Controle(HTMLParser):
    """Checks that every element is closed in order, and collects links and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stapel: list[str] = []
        self.links: list[str] = []
        self.fouten: list[str] = []
        self.tekst: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.fouten.append("script")
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href" and v)
        if tag not in _LEEG:
            self.stapel.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stapel or self.stapel.pop() != tag:
            self.fouten.append(f"</{tag}> out of order")

    def handle_data(self, data: str) -> None:
        self.tekst.append(data)


def controleer(html: str) -> _Controle:
    c = _Controle()
    c.feed(html)
    c.close()
    assert c.fouten == []
    assert c.stapel == []
    return c


A09 = {
    "leeftijd_eerste_verzuimdag": 14,
    "ziek": False,
    "vakantie_zonder_verlof": False,
    "ongeoorloofde_uren_4_lesweken": 60,
    "aaneengesloten_dagen_afwezig": 30,
    "eerdere_melding_4_weken": True,
    "peildatum": "2026-10-05",
}


def test_html_van_een_oordeel_is_geldig_en_bevat_de_artikelen_en_het_pad() -> None:
    oordeel = beoordeel(A09)
    c = controleer(oordeel._repr_html_())
    for bron in oordeel.grondslag:
        assert bron.url in c.links
    for stap in oordeel.pad:
        for bron in stap.grondslag:
            assert bron.url in c.links
    tekst = "".join(c.tekst)
    assert "langdurig_relatief_verzuim" in tekst
    assert all(f"{s.vraag}:" in tekst for s in oordeel.pad)  # in the tree
    assert "vakantie_28_dagen" in tekst
    assert oordeel.regelversie in tekst


def test_het_pad_is_gemarkeerd_in_de_boom() -> None:
    oordeel = beoordeel(A09)
    html = boom_html(oordeel)
    gemarkeerd = html.count("background:#fff3bf")
    assert gemarkeerd == len(oordeel.pad) + 1  # every question on the path, and the outcome
    assert boom_html().count("background:#fff3bf") == 0


def test_de_boom_toont_elke_uitkomst() -> None:
    c = controleer(boom_html())
    assert "".join(c.tekst).count("→") == 2 * sum(1 for _ in paden()) - 2


def test_engels_oordeel_geeft_engelse_koppen() -> None:
    oordeel = beoordeel(A09, taal="en")
    assert taal_van(oordeel) is Taal.EN
    html = oordeel_html(oordeel)
    assert "<h4>Path</h4>" in html
    assert "Pad:" not in oordeel_tekst(oordeel)
    assert taal_van(beoordeel(A09)) is Taal.NL


def test_tekst_uit_het_oordeel_wordt_ge_escaped() -> None:
    oordeel = beoordeel(A09)
    vals = oordeel.model_copy(update={"toelichting": "<script>alert(1)</script>"})
    html = vals._repr_html_()
    assert "<script>" not in html
    controleer(html)


def test_platte_tekst_voor_ipython() -> None:
    oordeel = beoordeel(A09)

    class Printer:
        def __init__(self) -> None:
            self.uit = ""

        def text(self, s: str) -> None:
            self.uit += s

    p = Printer()
    oordeel._repr_pretty_(p, cycle=False)
    assert p.uit.startswith("langdurig_relatief_verzuim / verplicht")
    assert all(b.url in p.uit for b in oordeel.grondslag)


@settings(max_examples=100, deadline=None)
@given(casussen())
def test_elk_oordeel_geeft_geldige_html(casus: dict[str, Any]) -> None:
    oordeel = beoordeel(casus)
    assert isinstance(oordeel, Oordeel)
    controleer(oordeel._repr_html_())


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_oordeel_zonder_beleidskeuzes(taal: str) -> None:
    oordeel = beoordeel(
        {"leeftijd_eerste_verzuimdag": 14, "ziek": True, "peildatum": "2026-10-05"}, taal=taal
    )
    assert oordeel.beleidskeuzes == ()
    assert "<h4>Beleidskeuzes" not in oordeel_html(oordeel)
    assert "Beleidskeuzes:" not in oordeel_tekst(oordeel)
    assert "Policy defaults:" not in oordeel_tekst(oordeel)


def test_regressie_ijsberg_balken_geschaald_naar_de_grootste_getoonde_categorie() -> None:
    """The bars were scaled to the pupils without a category (not drawn), so in a gemeente of 600
    every bar was a sliver of 1-3 px. Now the largest category shown is 300 px wide."""
    import re
    from collections import Counter
    from datetime import date

    from verzuimregels.thuiszitters.modellen import Categorie
    from verzuimregels.thuiszitters.telling import STANDAARD_DEFINITIES, Telling
    from verzuimregels.weergave import ijsberg_html

    peil = date(2026, 1, 15)
    aantallen = Counter(
        {
            (peil, (), Categorie.GEEN): 583,
            (peil, (), Categorie.LRV_4_WEKEN_TOT_3_MAANDEN): 2,
            (peil, (), Categorie.ABSOLUUT_TOT_3_MAANDEN): 5,
            (peil, (), Categorie.VRIJSTELLING_5_ONDER_A): 3,
        }
    )
    html = ijsberg_html(Telling((peil,), (), STANDAARD_DEFINITIES, aantallen), peil)
    breedtes = {int(b) for b in re.findall(r"width:(\d+)px", html)}
    assert breedtes == {0, 120, 180, 300}  # 2, 3 and 5 of the largest shown (5), not of 583
