"""Adapters for school-system exports: each example gives the meldingen expected by hand, and each
documented error (unknown code, pupil missing from the pupils file, malformed date-time, unreadable
file) comes back as documented."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels.cli import main
from verzuimregels.fouten import Foutrij, Invoerfout, Leesfout
from verzuimregels.registratie import Analyse, Reden
from verzuimregels.schoolsystemen import (
    SYSTEMEN,
    Verslag,
    analyseer_export,
    laad_codetabel,
    lees_codetabel,
    lees_export,
    lees_leerlingen,
    standaardtabel,
    standaardtabel_tekst,
)
from verzuimregels.schoolsystemen.bron import lees_datumtijd, periode_records
from verzuimregels.teksten import Taal

MAP = Path(__file__).parents[1] / "examples" / "schoolsystemen"
EXPORTS = {
    "somtoday": "somtoday-absentiemeldingen.json",
    "magister": "magister-absenties.json",
    "eduarte": "eduarte-absenties.csv",
    "edfi": "edfi-aanwezigheid.jsonl",
}
CODERING = {"eduarte": "cp1252"}
PEILDATUM = date(2026, 3, 31)

VERWACHT = {
    # 1001: whole days on 2 and 3 March (2 x 7 lesuren) and lesuren 1-2 on 4 March: 16 by 4 March.
    "1001": [("zestien_uur", "2026-03-02", "2026-03-04", "16")],
    # 1002: on holiday without verlof on the two days after the voorjaarsvakantie (regio midden).
    "1002": [("luxe_verzuim", "2026-02-23", "2026-02-24", "14")],
    # 1003: late in lesuur 1 on 9..13 March (5), a whole day on 16 March (7), lesuren 1-4 on 17 March:
    # 16 only because the late arrivals count (without them 11).
    "1003": [("zestien_uur", "2026-03-09", "2026-03-17", "16")],
    # 1004: ill one day (excused) and a code that is no absence (skipped): nothing is due.
    "1004": [],
}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _args(systeem: str, export: Path | str, *extra: str) -> list[str]:
    args = ["analyseer", str(export), "--bron", systeem, "--leerlingen", str(MAP / "leerlingen.csv")]
    args += ["--codetabel", str(MAP / f"{systeem}-codetabel.toml"), "--peildatum", PEILDATUM.isoformat()]
    if systeem in CODERING:
        args += ["--encoding", CODERING[systeem]]
    return args + list(extra)


def _meldingen(resultaat: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [
        (m["verzuimsoort"], m["begindatum"], m["einddatum"], str(m["uren"]).removesuffix(".0"))
        for m in resultaat["meldingen"]
    ]


@pytest.mark.parametrize("systeem", SYSTEMEN)
def test_voorbeeldexport_geeft_de_met_de_hand_verwachte_meldingen(
    systeem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, uit, fout = _cli(capsys, *_args(systeem, MAP / EXPORTS[systeem]))
    assert code == 0, fout + uit
    resultaten = json.loads(uit)
    assert {r["sleutel"]: _meldingen(r) for r in resultaten} == VERWACHT
    assert "records overgeslagen" in fout  # the code that is no absence is reported as skipped
    # Names in the export are read past, never echoed.
    assert "Naam" not in uit + fout
    assert "Achternaam" not in uit + fout


def test_de_late_aankomsten_tellen_mee(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    items = json.loads((MAP / EXPORTS["somtoday"]).read_text())["items"]
    zonder = [i for i in items if i["absentieReden"]["absentieSoort"] != "Telaat"]
    pad = tmp_path / "zonder.json"
    pad.write_text(json.dumps(zonder))
    _, uit, _ = _cli(capsys, *_args("somtoday", pad))
    meldingen = {r["sleutel"]: _meldingen(r) for r in json.loads(uit)}["1003"]
    assert [m[0] for m in meldingen] == ["overig_verzuim"]  # 11 hours: no 16-uur melding without them


def _python(systeem: str, inhoud: bytes, **opties: Any) -> list[Any]:
    with open(MAP / "leerlingen.csv", "rb") as f:
        leerlingen = lees_leerlingen(f)
    tabel = laad_codetabel(MAP / f"{systeem}-codetabel.toml", systeem)
    return list(
        analyseer_export(
            io.BytesIO(inhoud),
            systeem,
            leerlingen,
            PEILDATUM,
            codetabel=tabel,
            codering=CODERING.get(systeem, "utf-8"),
            **opties,
        )
    )


@pytest.mark.parametrize("systeem", SYSTEMEN)
def test_python_api_geeft_hetzelfde(systeem: str) -> None:
    verslag = Verslag()
    resultaten = _python(systeem, (MAP / EXPORTS[systeem]).read_bytes(), verslag=verslag)
    assert all(isinstance(r, Analyse) for r in resultaten)
    assert [r.sleutel for r in resultaten] == list(VERWACHT)
    assert sum(verslag.overgeslagen.values()) == 1


def _json_fout(systeem: str, wijzig: Any) -> tuple[list[Any], str]:
    inhoud = (MAP / EXPORTS[systeem]).read_text()
    if systeem == "somtoday":
        items = json.loads(inhoud)["items"]
    elif systeem == "edfi":
        items = [json.loads(r) for r in inhoud.splitlines()]
    else:
        items = json.loads(inhoud)
    wijzig(items)
    resultaten = _python(systeem, json.dumps(items).encode())
    return resultaten, json.dumps([r.model_dump(mode="json") for r in resultaten])


CODEVELD = {
    "somtoday": lambda i: i[0]["absentieReden"].update(afkorting="QQ", absentieSoort="Onbekend"),
    "magister": lambda i: i[0].update(Code="QQ", Verantwoordingtype=5),
    "edfi": lambda i: i[0].update(attendanceEventCategoryDescriptor="uri://x#Onbekend"),
}
LEERLING = {
    "somtoday": lambda i: i[0]["leerling"].update(leerlingnummer=9999),
    "magister": lambda i: i[0].update(leerling="9999"),
    "edfi": lambda i: i[0]["studentReference"].update(studentUniqueId="9999"),
}
TIJD = {
    "somtoday": lambda i: i[0].update(beginDatumTijd="2026-03-02T07:45:00"),  # no offset
    "magister": lambda i: i[0].update(Start="2-3-2026 07:45"),
    "edfi": lambda i: i[0].update(eventDate="2026-03-02T07:45:00Z"),
}


@pytest.mark.parametrize("systeem", ["somtoday", "magister", "edfi"])
def test_onbekende_code_is_een_foutrij_met_positie(systeem: str) -> None:
    resultaten, _tekst = _json_fout(systeem, CODEVELD[systeem])
    fout = resultaten[0]
    assert fout.sleutel == "1001"
    assert fout.fouten[0].regel == "code_onbekend"
    assert fout.fouten[0].melding.startswith("element 1: the code there (")
    assert "not in the code table" in fout.fouten[0].melding
    assert all(isinstance(r, Analyse) for r in resultaten[1:])


@pytest.mark.parametrize("systeem", ["somtoday", "magister", "edfi"])
def test_leerling_niet_in_het_leerlingenbestand_is_een_foutrij(systeem: str) -> None:
    resultaten, _ = _json_fout(systeem, LEERLING[systeem])
    assert resultaten[0].sleutel == "9999"
    assert resultaten[0].fouten[0].regel == "leerling_onbekend"
    assert [r.sleutel for r in resultaten[1:]] == list(VERWACHT)  # nobody dropped


@pytest.mark.parametrize("systeem", ["somtoday", "magister", "edfi"])
def test_kapotte_datumtijd_is_een_foutrij_die_het_veld_noemt(systeem: str) -> None:
    resultaten, _tekst = _json_fout(systeem, TIJD[systeem])
    fout = resultaten[0].fouten[0]
    assert fout.regel in ("datumtijd_formaat", "datum_formaat")
    assert fout.veld in ("beginDatumTijd", "Start", "eventDate")
    assert "07:45" not in fout.melding


def _eduarte(vervang: tuple[bytes, bytes]) -> list[Any]:
    inhoud = (MAP / EXPORTS["eduarte"]).read_bytes().replace(*vervang)
    return _python("eduarte", inhoud)


def test_eduarte_fouten() -> None:
    onbekend = _eduarte(
        (b"02-03-2026;1001;Deelnemer Naams\xeb;GRP1A;Ongeoorloofd", b"02-03-2026;1001;X;G;Spijbelen")
    )
    assert onbekend[0].fouten[0].regel == "code_onbekend"
    assert onbekend[0].fouten[0].melding == (
        "line 2: the code there (9 characters; not shown, it may be personal data) is not in the code "
        "table; add it to [codes] or [overslaan]"
    )
    ontbreekt = _eduarte((b";1004;", b";4004;"))
    assert ontbreekt[-1].fouten[0].regel == "leerling_onbekend"
    kapot = _eduarte((b"02-03-2026;1001", b"2026/03/02;1001"))
    assert kapot[0].fouten[0].regel == "datum_formaat"
    assert kapot[0].fouten[0].veld == "datumvan"
    namen = json.dumps([r.model_dump(mode="json") for r in kapot])
    assert "Naams" not in namen
    tijd = _eduarte((b";08:30;09:20;", b";8.30u;09:20;"))
    fout = tijd[2].fouten[0]
    assert (fout.veld, fout.regel) == ("tijdvan2", "tijd_formaat")
    assert fout.melding == "line 7: column tijdvan2 expects a time as HH:MM"  # the first late arrival


@pytest.mark.parametrize("systeem", SYSTEMEN)
def test_onleesbaar_bestand(systeem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = _cli(capsys, *_args(systeem, tmp_path / "bestaat-niet"))
    assert code == 2
    assert "niet lezen (bestaat niet)" in fout
    kapot = tmp_path / "kapot"
    kapot.write_bytes(b'[{"a": ' if systeem != "eduarte" else b"")
    code, _, fout = _cli(capsys, *_args(systeem, kapot))
    assert code == 2
    assert fout.startswith("verzuimregels: ")


def test_bron_zonder_leerlingenbestand(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, fout = _cli(
        capsys, "analyseer", str(MAP / EXPORTS["magister"]), "--bron", "magister", "--peildatum", "2026-03-31"
    )
    assert code == 2
    assert "--leerlingen" in fout


def test_leerling_die_terugkomt_na_een_andere(tmp_path: Path) -> None:
    items = json.loads((MAP / EXPORTS["magister"]).read_text())
    items.append(dict(items[0]))  # 1001 again, after 1004
    resultaten = _python("magister", json.dumps(items).encode())
    assert resultaten[-1].fouten[0].regel == "leerling_niet_aaneengesloten"
    assert "output row 1" in resultaten[-1].fouten[0].melding


def test_lesdag_is_de_datum_in_amsterdam() -> None:
    assert lees_datumtijd("2026-03-02T23:30:00Z").date() == date(2026, 3, 3)  # 00:30 CET
    assert lees_datumtijd("2026-07-01T22:30:00.0000000Z").date() == date(2026, 7, 2)  # 00:30 CEST
    assert lees_datumtijd("2026-03-02T23:30:00+01:00").date() == date(2026, 3, 2)
    assert lees_datumtijd("9999-12-31T23:30:00Z").year == 9999  # an open end, not an overflow
    for kapot in ("2026-03-02T08:30:00", "gisteren", 3, "0001-01-01T00:30:00+01:00"):
        with pytest.raises(ValueError):
            lees_datumtijd(kapot)


def test_open_einde_loopt_tot_de_peildatum() -> None:
    begin = lees_datumtijd("2026-03-26T08:30:00+01:00")
    open_eind = lees_datumtijd("9999-12-31T00:00:00+01:00")
    for eind in (None, open_eind):
        dagen = [r["datum"] for r in periode_records(begin, eind, Reden.ZIEK, date(2026, 3, 31))]
        assert dagen == [date(2026, 3, 26), date(2026, 3, 27), date(2026, 3, 30), date(2026, 3, 31)]


def test_standaardtabellen_en_het_commando(capsys: pytest.CaptureFixture[str]) -> None:
    for systeem in SYSTEMEN:
        tabel = standaardtabel(systeem)
        assert tabel.systeem == systeem
        code, uit, _ = _cli(capsys, "codetabel", systeem)
        assert code == 0
        assert uit == standaardtabel_tekst(systeem)
        assert lees_codetabel(uit).codes == tabel.codes
    magister = standaardtabel("magister")
    assert set(magister.overslaan) >= {"7", "8"}  # books and homework forgotten: no absence


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ('systeem = "magister"\n[codes]\n"1" = "spijbelen"\n', "unknown reden"),
        ('systeem = "x"\n', "systeem must be"),
        ('systeem = "magister"\nkleur = 1\n', "unknown key"),
        ('systeem = "magister"\n[codes]\n"7" = "ziek"\n[overslaan]\n"7" = "x"\n', "both"),
        ('systeem = "magister"\n[overslaan]\n"7" = ""\n', "needs a reason"),
        ("systeem = \n", "not valid TOML"),
    ],
)
def test_kapotte_codetabel(tekst: str, melding: str) -> None:
    with pytest.raises(Leesfout, match=melding):
        lees_codetabel(tekst)


def test_codetabel_van_een_ander_systeem(capsys: pytest.CaptureFixture[str]) -> None:
    args = _args("magister", MAP / EXPORTS["magister"])
    args[args.index("--codetabel") + 1] = str(MAP / "somtoday-codetabel.toml")
    code, _, fout = _cli(capsys, *args)
    assert code == 2
    assert "is een codetabel voor somtoday, niet voor magister" in fout
    assert fout.rstrip().endswith("[onleesbaar/codetabel_ander_systeem]")


def test_leerlingenbestand_fouten_en_json(tmp_path: Path) -> None:
    csv = (
        b"leerling;geboortedatum;onderwijssoort\n1001;31-02-2011;vo\n1002;30-09-2012;vo\n1002;30-09-2012;vo\n"
    )
    leerlingen = lees_leerlingen(io.BytesIO(csv))
    fout = leerlingen.zoek("1001")
    assert not isinstance(fout, dict)
    assert fout is not None
    assert fout.fouten[0].regel == "datum_bestaat_niet"
    dubbel = leerlingen.zoek("1002")
    assert not isinstance(dubbel, dict)
    assert dubbel is not None
    assert dubbel.fouten[0].regel == "leerling_dubbel"
    json_bestand = json.dumps(
        {
            "leerlingen": [
                {"leerling": 1001, "geboortedatum": "12-04-2011", "school": {"onderwijssoort": "vo"}}
            ]
        }
    )
    uit = lees_leerlingen(io.BufferedReader(io.BytesIO(json_bestand.encode())))
    assert uit.zoek("1001") == {"geboortedatum": date(2011, 4, 12), "school": {"onderwijssoort": "vo"}}
    rijen = list(lees_export(io.BufferedReader(io.BytesIO(b"[]")), "magister", uit, PEILDATUM))
    assert rijen == []


def test_valideer_tegen_een_export(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["valideer", str(MAP / "meldingen.csv"), "--records", str(MAP / EXPORTS["magister"])]
    args += ["--bron", "magister", "--leerlingen", str(MAP / "leerlingen.csv")]
    args += ["--codetabel", str(MAP / "magister-codetabel.toml"), "--peildatum", "2026-03-31"]
    code, uit, _ = _cli(capsys, *args)
    assert code == 1
    rapport = json.loads(uit)
    assert [r["status"] for r in rapport["rijen"]] == ["waarschuwing", "waarschuwing"]
    assert rapport["leerlingen"][0]["leerling"] == "1003"
    assert rapport["leerlingen"][0]["bevindingen"][0]["code"] == "melding_ontbreekt"
    code, _, fout = _cli(capsys, *args[:-2])
    assert code == 2
    assert "--peildatum" in fout


def test_een_dag_van_acht_tot_vijf_is_de_hele_lesdag() -> None:
    items = json.loads((MAP / EXPORTS["somtoday"]).read_text())["items"]
    items[1].update(beginDatumTijd="2026-03-04T08:00:00+01:00", eindDatumTijd="2026-03-04T17:00:00+01:00")
    del items[1]["beginLesuur"], items[1]["eindLesuur"]
    resultaten = _python("somtoday", json.dumps(items).encode())
    assert isinstance(resultaten[0], Analyse)
    assert resultaten[0].meldingen[0].uren == 21  # three whole lesdagen of 7 lesuren, not 2 + 10.8


def test_export_benchmark_draait(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import export_stroom

    assert export_stroom.main(["--mb", "0.05", "--basis-mb", "0.02"]) == 0
    uit = capsys.readouterr().out
    assert "peak RSS" in uit
    assert "load average" in uit


def test_een_leerling_met_te_veel_rijen_is_een_foutrij(monkeypatch: pytest.MonkeyPatch) -> None:
    from verzuimregels.schoolsystemen import groeperen

    monkeypatch.setattr(groeperen, "MAX_RIJEN", 5)
    resultaten = _python("magister", (MAP / EXPORTS["magister"]).read_bytes())
    assert resultaten[0].fouten[0].regel == "leerling_te_veel_rijen"
    assert "16 rows" in resultaten[0].fouten[0].melding


def test_lange_code_wordt_niet_herhaald() -> None:
    naam = "Jan Jansen woont op de Dorpsstraat 12 en is 123456782"
    resultaten, tekst = _json_fout("magister", lambda i: i[0].update(Code=naam, Verantwoordingtype=5))
    assert resultaten[0].fouten[0].regel == "code_onbekend"
    assert "Jansen" not in tekst
    assert "123456782" not in tekst


def test_onleesbare_rij_in_het_leerlingenbestand_wordt_genoemd() -> None:
    leerlingen = lees_leerlingen(io.BytesIO(b"leerling,geboortedatum\n1001,2011-04-12,x\n;;\n"))
    assert leerlingen.onleesbaar == ["line 2"]
    rijen = list(
        lees_export(io.BytesIO((MAP / EXPORTS["magister"]).read_bytes()), "magister", leerlingen, PEILDATUM)
    )
    assert rijen[0].fout is not None
    assert "line 2" in rijen[0].fout.fouten[0].melding


def test_willekeurige_volgorde_via_een_tijdelijk_bestand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = json.loads((MAP / EXPORTS["magister"]).read_text())
    door_elkaar = items[::2] + items[1::2]  # every pupil's absences split in two
    pad = tmp_path / "door_elkaar.json"
    pad.write_text(json.dumps(door_elkaar))
    code, uit, _ = _cli(capsys, *_args("magister", pad))
    assert code == 1  # grouped by default: the pupils that come back are error rows
    assert "leerling_niet_aaneengesloten" in uit
    code, uit, _ = _cli(capsys, *_args("magister", pad, "--volgorde", "willekeurig"))
    assert code == 0
    assert {r["sleutel"]: _meldingen(r) for r in json.loads(uit)} == VERWACHT


def test_records_csv_in_willekeurige_volgorde(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from verzuimregels.schoolsystemen.groeperen import samengevoegd

    rijen = ["a1", "b1", "x", "a2", "x", "b2"]
    samen = list(samengevoegd(rijen, lambda r: None if r == "x" else r[0]))
    assert samen == ["a1", "a2", "b1", "b2", "x", "x"]  # pupils by first appearance; keyless rows alone
    pad = tmp_path / "r.csv"
    pad.write_text(
        "leerling,geboortedatum,datum,reden\n"
        "A,2010-01-01,2026-03-02,ongeoorloofd\nB,2010-01-01,2026-03-02,ziek\n"
        "A,2010-01-01,2026-03-03,ongeoorloofd\nA,2010-01-01,2026-03-04,ongeoorloofd\n"
    )
    code, uit, _ = _cli(
        capsys,
        "analyseer",
        str(pad),
        "--peildatum",
        "2026-03-31",
        "--onderwijssoort",
        "vo",
        "--volgorde",
        "willekeurig",
    )
    assert code == 0
    resultaten = json.loads(uit)
    assert [r["sleutel"] for r in resultaten] == ["A", "B"]
    assert [m["verzuimsoort"] for m in resultaten[0]["meldingen"]] == ["zestien_uur"]


def test_somtoday_envelop_groter_dan_een_mib_wordt_gestroomd() -> None:
    gegevens = json.loads((MAP / EXPORTS["somtoday"]).read_text())
    gegevens["items"] += [gegevens["items"][-1]] * 5000  # 1004's skipped 'Verwijderd', > 1 MiB in all
    inhoud = b"\xef\xbb\xbf" + json.dumps(gegevens, indent=2).encode()
    assert len(inhoud) > 1 << 20
    verslag = Verslag()
    resultaten = _python("somtoday", inhoud, verslag=verslag)
    assert all(isinstance(r, Analyse) for r in resultaten)
    assert {r.sleutel: [m.verzuimsoort.value for m in r.meldingen] for r in resultaten} == {
        k: [m[0] for m in v] for k, v in VERWACHT.items()
    }
    assert verslag.overgeslagen == {"Verwijderd": 5001}
    kapot = json.dumps(gegevens).encode()[:-1] + b', "meer": 1}'
    with pytest.raises(Leesfout):
        _python("somtoday", kapot)


_JSONWAARDEN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(
        ["2026-03-02T08:30:00+01:00", "2026-03-02T07:30:00Z", "9999-12-31T00:00:00Z", "2026-03-02"]
    ),
    lambda kind: (
        st.lists(kind, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["leerlingnummer", "UUID", "absentieSoort", "afkorting", "geoorloofd", "studentUniqueId"]
            )
            | st.text(max_size=6),
            kind,
            max_size=4,
        )
    ),
    max_leaves=10,
)
_VELDEN = {
    "somtoday": ["leerling", "absentieReden", "beginDatumTijd", "eindDatumTijd", "beginLesuur", "eindLesuur"],
    "magister": ["leerling", "Start", "Eind", "Geoorloofd", "Code", "Verantwoordingtype"],
    "edfi": ["studentReference", "eventDate", "attendanceEventCategoryDescriptor", "eventDuration"],
}


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["somtoday", "magister", "edfi"]),
    st.lists(
        st.dictionaries(
            st.sampled_from([v for velden in _VELDEN.values() for v in velden]), _JSONWAARDEN, max_size=6
        ),
        max_size=4,
    ),
)
def test_willekeurige_elementen_geven_resultaten_of_foutrijen(
    systeem: str, items: list[dict[str, Any]]
) -> None:
    """Whatever an element holds: every pupil comes back as an Analyse or a Foutrij, no other exception."""
    tekst = json.dumps(items, default=str).encode()
    with open(MAP / "leerlingen.csv", "rb") as f:
        leerlingen = lees_leerlingen(f)
    for r in analyseer_export(io.BytesIO(tekst), systeem, leerlingen, PEILDATUM):
        assert isinstance(r, Analyse | Foutrij)


def tijdelijke_mappen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The temporary directories made from now on (to check that each is gone afterwards)."""
    import tempfile

    mappen: list[str] = []
    echt = tempfile.TemporaryDirectory

    def volg(*args: Any, **kwargs: Any) -> Any:
        m = echt(*args, **kwargs)
        mappen.append(m.name)
        return m

    monkeypatch.setattr(tempfile, "TemporaryDirectory", volg)
    return mappen


