"""The weekly worklist: order by urgency, groups, both paths alike, every output format, the CLI."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.cli import main
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie.frame import naar_frame
from verzuimregels.registratie.modellen import Leerling
from verzuimregels.werklijst import Indeling, Regelsoort, Werklijst, werklijst, werklijst_frame
from verzuimregels.werklijst.synthetisch import school
from verzuimregels.werklijst.uitvoer import schrijf_csv, werklijst_html, werklijst_tekst

VOORBEELDEN = Path(__file__).parent.parent / "examples"
VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6, "naam": "Het College"}
KALENDER = Schoolkalender(regio=Regio.MIDDEN)
PEIL = date(2025, 11, 24)


def _lesdagen(van: date, tot: date, reden: str = "ongeoorloofd") -> list[dict[str, Any]]:
    uit, dag = [], van
    while dag <= tot:
        if KALENDER.is_lesdag(dag):
            uit.append({"datum": dag.isoformat(), "reden": reden})
        dag += timedelta(days=1)
    return uit


def _ll(
    sleutel: str, records: list[dict[str, Any]], groep: str | None = "2B", **extra: Any
) -> dict[str, Any]:
    return {
        "sleutel": sleutel,
        "geboortedatum": "2011-03-03",
        "school": VO,
        "groep": groep,
        "woongemeente": "Zeist",
        "records": records,
        **extra,
    }


def _uren(*dagen: tuple[str, float]) -> list[dict[str, Any]]:
    return [{"datum": d, "reden": "ongeoorloofd", "uren": u} for d, u in dagen]


KLAS = [
    _ll("nadert", _uren(("2025-11-18", 6), ("2025-11-24", 5))),
    _ll(
        "ziek",
        [{"datum": d, "reden": "ziek"} for d in ("2025-09-08", "2025-10-01", "2025-11-03", "2025-11-17")],
    ),
    _ll("weg", _lesdagen(date(2025, 11, 5), PEIL)),
    _ll("te-melden", _uren(("2025-11-19", 6), ("2025-11-20", 6), ("2025-11-21", 4))),
    _ll("achterstallig", _uren(("2025-10-06", 6), ("2025-10-07", 6), ("2025-10-08", 4))),
    _ll(
        "gemeld",
        _uren(("2025-10-06", 6), ("2025-10-07", 6), ("2025-10-08", 4)),
        meldingen=[
            {
                "verzuimsoort": "zestien_uur",
                "begindatum": "2025-10-06",
                "einddatum": "2025-10-08",
                "gemeld_op": "2025-10-09",
            }
        ],
    ),
    _ll("wacht", _uren(*((f"2025-11-{d}", 6) for d in (17, 18, 19, 20, 21, 24)))),
    _ll("zonder-groep", _uren(("2025-11-18", 6), ("2025-11-24", 5)), groep=None, woongemeente=None),
    _ll("niets", []),
]

ZONDER_GEMAAKTE = [ll for ll in KLAS if "meldingen" not in ll]
"""The batch path's frame holds no meldingen made (naar_frame leaves them out)."""


def test_werklijst_in_volgorde_van_urgentie() -> None:
    lijst = werklijst(KLAS, PEIL)
    assert [g.naam for g in lijst.groepen] == ["2B", "zonder groep"]
    klas = lijst.groepen[0]
    assert klas.leerlingen == 8  # "niets" and "gemeld" were analysed too: nothing to do for them
    assert [(r.sleutel, r.wat, r.rang) for r in klas.regels] == [
        ("achterstallig", "zestien_uur", 1),
        ("weg", "zestien_uur", 1),
        ("weg", "zestien_uur", 1),
        ("wacht", "zestien_uur", 2),
        ("te-melden", "zestien_uur", 2),
        ("weg", "zestien_uur", 2),
        ("wacht", "zestien_uur", 3),  # the vervolgmelding waits for the 7 days
        ("nadert", "overig_verzuim", 4),
        ("weg", "overig_verzuim", 4),
        ("weg", "mogelijk_lrv", 5),
        ("nadert", "nadert_zestien_uur", 6),
        ("ziek", "mazl_frequent", 8),
    ]
    regels = {(r.sleutel, r.rang): r for r in klas.regels}
    achter, te_melden, wacht = regels["achterstallig", 1], regels["te-melden", 2], regels["wacht", 3]
    lrv, nadert, ziek = regels["weg", 5], regels["nadert", 6], regels["ziek", 8]
    assert (achter.dag, achter.dagen) == (date(2025, 10, 15), -40)
    assert achter.toelichting == "had uiterlijk gemeld moeten zijn op 2025-10-15"
    assert (te_melden.dag, te_melden.toelichting) == (date(2025, 11, 28), "uiterlijk melden op 2025-11-28")
    assert (wacht.dag, wacht.toelichting) == (
        date(2025, 11, 26),
        "vervolgmelding, te doen vanaf 2025-11-26 (7 dagen na de vorige)",
    )
    assert regels["weg", 4].toelichting == "melden mag, hoeft niet"
    assert (lrv.dag, lrv.op_lijst_sinds) == (date(2025, 12, 2), date(2025, 11, 18))
    assert (nadert.nog_uren, nadert.dag, nadert.soort) == (Decimal(5), date(2025, 12, 12), Regelsoort.SIGNAAL)
    assert ziek.aantal == 4
    assert (klas.meldingen, klas.achterstallig, klas.signalen) == (9, 3, 3)


