"""Tests written to kill mutants that survived ``mutmut run`` over the law and engine packages.

Each test names the rule it pins down and, in its docstring, the mutant it was written for.

Mutants left alive on purpose, because no input can tell them from the rule (equivalent mutants):

* ``einde_leerplicht_zestien`` with no 29 February rule: a 16th birthday on 28 February or 1 March lies
  in the same school year (1 August to 31 July), so the end of leerplicht is the same day.
* ``twaalfde_schooljaar`` with ``bezocht <= ACHT_SCHOOLJAREN``: at exactly eight years attended both
  branches give the same year (basisschool's last year + 4 = the first year + 11).
* ``verjaardag_maanddag_kolom`` with ``np.array(geboorte_maanddag)`` instead of ``copy=True``: NumPy's
  ``np.array`` copies by default, so the caller's column is never written to either way.
* ``Dated.__init__`` sorting without its key (two mutants): the pairs sort by their unique dates either
  way. The key is gone from the code since.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from verzuimregels.beleid import Verjaardag29Februari
from verzuimregels.engine.trace import GelezenFeit, Herkomst
from verzuimregels.keuzehulp.modellen import Casus
from verzuimregels.regels.duur import getelde_dagen, langer_dan_drie_maanden
from verzuimregels.regels.kwalificatieplicht import rmc_periode
from verzuimregels.regels.leeftijd import is_schrikkeldag, is_schrikkeljaar_kolom, verjaardag
from verzuimregels.regels.leerplicht import maand_na_vijfde_verjaardag_kolom, twaalfde_schooljaar
from verzuimregels.regels.termijnen import einde_termijn
from verzuimregels.regels.vrijstelling import kennisgeving_dekt, verklaring_geldig

EEN_MAART = Verjaardag29Februari.EEN_MAART
ACHTENTWINTIG = Verjaardag29Februari.ACHTENTWINTIG_FEBRUARI


def test_drie_maanden_precies_op_de_dag() -> None:
    """Kamerbrief 2016 "langer dan drie maanden": from 1 January, 1 April is the first day past it."""
    assert not langer_dan_drie_maanden(date(2026, 1, 1), date(2026, 3, 31))
    assert langer_dan_drie_maanden(date(2026, 1, 1), date(2026, 3, 31) + timedelta(days=1))


def test_alleen_29_februari_is_de_schrikkeldag() -> None:
    """Mutant ``month == 2 or day == 29``: 28 February and 29 March are no leap days, and someone born
    on 28 February has a birthday on 28 February under either rule."""
    assert is_schrikkeldag(date(2008, 2, 29))
    assert not is_schrikkeldag(date(2008, 2, 28))
    assert not is_schrikkeldag(date(2008, 3, 29))
    assert verjaardag(date(2008, 2, 28), 18, EEN_MAART) == date(2026, 2, 28)


def test_schrikkeljaar_kolom_is_de_gregoriaanse_regel() -> None:
    """Mutants of ``jaar % 100 != 0``: 1900 and 2100 are no leap years, 2000 is (every year 1600-2400)."""
    jaren = np.arange(1600, 2401, dtype=np.int64)
    assert is_schrikkeljaar_kolom(jaren).tolist() == [calendar.isleap(int(j)) for j in jaren]


def test_maandindex_is_een_geheel_getal() -> None:
    """Mutant ``// 100`` -> ``/ 100``: the month index is an exact integer, not 24063.01."""
    index = maand_na_vijfde_verjaardag_kolom(np.array([2020]), np.array([301]), EEN_MAART)
    assert index.dtype.kind == "i"
    assert index.tolist() == [2025 * 12 + 3]


def test_kennisgeving_op_de_dag_zelf_dekt() -> None:
    """Art. 6 lid 1 (mutant ``kennisgeving >= dag``): a notice given on the day itself carries it."""
    dag = date(2026, 9, 1)
    assert kennisgeving_dekt(dag, dag, dag, dag, nooit_geschikt=False)
    assert not kennisgeving_dekt(dag + timedelta(days=1), dag, dag, dag, nooit_geschikt=False)


