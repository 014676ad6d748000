"""Usage errors (exit 2) in the chosen language, each naming the expected form, with a code (issue 17).

Each code of :data:`~verzuimregels.cli.gebruiksfouten.GEBRUIKSFOUTEN` is triggered here through the
command line (or, for the few that need a whole setting, by the test of the command named beside it)
and checked in Dutch (the default) and in English (``--taal en``). No message may echo what was typed
or read where that could be personal data: a value is described by its shape.
"""

from __future__ import annotations

import ast
import codecs
import re
from pathlib import Path

import pytest

from verzuimregels.cli import main, parser
from verzuimregels.cli.gebruiksfouten import GEBRUIKSFOUTEN, Gebruiksfout, Tekst, taal_van, van_bericht, vorm
from verzuimregels.cli.invoer import MAX_REGEL
from verzuimregels.teksten import Taal

WORTEL = Path(__file__).resolve().parent.parent
VB = WORTEL / "examples"
CASUSSEN = str(VB / "casussen.json")

# code -> (file content or None, arguments with {bestand} for the file, Dutch part, English part)
GEVALLEN: dict[str, tuple[str | bytes | None, list[str], str, str]] = {
    "datum": (
        None,
        ["beoordeel", CASUSSEN, "--peildatum", "20260715"],
        "--peildatum verwacht een datum als jjjj-mm-dd of dd-mm-jjjj, gekregen: 8 cijfers [datum]",
        "--peildatum expects a date as yyyy-mm-dd or dd-mm-yyyy, got: 8 digits [datum]",
    ),
    "datum_bestaat_niet": (
        None,
        ["beoordeel", CASUSSEN, "--peildatum", "2026-02-30"],
        "--peildatum verwacht een datum die bestaat (jjjj-mm-dd of dd-mm-jjjj), gekregen: een datum die niet",
        "--peildatum expects a date that exists (yyyy-mm-dd or dd-mm-yyyy), got: a date that does not exist",
    ),
    "getal": (
        None,
        ["analyseer", str(VB / "leerlingen.json"), "--peildatum", "2026-07-15", "--uren-per-lesdag", "6,5,1"],
        "--uren-per-lesdag verwacht een getal zoals 6,5 of 6.5, gekregen: een waarde met een komma [getal]",
        "--uren-per-lesdag expects a number such as 6.5 or 6,5, got: a value with a comma [getal]",
    ),
    "geheel_getal": (
        None,
        ["analyseer", str(VB / "leerlingen.json"), "--peildatum", "2026-07-15", "--lesuur-minuten", "50.5"],
        "--lesuur-minuten verwacht een geheel getal zoals 8, gekregen: een getal met decimalen",
        "--lesuur-minuten expects a whole number such as 8, got: a number with decimals [geheel_getal]",
    ),
    "ongeldige_keuze": (
        None,
        ["beoordeel", CASUSSEN, "--formaat", "xml"],
        "--formaat verwacht één van: json, tekst; gekregen: een woord van 3 letters [ongeldige_keuze]",
        "--formaat expects one of: json, tekst; got: a word of 3 letters [ongeldige_keuze]",
    ),
    "onbekend_commando": (
        None,
        ["beoordelen", CASUSSEN],
        "onbekend commando (een woord van 10 letters); verwacht één van: beoordeel, boom, schema,",
        "unknown command (a word of 10 letters); expected one of: beoordeel, boom, schema,",
    ),
    "waarde_ontbreekt": (
        None,
        ["beoordeel", CASUSSEN, "--peildatum"],
        "--peildatum verwacht een waarde: --peildatum WAARDE [waarde_ontbreekt]",
        "--peildatum expects a value: --peildatum VALUE [waarde_ontbreekt]",
    ),
    "geen_waarde": (
        None,
        ["beoordeel", CASUSSEN, "--vakantiedagen-meetellen=ja"],
        "--vakantiedagen-meetellen neemt geen waarde: schrijf alleen --vakantiedagen-meetellen",
        "--vakantiedagen-meetellen takes no value: write --vakantiedagen-meetellen alone [geen_waarde]",
    ),
    "verplicht": (
        None,
        ["beoordeel"],
        "ontbreekt: FILE (zie verzuimregels beoordeel --help) [verplicht]",
        "missing: FILE (see verzuimregels beoordeel --help) [verplicht]",
    ),
    "onbekende_optie": (
        None,
        ["beoordeel", CASUSSEN, "--peildaturn", "2026-07-15"],
        "onbekende optie --peildaturn (zie verzuimregels beoordeel --help voor de opties)",
        "unknown option --peildaturn (see verzuimregels beoordeel --help for the options) [onbekende_optie]",
    ),
    "te_veel_argumenten": (
        None,
        ["beoordeel", CASUSSEN, "123456782"],
        "1 argument(en) te veel (9 cijfers); zie verzuimregels beoordeel --help voor wat het commando neemt",
        "1 argument(s) too many (9 digits); see verzuimregels beoordeel --help for what the command takes",
    ),
    "dubbelzinnige_optie": (
        None,
        ["beoordeel", CASUSSEN, "--va", "2026-07-15"],
        "--va kan meer dan één optie zijn: --vakantiedagen-meetellen, --vandaag; schrijf de optie voluit",
        "--va could be more than one option: --vakantiedagen-meetellen, --vandaag; write the option in full",
    ),
    "bestand_onleesbaar": (
        None,
        ["beoordeel", "/bestaat/niet.json"],
        "kan /bestaat/niet.json niet lezen (bestaat niet): verwacht een bestand dat bestaat en leesbaar is",
        "cannot read /bestaat/niet.json (does not exist): expected a file that exists and can be read",
    ),
    "bom_beschadigd": (
        b"\xefAB{}",
        ["beoordeel", "{bestand}"],
        "de invoer begint met een beschadigde byte-order mark: verwacht UTF-8",
        "the input starts with a damaged byte-order mark: expected UTF-8",
    ),
    "bom_dubbel": (
        codecs.BOM_UTF8 * 2 + b"{}",
        ["beoordeel", "{bestand}"],
        "de invoer heeft een dubbele byte-order mark, of een na het begin: verwacht UTF-8 met ten hoogste",
        "the input holds a doubled byte-order mark, or one after its start: expected UTF-8 with at most",
    ),
    "utf16": (
        "{}".encode("utf-16"),
        ["beoordeel", "{bestand}"],
        "de invoer is UTF-16: JSON verwacht UTF-8 (RFC 8259)",
        "the input is UTF-16: JSON expects UTF-8 (RFC 8259)",
    ),
    "geen_utf8": (
        b'{"a": "\xff"}',
        ["beoordeel", "{bestand}"],
        "de invoer is geen geldige UTF-8 (byte 7): JSON verwacht UTF-8 [geen_utf8]",
        "the input is not valid UTF-8 (byte 7): JSON expects UTF-8 [geen_utf8]",
    ),
    "leeg": (
        "",
        ["beoordeel", "{bestand}"],
        "de invoer is leeg: verwacht één JSON-object, een JSON-array of JSON Lines [leeg]",
        "the input is empty: expected one JSON object, a JSON array or JSON Lines [leeg]",
    ),
    "te_diep": (
        "[" * 100 + "]" * 100,
        ["beoordeel", "{bestand}"],
        "de JSON is dieper genest dan 64 niveaus: verwacht een casus per object, ten hoogste 64 diep",
        "the JSON is nested deeper than 64 levels: expected a case per object, at most 64 deep [te_diep]",
    ),
    "json_ongeldig": (
        "{kapot",
        ["beoordeel", "{bestand}"],
        "geen geldige JSON (regel 1, kolom 2): verwacht één JSON-object, een JSON-array of JSON Lines",
        "not valid JSON (Expecting property name enclosed in double quotes at line 1 column 2): expected",
    ),
    "json_getal": (
        '{"a": NaN}',
        ["beoordeel", "{bestand}"],
        "geen geldige JSON: NaN is geen getal; verwacht een getal zoals 6.5 [json_getal]",
        "not valid JSON: NaN is not a number; expected a number such as 6.5 [json_getal]",
    ),
    "json_na_array": (
        "[{}] x",
        ["beoordeel", "{bestand}"],
        "geen geldige JSON: gegevens na het einde van de array; verwacht één array [json_na_array]",
        "not valid JSON: data after the end of the array; expected one array [json_na_array]",
    ),
    "json_scheiding": (
        "[{} {}]",
        ["beoordeel", "{bestand}"],
        "geen geldige JSON: verwacht ',' of ']' na element 1 [json_scheiding]",
        "not valid JSON: expected ',' or ']' after element 1 [json_scheiding]",
    ),
    "json_element_kapot": (
        '[1, {"a": ',
        ["beoordeel", "{bestand}"],
        "geen geldige JSON: element 2 van de array is kapot of onvolledig [json_element_kapot]",
        "not valid JSON: element 2 of the array is broken or incomplete [json_element_kapot]",
    ),
    "element_te_lang": (
        '["' + "a" * (MAX_REGEL + 10),
        ["beoordeel", "{bestand}"],
        f"element 1 van de array is langer dan {MAX_REGEL} tekens: verwacht één casus per element",
        f"element 1 of the array is longer than {MAX_REGEL} characters: expected one case per element",
    ),
    "geen_json": (
        None,
        ["beoordeel", str(VB / "verzuim.csv")],
        "de invoer is geen JSON: verwacht één JSON-object, een JSON-array of JSON Lines (een CSV-bestand?",
        "the input is not JSON: expected one JSON object, a JSON array or JSON Lines (a CSV file?",
    ),
    "onleesbaar": (
        "",
        ["valideer", "{bestand}"],
        "de invoer is niet te lezen: de invoer is leeg: verwacht als eerste regel de kolomnamen, gescheiden "
        "door ',' ';' of een tab, daaronder de rijen [onleesbaar/csv_leeg]",
        "the input cannot be read: the input is empty; expected the column names as the first line, "
        "separated by ',' ';' or a tab, then the rows [onleesbaar/csv_leeg]",
    ),
    "casus_een_object": (
        "[{}]",
        ["boom", "--casus", "{bestand}"],
        "--casus verwacht één casus (een JSON-object), geen array of JSON Lines [casus_een_object]",
        "--casus takes one case (a JSON object), not an array or JSON Lines [casus_een_object]",
    ),
    "casus_ongeldig": (
        '{"ziek": 3}',
        ["boom", "--casus", "{bestand}"],
        "de casus van --casus is niet geldig: ",
        "the case of --casus is not valid: ",
    ),
    "recent_te_klein": (
        None,
        ["werklijst", str(VB / "leerlingen.json"), "--peildatum", "2026-04-30", "--recent", "0"],
        "--recent verwacht een geheel getal van ten minste 1 [recent_te_klein]",
        "--recent expects a whole number of at least 1 [recent_te_klein]",
    ),
    "bron_zonder_leerlingen": (
        None,
        ["analyseer", str(VB / "leerlingen.json"), "--peildatum", "2026-04-30", "--bron", "magister"],
        "--bron magister verwacht ook --leerlingen BESTAND (geboortedatum en school per leerling)",
        "--bron magister needs --leerlingen FILE (birth dates and school per pupil)",
    ),
    "te_klein": (
        None,
        ["serve", "--max-rijen", "0"],
        "--max-rijen verwacht een geheel getal van ten minste 1, gekregen: 1 cijfer [te_klein]",
        "--max-rijen expects a whole number of at least 1, got: 1 digit [te_klein]",
    ),
    "poort": (
        None,
        ["serve", "--port", "99999"],
        "--port verwacht een poortnummer van 0 tot en met 65535 (0: een vrije poort), gekregen: 5 cijfers",
        "--port expects a port number from 0 to 65535 (0: any free port), got: 5 digits [poort]",
    ),
    "toetsbestand": (
        '{"gevallen": 3}',
        ["toets", "{bestand}"],
        "het toetsbestand is niet te lezen: verwacht een lijst van gevallen (elk met naam, commando, invoer "
        "en verwacht) [toetsbestand/toets_geen_lijst]",
        "the test-case file cannot be read: expected a list of cases (each with naam, commando, invoer and "
        "verwacht) [toetsbestand/toets_geen_lijst]",
    ),
}

