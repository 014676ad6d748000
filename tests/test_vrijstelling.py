"""Vrijstellingen (Lpw art. 5, 5a, 11a, 15) and their notice rules (art. 6, 7); is_verontschuldigd."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from verzuimregels.verlof import (
    ARTIKEL,
    Gebrek,
    Verlof,
    Verontschuldiging,
    Vrijstelling,
    is_verontschuldigd,
    toets_vrijstelling,
)


def vrijstelling(**velden: Any) -> Vrijstelling:
    return Vrijstelling.model_validate(velden)


def test_art_5_b_kennisgeving_en_jaarlijkse_vernieuwing_voor_1_juli() -> None:
    v = vrijstelling(
        grond="art_5_b", begin="2025-09-01", kennisgevingen=[{"op": "2025-08-20"}, {"op": "2026-06-30"}]
    )
    assert toets_vrijstelling(v, date(2026, 3, 2)).geldig
    assert toets_vrijstelling(v, date(2026, 9, 1)).geldig  # renewed on 30 June, before 1 July
    # the renewal for 2027/28 is missing (art. 6 lid 2 onder b)
    assert toets_vrijstelling(v, date(2027, 9, 1)).gebreken == (Gebrek.NIET_VERNIEUWD,)
    # renewed on 1 July: too late
    laat = vrijstelling(
        grond="art_5_b", begin="2025-09-01", kennisgevingen=[{"op": "2025-08-20"}, {"op": "2026-07-01"}]
    )
    assert toets_vrijstelling(laat, date(2026, 9, 1)).gebreken == (Gebrek.NIET_VERNIEUWD,)
    # before the first notice: no beroep possible (art. 6 lid 1)
    assert toets_vrijstelling(v, date(2025, 8, 19)).gebreken == (Gebrek.BUITEN_PERIODE,)
    zonder = vrijstelling(grond="art_5_c", begin="2025-09-01")
    assert toets_vrijstelling(zonder, date(2025, 9, 1)).gebreken == (Gebrek.GEEN_KENNISGEVING,)


def test_art_5_a_verklaring_niet_ouder_dan_drie_maanden() -> None:
    goed = vrijstelling(
        grond="art_5_a",
        begin="2025-09-01",
        kennisgevingen=[{"op": "2025-08-20", "verklaring_op": "2025-05-20"}],
    )
    assert toets_vrijstelling(goed, date(2025, 9, 1)).geldig
    oud = vrijstelling(
        grond="art_5_a",
        begin="2025-09-01",
        kennisgevingen=[{"op": "2025-08-20", "verklaring_op": "2025-05-19"}],
    )
    assert toets_vrijstelling(oud, date(2025, 9, 1)).gebreken == (Gebrek.GEEN_GELDIGE_VERKLARING,)
    geen = vrijstelling(grond="art_5_a", begin="2025-09-01", kennisgevingen=[{"op": "2025-08-20"}])
    assert not toets_vrijstelling(geen, date(2025, 9, 1)).geldig


def test_art_6_lid_3_nooit_geschikt_hoeft_niet_te_vernieuwen() -> None:
    v = vrijstelling(
        grond="art_5_a",
        begin="2025-09-01",
        nooit_geschikt=True,
        kennisgevingen=[{"op": "2025-08-20", "verklaring_op": "2025-08-01"}],
    )
    assert toets_vrijstelling(v, date(2030, 9, 1)).geldig


def test_art_5a_art_11a_en_art_15() -> None:
    trekkend = vrijstelling(
        grond="art_5a", begin="2026-01-05", einde="2026-06-30", kennisgevingen=[{"op": "2025-12-01"}]
    )
    assert toets_vrijstelling(trekkend, date(2026, 3, 2)).geldig
    assert toets_vrijstelling(trekkend, date(2026, 7, 1)).gebreken == (Gebrek.BUITEN_PERIODE,)
    lid1 = vrijstelling(
        grond="art_11a_lid_1", begin="2026-01-05", uren_per_week=5, kennisgevingen=[{"op": "2026-01-05"}]
    )
    assert toets_vrijstelling(lid1, date(2026, 1, 5)).geldig
    assert not toets_vrijstelling(
        vrijstelling(grond="art_11a_lid_1", begin="2026-01-05"), date(2026, 1, 5)
    ).geldig
    assert toets_vrijstelling(
        vrijstelling(grond="art_11a_lid_2", begin="2026-01-05"), date(2026, 1, 5)
    ).geldig
    assert toets_vrijstelling(vrijstelling(grond="art_15", begin="2026-01-05"), date(2027, 1, 5)).geldig


def test_is_verontschuldigd() -> None:
    verloven = [
        Verlof.model_validate({"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06"})
    ]
    vrij = [vrijstelling(grond="art_15", begin="2026-04-01", einde="2026-04-30")]
    assert is_verontschuldigd(date(2026, 3, 6), verloven, vrij) is Verontschuldiging.VERLOF_13A
    assert is_verontschuldigd(date(2026, 3, 9), verloven, vrij) is None  # the day after the verlof: verzuim
    assert is_verontschuldigd(date(2026, 4, 1), verloven, vrij) is Verontschuldiging.VRIJSTELLING_15
    g = [
        Verlof.model_validate(
            {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-02"}
        )
    ]
    assert is_verontschuldigd(date(2026, 3, 2), g, ()) is Verontschuldiging.VERLOF_14
    # an invalid vrijstelling excuses nothing
    zonder = [vrijstelling(grond="art_5_b", begin="2026-01-01")]
    assert is_verontschuldigd(date(2026, 3, 2), (), zonder) is None
    assert set(ARTIKEL) == set(Verontschuldiging)
    assert ARTIKEL[Verontschuldiging.VERLOF_13A].titel() == "Lpw art. 13a lid 1"


@pytest.mark.parametrize(
    ("velden", "regel"),
    [
        ({"grond": "art_15", "begin": "2026-04-01", "einde": "2026-03-31"}, "datum_volgorde"),
        ({"grond": "art_15", "begin": "2026-04-01", "uren_per_week": 3}, "alleen_11a"),
        ({"grond": "art_5_b", "begin": "2026-04-01", "nooit_geschikt": True}, "alleen_5a"),
        ({"grond": "art_11a_lid_1", "begin": "2026-04-01", "uren_per_week": 6}, "less_than_equal"),
    ],
)
def test_foute_vrijstelling(velden: dict[str, Any], regel: str) -> None:
    with pytest.raises(ValidationError) as fout:
        Vrijstelling.model_validate(velden)
    assert fout.value.errors()[0]["type"] == regel


def test_kennisgeving_na_de_dag_dekt_niets() -> None:
    from verzuimregels.regels.vrijstelling import kennisgeving_dekt, vernieuwingstermijn

    assert not kennisgeving_dekt(date(2026, 3, 3), date(2026, 3, 3), date(2026, 3, 1), date(2026, 3, 2), True)
    assert vernieuwingstermijn(2026) == (date(2025, 7, 1), date(2026, 7, 1))


def test_lees_feit_noemt_het_veld() -> None:
    from verzuimregels import Invoerfout
    from verzuimregels.verlof import lees_feit

    v = lees_feit(Vrijstelling, {"grond": "art_15", "begin": "2026-04-01"})
    assert lees_feit(Vrijstelling, v) is v
    with pytest.raises(Invoerfout) as fout:
        lees_feit(
            Vrijstelling,
            {"grond": "art_15", "begin": "2026-04-01", "einde": "2026-03-01"},
            "vrijstellingen.2",
        )
    assert fout.value.fouten[0].veld == "vrijstellingen.2.einde"
    assert "2026" not in str(fout.value)
    with pytest.raises(Invoerfout) as fout:
        lees_feit(Verlof, {"soort": "vakantie", "eerste_dag": "2026-03-02"})
    assert fout.value.fouten[0].veld == "laatste_dag"
