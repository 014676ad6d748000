"""Today is the date in Europe/Amsterdam: the day changes at midnight there, not at the machine's."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from verzuimregels import beoordeel, klok
from verzuimregels.keuzehulp.frame import beoordeel_frame


def _utc(jaar: int, maand: int, dag: int, uur: int, minuut: int, seconde: int = 0) -> float:
    return datetime(jaar, maand, dag, uur, minuut, seconde, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("moment", "dag"),
    [
        (_utc(2026, 7, 31, 21, 59, 59), date(2026, 7, 31)),  # 23:59:59 CEST
        (_utc(2026, 7, 31, 22, 0, 0), date(2026, 8, 1)),  # midnight CEST: UTC still says 31 July
        (_utc(2026, 12, 31, 22, 59, 59), date(2026, 12, 31)),  # 23:59:59 CET
        (_utc(2026, 12, 31, 23, 0, 0), date(2027, 1, 1)),
        (_utc(2026, 3, 28, 22, 59, 59), date(2026, 3, 28)),  # the night summer time starts (CET)
        (_utc(2026, 3, 28, 23, 0, 0), date(2026, 3, 29)),
        (_utc(2026, 3, 29, 21, 59, 59), date(2026, 3, 29)),  # that day has 23 hours: ends 22:00 UTC
        (_utc(2026, 3, 29, 22, 0, 0), date(2026, 3, 30)),
        (_utc(2026, 10, 25, 22, 59, 59), date(2026, 10, 25)),  # 25 hours: ends 23:00 UTC
        (_utc(2026, 10, 25, 23, 0, 0), date(2026, 10, 26)),
    ],
)
def test_vandaag_in_amsterdam(moment: float, dag: date) -> None:
    assert klok.vandaag(moment) == dag


def test_vandaag_volgt_de_klok_over_middernacht_en_terug() -> None:
    """The kept day ends at midnight; a clock set back asks the day anew."""
    voor, na = _utc(2026, 7, 31, 21, 59, 59), _utc(2026, 7, 31, 22, 0, 0)
    assert [klok.vandaag(t) for t in (voor, voor + 0.5, na, na + 3600, voor)] == [
        date(2026, 7, 31),
        date(2026, 7, 31),
        date(2026, 8, 1),
        date(2026, 8, 1),
        date(2026, 7, 31),
    ]


def test_zonder_peildatum_de_wetsversie_van_vandaag_in_amsterdam(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 00:30 in Amsterdam on 1 August 2026 (22:30 UTC on 31 July) a case without a peildatum is
    judged under the law version of 1 August, and the same verdict comes back after midnight as a
    case with that peildatum; a minute before midnight it is the version before."""
    casus = {"leeftijd_eerste_verzuimdag": 15, "ziek": True}
    for moment, versie in (
        (_utc(2026, 7, 31, 22, 30), "2026-08-01"),
        (_utc(2026, 7, 31, 21, 59), "2024-01-01"),
    ):
        monkeypatch.setattr(time, "time", lambda m=moment: m)
        oordeel = beoordeel(casus)
        assert oordeel.regelversie.startswith(f"Lpw {versie};")
        assert oordeel.beleidskeuzes[0].code == "peildatum_vandaag"
        vandaag = klok.vandaag()
        assert oordeel == beoordeel(casus, vandaag=vandaag)
        frame = beoordeel_frame(pd.DataFrame([casus]))
        assert frame["regelversie"].iloc[0] == oordeel.regelversie
