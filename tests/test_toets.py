"""``verzuimregels toets``: test cases as data for policy staff (issue 17)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from verzuimregels.cli import main
from verzuimregels.toets import OPTIES, Verschil, lees_gevallen, verschillen

VOORBEELD = Path(__file__).resolve().parent.parent / "examples" / "toetsgevallen.yaml"

GEVAL = """
- naam: zestien uur
  commando: beoordeel
  opties: {peildatum: 2026-09-14}
  invoer: {leeftijd_eerste_verzuimdag: 15, ziek: false, vakantie_zonder_verlof: false,
           ongeoorloofde_uren_4_lesweken: 20}
  verwacht: {verzuimsoort: %s, meldplicht: verplicht}
"""


def _bestand(tmp_path: Path, tekst: str, naam: str = "gevallen.yaml") -> Path:
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_het_meegeleverde_voorbeeld_slaagt_en_dekt_elk_commando(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["toets", str(VOORBEELD)]) == 0
    uit = capsys.readouterr().out
    assert uit.splitlines()[-1] == "9 gevallen: 9 geslaagd, 0 mislukt"
    assert {g.commando for g in lees_gevallen(VOORBEELD)} == set(OPTIES)


def test_een_mislukt_geval_toont_het_verschil_en_geeft_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = _bestand(tmp_path, GEVAL % "zestien_uur" + (GEVAL % "rmc").replace("zestien uur", "fout verwacht"))
    assert main(["toets", str(pad)]) == 1
    uit = capsys.readouterr().out.splitlines()
    assert uit == [
        "✓ 1. zestien uur: geslaagd",
        "✗ 2. fout verwacht: MISLUKT",
        "    verzuimsoort",
        "      - verwacht: rmc",
        "      + gekregen: zestien_uur",
        "2 gevallen: 1 geslaagd, 1 mislukt",
    ]


def test_in_het_engels_met_taal_en(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["toets", str(_bestand(tmp_path, GEVAL % "rmc")), "--taal", "en"]) == 1
    uit = capsys.readouterr().out
    assert "✗ 1. zestien uur: FAILED" in uit
    assert "- expected: rmc" in uit
    assert uit.endswith("1 case: 0 passed, 1 failed\n")


def test_gevallen_in_json_hebben_geen_yaml_nodig(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    geval = {
        "naam": "ziek",
        "commando": "beoordeel",
        "invoer": {"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": "2026-03-02"},
        "verwacht": {"verzuimsoort": "ziekteverzuim", "meldplicht": "niet_melden"},
    }
    assert main(["toets", str(_bestand(tmp_path, json.dumps([geval]), "g.json"))]) == 0
    assert main(["toets", str(_bestand(tmp_path, GEVAL % "rmc"))]) == 2
    assert "pip install 'verzuimregels[toets]'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tekst", "code", "nl", "en"),
    [
        ("- [onzin", "toets_geen_yaml", "geen geldige YAML (regel 1)", "not valid YAML (line 1)"),
        ("naam: geen lijst", "toets_geen_lijst", "verwacht een lijst van gevallen", "expected a list"),
        (
            "- naam: x\n  commando: rekenen\n  invoer: {}\n  verwacht: {}",
            "toets_commando",
            "geval 1 (x): commando moet één zijn van beoordeel",
            "commando must be one of beoordeel",
        ),
        (
            "- naam: x\n  commando: status\n  verwacht: {}",
            "toets_sleutel_ontbreekt",
            "'invoer' ontbreekt",
            "'invoer' is missing",
        ),
        (
            "- naam: x\n  commando: status\n  invoer: {}\n  verwacht: {}\n  opties: {peildatum: 2026-01-01}",
            "toets_opties",
            "de opties van status zijn regio, taal, verjaardag_29_februari",
            "opties of status are regio, taal, verjaardag_29_februari",
        ),
        (
            "- naam: x\n  commando: analyseer\n  invoer: {}\n  verwacht: {}",
            "toets_peildatum_ontbreekt",
            "analyseer verwacht opties.peildatum (jjjj-mm-dd)",
            "analyseer needs opties.peildatum",
        ),
        (
            "- naam: x\n  commando: status\n  invoer: {}\n  verwacht: {}\n  opties: {taal: fr}",
            "toets_optie_ongeldig",
            "een optie is niet geldig; verwacht de waarden die de gelijknamige vlag",
            "option is not valid",
        ),
        (
            "- naam: x\n  commando: status\n  invoor: {}\n  verwacht: {}",
            "toets_onbekende_sleutels",
            "geval 1: sleutel(s) 3 van het geval zijn niet bekend",
            "case 1: key(s) 3 of the case are not known",
        ),
    ],
)
def test_een_bestand_dat_niet_te_gebruiken_is_geeft_exit_2_met_de_verwachte_vorm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tekst: str, code: str, nl: str, en: str
) -> None:
    pad = str(_bestand(tmp_path, tekst))
    assert main(["toets", pad]) == 2
    fout = capsys.readouterr().err
    assert nl in fout
    assert fout.rstrip().endswith(f"[toetsbestand/{code}]")
    assert main(["toets", pad, "--taal", "en"]) == 2
    assert en in capsys.readouterr().err


def test_een_ontbrekend_bestand_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["toets", str(tmp_path / "bestaat-niet.yaml")]) == 2
    fout = capsys.readouterr().err
    assert "bestaat-niet.yaml niet lezen (bestaat niet): verwacht een YAML- of JSON-bestand" in fout
    assert main(["toets", str(tmp_path / "bestaat-niet.yaml"), "--taal", "en"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_verschillen_vergelijkt_alleen_de_genoemde_sleutels_en_lijsten_element_voor_element() -> None:
    uit = {"a": 1, "b": [{"c": "x", "d": 2}, {"c": "y"}], "e": True}
    assert list(verschillen({"a": 1.0, "b": [{"c": "x"}, {"c": "y"}]}, uit)) == []
    assert list(verschillen({"b": [{"c": "x"}]}, uit)) == [Verschil("b (length)", 1, 2)]
    assert [v.pad for v in verschillen({"b": [{"c": "x"}, {"c": "z"}], "f": 1}, uit)] == ["b[1].c", "f"]
    assert [v.pad for v in verschillen({"e": 1}, uit)] == ["e"]  # true is not 1
    assert [v.pad for v in verschillen({"a": {"b": 1}}, uit)] == ["a"]
    assert [v.pad for v in verschillen({"b": "x"}, uit)] == ["b"]
    assert [v.pad for v in verschillen({"a": [1]}, uit)] == ["a (length)"]


def test_een_invoer_die_geen_mapping_is_is_een_foutrij(tmp_path: Path) -> None:
    tekst = (
        "- naam: x\n  commando: verlof\n  invoer: [1]\n  verwacht: {fout: {fouten: [{regel: geen_object}]}}"
    )
    assert main(["toets", str(_bestand(tmp_path, tekst))]) == 0


def test_groot_bestand_is_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded memory (issue 11): a file of test cases is read whole, so one over MAX_BYTES is refused
    (exit 2) before it is read; the cases of a file under it are run keeping only their differences."""
    import verzuimregels.cli.toets as cli_toets
    from verzuimregels.toets import lees_gevallen, toets

    bron = Path(__file__).parents[1] / "examples" / "toetsgevallen.yaml"
    pad = tmp_path / "gevallen.yaml"
    pad.write_bytes(bron.read_bytes())
    monkeypatch.setattr(cli_toets, "MAX_BYTES", pad.stat().st_size - 1)
    assert main(["toets", str(pad)]) == 2
    assert "groter dan" in capsys.readouterr().err  # Dutch by default (--taal)
    monkeypatch.setattr(cli_toets, "MAX_BYTES", pad.stat().st_size)
    assert main(["toets", str(pad)]) == 0
    capsys.readouterr()
    gevallen = lees_gevallen(pad)
    kaal, volledig = toets(gevallen, met_uitvoer=False), toets(gevallen)
    assert [u.verschillen for u in kaal] == [u.verschillen for u in volledig]
    assert all(u.uitvoer is None for u in kaal)
    assert all(u.uitvoer is not None for u in volledig)


