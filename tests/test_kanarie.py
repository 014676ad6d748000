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
