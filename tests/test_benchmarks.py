"""The benchmark scripts run (tiny sizes; the figures themselves are not asserted: no timed tests)."""

from __future__ import annotations

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


def test_dask_schaal_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    from benchmarks import dask_schaal

    assert dask_schaal.main(["--leerlingen", "300", "--per", "150", "--zonder-stringconversie"]) == 0
    uit = capsys.readouterr().out
    assert uit.count("counts equal") == 2  # both cluster runs equal the in-process baseline
    assert "idle workers" in uit
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
