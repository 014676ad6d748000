"""Verlof beyond the grantor's authority is verzuim (issue 13, point 1).

Lpw art. 13a lid 2: the head grants vakantieverlof "slechts eenmaal voor ten hoogste tien dagen per
schooljaar" and never in "de eerste twee lesweken"; art. 14 lid 3: the head grants verlof for
gewichtige omstandigheden "voor ten hoogste tien dagen per schooljaar", more is decided by "de ambtenaar
van de woongemeente". A beroep op vrijstelling (art. 11 onder f, g) rests on verlof the grantor could
grant (art. 13a lid 1, 14 lid 1): the days beyond it are verzuim and lead to the melding they would
lead to without the verlof.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verzuimregels import Invoerfout, Meldplicht, Verzuimsoort
from verzuimregels.kalender import Regio, Schoolkalender
from verzuimregels.registratie import Analyse, analyseer
from verzuimregels.verlof import Verlener, Verlof, Verlofsoort, gedekte_verlofdagen

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
MIDDEN = Schoolkalender(regio=Regio.MIDDEN)


def lesdagen(van: date, aantal: int, kalender: Schoolkalender = MIDDEN) -> list[date]:
    uit: list[date] = []
    dag = van
    while len(uit) < aantal:
        if kalender.is_lesdag(dag):
            uit.append(dag)
        dag += timedelta(days=1)
    return uit


def pupil(records: list[dict[str, Any]], verloven: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    ll: dict[str, Any] = {"geboortedatum": "2012-05-05", "school": VO, "records": records}
    if verloven is not None:
        ll["verloven"] = verloven
    return ll


def _records(dagen: list[date], reden: str) -> list[dict[str, Any]]:
    return [{"datum": d.isoformat(), "reden": reden} for d in dagen]


def _verlof(soort: str, dagen: list[date], **extra: Any) -> dict[str, Any]:
    return {"soort": soort, "eerste_dag": dagen[0].isoformat(), "laatste_dag": dagen[-1].isoformat(), **extra}


def test_verlof_14_van_vijftien_dagen_door_het_hoofd_dagen_na_de_tiende_leiden_tot_16_uur() -> None:
    # 15 lesdagen of verlof for gewichtige omstandigheden from Monday 2 March 2026, granted by the head.
    # The head may grant ten (art. 14 lid 3, eerste volzin): up to Friday 13 March. From Monday
    # 16 March the pupil is absent without a valid reason: 6 + 6 + 6 hours reach 16 on Wednesday
    # 18 March, the day of the 16-uur melding (art. 21a).
    dagen = lesdagen(date(2026, 3, 2), 15)
    assert (dagen[9], dagen[10], dagen[-1]) == (date(2026, 3, 13), date(2026, 3, 16), date(2026, 3, 20))
    for verloven in ([_verlof("gewichtige_omstandigheden", dagen)], None):  # given, or as registered
        a = analyseer(pupil(_records(dagen, "verlof_14"), verloven), date(2026, 3, 31))
        m, rest = a.meldingen  # the 12 hours of 19-20 March after the restart: overig verzuim
        assert (rest.verzuimsoort, rest.begindatum, rest.uren) == (
            Verzuimsoort.OVERIG_VERZUIM,
            date(2026, 3, 19),
            Decimal(12),
        )
        assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.ZESTIEN_UUR, Meldplicht.VERPLICHT)
        assert (m.begindatum, m.einddatum, m.dag_plicht) == (
            date(2026, 3, 16),
            date(2026, 3, 18),
            date(2026, 3, 18),
        )
        assert m.records == (11, 12, 13)


def test_verlof_14_van_vijftien_dagen_door_de_leerplichtambtenaar_dekt_alles() -> None:
    # more than ten days: the leerplichtambtenaar decides (art. 14 lid 3, tweede volzin); his decision
    # covers what it grants
    dagen = lesdagen(date(2026, 3, 2), 15)
    verlof = _verlof("gewichtige_omstandigheden", dagen, verleend_door="leerplichtambtenaar")
    a = analyseer(pupil(_records(dagen, "verlof_14"), [verlof]), date(2026, 3, 31))
    assert a.meldingen == ()


def test_tweede_vakantieverlof_in_een_schooljaar_is_luxe_verzuim() -> None:
    # vakantieverlof "slechts eenmaal [...] per schooljaar" (art. 13a lid 2): the first, 2-3 March 2026,
    # excuses; the second, 8-9 June 2026, does not: luxe verzuim, to be reported at once
    eerste = lesdagen(date(2026, 3, 2), 2)
    tweede = lesdagen(date(2026, 6, 8), 2)
    records = _records(eerste + tweede, "verlof_13a")
    for verloven in ([_verlof("vakantie", eerste), _verlof("vakantie", tweede)], None):
        a = analyseer(pupil(records, verloven), date(2026, 6, 30))
        [m] = a.meldingen
        assert (m.verzuimsoort, m.meldplicht) == (Verzuimsoort.LUXE_VERZUIM, Meldplicht.VERPLICHT)
        assert (m.begindatum, m.einddatum) == (date(2026, 6, 8), date(2026, 6, 9))
        assert m.records == (3, 4)


def test_vakantieverlof_van_twaalf_dagen_de_laatste_twee_zijn_luxe_verzuim() -> None:
    # C01 in the record analysis: the head may grant ten days; there is no route for more
    dagen = lesdagen(date(2026, 3, 2), 12)
    a = analyseer(pupil(_records(dagen, "verlof_13a"), [_verlof("vakantie", dagen)]), date(2026, 3, 31))
    [m] = a.meldingen
    assert m.verzuimsoort is Verzuimsoort.LUXE_VERZUIM
    assert (m.begindatum, m.einddatum) == (dagen[10], dagen[11])


def test_vakantieverlof_door_de_leerplichtambtenaar_bestaat_niet() -> None:
    with pytest.raises(Invoerfout) as fout:
        analyseer(
            pupil(
                [],
                [
                    {
                        "soort": "vakantie",
                        "eerste_dag": "2026-03-02",
                        "laatste_dag": "2026-03-03",
                        "verleend_door": "leerplichtambtenaar",
                    }
                ],
            ),
            date(2026, 3, 31),
        )
    assert fout.value.fouten[0].regel == "vakantieverlof_alleen_hoofd"


def test_verlof_14_van_het_hoofd_telt_per_schooljaar_over_alle_verloven() -> None:
    # 8 + 4 days by the head in one school year: the last two are beyond the ten of art. 14 lid 3;
    # a verlof of the next school year starts a new count
    acht = lesdagen(date(2025, 11, 3), 8)
    vier = lesdagen(date(2026, 3, 2), 4)
    volgend = lesdagen(date(2026, 9, 7), 3)
    gedekt = gedekte_verlofdagen(
        [
            Verlof(soort=Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, eerste_dag=d[0], laatste_dag=d[-1])
            for d in (vier, acht, volgend)
        ],
        MIDDEN,
    )
    assert set(gedekt) == {*acht, *vier[:2], *volgend}
    # the leerplichtambtenaar's days do not use up the head's ten
    ambtenaar = Verlof(
        soort=Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN,
        eerste_dag=acht[0],
        laatste_dag=acht[-1],
        verleend_door=Verlener.LEERPLICHTAMBTENAAR,
    )
    hoofd = Verlof(soort=Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, eerste_dag=vier[0], laatste_dag=vier[-1])
    assert set(gedekte_verlofdagen([ambtenaar, hoofd], MIDDEN)) == {*acht, *vier}


def _kern(a: Analyse) -> list[tuple[Any, ...]]:
    return [
        (m.verzuimsoort, m.meldplicht, m.begindatum, m.einddatum, m.dag_plicht, m.uren, m.status)
        for m in a.meldingen
    ]


@settings(max_examples=60, deadline=None)
@given(
    begin=st.dates(date(2025, 9, 15), date(2026, 6, 1)),
    aantal=st.integers(1, 20),
    soort=st.sampled_from(["vakantie", "gewichtige_omstandigheden"]),
    door=st.sampled_from(["hoofd", "leerplichtambtenaar"]),
    gegeven=st.booleans(),
)
def test_verlof_dekt_alleen_wat_de_verlener_mag_verlenen(
    begin: date, aantal: int, soort: str, door: str, gegeven: bool
) -> None:
    """A verlof removes exactly the meldingen of the days its grantor may grant, no more: the pupil
    with the verlof is judged as the pupil without those days and with the rest as verzuim (holiday
    without verlof for vakantieverlof, unexcused for art. 14). The first two lesweken are before
    15 September in every region, so here the limit is the head's ten days (art. 13a lid 2, 14 lid 3)
    or, for the leerplichtambtenaar's art. 14 decision, none."""
    if soort == "vakantie" or not gegeven:  # a registered verlof is the head's
        door = "hoofd"
    dagen = lesdagen(begin, aantal)
    reden = "verlof_13a" if soort == "vakantie" else "verlof_14"
    verloven = [_verlof(soort, dagen, verleend_door=door)] if gegeven else None
    mag = aantal if door == "leerplichtambtenaar" else min(aantal, 10)
    met = analyseer(pupil(_records(dagen, reden), verloven), date(2026, 7, 31))
    zonder = _records(dagen[mag:], "vakantie" if soort == "vakantie" else "ongeoorloofd")
    verwacht = analyseer(pupil(zonder, [] if gegeven else None), date(2026, 7, 31))
    assert _kern(met) == _kern(verwacht)
    if mag == aantal:
        assert met.meldingen == ()
