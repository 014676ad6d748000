"""`verzuimregels thuiszitters`: the counts under each definition side by side, without Python."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import main
from verzuimregels.teksten import Taal
from verzuimregels.thuiszitters import Categorie, Situatie
from verzuimregels.thuiszitters.telling import OCW_2016, STANDAARD_DEFINITIES, Definitie, tel

from .engels import engels

GEMEENTE = Path(__file__).parent.parent / "examples" / "gemeente.jsonl"


def _situaties() -> list[Situatie]:
    return [Situatie.model_validate_json(r) for r in GEMEENTE.read_text(encoding="utf-8").splitlines()]


def test_tabel_met_de_definities_naast_elkaar(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["thuiszitters", str(GEMEENTE), "--peildatum", "2026-01-15"]) == 0
    regels = capsys.readouterr().out.splitlines()
    assert regels[0].split() == ["peildatum", "ocw_2016", "thuiszitterspact", "balans_2020"]
    telling = tel(_situaties(), date(2026, 1, 15))
    verwacht = [telling.totaal(date(2026, 1, 15), d) for d in telling.definities]
    assert regels[1].split() == ["2026-01-15", *map(str, verwacht)]
    assert any(r.startswith("ocw_2016: Langdurig relatief verzuim") for r in regels)


def test_csv_per_peildatum_en_groep(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["thuiszitters", str(GEMEENTE), "--peildatum", "2026-04-01", "--peildatum", "2025-10-01"]
    assert main([*args, "--groep-op", "sector", "--formaat", "csv"]) == 0
    rijen = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    telling = tel(_situaties(), [date(2025, 10, 1), date(2026, 4, 1)], groep_op=["sector"])
    assert [(r["peildatum"], r["sector"], int(r["ocw_2016"]), int(r["geen"])) for r in rijen] == [
        (r["peildatum"].isoformat(), r["sector"], r["ocw_2016"], r["geen"]) for r in telling.rijen()
    ]


def test_json_met_definities_en_fouten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = tmp_path / "s.jsonl"
    regels = GEMEENTE.read_text(encoding="utf-8").splitlines()[:20]
    bestand.write_text(
        "\n".join([*regels, '{"sleutel": "X", "plicht": {"van": "gisteren"}}', "[1]", "{kapot"]) + "\n",
        encoding="utf-8",
    )
    assert main(["thuiszitters", str(bestand), "--peildatum", "2026-01-15", "--formaat", "json"]) == 1
    uit = capsys.readouterr()
    data = json.loads(uit.out)
    assert [d["naam"] for d in data["definities"]] == ["ocw_2016", "thuiszitterspact", "balans_2020"]
    assert data["definities"][0]["bron"]["titel"].startswith("Kamerbrief")
    assert sum(data["rijen"][0][c.value] for c in Categorie) == 20  # the 20 valid ones, each once
    assert [(f["rij"], f["sleutel"]) for f in data["fouten"]] == [(21, "X"), (22, None), (23, None)]
    assert main(["thuiszitters", str(bestand), "--peildatum", "2026-01-15", "--formaat", "csv"]) == 1
    assert "rij 21 (X) niet geteld" in capsys.readouterr().err


def test_thuiszitters_lekt_geen_persoonsgegevens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bsn, naam = "123456782", "Jantje Kanarie"
    bestand = tmp_path / "s.json"
    bestand.write_text(
        json.dumps(
            [
                {"sleutel": "A", "bsn": bsn, "naam": naam},
                {"sleutel": "B", "plicht": {"van": bsn}},
                {"sleutel": "C", "gemeente": naam * 10},
            ]
        ),
        encoding="utf-8",
    )
    for formaat in ("tabel", "csv", "json"):
        assert main(["thuiszitters", str(bestand), "--peildatum", "2026-01-15", "--formaat", formaat]) == 1
        uit = capsys.readouterr()
        for canary in (bsn, naam, "Kanarie"):
            assert canary not in uit.out + uit.err


def test_json_met_fouten_in_de_opmaak_van_json_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The errors are streamed into the document (issue 11: bounded memory); the text is still exactly
    json.dump's layout with indent=1, and a group value that looks like the marker changes nothing."""
    bestand = tmp_path / "s.jsonl"
    regels = GEMEENTE.read_text(encoding="utf-8").splitlines()[:5]
    eerste = json.loads(regels[0])
    regels.append(json.dumps({**eerste, "sleutel": "M", "gemeente": "\x00fouten\x00"}))
    bestand.write_text("\n".join([*regels, '{"sleutel": "X", "plicht": {"van": "gisteren"}}', "[1]"]) + "\n")
    args = ["thuiszitters", str(bestand), "--peildatum", "2026-01-15", "--formaat", "json"]
    assert main([*args, "--groep-op", "gemeente"]) == 1
    tekst = capsys.readouterr().out
    data = json.loads(tekst)
    assert tekst == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert [(f["rij"], f["sleutel"]) for f in data["fouten"]] == [(7, "X"), (8, None)]
    assert "\x00fouten\x00" in {r["gemeente"] for r in data["rijen"]}
    bestand.write_text("\n".join(regels[:3]) + "\n")
    assert main(args) == 0
    tekst = capsys.readouterr().out
    assert tekst == json.dumps(json.loads(tekst), ensure_ascii=False, indent=1) + "\n"
    assert json.loads(tekst)["fouten"] == []


