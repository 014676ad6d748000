"""Attacks on the public functions (issue 11), one test per class the issue names: tracebacks at the
ends of the calendar, personal data getting out, silent defaults and silent loss."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from verzuimregels import Invoerfout, beoordeel, beoordeel_verlof, bepaal_status
from verzuimregels.fouten import Internefout, bewaakt
from verzuimregels.registratie import analyseer
from verzuimregels.registratie.frame import analyseer_frame

BSN = "111222333"  # passes the elfproef


def keten(fout: BaseException) -> list[BaseException]:
    """The exception and everything chained to it."""
    uit: list[BaseException] = []
    huidig: BaseException | None = fout
    while huidig is not None and huidig not in uit:
        uit.append(huidig)
        huidig = huidig.__cause__ or huidig.__context__
    return uit


# --- 1. Tracebacks at the ends of the calendar: typed errors instead ------------------------------


@pytest.mark.parametrize(
    ("functie", "invoer"),
    [
        (bepaal_status, {"geboortedatum": "9999-12-31", "peildatum": "9999-12-31"}),
        (bepaal_status, {"geboortedatum": "9998-06-01", "peildatum": "9999-12-31"}),
        (bepaal_status, {"geboortedatum": "0001-01-01", "peildatum": "0001-01-01"}),
        (beoordeel, {"geboortedatum": "9998-06-01", "eerste_verzuimdag": "9999-12-31", "ziek": True}),
        (beoordeel, {"leeftijd_eerste_verzuimdag": 9, "ziek": True, "peildatum": "0001-01-01"}),
        (
            beoordeel_verlof,
            {"soort": "vakantie", "eerste_dag": "9999-12-30", "laatste_dag": "9999-12-31",
             "aangevraagd_op": "9999-12-01", "beroepsgrond": True},
        ),
    ],
)  # fmt: skip
def test_datum_aan_het_eind_van_de_kalender_is_een_invoerfout(functie: Any, invoer: dict[str, Any]) -> None:
    with pytest.raises(Invoerfout) as info:
        functie(invoer)
    assert info.value.fouten[0].regel in {"datum_buiten_bereik", "geen_wetsversie", "feit_ontbreekt"}
    assert all(isinstance(f, Invoerfout) for f in keten(info.value))


def test_open_einde_9999_in_de_records() -> None:
    leerling = {
        "sleutel": "p1",
        "geboortedatum": "2011-04-12",
        "school": {"onderwijssoort": "vo"},
        "records": [{"datum": "9999-12-31", "reden": "ongeoorloofd"}],
    }
    with pytest.raises(Invoerfout) as info:
        analyseer(leerling, date(9999, 12, 31))
    assert info.value.fouten[0].regel == "datum_buiten_bereik"
    assert all(isinstance(f, Invoerfout) for f in keten(info.value))


def test_een_onvoorziene_fout_wordt_internefout_zonder_bericht_of_keten() -> None:
    @bewaakt
    def kapot(waarde: str) -> None:
        raise KeyError(waarde)

    with pytest.raises(Internefout) as info:
        kapot(BSN)
    assert BSN not in str(info.value)
    assert info.value.soort == "KeyError"
    assert info.value.__cause__ is None
    assert info.value.__context__ is None


# --- 2. Personal data: never in a message or an exception chain -----------------------------------


def test_mapping_met_bsn_als_sleutel_noemt_de_positie() -> None:
    with pytest.raises(Invoerfout) as info:
        bepaal_status({"geboortedatum": "2012-03-10", "peildatum": "2026-09-01", BSN: {"naam": "Jansen"}})
    assert [f.veld for f in info.value.fouten] == ["<veld 3>"]
    for fout in keten(info.value):
        assert BSN not in str(fout)
        assert "Jansen" not in repr(fout)


def test_invoerfout_heeft_geen_context_met_invoerwaarden() -> None:
    with pytest.raises(Invoerfout) as info:
        beoordeel({"ziek": BSN, "leeftijd_eerste_verzuimdag": 9})
    assert info.value.__context__ is None
    assert info.value.__cause__ is None


def test_pydantic_fouten_van_modellen_tonen_geen_invoer() -> None:
    from pydantic import ValidationError

    from verzuimregels import Casus

    with pytest.raises(ValidationError) as info:
        Casus.model_validate({"ziek": BSN})
    assert BSN not in str(info.value)
    assert BSN not in repr(info.value)


# --- 3. No silent default: frames refuse columns they do not read --------------------------------


def _records() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sleutel": ["p1"],
            "geboortedatum": ["2009-04-12"],
            "onderwijssoort": ["vo"],
            "datum": ["2026-03-02"],
            "reden": ["ongeoorloofd"],
        }
    )


def test_analyseer_frame_weigert_een_verkeerd_gespelde_kolom() -> None:
    frame = _records().assign(startkwalifikatie=[True])
    with pytest.raises(Invoerfout) as info:
        analyseer_frame(frame, date(2026, 3, 20))
    assert info.value.fouten[0].regel == "onbekende_kolom"
    assert "position 6" in info.value.fouten[0].melding
    assert "startkwalifikatie" not in str(info.value)


def test_analyseer_frame_weigert_een_kolom_van_een_csv_zonder_kopregel() -> None:
    leerlingen = pd.DataFrame({"sleutel": ["p1"], BSN: ["Jansen"]})
    with pytest.raises(Invoerfout) as info:
        analyseer_frame(_records().drop(columns=["geboortedatum"]), date(2026, 3, 20), leerlingen=leerlingen)
    assert BSN not in str(info.value)


def test_analyseer_frame_weigert_dubbele_kolommen() -> None:
    frame = pd.concat([_records(), _records()[["reden"]]], axis=1)
    with pytest.raises(Invoerfout) as info:
        analyseer_frame(frame, date(2026, 3, 20))
    assert info.value.fouten[0].regel == "kolom_dubbel"


# --- 2b. A sleutel that is a BSN or onderwijsnummer is refused, never echoed ----------------------

ONDERWIJSNUMMER = "101222331"  # passes the onderwijsnummer check


@pytest.mark.parametrize("nummer", [BSN, ONDERWIJSNUMMER, "1112.22.333"])
def test_sleutel_die_een_persoonsnummer_is_wordt_geweigerd(nummer: str) -> None:
    leerling = {"sleutel": nummer, "geboortedatum": "2011-04-12", "school": {"onderwijssoort": "vo"}}
    with pytest.raises(Invoerfout) as info:
        analyseer(leerling, date(2026, 3, 20))
    assert info.value.fouten[0].regel == "sleutel_persoonsnummer"
    assert nummer not in str(info.value)


def test_analyseer_frame_met_bsn_als_sleutel_geeft_een_foutrij_zonder_de_bsn() -> None:
    frame = pd.concat([_records(), _records().assign(sleutel=[BSN])], ignore_index=True)
    uit = analyseer_frame(frame, date(2026, 3, 20))
    assert BSN not in uit.to_csv()
    assert "sleutel_persoonsnummer" in set(uit["fout_regel"].dropna())
    assert "p1" in set(uit["sleutel"])


# --- 3b. Timestamps where dates are asked are errors -------------------------------------------------


@pytest.mark.parametrize("waarde", ["2026-03-02T00:00:00", "2026-03-02 00:00", 1_772_409_600])
def test_tijdstip_waar_een_datum_gevraagd_wordt_is_een_fout(waarde: object) -> None:
    from verzuimregels.thuiszitters import classificeer

    situatie = {"sleutel": "s1", "plicht": {"van": waarde}, "inschrijvingen": []}
    with pytest.raises(Invoerfout) as info:
        classificeer(situatie, date(2026, 3, 20))
    assert info.value.fouten[0].veld == "plicht.van"
