"""Casus's checks between fields are declared once (``keuzehulp.checks.CASUS_CHECKS``), with a scalar form
for the model's validator and a column form for the column-wise keuzehulp side by side.

The column-wise keuzehulp once re-typed these checks by hand; a changed copy would have changed which
rows it judges itself without any test noticing where the change kept the verdicts equal. These tests
hold the two forms of each check to each other, row by row, on the days where an off-by-one shows:
equal dates and a day apart, 29 February, a given age one year off, each field given or not, and in
each column type the frame reads fast (datetime64, pandas strings, Python objects).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from tests.strategieen import GRENSLEEFTIJDEN
from verzuimregels import Beleid, beoordeel
from verzuimregels.beleid import Verjaardag29Februari
from verzuimregels.engine.constraints import CrossField, check, violated_rows
from verzuimregels.fouten import Invoerfout
from verzuimregels.keuzehulp.checks import CASUS_CHECKS
from verzuimregels.keuzehulp.modellen import Casus
from verzuimregels.regels.leeftijd import leeftijd_op, verjaardag

pd = pytest.importorskip("pandas")
from verzuimregels.keuzehulp import frame as frame_module  # noqa: E402

VELDEN = ("geboortedatum", "eerste_verzuimdag", "leeftijd_eerste_verzuimdag", "peildatum")
VANDAAG = date(2028, 1, 1)


@st.composite
def velden_op_de_grenzen(draw: st.DrawFn) -> dict[str, Any]:
    """The four fields the checks read, each given or not, on and beside the days where they flip."""
    if draw(st.booleans()):
        geb = date(draw(st.sampled_from([2000, 2004, 2008, 2012, 2016, 2020])), 2, 29)
    else:
        geb = draw(st.dates(min_value=date(1999, 1, 1), max_value=date(2024, 12, 31)))
    if draw(st.booleans()):  # near a birthday at which the law changes its answer
        regel = draw(st.sampled_from(list(Verjaardag29Februari)))
        eerste = verjaardag(geb, draw(st.sampled_from(GRENSLEEFTIJDEN)), regel)
        eerste += timedelta(days=draw(st.sampled_from((-1, 0, 1))))
    else:  # near the birth date itself, before it included
        eerste = geb + timedelta(days=draw(st.sampled_from((-2, -1, 0, 1, 2, 365))))
    peil = eerste + timedelta(days=draw(st.sampled_from((-1, 0, 1, 40))))
    regel = draw(st.sampled_from(list(Verjaardag29Februari)))
    leeftijd = max(0, leeftijd_op(geb, eerste, regel) + draw(st.sampled_from((-1, 0, 0, 1))))
    waarden = {
        "geboortedatum": geb,
        "eerste_verzuimdag": eerste,
        "leeftijd_eerste_verzuimdag": leeftijd,
        "peildatum": peil,
    }
    gegeven = draw(st.lists(st.sampled_from(VELDEN), unique=True))
    return {k: v for k, v in waarden.items() if k in gegeven}


def _frame(rijen: list[dict[str, Any]], vorm: str) -> Any:
    """The rows as a DataFrame with the four columns in one of the column types the frame reads fast."""
    kolommen: dict[str, Any] = {}
    for naam in VELDEN:
        cellen = [r.get(naam) for r in rijen]
        if naam == "leeftijd_eerste_verzuimdag":
            kolommen[naam] = (
                pd.array(cellen, dtype="Int64") if vorm != "object" else pd.Series(cellen, dtype=object)
            )
        elif vorm == "datetime64":
            kolommen[naam] = pd.Series(
                [pd.NaT if c is None else pd.Timestamp(c) for c in cellen], dtype="datetime64[ns]"
            )
        elif vorm == "string":
            kolommen[naam] = pd.array([None if c is None else c.isoformat() for c in cellen], dtype="string")
        else:
            kolommen[naam] = pd.Series(cellen, dtype=object)
    return pd.DataFrame(kolommen)


def _kolomview(rijen: list[dict[str, Any]], vorm: str, beleid: Beleid) -> Any:
    """The column view ``beoordeel_frame`` builds for the rows, as it passes it to the checks."""
    gezien: list[Any] = []

    def opnemen(checks: Any, view: Any) -> Any:
        gezien.append(view)
        return violated_rows(checks, view)

    with mock.patch.object(frame_module, "violated_rows", opnemen):
        frame_module.beoordeel_frame(_frame(rijen, vorm), beleid=beleid, vandaag=VANDAAG)
    assert len(gezien) == 1
    return gezien[0]


VORMEN = ("datetime64", "string", "object")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(velden_op_de_grenzen(), min_size=1, max_size=30),
    st.sampled_from(VORMEN),
    st.sampled_from(list(Verjaardag29Februari)),
)
@example(
    [
        # Born 29 February 2008, a given 18 on 28 February 2026: one 29 February rule gives 18 (accepted).
        {
            "geboortedatum": date(2008, 2, 29),
            "eerste_verzuimdag": date(2026, 2, 28),
            "leeftijd_eerste_verzuimdag": 18,
        },
        {
            "geboortedatum": date(2008, 2, 29),
            "eerste_verzuimdag": date(2026, 2, 27),
            "leeftijd_eerste_verzuimdag": 18,
        },
        {"geboortedatum": date(2010, 5, 1), "eerste_verzuimdag": date(2010, 4, 30)},
        {
            "eerste_verzuimdag": date(2026, 3, 2),
            "peildatum": date(2026, 3, 1),
            "leeftijd_eerste_verzuimdag": 9,
        },
        {"geboortedatum": date(2010, 5, 1)},
        {"eerste_verzuimdag": date(2010, 5, 1)},
        {},
    ],
    "datetime64",
    Verjaardag29Februari.EEN_MAART,
)
def test_elke_controle_scalair_gelijk_aan_kolom(
    rijen: list[dict[str, Any]], vorm: str, regel: Verjaardag29Februari
) -> None:
    """Each check's column form marks exactly the rows its scalar form finds violated."""
    view = _kolomview(rijen, vorm, Beleid(verjaardag_29_februari=regel))
    for controle in CASUS_CHECKS:
        kolom = controle.violated_rows(view).tolist()
        scalair = [controle.violated(Casus.model_construct(**rij)) for rij in rijen]
        assert kolom == scalair, controle.code