ELDERS = {
    "stdin_gesloten": "tests/test_aanval_cli.py::test_gesloten_stdin_is_een_gebruiksfout",
    "bron_met_schooljaar": "test_gebruiksfouten_van_de_commandos",
    "bron_zonder_peildatum": "test_gebruiksfouten_van_de_commandos",
    "eerdere_rij": "tests/test_valideer_cli.py (--eerdere)",
    "eerdere_ongeldig": "tests/test_valideer_cli.py (--eerdere)",
    "records_leerling": "tests/test_melding_feiten.py (pupil N is not valid)",
    "records_ongeldig": "tests/test_melding_feiten.py",
    "schrijven_mislukt": "tests/test_werklijst.py (cannot write)",
    "extra_ontbreekt": "tests/test_toets.py, tests/test_server.py (missing extra)",
    "ongeldige_optie": "test_onvoorziene_argparse_melding_heeft_een_code",
    "optie_ongeldig": "tests/test_aanval_regressies.py (a school option out of range)",
    "poort_bezet": "tests/test_aanval_cli.py::test_regressie_poort_in_gebruik_is_een_gebruiksfout",
}
"""Codes whose trigger needs a setting of its own: where they are tested."""


def test_elke_code_heeft_een_test() -> None:
    assert set(GEVALLEN) | set(ELDERS) == set(GEBRUIKSFOUTEN)
    assert not set(GEVALLEN) & set(ELDERS)


