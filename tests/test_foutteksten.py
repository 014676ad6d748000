"""Every reason of an input that cannot be read as a whole has its own code and a Dutch and an English
text that names the expected form (issue 17): :data:`verzuimregels.foutteksten.REDENEN`, carried by
``Leesfout``, ``Toetsfout`` and ``OntbrekendeExtra``, shown by the CLI as ``[onleesbaar/<code>]``.

Each code is triggered here through the library, and its Dutch text is checked to hold no English
(:func:`engels`, a word list that every English text of the table trips, so the check can fail).
"""

from __future__ import annotations

import ast
import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import main
from verzuimregels.fouten import Leesfout, OntbrekendeExtra
from verzuimregels.foutteksten import REDENEN, REGELS, MetReden, Tekst, reden_van, veldtekst
from verzuimregels.schoolsystemen import laad_codetabel, lees_codetabel, lees_export, lees_leerlingen
from verzuimregels.schoolsystemen.codetabel import standaardtabel_tekst
from verzuimregels.tabel import lees_tabel
from verzuimregels.teksten import Taal
from verzuimregels.toets import Toetsfout, lees_gevallen, toets

from .engels import engels

WORTEL = Path(__file__).resolve().parent.parent
MAP = WORTEL / "examples" / "schoolsystemen"


def _tabel(data: bytes, **opties: Any) -> Callable[[], object]:
    return lambda: lees_tabel(io.BytesIO(data), **opties)


def _gevallen(tmp_path: Path, tekst: str, naam: str = "g.yaml") -> Callable[[], object]:
    return lambda: lees_gevallen(_bestand(tmp_path, tekst, naam))


def _bestand(tmp_path: Path, tekst: str | bytes, naam: str) -> Path:
    pad = tmp_path / naam
    pad.write_bytes(tekst if isinstance(tekst, bytes) else tekst.encode("utf-8"))
    return pad


GEVAL = "- naam: x\n  commando: {commando}\n  invoer: {{}}\n  verwacht: {{}}\n"


