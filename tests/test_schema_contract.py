"""The JSON Schemas are a contract for callers in other languages: a validator with format checking must
accept what the library accepts and refuse what it refuses (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import ValidationError

from verzuimregels.registratie.modellen import Record
from verzuimregels.schema import SCHEMA_BASIS, SCHEMA_MODELLEN, alle_schemas, json_schema

VOORBEELDEN = Path(__file__).resolve().parent.parent / "examples"


def _validator(naam: str) -> Draft202012Validator:
    schema = json_schema(naam)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _rijen(bestand: str) -> list[Any]:
    tekst = (VOORBEELDEN / bestand).read_text(encoding="utf-8")
    if bestand.endswith(".jsonl"):
        return [json.loads(r) for r in tekst.splitlines() if r.strip()]
    data = json.loads(tekst)
    return data if isinstance(data, list) else [data]


def test_elk_schema_heeft_een_eigen_id_en_is_geldig_draft_2020_12() -> None:
    schemas = alle_schemas()
    ids = {s["$id"] for s in schemas.values()}
    assert len(ids) == len(SCHEMA_MODELLEN)
    assert '"format": "time"' not in json.dumps(schemas)  # RFC 3339: needs seconds and an offset
    for naam, schema in schemas.items():
        assert schema["$id"] == f"{SCHEMA_BASIS}{naam}.json"
        Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("naam", "bestand"),
    [("casus", "casussen.json"), ("leerling", "leerlingen.json"), ("verlofaanvraag", "verlof.json")],
)
def test_de_meegeleverde_voorbeelden_zijn_geldig_volgens_het_schema_met_formaten(
    naam: str, bestand: str
) -> None:
    validator = _validator(naam)
    for rij in _rijen(bestand):
        assert list(validator.iter_errors(rij)) == []


@pytest.mark.parametrize("tijd", ["09:00", "09:00:00", "23:59"])
def test_van_en_tot_die_de_bibliotheek_leest_zijn_geldig_in_het_schema(tijd: str) -> None:
    record = {"datum": "2026-03-02", "reden": "ongeoorloofd", "van": "08:30", "tot": tijd}
    Record.model_validate(record)
    leerling = {"geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}, "records": [record]}
    assert list(_validator("leerling").iter_errors(leerling)) == []


@pytest.mark.parametrize("tijd", ["9:00", "09:00Z", "09:00+01:00", "24:00", "0900"])
def test_van_en_tot_die_de_bibliotheek_weigert_weigert_ook_het_schema(tijd: str) -> None:
    record = {"datum": "2026-03-02", "reden": "ongeoorloofd", "van": "08:00", "tot": tijd}
    with pytest.raises(ValidationError, match="tijd_formaat"):
        Record.model_validate(record)
    leerling = {"geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}, "records": [record]}
    assert list(_validator("leerling").iter_errors(leerling)) != []


def test_regressie_tijd_met_offset_naast_tijd_zonder_offset_geeft_een_foutrij_geen_typeerror() -> None:
    """Before: van "09:00Z" with tot "10:00" raised TypeError (aware vs naive comparison)."""
    with pytest.raises(ValidationError, match="tijd_formaat"):
        Record.model_validate({"datum": "2026-03-02", "reden": "ziek", "van": "09:00Z", "tot": "10:00"})


def test_een_datum_die_niet_bestaat_weigeren_schema_en_bibliotheek_allebei() -> None:
    validator = _validator("casus")
    assert list(validator.iter_errors({"peildatum": "2026-09-14"})) == []
    assert list(validator.iter_errors({"peildatum": "2026-02-30"})) != []