@settings(max_examples=30, deadline=None)
@given(st.lists(velden_op_de_grenzen(), min_size=1, max_size=20), st.sampled_from(VORMEN))
def test_frame_geeft_de_fouten_van_het_model_op_de_grenzen(rijen: list[dict[str, Any]], vorm: str) -> None:
    """Through both walkers: every row gets the verdict or the error row the one-case API gives it."""
    frame = _frame(rijen, vorm).assign(ziek=False, vakantie_zonder_verlof=True)
    uit = frame_module.beoordeel_frame(frame, vandaag=VANDAAG)
    kolom = [
        {k: v for k, v in r.items() if not pd.isna(v)}
        for r in uit[list(frame_module.UITVOERKOLOMMEN)].astype(object).to_dict("records")
    ]
    verwacht = []
    for rij in rijen:
        casus = {k: v.isoformat() if isinstance(v, date) else v for k, v in rij.items()}
        casus |= {"ziek": False, "vakantie_zonder_verlof": True}
        try:
            verwacht.append(frame_module.rij_uit_oordeel(beoordeel(casus, vandaag=VANDAAG)))
        except Invoerfout as fout:
            verwacht.append(frame_module.rij_uit_fout(fout))
    assert kolom == verwacht


@pytest.mark.parametrize(
    ("casus", "code", "melding", "velden"),
    [
        (
            {"geboortedatum": "2010-01-01", "leeftijd_eerste_verzuimdag": 9},
            "datum_ontbreekt",
            "geboortedatum and eerste_verzuimdag go together: eerste_verzuimdag is missing",
            ["eerste_verzuimdag"],
        ),
        (
            {"eerste_verzuimdag": "2026-03-02", "leeftijd_eerste_verzuimdag": 9},
            "datum_ontbreekt",
            "geboortedatum and eerste_verzuimdag go together: geboortedatum is missing",
            ["geboortedatum"],
        ),
        (
            {},
            "leeftijd_ontbreekt",
            "give leeftijd_eerste_verzuimdag, or geboortedatum and eerste_verzuimdag",
            ["leeftijd_eerste_verzuimdag", "geboortedatum", "eerste_verzuimdag"],
        ),
        (
            {"geboortedatum": "2010-03-02", "eerste_verzuimdag": "2010-03-01"},
            "datum_volgorde",
            "eerste_verzuimdag lies before geboortedatum",
            ["eerste_verzuimdag", "geboortedatum"],
        ),
        (
            {
                "geboortedatum": "2010-03-02",
                "eerste_verzuimdag": "2026-03-01",
                "leeftijd_eerste_verzuimdag": 16,
            },
            "leeftijd_strijdig",
            "leeftijd_eerste_verzuimdag contradicts geboortedatum and eerste_verzuimdag",
            ["leeftijd_eerste_verzuimdag", "geboortedatum", "eerste_verzuimdag"],
        ),
        (
            {"leeftijd_eerste_verzuimdag": 9, "eerste_verzuimdag": "2026-03-02", "peildatum": "2026-03-01"},
            "datum_ontbreekt",
            "geboortedatum and eerste_verzuimdag go together: geboortedatum is missing",
            ["geboortedatum"],
        ),
        (
            {"geboortedatum": "2010-01-01", "eerste_verzuimdag": "2026-03-02", "peildatum": "2026-03-01"},
            "datum_volgorde",
            "peildatum lies before eerste_verzuimdag",
            ["peildatum", "eerste_verzuimdag"],
        ),
    ],
)
def test_fout_van_elke_controle(casus: dict[str, Any], code: str, melding: str, velden: list[str]) -> None:
    """Code, message and fields of each check as the model raised them before the checks were declared."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as fout:
        Casus.model_validate(casus)
    (e,) = fout.value.errors()
    assert (e["type"], e["msg"], e["ctx"]["velden"]) == (code, melding, velden)


def test_eerste_geschonden_controle_wint() -> None:
    """In declaration order: a case that violates two checks gets the first one's error."""
    a: CrossField[Any, Any] = CrossField("a", "eerst", ("x",), lambda c: True, lambda k: k)
    b: CrossField[Any, Any] = CrossField("b", "dan", ("y",), lambda c: True, lambda k: k)
    with pytest.raises(PydanticCustomError) as fout:
        check((a, b), object())
    assert (fout.value.type, fout.value.message(), fout.value.context) == ("a", "eerst", {"velden": ["x"]})
    check((), object())  # no checks, nothing to raise


def test_controles_noemen_velden_van_casus() -> None:
    for controle in CASUS_CHECKS:
        assert set(controle.fields) <= set(Casus.model_fields), controle.code
        assert set(controle.context.values()) <= set(Casus.model_fields), controle.code