def _draai(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inhoud: str | bytes | None, args: list[str]
) -> tuple[int, str]:
    if inhoud is not None:
        pad = tmp_path / ("invoer.csv" if args[0] == "valideer" else "invoer.json")
        pad.write_bytes(inhoud if isinstance(inhoud, bytes) else inhoud.encode("utf-8"))
        args = [a.replace("{bestand}", str(pad)) for a in args]
    code = main(args)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("code", sorted(GEVALLEN))
def test_gebruiksfout_in_het_nederlands_en_engels(
    code: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    inhoud, args, nl, en = GEVALLEN[code]
    uitkomst, fout = _draai(capsys, tmp_path, inhoud, args)
    assert uitkomst == 2
    assert nl in fout
    assert re.search(rf"\[{code}(/\w+)?\]", fout)  # the code, and a reason's code after a slash
    assert len(fout.strip().splitlines()) == 1  # one line, no usage dump, no traceback
    uitkomst, fout = _draai(capsys, tmp_path, inhoud, [*args, "--taal", "en"])
    assert uitkomst == 2
    assert en in fout
    assert re.search(rf"\[{code}(/\w+)?\]", fout)


def test_gebruiksfouten_van_de_commandos(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    leerlingen = str(VB / "schoolsystemen" / "leerlingen.csv")
    args = ["analyseer", leerlingen, "--bron", "magister", "--leerlingen", leerlingen, "--schooljaar", "2025"]
    assert main([*args, "--peildatum", "2026-04-30"]) == 2
    assert "--schooljaar gaat niet samen met --bron: het schooljaar is dat van --peildatum" in (
        capsys.readouterr().err
    )
    melding = str(VB / "meldingen.csv")
    assert main(["valideer", melding, "--records", leerlingen, "--bron", "magister", "--taal", "en"]) == 2
    assert "--bron magister needs --peildatum yyyy-mm-dd (the school year of the records)" in (
        capsys.readouterr().err
    )


def test_geen_waarde_wordt_herhaald(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A value typed where it does not fit is described, never echoed (it may be a BSN or a name)."""
    for args in (
        ["beoordeel", CASUSSEN, "--peildatum", "123456782"],
        ["beoordeel", CASUSSEN, "--formaat", "Jansen"],
        ["Jansen", CASUSSEN],
        ["beoordeel", CASUSSEN, "Jansen", "123456782"],
        ["analyseer", CASUSSEN, "--peildatum", "2026-01-01", "--lesuur-minuten", "Jansen"],
    ):
        for taal in ("nl", "en"):
            assert main([*args, "--taal", taal]) == 2
            fout = capsys.readouterr().err
            assert "123456782" not in fout
            assert "Jansen" not in fout


def test_onvoorziene_argparse_melding_heeft_een_code() -> None:
    fout = van_bericht("something argparse may say one day", parser("beoordeel"))
    assert fout.code == "ongeldige_optie"
    assert (
        fout.tekst(Taal.NL)
        == "? is niet zo te gebruiken (zie verzuimregels beoordeel --help) [ongeldige_optie]"
    )


@pytest.mark.parametrize("code", sorted(GEBRUIKSFOUTEN))
def test_elke_tekst_heeft_twee_talen_en_dezelfde_velden(code: str) -> None:
    tekst = GEBRUIKSFOUTEN[code]
    assert tekst.nl
    assert tekst.en
    velden = set(re.findall(r"\{(\w+)\}", tekst.nl))
    assert velden <= set(re.findall(r"\{(\w+)\}", tekst.en)), "a Dutch field the English lacks"
    if code not in {"extra_ontbreekt"}:
        assert tekst.nl != tekst.en


def test_elke_gebruiksfout_in_de_code_heeft_een_bekende_code() -> None:
    """Every ``Gebruiksfout(...)`` raised in the package names a code of the table (a literal)."""
    bron = WORTEL / "src" / "verzuimregels"
    gevonden = set()
    for pad in bron.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(knoop, ast.Call):
                continue
            naam = ast.unparse(knoop.func)
            if naam in {"Gebruiksfout", "Gebruiksfout.bij_bestand", "Optiefout"}:
                eerste = knoop.args[0] if knoop.args else None
                if pad.name == "gebruiksfouten.py" and not isinstance(eerste, ast.Constant):
                    continue  # the translation of argparse's errors passes a code it chose
                assert isinstance(eerste, ast.Constant), f"{pad.name}:{knoop.lineno}: a code, not a text"
                assert eerste.value in GEBRUIKSFOUTEN, f"{pad.name}:{knoop.lineno}: {eerste.value!r}"
                gevonden.add(eerste.value)
    assert gevonden >= set(GEBRUIKSFOUTEN) - {"onbekend_commando", "ongeldige_keuze", "dubbelzinnige_optie"}


def test_docs_cli_noemt_elke_code() -> None:
    docs = (WORTEL / "docs" / "cli.md").read_text(encoding="utf-8")
    ontbreekt = [c for c in GEBRUIKSFOUTEN if f"`{c}`" not in docs]
    assert not ontbreekt


def test_taal_wordt_voor_het_ontleden_gelezen() -> None:
    assert taal_van(["beoordeel", "x", "--taal", "en"]) is Taal.EN
    assert taal_van(["beoordeel", "--taal=en", "x"]) is Taal.EN
    assert taal_van(["beoordeel", "--taal"]) is Taal.NL
    assert taal_van(["beoordeel", "--", "--taal", "en"]) is Taal.NL
    assert taal_van([]) is Taal.NL


@pytest.mark.parametrize(
    ("waarde", "nl"),
    [
        ("", "een lege waarde"),
        ("20260715", "8 cijfers"),
        ("2026-07-15T10:00", "een datum met een tijd"),
        ("15/07/2026", "een datum met punten of schuine strepen"),
        ("07-2026-15", "een datum in een andere vorm"),
        ("6.5", "een getal met decimalen"),
        ("a,b", "een waarde met een komma"),
        ("inf", "geen eindig getal"),
        ("ab12", "letters en cijfers"),
        ("Jansen", "een woord van 6 letters"),
        ("!?", "een andere waarde"),
    ],
)
def test_vorm_beschrijft_zonder_de_waarde(waarde: str, nl: str) -> None:
    beschreven = vorm(waarde)
    assert isinstance(beschreven, Tekst)
    assert beschreven.nl == nl
    assert waarde.strip() == "" or waarde not in beschreven.nl + beschreven.en


def test_onbekende_code_is_een_fout_in_de_bibliotheek() -> None:
    with pytest.raises(KeyError):
        Gebruiksfout("bestaat_niet")


def test_str_is_de_engelse_tekst_zonder_code() -> None:
    assert str(Gebruiksfout("leeg")) == GEBRUIKSFOUTEN["leeg"].en