@pytest.mark.parametrize("in_geheugen", [50_000, 2])
def test_teruggekomen_leerling_ook_na_de_schijfgrens(
    monkeypatch: pytest.MonkeyPatch, in_geheugen: int
) -> None:
    """The keys seen move to a temporary SQLite file after GEZIEN_IN_GEHEUGEN pupils (issue 11: bounded
    memory); a pupil that comes back is found the same way on either side of the switch, by its full key
    (a lone surrogate from a JSON escape included), and the file is gone afterwards."""
    from verzuimregels.schoolsystemen import groeperen

    monkeypatch.setattr(groeperen, "GEZIEN_IN_GEHEUGEN", in_geheugen)
    rijen = ["a", "b", "c", "d", "a", "e", "\ud800", "c", "\ud800", "f", "b"]
    gezien_mappen = tijdelijke_mappen(monkeypatch)
    groepen = list(groeperen.per_leerling(rijen, lambda r: r))
    assert [(g.positie, g.sleutel, g.eerder) for g in groepen] == [
        (1, "a", None), (2, "b", None), (3, "c", None), (4, "d", None), (5, "a", 1), (6, "e", None),
        (7, "\ud800", None), (8, "c", 3), (9, "\ud800", 7), (10, "f", None), (11, "b", 2),
    ]  # fmt: skip
    assert bool(gezien_mappen) == (in_geheugen < len(set(rijen)))
    assert not any(Path(m).exists() for m in gezien_mappen)


