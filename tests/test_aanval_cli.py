"""Attacks on the command line (issue 11): no traceback for anything a user can cause, and exit codes
that keep their meaning (1: every input row is in the output; 3: output incomplete; 4: a bug)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verzuimregels.cli import EXIT_GEBRUIK, EXIT_INTERN, EXIT_ONVOLLEDIG, main

VOORBEELDEN = Path(__file__).parents[1] / "examples"
SRC = str(Path(__file__).parents[1] / "src")
STATUS = {"geboortedatum": "2012-03-10", "peildatum": "2026-09-01"}


def cli(*args: str, invoer: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    omgeving = {**os.environ, "PYTHONPATH": SRC}
    omgeving.pop("VERZUIMREGELS_TRACEBACK", None)
    return subprocess.run(
        [sys.executable, "-m", "verzuimregels", *args],
        input=invoer,
        capture_output=True,
        env=omgeving,
        check=False,
        timeout=120,
    )


def naar_volle_schijf(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The command with its standard output on a full disk (``/dev/full``)."""
    with open("/dev/full", "wb") as vol:
        return subprocess.run(
            [sys.executable, "-m", "verzuimregels", *args],
            stdout=vol,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": SRC},
            check=False,
        )


def geen_traceback(stderr: bytes) -> None:
    assert b"Traceback" not in stderr
    assert len(stderr.decode().strip().splitlines()) <= 1, stderr


