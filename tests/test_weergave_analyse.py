"""Notebook output of the record analysis: the meldingen table and the school-year timeline are valid,
self-contained HTML and show every melding, its articles, the records' reasons and the holidays."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from verzuimregels.registratie import Leerling, analyseer
from verzuimregels.weergave import analyse_html, analyse_tijdlijn_html

from .test_weergave import controleer

VOORBEELDEN = json.loads(
    (Path(__file__).resolve().parent.parent / "examples" / "leerlingen.json").read_text(encoding="utf-8")
)
PEILDATUM = date(2026, 7, 31)


@pytest.mark.parametrize("gegeven", VOORBEELDEN, ids=lambda g: str(g.get("sleutel", "")))
def test_analyse_en_tijdlijn_zijn_geldige_html(gegeven: dict[str, object]) -> None:
    leerling = Leerling.model_validate(gegeven)
    analyse = analyseer(leerling, PEILDATUM)
    c = controleer(analyse._repr_html_())
    tekst = "".join(c.tekst)
    for m in analyse.meldingen:
        assert m.status.value in tekst
        assert all(b.url in c.links for b in m.oordeel.grondslag)
    for s in analyse.signalen:
        assert s.soort.value in tekst
    t = controleer(analyse_tijdlijn_html(leerling, analyse))
    einddata = {m.einddatum for m in analyse.meldingen if m.einddatum}
    assert "".join(t.tekst).count("●") == 1 + len(einddata)  # the legend, and each einddatum
    for record in leerling.records:
        assert record.reden.value in "".join(t.tekst)


def test_tijdlijn_van_de_thuiszitter_toont_vakantie_en_meldingen() -> None:
    leerling = Leerling.model_validate(next(g for g in VOORBEELDEN if "LRV" in str(g.get("sleutel"))))
    analyse = analyseer(leerling, date(2026, 4, 30))
    html = analyse_tijdlijn_html(leerling, analyse)
    assert "#adb5bd" in html  # a school holiday
    assert "2px solid #1c7ed6" in html  # a melding's period
    assert html.count('<div class="week"') == (date(2026, 4, 27) - date(2025, 7, 28)).days // 7 + 1
    assert analyse_html(analyse) == analyse._repr_html_()
