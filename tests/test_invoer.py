"""Bad input: each gives an Invoerfout naming the field and the rule, never the value."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from verzuimregels import GeenWetsversie, Invoerfout, OntbrekendFeit, beoordeel
from verzuimregels.bronnen import wetsversie_op

BASIS: dict[str, Any] = {"leeftijd_eerste_verzuimdag": 14, "peildatum": "2026-03-16"}


def fout(casus: dict[str, Any]) -> Invoerfout:
    with pytest.raises(Invoerfout) as info:
        beoordeel(casus)
    return info.value


@pytest.mark.parametrize(
    ("veld", "waarde", "regel"),
    [
        ("ongeoorloofde_uren_4_lesweken", -3, "greater_than_equal"),
        ("ongeoorloofde_uren_4_lesweken", 673, "less_than_equal"),
        ("ongeoorloofde_uren_4_lesweken", "NaN", "finite_number"),
        ("ongeoorloofde_uren_4_lesweken", True, "decimal_type"),
        ("aaneengesloten_dagen_afwezig", -1, "greater_than_equal"),
        ("aaneengesloten_dagen_afwezig", 2.5, "int_type"),
        ("leeftijd_eerste_verzuimdag", -1, "greater_than_equal"),
        ("leeftijd_eerste_verzuimdag", "14", "int_type"),
        ("ziek", "ja", "bool_type"),
        ("ziek", 1, "bool_type"),
        ("peildatum", "2026-02-30", "datum_bestaat_niet"),
        ("peildatum", "16-03-2026", "datum_formaat"),
        ("peildatum", 1_700_000_000, "datum_type"),
        ("peildatum", datetime(2026, 3, 16, 12, 0), "datum_type"),
    ],
)
def test_foute_waarde_noemt_veld_en_regel(veld: str, waarde: Any, regel: str) -> None:
    f = fout(BASIS | {veld: waarde})
    assert [(v.veld, v.regel) for v in f.fouten] == [(veld, regel)]
    assert repr(waarde) not in str(f) or isinstance(waarde, bool)


def test_onbekend_veld_heet_naar_zijn_positie_niet_naar_zijn_tekst() -> None:
    # Issue 11: a mapping keyed by BSN put every BSN in the error output.
    f = fout(BASIS | {"111222333": True})
    assert [(v.veld, v.regel) for v in f.fouten] == [("<veld 3>", "extra_forbidden")]
    assert "111222333" not in str(f)


def test_ontbrekend_feit_noemt_het_veld_en_de_vraag() -> None:
    with pytest.raises(OntbrekendFeit) as info:
        beoordeel(BASIS | {"ziek": False, "vakantie_zonder_verlof": False})
    assert info.value.veld == "ongeoorloofde_uren_4_lesweken"
    assert info.value.vraag == "Q5"
    assert info.value.fouten[0].regel == "feit_ontbreekt"


def test_zonder_leeftijd_of_datums() -> None:
    f = fout({"ziek": True, "peildatum": "2026-03-16"})
    assert f.fouten[0].regel == "leeftijd_ontbreekt"
    assert "leeftijd_eerste_verzuimdag" in f.fouten[0].velden


@pytest.mark.parametrize("ontbreekt", ["geboortedatum", "eerste_verzuimdag"])
def test_een_datum_zonder_de_andere(ontbreekt: str) -> None:
    casus = {"geboortedatum": "2012-01-01", "eerste_verzuimdag": "2026-03-02", "ziek": True}
    del casus[ontbreekt]
    f = fout(casus)
    assert (f.fouten[0].veld, f.fouten[0].regel) == (ontbreekt, "datum_ontbreekt")


def test_eerste_verzuimdag_voor_geboortedatum() -> None:
    f = fout({"geboortedatum": "2012-01-01", "eerste_verzuimdag": "2011-03-02", "ziek": True})
    assert f.fouten[0].regel == "datum_volgorde"
    assert set(f.fouten[0].velden) == {"geboortedatum", "eerste_verzuimdag"}


def test_peildatum_voor_eerste_verzuimdag() -> None:
    f = fout(
        {
            "geboortedatum": "2012-01-01",
            "eerste_verzuimdag": "2026-03-02",
            "peildatum": "2026-03-01",
            "ziek": True,
        }
    )
    assert set(f.fouten[0].velden) == {"peildatum", "eerste_verzuimdag"}


def test_leeftijd_vijf_zonder_datums_is_onbepaald() -> None:
    f = fout({"leeftijd_eerste_verzuimdag": 5, "ziek": True, "peildatum": "2026-03-16"})
    assert (f.fouten[0].veld, f.fouten[0].regel) == ("leeftijd_eerste_verzuimdag", "leerplicht_onbepaald")


def test_leeftijd_met_datums_mag_volgens_beide_29_februari_regels() -> None:
    casus = {
        "geboortedatum": "2008-02-29",
        "eerste_verzuimdag": "2026-02-28",
        "ziek": True,
        "peildatum": "2026-03-02",
    }
    assert beoordeel(casus | {"leeftijd_eerste_verzuimdag": 17}).verzuimsoort == "ziekteverzuim"
    assert beoordeel(casus | {"leeftijd_eerste_verzuimdag": 18}).verzuimsoort == "ziekteverzuim"
    assert fout(casus | {"leeftijd_eerste_verzuimdag": 16}).fouten[0].regel == "leeftijd_strijdig"


def test_peildatum_voor_de_oudste_wetsversie() -> None:
    with pytest.raises(GeenWetsversie) as info:
        beoordeel({"leeftijd_eerste_verzuimdag": 14, "ziek": True, "peildatum": "2023-12-31"})
    assert info.value.fouten[0].veld == "peildatum"
    assert info.value.oudste == date(2024, 1, 1)


def test_wetsversie_op_peildatum() -> None:
    assert wetsversie_op(date(2024, 1, 1)) == date(2024, 1, 1)
    assert wetsversie_op(date(2026, 7, 31)) == date(2024, 1, 1)
    assert wetsversie_op(date(2026, 8, 1)) == date(2026, 8, 1)


def test_meerdere_fouten_tegelijk() -> None:
    f = fout({"leeftijd_eerste_verzuimdag": -1, "ongeoorloofde_uren_4_lesweken": -1, "x": 1})
    velden = {v.veld for v in f.fouten}
    assert velden == {"leeftijd_eerste_verzuimdag", "ongeoorloofde_uren_4_lesweken", "<veld 3>"}
    assert str(f).count(";") == 2


def test_invoerfout_is_een_valueerror() -> None:
    assert issubclass(Invoerfout, ValueError)


def test_datum_als_date_object() -> None:
    casus = {"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": date(2026, 3, 16)}
    assert beoordeel(casus).verzuimsoort == "ziekteverzuim"
