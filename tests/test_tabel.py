"""The one tabular reader: Dutch formats, encodings, separators, line endings; nothing echoed or lost."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels.cli import main
from verzuimregels.fouten import Leesfout
from verzuimregels.tabel import (
    MAX_REGEL,
    Celfout,
    lees_datum,
    lees_decimaal,
    lees_janee,
    lees_tabel,
    lees_tijd,
    typeer,
)

KOP = ["leerling", "geboortedatum", "startkwalificatie", "datum", "reden", "uren", "van", "tot"]
RIJEN: list[list[Any]] = [
    # A 16-uur pupil (whole days), a pupil with hours and a late arrival, one with a startkwalificatie.
    *[["Zoë-1", date(2011, 5, 3), False, date(2026, 3, d), "ongeoorloofd", None, None, None] for d in (2, 3)],
    ["Zoë-1", date(2011, 5, 3), False, date(2026, 3, 4), "ongeoorloofd", None, None, None],
    ["Zoë-1", date(2011, 5, 3), False, date(2026, 3, 5), "ongeoorloofd", Decimal("1.5"), None, None],
    ["Ömer-2", date(2012, 10, 1), False, date(2026, 3, 9), "ongeoorloofd", Decimal("2.5"), None, None],
    ["Ömer-2", date(2012, 10, 1), False, date(2026, 3, 10), "te_laat", None, time(8, 30), time(10, 30)],
    ["Ömer-2", date(2012, 10, 1), False, date(2026, 3, 11), "ongeoorloofd", None, None, None],
    ["Ömer-2", date(2012, 10, 1), False, date(2026, 3, 12), "ongeoorloofd", None, None, None],
    ["Jan-3", date(2007, 1, 15), True, date(2026, 3, 2), "ongeoorloofd", None, None, None],
]


def _schoon(waarde: object) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, time):
        return waarde.strftime("%H:%M")
    return str(waarde)


def _excel(waarde: object) -> str:
    """As Excel in a Dutch locale writes it: d-m-jjjj (birth dates dd-mm-jjjj), J/N, a decimal comma, H:MM."""
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "J" if waarde else "N"
    if isinstance(waarde, date) and waarde.year < 2020:
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, date):
        return f"{waarde.day}-{waarde.month}-{waarde.year}"
    if isinstance(waarde, Decimal):
        return str(waarde).replace(".", ",")
    if isinstance(waarde, time):
        return f"{waarde.hour}:{waarde.minute:02d}"
    return str(waarde)


def _csv(rijen: list[list[str]], scheiding: str, einde: str) -> str:
    uit = io.StringIO()
    csv.writer(uit, delimiter=scheiding, lineterminator=einde).writerows(rijen)
    return uit.getvalue()


def _analyseer(pad: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    code = main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--onderwijssoort", "vo", *extra])
    uit = capsys.readouterr()
    assert code == 0, uit.err + uit.out
    resultaat: list[dict[str, Any]] = json.loads(uit.out)
    return resultaat


def test_schone_csv_en_nederlandse_excel_export_geven_dezelfde_meldingen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schoon = tmp_path / "schoon.csv"
    schoon.write_text(_csv([KOP, *[[_schoon(c) for c in r] for r in RIJEN]], ",", "\n"), encoding="utf-8")
    excel = tmp_path / "excel.csv"
    tekst = _csv([KOP, *[[_excel(c) for c in r] for r in RIJEN]], ";", "\r\n")
    excel.write_bytes(tekst.encode("cp1252"))
    assert b";" in excel.read_bytes()
    assert b"\r\n" in excel.read_bytes()
    assert "Zoë".encode("cp1252") in excel.read_bytes()
    assert b";03-05-2011;" in excel.read_bytes()  # dd-mm-jjjj
    assert b";2-3-2026;" in excel.read_bytes()  # d-m-jjjj
    verwacht = _analyseer(schoon, capsys)
    assert _analyseer(excel, capsys, "--encoding", "cp1252") == verwacht
    assert [r["sleutel"] for r in verwacht] == ["Zoë-1", "Ömer-2", "Jan-3"]
    soorten = [[m["verzuimsoort"] for m in r["meldingen"]] for r in verwacht]
    assert soorten[0] == ["zestien_uur", "overig_verzuim"]  # 18 hours by 4 March; 5 March after it
    assert soorten[1] == ["zestien_uur"]  # 2.5 + 2 late (it counts) + 12: 16.5 lesuren
    assert soorten[2] == []  # J: a startkwalificatie, nothing is due


def test_cp1252_zonder_optie_zegt_welke_optie_het_leest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "excel.csv"
    pad.write_bytes(_csv([KOP, *[[_excel(c) for c in r] for r in RIJEN]], ";", "\r\n").encode("cp1252"))
    assert main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--onderwijssoort", "vo"]) == 1
    uit = json.loads(capsys.readouterr().out)
    fout = uit[0]["fout"]["fouten"][0]
    assert fout["regel"] == "geen_utf8"
    assert "--encoding cp1252" in fout["melding"]
    assert "Zo" not in json.dumps(uit)


def tabel(inhoud: bytes, **opties: object) -> list[object]:
    t = lees_tabel(io.BytesIO(inhoud), **opties)  # type: ignore[arg-type]
    return [r.cellen if r.fout is None else r.fout.fouten[0].regel for r in t.rijen]


@pytest.mark.parametrize("einde", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("scheiding", [",", ";", "\t"])
def test_scheidingstekens_en_regeleinden(scheiding: str, einde: str) -> None:
    inhoud = _csv([["a", "b"], ["1", "x y"], ["2", "z"]], scheiding, einde).encode()
    assert tabel(inhoud) == [{"a": "1", "b": "x y"}, {"a": "2", "b": "z"}]


def test_alleen_cr_met_een_regeleinde_in_een_cel() -> None:
    inhoud = b'a,b\r1,"twee\rregels"\r2,z\r'
    t = lees_tabel(io.BytesIO(inhoud))
    rijen = list(t.rijen)
    assert [r.cellen for r in rijen] == [{"a": "1", "b": "twee\rregels"}, {"a": "2", "b": "z"}]
    assert [r.regel for r in rijen] == [2, 4]


def test_scheidingsteken_opgegeven() -> None:
    assert tabel(b"a;b,c\n1;2,3\n", scheidingsteken=";") == [{"a": "1", "b,c": "2,3"}]
    with pytest.raises(Leesfout, match="separator"):
        lees_tabel(io.BytesIO(b"a\n"), scheidingsteken="|")
    with pytest.raises(Leesfout, match="encoding"):
        lees_tabel(io.BytesIO(b"a\n"), codering="latin-1")


def test_bom_en_kapotte_bom() -> None:
    assert tabel(b"\xef\xbb\xbfa,b\n1,2\n") == [{"a": "1", "b": "2"}]
    for kapot in (b"\xef\xbba,b\n", b"\xefa,b\n", "\ufeff\ufeffa,b\n".encode(), "ï»¿a,b\n".encode()):
        with pytest.raises(Leesfout, match="byte-order mark"):
            lees_tabel(io.BytesIO(kapot))
    with pytest.raises(Leesfout, match="UTF-16"):
        lees_tabel(io.BytesIO("a,b\n".encode("utf-16")))
    with pytest.raises(Leesfout, match="leave out --encoding"):
        lees_tabel(io.BytesIO(b"\xef\xbb\xbfa\n"), codering="cp1252")


def test_cellen_voorbij_de_kop_kapotte_quotes_en_de_veldlimiet() -> None:
    groot = '"' + "\n".join(["y" * 1000] * 200) + '"'
    inhoud = f'a,b\n1,2,3\n2,"x"y"\n3,{groot}\n4,ok\n'.encode()
    assert tabel(inhoud) == ["te_veel_kolommen", "csv_onleesbaar", "csv_onleesbaar", {"a": "4", "b": "ok"}]


def test_te_lange_regel_is_een_foutrij_en_de_lezer_gaat_door() -> None:
    inhoud = b"a,b\n" + b"x" * (MAX_REGEL + 5) + b"\n2,z\n"
    assert tabel(inhoud) == ["regel_te_lang", {"a": "2", "b": "z"}]
    with pytest.raises(Leesfout, match="header line is longer"):
        lees_tabel(io.BytesIO(b"a" * (MAX_REGEL + 5) + b"\n"))


def test_ongeldige_bytes_per_codering() -> None:
    assert tabel(b"a\n\xe9\n") == ["geen_utf8"]
    assert tabel(b"a\n\xe9\n", codering="cp1252") == [{"a": "é"}]
    assert tabel(b"a\n\x81\n", codering="cp1252") == ["geen_cp1252"]
    with pytest.raises(Leesfout, match="not Windows-1252"):
        lees_tabel(io.BytesIO(b"a\x81\n"), codering="cp1252")


def test_kop_zonder_kopregel_noemt_kolommen_bij_positie() -> None:
    with pytest.raises(Leesfout) as fout:
        lees_tabel(io.BytesIO(b"Jansen,123456782\n"), kolommen=("leerling", "geboortedatum"))
    assert "column(s) 1, 2" in str(fout.value)
    assert "Jansen" not in str(fout.value)
    assert "123456782" not in str(fout.value)


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"a,,b\n", "empty column"),
        (b"a,A\n", "twice"),
        (b'a,"b\n', "not valid CSV"),
    ],
)
def test_kopfouten(inhoud: bytes, melding: str) -> None:
    with pytest.raises(Leesfout, match=melding):
        lees_tabel(io.BytesIO(inhoud))


def test_verplichte_kolom() -> None:
    with pytest.raises(Leesfout, match="lacks the column"):
        lees_tabel(io.BytesIO(b"a\n"), verplicht=("leerling",))


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [("2026-03-02", date(2026, 3, 2)), ("02-03-2026", date(2026, 3, 2)), ("2-3-2026", date(2026, 3, 2))],
)
def test_datums(tekst: str, verwacht: date) -> None:
    assert lees_datum(tekst) == verwacht


@pytest.mark.parametrize("tekst", ["2026-3-2", "02/03/2026", "2-3-26", "2026-03-02T00:00", "", "gisteren"])
def test_geen_datum(tekst: str) -> None:
    with pytest.raises(Celfout) as fout:
        lees_datum(tekst)
    assert fout.value.regel == "datum_formaat"


def test_datum_die_niet_bestaat() -> None:
    with pytest.raises(Celfout) as fout:
        lees_datum("31-02-2026")
    assert fout.value.regel == "datum_bestaat_niet"


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [(t, True) for t in ("ja", "J", "TRUE", "Waar", "1")]
    + [(t, False) for t in ("nee", "n", "False", "ONWAAR", "0")],
)
def test_janee(tekst: str, verwacht: bool) -> None:
    assert lees_janee(tekst) is verwacht


@pytest.mark.parametrize("tekst", ["yes", "x", "", "2", "ja!"])
def test_geen_janee_is_een_fout_nooit_een_standaard(tekst: str) -> None:
    with pytest.raises(Celfout):
        lees_janee(tekst)


def test_decimalen_en_tijden() -> None:
    assert lees_decimaal("1,5") == lees_decimaal("1.5") == Decimal("1.5")
    assert lees_decimaal("2") == 2
    for fout in ("1.234,5", "1,2,3", "", "één"):
        with pytest.raises(Celfout):
            lees_decimaal(fout)
    assert lees_tijd("8:30") == time(8, 30)
    assert lees_tijd("08:30:15") == time(8, 30, 15)
    for fout in ("25:00", "8.30", ""):
        with pytest.raises(Celfout):
            lees_tijd(fout)


def test_typeer_noemt_kolom_en_regel_nooit_de_waarde() -> None:
    cellen = {"a": "2026/03/31", "b": "vrij", "c": "tekst"}
    waarden, fouten = typeer(cellen, {"a": lees_datum, "b": lees_janee}, 7)
    assert waarden == {"c": "tekst"}
    assert [(f.veld, f.regel) for f in fouten] == [("a", "datum_formaat"), ("b", "janee_formaat")]
    assert fouten[0].melding.startswith("line 7: column a expects")
    assert "2026" not in fouten[0].melding
    assert "vrij" not in fouten[1].melding


def test_analyseer_csv_onbekende_janee_is_een_foutrij(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "x.csv"
    pad.write_text("leerling,geboortedatum,startkwalificatie\nA,2010-01-01,misschien\nB,01-01-2010,J\n")
    assert main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--onderwijssoort", "vo"]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert uit[0]["fout"]["fouten"][0]["veld"] == "startkwalificatie"
    assert uit[0]["fout"]["fouten"][0]["melding"] == (
        "line 2: column startkwalificatie expects ja/nee, j/n, true/false, waar/onwaar or 1/0"
    )
    assert uit[1]["sleutel"] == "B"


def test_analyseer_csv_leerling_die_terugkomt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "x.csv"
    pad.write_text(
        "leerling,geboortedatum,datum,reden\n"
        "A,2010-01-01,2026-03-02,ziek\nB,2010-01-01,2026-03-02,ziek\nA,2010-01-01,2026-03-03,ziek\n"
    )
    assert main(["analyseer", str(pad), "--peildatum", "2026-03-31", "--onderwijssoort", "vo"]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert [r.get("sleutel") or r["fout"]["sleutel"] for r in uit] == ["A", "B", "A"]
    fout = uit[2]["fout"]["fouten"][0]
    assert fout["regel"] == "leerling_niet_aaneengesloten"
    assert "output row 1" in fout["melding"]


def test_valideer_leest_nederlandse_datums_en_cp1252(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rij = {
        "sleutel": "r1",
        "bsn": "123456782",
        "brin": "05KO",
        "vestiging": "01",
        "woongemeente": "0363",
        "verzuimsoort": "luxe_verzuim",
        "begindatum": "26-2-2026",
        "einddatum": "27-02-2026",
        "vermoedelijke_reden": "Op vakantie zonder verlof",
        "contactpersoon_naam": "A. de Vriës",
        "contactpersoon_email": "a@school.example.nl",
    }
    pad = tmp_path / "m.csv"
    pad.write_bytes(_csv([list(rij), list(rij.values())], ";", "\r\n").encode("cp1252"))
    assert main(["valideer", str(pad), "--encoding", "cp1252"]) == 0
    rapport = json.loads(capsys.readouterr().out)
    assert rapport["rijen"][0]["status"] == "goed"


_BOUWSTENEN = [
    b",",
    b";",
    b"\t",
    b'"',
    b"\r",
    b"\n",
    b"\r\n",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xe9",
    b"a",
    b"1",
    b" ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_BOUWSTENEN), st.binary(max_size=5)), max_size=40),
    st.sampled_from(["utf-8", "cp1252"]),
)
def test_willekeurige_bytes_geven_alleen_leesfouten_of_rijen(delen: list[bytes], codering: str) -> None:
    """Whatever the bytes: a Leesfout for the file, or rows that each are cells or an error; no traceback."""
    try:
        t = lees_tabel(io.BytesIO(b"".join(delen)), codering=codering)
    except Leesfout:
        return
    for rij in t.rijen:
        assert (rij.cellen is None) == (rij.fout is not None)
        if rij.cellen is not None:
            assert set(rij.cellen) <= set(t.kolommen)


def test_regressie_celfout_is_een_fout_van_de_bibliotheek() -> None:
    """``Celfout`` was a bare ``ValueError``: ``tabel.lees_*`` raised an error outside the library's
    family (issue 11). It is an ``Invoerfout`` now, with the rule and the form, and still a
    ``ValueError`` for callers who caught that."""
    from verzuimregels.fouten import Invoerfout, VerzuimregelsFout

    with pytest.raises(Celfout) as fout:
        lees_datum("31-02-2026")
    assert isinstance(fout.value, Invoerfout | VerzuimregelsFout | ValueError)
    assert [(f.veld, f.regel) for f in fout.value.fouten] == [("", "datum_bestaat_niet")]
    assert fout.value.verwacht == "a date that exists"
    assert "31-02-2026" not in str(fout.value)


@pytest.mark.parametrize("lees", [lees_datum, lees_janee, lees_decimaal, lees_tijd])
@pytest.mark.parametrize("waarde", [None, 5, 1.5, ["2026-03-02"], {"a": 1}, b"ja", True])
def test_regressie_lees_met_iets_anders_dan_tekst_is_een_celfout(lees: Any, waarde: object) -> None:
    """A converter given something other than text (a JSON number, a list) raised AttributeError."""
    with pytest.raises(Celfout):
        lees(waarde)


@pytest.mark.parametrize("tekst", ["²", "1" * 5000, "-3", "1.5", "", "12 3"])
def test_regressie_lees_geheel_met_een_getal_dat_int_weigert(tekst: str) -> None:
    """The pupils file's whole numbers took ``str.isdigit`` (true for ``²``) and ``int`` (which refuses
    over 4,300 digits): a ValueError out of ``lees_leerlingen``; now a Celfout, and a pupil's error."""
    from verzuimregels.schoolsystemen.leerlingen import lees_geheel, lees_leerlingen

    with pytest.raises(Celfout):
        lees_geheel(tekst)
    if not tekst:
        return  # an empty cell is no cell
    regel = f"leerling,geboortedatum,lesuur_minuten\n7,2012-01-01,{tekst}\n"
    fout = lees_leerlingen(io.BytesIO(regel.encode())).zoek("7")
    assert not isinstance(fout, dict)
    assert fout is not None
    assert [f.regel for f in fout.fouten] == ["geheel_formaat"]