def test_vernieuwing_op_1_juli_van_het_jaar_ervoor_telt() -> None:
    """Art. 6 lid 2 onder b (mutant ``van < kennisgeving``): a renewal on 1 July 2026 is in time for
    school year 2027 ("elk jaar opnieuw voor 1 juli" of 2027)."""
    eerste, begin, dag = date(2025, 6, 1), date(2025, 9, 1), date(2027, 9, 1)
    assert kennisgeving_dekt(date(2026, 7, 1), eerste, begin, dag, nooit_geschikt=False)
    assert not kennisgeving_dekt(date(2026, 6, 30), eerste, begin, dag, nooit_geschikt=False)


def test_verklaring_van_dezelfde_dag_is_geldig() -> None:
    """Art. 7 (mutant ``verklaring < kennisgeving``): a statement dated the day of the notice is valid."""
    assert verklaring_geldig(date(2026, 3, 1), date(2026, 3, 1))
    assert not verklaring_geldig(date(2026, 3, 2), date(2026, 3, 1))


def test_twaalfde_schooljaar_na_negen_bezochte_jaren() -> None:
    """Art. 3 lid 2 (mutant ``+ 1`` -> ``- 1`` in the years attended): a pupil who attended nine school
    years when finishing a basisschool of seven years already counts nine, so the twelfth year is the
    eleventh after the first, not four after basisschool."""
    assert twaalfde_schooljaar(2010, 2018, 7) == 2021
    assert twaalfde_schooljaar(2010, 2016, 7) == 2020


def test_getelde_dagen_een_dag_en_vakanties() -> None:
    """Mutants of ``getelde_dagen``: one day counts as one; holiday days are left out, the rest counts
    once each; without a holiday predicate every day counts."""
    maandag = date(2026, 3, 2)
    assert getelde_dagen(maandag, maandag, None, vakantiedagen_meetellen=False) == 1

    def is_vakantie(d: date) -> bool:
        return d.weekday() >= 5

    week = maandag + timedelta(days=6)
    assert getelde_dagen(maandag, week, is_vakantie, vakantiedagen_meetellen=False) == 5
    assert getelde_dagen(maandag, week, is_vakantie, vakantiedagen_meetellen=True) == 7
    assert getelde_dagen(maandag, week, None, vakantiedagen_meetellen=False) == 7


@pytest.mark.parametrize(
    ("regel", "begin"), [(EEN_MAART, date(2026, 3, 1)), (ACHTENTWINTIG, date(2026, 2, 28))]
)
def test_rmc_periode_volgt_de_29_februari_regel(regel: Verjaardag29Februari, begin: date) -> None:
    """Mutants passing no rule to ``verjaardag``: born 29 February 2008, the RMC period starts on the
    18th birthday and ends the day before the 23rd under the chosen rule."""
    einde = date(2031, 2, 28) if regel is EEN_MAART else date(2031, 2, 27)
    assert rmc_periode(date(2008, 2, 29), regel) == (begin, einde)


def test_termijn_van_drie_dagen_heeft_twee_werkdagen() -> None:
    """Atw art. 2 (mutant that skips the first day when counting): from Thursday 8 January 2026 a term
    of three days holds Friday and, extended past the weekend, Monday: it ends on Monday."""
    assert einde_termijn(date(2026, 1, 8), 3) == date(2026, 1, 12)


def test_uren_als_json_getal() -> None:
    """``Uren`` on the wire (mutants of ``_als_getal``): a whole number of hours is a JSON integer, a
    fraction a float."""
    heel = GelezenFeit(naam="uren", waarde=Decimal("16.00"), herkomst=Herkomst.OPGEGEVEN)
    half = GelezenFeit(naam="uren", waarde=Decimal("16.5"), herkomst=Herkomst.OPGEGEVEN)
    assert heel.model_dump_json() == '{"naam":"uren","waarde":16,"herkomst":"opgegeven","afgeleid_van":[]}'
    assert half.model_dump(mode="json")["waarde"] == 16.5


