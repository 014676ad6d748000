"""Pictures through matplotlib: each an SVG with text as text, the same bytes on every run, a legend
for every mark; the worklist per week, a pupil's timeline, the thuiszitter counts, the iceberg."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from verzuimregels import grafieken
from verzuimregels.registratie import Leerling, analyseer
from verzuimregels.thuiszitters import Situatie
from verzuimregels.thuiszitters.telling import tel
from verzuimregels.werklijst import per_week
from verzuimregels.werklijst.synthetisch import school

VOORBEELDEN = Path(__file__).parent.parent / "examples"


def _teksten(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_werklijst_per_week_over_het_schooljaar() -> None:
    leerlingen = school(60, seed=2)
    weken = per_week(leerlingen)
    assert len(weken) == 41  # every lesweek of 2025/26 in region midden
    assert weken[0].peildatum == date(2025, 9, 5)  # the Friday of the first lesweek
    assert sum(weken[-1].aantallen.values()) >= sum(weken[0].aantallen.values())
    svg = grafieken.werklijst_per_week(weken)
    assert svg.startswith("<svg")
    teksten = _teksten(svg)
    assert "Werklijst per week" in teksten
    assert {"achterstallig", "mag melden"} <= set(teksten)
    assert svg == grafieken.werklijst_per_week(weken)  # deterministic
    leeg = grafieken.werklijst_per_week(per_week([], [date(2025, 9, 5)]))
    assert "achterstallig" not in _teksten(leeg)
    assert per_week([]) == []
    assert per_week([{"geboortedatum": "2012-05-05", "school": {"onderwijssoort": "vo"}}]) == []


def test_per_week_slaat_ongeldige_leerlingen_over_en_telt_overige_signalen() -> None:
    ll = {
        "geboortedatum": "2012-05-05",
        "school": {"onderwijssoort": "vo", "regio": "midden"},
        "records": [{"datum": "2025-10-17", "reden": "ziek"}],  # the lesdag before the herfstvakantie
    }
    [week] = per_week([ll, {"geboortedatum": "x"}], [date(2025, 10, 31)])
    assert week.aantallen == {"overig_signaal": 1}


def test_tijdlijn_met_weekdagen_en_een_legenda_voor_elk_teken() -> None:
    gegevens = json.loads((VOORBEELDEN / "leerlingen.json").read_text(encoding="utf-8"))
    leerling = Leerling.model_validate(next(g for g in gegevens if "LRV" in g["sleutel"]))
    analyse = analyseer(leerling, date(2026, 4, 30))
    svg = grafieken.tijdlijn(leerling, analyse)
    teksten = _teksten(svg)
    assert {"ma", "di", "wo", "do", "vr", "za", "zo"} <= set(teksten)
    for teken in (
        "ongeoorloofd",
        "schoolvakantie",
        "lesdag",
        "geen lesdag",
        "periode van een melding",
        "einddatum",
    ):
        assert teken in teksten
    zonder = analyseer({**leerling.model_dump(), "records": []}, date(2025, 9, 30))
    kaal = _teksten(
        grafieken.tijdlijn(Leerling.model_validate({**leerling.model_dump(), "records": []}), zonder)
    )
    assert "einddatum" not in kaal
    assert "periode van een melding" not in kaal


def test_thuiszitters_per_peildatum_en_definitie_en_de_ijsberg() -> None:
    situaties = [
        Situatie.model_validate_json(r)
        for r in (VOORBEELDEN / "gemeente.jsonl").read_text("utf-8").splitlines()
    ]
    peildata = [date(2025, 10, 1), date(2026, 1, 15)]
    telling = tel(situaties, peildata)
    svg = grafieken.thuiszitters(telling)
    teksten = _teksten(svg)
    assert {"ocw_2016", "thuiszitterspact", "balans_2020", "2025-10-01", "2026-01-15"} <= set(teksten)
    for definitie in telling.definities:
        assert str(telling.totaal(date(2026, 1, 15), definitie)) in teksten
    ijsberg = grafieken.ijsberg(telling, date(2026, 1, 15))
    assert any(
        t.startswith("IJsberg op 2026-01-15 (583 leerlingen zonder categorie") for t in _teksten(ijsberg)
    )
