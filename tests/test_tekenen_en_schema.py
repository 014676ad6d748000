"""Exports: JSON Schema of the contract, Mermaid and DOT drawings of the tree."""

from __future__ import annotations

import json

from verzuimregels import Casus, Oordeel, beoordeel
from verzuimregels.keuzehulp import boom
from verzuimregels.keuzehulp.tekenen import dot, mermaid
from verzuimregels.schema import alle_schemas, json_schema


def test_schema_van_oordeel_noemt_precies_de_sleutels_van_het_contract() -> None:
    schema = json_schema("oordeel")
    assert set(schema["properties"]) == {
        "verzuimsoort",
        "meldplicht",
        "pad",
        "grondslag",
        "toelichting",
        "beleidskeuzes",
        "regelversie",
    }
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["$defs"]["Verzuimsoort"]["enum"]) == {
        "geen_melding",
        "ziekteverzuim",
        "luxe_verzuim",
        "zestien_uur",
        "langdurig_relatief_verzuim",
        "rmc",
        "overig_verzuim",
    }
    json.dumps(alle_schemas())  # serializable as is


def test_schema_en_modellen_zijn_dezelfde_sleutels() -> None:
    assert set(json_schema("casus")["properties"]) == set(Casus.model_fields)
    assert set(json_schema("oordeel")["properties"]) == set(Oordeel.model_fields)


def test_mermaid_bevat_elke_knoop_en_elke_tak() -> None:
    tekst = mermaid()
    for knoop in boom.knopen():
        assert f"    {knoop.knoop}" in tekst
    assert (
        tekst.count("-->|ja|")
        == tekst.count("-->|nee|")
        == sum(isinstance(k, boom.Vraag) for k in boom.knopen())
    )
    assert "-->|yes|" in mermaid(taal="en")
    assert "-->|ja|" in mermaid(taal="nl")


def test_pad_gemarkeerd_in_mermaid_en_dot() -> None:
    o = beoordeel({"leeftijd_eerste_verzuimdag": 14, "ziek": True, "peildatum": "2026-03-16"})
    tekst = mermaid(o)
    regel = next(r for r in tekst.splitlines() if r.endswith(" pad") and r.strip().startswith("class "))
    assert set(regel.split()[1].split(",")) == {"S1", "S2", "S3", "Q1", "Q1b", "ziekteverzuim"}
    linkstyle = next(r for r in tekst.splitlines() if "linkStyle" in r)
    assert len(linkstyle.split()[1].split(",")) == len(o.pad)
    d = dot(o)
    assert d.count("penwidth=3") == len(o.pad)
    assert d.count('fillcolor="#ffdd77"') == len(o.pad) + 1