@pytest.mark.parametrize(
    ("waarde", "code", "tekst"),
    [
        ("2010-02-30", "datum_bestaat_niet", "Input is not a date that exists"),
        ("10-02-2010", "datum_formaat", "Input should be a date as YYYY-MM-DD"),
        (20100210, "datum_type", "Input should be a date as YYYY-MM-DD"),
    ],
)
def test_datum_alleen_iso(waarde: object, code: str, tekst: str) -> None:
    """``Datum`` (mutants of ``_iso_datum``, its codes and its messages): only a date or ``YYYY-MM-DD``,
    with a typed error whose message names the format."""
    with pytest.raises(ValidationError) as fout:
        Casus(geboortedatum=waarde, eerste_verzuimdag="2026-03-02")
    assert fout.value.errors()[0]["type"] == code
    assert fout.value.errors()[0]["msg"] == tekst
    with pytest.raises(ValidationError) as tijdstip:  # a datetime is a date subclass, but no date
        Casus(geboortedatum=datetime(2010, 2, 10, 12, 0), eerste_verzuimdag="2026-03-02")
    assert tijdstip.value.errors()[0]["type"] == "datum_type"
    assert Casus(geboortedatum="2010-02-10", eerste_verzuimdag=date(2026, 3, 2)).geboortedatum == date(
        2010, 2, 10
    )


_TIEN_TEKENS = st.text(
    alphabet=st.sampled_from("0123456789-W+T: Z\u0661\uff10\u00b2x"), min_size=8, max_size=8
).map(lambda t: f"{t[:4]}-{t[4:6]}-{t[6:]}")


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TIEN_TEKENS, st.text(min_size=8, max_size=12)))
@example("2026-W10-1")
@example("\u0662\u0660\u0662\u0666-\u0660\u0663-\u0660\u0662")
@example("+026-03-02")
@example("2026-02-29")
@example("2026-03-02")
def test_datum_snelle_weg_leest_wat_het_patroon_leest(tekst: str) -> None:
    """``_iso_datum`` reads a 10-character ``____-__-__`` text with ``fromisoformat`` before the
    pattern: it must accept, and refuse with the same code, exactly what the pattern and
    ``fromisoformat`` together do (week dates such as ``2026-W10-1``, other digits, signs)."""
    import re

    from pydantic_core import PydanticCustomError

    from verzuimregels.engine.values import _iso_datum

    def verwacht(waarde: str) -> object:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", waarde):
            return "datum_formaat"
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            return "datum_bestaat_niet"

    try:
        gelezen: object = _iso_datum(tekst)
    except PydanticCustomError as fout:
        gelezen = fout.type
    assert gelezen == verwacht(tekst)


def test_begin_leerplicht_voor_92_dagen_na_de_eerste_van_de_maand() -> None:
    """Art. 3 lid 1 with unknown school holidays (mutants of ``begin_leerplicht_voor``'s window
    ``eerste <= dag < eerste + ZEKER_NA``): on the first of the month and on day 91 after it the start
    depends on the holidays (the error stands); from day 92 on it does not."""
    from verzuimregels.kalender import OnbekendeSchoolvakanties, Regio, Schoolkalender
    from verzuimregels.regels.leerplicht import ZEKER_NA, begin_leerplicht_voor

    kalender = Schoolkalender(regio=Regio.MIDDEN)
    geboren = date(2008, 3, 10)  # leerplicht from April 2013, before the holidays package's years
    eerste = date(2013, 4, 1)
    regel = Verjaardag29Februari.EEN_MAART
    for dag in (eerste, eerste + ZEKER_NA - timedelta(days=1)):
        with pytest.raises(OnbekendeSchoolvakanties):
            begin_leerplicht_voor(geboren, (dag,), kalender, regel)
    begin, exact = begin_leerplicht_voor(geboren, (eerste + ZEKER_NA,), kalender, regel)
    assert (begin, exact) == (date(2013, 4, 2), False)  # 1 April 2013 was Easter Monday