def _aanroepen(tmp_path: Path) -> dict[str, Callable[[], object]]:
    """Per reason code: a call that raises it."""
    leerlingen = lees_leerlingen(io.BytesIO(b"leerling,geboortedatum,onderwijssoort\n1,01-01-2012,vo\n"))

    def export(systeem: str, data: bytes) -> Callable[[], object]:
        return lambda: list(lees_export(io.BytesIO(data), systeem, leerlingen, date(2026, 3, 1)))

    return {
        "codering_onbekend": _tabel(b"a\n", codering="latin-1"),
        "scheidingsteken_onbekend": _tabel(b"a\n", scheidingsteken="|"),
        "csv_leeg": _tabel(b"\n\n"),
        "kop_te_lang": _tabel(b"a" * (1 << 21) + b"\n"),
        "kop_bom": _tabel(b"\xef\xbb\xbfa,\xef\xbb\xbfb\n"),
        "kop_geen_utf8": _tabel(b"a,\xe9\n"),
        "kop_geen_cp1252": _tabel(b"a,\x81\n", codering="cp1252"),
        "kop_geen_csv": _tabel(b'a,"b\n'),
        "kop_lege_kolom": _tabel(b"a,,b\n"),
        "kop_kolom_dubbel": _tabel(b"a,A\n"),
        "kop_onbekende_kolommen": _tabel(b"leerling,x\n", kolommen=("leerling", "datum")),
        "kop_kolommen_ontbreken": _tabel(b"leerling\n", verplicht=("leerling", "datum")),
        "utf16": _tabel("a\n".encode("utf-16")),
        "bom_met_codering": _tabel(b"\xef\xbb\xbfa\n", codering="cp1252"),
        "bom_beschadigd": _tabel(b"\xef\xbba\n"),
        "systeem_onbekend": export("parnassys", b"[]"),
        "codetabel_geen_toml": lambda: lees_codetabel("systeem = \n"),
        "codetabel_onbekende_sleutels": lambda: lees_codetabel('systeem = "magister"\nkleur = 1\n'),
        "codetabel_systeem": lambda: lees_codetabel('systeem = "x"\n'),
        "codetabel_ander_systeem": lambda: lees_codetabel('systeem = "magister"\n', systeem="somtoday"),
        "codetabel_geen_tabellen": lambda: lees_codetabel('systeem = "magister"\ncodes = 1\n'),
        "codetabel_onbekende_reden": lambda: lees_codetabel('systeem = "magister"\n[codes]\n"1" = "x"\n'),
        "codetabel_overslaan_zonder_reden": lambda: lees_codetabel(
            'systeem = "magister"\n[overslaan]\n"7" = ""\n'
        ),
        "codetabel_code_dubbel": lambda: lees_codetabel(
            'systeem = "magister"\n[codes]\n"7" = "ziek"\n[overslaan]\n"7" = "x"\n'
        ),
        "codetabel_geen_standaard": lambda: standaardtabel_tekst("parnassys"),
        "codetabel_onleesbaar": lambda: laad_codetabel(tmp_path / "bestaat-niet.toml", "magister"),
        "codetabel_geen_utf8": lambda: laad_codetabel(_bestand(tmp_path, b"\xff", "t.toml"), "magister"),
        "toets_onleesbaar": lambda: lees_gevallen(tmp_path / "bestaat-niet.yaml"),
        "toets_geen_lijst": _gevallen(tmp_path, "naam: geen lijst"),
        "toets_geen_json": _gevallen(tmp_path, "[kapot", "g.json"),
        "toets_geen_yaml": _gevallen(tmp_path, "- [onzin"),
        "toets_geen_mapping": _gevallen(tmp_path, "- 3"),
        "toets_onbekende_sleutels": _gevallen(tmp_path, GEVAL.format(commando="status") + "  invoor: {}\n"),
        "toets_commando": _gevallen(tmp_path, GEVAL.format(commando="rekenen")),
        "toets_sleutel_ontbreekt": _gevallen(tmp_path, "- naam: x\n  commando: status\n  verwacht: {}\n"),
        "toets_opties": _gevallen(tmp_path, GEVAL.format(commando="status") + "  opties: {kleur: 1}\n"),
        "toets_optie_ongeldig": lambda: _voer_uit(tmp_path, "status", "  opties: {taal: fr}\n"),
        "toets_peildatum_ontbreekt": lambda: _voer_uit(tmp_path, "analyseer", ""),
        "toets_te_groot": lambda: _raise(Toetsfout("toets_te_groot", mb=10)),
        "extra_nodig": lambda: _raise(OntbrekendeExtra("verzuimregels.server", "server", "fastapi")),
        "export_json": export("magister", b"[{kapot"),
        "getal_te_lang": lambda: lees_leerlingen(io.BytesIO(b'[{"leerling": 1' + b"0" * 5000 + b"}]")),
    }


def _voer_uit(tmp_path: Path, commando: str, opties: str) -> object:
    pad = _bestand(tmp_path, GEVAL.format(commando=commando) + opties, "g.yaml")
    return toets(lees_gevallen(pad))


def _raise(fout: Exception) -> object:
    raise fout


def _reden(fout: BaseException) -> MetReden:
    return fout.reden if isinstance(fout, OntbrekendeExtra) else fout  # type: ignore[return-value]


def test_elke_reden_heeft_een_aanroep(tmp_path: Path) -> None:
    assert set(_aanroepen(tmp_path)) - {"export_json"} == set(REDENEN)


@pytest.mark.parametrize("code", sorted(REDENEN))
def test_elke_reden_in_het_nederlands_en_engels_zonder_engels_in_het_nederlands(
    code: str, tmp_path: Path
) -> None:
    with pytest.raises((Leesfout, Toetsfout, OntbrekendeExtra)) as fout:
        _aanroepen(tmp_path)[code]()
    reden = _reden(fout.value)
    assert reden.code == code
    nl, en = reden.tekst(Taal.NL), reden.tekst(Taal.EN)
    assert str(fout.value) == en
    assert nl != en
    assert engels(nl) == [], nl
    assert re.search(r"\{\w+\}", nl + en) is None  # every field filled


