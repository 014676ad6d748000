"""A readable CLI (issue 17): ``--formaat tekst`` on every command, one set of flag names with the old
ones kept for a release, a CSV given to ``beoordeel`` is a usage error, and the README's first command
prints something a newcomer can read."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from verzuimregels.cli import main

WORTEL = Path(__file__).resolve().parent.parent
VB = WORTEL / "examples"


def _draai(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_beoordeel_als_tekst_toont_uitkomst_pad_met_feiten_artikelen_beleid_en_samenvatting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, uit, _ = _draai(capsys, "beoordeel", str(VB / "casussen.json"), "--formaat", "tekst")
    assert code == 0
    assert uit.startswith("Rij 1: ziekteverzuim — meldplicht: niet_melden\n")
    assert "  Pad (vragen, gelezen feiten, artikelen):\n    1. S1 " in uit
    assert "         ziek = true (opgegeven)\n" in uit
    assert "<https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel11>" in uit
    assert "  Beleidskeuzes:\n    vakantie_28_dagen: " in uit
    assert uit.count("\nRij ") == 4
    assert uit.endswith(
        "\n5 rijen: 5 beoordeeld, 0 met fout — ziekteverzuim 1, luxe_verzuim 1, zestien_uur 1, "
        "langdurig_relatief_verzuim 1, rmc 1\n"
    )


def test_beoordeel_als_tekst_in_het_engels(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _draai(
        capsys, "beoordeel", str(VB / "casussen.json"), "--formaat", "tekst", "--taal", "en"
    )
    assert code == 0
    assert uit.startswith("Row 1: ziekteverzuim — duty to report: niet_melden\n")
    assert "ziek = true (given)" in uit
    assert "Is the pupil absent because of illness? yes" in uit
    assert "\n5 rows: 5 judged, 0 with errors — " in uit


def test_foutrijen_als_tekst_noemen_rij_veld_en_regel_en_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _draai(capsys, "beoordeel", str(VB / "casussen_met_fouten.jsonl"), "--formaat", "tekst")
    assert code == 1
    assert "Rij 2: FOUT\n  ongeoorloofde_uren_4_lesweken: " in uit
    assert "[greater_than_equal]" in uit
    assert uit.splitlines()[-1].startswith("4 rijen: 1 beoordeeld, 3 met fout")


def test_een_object_als_tekst_heeft_geen_samenvatting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    casus = tmp_path / "casus.json"
    casus.write_text(json.dumps({"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": "2026-03-02"}))
    code, uit, _ = _draai(capsys, "beoordeel", str(casus), "--formaat", "tekst")
    assert code == 0
    assert uit.startswith("Rij 1: ziekteverzuim")
    assert "rijen:" not in uit


def test_status_en_verlof_als_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = _draai(capsys, "status", str(VB / "status.jsonl"), "--formaat", "tekst")
    assert code == 1  # one row is invalid on purpose
    assert uit.startswith("Rij 1: leerplichtig — leeftijd 14\n  leerplicht: 2017-04-03 t/m 2028-07-31\n")
    assert "peildatum = 2026-09-01 (opgegeven)" in uit
    assert "begin_leerplicht = 2017-04-03 (berekend uit geboortedatum)" in uit
    assert ": FOUT\n" in uit
    code, uit, _ = _draai(capsys, "verlof", str(VB / "verlof.json"), "--formaat", "tekst", "--regio", "noord")
    assert "Rij 1: hoofd_deels — vakantie, 2025\n  toe te kennen: 10 dagen\n" in uit
    assert "boven de grens: 2026-03-16, 2026-03-17" in uit
    assert "rijen:" in uit.splitlines()[-1]


def test_analyseer_en_valideer_kennen_formaat_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    leerlingen = str(VB / "leerlingen.json")
    _, tekst, _ = _draai(capsys, "analyseer", leerlingen, "--peildatum", "2026-06-30", "--formaat", "tekst")
    _, tabel, _ = _draai(capsys, "analyseer", leerlingen, "--peildatum", "2026-06-30", "--formaat", "tabel")
    assert tekst == tabel
    assert "leerling LL-001" in tekst
    code, tekst, _ = _draai(capsys, "valideer", str(VB / "meldingen.csv"), "--formaat", "tekst")
    assert code == 1
    assert "4 rijen: 2 goed, 1 met waarschuwing, 1 met fout" in tekst


def test_een_csv_voor_beoordeel_is_een_gebruiksfout_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, fout = _draai(capsys, "beoordeel", str(VB / "verzuim.csv"))
    assert code == 2
    assert uit == ""
    assert "verwacht één JSON-object, een JSON-array of JSON Lines (een CSV-bestand?" in fout
    assert fout.rstrip().endswith("[geen_json]")
    code, uit, fout = _draai(capsys, "status", str(VB / "meldingen.csv"))
    assert code == 2


def test_json_lines_met_alleen_de_eerste_regel_kapot_blijft_een_foutrij(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bestand = tmp_path / "rijen.jsonl"
    bestand.write_text(
        '{"ziek": tru\n{"leeftijd_eerste_verzuimdag": 9, "ziek": true, "peildatum": "2026-03-02"}\n'
    )
    code, uit, _ = _draai(capsys, "beoordeel", str(bestand))
    assert code == 1
    assert [("fout" in json.loads(r)) for r in uit.splitlines()] == [True, False]


def test_oude_vlagnamen_werken_nog_met_een_melding_op_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    casussen = str(VB / "casussen.json")
    _, nieuw, fout_nieuw = _draai(capsys, "beoordeel", casussen, "--peildatum", "2026-09-14")
    _, oud, fout_oud = _draai(capsys, "beoordeel", casussen, "--vandaag", "2026-09-14")
    assert oud == nieuw
    assert fout_nieuw == ""
    assert (
        fout_oud
        == "verzuimregels: --vandaag is verouderd, gebruik --peildatum (de oude naam vervalt in 0.3.0)\n"
    )
    _, _, fout = _draai(capsys, "beoordeel", casussen, "--vandaag", "2026-09-14", "--taal", "en")
    assert fout == "verzuimregels: --vandaag is deprecated, use --peildatum (the old name goes in 0.3.0)\n"
    meldingen = str(VB / "meldingen.csv")
    _, nieuw, _ = _draai(capsys, "valideer", meldingen, "--invoer", "csv", "--peildatum", "2026-03-05")
    _, oud, fout = _draai(capsys, "valideer", meldingen, "--invoerformaat", "csv", "--vandaag", "2026-03-05")
    assert oud == nieuw
    assert "--invoerformaat is verouderd, gebruik --invoer" in fout
    assert "--vandaag is verouderd, gebruik --peildatum" in fout


def test_een_datum_in_de_verkeerde_vorm_noemt_de_verwachte_vorm(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", str(VB / "casussen.json"), "--peildatum", "14/09/2026"]) == 2
    assert (
        "--peildatum verwacht een datum als jjjj-mm-dd of dd-mm-jjjj, gekregen: een datum met punten of "
        "schuine strepen [datum]" in capsys.readouterr().err
    )


def test_het_eerste_commando_van_de_readme_drukt_leesbare_tekst_met_een_samenvatting() -> None:
    readme = (WORTEL / "README.md").read_text(encoding="utf-8")
    eerste = readme.split("```bash\n", 1)[1].splitlines()[0]
    installeren, _, commando = eerste.partition(" && ")
    assert installeren.startswith("pip install")
    argv = shlex.split(commando)
    assert argv[0] == "verzuimregels"
    klaar = subprocess.run(
        [sys.executable, "-m", "verzuimregels", *argv[1:]],
        cwd=WORTEL,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(WORTEL / "src")},
        check=False,
    )
    assert klaar.returncode == 0
    assert klaar.stdout.startswith("Rij 1: ziekteverzuim — meldplicht: niet_melden\n")
    assert klaar.stdout.splitlines()[-1].startswith("5 rijen: 5 beoordeeld, 0 met fout — ")
    assert "{" not in klaar.stdout.splitlines()[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["werklijst", str(VB / "leerlingen.json"), "--peildatum", "2026-04-30"],
        ["thuiszitters", str(VB / "gemeente.jsonl"), "--peildatum", "2026-01-15"],
    ],
)
def test_werklijst_en_thuiszitters_kennen_formaat_tekst_als_hun_tabel(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code_tabel, tabel, _ = _draai(capsys, *argv, "--formaat", "tabel")
    code_tekst, tekst, _ = _draai(capsys, *argv, "--formaat", "tekst")
    assert (code_tekst, tekst) == (code_tabel, tabel)
    assert tekst


@pytest.mark.parametrize(
    ("commando", "bestand", "rijen"),
    [("beoordeel", "casussen.json", 5), ("status", "status.jsonl", 6), ("verlof", "verlof.json", 4)],
)
def test_tekst_telt_de_geschreven_rijen_voor_de_melding_bij_een_afgebroken_uitvoer(
    capsys: pytest.CaptureFixture[str], commando: str, bestand: str, rijen: int
) -> None:
    """Bug: ``--formaat tekst`` did not count the rows it wrote, so ``beoordeel ... --formaat tekst |
    head`` said "0 uitvoerrij(en) geschreven voordat het stopte" after printing whole verdicts."""
    from verzuimregels.cli.invoer import VOORTGANG

    main([commando, str(VB / bestand), "--formaat", "tekst"])
    capsys.readouterr()
    assert VOORTGANG.geschreven == rijen


def test_samenvatting_zegt_1_rij_en_1_geval_niet_1_rijen_of_1_gevallen() -> None:
    """Bug: the summary lines of beoordeel/status/verlof as text, valideer's table and toets said
    "1 rijen", "1 gevallen" (and "1 rows", "1 cases"); one is singular."""
    from collections import Counter

    from verzuimregels.cli.tekst import samenvatting
    from verzuimregels.teksten import Taal
    from verzuimregels.toets import verslag

    assert samenvatting(Counter(), 1, Taal.NL).startswith("1 rij: 0 beoordeeld, 1 met fout")
    assert samenvatting(Counter({"rmc": 1}), 0, Taal.EN).startswith("1 row: 1 judged, 0 with errors")
    assert samenvatting(Counter({"rmc": 2}), 0, Taal.NL).startswith("2 rijen: ")
    assert samenvatting(Counter(), 0, Taal.EN).startswith("0 rows: ")
    assert verslag([], Taal.NL) == "0 gevallen: 0 geslaagd, 0 mislukt\n"


@pytest.mark.parametrize(("taal", "verwacht"), [("nl", "1 rij: 1 goed, "), ("en", "1 row: 1 clean, ")])
def test_valideer_samenvatting_enkelvoud_bij_1_rij(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], taal: str, verwacht: str
) -> None:
    """Bug: ``valideer --formaat tekst`` on one melding said "1 rijen" / "1 rows"."""
    regels = (VB / "meldingen.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    bestand = tmp_path / "een.csv"
    bestand.write_text(regels[0] + regels[1], encoding="utf-8")
    main(["valideer", str(bestand), "--formaat", "tekst", "--taal", taal])
    assert verwacht in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "rijen"),
    [
        (["werklijst", "leerlingen.json", "--peildatum", "2026-04-30", "--formaat", "tekst"], 11),
        (["werklijst", "leerlingen.json", "--peildatum", "2026-04-30", "--formaat", "csv"], 11),
        (["werklijst", "leerlingen.json", "--peildatum", "2026-04-30", "--formaat", "html"], 11),
        (["werklijst", "leerlingen.json", "--peildatum", "2026-04-30", "--formaat", "json"], 11),
        (["werklijst", "leerlingen_met_fouten.jsonl", "--peildatum", "2026-04-30", "--formaat", "tekst"], 5),
        (["thuiszitters", "gemeente.jsonl", "--peildatum", "2025-10-01", "--peildatum", "2026-01-15"], 2),
        (["thuiszitters", "gemeente.jsonl", "--peildatum", "2025-10-01", "--formaat", "csv"], 1),
        (["thuiszitters", "gemeente.jsonl", "--peildatum", "2025-10-01", "--formaat", "json"], 1),
        (["valideer", "meldingen.csv", "--formaat", "tekst"], 4),
    ],
)
def test_werklijst_en_thuiszitters_tellen_de_geschreven_rijen_voor_de_melding_bij_een_afgebroken_uitvoer(
    capsys: pytest.CaptureFixture[str], argv: list[str], rijen: int
) -> None:
    """Bug: ``werklijst`` (every format) and ``thuiszitters`` never counted the rows they wrote, so
    ``werklijst ... --formaat tekst | head -1`` said "0 uitvoerrij(en) geschreven voordat het stopte"
    after printing rows (as beoordeel/status/verlof as text did before cf3f169). valideer's table
    counted already (its "0" after ``head -1`` is true when only the header got out): pinned here."""
    from verzuimregels.cli.invoer import VOORTGANG

    main([argv[0], str(VB / argv[1]), *argv[2:]])
    capsys.readouterr()
    assert VOORTGANG.geschreven == rijen
