"""The HTML rendered by a real headless browser (Debian's chromium): measured through the DOM, and
printed to PDF, not only parsed as text.

Locally the tests skip without chromium; in CI (``CI`` set) a missing browser fails them: ``.ci/run``
installs it. The browser runs without network, sandbox or profile (a fresh ``--user-data-dir``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from verzuimregels import grafieken
from verzuimregels.registratie import Leerling, analyseer
from verzuimregels.weergave import analyse_tijdlijn_html
from verzuimregels.werklijst import werklijst
from verzuimregels.werklijst.uitvoer import werklijst_html

VOORBEELDEN = Path(__file__).parent.parent / "examples"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
VLAGGEN = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
)


@pytest.fixture
def browser(tmp_path: Path) -> list[str]:
    """The chromium command line (with a fresh profile); skips locally, fails in CI without one."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs chromium for the browser tests (.ci/run installs it)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return [CHROMIUM, *VLAGGEN, f"--user-data-dir={tmp_path / 'profiel'}"]


def _draai(browser: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*browser, *args], capture_output=True, text=True, timeout=120, check=True)


def _meet(browser: list[str], tmp_path: Path, html: str, script: str) -> dict[str, object]:
    """Render ``html`` with ``script`` at the end of its body; the script puts its measurement (JSON)
    in ``document.body.dataset.meting``, which the dumped DOM carries back."""
    pagina = tmp_path / "pagina.html"
    pagina.write_text(html.replace("</body>", f"<script>{script}</script></body>"), encoding="utf-8")
    dom = _draai(browser, "--window-size=1280,900", "--dump-dom", pagina.as_uri()).stdout
    gevonden = re.search(r'data-meting="([^"]*)"', dom)
    assert gevonden is not None, dom[-2000:]
    waarde: dict[str, object] = json.loads(gevonden.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    return waarde


def _klas() -> list[dict[str, object]]:
    from tests.test_werklijst import KLAS

    gegevens = json.loads((VOORBEELDEN / "leerlingen.json").read_text(encoding="utf-8"))
    # Three pupils a group, so that each group's page fits on one A4 page.
    klas = [{**ll, "groep": f"2{'ABC'[i // 3]}"} for i, ll in enumerate(KLAS)]
    return [*klas, *({**g, "groep": "voorbeelden"} for g in gegevens)]


def test_werklijst_html_in_de_browser_een_pagina_per_groep(browser: list[str], tmp_path: Path) -> None:
    lijst = werklijst(_klas(), date(2025, 11, 24))
    html = werklijst_html(lijst)
    meting = _meet(
        browser,
        tmp_path,
        html,
        """
        const secties = [...document.querySelectorAll('section.groep')].map(s => ({
          groep: s.dataset.groep,
          rijen: s.querySelectorAll('tbody tr[data-rang]').length,
          zichtbaar: [...s.querySelectorAll('tbody tr[data-rang]')].every(
            r => r.getBoundingClientRect().height > 10),
          breed: s.getBoundingClientRect().width <= document.documentElement.clientWidth,
          rangen: [...s.querySelectorAll('tbody tr[data-rang]')].map(r => Number(r.dataset.rang)),
          kleur: s.querySelector('tbody tr[data-rang="1"]') ?
            getComputedStyle(s.querySelector('tbody tr[data-rang="1"]')).backgroundColor : null,
          breekt: getComputedStyle(s).breakAfter,
        }));
        document.body.dataset.meting = JSON.stringify({secties, scripts: document.scripts.length});
        """,
    )
    secties = meting["secties"]
    assert isinstance(secties, list)
    assert [s["groep"] for s in secties] == [g.naam for g in lijst.groepen]
    assert [s["rijen"] for s in secties] == [len(g.regels) for g in lijst.groepen]
    for s in secties:
        assert s["zichtbaar"]
        assert s["breed"]
        assert s["rangen"] == sorted(s["rangen"])  # in order of urgency as displayed
        assert s["kleur"] in (None, "rgb(255, 201, 201)")  # overdue rows (where any) are red
    assert any(s["kleur"] for s in secties)
    assert secties[0]["breekt"] == "page"
    assert meting["scripts"] == 1  # only the measuring script: the page itself has none

    # Printed: one page per group (the groups here each fit on one A4 page).
    pdf = tmp_path / "werklijst.pdf"
    (tmp_path / "werklijst.html").write_text(html, encoding="utf-8")
    _draai(browser, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", (tmp_path / "werklijst.html").as_uri())
    paginas = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert paginas == len(lijst.groepen)


def test_regressie_tijdlijn_einddatum_staat_op_zijn_rij(browser: list[str], tmp_path: Path) -> None:
    """The cell holding the einddatum mark (●) sat lower than the other cells of its week."""
    gegevens = json.loads((VOORBEELDEN / "leerlingen.json").read_text(encoding="utf-8"))
    leerling = Leerling.model_validate(next(g for g in gegevens if "LRV" in g["sleutel"]))
    analyse = analyseer(leerling, date(2026, 4, 30))
    html = f"<!DOCTYPE html><html><body>{analyse_tijdlijn_html(leerling, analyse)}</body></html>"
    meting = _meet(
        browser,
        tmp_path,
        html,
        """
        const weken = [...document.querySelectorAll('.verzuimregels-tijdlijn > div')].filter(
          d => d.querySelectorAll('span[title]').length === 7);
        const afwijking = weken.map(w => {
          const tops = [...w.querySelectorAll('span[title]')].map(c => c.getBoundingClientRect().top);
          return Math.max(...tops) - Math.min(...tops);
        });
        const merken = [...document.querySelectorAll('span[title]')].filter(
          c => c.textContent === '●').length;
        document.body.dataset.meting = JSON.stringify({weken: weken.length, afwijking, merken});
        """,
    )
    assert meting["merken"] == 4  # the einddatum of every melding with one
    assert meting["weken"] == 40
    afwijking = meting["afwijking"]
    assert isinstance(afwijking, list)
    assert max(afwijking) < 0.5


def test_grafieken_als_svg_in_de_browser(browser: list[str], tmp_path: Path) -> None:
    gegevens = json.loads((VOORBEELDEN / "leerlingen.json").read_text(encoding="utf-8"))
    leerling = Leerling.model_validate(next(g for g in gegevens if "LRV" in g["sleutel"]))
    svg = grafieken.tijdlijn(leerling, analyseer(leerling, date(2026, 4, 30)))
    html = f"<!DOCTYPE html><html><body>{svg}</body></html>"
    meting = _meet(
        browser,
        tmp_path,
        html,
        """
        const svg = document.querySelector('svg');
        const box = svg.getBoundingClientRect();
        const teksten = [...svg.querySelectorAll('text')].map(t => t.textContent.trim());
        const legenda = ['ongeoorloofd', 'schoolvakantie', 'einddatum', 'periode van een melding'].map(
          n => [...svg.querySelectorAll('text')].find(t => t.textContent.trim() === n)?.getBBox().width || 0);
        document.body.dataset.meting = JSON.stringify({b: box.width, h: box.height, teksten, legenda});
        """,
    )
    assert isinstance(meting["b"], float | int)
    assert isinstance(meting["h"], float | int)
    assert meting["b"] > 300
    assert meting["h"] > 300
    teksten = meting["teksten"]
    assert isinstance(teksten, list)
    assert {"ma", "zo", "einddatum"} <= set(teksten)
    legenda = meting["legenda"]
    assert isinstance(legenda, list)
    assert all(b > 10 for b in legenda)  # drawn, with a width: text as text, a legend for each mark