def test_werklijst_per_woongemeente_en_per_school() -> None:
    gemeente = werklijst(KLAS, PEIL, indeling="woongemeente")
    assert [(g.naam, g.leerlingen) for g in gemeente.groepen] == [("Zeist", 8), ("woongemeente onbekend", 1)]
    per_school = werklijst(KLAS, PEIL, indeling=Indeling.SCHOOL)
    assert [(g.naam, len(g.regels)) for g in per_school.groepen] == [("Het College", 14)]
    naamloos = werklijst([{**KLAS[0], "school": {**VO, "naam": None}}], PEIL, indeling="school")
    assert [g.naam for g in naamloos.groepen] == ["school zonder naam"]


def test_werklijst_oude_signalen_vallen_eraf_na_vier_weken() -> None:
    ziek = [KLAS[1]]
    assert [r.wat for r in werklijst(ziek, date(2025, 12, 14)).regels()] == ["mazl_frequent"]
    assert werklijst(ziek, date(2025, 12, 15)).regels() == []
    assert [r.wat for r in werklijst(ziek, date(2025, 12, 15), recent=29).regels()] == ["mazl_frequent"]


def test_werklijst_fouten_in_plaats() -> None:
    lijst = werklijst(
        [KLAS[0], {"sleutel": "kapot", "geboortedatum": "gisteren"}, {"geboortedatum": "x"}], PEIL
    )
    assert [(f.rij, f.sleutel) for f in lijst.fouten] == [(2, "kapot"), (3, None)]
    assert [r.wat for r in lijst.regels()] == ["overig_verzuim", "nadert_zestien_uur"]
    model = Leerling.model_validate({**KLAS[0], "school": VO})
    assert werklijst([model], PEIL).regels() == lijst.regels()


@pytest.mark.parametrize("indeling", list(Indeling))
def test_werklijst_via_het_batchpad_gelijk_aan_per_leerling(indeling: Indeling) -> None:
    leerlingen = school(300, seed=3) + ZONDER_GEMAAKTE
    records = naar_frame(leerlingen)
    for veld in ("groep", "woongemeente"):
        records[veld] = records["sleutel"].map({ll["sleutel"]: ll.get(veld) for ll in leerlingen})
    records["school"] = records["sleutel"].map({ll["sleutel"]: ll["school"].get("naam") for ll in leerlingen})
    for peil in (date(2025, 11, 24), date(2026, 3, 12), date(2026, 6, 30)):
        lijst = werklijst(leerlingen, peil, indeling=indeling)
        frame = werklijst_frame(records, peil, indeling=indeling)
        velden = ("groep", "rang", "sleutel", "soort", "wat", "dag", "dagen", "nog_uren", "op_lijst_sinds")
        verwacht = [tuple(r.model_dump(mode="python")[v] for v in velden) for r in lijst.regels()]
        gevonden = [
            tuple(None if x != x else x for x in rij)  # NaN as None
            for rij in frame[list(velden)].itertuples(index=False, name=None)
        ]
        verwacht = [tuple(x.value if hasattr(x, "value") else x for x in rij) for rij in verwacht]
        assert gevonden == verwacht
        assert len(verwacht) > 20


def test_werklijst_frame_zonder_groepskolom_en_met_sleutel_als_index() -> None:
    records = naar_frame(ZONDER_GEMAAKTE)
    lijst = werklijst_frame(records.set_index("sleutel"), PEIL)
    assert set(lijst["groep"]) == {"zonder groep"}
    assert len(lijst) == len(werklijst(ZONDER_GEMAAKTE, PEIL).regels())


