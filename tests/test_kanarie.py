"""Canary test (issue 11): valid BSNs, an onderwijsnummer, names and a birth date, fed to every command
in every output format and to every model's repr, str and HTML; none may come back out.

The canaries are placed where a careless integrator puts them: as unknown keys (a mapping keyed by
BSN), as a ``sleutel``, as values of the wrong type, in free text, in a CSV without a header row, and
the birth date where the input asks for it. The birth date may be *read* (the derived facts, age and
start of leerplicht, stay), never written back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

BSN = "111222333"
BSN2 = "123456782"
ONDERWIJSNUMMER = "101222331"
NAAM = "Kanariepiet"
GEBOORTE = "2011-04-13"
"""A birth date no constant of the library equals."""
KANARIES = (BSN, BSN2, ONDERWIJSNUMMER, NAAM, GEBOORTE, "13-04-2011", "13/04/2011")

SRC = str(Path(__file__).parents[1] / "src")


def geen_kanarie(tekst: str, waar: str) -> None:
    for kanarie in KANARIES:
        assert kanarie not in tekst, f"{kanarie!r} in {waar}"


# --- the inputs -------------------------------------------------------------------------------------

CASUSSEN: list[Any] = [
    {"geboortedatum": GEBOORTE, "eerste_verzuimdag": "2026-03-02", "ziek": False,
     "vakantie_zonder_verlof": True, "peildatum": "2026-03-16"},
    {"leeftijd_eerste_verzuimdag": 14, "ziek": True, "peildatum": "2026-03-16", BSN: True},
    {"leeftijd_eerste_verzuimdag": 14, "ziek": NAAM, "peildatum": "2026-03-16"},
    {"leeftijd_eerste_verzuimdag": 14, "peildatum": GEBOORTE + "T00:00:00", "ziek": True},
    {NAAM: {BSN: ONDERWIJSNUMMER}},
    BSN,
]  # fmt: skip
STATUSVRAGEN: list[Any] = [
    {"geboortedatum": GEBOORTE, "peildatum": "2026-09-01"},
    {"geboortedatum": GEBOORTE, "peildatum": "2026-09-01", "diplomas": [{"soort": NAAM, "datum": "2026-07"}]},
    {"geboortedatum": GEBOORTE, "peildatum": "2026-09-01", BSN2: NAAM},
    {"geboortedatum": BSN, "peildatum": "2026-09-01"},
]  # fmt: skip
VERLOF: list[Any] = [
    {"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06",
     "aangevraagd_op": "2026-01-12", "beroepsgrond": True, "toelichting_" + NAAM: BSN},
    {"soort": NAAM, "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06", "aangevraagd_op": "2026-01-12"},
]  # fmt: skip
SCHOOL = {"onderwijssoort": "vo", "regio": "midden"}
LEERLINGEN: list[Any] = [
    {"sleutel": "p1", "geboortedatum": GEBOORTE, "school": SCHOOL,
     "records": [{"datum": f"2026-03-{d:02d}", "reden": "ongeoorloofd"} for d in (2, 3, 4, 5, 6)]},
    {"sleutel": BSN, "geboortedatum": GEBOORTE, "school": SCHOOL, "records": []},
    {"sleutel": ONDERWIJSNUMMER, "geboortedatum": GEBOORTE, "school": SCHOOL, "records": []},
    {"sleutel": "p4", "geboortedatum": GEBOORTE, "school": SCHOOL,
     "records": [{"datum": "2026-03-02", "reden": NAAM, "sleutel": BSN2}]},
    {"sleutel": "p5", "geboortedatum": GEBOORTE, "school": SCHOOL, BSN: NAAM},
]  # fmt: skip
MELDINGEN: list[Any] = [
    {"sleutel": "m1", "bsn": BSN, "geboortedatum": GEBOORTE, "brin": "05KO", "vestiging": "01",
     "woongemeente": "0363", "verzuimsoort": "V3", "begindatum": "2026-03-02", "einddatum": "2026-03-04",
     "vermoedelijke_reden": f"{NAAM} spijbelt", "toelichting": NAAM, "contactpersoon_naam": NAAM,
     "contactpersoon_email": f"{NAAM.lower()}@school.example.nl", "contactpersoon_telefoon": "020-1234567",
     "dagen": "2026-03-02=dag"},
    {"sleutel": BSN, "onderwijsnummer": ONDERWIJSNUMMER, "geboortedatum": GEBOORTE, "verzuimsoort": "V3",
     "begindatum": "2026-03-02"},
    {"sleutel": BSN2, "bsn": BSN, "verzuimsoort": NAAM, "begindatum": GEBOORTE, BSN2: NAAM},
]  # fmt: skip
SITUATIES: list[Any] = [
    {"sleutel": "s1", "plicht": {"van": "2015-01-02", "tot": "2027-12-18"},
     "inschrijvingen": [{"van": "2015-01-02"}], "gemeente": "Voorbeeldstad", "sector": "vo"},
    {"sleutel": BSN, "plicht": {"van": "2015-01-02", "tot": "2027-12-18"}, "inschrijvingen": []},
    {"sleutel": "s3", BSN2: NAAM},
]  # fmt: skip


def _json(rijen: list[Any], vorm: str) -> str:
    if vorm == "array":
        return json.dumps(rijen)
    return "".join(json.dumps(r) + "\n" for r in rijen)


def _csv_records() -> str:
    kop = "leerling,geboortedatum,startkwalificatie,datum,reden,uren,van,tot,gemeld_op,sleutel\n"
    rijen = [
        f"p1,{GEBOORTE},nee,2026-03-02,ongeoorloofd,,,,,\n",
        f"{BSN},{GEBOORTE},nee,2026-03-02,ongeoorloofd,,,,,\n",
        f"p3,{GEBOORTE},{NAAM},2026-03-02,ongeoorloofd,,,,,{BSN2}\n",
    ]
    return kop + "".join(rijen)


def _zonder_kop() -> str:
    """A CSV whose header row is missing: its first data row would be taken for the header."""
    return f"{BSN};{NAAM};{GEBOORTE};V3;2026-03-02\n{BSN2};{NAAM};{GEBOORTE};V3;2026-03-02\n"


def _aanroepen(tmp: Path) -> Iterator[tuple[str, list[str]]]:
    """(name, argv) for every command, input shape and output format."""

    def bestand(naam: str, inhoud: str) -> str:
        pad = tmp / naam
        pad.write_text(inhoud, encoding="utf-8")
        return str(pad)

    for vorm in ("array", "jsonl"):
        yield f"beoordeel {vorm}", ["beoordeel", bestand(f"c.{vorm}", _json(CASUSSEN, vorm))]
        yield f"status {vorm}", ["status", bestand(f"s.{vorm}", _json(STATUSVRAGEN, vorm))]
        yield f"verlof {vorm}", ["verlof", bestand(f"v.{vorm}", _json(VERLOF, vorm))]
        for formaat in ("json", "tabel"):
            yield f"analyseer {vorm} {formaat}", [
                "analyseer", bestand(f"l.{vorm}", _json(LEERLINGEN, vorm)),
                "--peildatum", "2026-03-20", "--formaat", formaat,
            ]  # fmt: skip
        for formaat in ("json", "tabel", "csv"):
            yield f"valideer {vorm} {formaat}", [
                "valideer", bestand(f"m.{vorm}", _json(MELDINGEN, vorm)), "--formaat", formaat,
                "--peildatum", "2026-03-20",
            ]  # fmt: skip
        for formaat in ("tabel", "csv", "json", "html"):
            yield f"werklijst {vorm} {formaat}", [
                "werklijst", bestand(f"w.{vorm}", _json(LEERLINGEN, vorm)),
                "--peildatum", "2026-03-20", "--formaat", formaat,
            ]  # fmt: skip
        for formaat in ("tabel", "csv", "json"):
            yield f"thuiszitters {vorm} {formaat}", [
                "thuiszitters", bestand(f"t.{vorm}", _json(SITUATIES, vorm)),
                "--peildatum", "2026-03-20", "--formaat", formaat,
            ]  # fmt: skip
    yield "beoordeel object", ["beoordeel", bestand("een.json", json.dumps(CASUSSEN[0], indent=2))]
    yield "boom --casus", ["boom", "--casus", bestand("boom.json", json.dumps(CASUSSEN[0]))]
    records = bestand("r.csv", _csv_records())
    for formaat in ("json", "tabel"):
        yield f"analyseer csv {formaat}", [
            "analyseer", records, "--peildatum", "2026-03-20", "--onderwijssoort", "vo", "--formaat", formaat,
        ]  # fmt: skip
    yield "valideer --records", [
        "valideer", bestand("m2.json", json.dumps(MELDINGEN)), "--records", records, "--onderwijssoort", "vo",
    ]  # fmt: skip
    zonder_kop = bestand("zonder-kop.csv", _zonder_kop())
    yield "valideer csv zonder kopregel", ["valideer", zonder_kop, "--formaat", "csv"]
    yield "analyseer csv zonder kopregel", [
        "analyseer", zonder_kop, "--peildatum", "2026-03-20", "--onderwijssoort", "vo",
    ]  # fmt: skip


def test_geen_kanarie_uit_een_commando(tmp_path: Path) -> None:
    omgeving = {**os.environ, "PYTHONPATH": SRC}
    omgeving.pop("VERZUIMREGELS_TRACEBACK", None)
    gedraaid = 0
    for naam, argv in _aanroepen(tmp_path):
        uit = subprocess.run(
            [sys.executable, "-m", "verzuimregels", *argv],
            capture_output=True,
            env=omgeving,
            check=False,
            timeout=120,
        )
        tekst = uit.stdout.decode("utf-8") + uit.stderr.decode("utf-8")
        assert uit.returncode in (0, 1, 2), f"{naam}: exit {uit.returncode}: {uit.stderr!r}"
        assert "Traceback" not in tekst, naam
        geen_kanarie(tekst, naam)
        gedraaid += 1
    assert gedraaid >= 30


# --- every model's repr, str and HTML, and every error message ---------------------------------------


def _modellen() -> Iterator[tuple[str, object]]:
    from verzuimregels import Casus, beoordeel, beoordeel_verlof, bepaal_status
    from verzuimregels.melding import Validator
    from verzuimregels.melding.modellen import Melding
    from verzuimregels.registratie import analyseer, lees_leerling
    from verzuimregels.status import lees_statusvraag

    casus = CASUSSEN[0]
    yield "Casus", Casus.model_validate(casus)
    yield "Oordeel", beoordeel(casus)
    yield "Oordeel (en)", beoordeel(casus, taal="en")
    yield "Statusvraag", lees_statusvraag(STATUSVRAGEN[0])
    yield "Statusoordeel", bepaal_status(STATUSVRAGEN[0])
    yield "Verlofoordeel", beoordeel_verlof({k: v for k, v in VERLOF[0].items() if NAAM not in k})
    yield "Leerling", lees_leerling(LEERLINGEN[0])
    yield "Analyse", analyseer(LEERLINGEN[0], date(2026, 3, 20))
    yield "Melding", Melding.lees(MELDINGEN[0])
    validator = Validator(peildatum=date(2026, 3, 20))
    for i, m in enumerate(MELDINGEN, start=1):
        yield f"Rijrapport {i}", validator.rij(m, i)
    yield "Samenvatting", validator.samenvatting()


def test_geen_kanarie_in_repr_str_of_html() -> None:
    for naam, model in _modellen():
        geen_kanarie(repr(model), f"repr({naam})")
        geen_kanarie(str(model), f"str({naam})")
        html = getattr(model, "_repr_html_", None)
        if html is not None:
            geen_kanarie(html(), f"{naam}._repr_html_()")
        if not naam.startswith(("Casus", "Statusvraag", "Leerling", "Melding")):  # outputs, not inputs
            geen_kanarie(model.model_dump_json(), f"{naam}.model_dump_json()")  # type: ignore[attr-defined]


def _foutketen(fout: BaseException) -> Iterator[BaseException]:
    gezien: list[BaseException] = []
    huidig: BaseException | None = fout
    while huidig is not None and huidig not in gezien:
        gezien.append(huidig)
        yield huidig
        huidig = huidig.__cause__ or huidig.__context__


@pytest.mark.parametrize(
    ("functie", "rijen"),
    [("beoordeel", CASUSSEN), ("bepaal_status", STATUSVRAGEN), ("beoordeel_verlof", VERLOF),
     ("analyseer", LEERLINGEN), ("lees_leerling", LEERLINGEN), ("classificeer", SITUATIES)],
)  # fmt: skip
def test_geen_kanarie_in_een_foutmelding(functie: str, rijen: list[Any]) -> None:
    import verzuimregels
    from verzuimregels.fouten import VerzuimregelsFout
    from verzuimregels.registratie import analyseer, lees_leerling
    from verzuimregels.thuiszitters import classificeer

    functies: dict[str, Any] = {
        "beoordeel": verzuimregels.beoordeel,
        "bepaal_status": verzuimregels.bepaal_status,
        "beoordeel_verlof": verzuimregels.beoordeel_verlof,
        "analyseer": lambda r: analyseer(r, date(2026, 3, 20)),
        "lees_leerling": lees_leerling,
        "classificeer": lambda r: classificeer(r, date(2026, 3, 20)),
    }
    for rij in rijen:
        try:
            functies[functie](rij)
        except VerzuimregelsFout as fout:
            for f in _foutketen(fout):
                geen_kanarie(str(f), f"{functie}: {type(f).__name__}")
                geen_kanarie(repr(f), f"{functie}: repr {type(f).__name__}")
                for veldfout in getattr(f, "fouten", ()):
                    geen_kanarie(veldfout.model_dump_json(), f"{functie}: Veldfout")
                    geen_kanarie(repr(veldfout.context), f"{functie}: Veldfout.context")


# Rows whose errors carry a rule context (a limit, the choices, a pattern), the canary as the value read.
CONTEXTRIJEN: list[Any] = [
    {"leeftijd_eerste_verzuimdag": 14, "peildatum": "2026-03-16", "ziek": True,
     "ongeoorloofde_uren_4_lesweken": -int(BSN)},
    {"sleutel": "c1", "geboortedatum": GEBOORTE, "groep": NAAM * 20, "school": SCHOOL},
    {"sleutel": "c2", "geboortedatum": GEBOORTE, "school": {**SCHOOL, "regio": NAAM}},
    {"sleutel": "c3", "geboortedatum": GEBOORTE, "school": {**SCHOOL, "lesuur_minuten": -int(BSN2)}},
    {"sleutel": "c4", "geboortedatum": GEBOORTE, "schooljaar": int(ONDERWIJSNUMMER), "school": SCHOOL},
    {"sleutel": "c5", "geboortedatum": GEBOORTE, "school": SCHOOL,
     "records": [{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": "-" + BSN}]},
    {"soort": NAAM, "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06", "aangevraagd_op": "2026-01-12"},
]  # fmt: skip


def test_geen_kanarie_in_de_context_of_de_nederlandse_tekst_van_een_foutrij() -> None:
    """The rule context an error row keeps (issue 17) holds the schema's values, never the value read:
    the canary as a number below a limit, a text too long, a choice that is none, ..."""
    import verzuimregels
    from verzuimregels.fouten import Foutrij, Invoerfout
    from verzuimregels.registratie import lees_leerling
    from verzuimregels.teksten import Taal

    functies = (verzuimregels.beoordeel, lees_leerling, verzuimregels.beoordeel_verlof)
    met_context = 0
    for rij in CONTEXTRIJEN:
        fouten: list[Invoerfout] = []
        for functie in functies:
            try:
                functie(rij)
            except Invoerfout as fout:
                fouten.append(fout)
        assert fouten, rij
        for invoerfout in fouten:
            for veldfout in Foutrij(rij=1, fouten=invoerfout.fouten).fouten:
                met_context += veldfout.context is not None
                geen_kanarie(repr(veldfout.context), f"context of {veldfout.regel}")
                geen_kanarie(veldfout.tekst(Taal.NL), f"Dutch text of {veldfout.regel}")
    assert met_context >= len(CONTEXTRIJEN)  # the rows do reach rules with a context


# --- every command x every output format x both languages, in-process (cheap), derived from the parser --

ZONDER_INVOER = frozenset({"schema", "serve"})
"""Commands that read no input of the caller (``serve``: tests/test_kanarie_serve.py)."""


def _formaten() -> dict[str, tuple[str | None, ...]]:
    """Per command of the CLI its ``--formaat`` choices (``(None,)`` for a command without)."""
    import argparse

    from verzuimregels.cli import parser

    uit: dict[str, tuple[str | None, ...]] = {}
    for actie in parser()._actions:
        if isinstance(actie, argparse._SubParsersAction):
            for naam, sub in actie.choices.items():
                keuzes = [a.choices for a in sub._actions if "--formaat" in a.option_strings]
                uit[naam] = tuple(keuzes[0]) if keuzes and keuzes[0] else (None,)
    return uit


def _eduarte() -> str:
    kop = "datumvan;ovnr;deelnemernaam;groepnaam;typeomschrijving;lesuurbegin;lesuureind;tijdvan2;tijdtot2;tijd;reden;opmerking;naam\n"  # noqa: E501
    rijen = [
        f"0{d}-03-2026;1001;{NAAM} {NAAM};GRP1A;Ongeoorloofd;;;;;;;{BSN} {NAAM};{NAAM}\n" for d in range(2, 7)
    ]
    rijen.append(f"02-03-2026;{BSN};{NAAM};GRP1A;Ongeoorloofd;;;;;;;;{NAAM}\n")
    rijen.append(f"03-03-2026;1002;{NAAM};GRP1A;{NAAM};;;;;;;;\n")
    return kop + "".join(rijen)


def _leerlingen_csv() -> str:
    kop = "leerling;geboortedatum;startkwalificatie;onderwijssoort;regio;lesuur_minuten;uren_per_lesdag\n"
    return (
        kop
        + f"1001;13-04-2011;N;vo;midden;50;7\n1002;13-04-2011;N;vo;midden;50;7\n{BSN};13-04-2011;N;vo;;;\n"
    )


def _magister() -> str:
    rijen = [
        {"leerling": "1001", "Id": 5000 + d, "Start": f"2026-03-0{d}T07:30:00.0000000Z",
         "Eind": f"2026-03-0{d}T15:20:00.0000000Z", "Lesuur": 1, "Geoorloofd": False,
         "Omschrijving": f"{NAAM} {BSN}", "Code": "AB", "Verantwoordingtype": 1,
         "Afspraak": {"Id": 9000 + d, "Omschrijving": NAAM}}
        for d in range(2, 7)
    ]  # fmt: skip
    rijen.append({**rijen[0], "leerling": BSN, "Id": 6000})
    rijen.append({**rijen[0], "Id": 6001, "Code": NAAM})
    return json.dumps(rijen)


def _gevallen() -> str:
    return json.dumps(
        [
            {"naam": "een", "commando": "beoordeel", "invoer": CASUSSEN[0],
             "verwacht": {"verzuimsoort": "rmc", "pad": []}},
            {"naam": "twee", "commando": "beoordeel", "invoer": CASUSSEN[1],
             "verwacht": {"verzuimsoort": "rmc"}},
            {"naam": "drie", "commando": "status", "invoer": STATUSVRAGEN[0], "verwacht": {"pad": []}},
            {"naam": "vier", "commando": "analyseer", "opties": {"peildatum": "2026-03-20"},
             "invoer": LEERLINGEN[0], "verwacht": {"meldingen": [], "pad": 1}},
            {"naam": "vijf", "commando": "valideer", "invoer": MELDINGEN[0], "verwacht": {"status": "x"}},
            {"naam": "zes", "commando": "verlof", "invoer": VERLOF[1], "verwacht": {"beslissing": "x"}},
        ]
    )  # fmt: skip


def _invoer_per_commando(tmp: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Per command: (name, argv without ``--formaat`` and ``--taal``) for each canary input."""

    def bestand(naam: str, inhoud: str) -> str:
        pad = tmp / naam
        pad.write_text(inhoud, encoding="utf-8")
        return str(pad)

    records = bestand("r.csv", _csv_records())
    zonder_kop = bestand("zonder-kop.csv", _zonder_kop())
    eduarte = bestand("eduarte.csv", _eduarte())
    magister = bestand("magister.json", _magister())
    leerlingen = bestand("leerlingen.csv", _leerlingen_csv())
    meldingen_csv = bestand("meldingen.csv", _meldingen_csv())
    peil = ["--peildatum", "2026-03-20"]
    vo = ["--onderwijssoort", "vo"]
    bron_eduarte = [eduarte, "--bron", "eduarte", "--leerlingen", leerlingen]
    bron_magister = [magister, "--bron", "magister", "--leerlingen", leerlingen]
    per: dict[str, list[tuple[str, list[str]]]] = {k: [] for k in
        ("beoordeel", "status", "verlof", "analyseer", "valideer", "werklijst", "thuiszitters")}  # fmt: skip
    for vorm in ("array", "jsonl"):
        per["beoordeel"].append((vorm, ["beoordeel", bestand(f"c.{vorm}", _json(CASUSSEN, vorm))]))
        per["status"].append((vorm, ["status", bestand(f"s.{vorm}", _json(STATUSVRAGEN, vorm))]))
        per["verlof"].append((vorm, ["verlof", bestand(f"v.{vorm}", _json(VERLOF, vorm))]))
        leerl = bestand(f"l.{vorm}", _json(LEERLINGEN, vorm))
        per["analyseer"].append((vorm, ["analyseer", leerl, *peil]))
        per["werklijst"].append((vorm, ["werklijst", leerl, *peil]))
        per["valideer"].append((vorm, ["valideer", bestand(f"m.{vorm}", _json(MELDINGEN, vorm)), *peil]))
        per["thuiszitters"].append(
            (vorm, ["thuiszitters", bestand(f"t.{vorm}", _json(SITUATIES, vorm)), *peil])
        )
    per["beoordeel"].append(("object", ["beoordeel", bestand("een.json", json.dumps(CASUSSEN[0], indent=2))]))
    per["analyseer"] += [
        ("csv", ["analyseer", records, *peil, *vo]),
        ("csv willekeurig", ["analyseer", records, *peil, *vo, "--volgorde", "willekeurig"]),
        ("csv zonder kop", ["analyseer", zonder_kop, *peil, *vo]),
        ("eduarte", ["analyseer", *bron_eduarte, *peil]),
        ("magister", ["analyseer", *bron_magister, *peil]),
    ]
    per["werklijst"] += [
        ("csv", ["werklijst", records, *peil, *vo]),
        ("eduarte", ["werklijst", *bron_eduarte, *peil]),
        ("per school", ["werklijst", leerl, *peil, "--per", "school"]),
    ]
    per["valideer"] += [
        ("csv", ["valideer", meldingen_csv, *peil]),
        ("csv zonder kop", ["valideer", zonder_kop]),
        (
            "--records",
            ["valideer", bestand("m2.json", json.dumps(MELDINGEN)), "--records", records, *vo, *peil],
        ),
        ("--records --bron", ["valideer", meldingen_csv, "--records", *bron_eduarte, *peil]),
        ("--eerdere", ["valideer", meldingen_csv, "--eerdere", meldingen_csv, *peil]),
    ]
    per["boom"] = [("--casus", ["boom", "--casus", bestand("boom.json", json.dumps(CASUSSEN[0]))])]
    per["toets"] = [("gevallen", ["toets", bestand("gevallen.json", _gevallen())])]
    per["codetabel"] = [(s, ["codetabel", s]) for s in ("somtoday", "magister", "eduarte", "edfi")]
    return per


