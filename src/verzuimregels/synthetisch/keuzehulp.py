"""Synthetic keuzehulp cases: one row per case of absence, with the facts the keuzehulp asks.

The distributions (:class:`KeuzehulpVerdeling`, defaults in :data:`KEUZEHULP_VERDELING`) are
plausible, not measured: they are chosen so a population looks like a country's verzuim (mostly
illness and short unexcused spells, some luxe verzuim, a few thuiszitters) and reaches every outcome
of the keuzehulp. Per row:

* ``sector``: po, vo or mbo, with shares close to the sizes of those sectors (about 1.45, 0.95 and
  0.5 million pupils); the age on the first verzuimdag is uniform within the sector's range (po 4–11,
  vo 12–17, mbo 16–22).
* ``regio``: school-holiday region noord / midden / zuid, 30 / 40 / 30 %.
* ``peildatum``: uniform over the school year ``schooljaar`` (1 August to 31 July).
* the pattern of absence: illness (``ziek``, 40 %; of those 5 % doubted, ``ziekte_twijfel``), a
  holiday without verlof (``vakantie_zonder_verlof``, 6 %), a thuiszitter (3 %: 28–150 days of
  continuous absence, 16–160 unexcused hours), else a short spell (0–20 days, hours exponential with
  mean 8, in half hours, at most 160).
* ``eerste_verzuimdag``: the peildatum minus the days of absence minus 0–13 days.
* the age: 70 % as ``geboortedatum`` with ``eerste_verzuimdag``, 30 % as
  ``leeftijd_eerste_verzuimdag`` only (never at age 5, where leerplicht depends on the dates).
* ``eerdere_melding_4_weken`` 35 %, ``afspraak_gemeente_18plus`` 40 %, ``startkwalificatie`` 15 % of
  mbo pupils of 18 and older.
* ``foutfractie`` of the rows (default 0.1 %) carry one input error: negative hours, no answer to
  ``ziek``, age 5 without dates (leerplicht undetermined), or a peildatum before the first verzuimdag
  (an error only where the dates are given).

Columns: ``sleutel`` (a row number, the pseudonymous key), ``sector`` and ``regio`` (categorical;
not facts: pass them with ``meenemen``), and the JSON keys of :class:`~verzuimregels.Casus` in the
dtypes :func:`~verzuimregels.keuzehulp.frame.beoordeel_frame` reads fastest (bool, nullable
boolean/Int64, float, datetime64).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

try:
    import numpy as np
    import pandas as pd
except ModuleNotFoundError as _fout:
    from ..fouten import OntbrekendeExtra

    raise OntbrekendeExtra("verzuimregels.synthetisch.keuzehulp", "frame", _fout.name) from None

from ..regels.kwalificatieplicht import ACHTTIEN_JAAR
from ..regels.leerplicht import LEERPLICHTIGE_LEEFTIJD

NIET_FEITEN: tuple[str, ...] = ("sleutel", "sector", "regio")
"""The columns of a generated frame that are not facts of the case (``meenemen`` them)."""


@dataclass(frozen=True, slots=True)
class KeuzehulpVerdeling:
    """The distributions of :func:`keuzehulp_casussen` (see the module documentation)."""

    sectoren: tuple[tuple[str, float, int, int], ...] = (
        ("po", 0.50, 4, 12),
        ("vo", 0.33, 12, 18),
        ("mbo", 0.17, 16, 23),
    )
    """Name, share, and the ages on the first verzuimdag (from, up to but not including)."""
    regios: tuple[tuple[str, float], ...] = (("noord", 0.3), ("midden", 0.4), ("zuid", 0.3))
    schooljaar: int = 2025
    ziek: float = 0.40
    ziekte_twijfel: float = 0.05
    vakantie_zonder_verlof: float = 0.06
    thuiszitter: float = 0.03
    gemiddelde_uren: float = 8.0
    met_datums: float = 0.7
    eerdere_melding: float = 0.35
    afspraak_gemeente: float = 0.40
    startkwalificatie_mbo_18plus: float = 0.15


KEUZEHULP_VERDELING = KeuzehulpVerdeling()
"""The default distributions."""

_DAG = np.timedelta64(1, "D")


def keuzehulp_casussen(
    aantal: int,
    *,
    seed: int = 0,
    chunk: int = 250_000,
    foutfractie: float = 0.001,
    verdeling: KeuzehulpVerdeling = KEUZEHULP_VERDELING,
) -> Iterator[pd.DataFrame]:
    """``aantal`` synthetic cases in frames of at most ``chunk`` rows, reproducible from ``seed``.

    Chunk *k* is drawn from its own stream (``seed``, *k*), so the same ``seed`` and ``chunk`` give the
    same rows, and a chunk can be regenerated alone (e.g. by a worker of a cluster).
    """
    if aantal < 0 or chunk < 1:
        raise ValueError("aantal must be >= 0 and chunk >= 1")
    for nummer, begin in enumerate(range(0, aantal, chunk)):
        rng = np.random.default_rng([seed, nummer])
        yield _chunk(rng, begin, min(chunk, aantal - begin), foutfractie, verdeling)


def _chunk(
    rng: np.random.Generator, begin: int, n: int, foutfractie: float, v: KeuzehulpVerdeling
) -> pd.DataFrame:
    namen = [s[0] for s in v.sectoren]
    sector = rng.choice(len(namen), size=n, p=[s[1] for s in v.sectoren])
    laag = np.array([s[2] for s in v.sectoren])[sector]
    hoog = np.array([s[3] for s in v.sectoren])[sector]
    leeftijd = rng.integers(laag, hoog)
    regio = rng.choice(len(v.regios), size=n, p=[r[1] for r in v.regios])

    jaarbegin = np.datetime64(f"{v.schooljaar}-08-01")
    jaardagen = int((np.datetime64(f"{v.schooljaar + 1}-08-01") - jaarbegin) / _DAG)
    peildatum = jaarbegin + rng.integers(0, jaardagen, size=n) * _DAG

    ziek = rng.random(n) < v.ziek
    twijfel = ziek & (rng.random(n) < v.ziekte_twijfel)
    vakantie = ~ziek & (rng.random(n) < v.vakantie_zonder_verlof)
    thuis = ~ziek & ~vakantie & (rng.random(n) < v.thuiszitter)
    dagen = np.where(thuis, rng.integers(28, 151, size=n), rng.integers(0, 21, size=n))
    uren = np.minimum(np.round(rng.exponential(v.gemiddelde_uren, size=n) * 2) / 2, 160.0)
    uren = np.where(thuis, np.maximum(uren, rng.integers(16, 161, size=n)), uren)
    eerste = peildatum - (dagen + rng.integers(0, 14, size=n)) * _DAG
    geboren = eerste - (leeftijd * 365.25 + rng.integers(0, 365, size=n)).astype(np.int64) * _DAG
    met_datums = (rng.random(n) < v.met_datums) | (leeftijd == LEERPLICHTIGE_LEEFTIJD)  # at 5: dates
    achttien = leeftijd >= ACHTTIEN_JAAR
    startkwalificatie = (sector == namen.index("mbo")) & achttien
    startkwalificatie &= rng.random(n) < v.startkwalificatie_mbo_18plus

    ziek_ontbreekt = np.zeros(n, dtype=bool)
    leeftijd_ontbreekt = met_datums.copy()
    fout = rng.random(n) < foutfractie
    soort = rng.integers(0, 4, size=n)
    uren = np.where(fout & (soort == 0), -1.0, uren)
    ziek_ontbreekt |= fout & (soort == 1)
    vijf = fout & (soort == 2)
    leeftijd = np.where(vijf, 5, leeftijd)
    leeftijd_ontbreekt &= ~vijf
    met_datums &= ~vijf
    peildatum = np.where(fout & (soort == 3), eerste - _DAG, peildatum)

    nat = np.datetime64("NaT")
    return pd.DataFrame(
        {
            "sleutel": np.arange(begin, begin + n, dtype=np.int64),
            "sector": pd.Categorical.from_codes(sector, categories=pd.Index(namen)),
            "regio": pd.Categorical.from_codes(regio, categories=pd.Index([r[0] for r in v.regios])),
            "peildatum": peildatum,
            "ziek": pd.arrays.BooleanArray(ziek, ziek_ontbreekt),
            "ziekte_twijfel": twijfel,
            "vakantie_zonder_verlof": vakantie,
            "leeftijd_eerste_verzuimdag": pd.arrays.IntegerArray(leeftijd, leeftijd_ontbreekt),
            "geboortedatum": np.where(met_datums, geboren, nat),
            "eerste_verzuimdag": np.where(met_datums, eerste, nat),
            "aaneengesloten_dagen_afwezig": dagen,
            "ongeoorloofde_uren_4_lesweken": uren,
            "afspraak_gemeente_18plus": rng.random(n) < v.afspraak_gemeente,
            "eerdere_melding_4_weken": rng.random(n) < v.eerdere_melding,
            "startkwalificatie": startkwalificatie,
        }
    )