def test_een_leerlingenbestand_dat_geen_json_is_draagt_de_code_van_de_json_lezer() -> None:
    with pytest.raises(Leesfout) as fout:
        lees_leerlingen(io.BytesIO(b'[{"leerling": "1"}, {kapot'))
    assert fout.value.code == "json_element_kapot"
    assert fout.value.tekst(Taal.NL) == (
        "het leerlingenbestand is niet te lezen: geen geldige JSON: element 2 van de array is kapot of "
        "onvolledig"
    )
    assert str(fout.value).startswith("the pupils file cannot be read: not valid JSON")


def test_een_json_export_die_geen_json_is_draagt_de_code_van_de_json_lezer(tmp_path: Path) -> None:
    with pytest.raises(Leesfout) as fout:
        _aanroepen(tmp_path)["export_json"]()
    assert fout.value.code == "json_element_kapot"
    assert engels(fout.value.tekst(Taal.NL)) == []
    args = ["analyseer", str(_bestand(tmp_path, b"[{kapot", "x.json")), "--bron", "magister"]
    args += ["--leerlingen", str(MAP / "leerlingen.csv"), "--peildatum", "2026-03-31"]
    assert main(args) == 2


@pytest.mark.parametrize("code", sorted(REDENEN))
def test_elke_tekst_noemt_de_verwachte_vorm_in_beide_talen(code: str) -> None:
    tekst = REDENEN[code]
    assert "verwacht" in tekst.nl
    assert code == "extra_nodig" or "expected" in tekst.en or "expects" in tekst.en
    assert set(re.findall(r"\{(\w+)\}", tekst.nl)) == set(re.findall(r"\{(\w+)\}", tekst.en))


def test_de_woordenlijst_vindt_het_engels_van_elke_tekst() -> None:
    """The check bites: every English text of the table trips it, no Dutch one does."""
    for code, tekst in REDENEN.items():
        assert engels(tekst.en), code
        assert engels(tekst.nl) == [], code


_MET_REDEN = {"Leesfout", "Toetsfout", "MetReden"}


def test_elke_reden_in_de_code_heeft_een_bekende_code() -> None:
    """Every ``Leesfout(...)``/``Toetsfout(...)`` raised in the package names a code of the table (a
    literal), and every code of the table is raised somewhere."""
    gevonden = set()
    for pad in (WORTEL / "src" / "verzuimregels").rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Call) and ast.unparse(knoop.func) in _MET_REDEN:
                eerste = knoop.args[0] if knoop.args else None
                if any(k.arg == "tekst" for k in knoop.keywords):
                    continue  # the JSON reader's code, with its texts (GEBRUIKSFOUTEN)
                assert isinstance(eerste, ast.Constant), f"{pad.name}:{knoop.lineno}: a code, not a text"
                assert eerste.value in REDENEN, f"{pad.name}:{knoop.lineno}: {eerste.value!r}"
                gevonden.add(eerste.value)
    assert gevonden == set(REDENEN)