def _meldingen_csv() -> str:
    kop = "sleutel;bsn;geboortedatum;brin;vestiging;woongemeente;verzuimsoort;begindatum;einddatum;vermoedelijke_reden;contactpersoon_naam\n"  # noqa: E501
    return kop + (
        f"m1;{BSN};{GEBOORTE};05KO;01;0363;V3;02-03-2026;04-03-2026;{NAAM} spijbelt;{NAAM}\n"
        f"{BSN2};{BSN};13-04-2011;05KO;01;0363;{NAAM};{GEBOORTE};;;\n"
    )


def _geschreven(map_: Path) -> str:
    return "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(map_.rglob("*")) if p.is_file()
    )


def test_geen_kanarie_uit_elk_commando_in_elk_formaat_en_elke_taal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command of the parser, every ``--formaat`` it offers, ``--taal nl`` and ``en``, every canary
    input (JSON array and Lines, CSV, school-system exports, ...); also the files ``werklijst`` writes."""
    from verzuimregels.cli import main

    formaten = _formaten()
    per = _invoer_per_commando(tmp_path)
    assert set(formaten) - ZONDER_INVOER == set(per), "a command without canary input"
    gedraaid = 0
    for commando, aanroepen in per.items():
        talen = ("nl", "en") if "--taal" in _opties(commando) else (None,)
        for formaat in formaten[commando]:
            for taal in talen:
                for naam, argv in aanroepen:
                    extra = (["--formaat", formaat] if formaat else []) + (["--taal", taal] if taal else [])
                    waar = f"{commando} {naam} {formaat} {taal}"
                    code = main([*argv, *extra])
                    uit = capsys.readouterr()
                    assert code in (0, 1, 2), f"{waar}: exit {code}: {uit.err}"
                    assert "Traceback" not in uit.err, waar
                    geen_kanarie(uit.out + uit.err, waar)
                    gedraaid += 1
    argv = per["werklijst"][0][1]
    for formaat in ("html", "csv", "tabel", "json"):
        doel = tmp_path / f"uit-{formaat}"
        doel.mkdir()
        assert main([*argv, "--formaat", formaat, "--uitvoer", str(doel / "lijst")]) in (0, 1)
        assert main([*argv, "--formaat", "html", "--map", str(doel / "map")]) in (0, 1)
        uit = capsys.readouterr()
        assert list((doel / "map").iterdir())  # the pages were written, and are read below
        geen_kanarie(uit.out + uit.err + _geschreven(doel), f"werklijst --uitvoer/--map {formaat}")
    assert gedraaid >= 200


def _opties(commando: str) -> set[str]:
    import argparse

    from verzuimregels.cli import parser

    for actie in parser()._actions:
        if isinstance(actie, argparse._SubParsersAction):
            return {o for a in actie.choices[commando]._actions for o in a.option_strings}
    return set()  # pragma: no cover


def test_geen_kanarie_uit_toets_met_een_onbruikbaar_bestand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``toets`` names a case by its position and the form expected, never a key or value of the file."""
    from verzuimregels.cli import main

    geval = {"naam": "een", "commando": "beoordeel", "invoer": CASUSSEN[0], "verwacht": {}}
    gevallen = [
        [{**geval, BSN: NAAM}],
        [{**geval, "commando": BSN}],
        [{**geval, "opties": {BSN: NAAM}}],
        [{**geval, "opties": {"peildatum": BSN}}],
        [{k: v for k, v in geval.items() if k != "invoer"} | {NAAM: BSN}],
        [BSN],
        {BSN: NAAM},
    ]
    for i, inhoud in enumerate(gevallen):
        pad = tmp_path / f"g{i}.json"
        pad.write_text(json.dumps(inhoud), encoding="utf-8")
        code = main(["toets", str(pad)])
        uit = capsys.readouterr()
        assert code in (1, 2), uit.err
        geen_kanarie(uit.out + uit.err, f"toets {i}: {inhoud}")
