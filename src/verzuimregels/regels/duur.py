"""How long an absence has lasted: "4 weken" and "drie maanden".

* **4 weeks** — DUO, Keuzehulp verzuimsoorten, Q4: "minimaal 4 aaneengesloten schoolweken
  (28 kalenderdagen)"; the OCW definition of langdurig relatief verzuim (Kamerbrief 3 February 2016,
  Kamerstukken II 26695, nr. 108): "vier weken of langer". Counted in calendar days from the first
  day of the absence; days inside a school holiday neither count nor break the span (the library's
  default, docs/beleidskeuzes.md, switchable with ``vakantiedagen_meetellen``); the 28th counted day
  qualifies.
* **More than three months** — Kamerbrief 3 February 2016: "Het terugdringen van het aantal kinderen
  dat langer dan drie maanden thuiszit heeft daarbij prioriteit"
  (https://zoek.officielebekendmakingen.nl/kst-26695-108.html). Counted in calendar months from the
  first day, holidays included (a duration of being at home, not of missed lessons): an absence that
  began on 1 January has lasted more than three months from 1 April on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

DRIE_MAANDEN = relativedelta(months=3)
"""Three calendar months (Kamerbrief 3 February 2016: "langer dan drie maanden"; Lpw art. 7)."""


def getelde_dagen(
    van: date, tot: date, is_vakantie: Callable[[date], bool] | None, *, vakantiedagen_meetellen: bool
) -> int:
    """Calendar days from ``van`` through ``tot`` (both included), without school-holiday days.

    ``is_vakantie`` says whether a day lies in a school holiday (``None``: the calendar has none).
    With ``vakantiedagen_meetellen`` every calendar day counts. ``tot`` before ``van`` gives 0.
    """
    if tot < van:
        return 0
    dagen = (tot - van).days + 1
    if vakantiedagen_meetellen or is_vakantie is None:
        return dagen
    return sum(1 for i in range(dagen) if not is_vakantie(van + timedelta(days=i)))


def langer_dan_drie_maanden(van: date, peildatum: date) -> bool:
    """Whether an absence that began on ``van`` has lasted more than three months on ``peildatum``."""
    return peildatum >= van + DRIE_MAANDEN