@pytest.mark.parametrize("in_geheugen", [10_000, 2])
def test_leerlingenbestand_ook_na_de_schijfgrens(monkeypatch: pytest.MonkeyPatch, in_geheugen: int) -> None:
    """The pupils file moves to a temporary SQLite file after LEERLINGEN_IN_GEHEUGEN pupils (issue 11:
    ``analyseer --bron`` held the whole pupils file, about 1.1 kB per pupil); a pupil, its error and a
    key given twice are found the same way on either side of the switch, by the full key, and the file
    is gone after ``sluit``."""
    from verzuimregels.schoolsystemen import leerlingen as module

    monkeypatch.setattr(module, "LEERLINGEN_IN_GEHEUGEN", in_geheugen)
    mappen = tijdelijke_mappen(monkeypatch)
    csv = (
        "leerling;geboortedatum;onderwijssoort\n1001;31-02-2011;vo\n1002;30-09-2012;vo\n"
        "1003;1-8-2012;po\n1004;2-8-2012;\n1002;30-09-2012;vo\n\u00e9;3-8-2012;vo\n1004;2-8-2012;\n"
    ).encode()
    with lees_leerlingen(io.BytesIO(csv), standaardschool={"onderwijssoort": "mbo"}) as leerlingen:
        assert len(leerlingen) == 5
        fout = leerlingen.zoek("1001")
        assert not isinstance(fout, dict)
        assert fout is not None
        assert [f.regel for f in fout.fouten] == ["datum_bestaat_niet"]
        for dubbel in ("1002", "1004"):
            gevonden = leerlingen.zoek(dubbel)
            assert not isinstance(gevonden, dict)
            assert gevonden is not None
            assert [f.regel for f in gevonden.fouten] == ["leerling_dubbel"]
        assert leerlingen.zoek("1003") == {
            "geboortedatum": date(2012, 8, 1),
            "school": {"onderwijssoort": "po"},
        }
        assert leerlingen.zoek("\u00e9") == {
            "geboortedatum": date(2012, 8, 3),
            "school": {"onderwijssoort": "vo"},
        }
        assert leerlingen.zoek("100") is None
        assert leerlingen.zoek("1003 ") is None
        assert bool(mappen) == (in_geheugen < 5)
    assert not any(Path(m).exists() for m in mappen)


