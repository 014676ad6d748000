"""School holidays the ``holidays`` package does not know (issue 13, point 5).

The package ships the Minister's school holidays per region for school years 2014-2015 up to
2029-2030. Outside them the holidays are unknown, not absent: a summer holiday in 2031 must not count
as lesdagen. Where a day's school year is unknown the library says so (an error naming ``regio``),
unless the school gives its own calendar for that year (``eigen_schooljaren``), or the exact day cannot
change the answer (the start of leerplicht, art. 3 lid 1, for a day long after it).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pandas as pd
import pytest

from verzuimregels import Invoerfout, Verzuimsoort, beoordeel, bepaal_status
from verzuimregels.kalender import OnbekendeSchoolvakanties, Regio, Schoolkalender, schoolvakanties_bekend
from verzuimregels.keuzehulp.frame import beoordeel_frame
from verzuimregels.registratie import analyseer
from verzuimregels.registratie.frame import analyseer_frame, naar_frame

MIDDEN = Schoolkalender(regio=Regio.MIDDEN)
VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}


def test_bekende_schooljaren_van_het_pakket() -> None:
    for regio in Regio:
        bekend = [j for j in range(2010, 2040) if schoolvakanties_bekend(regio, j)]
        assert bekend == list(range(2014, 2030))  # 2014-2015 .. 2029-2030 (holidays 0.109)


def test_zomer_2031_telt_niet_als_lesdagen() -> None:
    # a summer day in 2031 in midden: the package knows nothing of 2030-2031, so it must not be a lesdag
    with pytest.raises(OnbekendeSchoolvakanties) as fout:
        MIDDEN.is_lesdag(date(2031, 7, 28))
    assert (fout.value.fouten[0].veld, fout.value.fouten[0].regel) == ("regio", "schoolvakanties_onbekend")
    assert "2030-2031" in str(fout.value)
    records = [{"datum": "2031-07-28", "reden": "ongeoorloofd"}]
    with pytest.raises(Invoerfout) as info:
        analyseer({"geboortedatum": "2016-05-05", "school": VO, "records": records}, date(2031, 7, 31))
    assert info.value.fouten[0].regel == "schoolvakanties_onbekend"
    # the batch path: an error row in place, like analyseer
    ll = {"sleutel": "S", "geboortedatum": "2016-05-05", "school": VO, "records": records}
    uit = analyseer_frame(naar_frame([ll]), date(2031, 7, 31))
    assert list(uit["fout_regel"]) == ["schoolvakanties_onbekend"]


def test_eigen_kalender_van_de_school_voor_dat_jaar() -> None:
    # the school gives its own holidays for 2030-2031: a summer from 19 July to 31 August 2031
    zomer = [date(2031, 7, 19) + timedelta(days=i) for i in range(44)]
    school = {**VO, "vrije_dagen": [d.isoformat() for d in zomer], "eigen_schooljaren": [2030]}
    records = [
        {"datum": "2031-07-28", "reden": "ongeoorloofd"},
        {"datum": "2031-07-14", "reden": "ongeoorloofd"},
    ]
    a = analyseer({"geboortedatum": "2016-05-05", "school": school, "records": records}, date(2031, 7, 31))
    [m] = a.meldingen  # 6 hours on 14 July, the summer day not counted
    assert (m.verzuimsoort, m.begindatum, m.einddatum, m.uren) == (
        Verzuimsoort.OVERIG_VERZUIM,
        date(2031, 7, 14),
        date(2031, 7, 14),
        Decimal(6),
    )


def test_leerplicht_van_een_kind_uit_2008_begint_niet_in_de_zomervakantie_van_2013() -> None:
    # 5 in July 2013: leerplicht from the first school day of August 2013 (art. 3 lid 1), a month of
    # the summer holiday in every region; 2013-2014 is unknown to the package: near that day the
    # library cannot say, and says so
    casus = {"geboortedatum": "2008-07-15", "ziek": False, "vakantie_zonder_verlof": True}
    with pytest.raises(Invoerfout) as fout:
        beoordeel({**casus, "eerste_verzuimdag": "2013-08-20"}, kalender=MIDDEN)
    assert fout.value.fouten[0].regel == "schoolvakanties_onbekend"
    # long after it, the exact day changes nothing: judged, and the verdict says how
    o = beoordeel({**casus, "eerste_verzuimdag": "2024-03-04", "peildatum": "2024-03-04"}, kalender=MIDDEN)
    assert o.verzuimsoort is Verzuimsoort.LUXE_VERZUIM
    assert "begin_leerplicht_vakanties_onbekend" in {b.code for b in o.beleidskeuzes}
    # the record analysis and the status check likewise
    records = [{"datum": "2026-03-02", "reden": "ongeoorloofd"}]
    a = analyseer({"geboortedatum": "2008-07-15", "school": VO, "records": records}, date(2026, 3, 20))
    assert len(a.meldingen) == 1
    s = bepaal_status({"geboortedatum": "2008-07-15", "peildatum": "2026-03-02"}, kalender=MIDDEN)
    assert "begin_leerplicht_vakanties_onbekend" in {b.code for b in s.beleidskeuzes}
    with pytest.raises(Invoerfout):
        bepaal_status({"geboortedatum": "2008-07-15", "peildatum": "2013-09-02"}, kalender=MIDDEN)


def test_keuzehulp_frame_zoals_een_voor_een() -> None:
    rijen = pd.DataFrame(
        {
            "geboortedatum": ["2008-07-15", "2008-07-15", "2012-03-01"],
            "eerste_verzuimdag": ["2013-08-20", "2024-03-04", "2024-03-04"],
            "peildatum": ["2024-03-04"] * 3,
            "ziek": [False] * 3,
            "vakantie_zonder_verlof": [True] * 3,
        }
    )
    uit = beoordeel_frame(rijen, kalender=MIDDEN)
    assert list(uit["fout_regel"].astype(object).where(uit["fout_regel"].notna(), None)) == [
        "schoolvakanties_onbekend",
        None,
        None,
    ]
    een = beoordeel({**dict(rijen.iloc[1]), "ziek": False, "vakantie_zonder_verlof": True}, kalender=MIDDEN)
    assert uit["verzuimsoort"].iloc[1] == een.verzuimsoort.value
    assert uit["beleidskeuzes"].iloc[1] == ",".join(b.code for b in een.beleidskeuzes)


def test_batch_met_getypeerde_kolommen_zoals_een_voor_een() -> None:
    """Typed frame columns take the column-wise path: an unknown school year and a start of
    leerplicht in an unknown month go to the one-pupil path, with the same rows."""
    from .test_registratie_frame import verwacht

    pupils = [
        # school year 2030-2031: unknown to the package, an error row
        {
            "sleutel": "A",
            "geboortedatum": date(2016, 5, 5),
            "school": VO,
            "records": [{"datum": date(2031, 3, 3), "reden": "ongeoorloofd"}],
        },
        # 5 in August 2030: leerplicht from September 2030, a month the package does not know;
        # a record in March 2030 lies long before it, so it is simply not counted (art. 3 lid 1)
        {
            "sleutel": "B",
            "geboortedatum": date(2025, 8, 10),
            "school": VO,
            "records": [{"datum": date(2030, 3, 4), "reden": "ongeoorloofd"}],
        },
    ]
    for peil, kort in ((date(2031, 3, 31), pupils[:1]), (date(2030, 3, 31), pupils[1:])):
        uit = analyseer_frame(naar_frame(kort), peil)
        pd.testing.assert_frame_equal(uit, verwacht(kort, peil))
    assert analyseer(pupils[1], date(2030, 3, 31)).meldingen == ()
