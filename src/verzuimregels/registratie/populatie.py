"""Synthetic pupil populations at record level: seeded, streaming, national scale.

:func:`leerlingen` yields the pupils of a population in chunks (lists of pupil dicts, the input of
:func:`~verzuimregels.registratie.analyseer`); :func:`record_frames` yields the same pupils as
records frames (the input of :func:`~verzuimregels.registratie.frame.analyseer_frame`). Only one
chunk is in memory at a time, so 2.5 million pupils (the Dutch leerplichtigen) with a school year of
records each stream through a laptop. The same ``seed`` gives the same population, whatever the
chunk size.

The distributions are deliberately simple and documented here (constants below), not fitted to
any real register; they exist to exercise every path of the rules at a realistic mix:

* sector (:data:`SECTOREN`): po 55%, vo 37%, mbo 8%; region (:data:`REGIO_AANDEEL`): noord 30%,
  midden 35%, zuid 35%; one school profile per sector and region (:data:`SCHOLEN`);
* age on 1 October of the school year: po 4-11, vo 12-17, mbo 16-20 (so some mbo pupils are 18+:
  RMC), 3% of 18+ mbo pupils hold a startkwalificatie;
* absence profile (:data:`PROFIELEN`): ``weinig`` (a few sick days, nothing unexcused) 70%,
  ``los`` (plus some lateness and a few skipped lessons) 17%, ``luxe`` (a holiday without verlof
  taken in the lesdagen right before a school holiday) 3%, ``spijbelaar`` (truancy: skipped
  lessons clustered in four lesweken, often reaching 16 hours) 5%, ``langdurig_ziek`` (a long sick
  spell) 2.2%, ``thuiszitter`` (long continuous unexcused absence, 20-150 lesdagen) 1%,
  ``vrijstelling`` (an art. 5 onder a vrijstelling from a day in the year) 0.5%,
  ``niet_ingeschreven`` (absoluut verzuim) 0.3%;
* every pupil: 0-4 sick spells of 1-3 lesdagen; now and then verlof (art. 13a, 14), a religious
  day, a suspension.

Records are whole lesdagen unless stated (lateness: a quarter of an hour as ``van``/``tot``;
skipped lessons: 1-3 units); at most one record per pupil per day, all inside the school year.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from ..kalender import Regio
from .modellen import School
from .tellen import jaarkalender

if TYPE_CHECKING:
    import pandas as pd

SECTOREN = (("po", 0.55), ("vo", 0.37), ("mbo", 0.08))
"""Share of pupils per sector."""
REGIO_AANDEEL = (("noord", 0.30), ("midden", 0.35), ("zuid", 0.35))
"""Share of pupils per school-holiday region."""
LEEFTIJDEN = {"po": (4, 11), "vo": (12, 17), "mbo": (16, 20)}
"""Age range (on 1 October of the school year) per sector, uniform."""
PROFIELEN = (
    ("weinig", 0.70),
    ("los", 0.17),
    ("luxe", 0.03),
    ("spijbelaar", 0.05),
    ("langdurig_ziek", 0.022),
    ("thuiszitter", 0.01),
    ("vrijstelling", 0.005),
    ("niet_ingeschreven", 0.003),
)
"""Share of pupils per absence profile."""
SCHOLEN: dict[str, dict[str, Any]] = {
    "po": {"onderwijssoort": "po", "lesuur_minuten": 60, "uren_per_lesdag": 5.5},
    "vo": {"onderwijssoort": "vo", "lesuur_minuten": 50, "uren_per_lesdag": 7},
    "mbo": {"onderwijssoort": "mbo", "lesuur_minuten": 60, "uren_per_lesdag": 6},
}
"""The school profile per sector (completed with the pupil's region)."""


def _kies(generator: random.Random, verdeling: tuple[tuple[str, float], ...]) -> str:
    x = generator.random()
    for naam, aandeel in verdeling:
        x -= aandeel
        if x < 0:
            return naam
    return verdeling[-1][0]


class _Jaar:
    """The lesdagen of each region's school year, and the lesdagen right before a school holiday."""

    def __init__(self, schooljaar: int) -> None:
        self.lesdagen: dict[str, tuple[date, ...]] = {}
        self.voor_vakantie: dict[str, list[int]] = {}
        for regio in Regio:
            schooljaarkalender = jaarkalender(School(onderwijssoort="vo", regio=regio).kalender, schooljaar)
            self.lesdagen[regio.value] = schooljaarkalender.lesdagen
            self.voor_vakantie[regio.value] = [
                i
                for i, d in enumerate(schooljaarkalender.lesdagen[:-1])
                if d in schooljaarkalender.vakantierand
                and schooljaarkalender.lesdagen[i + 1] - d > timedelta(days=3)
            ]


_KWARTIER = (time(8, 30), time(8, 45))


_RuwRecord = tuple[date, str, int | None, time | None, time | None]
_Ruw = tuple[str, date, str, str, bool, bool, date | None, list[_RuwRecord]]


def _leerling(generator: random.Random, nummer: int, seed: int, schooljaar: int, jaar: _Jaar) -> _Ruw:
    """One pupil: key, birth date, sector, region, startkwalificatie, ingeschreven, the start of a
    vrijstelling, and its records in date order."""
    sector = _kies(generator, SECTOREN)
    regio = _kies(generator, REGIO_AANDEEL)
    profiel = _kies(generator, PROFIELEN)
    laag, hoog = LEEFTIJDEN[sector]
    leeftijd = generator.randint(laag, hoog)
    peil = date(schooljaar, 10, 1).toordinal()
    geboren = date.fromordinal(peil - leeftijd * 365 - generator.randrange(365) - leeftijd // 4)
    lesdagen = jaar.lesdagen[regio]
    n = len(lesdagen)
    records: dict[int, _RuwRecord] = {}

    def blok(start: int, lengte: int, reden: str) -> None:
        for j in range(max(0, start), min(n, start + lengte)):
            if j not in records:
                records[j] = (lesdagen[j], reden, None, None, None)

    for _ in range(generator.choice((0, 0, 1, 1, 1, 2, 2, 3, 4))):
        blok(generator.randrange(n), generator.choice((1, 1, 2, 3)), "ziek")
    x = generator.random()
    if x < 0.03:
        blok(generator.randrange(n), generator.randint(1, 2), "verlof_14")
    elif x < 0.04:
        blok(generator.randrange(10, n), generator.randint(2, 5), "verlof_13a")
    elif x < 0.05:
        blok(generator.randrange(n), 1, "religieus")
    elif x < 0.055:
        blok(generator.randrange(n), generator.randint(1, 3), "geschorst")
    if profiel == "los":
        for _ in range(generator.randint(1, 6)):
            j = generator.randrange(n)
            if j not in records:
                records[j] = (lesdagen[j], "te_laat", None, *_KWARTIER)
        for _ in range(generator.randint(0, 4)):
            j = generator.randrange(n)
            if j not in records:
                records[j] = (lesdagen[j], "ongeoorloofd", generator.randint(1, 2), None, None)
    elif profiel == "luxe":
        lengte = generator.randint(2, 5)
        eind = generator.choice(jaar.voor_vakantie[regio])
        blok(eind - lengte + 1, lengte, "vakantie")
    elif profiel == "spijbelaar":
        for _ in range(generator.choice((1, 1, 2, 3))):
            start = generator.randrange(n)
            for _ in range(generator.randint(4, 10)):
                j = min(n - 1, start + generator.randrange(20))
                if j not in records:
                    records[j] = (lesdagen[j], "ongeoorloofd", generator.randint(1, 4), None, None)
    elif profiel == "langdurig_ziek":
        blok(generator.randrange(n), generator.randint(10, 60), "ziek")
    elif profiel == "thuiszitter":
        blok(generator.randrange(n - 20), generator.randint(20, 150), "ongeoorloofd")
    start = sector == "mbo" and leeftijd >= 18 and generator.random() < 0.03
    vrij = lesdagen[generator.randrange(n)] if profiel == "vrijstelling" else None
    return (
        f"S{seed}-{nummer:08d}",
        geboren,
        sector,
        regio,
        start,
        profiel != "niet_ingeschreven",
        vrij,
        [records[j] for j in sorted(records)],
    )


def _als_dict(ruw: _Ruw, schooljaar: int) -> dict[str, Any]:
    sleutel, geboren, sector, regio, start, ingeschreven, vrij, records = ruw
    leerling: dict[str, Any] = {
        "sleutel": sleutel,
        "geboortedatum": geboren,
        "school": {**SCHOLEN[sector], "regio": regio},
        "schooljaar": schooljaar,
        "records": [
            {
                "datum": d,
                "reden": r,
                **({} if u is None else {"uren": u}),
                **({} if v is None else {"van": v, "tot": t}),
            }
            for d, r, u, v, t in records
        ],
    }
    if start:
        leerling["startkwalificatie"] = True
    if not ingeschreven:
        leerling["ingeschreven"] = False
    if vrij is not None:
        # Art. 5 onder a, notified on its first day with an art. 7 statement of that day (art. 6, 7).
        leerling["vrijstellingen"] = [
            {"grond": "art_5_a", "begin": vrij, "kennisgevingen": [{"op": vrij, "verklaring_op": vrij}]}
        ]
    return leerling


def _stroom(aantal: int, seed: int, schooljaar: int, per: int) -> Iterator[list[_Ruw]]:
    generator = random.Random(seed)  # noqa: S311 (synthetic data, not security)
    jaar = _Jaar(schooljaar)
    for begin in range(0, aantal, per):
        yield [
            _leerling(generator, i, seed, schooljaar, jaar) for i in range(begin, min(aantal, begin + per))
        ]


def leerlingen(
    aantal: int, *, seed: int = 0, schooljaar: int = 2025, per: int = 10_000
) -> Iterator[list[dict[str, Any]]]:
    """``aantal`` synthetic pupils in chunks of at most ``per``, as pupil dicts (see the module)."""
    for deel in _stroom(aantal, seed, schooljaar, per):
        yield [_als_dict(ruw, schooljaar) for ruw in deel]


def record_frames(
    aantal: int, *, seed: int = 0, schooljaar: int = 2025, per: int = 10_000
) -> Iterator[pd.DataFrame]:
    """The same pupils as :func:`leerlingen`, each chunk as one records frame (one row per record,
    pupil columns repeated, typed columns; the form of
    :func:`~verzuimregels.registratie.frame.naar_frame`), built without the dicts."""
    try:
        import numpy as np
        import pandas as pd
    except ModuleNotFoundError as fout:
        from ..fouten import OntbrekendeExtra

        raise OntbrekendeExtra("registratie.populatie.record_frames", "frame", fout.name) from None

    scholen = {
        s: (v["onderwijssoort"], v["lesuur_minuten"], v["uren_per_lesdag"]) for s, v in SCHOLEN.items()
    }
    for deel in _stroom(aantal, seed, schooljaar, per):
        aantallen = [max(1, len(ruw[7])) for ruw in deel]
        herhaal = np.repeat(np.arange(len(deel)), aantallen)

        def leerlingkolom(waarden: list[Any], dtype: str | None = None, herhaal: Any = herhaal) -> Any:
            return pd.Series(waarden, dtype=dtype).to_numpy()[herhaal]

        datum: list[date | None] = []
        reden: list[str | None] = []
        uren: list[float] = []
        van: list[time | None] = []
        tot: list[time | None] = []
        positie: list[float] = []
        nan = float("nan")
        for ruw in deel:
            recs = ruw[7]
            if not recs:
                datum.append(None)
                reden.append(None)
                uren.append(nan)
                van.append(None)
                tot.append(None)
                positie.append(nan)
                continue
            for p, (d, r, u, v, t) in enumerate(recs, start=1):
                datum.append(d)
                reden.append(r)
                uren.append(nan if u is None else u)
                van.append(v)
                tot.append(t)
                positie.append(p)
        vrij = [ruw[6] for ruw in deel]
        vrijdatum = pd.to_datetime(pd.Series(vrij, dtype="object")).to_numpy()[herhaal]
        yield pd.DataFrame(
            {
                "sleutel": leerlingkolom([ruw[0] for ruw in deel]),
                "geboortedatum": pd.to_datetime([ruw[1] for ruw in deel]).to_numpy()[herhaal],
                "startkwalificatie": leerlingkolom([ruw[4] for ruw in deel]),
                "ingeschreven": leerlingkolom([ruw[5] for ruw in deel]),
                "schooljaar": np.full(len(herhaal), schooljaar),
                "vrijstelling_grond": leerlingkolom(
                    ["art_5_a" if v is not None else None for v in vrij], "object"
                ),
                "vrijstelling_begin": vrijdatum,
                "vrijstelling_kennisgeving": vrijdatum,
                "vrijstelling_verklaring": vrijdatum,
                "onderwijssoort": leerlingkolom([scholen[ruw[2]][0] for ruw in deel]),
                "regio": leerlingkolom([ruw[3] for ruw in deel]),
                "lesuur_minuten": leerlingkolom([scholen[ruw[2]][1] for ruw in deel]),
                "uren_per_lesdag": leerlingkolom([scholen[ruw[2]][2] for ruw in deel], "float64"),
                "datum": pd.to_datetime(pd.Series(datum, dtype="object")).to_numpy(),
                "reden": reden,
                "uren": np.array(uren),
                "van": van,
                "tot": tot,
                "positie": np.array(positie),
            }
        )