def test_analyseer_bron_met_het_leerlingenbestand_op_schijf(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command's output is the same whether the pupils file is held in memory or on disk."""
    from verzuimregels.schoolsystemen import leerlingen as module

    args = _args("magister", MAP / EXPORTS["magister"])
    verwacht = _cli(capsys, *args)
    monkeypatch.setattr(module, "LEERLINGEN_IN_GEHEUGEN", 1)
    assert _cli(capsys, *args) == verwacht


def test_regressie_fout_van_een_leerling_op_schijf_houdt_haar_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pupil's error beyond LEERLINGEN_IN_GEHEUGEN was stored as its field errors only, so it came
    back without its rule context and its Dutch text differed from the same error kept in memory."""
    from verzuimregels.schoolsystemen import leerlingen as module

    fout = Invoerfout.enkel("school.lesuur_minuten", "greater_than_equal", "must be at least 1", ge=1)
    teksten = []
    for in_geheugen in (10_000, 0):
        monkeypatch.setattr(module, "LEERLINGEN_IN_GEHEUGEN", in_geheugen)
        with module.Leerlingen() as leerlingen:
            leerlingen.voeg_toe("a", fout, "regel 2")
            leerlingen.voeg_toe("b", {"geboortedatum": date(2012, 1, 1)}, "regel 3")
            gevonden = leerlingen.zoek("a")
            assert isinstance(gevonden, Invoerfout)
            assert gevonden.context == fout.context
            teksten.append(gevonden.tekst(Taal.NL))
    assert teksten[0] == teksten[1] == fout.tekst(Taal.NL)


def test_regressie_leerlingenbestand_json_met_een_school_die_geen_object_is() -> None:
    """A JSON pupils file whose ``school`` is a list or a text raised TypeError/ValueError (dict(...)):
    it is the pupil's error, naming the field, never the value."""
    tekst = json.dumps(
        [
            {"leerling": "a", "geboortedatum": "2012-01-01", "school": ["vo", "111222333"]},
            {"leerling": "b", "geboortedatum": "2012-01-01", "school": "111222333"},
            {"leerling": "c", "geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}},
        ]
    ).encode()
    leerlingen = lees_leerlingen(io.BytesIO(tekst))
    for sleutel in "ab":
        fout = leerlingen.zoek(sleutel)
        assert not isinstance(fout, dict)
        assert fout is not None
        assert [(f.veld, f.regel) for f in fout.fouten] == [("school", "geen_object")]
        assert "111222333" not in str(fout)
    assert leerlingen.zoek("c") == {"geboortedatum": date(2012, 1, 1), "school": {"onderwijssoort": "vo"}}


def test_regressie_leerlingenbestand_json_fout_onder_de_sleutel_zonder_spaties() -> None:
    """A JSON pupil with an error was kept under its key with spaces (`` 7 ``), a readable one under the
    stripped key: the export's pupil ``7`` then was 'not in the pupils file' instead of its error."""
    tekst = json.dumps([{"leerling": " 7 ", "geboortedatum": "2012-02-30"}]).encode()
    fout = lees_leerlingen(io.BytesIO(tekst)).zoek("7")
    assert not isinstance(fout, dict)
    assert fout is not None
    assert [f.regel for f in fout.fouten] == ["datum_bestaat_niet"]


def test_regressie_willekeurige_volgorde_met_een_eenzaam_surrogaat_in_de_sleutel() -> None:
    """``volgorde="willekeurig"`` stored the keys as SQLite TEXT: a key with a lone surrogate (a JSON
    escape such as ``\\ud800``) raised UnicodeEncodeError; the keys are bytes now, as in Gezien."""
    from verzuimregels.schoolsystemen import groeperen

    rijen = ["\ud800", "a", "\ud800", None, "a"]
    groepen = list(groeperen.per_leerling_in_volgorde(rijen, lambda r: r, "willekeurig"))
    assert [(g.sleutel, len(g.rijen)) for g in groepen] == [("\ud800", 2), ("a", 2), (None, 1)]


@pytest.mark.parametrize("vorm", ["array", "envelop", "jsonl"])
def test_leerlingenbestand_json_wordt_gestroomd(monkeypatch: pytest.MonkeyPatch, vorm: str) -> None:
    """A JSON pupils file was read whole (``read()`` and ``json.loads``: several times its size in
    memory); it is streamed element by element, also inside ``{"leerlingen": [...]}`` of more than the
    1 MiB one element may have, and its pupils go to disk past LEERLINGEN_IN_GEHEUGEN. A line that is
    not JSON is an unreadable row, named when its pupil is not found."""
    from verzuimregels.schoolsystemen import leerlingen as module

    monkeypatch.setattr(module, "LEERLINGEN_IN_GEHEUGEN", 100)
    items = [
        {"leerling": str(n), "geboortedatum": "2012-01-01", "school": {"onderwijssoort": "vo"}}
        for n in range(20_000)
    ]
    if vorm == "jsonl":
        tekst = "\n".join(json.dumps(i) for i in items) + "\n{kapot\n"
    else:
        tekst = json.dumps(items if vorm == "array" else {"leerlingen": items})
    assert len(tekst) > (1 << 20)
    with lees_leerlingen(io.BytesIO(tekst.encode())) as leerlingen:
        assert len(leerlingen) == 20_000
        assert leerlingen.zoek("19999") == {
            "geboortedatum": date(2012, 1, 1),
            "school": {"onderwijssoort": "vo"},
        }
        assert leerlingen.onleesbaar == (["line 20001"] if vorm == "jsonl" else [])


def test_leerlingenbestand_json_dat_kapot_is_is_een_leesfout() -> None:
    """An array broken part-way, or bytes that are not UTF-8, make the pupils file unreadable as a whole."""
    for inhoud in (
        b'[{"leerling": "1", "geboortedatum": "2012-01-01"}, {"leerling"',
        b'[{"leerling": "\xff"}]',
    ):
        with pytest.raises(Leesfout, match="the pupils file cannot be read"):
            lees_leerlingen(io.BytesIO(inhoud))