def test_docs_cli_noemt_elke_reden() -> None:
    docs = (WORTEL / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [c for c in REDENEN if f"`{c}`" not in docs] == []


def test_een_onbekende_code_is_een_fout_in_de_bibliotheek() -> None:
    with pytest.raises(KeyError):
        Leesfout("bestaat_niet")


def test_de_cli_toont_beide_codes_en_de_nederlandse_reden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = _bestand(tmp_path, "a,A\n1,2\n", "m.csv")
    assert main(["valideer", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert fout == (
        "verzuimregels: de invoer is niet te lezen: de kopregel noemt een kolom twee keer: verwacht elke "
        "kolomnaam één keer [onleesbaar/kop_kolom_dubbel]\n"
    )
    assert main(["valideer", str(pad), "--taal", "en"]) == 2
    assert capsys.readouterr().err == (
        "verzuimregels: the input cannot be read: the header names a column twice; expected each column "
        "name once [onleesbaar/kop_kolom_dubbel]\n"
    )


def test_een_systeemfout_zonder_eigen_tekst_heet_in_het_nederlands_naar_zijn_errno() -> None:
    import errno

    reden = reden_van(OSError(errno.EIO, "Input/output error"))
    assert reden == Tekst("systeemfout EIO", "Input/output error")
    assert reden_van(OSError("zonder errno")) == Tekst("systeemfout OSError", "OSError")


@pytest.mark.parametrize("regel", sorted(REGELS))
def test_elke_nederlandse_regeltekst_noemt_de_verwachte_vorm_zonder_engels(regel: str) -> None:
    waarden = dict.fromkeys(re.findall(r"\{(\w+)\}", REGELS[regel]), "1")
    tekst = REGELS[regel].format(**waarden)
    assert "verwacht" in tekst
    assert engels(tekst) == [], tekst


def test_docs_cli_noemt_elke_regel() -> None:
    docs = (WORTEL / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [c for c in REGELS if f"`{c}`" not in docs] == []


def test_docs_cli_geeft_de_nederlandse_en_engelse_tekst_van_elke_regel() -> None:
    """The table of docs/cli.md is the tables of the source, row for row (issue 17)."""
    from verzuimregels.foutteksten import REGELS_EN

    docs = (WORTEL / "docs" / "cli.md").read_text(encoding="utf-8")
    verwacht = "\n".join(f"| `{c}` | {REGELS[c]} | {REGELS_EN[c]} |" for c in REGELS)
    assert f"| regel | Nederlands | English |\n|---|---|---|\n{verwacht}\n" in docs


def test_een_regel_zonder_tekst_of_context_krijgt_een_nederlandse_tekst_met_zijn_code() -> None:
    assert veldtekst("x", (), "nieuwe_regel", "some rule", Taal.NL, None) == (
        "voldoet niet aan regel nieuwe_regel: verwacht wat die regel vraagt (zie --taal en)"
    )
    assert veldtekst("x", (), "greater_than_equal", "Input should be ...", Taal.NL, None).startswith(
        "voldoet niet aan regel greater_than_equal"
    )  # a limit the error did not carry is not guessed
    assert veldtekst("x", (), "greater_than_equal", "Input should be ...", Taal.NL, {"ge": 1}) == (
        "verwacht een waarde van ten minste 1"
    )
    assert veldtekst("x", (), "enum", "...", Taal.NL, {"expected": "'po', 'vo' or 'mbo'"}) == (
        "verwacht één van: 'po', 'vo' of 'mbo'"
    )
    assert veldtekst("x", (), "bool_type", "Input should be a valid boolean", Taal.EN, None) == (
        "expected true or false"
    )


def test_een_regel_zonder_tekst_of_context_krijgt_een_engelse_tekst_met_zijn_code_en_melding() -> None:
    assert veldtekst("x", (), "nieuwe_regel", "some rule", Taal.EN, None) == (
        "does not meet rule nieuwe_regel: expected what that rule asks (some rule)"
    )
    assert veldtekst("x", (), "greater_than_equal", "Input should be ...", Taal.EN, None) == (
        "does not meet rule greater_than_equal: expected what that rule asks (Input should be ...)"
    )  # a limit the error did not carry is not guessed
    assert veldtekst("x", (), "greater_than_equal", "Input should be ...", Taal.EN, {"ge": 1}) == (
        "expected a value of at least 1"
    )
    assert veldtekst("x", (), "enum", "...", Taal.EN, {"expected": "'po', 'vo' or 'mbo'"}) == (
        "expected one of: 'po', 'vo' or 'mbo'"
    )
    assert veldtekst("", (), "missing", "Field required", Taal.EN, None) == (
        "is missing: expected a value for the input"
    )


def test_een_invoerfout_in_het_nederlands_en_engels() -> None:
    from verzuimregels.fouten import Invoerfout

    fout = Invoerfout.enkel("lesuur_minuten", "greater_than_equal", "Input should be at least 1", ge=1)
    assert fout.code == "greater_than_equal"
    assert fout.tekst(Taal.NL) == "lesuur_minuten: verwacht een waarde van ten minste 1 [greater_than_equal]"
    assert fout.tekst(Taal.EN) == "lesuur_minuten: expected a value of at least 1 [greater_than_equal]"
    assert str(fout) == "lesuur_minuten: Input should be at least 1 [greater_than_equal]"  # the melding
    assert Invoerfout([]).code == ""