def test_een_ontbrekende_waarde_heet_in_het_nederlands_ontbreekt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bug: a key the output lacks (an error row where a verdict was expected) showed as the English
    ``<absent>`` under the default Dutch."""
    geval = (GEVAL % "zestien_uur").replace(
        "leeftijd_eerste_verzuimdag: 15", "leeftijd_eerste_verzuimdag: -1"
    )
    pad = _bestand(tmp_path, geval)
    assert main(["toets", str(pad)]) == 1
    assert "      + gekregen: <ontbreekt>" in capsys.readouterr().out.splitlines()
    assert main(["toets", str(pad), "--taal", "en"]) == 1
    assert "      + got: <absent>" in capsys.readouterr().out.splitlines()


def test_foutrij_zegt_waarom_de_uitvoer_ontbreekt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bug: a case whose input gave an error row, while a verdict was expected, showed only
    ``verzuimsoort - verwacht: luxe_verzuim + gekregen: <ontbreekt>``; the report now names the error
    row's problems (field, text in --taal, rule code)."""
    pad = _bestand(
        tmp_path,
        GEVAL.replace("ziek: false", "ziek: misschien") % "luxe_verzuim",
    )
    assert main(["toets", str(pad)]) == 1
    uit = capsys.readouterr().out.splitlines()
    assert uit[1:] == [
        "    verzuimsoort",
        "      - verwacht: luxe_verzuim",
        "      + gekregen: <ontbreekt>",
        "    meldplicht",
        "      - verwacht: verplicht",
        "      + gekregen: <ontbreekt>",
        "    de invoer gaf een foutrij:",
        "      ziek: verwacht true of false [bool_type]",
        "1 geval: 0 geslaagd, 1 mislukt",
    ]
    assert main(["toets", str(pad), "--taal", "en"]) == 1
    engels = capsys.readouterr().out
    assert "    the input gave an error row:\n      ziek: " in engels
    assert "[bool_type]\n" in engels
    # An error row that was expected: the case passes, no reason is added.
    pad = _bestand(
        tmp_path,
        GEVAL.replace("ziek: false", "ziek: misschien").replace(
            "verwacht: {verzuimsoort: %s, meldplicht: verplicht}",
            "verwacht: {fout: {fouten: [{regel: bool_type}]}}",
        ),
    )
    assert main(["toets", str(pad)]) == 0
    assert "foutrij" not in capsys.readouterr().out


def test_tikfout_in_een_verwachte_sleutel_is_een_onbekende_sleutel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bug: a typo in a key of ``verwacht`` (``verzuimsort``) was reported as that key "missing" from
    the output (``gekregen: <ontbreekt>``, exit 1), as if the rules had left it out; it is a bad test
    file (exit 2, as docs/cli.md says), naming the key by position and the keys the output has."""
    pad = _bestand(tmp_path, (GEVAL % "zestien_uur").replace("verzuimsoort:", "verzuimsort:"))
    assert main(["toets", str(pad)]) == 2
    fout = capsys.readouterr()
    assert fout.out == ""
    assert (
        "geval 1 (zestien uur): sleutel(s) 1 van verwacht zijn niet bekend in de uitvoer van beoordeel; "
        "verwacht verzuimsoort, meldplicht, pad, " in fout.err
    )
    assert ", fout [toetsbestand/toets_verwacht_onbekend]" in fout.err
    assert "verzuimsort" not in fout.err
    from .engels import engels

    assert engels(fout.err.split("[")[0]) == []
    assert main(["toets", str(pad), "--taal", "en"]) == 2
    assert "key(s) 1 of verwacht are not known in the output of beoordeel" in capsys.readouterr().err