# --- output formats -------------------------------------------------------------------------------


def test_csv_is_spreadsheetveilig() -> None:
    kwaad = _ll('=HYPERLINK("http://x")', _uren(("2025-11-18", 6), ("2025-11-24", 5)), groep="+1A")
    tekst = io.StringIO()
    schrijf_csv(werklijst([kwaad], PEIL), tekst)
    [kop, overig, rij] = list(csv.reader(io.StringIO(tekst.getvalue())))
    assert kop[:3] == ["groep", "rang", "sleutel"]
    assert rij[0] == "'+1A"
    assert rij[2].startswith("'=HYPERLINK")
    assert (overig[4], rij[4], rij[11]) == ("overig_verzuim", "nadert_zestien_uur", "5")


def test_html_is_een_afdrukbaar_document_zonder_scripts() -> None:
    kwaad = _ll("<script>alert(1)</script>", _uren(("2025-11-18", 6), ("2025-11-24", 5)))
    html = werklijst_html(werklijst([*KLAS, kwaad, {"sleutel": "<b>x</b>"}], PEIL))
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert html.count('<section class="groep"') == 2
    assert "break-after: page" in html
    assert "http" not in html.split("<body>")[0]
    assert "Niet verwerkt" in html
    fragment = werklijst(KLAS, PEIL)._repr_html_()
    assert fragment.startswith('<div class="verzuimregels-werklijst">')


def test_tekst_per_groep() -> None:
    tekst = werklijst_tekst(werklijst([*KLAS, {"sleutel": "kapot\x1b[31m"}], PEIL))
    assert tekst.startswith(
        "Werklijst op 2025-11-24, per groep\n\n2B: 8 leerlingen · 9 meldingen (3 achterstallig)"
    )
    assert "  1  achterstallig" in tekst
    assert "FOUT rij 10 (kapot?[31m)" in tekst
    assert "\x1b" not in tekst
    leeg = werklijst_tekst(werklijst([KLAS[-1]], PEIL))
    assert "niets te doen" in leeg


# --- the command line, on the shipped examples ----------------------------------------------------


@pytest.mark.parametrize("formaat", ["tabel", "csv", "json", "html"])
def test_cli_werklijst_op_de_voorbeelden(formaat: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "werklijst",
                str(VOORBEELDEN / "leerlingen.json"),
                "--peildatum",
                "2026-04-30",
                "--formaat",
                formaat,
            ]
        )
        == 0
    )
    uit = capsys.readouterr().out
    assert "LL-002" in uit
    if formaat == "json":
        lijst = Werklijst.model_validate_json(uit)
        wat = [r.wat for r in lijst.regels()]
        assert wat.count("zestien_uur") >= 4
        assert "langdurig_relatief_verzuim" in wat
    if formaat == "csv":
        assert uit.splitlines()[0].startswith("groep,rang,sleutel,soort,wat,status,dag")
    if formaat == "html":
        assert uit.startswith("<!DOCTYPE html>")


def test_cli_werklijst_csv_invoer_en_uitvoerbestand(tmp_path: Path) -> None:
    doel = tmp_path / "werklijst.html"
    args = [
        "werklijst",
        str(VOORBEELDEN / "verzuim.csv"),
        "--peildatum",
        "2026-04-30",
        "--onderwijssoort",
        "po",
    ]
    assert (
        main([*args, "--regio", "midden", "--formaat", "html", "--uitvoer", str(doel), "--per", "school"])
        == 0
    )
    assert "school zonder naam" in doel.read_text(encoding="utf-8")


