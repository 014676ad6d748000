"""``verzuimregels valideer``: formats in and out, exit codes, hostile files, never a traceback."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import main
from verzuimregels.cli.invoer import MAX_DIEPTE, MAX_REGEL
from verzuimregels.cli.valideer import CSV_KOP, neutraliseer
from verzuimregels.melding import MELDINGVELDEN

from .test_melding_bevindingen import GOED, met

VOORBEELDEN = Path(__file__).parents[1] / "examples"


def csv_tekst(*rijen: dict[str, Any], scheiding: str = ",") -> str:
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=MELDINGVELDEN, delimiter=scheiding, lineterminator="\n")
    schrijver.writeheader()
    schrijver.writerows(rijen)
    return uit.getvalue()


def bestand(tmp_path: Path, inhoud: str | bytes, naam: str = "meldingen") -> str:
    pad = tmp_path / naam
    pad.write_bytes(inhoud.encode() if isinstance(inhoud, str) else inhoud)
    return str(pad)


def draai(capsys: pytest.CaptureFixture[str], *argumenten: str) -> tuple[int, str, str]:
    code = main(["valideer", *argumenten])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_voorbeeldbestand(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, str(VOORBEELDEN / "meldingen.csv"), "--peildatum", "2026-03-05")
    rapport = json.loads(uit)
    assert code == 1
    assert [r["status"] for r in rapport["rijen"]] == ["goed", "goed", "waarschuwing", "fout"]
    assert rapport["samenvatting"]["rijen"] == 4


@pytest.mark.parametrize("scheiding", [",", ";", "\t"])
def test_csv_schoon_geeft_0(tmp_path: Path, capsys: pytest.CaptureFixture[str], scheiding: str) -> None:
    pad = bestand(tmp_path, csv_tekst(GOED, met(sleutel="r2", verzuimsoort="L"), scheiding=scheiding))
    code, uit, _ = draai(capsys, pad)
    rapport = json.loads(uit)
    assert code == 0
    assert [(r["rij"], r["regel"], r["sleutel"]) for r in rapport["rijen"]] == [(1, 2, "r1"), (2, 3, "r2")]
    assert rapport["samenvatting"]["goed"] == 2


def test_waarschuwingen_geven_0_fouten_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    waarschuwing = bestand(tmp_path, csv_tekst(met(vermoedelijke_reden="ziek")))
    assert draai(capsys, waarschuwing)[0] == 0
    fout = bestand(tmp_path, csv_tekst(met(bsn="1")), "fout.csv")
    assert draai(capsys, fout)[0] == 1


@pytest.mark.parametrize(
    "inhoud",
    [
        json.dumps([GOED, met(sleutel="r2", verzuimsoort="L")]),
        json.dumps(GOED) + "\n" + json.dumps(met(sleutel="r2", verzuimsoort="L")) + "\n",
    ],
    ids=["array", "jsonl"],
)
def test_json_en_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: str) -> None:
    code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    assert code == 0
    assert [r["sleutel"] for r in json.loads(uit)["rijen"]] == ["r1", "r2"]


def test_een_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, bestand(tmp_path, json.dumps(GOED, indent=2)), "--invoerformaat", "json")
    assert code == 0
    assert len(json.loads(uit)["rijen"]) == 1


def test_jsonl_met_kapotte_regels_geeft_foutrijen_op_hun_plaats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inhoud = b"\n".join(
        [json.dumps(GOED).encode(), b"{kapot", b'"tekst"', b'{"bsn": "\xff"}', b"[" * 100 + b"]" * 100]
    )
    code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    rijen = json.loads(uit)["rijen"]
    assert code == 1
    assert [r["status"] for r in rijen] == ["goed", "fout", "fout", "fout", "fout"]
    assert {b["code"] for r in rijen[1:] for b in r["bevindingen"]} == {"rij_onleesbaar"}


def test_tabel_en_csv_rapport(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = bestand(tmp_path, csv_tekst(GOED, met(sleutel="r2", bsn="1", vermoedelijke_reden="ziek")))
    code, tabel, _ = draai(capsys, pad, "--formaat", "tabel", "--taal", "en")
    assert code == 1
    assert "bsn_ongeldig" in tabel
    assert "2 rows: 1 clean, 0 with warnings, 1 with errors" in tabel
    code, uit, _ = draai(capsys, pad, "--formaat", "csv")
    regels = list(csv.DictReader(io.StringIO(uit)))
    assert [r["code"] for r in regels] == ["", "bsn_ongeldig", "reden_noemt_ziekte"]
    assert regels[0]["status"] == "goed"
    code, tabel, _ = draai(capsys, pad, "--formaat", "tabel")
    assert "2 rijen: 1 goed, 0 met waarschuwing, 1 met fout" in tabel


# --- Hostile files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("inhoud", [b"", b"  \n\n", b"\xef\xbb\xbf"])
def test_leeg_bestand_is_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: bytes
) -> None:
    code, _uit, fout = draai(capsys, bestand(tmp_path, inhoud))
    assert code == 2
    assert "de invoer is leeg: verwacht als eerste regel de kolomnamen" in fout
    assert fout.rstrip().endswith("[onleesbaar/csv_leeg]")
    assert "Traceback" not in fout


def test_alleen_een_kopregel_geeft_een_leeg_rapport(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, uit, _ = draai(capsys, bestand(tmp_path, CSV_KOP + "\n"))
    assert code == 0
    rapport = json.loads(uit)
    assert rapport["rijen"] == []
    assert rapport["samenvatting"]["rijen"] == 0


@pytest.mark.parametrize("inhoud", [b"[]", b"[ \n ]  \n"])
def test_lege_json_array(tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: bytes) -> None:
    code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    assert (code, json.loads(uit)["rijen"]) == (0, [])


@pytest.mark.parametrize("teken", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_injectie_wordt_geneutraliseerd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], teken: str
) -> None:
    sleutel = f'{teken}HYPERLINK("https://example.org","klik")'
    pad = bestand(tmp_path, csv_tekst(met(sleutel=sleutel, bsn="1")))
    _, uit, _ = draai(capsys, pad, "--formaat", "csv")
    cellen = [c for regel in csv.reader(io.StringIO(uit)) for c in regel]
    assert not [c for c in cellen if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert neutraliseer(sleutel.strip()) in cellen  # texts are stripped of surrounding whitespace
    _, tabel, _ = draai(capsys, pad, "--formaat", "tabel")
    for regel in tabel.splitlines()[1:]:
        for cel in regel.split():
            assert not cel.startswith(("=", "+", "-", "@"))


def test_neutraliseer() -> None:
    assert neutraliseer("=1+1") == "'=1+1"
    assert neutraliseer("r1") == "r1"
    assert neutraliseer("") == ""


def test_regeleinden_en_escapes_in_de_sleutel_breken_de_tabel_niet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = bestand(tmp_path, json.dumps([met(sleutel="a\nb\x1b[31mc")]))
    _, tabel, _ = draai(capsys, pad, "--formaat", "tabel")
    assert "\x1b" not in tabel
    assert len(tabel.splitlines()) == 4


def test_ongeldige_utf8_in_csv_is_een_foutrij(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inhoud = csv_tekst(GOED, met(sleutel="r2")).encode().replace(b"r2", b"r\xff2")
    code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    rijen = json.loads(uit)["rijen"]
    assert code == 1
    assert [r["status"] for r in rijen] == ["goed", "fout"]
    assert rijen[1]["bevindingen"][0]["code"] == "rij_onleesbaar"
    assert rijen[1]["sleutel"] is None


def test_ongeldige_utf8_in_de_kopregel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, b"bsn,\xffbrin\n1,2\n"))
    assert code == 2
    assert "UTF-8" in fout


def test_ongeldige_utf8_in_een_json_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, b'[{"bsn": "\xff"}]'))
    assert code == 2
    assert "UTF-8" in fout


@pytest.mark.parametrize(
    "inhoud",
    [
        b"[" * 1_000_000,
        b"[" + b"[" * (MAX_DIEPTE + 1) + b"]" * (MAX_DIEPTE + 1) + b"]",
        b'[{"a": ' * 200_000,
    ],
    ids=["diep_open", "net_te_diep", "objecten"],
)
def test_json_nestingbom(tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: bytes) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, inhoud))
    assert code == 2
    assert "[te_diep]" in fout or "[element_te_lang]" in fout


def test_nestingbom_als_object_is_een_foutrij(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, bestand(tmp_path, b'{"a": ' * 100 + b"1" + b"}" * 100))
    assert code == 1
    assert json.loads(uit)["rijen"][0]["bevindingen"][0]["code"] == "rij_onleesbaar"


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"[1, 2", "verwacht ',' of ']' na element 2 [json_scheiding]"),
        (b"[1 2]", "verwacht ',' of ']' na element 1 [json_scheiding]"),
        (b"[{]", "element 1 van de array is kapot of onvolledig [json_element_kapot]"),
        (b"[1] 2", "gegevens na het einde van de array; verwacht één array [json_na_array]"),
        (b"[NaN]", "NaN is geen getal; verwacht een getal zoals 6.5 [json_getal]"),
    ],
)
def test_kapotte_json_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: bytes, melding: str
) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, inhoud))
    assert code == 2
    assert melding in fout


def test_array_met_grote_elementen_over_blokgrenzen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rijen = [
        met(sleutel=str(i), toelichting="x" * 99, bsn="111222333" if i % 2 else "123456782")
        for i in range(400)
    ]
    inhoud = "[" + ",\n".join(json.dumps(r) for r in rijen) + ", 12345678901234567890]"
    _code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    rapport = json.loads(uit)["rijen"]
    assert len(rapport) == 401
    assert rapport[-1]["bevindingen"][0]["code"] == "rij_onleesbaar"


def test_te_lange_regel_in_csv_en_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lang = "x" * (MAX_REGEL + 10)
    pad = bestand(tmp_path, csv_tekst(GOED, met(toelichting=lang), met(sleutel="r3", bsn="123456782")))
    _, uit, _ = draai(capsys, pad)
    rijen = json.loads(uit)["rijen"]
    assert [r["status"] for r in rijen] == ["goed", "fout", "goed"]
    assert rijen[1]["bevindingen"][0]["code"] == "rij_onleesbaar"
    jsonl = "\n".join([json.dumps(GOED), json.dumps(met(toelichting=lang)), json.dumps(GOED)])
    _code, uit, _ = draai(capsys, bestand(tmp_path, jsonl, "b.jsonl"))
    assert [r["status"] for r in json.loads(uit)["rijen"]] == ["goed", "fout", "fout"]


def test_te_lange_kopregel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, "a" * (MAX_REGEL + 10) + "\n1\n"))
    assert code == 2
    assert f"de kopregel is langer dan {MAX_REGEL} tekens" in fout
    assert fout.rstrip().endswith("[onleesbaar/kop_te_lang]")


def test_csv_met_te_veel_cellen_en_kapotte_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inhoud = 'sleutel,bsn\nr1,1,extra\nr2,"1"x"\n'
    code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    rijen = json.loads(uit)["rijen"]
    assert code == 1
    assert rijen[0]["bevindingen"][0]["code"] == "rij_onleesbaar"
    assert len(rijen) == 2


def test_csv_veld_groter_dan_de_csv_limiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A quoted cell spanning many lines, each below MAX_REGEL, larger than csv.field_size_limit().
    cel = '"' + "\n".join(["y" * 1000] * 200) + '"'
    inhoud = f"sleutel,toelichting\nr1,{cel}\nr2,kort\n"
    _code, uit, _ = draai(capsys, bestand(tmp_path, inhoud))
    rijen = json.loads(uit)["rijen"]
    assert rijen[0]["bevindingen"][0]["code"] == "rij_onleesbaar"
    assert rijen[-1]["sleutel"] == "r2"


@pytest.mark.parametrize(
    ("kop", "verwacht"),
    [
        ("sleutel,achternaam\n", "kolom(men) 2 van de kopregel zijn geen bekende kolommen"),
        ("sleutel,123456782\n", "[onleesbaar/kop_onbekende_kolommen]"),
        ("a,,b\n", "de kopregel heeft een lege kolomnaam"),
        ("a,A\n", "de kopregel noemt een kolom twee keer: verwacht elke kolomnaam één keer"),
    ],
)
def test_onbekende_of_foute_kolommen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kop: str, verwacht: str
) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, kop + "1,2\n"))
    assert code == 2
    assert verwacht in fout
    assert "123456782" not in fout
    assert "achternaam" not in fout  # a file without a header row must not echo its first row


def test_onbekende_json_sleutel_die_een_bsn_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, uit, _ = draai(capsys, bestand(tmp_path, json.dumps([GOED | {"123456782": "x"}])))
    assert "123456782" not in uit
    assert "#" in json.loads(uit)["rijen"][0]["bevindingen"][0]["velden"][0]


def test_bestand_bestaat_niet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = draai(capsys, str(tmp_path / "bestaat-niet.csv"))
    assert code == 2
    assert "bestaat-niet.csv niet lezen (bestaat niet): verwacht een bestand dat bestaat" in fout
    assert fout.rstrip().endswith("[bestand_onleesbaar]")


def test_eerdere_meldingen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eerdere = bestand(tmp_path, json.dumps([met(einddatum="2026-02-27")]), "eerdere.json")
    pad = bestand(tmp_path, csv_tekst(GOED))
    code, uit, _ = draai(capsys, pad, "--eerdere", eerdere)
    assert code == 1
    assert json.loads(uit)["rijen"][0]["bevindingen"][0]["code"] == "vervolgmelding_binnen_7_dagen"
    kapot = bestand(tmp_path, "{kapot\n{kapot\n", "kapot.jsonl")
    assert draai(capsys, pad, "--eerdere", kapot)[0] == 2
    ongeldig = bestand(tmp_path, json.dumps([{"bsn": 1}]), "ongeldig.json")
    code, _, fout = draai(capsys, pad, "--eerdere", ongeldig)
    assert code == 2
    assert "--eerdere" in fout


def test_help_documenteert_de_kopregel(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["valideer", "--help"])
    hulp = capsys.readouterr().out
    assert "vermoedelijke_reden" in hulp
    assert "exit codes" in hulp


def test_invoerformaat_csv_dwingen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, uit, _ = draai(capsys, bestand(tmp_path, "sleutel\n{x}\n"), "--invoerformaat", "csv")
    assert json.loads(uit)["rijen"][0]["sleutel"] == "{x}"


def test_schema_van_melding_en_rijrapport(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "melding"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert list(schema["properties"]) == list(MELDINGVELDEN)
    assert schema["additionalProperties"] is False
    assert main(["schema", "rijrapport"]) == 0
    assert "bevindingen" in json.loads(capsys.readouterr().out)["properties"]


@pytest.mark.parametrize("in_geheugen", [2, 1_000])
def test_zeven_dagen_controle_ook_na_de_schijfgrens(
    in_geheugen: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded memory (issue 11): the command keeps the 16-uur einddata of the 7-day check in a
    temporary SQLite file past EINDDATA_IN_GEHEUGEN entries; the report is the same as in memory, with
    the earlier melding named, for earlier rows and --eerdere, and nothing is left on disk."""
    import verzuimregels.cli.opslag as opslag

    from .test_schoolsystemen import tijdelijke_mappen

    def rij(n: int, bsn: str, eind: str) -> dict[str, Any]:
        begin = f"2026-03-{int(eind[-2:]) - 2:02d}"
        return met(sleutel=f"r{n}", bsn=bsn, begindatum=begin, einddatum=eind)

    data = [("111222333", "2026-03-04"), ("123456782", "2026-03-05"), ("111222333", "2026-03-18")]
    data += [("123456782", "2026-03-10"), ("111222333", "2026-03-09"), ("111222333", "2026-03-23")]
    data += [("123456782", "2026-03-10"), ("111222333", "2026-03-12")]
    pad = bestand(tmp_path, csv_tekst(*(rij(n, b, e) for n, (b, e) in enumerate(data, start=1))))
    eerdere = bestand(tmp_path, json.dumps([met(begindatum="2026-03-24", einddatum="2026-03-26")]), "e.json")
    args = (pad, "--eerdere", eerdere, "--peildatum", "2026-04-30")
    _, verwacht, _ = draai(capsys, *args)
    monkeypatch.setattr(opslag, "EINDDATA_IN_GEHEUGEN", in_geheugen)
    mappen = tijdelijke_mappen(monkeypatch)
    code, uit, _ = draai(capsys, *args)
    assert code == 1
    assert uit == verwacht
    codes = [[b["code"] for b in r["bevindingen"]] for r in json.loads(uit)["rijen"]]
    vervolg = [n for n, c in enumerate(codes, start=1) if "vervolgmelding_binnen_7_dagen" in c]
    assert vervolg == [4, 5, 6, 7, 8]  # r6: 3 days before the earlier melding of --eerdere
    assert bool(mappen) == (in_geheugen < len(data))
    assert not any(Path(m).exists() for m in mappen)
