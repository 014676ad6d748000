"""Bad input for the registration layer: clear errors naming the record, never a personal value."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from verzuimregels import Invoerfout
from verzuimregels.registratie import Leerling, analyseer, lees_leerling

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
GEBOORTEDATUM = "2012-05-05"


def leerling(records: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"geboortedatum": GEBOORTEDATUM, "school": VO, "records": records, "schooljaar": 2025, **extra}


def fout(ll: dict[str, Any]) -> Invoerfout:
    with pytest.raises(Invoerfout) as info:
        analyseer(ll, date(2026, 3, 31))
    assert GEBOORTEDATUM not in str(info.value)
    return info.value


def test_record_buiten_het_schooljaar() -> None:
    # Changed by issue 13 (point 2): records may run on into later school years (art. 21a counts
    # lesweken, not school years); a record before the given (first) school year is still an error.
    f = fout(leerling([{"datum": "2026-03-02", "reden": "ziek"}, {"datum": "2025-07-31", "reden": "ziek"}]))
    assert f.fouten[0].regel == "buiten_schooljaar"
    assert f.fouten[0].veld == "records.2"
    assert "record 2" in str(f)


def test_record_buiten_schooljaar_met_sleutel() -> None:
    f = fout(leerling([{"datum": "2025-07-31", "reden": "ziek", "sleutel": "abs-17"}]))
    assert "record 1 (abs-17)" in str(f)


@pytest.mark.parametrize("uren", [-1, 0])
def test_negatieve_of_nul_uren(uren: int) -> None:
    f = fout(leerling([{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": uren}]))
    assert f.fouten[0].veld == "records.1"
    assert f.fouten[0].regel == "uren_niet_positief"


def test_meer_uren_dan_de_lesdag() -> None:
    f = fout(leerling([{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 7}]))
    assert f.fouten[0].regel == "uren_meer_dan_lesdag"
    assert "record 1" in str(f)


def test_samen_meer_dan_de_lesdag() -> None:
    records = [
        {"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 4},
        {"datum": "2026-03-02", "reden": "ziek", "uren": 3},
    ]
    assert fout(leerling(records)).fouten[0].regel == "uren_meer_dan_lesdag"


def test_absurd_veel_uren() -> None:
    f = fout(leerling([{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 10**9}]))
    assert f.fouten[0].veld.startswith("records.1")


def test_onbekende_reden() -> None:
    f = fout(
        leerling([{"datum": "2026-03-02", "reden": "ziek"}, {"datum": "2026-03-03", "reden": "spijbelen"}])
    )
    assert f.fouten[0].veld == "records.2.reden"


def test_dubbele_hele_dagen_overlappen() -> None:
    f = fout(
        leerling([{"datum": "2026-03-02", "reden": "ziek"}, {"datum": "2026-03-02", "reden": "ongeoorloofd"}])
    )
    assert f.fouten[0].regel == "records_overlappen"
    assert f.fouten[0].velden == ("records.1", "records.2")


def test_hele_dag_en_uren_overlappen() -> None:
    records: list[dict[str, Any]] = [
        {"datum": "2026-03-02", "reden": "ziek", "uren": 1},
        {"datum": "2026-03-02", "reden": "ziek"},
    ]
    assert fout(leerling(records)).fouten[0].regel == "records_overlappen"


def test_tijdvakken_overlappen() -> None:
    records = [
        {"datum": "2026-03-02", "reden": "ziek", "van": "09:00", "tot": "10:00"},
        {"datum": "2026-03-02", "reden": "ongeoorloofd", "van": "09:30", "tot": "10:30"},
    ]
    assert fout(leerling(records)).fouten[0].regel == "records_overlappen"


def test_aansluitende_tijdvakken_mogen() -> None:
    records = [
        {"datum": "2026-03-02", "reden": "ziek", "van": "09:00", "tot": "10:00"},
        {"datum": "2026-03-02", "reden": "ongeoorloofd", "van": "10:00", "tot": "11:00"},
    ]
    assert analyseer(leerling(records), date(2026, 3, 31)).meldingen[0].uren == 1


@pytest.mark.parametrize(
    ("record", "regel"),
    [
        ({"uren": 1, "van": "09:00", "tot": "10:00"}, "uren_en_tijd"),
        ({"van": "09:00"}, "tijd_onvolledig"),
        ({"van": "10:00", "tot": "09:00"}, "tijd_volgorde"),
    ],
)
def test_uren_en_tijdvak(record: dict[str, Any], regel: str) -> None:
    f = fout(leerling([{"datum": "2026-03-02", "reden": "ziek", **record}]))
    assert f.fouten[0].regel == regel


@pytest.mark.parametrize(
    ("school", "regel"),
    [
        ({"onderwijssoort": "po", "telt_lesuren": True}, "po_telt_klokuren"),
        ({"onderwijssoort": "vo", "telt_lesuren": True, "lesuur_minuten": 70}, "lesuur_te_lang"),
    ],
)
def test_schoolinstellingen(school: dict[str, Any], regel: str) -> None:
    assert fout(leerling([], school=school)).fouten[0].regel == regel


def test_peildatum_voor_het_schooljaar() -> None:
    with pytest.raises(Invoerfout) as info:
        analyseer(leerling([]), date(2025, 7, 1))
    assert info.value.fouten[0].veld == "peildatum"


def test_geboortedatum_niet_in_repr() -> None:
    ll = lees_leerling(leerling([]))
    assert isinstance(ll, Leerling)
    assert GEBOORTEDATUM not in repr(ll)
    assert "2012" not in repr(ll)
    assert lees_leerling(ll) is ll


def test_melding_en_vrijstelling_posities_tellen_vanaf_een() -> None:
    f = fout(
        leerling(
            [], meldingen=[{"verzuimsoort": "zestien_uur", "begindatum": "2026-03-02"}, {"verzuimsoort": "x"}]
        )
    )
    assert f.fouten[0].veld.startswith("meldingen.2")


def test_record_voor_de_geboortedatum() -> None:
    ll = leerling([{"datum": "2026-03-02", "reden": "ziek"}]) | {"geboortedatum": "2026-04-01"}
    with pytest.raises(Invoerfout) as info:
        analyseer(ll, date(2026, 4, 30))
    assert info.value.fouten[0].regel == "voor_geboortedatum"
    assert "2026-04-01" not in str(info.value)


def test_geboortedatum_niet_in_repr_van_de_analyse() -> None:
    records = [{"datum": f"2026-03-0{d}", "reden": "ongeoorloofd"} for d in range(2, 7)]
    a = analyseer(leerling(records), date(2026, 3, 31))
    assert a.meldingen
    assert "2012, 5, 5" not in repr(a)