def test_cli_werklijst_met_fouten_en_groep_uit_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["werklijst", str(VOORBEELDEN / "leerlingen_met_fouten.jsonl"), "--peildatum", "2026-04-30"])
        == 1
    )
    assert "FOUT rij" in capsys.readouterr().out
    bestand = tmp_path / "klas.csv"
    bestand.write_text(
        "leerling;geboortedatum;datum;reden;uren;groep;woongemeente\n"
        "A;03-03-2011;18-11-2025;ongeoorloofd;6;3C;Zeist\n"
        "A;03-03-2011;24-11-2025;ongeoorloofd;5;3C;Zeist\n"
        "B;03-03-2011;;;;3D;Houten\n"
        "C;03-03-2011;;;;3D;Zeist\n"
        "C;03-03-2011;;;;3E;Zeist\n",
        encoding="utf-8",
    )
    args = [
        "werklijst",
        str(bestand),
        "--peildatum",
        "2025-11-24",
        "--onderwijssoort",
        "vo",
        "--regio",
        "midden",
    ]
    assert main([*args, "--formaat", "json"]) == 1
    lijst = Werklijst.model_validate_json(capsys.readouterr().out)
    assert [(g.naam, g.leerlingen) for g in lijst.groepen] == [("3C", 1), ("3D", 1)]
    assert [f.sleutel for f in lijst.fouten] == ["C"]  # its groep differs between its rows
    assert main([*args, "--per", "woongemeente", "--formaat", "json"]) == 1
    assert [g.naam for g in Werklijst.model_validate_json(capsys.readouterr().out).groepen] == [
        "Houten",
        "Zeist",
    ]


def test_cli_werklijst_gebruiksfouten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = str(VOORBEELDEN / "leerlingen.json")
    assert main(["werklijst", bestand, "--peildatum", "2026-04-30", "--recent", "0"]) == 2
    assert (
        main(["werklijst", bestand, "--peildatum", "2026-04-30", "--uitvoer", str(tmp_path / "x" / "y")]) == 2
    )
    fout = capsys.readouterr().err
    assert "--recent verwacht een geheel getal van ten minste 1 [recent_te_klein]" in fout
    assert "niet schrijven (bestaat niet): verwacht een map die bestaat en beschrijfbaar is" in fout
    bestand2 = tmp_path / "rij.json"
    bestand2.write_text(json.dumps([1, KLAS[0]]), encoding="utf-8")
    assert main(["werklijst", str(bestand2), "--peildatum", "2025-11-24", "--formaat", "json"]) == 1
    lijst = Werklijst.model_validate_json(capsys.readouterr().out)
    assert lijst.fouten[0].fouten[0].regel == "geen_object"


def test_werklijst_frame_met_een_leerlingenframe() -> None:
    from verzuimregels.registratie.frame import RECORD_KOLOMMEN

    alles = naar_frame(ZONDER_GEMAAKTE)
    alles["groep"] = alles["sleutel"].map({ll["sleutel"]: ll.get("groep") for ll in ZONDER_GEMAAKTE})
    records = alles[["sleutel", *RECORD_KOLOMMEN, "positie"]]
    leerlingen = alles.drop(columns=[*RECORD_KOLOMMEN, "positie"]).drop_duplicates("sleutel")
    lijst = werklijst_frame(records, PEIL, leerlingen=leerlingen.set_index("sleutel"))
    verwacht = werklijst(ZONDER_GEMAAKTE, PEIL)
    assert list(zip(lijst["groep"], lijst["sleutel"], lijst["wat"], strict=True)) == [
        (r.groep, r.sleutel, r.wat) for r in verwacht.regels()
    ]


def test_cli_werklijst_een_html_bestand_per_groep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from verzuimregels.cli.werklijst import bestandsnaam

    bestand = tmp_path / "klas.json"
    leerlingen = [
        *KLAS,
        {**KLAS[0], "sleutel": "x", "groep": "../../etc"},
        {**KLAS[0], "sleutel": "y", "groep": "2B!"},
    ]
    bestand.write_text(json.dumps([*leerlingen, {"sleutel": "kapot"}]), encoding="utf-8")
    doel = tmp_path / "paginas"
    assert main(["werklijst", str(bestand), "--peildatum", "2025-11-24", "--map", str(doel)]) == 1
    assert "rij 12 (kapot) niet verwerkt" in capsys.readouterr().err
    assert sorted(p.name for p in doel.iterdir()) == ["2B-2.html", "2B.html", "etc.html", "zonder_groep.html"]
    pagina = (doel / "2B.html").read_text(encoding="utf-8")
    assert pagina.count('<section class="groep"') == 1
    assert "<title>Werklijst 2B 2025-11-24</title>" in pagina
    assert bestandsnaam("!!!", set()) == "groep.html"
    bezet = tmp_path / "bezet"
    bezet.write_text("", encoding="utf-8")
    assert main(["werklijst", str(bestand), "--peildatum", "2025-11-24", "--map", str(bezet)]) == 2