def test_decimale_komma_in_een_optie_is_een_getal() -> None:
    uit = cli(
        "analyseer", str(VOORBEELDEN / "verzuim.csv"), "--peildatum", "2026-07-15",
        "--onderwijssoort", "vo", "--uren-per-lesdag", "6,5",
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    geen_traceback(uit.stderr)


@pytest.mark.parametrize(
    ("optie", "waarde"),
    [
        ("--uren-per-lesdag", "6,5,5"),
        ("--uren-per-lesdag", "NaN"),
        ("--lesuur-minuten", "50,0"),
        ("--schooljaar", "2025/2026"),
        ("--peildatum", "2026-07-15T00:00"),
        ("--peildatum", "20260715"),
    ],
)
def test_een_foute_optie_is_een_gebruiksfout(optie: str, waarde: str) -> None:
    args = {"--peildatum": "2026-07-15", "--onderwijssoort": "vo"} | {optie: waarde}
    uit = cli("analyseer", str(VOORBEELDEN / "verzuim.csv"), *[x for kv in args.items() for x in kv])
    assert uit.returncode == EXIT_GEBRUIK
    assert b"Traceback" not in uit.stderr


def test_gesloten_stdin_is_een_gebruiksfout() -> None:
    uit = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "status", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": SRC},
        check=False,
        close_fds=True,
        preexec_fn=lambda: os.close(0),
    )
    assert uit.returncode == EXIT_GEBRUIK
    assert "standaardinvoer is gesloten" in uit.stderr.decode()
    assert uit.stderr.decode().rstrip().endswith("[stdin_gesloten]")
    geen_traceback(uit.stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("commando", ["beoordeel", "status", "verlof", "analyseer", "valideer"])
def test_volle_schijf_is_exit_3_met_het_aantal_rijen(commando: str) -> None:
    bestand = {
        "beoordeel": "casussen.json",
        "status": "status.jsonl",
        "verlof": "verlof.json",
        "analyseer": "leerlingen.json",
        "valideer": "meldingen.csv",
    }[commando]
    extra = ["--peildatum", "2026-07-15"] if commando == "analyseer" else []
    uit = naar_volle_schijf(commando, str(VOORBEELDEN / bestand), *extra)
    assert uit.returncode == EXIT_ONVOLLEDIG
    assert "invoer-/uitvoerfout: de schijf is vol" in uit.stderr.decode()
    assert "geschreven voordat het stopte; de uitvoer is onvolledig" in uit.stderr.decode()
    geen_traceback(uit.stderr)


def test_gebroken_pijp_is_exit_3() -> None:
    regels = b"".join(json.dumps(STATUS).encode() + b"\n" for _ in range(3000))
    proces = subprocess.Popen(
        [sys.executable, "-m", "verzuimregels", "status", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    assert proces.stdin is not None
    assert proces.stdout is not None
    assert proces.stderr is not None
    proces.stdin.write(regels)
    proces.stdin.close()
    proces.stdout.read(100)
    proces.stdout.close()  # like `| head -c 100`
    fout = proces.stderr.read()
    assert proces.wait(timeout=120) == EXIT_ONVOLLEDIG
    assert b"broken pipe" in fout
    geen_traceback(fout)


def test_dubbele_sleutel_is_een_foutrij(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pad = tmp_path / "dubbel.json"
    pad.write_text(
        "[" + json.dumps(STATUS) + ', {"geboortedatum": "2012-03-10", "geboortedatum": "2008-01-01", '
        '"peildatum": "2026-09-01"}, ' + json.dumps(STATUS) + "]"
    )
    assert main(["status", str(pad)]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert [("fout" in r) for r in uit] == [False, True, False]
    assert uit[1]["fout"]["fouten"][0]["regel"] == "dubbele_sleutel"
    assert "2008-01-01" not in json.dumps(uit)


def test_dubbele_sleutel_in_jsonl_en_in_een_object(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dubbel = '{"ziek": true, "ziek": false, "leeftijd_eerste_verzuimdag": 9, "peildatum": "2026-09-14"}'
    pad = tmp_path / "dubbel.jsonl"
    pad.write_text(dubbel + "\n")
    assert main(["beoordeel", str(pad)]) == 1
    assert json.loads(capsys.readouterr().out)["fout"]["fouten"][0]["regel"] == "dubbele_sleutel"


def test_onvoorziene_fout_is_exit_4_zonder_invoerwaarden(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verzuimregels.cli import status

    def kapot(*args: object, **kwargs: object) -> object:
        raise KeyError("111222333")  # a bug whose message holds an input value

    monkeypatch.setattr(status, "bepaal_status", kapot)
    pad = tmp_path / "s.jsonl"
    pad.write_text(json.dumps(STATUS) + "\n" + json.dumps(STATUS) + "\n")
    assert main(["status", str(pad), "--taal", "en"]) == EXIT_INTERN
    fout = capsys.readouterr().err
    assert "111222333" not in fout
    assert "internal error (KeyError at status.py:" in fout
    assert "0 output rows written" in fout
    assert len(fout.strip().splitlines()) == 1
    assert main(["status", str(pad)]) == EXIT_INTERN
    fout = capsys.readouterr().err
    assert "interne fout (KeyError at status.py:" in fout
    assert (
        "0 uitvoerrij(en) geschreven voordat het stopte; de uitvoer is onvolledig). Dit is een fout" in fout
    )


def test_ascii_locale_geeft_toch_utf8() -> None:
    casus = {"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": "2026-09-14"}
    omgeving = {**os.environ, "PYTHONPATH": SRC, "PYTHONIOENCODING": "ascii"}
    uit = subprocess.run(
        [sys.executable, "-m", "verzuimregels", "beoordeel", "-"],
        input=json.dumps(casus).encode(),
        capture_output=True,
        env=omgeving,
        check=False,
    )
    assert uit.returncode == 0, uit.stderr
    json.loads(uit.stdout.decode("utf-8"))


def test_regressie_poort_buiten_bereik_is_een_gebruiksfout() -> None:
    """``serve --port 99999`` took the number and crashed in the server (``OverflowError``, exit 4); a
    port outside 0-65535 or that is no number is a usage error naming the form, never the value."""
    for waarde, vorm in (
        ("99999", "5 cijfers"),
        ("-1", "een andere waarde"),
        ("acht", "een woord van 4 letters"),
    ):
        uit = cli("serve", "--port", waarde)
        assert uit.returncode == EXIT_GEBRUIK
        fout = uit.stderr.decode()
        assert (
            f"--port verwacht een poortnummer van 0 tot en met 65535 (0: een vrije poort), gekregen: {vorm}"
            in fout
        )
        assert fout.rstrip().endswith("[poort]")
        geen_traceback(uit.stderr)


def test_regressie_poort_in_gebruik_is_een_gebruiksfout(capsys: pytest.CaptureFixture[str]) -> None:
    """A port in use ended in uvicorn's own error and exit 3; an address that is not this machine's, or
    a name that does not resolve, likewise. Each is a usage error (``poort_bezet``) before the server
    starts, naming the options, not the values."""
    import socket

    with socket.socket() as bezet:
        bezet.bind(("127.0.0.1", 0))
        bezet.listen()
        poort = bezet.getsockname()[1]
        assert main(["serve", "--port", str(poort)]) == EXIT_GEBRUIK
        fout = capsys.readouterr().err
        assert "kan niet luisteren op --host en --port (de poort is al in gebruik)" in fout
        assert fout.rstrip().endswith("[poort_bezet]")
        assert str(poort) not in fout
    assert main(["serve", "--host", "geen.adres.invalid", "--port", "0"]) == EXIT_GEBRUIK
    assert "(het adres is onbekend)" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["beoordeel", "--help"], ["--version"]])
def test_regressie_help_naar_een_volle_schijf_is_exit_3(args: list[str]) -> None:
    """``--help > /dev/full`` exited 0: argparse ignores a failed write of its help. It is exit 3 with
    the message of every other command's failed write."""
    uit = naar_volle_schijf(*args)
    assert uit.returncode == EXIT_ONVOLLEDIG
    assert "invoer-/uitvoerfout: de schijf is vol" in uit.stderr.decode()
    geen_traceback(uit.stderr)
    assert cli(*args).returncode == 0
