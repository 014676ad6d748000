"""The ``analyseer`` command: JSON and CSV in, JSON or a table out, every pupil answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import analyse as benchmark
from verzuimregels.cli import main
from verzuimregels.cli.analyse import CSV_KOLOMMEN
from verzuimregels.registratie import Leerling, Reden, analyseer

VOORBEELDEN = Path(__file__).parents[1] / "examples"


def test_voorbeelden_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyseer", str(VOORBEELDEN / "leerlingen.json"), "--peildatum", "2026-06-30"]) == 0
    uit = json.loads(capsys.readouterr().out)
    invoer = json.loads((VOORBEELDEN / "leerlingen.json").read_text())
    assert [r["sleutel"] for r in uit] == [r["sleutel"] for r in invoer]
    soorten = {m["verzuimsoort"] for r in uit for m in r["meldingen"]}
    assert soorten == {"zestien_uur", "langdurig_relatief_verzuim", "rmc", "luxe_verzuim", "overig_verzuim"}
    redenen = {rec["reden"] for r in invoer for rec in r.get("records", [])}
    assert redenen == {r.value for r in Reden}
    assert {r["situatie"] for r in uit} == {"ingeschreven", "absoluut_verzuim", "vrijstelling"}
    assert any(m["status"] == "gemeld" for r in uit for m in r["meldingen"])


def test_voorbeelden_met_fouten_geven_foutrijen(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["analyseer", str(VOORBEELDEN / "leerlingen_met_fouten.jsonl"), "--peildatum", "2026-06-30"])
        == 1
    )
    regels = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [r["fout"]["sleutel"] for r in regels[:4]] == ["F-001", "F-002", "F-003", "F-004"]
    assert [r["fout"]["rij"] for r in regels[:4]] == [1, 2, 3, 4]
    assert regels[4]["sleutel"] == "OK-005"
    assert "2012-01-01" not in json.dumps([r["fout"] for r in regels[:4]])


def test_voorbeelden_csv_als_tabel(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["analyseer", str(VOORBEELDEN / "verzuim.csv"), "--peildatum", "2026-03-31", "--formaat", "tabel"]
    assert main([*args, "--onderwijssoort", "po", "--regio", "midden", "--uren-per-lesdag", "5.5"]) == 0
    uit = capsys.readouterr().out
    assert "leerling P1" in uit
    assert "zestien_uur" in uit
    assert "achterstallig" in uit
    assert "leerling P3" in uit
    assert "geen meldingen" in uit


def test_csv_kop_staat_in_de_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyseer", "--help"])
    assert ",".join(CSV_KOLOMMEN) in capsys.readouterr().out.replace("\n", "")


def schrijf(tmp_path: Path, naam: str, inhoud: str) -> str:
    pad = tmp_path / naam
    pad.write_text(inhoud)
    return str(pad)


def test_csv_overlap_noemt_de_regel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = (
        "leerling,geboortedatum,datum,reden\n"
        "A,2014-01-01,2026-03-02,ziek\n"
        "A,2014-01-01,2026-03-02,ongeoorloofd\n"
    )
    assert (
        main(
            [
                "analyseer",
                schrijf(tmp_path, "x.csv", csv),
                "--peildatum",
                "2026-03-31",
                "--onderwijssoort",
                "vo",
            ]
        )
        == 1
    )
    melding = json.loads(capsys.readouterr().out)[0]["fout"]["fouten"][0]["melding"]
    assert melding == "record 1 (regel 2) and record 2 (regel 3) overlap"


def test_csv_fouten_per_leerling(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = (
        "leerling,geboortedatum,datum,reden,uren\n"
        "A,2014-01-01,2026-03-02,spijbelen,\n"
        "B,2014-01-01,2026-03-02,ongeoorloofd,2\n"
        "B,2014-02-02,2026-03-03,ongeoorloofd,2\n"
        "C,2014-01-01,2026-03-02,ongeoorloofd,2\n"
    )
    pad = schrijf(tmp_path, "x.csv", csv)
    assert (
        main(
            ["analyseer", pad, "--peildatum", "2026-03-31", "--onderwijssoort", "vo", "--schooljaar", "2025"]
        )
        == 1
    )
    uit = json.loads(capsys.readouterr().out)
    assert uit[0]["fout"]["fouten"][0]["veld"] == "records.1.reden"
    assert uit[1]["fout"]["fouten"][0]["regel"] == "csv_strijdig"
    assert uit[2]["sleutel"] == "C"


@pytest.mark.parametrize(
    "inhoud",
    [
        "leerling,datum\nA,2026-03-02\n",
        "leerling,geboortedatum,kleur\nA,2014-01-01,rood\n",
    ],
)
def test_csv_kop_of_sleutel_fout(tmp_path: Path, inhoud: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyseer", schrijf(tmp_path, "x.csv", inhoud), "--peildatum", "2026-03-31"]) == 2
    assert "verzuimregels:" in capsys.readouterr().err


def test_csv_lege_leerling_is_een_foutrij(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inhoud = "leerling,geboortedatum\n,2014-01-01\nB,2014-01-01\n"
    pad = schrijf(tmp_path, "x.csv", inhoud)
    assert main(["analyseer", pad, "--peildatum", "2026-03-31", "--onderwijssoort", "vo"]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert uit[0]["fout"]["fouten"][0]["regel"] == "leerling_leeg"
    assert uit[1]["sleutel"] == "B"


def test_csv_geen_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "x.csv"
    pad.write_bytes(b"leerling,geboortedatum\n\xff,2014-01-01\n")
    assert main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--invoer", "csv"]) == 1
    fout = json.loads(capsys.readouterr().out)[0]["fout"]["fouten"][0]
    assert fout["regel"] == "geen_utf8"
    assert "--encoding cp1252" in fout["melding"]
    pad.write_bytes(b"leerling,geboortedatum,\xe9\n")
    assert main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--invoer", "csv"]) == 2
    assert "--encoding cp1252" in capsys.readouterr().err


def test_school_ontbreekt_en_geen_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = schrijf(tmp_path, "x.json", json.dumps([{"geboortedatum": "2014-01-01"}, 3]))
    assert main(["analyseer", pad, "--peildatum", "2026-03-31", "--formaat", "tabel"]) == 1
    uit = capsys.readouterr().out
    assert "school_ontbreekt" in uit
    assert "geen_object" in uit


def test_standaardschool_uit_opties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ll = {
        "sleutel": "X",
        # 16, not 19: from 18 a holiday without verlof is no luxe verzuim by default (issue 13)
        "geboortedatum": "2010-01-01",
        "records": [{"datum": "2026-03-02", "reden": "vakantie"}],
    }
    pad = schrijf(tmp_path, "x.json", json.dumps(ll))
    opties = [
        "--onderwijssoort",
        "mbo",
        "--regio",
        "zuid",
        "--lesuur-minuten",
        "45",
        "--afspraak-gemeente-18plus",
    ]
    assert main(["analyseer", pad, "--peildatum", "2026-03-31", *opties, "--taal", "en"]) == 0
    uit = json.loads(capsys.readouterr().out)
    assert uit["meldingen"][0]["verzuimsoort"] == "luxe_verzuim"


def test_ongeldige_peildatum(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyseer", "-", "--peildatum", "31.03.2026"]) == 2
    assert "--peildatum verwacht een datum als jjjj-mm-dd of dd-mm-jjjj" in capsys.readouterr().err


def test_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    assert benchmark.genereer(20, seed=2) == benchmark.genereer(20, seed=2)
    assert main_benchmark(["--aantal", "30", "--herhaal", "1"]) == 0
    assert "pupils/s" in capsys.readouterr().out


def main_benchmark(argv: list[str]) -> int:
    return benchmark.main(argv)


def test_benchmark_leerlingen_zijn_geldig() -> None:
    for x in benchmark.genereer(50, seed=4):
        analyseer(Leerling.model_validate(x), benchmark.PEILDATUM)


def test_schemas_van_leerling_en_analyse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "leerling"]) == 0
    leerling = json.loads(capsys.readouterr().out)
    assert set(leerling["properties"]) == set(Leerling.model_fields)
    assert main(["schema", "analyse"]) == 0
    assert "meldingen" in json.loads(capsys.readouterr().out)["properties"]


def test_csv_uitvoer_heeft_de_kolommen_van_het_batchpad() -> None:
    """The CLI's CSV columns are the batch path's (both read ``registratie.kolommen``, which the CLI
    can import without pandas); a CSV writer that builds its own list fails here."""
    from verzuimregels.cli.analyse import CSV_UITVOER
    from verzuimregels.registratie.frame import SIGNAAL_KOLOMMEN, UITVOER_KOLOMMEN

    assert CSV_UITVOER == UITVOER_KOLOMMEN + SIGNAAL_KOLOMMEN


def test_tabel_in_het_engels_met_taal_en(capsys: pytest.CaptureFixture[str]) -> None:
    """Bug: ``analyseer --formaat tekst --taal en`` wrote its own words in Dutch ("leerling F-003:
    FOUT", "schooljaar", "geen meldingen") around English error texts; the labels follow --taal now
    (the codes, enum values and the Dutch law words such as peildatum and verzuimsoort stay)."""
    args = ["analyseer", str(VOORBEELDEN / "leerlingen_met_fouten.jsonl"), "--peildatum", "2026-06-30"]
    assert main([*args, "--formaat", "tekst", "--taal", "en"]) == 1
    uit = capsys.readouterr().out
    assert "pupil F-003: ERROR\n" in uit
    assert "pupil OK-005  peildatum 2026-06-30  school year 2025" in uit
    assert "FOUT" not in uit
    assert "leerling " not in uit
    assert "  schooljaar " not in uit
    assert main([*args, "--formaat", "tekst"]) == 1
    uit = capsys.readouterr().out
    assert "leerling F-003: FOUT\n" in uit
    assert "leerling OK-005  peildatum 2026-06-30  schooljaar 2025" in uit


def test_tabel_schrijft_uren_met_een_komma_in_het_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    """Bug: ``analyseer --formaat tekst|tabel`` wrote a melding's hours as ``25.5`` in Dutch text (the
    signals' figures already said ``10,5``); Dutch writes ``25,5``. English keeps ``25.5``, and CSV/JSON
    (machine columns) keep the point."""
    args = ["analyseer", str(VOORBEELDEN / "leerlingen.json"), "--peildatum", "2026-06-30"]
    for formaat in ("tekst", "tabel"):
        main([*args, "--formaat", formaat])
        uit = capsys.readouterr().out
        assert " 25,5  achterstallig\n" in uit
        assert " 25.5  achterstallig" not in uit
    main([*args, "--formaat", "tekst", "--taal", "en"])
    assert " 25.5  achterstallig\n" in capsys.readouterr().out
    main([*args, "--formaat", "csv"])
    assert ",25.5," in capsys.readouterr().out
