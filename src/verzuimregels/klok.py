"""Today's date in the Netherlands: the day a case without a peildatum is judged on.

The rules never read the clock; :func:`verzuimregels.beoordeel` and
:func:`verzuimregels.keuzehulp.frame.beoordeel_frame` do, for a case without a peildatum, and the
verdict says so (``peildatum_vandaag``). Schools count days in Dutch time, so the day changes at
midnight in Europe/Amsterdam, whatever the machine's own time zone: a server on UTC would otherwise
judge on yesterday for the first hour or two of every day.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from datetime import time as tijdstip
from functools import cache
from zoneinfo import ZoneInfo

_DAG: tuple[float, float, date] = (0.0, 0.0, date.min)
"""The day last asked for, from its midnight up to the next (Unix times) in Europe/Amsterdam."""


@cache
def amsterdam() -> ZoneInfo:
    """The time zone Europe/Amsterdam (read on first use: importing this module reads no file)."""
    return ZoneInfo("Europe/Amsterdam")


def vandaag(nu: float | None = None) -> date:
    """The date in Europe/Amsterdam at Unix time ``nu`` (default: now).

    The day is kept until its midnight ends it (one comparison per call instead of a time-zone
    conversion); a clock set back is a day asked anew.

    >>> vandaag(1_785_537_000.0)  # 31 July 2026 22:30 UTC is 1 August 00:30 in Amsterdam
    datetime.date(2026, 8, 1)
    """
    global _DAG
    moment = time.time() if nu is None else nu
    van, tot, dag = _DAG
    if van <= moment < tot:
        return dag
    zone = amsterdam()
    dag = datetime.fromtimestamp(moment, zone).date()
    van = datetime.combine(dag, tijdstip(0), zone).timestamp()  # midnight is never skipped or doubled
    tot = datetime.combine(dag + timedelta(days=1), tijdstip(0), zone).timestamp()  # in Amsterdam
    _DAG = (van, tot, dag)
    return dag
