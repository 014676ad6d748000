"""No English reason in a Dutch message (issue 17: "error messages in the chosen language, each naming
the expected form").

Every command runs here on bad input of every kind we know of (files that are empty, not UTF-8, UTF-16,
broken JSON, CSV with a bad header, bad code tables, pupils files, cases, records, test-case files, and
options with a bad form or out of range), under the default ``--taal nl`` and under ``--taal en``. Each
message on stderr must then be:

- under ``nl`` free of English (:func:`tests.engels.engels`, a word list every English text of the
  message tables trips);
- under ``en`` different from the Dutch one (so the check above is not vacuous: English exists);
- one line that ends with its code in brackets (``[onleesbaar/kop_kolom_dubbel]``) when it is a usage
  error (exit 2);
- free of the canary values the inputs hold (a BSN, a name).

Error rows (exit 1) are JSON with a rule code per problem (``fouten[].regel``); their ``melding`` is
English by contract (docs/contract.md), so it is not checked here.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import COMMANDOS, main, parser

from .engels import engels

WORTEL = Path(__file__).resolve().parent.parent
VB = WORTEL / "examples"
SS = VB / "schoolsystemen"
BSN = "123456782"
NAAM = "Jansen"
CASUSSEN = str(VB / "casussen.json")
LEERLINGEN_JSON = str(VB / "leerlingen.json")
VERZUIM = str(VB / "verzuim.csv")
MELDINGEN = str(VB / "meldingen.csv")
LEERLINGEN_CSV = str(SS / "leerlingen.csv")
MAGISTER = str(SS / "magister-absenties.json")
EDUARTE = str(SS / "eduarte-absenties.csv")


def _met_bron(export: str, systeem: str = "magister", leerlingen: str = LEERLINGEN_CSV) -> list[str]:
    return ["analyseer", export, "--bron", systeem, "--leerlingen", leerlingen, "--peildatum", "2026-03-31"]


MET_BRON = _met_bron(MAGISTER)
"""``analyseer`` on a Magister export with its pupils file (the options a code table goes with)."""

BESTANDEN: dict[str, bytes] = {
    "leeg": b"",
    "witruimte": b"  \n\n",
    "geen_utf8": b'{"a": "' + NAAM.encode() + b'\xff"}',
    "utf16": '{"a": 1}'.encode("utf-16"),
    "bom_beschadigd": b"\xef\xbb" + BSN.encode(),
    "bom_dubbel": codecs.BOM_UTF8 * 2 + b"{}",
    "json_kapot": b'{"' + BSN.encode() + b'": ',
    "json_nan": b'{"ziek": NaN}',
    "json_na_array": b"[{}] x",
    "json_scheiding": b"[{} {}]",
    "json_element_kapot": b'[1, {"a": ',
    "te_diep": b"[" * 100 + b"]" * 100,
    "groot_getal": b'{"leeftijd_eerste_verzuimdag": 1' + b"0" * 5000 + b"}",
    "json_string": json.dumps(BSN).encode(),
    "json_null": b"null",
    "csv_dubbele_kolom": b"sleutel,sleutel\n1,2\n",
    "csv_onbekende_kolommen": f"{BSN},{NAAM}\n1,2\n".encode(),
    "csv_lege_kolom": b"a,,b\n1,2,3\n",
    "csv_kop_kapot": b'a,"b\n1,2\n',
    "csv_kop_geen_utf8": b"leerling,d\xe9tum\n1,2\n",
    "csv_kop_bom_midden": b"\xef\xbb\xbfleerling,\xef\xbb\xbfdatum\n",
    "csv_zonder_verplicht": b"datum\n2026-01-01\n",
    "csv_kop_te_lang": b"a" * (1 << 20 | 10) + b"\n1\n",
}
"""Files with something wrong as a whole (each command reads some of them as JSON, others as CSV)."""

CASUS_FOUTEN: dict[str, object] = {
    "bool": {"ziek": 3, "leeftijd_eerste_verzuimdag": 9},
    "int": {"leeftijd_eerste_verzuimdag": "negen"},
    "datum": {"geboortedatum": "01-02-2015", "eerste_verzuimdag": "2026-01-01"},
    "datum_bestaat_niet": {"geboortedatum": "2015-02-30", "eerste_verzuimdag": "2026-01-01"},
    "onbekend_veld": {BSN: NAAM, "leeftijd_eerste_verzuimdag": 9},
    "leeftijd_ontbreekt": {"ziek": True},
    "datum_ontbreekt": {"geboortedatum": "2015-02-01"},
    "datum_volgorde": {"geboortedatum": "2015-02-01", "eerste_verzuimdag": "2010-01-01"},
    "leeftijd_strijdig": {
        "geboortedatum": "2015-02-01",
        "eerste_verzuimdag": "2026-01-01",
        "leeftijd_eerste_verzuimdag": 3,
    },
    "te_groot": {"leeftijd_eerste_verzuimdag": 500},
    "negatief": {"leeftijd_eerste_verzuimdag": -1},
    "uren": {"leeftijd_eerste_verzuimdag": 9, "ongeoorloofde_uren": "veel"},
    "wetsversie": {"leeftijd_eerste_verzuimdag": 9, "peildatum": "1990-01-01"},
    "lijst": [1],
}
"""Cases of ``boom --casus`` that break each kind of rule (the case as a whole is a usage error)."""

CODETABELLEN: dict[str, str] = {
    "geen_toml": "systeem = \n",
    "onbekende_sleutel": 'systeem = "magister"\nkleur = 1\n',
    "systeem": 'systeem = "parnassys"\n',
    "ander_systeem": 'systeem = "somtoday"\n',
    "geen_tabellen": 'systeem = "magister"\ncodes = 1\n',
    "onbekende_reden": 'systeem = "magister"\n[codes]\n"AB" = "spijbelen"\n',
    "overslaan_zonder_reden": 'systeem = "magister"\n[overslaan]\n"AB" = ""\n',
    "dubbel": 'systeem = "magister"\n[codes]\n"AB" = "ziek"\n[overslaan]\n"AB" = "x"\n',
}

TOETSBESTANDEN: dict[str, str] = {
    "geen_lijst": "naam: geen lijst",
    "geen_yaml": "- [onzin",
    "geen_mapping": "- 3",
    "onbekende_sleutel": f"- naam: x\n  commando: status\n  invoer: {{}}\n  verwacht: {{}}\n  '{BSN}': 1\n",
    "commando": "- naam: x\n  commando: rekenen\n  invoer: {}\n  verwacht: {}\n",
    "ontbreekt": "- naam: x\n  commando: status\n  verwacht: {}\n",
    "opties": "- naam: x\n  commando: status\n  invoer: {}\n  verwacht: {}\n  opties: {kleur: 1}\n",
    "optie_ongeldig": "- naam: x\n  commando: status\n  invoer: {}\n  verwacht: {}\n  opties: {taal: fr}\n",
    "peildatum": "- naam: x\n  commando: analyseer\n  invoer: {}\n  verwacht: {}\n",
}

OPTIES: list[list[str]] = [
    ["beoordeel", CASUSSEN, "--peildatum", BSN],
    ["beoordeel", CASUSSEN, "--peildatum", "2026-02-30"],
    ["beoordeel", CASUSSEN, "--peildatum", "15/07/2026"],
    ["beoordeel", CASUSSEN, "--formaat", NAAM],
    ["beoordeel", CASUSSEN, "--regio", NAAM],
    ["beoordeel", CASUSSEN, "--verjaardag-29-februari", NAAM],
    ["beoordeel", CASUSSEN, "--peildatum"],
    ["beoordeel", CASUSSEN, "--vakantiedagen-meetellen=ja"],
    ["beoordeel"],
    ["beoordeel", CASUSSEN, "--peildaturn", "2026-07-15"],
    ["beoordeel", CASUSSEN, BSN, NAAM],
    ["beoordeel", CASUSSEN, "--va", "2026-07-15"],
    ["beoordeel", "/bestaat/niet.json"],
    ["beoordeel", str(VB)],
    ["beoordeel", VERZUIM],
    [NAAM, CASUSSEN],
    ["boom", "--formaat", NAAM],
    ["boom", "--casus", CASUSSEN],
    ["schema", NAAM],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--regio", "midden"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--lesuur-minuten", "50"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--uren-per-lesdag", "6"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--afspraak-gemeente-18plus"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--lesuur-minuten", "0"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--lesuur-minuten", "500"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--uren-per-lesdag", "30"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--uren-per-lesdag", "0"],
    [
        "analyseer",
        VERZUIM,
        "--peildatum",
        "2026-07-15",
        "--onderwijssoort",
        "po",
        "--uren-per-lesdag",
        "6,5,1",
    ],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--lesuur-minuten", "5.5"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--schooljaar", "1800"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--onderwijssoort", NAAM],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--encoding", "latin-1"],
    ["analyseer", VERZUIM, "--peildatum", "2026-07-15", "--invoer", "xml"],
    ["analyseer", VERZUIM],
    ["analyseer", MAGISTER, "--bron", "magister", "--peildatum", "2026-03-31"],
    ["analyseer", MAGISTER, "--bron", "magister", "--leerlingen", LEERLINGEN_CSV],
    [*MET_BRON, "--schooljaar", "2025"],
    [
        "analyseer",
        MAGISTER,
        "--bron",
        "magister",
        "--leerlingen",
        "/bestaat/niet.csv",
        "--peildatum",
        "2026-03-31",
    ],
    [*MET_BRON, "--codetabel", "/bestaat/niet.toml"],
    [*MET_BRON, "--codetabel", str(SS / "somtoday-codetabel.toml")],
    [
        "analyseer",
        EDUARTE,
        "--bron",
        "eduarte",
        "--leerlingen",
        LEERLINGEN_CSV,
        "--peildatum",
        "2026-03-31",
        "--encoding",
        "cp1252",
        "--scheidingsteken",
        "|",
    ],
    ["analyseer", MAGISTER, "--bron", NAAM, "--leerlingen", LEERLINGEN_CSV, "--peildatum", "2026-03-31"],
    ["werklijst", LEERLINGEN_JSON, "--peildatum", "2026-04-30", "--recent", "0"],
    ["werklijst", LEERLINGEN_JSON, "--peildatum", "2026-04-30", "--per", NAAM],
    ["werklijst", LEERLINGEN_JSON, "--peildatum", "2026-04-30", "--uitvoer", "/bestaat/niet/w.csv"],
    ["werklijst", LEERLINGEN_JSON],
    ["thuiszitters", str(VB / "gemeente.jsonl")],
    ["thuiszitters", str(VB / "gemeente.jsonl"), "--peildatum", "2025-10-01", "--groep-op", NAAM],
    ["status", str(VB / "status.jsonl"), "--regio", NAAM],
    ["verlof", str(VB / "verlof.json"), "--regio", NAAM],
    ["valideer", MELDINGEN, "--peildatum", BSN],
    ["valideer", MELDINGEN, "--records", LEERLINGEN_CSV, "--bron", "magister"],
    ["valideer", MELDINGEN, "--eerdere", "/bestaat/niet.json"],
    ["valideer", MELDINGEN, "--invoerformaat", "xml"],
    ["codetabel", NAAM],
    ["toets", "/bestaat/niet.yaml"],
    ["toets", str(VB)],
    ["serve", "--port", NAAM],
    ["serve", "--max-bytes", "1,5"],
]
"""Command lines whose options (or files named by them) are wrong."""


def _commandos_op_bestand(pad: str) -> Iterator[list[str]]:
    """Every command that reads a file, on the file at ``pad``."""
    yield ["beoordeel", pad]
    yield ["boom", "--casus", pad]
    yield ["status", pad]
    yield ["verlof", pad]
    yield ["analyseer", pad, "--peildatum", "2026-07-15", "--onderwijssoort", "vo"]
    yield ["analyseer", pad, "--peildatum", "2026-07-15", "--onderwijssoort", "vo", "--invoer", "csv"]
    yield ["werklijst", pad, "--peildatum", "2026-04-30"]
    yield ["thuiszitters", pad, "--peildatum", "2025-10-01"]
    yield ["valideer", pad]
    yield ["valideer", pad, "--invoer", "json"]
    yield ["valideer", MELDINGEN, "--records", pad]
    yield ["valideer", MELDINGEN, "--eerdere", pad]
    yield _met_bron(pad)
    yield _met_bron(pad, "eduarte")
    yield _met_bron(MAGISTER, leerlingen=pad)
    yield ["toets", pad]


def _schrijf(map_: Path, naam: str, inhoud: bytes | str) -> str:
    pad = map_ / naam
    pad.write_bytes(inhoud if isinstance(inhoud, bytes) else inhoud.encode("utf-8"))
    return str(pad)


def commandoregels(map_: Path) -> Iterator[list[str]]:
    """Every command line of this test: each file of each kind under each command that reads a file,
    the bad cases, code tables and test-case files, and the bad options."""
    for naam, inhoud in BESTANDEN.items():
        for achtervoegsel in (".json", ".csv"):
            yield from _commandos_op_bestand(_schrijf(map_, naam + achtervoegsel, inhoud))
    for naam, casus in CASUS_FOUTEN.items():
        yield ["boom", "--casus", _schrijf(map_, f"casus-{naam}.json", json.dumps(casus))]
    geen_utf8 = _schrijf(map_, "tabel-geen-utf8.toml", b"\xff")
    for pad in [*(_schrijf(map_, f"tabel-{n}.toml", t) for n, t in CODETABELLEN.items()), geen_utf8]:
        yield [*MET_BRON, "--codetabel", pad]
    for naam, tekst in TOETSBESTANDEN.items():
        yield ["toets", _schrijf(map_, f"toets-{naam}.yaml", tekst)]
    yield ["toets", _schrijf(map_, "toets-kapot.json", "[kapot")]
    records = [
        [{"geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}}],  # no key
        [{"sleutel": "a", "geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}}] * 2,
        [{"sleutel": "a", "geboortedatum": "2012-01-01"}],
    ]
    for i, lijst in enumerate(records):
        yield ["valideer", MELDINGEN, "--records", _schrijf(map_, f"records-{i}.json", json.dumps(lijst))]
    yield from OPTIES


_CODE_AAN_HET_EIND = re.compile(r"\[[a-z0-9_]+(/[a-z0-9_]+)?\]( \(.*\))?$")


def _draai(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _met_taal(args: list[str]) -> bool:
    """Whether the command of ``args`` takes ``--taal`` (``schema`` and ``codetabel`` write no text of
    their own beyond usage errors, which are Dutch)."""
    commando = args[0]
    if commando not in COMMANDOS:
        return True
    sub = parser(commando)._subparsers
    assert sub is not None
    keuzes: Any = sub._group_actions[0].choices
    return any("--taal" in a.option_strings for a in keuzes[commando]._actions)


def _meldingen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[list[str], int, str, str]]:
    """(arguments, exit code, Dutch message, English message) of every command line that writes one."""
    gevonden = []
    for args in commandoregels(tmp_path):
        code, uit, nl = _draai(args, capsys)
        en = ""
        if _met_taal(args):
            code_en, _, en = _draai([*args, "--taal", "en"], capsys)
            assert code == code_en, args
        if code == 1:  # error rows: each with a rule code
            _controleer_foutrijen(uit, args)
        if nl.strip():
            gevonden.append((args, code, nl, en))
    return gevonden


def _json_waarden(uit: str) -> list[Any]:
    try:
        return [json.loads(uit)]
    except ValueError:
        waarden = []
        for regel in uit.splitlines():
            try:
                waarden.append(json.loads(regel))
            except ValueError:  # a table or CSV: no JSON to check
                return []
        return waarden


def _veldfouten(waarde: Any) -> Iterator[Any]:
    if isinstance(waarde, dict):
        if isinstance(waarde.get("fouten"), list) and "rij" in waarde:
            yield from waarde["fouten"]
        for v in waarde.values():
            yield from _veldfouten(v)
    elif isinstance(waarde, list):
        for v in waarde:
            yield from _veldfouten(v)


def _controleer_foutrijen(uit: str, args: list[str]) -> None:
    for waarde in _json_waarden(uit):
        for veldfout in _veldfouten(waarde):
            assert isinstance(veldfout, dict), args
            assert veldfout.get("regel"), args


def test_geen_engels_in_een_nederlandse_melding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meldingen = _meldingen(tmp_path, capsys)
    engelse = [
        (args, nl.strip(), woorden)
        for args, _code, nl, _en in meldingen
        for woorden in [engels(re.sub(r"^verzuimregels: ", "", nl, flags=re.M))]
        if woorden
    ]
    assert engelse == [], "\n".join(f"{' '.join(a)}\n  {m}\n  {w}" for a, m, w in engelse)
    zonder_tekst = [(a, nl) for a, _, nl, _ in meldingen if "voldoet niet aan regel" in nl]
    assert zonder_tekst == []  # every rule reached has a Dutch text of its own (foutteksten.REGELS)
    gebruiksfouten = [m for m in meldingen if m[1] == 2]
    assert len(gebruiksfouten) >= 300  # the sweep reaches the usage errors (so the check above can fail)
    for args, _code, nl, en in gebruiksfouten:
        assert len(nl.strip().splitlines()) == 1, args
        assert _CODE_AAN_HET_EIND.search(nl.strip()), (args, nl)
        if en:
            assert nl != en, args  # the English text exists and differs
            assert engels(en), (args, en)  # ... and the word list knows it as English
        for kanarie in (BSN, NAAM):
            assert kanarie not in nl + en, (args, kanarie)


FOUTRIJEN: list[object] = [v for k, v in CASUS_FOUTEN.items() if k != "lijst"]
"""Rows of ``beoordeel`` that become error rows (exit 1), one per kind of rule."""


def _foutrijtekst(tmp_path: Path, capsys: pytest.CaptureFixture[str], taal: str) -> str:
    pad = tmp_path / "foutrijen.json"
    pad.write_text(json.dumps(FOUTRIJEN), encoding="utf-8")
    code, uit, _ = _draai(["beoordeel", str(pad), "--formaat", "tekst", "--taal", taal], capsys)
    assert code == 1
    return uit


def test_foutrij_in_tekst_is_nederlands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--formaat tekst`` writes an error row's problems in the chosen language (issue 17), not the
    English ``melding`` of its JSON inside Dutch text."""
    nl = _foutrijtekst(tmp_path, capsys, "nl")
    en = _foutrijtekst(tmp_path, capsys, "en")
    assert nl.count("[") >= len(FOUTRIJEN)  # every row's rule code is shown
    assert engels(nl) == [], nl
    assert engels(en), en  # the English text exists, so the check above can fail
    for kanarie in (BSN, NAAM):
        assert kanarie not in nl + en


@pytest.mark.parametrize("formaat", ["tabel", "csv", "html"])
def test_foutrij_in_werklijst_volgt_taal(capsys: pytest.CaptureFixture[str], formaat: str) -> None:
    """The worklist's table, CSV and HTML write the errors of pupils that could not be analysed in the
    command's ``--taal`` (issue 17), not the English ``melding`` under Dutch headings."""
    args = ["werklijst", str(VB / "leerlingen_met_fouten.jsonl"), "--peildatum", "2026-04-30"]
    teksten = {}
    for taal in ("nl", "en"):
        code, uit, _ = _draai([*args, "--formaat", formaat, "--taal", taal], capsys)
        assert code == 1
        fouten = [
            r
            for r in uit.splitlines()
            if "FOUT rij" in r or "ERROR row" in r or ",fout," in r or "<li>rij" in r or "<li>row" in r
        ]
        assert fouten, uit
        teksten[taal] = "\n".join(fouten)
    nl = re.sub(r"<[^>]*>|\[[a-z_]+\]|\b[a-z]+(?:_[a-z]+)+\b", " ", teksten["nl"])  # no rule codes
    assert engels(nl) == [], teksten["nl"]
    assert engels(teksten["en"]), teksten["en"]  # the English text exists, so the check above can fail
