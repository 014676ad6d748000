"""The benchmark scripts run (tiny sizes; the figures themselves are not asserted: no timed tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import keuzehulp
from verzuimregels import Verzuimsoort, beoordeel


def test_generator_is_reproducible_and_reaches_every_verzuimsoort() -> None:
    assert keuzehulp.genereer(50, seed=3) == keuzehulp.genereer(50, seed=3)
    soorten = {beoordeel(c).verzuimsoort for c in keuzehulp.genereer(3000, seed=1)}
    assert soorten == set(Verzuimsoort)


def test_keuzehulp_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    assert keuzehulp.main(["--aantal", "200"]) == 0
    assert "cases/s" in capsys.readouterr().out


def test_keuzehulp_batch_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    from benchmarks import keuzehulp_batch

    assert keuzehulp_batch.main(["--aantal", "3000", "--steekproef", "300", "--chunk", "1000"]) == 0
    uit = capsys.readouterr().out
    assert "cases/s" in uit
    assert "0 differing rows" in uit


def test_analyse_schaal_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import analyse_schaal

    assert analyse_schaal.main(["--leerlingen", "300", "--per", "120", "--steekproef", "50"]) == 0
    uit = capsys.readouterr().out
    assert "pupils/s" in uit
    assert "peak memory" in uit


def test_cli_start_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import cli_start

    assert cli_start.main(["--herhaal", "1"]) == 0
    uit = capsys.readouterr().out
    assert "beoordeel vs pydantic + one model" in uit
    assert "load average" in uit
    assert "imports of the command" in uit
    assert "the floor (pydantic and holidays, as started here)" in uit
    assert "this package's modules, the parser and the five cases" in uit


def test_cli_start_benchmark_meet_het_geinstalleerde_script(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import cli_start

    assert cli_start.main(["--herhaal", "1", "--geinstalleerd", "--zonder-importtijd"]) == 0
    uit = capsys.readouterr().out
    assert "beoordeel (installed)" in uit
    assert "installed console script: median wall" in uit


def test_dask_schaal_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    from benchmarks import dask_schaal

    assert dask_schaal.main(["--leerlingen", "300", "--per", "150", "--zonder-stringconversie"]) == 0
    uit = capsys.readouterr().out
    assert uit.count("counts equal") == 2  # both cluster runs equal the in-process baseline
    assert "idle workers" in uit
    assert uit.count("minor page faults") == 3  # each cluster run and the baseline
    assert "load" in uit


def test_alle_benchmarks_met_een_commando(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.__main__ import main

    assert main(["--snel"]) == 0
    uit = capsys.readouterr().out
    assert uit.count("\n== ") == 9
    assert "peak RSS" in uit
    assert "cases/s" in uit
    assert "pupils/s" in uit
    assert "werklijst_frame per woongemeente" in uit


def test_zen_beslisgraaf_geeft_dezelfde_uitkomsten() -> None:
    """The ZEN graph the benchmark measures is the same tree: same verzuimsoort and meldplicht."""
    pytest.importorskip("zen")
    from benchmarks import zen

    beslissing = zen.beslissing()
    for casus in keuzehulp.genereer(400, seed=5):
        uit = beslissing.evaluate(zen.invoer(casus))["result"]
        oordeel = beoordeel(casus)
        assert (uit["verzuimsoort"], uit["meldplicht"]) == (
            oordeel.verzuimsoort.value,
            oordeel.meldplicht.value,
        )


def test_server_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import server

    assert server.main(["--batches", "1", "--enkel", "20"]) == 0
    uit = capsys.readouterr().out
    assert "batches of 1,000" in uit
    assert "load average" in uit
    assert "nproc" in uit
    assert "client CPU" in uit


def test_geheugen_benchmark_draait_elk_commando(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every command of the peak-RSS benchmark runs at a tiny size, and every input row is accounted for."""
    pytest.importorskip("yaml")  # toets's cases are made from the example YAML
    from benchmarks import geheugen

    assert geheugen.main(["--alle", "--grootte", "0.02", "--basis-mb", "0.01", "--map", str(tmp_path)]) == 0
    uit = capsys.readouterr().out
    assert uit.count("error rows OK") == 2 * len(geheugen.COMMANDO_S)
    assert "nproc" in uit
    assert "load average" in uit
    tabel = [r for r in uit.splitlines() if r.startswith("| `")]
    assert [r.split("`")[1] for r in tabel] == list(geheugen.COMMANDO_S)


def test_geheugen_benchmark_faalt_als_een_rij_ontbreekt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row check can fail: a row the output does not account for makes the benchmark exit 1."""
    from benchmarks import geheugen

    monkeypatch.setattr(geheugen, "verwachte_rijen", lambda soort, rijen, pad: rijen + 1)
    args = ["--commando", "beoordeel", "--mb", "0.02", "--basis-mb", "0.01", "--map", str(tmp_path)]
    assert geheugen.main(args) == 1
    assert "ROWS LOST" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("teller", "uitvoer", "verwacht"),
    [
        ("tel_json_regels", b'[\n{"a":1},\n{"fout":{"rij":2}},\n]\n', (1, 1)),
        ("tel_valideer", b'{"rijen": [\n{"rij":1},\n{"rij":2}\n], "leerlingen": [\n{"x":1}\n]}\n', (2, 0)),
        (
            "tel_werklijst",
            "a: 3 leerlingen · 1 meldingen\n  1  a\nb: 2 leerlingen · 0\n\nFOUT rij 6 (-): x\n",
            (5, 1),
        ),
        ("tel_toets", b"\xe2\x9c\x93 1. a: geslaagd\n9 gevallen: 8 geslaagd, 1 mislukt\n", (9, 0)),
    ],
)
def test_geheugen_tellers(
    teller: str, uitvoer: bytes | str, verwacht: tuple[int, int], tmp_path: Path
) -> None:
    from benchmarks import geheugen

    regels = (uitvoer.encode() if isinstance(uitvoer, str) else uitvoer).splitlines(keepends=True)
    assert getattr(geheugen, teller)(regels, tmp_path / "stderr") == verwacht


def test_geheugen_teller_thuiszitters_telt_elke_situatie(tmp_path: Path) -> None:
    from benchmarks import geheugen
    from verzuimregels.thuiszitters.modellen import Categorie

    kop = ["peildatum", "ocw_2016", *(c.value for c in Categorie)]
    rij = ["2026-07-15", "99", *("1" for _ in Categorie)]
    fout = tmp_path / "stderr"
    fout.write_text("verzuimregels: rij 3 (-) niet geteld: x\n", encoding="utf-8")
    regels = [(",".join(kop) + "\n").encode(), (",".join(rij) + "\n").encode()]
    assert geheugen.tel_thuiszitters(regels, fout) == (len(Categorie), 1)


def test_geheugen_verwacht_de_leerlingen_van_de_export(tmp_path: Path) -> None:
    """A Magister export's rows out are its pupils (not the pupils file's), counted across the 1 MiB
    pieces it is read in: a pupil of the pupils file without absences is no row of the export."""
    import json

    from benchmarks import geheugen

    pad = tmp_path / "export.json"
    items = [{"leerling": str(n // 3), "Omschrijving": "x" * 200} for n in range(30_000)]
    pad.write_text(",".join(json.dumps(i) for i in items).join("[]"), encoding="utf-8")
    assert pad.stat().st_size > 3 * (1 << 20)
    assert geheugen.verwachte_rijen("magister", 10**6, pad) == 10_000