def test_cli_telt_stromend(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Bounded memory (issue 11): the command hands the counting a stream, not a list of every pupil,
    and the counting keeps no pupil: at most the one being classified is alive."""
    import gc
    import weakref

    levend: list[weakref.ref[Situatie]] = []
    echt = tel

    def tel_stroom(situaties: Any, *args: Any, **kwargs: Any) -> Any:
        assert not isinstance(situaties, list | tuple)

        def gevolgd() -> Any:
            for s in situaties:
                gc.collect()
                assert sum(r() is not None for r in levend) <= 1  # only the previous one, still in a local
                levend.append(weakref.ref(s))
                yield s

        return echt(gevolgd(), *args, **kwargs)

    monkeypatch.setattr("verzuimregels.cli.thuiszitters.tel", tel_stroom)
    assert main(["thuiszitters", str(GEMEENTE), "--peildatum", "2026-01-15", "--groep-op", "gemeente"]) == 0
    assert len(levend) == len(_situaties())
    capsys.readouterr()


def test_telling_houdt_alleen_aantallen() -> None:
    """The counting's state is one count per peildatum, group and category: O(gemeenten), not O(pupils)."""
    situaties = _situaties() * 20
    peildata = [date(2025, 10, 1), date(2026, 1, 15)]
    telling = tel(iter(situaties), peildata, groep_op=["gemeente"])
    gemeenten = {s.gemeente for s in situaties}
    assert len(telling.aantallen) <= len(peildata) * len(gemeenten) * len(Categorie)
    assert sum(telling.aantallen.values()) == len(situaties) * len(peildata)


def _met_fouten(tmp_path: Path) -> Path:
    bestand = tmp_path / "s.jsonl"
    regels = GEMEENTE.read_text(encoding="utf-8").splitlines()[:5]
    bestand.write_text("\n".join([*regels, '{"sleutel": "X", "plicht": {"van": "gisteren"}}', "[1]"]) + "\n")
    return bestand


@pytest.mark.parametrize("formaat", ["tabel", "tekst", "csv", "json"])
def test_thuiszitters_taal_en_geeft_de_definities_en_de_fouten_in_het_engels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], formaat: str
) -> None:
    """``--taal`` as on every other command (issue 17): the definitions' descriptions and the lines of
    the situations counted nowhere in English with ``--taal en``, in Dutch by default; counts alike."""
    args = ["thuiszitters", str(_met_fouten(tmp_path)), "--peildatum", "2026-01-15", "--formaat", formaat]
    assert main(args) == 1
    nl = capsys.readouterr()
    assert main([*args, "--taal", "en"]) == 1
    en = capsys.readouterr()
    if formaat != "json":  # JSON holds its error rows in the document, as every command's JSON
        assert "verzuimregels: rij 6 (X) niet geteld: plicht.van: verwacht een datum" in nl.err
        assert (
            "verzuimregels: row 6 (X) not counted: plicht.van: expected a date as yyyy-mm-dd "
            "[datum_formaat]\n"
        ) in en.err
        assert "row 7 (-) not counted: <input>: expected a JSON object [geen_object]\n" in en.err
        assert engels(nl.err) == [], nl.err
    if formaat == "csv":
        assert en.out == nl.out  # codes and counts only
        return
    for definitie in STANDAARD_DEFINITIES:
        assert definitie.omschrijving in nl.out
        assert definitie.omschrijving_en in en.out
        assert definitie.omschrijving not in en.out
    if formaat == "json":
        assert [d["omschrijving"] for d in json.loads(en.out)["definities"]] == [
            d.omschrijving_en for d in STANDAARD_DEFINITIES
        ]
        assert json.loads(en.out)["rijen"] == json.loads(nl.out)["rijen"]


def test_een_definitie_zonder_engelse_omschrijving_is_in_het_engels_de_nederlandse() -> None:
    eigen = Definitie("ziek", frozenset({Categorie.LANGDURIG_ZIEK}), "Langdurig ziek.")
    assert (eigen.beschrijving("en"), eigen.beschrijving(Taal.NL)) == ("Langdurig ziek.", "Langdurig ziek.")
    assert OCW_2016.beschrijving("en") == OCW_2016.omschrijving_en != OCW_2016.beschrijving()
    assert all(engels(d.omschrijving) == [] for d in STANDAARD_DEFINITIES)


def test_thuiszitters_taal_is_de_gedeelde_optie(capsys: pytest.CaptureFixture[str]) -> None:
    """The same ``--taal`` as ``beoordeel``'s (one definition, ``cli/opties.py``): its choices and help."""
    hulp = {}
    for commando in ("beoordeel", "thuiszitters"):
        with pytest.raises(SystemExit):
            main([commando, "--help"])
        hulp[commando] = capsys.readouterr().out
        assert "--taal {nl,en}" in hulp[commando]
    assert main(["thuiszitters", str(GEMEENTE), "--peildatum", "2026-01-15", "--taal", "fr"]) == 2
    assert "--taal verwacht één van: nl, en" in capsys.readouterr().err