def test_werklijst_leest_een_export_zoals_analyseer(capsys: pytest.CaptureFixture[str]) -> None:
    """The worklist reads what analyseer reads (issue 16): a Magister export with its pupils file and
    code table gives the meldingen expected by hand for it (16 uur, luxe, 16 uur through late arrivals)."""
    map_ = Path(__file__).parent.parent / "examples" / "schoolsystemen"
    code = main(
        [
            "werklijst",
            str(map_ / "magister-absenties.json"),
            "--bron",
            "magister",
            "--leerlingen",
            str(map_ / "leerlingen.csv"),
            "--codetabel",
            str(map_ / "magister-codetabel.toml"),
            "--peildatum",
            "2026-03-31",
            "--formaat",
            "csv",
        ]
    )
    assert code == 0
    rijen = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    meldingen = {(r["sleutel"], r["wat"]) for r in rijen if r["soort"] == "melding"}
    assert meldingen == {("1001", "zestien_uur"), ("1002", "luxe_verzuim"), ("1003", "zestien_uur")}


@pytest.mark.parametrize("run", [20_000, 3])
@pytest.mark.parametrize("per", ["groep", "school", "woongemeente"])
def test_cli_werklijst_van_schijf_gelijk_aan_de_lijst_in_geheugen(
    run: int, per: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded memory (issue 11): the command sorts the rows on disk (runs of RUN rows, merged, at most
    MAX_RUNS open) and streams every format; each is the same text as the in-memory worklist of
    :func:`werklijst` gives: several groups (one without rows), error rows, equal keys in input order."""
    import verzuimregels.cli.opslag as opslag
    from verzuimregels.werklijst.uitvoer import werklijst_html

    monkeypatch.setattr(opslag, "RUN", run)
    monkeypatch.setattr(opslag, "MAX_RUNS", 2)
    klas: list[Any] = [
        *KLAS,
        *({**ll, "sleutel": ll["sleutel"] + "-3A", "groep": "3A", "woongemeente": "Utrecht"} for ll in KLAS),
        _ll("alleen", [], groep="1C"),
        {"sleutel": "kapot", "records": "geen lijst"},
        [1],
        {**KLAS[0], "sleutel": "nadert"},  # the same key, equal sort keys: input order
    ]
    bestand = tmp_path / "klas.json"
    bestand.write_text(json.dumps(klas), encoding="utf-8")
    lijst = werklijst([ll if isinstance(ll, dict) else {} for ll in klas], PEIL, indeling=per).model_copy(
        update={"fouten": ()}
    )
    args = ["werklijst", str(bestand), "--peildatum", PEIL.isoformat(), "--per", per]
    assert main([*args, "--formaat", "json"]) == 1
    uit = json.loads(capsys.readouterr().out)
    assert [len(g["regels"]) for g in uit["groepen"]] == [len(g.regels) for g in lijst.groepen]
    assert any(not g.regels for g in lijst.groepen) == (per == "groep")
    assert [f["rij"] for f in uit["fouten"]] == [2 * len(KLAS) + 2, 2 * len(KLAS) + 3]
    volledig = Werklijst.model_validate(uit)
    assert volledig.model_copy(update={"fouten": ()}) == lijst
    verwacht = {
        "json": volledig.model_dump_json(indent=1) + "\n",
        "tabel": werklijst_tekst(volledig),
        "html": werklijst_html(volledig),
    }
    tekst = io.StringIO()
    schrijf_csv(volledig, tekst)
    verwacht["csv"] = tekst.getvalue()
    for formaat, text in verwacht.items():
        assert main([*args, "--formaat", formaat]) == 1
        assert capsys.readouterr().out == text, formaat
    doel = tmp_path / "map"
    assert main([*args, "--map", str(doel)]) == 1
    assert sorted(p.name for p in doel.iterdir()) == sorted(
        f"{g.naam.replace(' ', '_')}.html" for g in volledig.groepen
    )
    for g in volledig.groepen:
        een = volledig.model_copy(update={"groepen": (g,), "fouten": ()})
        pagina = (doel / f"{g.naam.replace(' ', '_')}.html").read_text(encoding="utf-8")
        assert pagina == werklijst_html(een, titel=f"Werklijst {g.naam}")
    capsys.readouterr()


def test_groep_html_is_de_sectie_van_de_pagina() -> None:
    """One group's section alone is the same as on the whole page; meldingen before signals, in their
    order, also for a group built by hand with its rows in another order."""
    from verzuimregels.werklijst.uitvoer import groep_html

    lijst = werklijst(KLAS, PEIL)
    pagina = werklijst_html(lijst, document=False)
    for g in lijst.groepen:
        assert groep_html(g, lijst) in pagina
    g = lijst.groepen[0]
    omgekeerd = g.model_copy(update={"regels": tuple(reversed(g.regels))})
    html = groep_html(omgekeerd, lijst)
    assert html.index("<h2>Meldingen") < html.index('class="melding"') < html.index("<h2>Signalen")
    assert html.index("<h2>Signalen") < html.index('class="signaal"')


def test_tekst_in_het_engels_met_taal_en() -> None:
    """Bug: ``werklijst --formaat tekst --taal en`` (tekst: "readable, in the language of --taal") wrote
    its headings, counts, the meldingen's explanation and "FOUT rij" in Dutch around English error texts.
    Codes, enum values and the law's Dutch words stay; Dutch stays the default."""
    from verzuimregels.teksten import Taal

    lijst = werklijst([*KLAS, {"sleutel": "kapot"}], PEIL, taal="en")
    tekst = werklijst_tekst(lijst, taal=Taal.EN)
    assert tekst.startswith("Worklist on 2025-11-24, per groep\n\n2B: 8 pupils · 9 meldingen (3 overdue)")
    assert "should have been reported by" in tekst
    assert "ERROR row 10 (kapot)" in tekst
    for nederlands in ("Werklijst", "leerlingen", "achterstallig)", "FOUT rij", "uiterlijk", "melden mag"):
        assert nederlands not in tekst, nederlands
    assert "nothing to do" in werklijst_tekst(werklijst([KLAS[-1]], PEIL, taal="en"), taal=Taal.EN)
    assert werklijst_tekst(werklijst(KLAS, PEIL)).startswith("Werklijst op 2025-11-24, per groep")


def test_html_en_groepsnaam_in_het_engels_met_taal_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bug: ``werklijst --taal en`` still wrote the group "zonder groep" and, in HTML, the headings
    ("Werklijst op", "Meldingen", "Signalen", the columns, "Niet verwerkt"), "geen" and ``lang="nl"``
    in Dutch. The columns' codes (``achterstallig``, ``mag_melden``) stay; Dutch stays the default."""
    bestand = tmp_path / "klas.json"
    bestand.write_text(json.dumps([*KLAS, {"sleutel": "kapot"}]), encoding="utf-8")
    argv = ["werklijst", str(bestand), "--peildatum", "2025-11-24"]
    assert main([*argv, "--formaat", "html", "--taal", "en"]) == 1
    html = capsys.readouterr().out
    for engels in (
        '<html lang="en">',
        "<title>Worklist 2025-11-24</title>",
        "<h1>no group</h1>",
        "Worklist on 2025-11-24 · ",
        "<h2>Meldingen to make</h2>",
        "<h2>Signals</h2>",
        "<th>pupil</th>",
        "<th>explanation</th>",
        "<h1>Not processed</h1>",
        "<li>row 10 (kapot)",
        "achterstallig",
    ):
        assert engels in html, engels
    for nederlands in (
        "zonder groep",
        "Werklijst",
        "<h2>Meldingen</h2>",
        "Signalen",
        "<th>leerling",
        "Niet verwerkt",
        "<li>rij",
        'lang="nl"',
    ):
        assert nederlands not in html, nederlands
    assert main([*argv, "--formaat", "tekst", "--taal", "en"]) == 1
    assert "\n\nno group: " in capsys.readouterr().out
    doel = tmp_path / "paginas"
    assert main([*argv, "--taal", "en", "--map", str(doel)]) == 1
    assert capsys.readouterr().err == "verzuimregels: row 10 (kapot) not processed\n"
    pagina = (doel / "no_group.html").read_text(encoding="utf-8")
    assert "<title>Worklist no group 2025-11-24</title>" in pagina
    assert "<h2>Signals</h2>" in pagina
    assert main([*argv, "--formaat", "html"]) == 1
    nl = capsys.readouterr().out
    from verzuimregels.teksten import Taal

    leeg = werklijst_html(werklijst([KLAS[-1]], PEIL, taal="en"), taal=Taal.EN)
    assert '<td colspan="8">none</td>' in leeg
    assert ">geen<" not in leeg
    for nederlands in ("<h1>zonder groep</h1>", "<h2>Meldingen</h2>", "Niet verwerkt", 'lang="nl"'):
        assert nederlands in nl, nederlands
