"""Bounded memory for thuiszitters and werklijst (issue 11): the spool and the external sort."""

from __future__ import annotations

import random
from typing import Any

import pytest

import verzuimregels.cli.opslag as opslag


def test_spool_geeft_alles_terug_in_volgorde(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opslag, "SPOOL_BYTES", 100)  # to disk after a few items
    spool: opslag.Spool[tuple[int, str]] = opslag.Spool()
    assert not spool
    for n in range(500):
        spool.voeg_toe((n, "x" * (n % 7)))
    assert len(spool) == 500
    assert list(spool) == [(n, "x" * (n % 7)) for n in range(500)]
    spool.voeg_toe((500, ""))  # after reading, appending goes on at the end
    assert list(spool)[-2:] == [(499, "x" * (499 % 7)), (500, "")]
    spool.sluit()


@pytest.mark.parametrize(
    ("run", "max_runs", "aantal"), [(20_000, 64, 300), (7, 3, 300), (7, 3, 0), (50, 2, 51)]
)
def test_extern_sorteren_is_sorted_en_stabiel(
    monkeypatch: pytest.MonkeyPatch, run: int, max_runs: int, aantal: int
) -> None:
    """Runs of RUN items, merged when there are MAX_RUNS: the same list as ``sorted`` (stable: equal keys
    keep their input order; the items themselves are never compared)."""
    monkeypatch.setattr(opslag, "RUN", run)
    monkeypatch.setattr(opslag, "MAX_RUNS", max_runs)
    rnd = random.Random(aantal)  # noqa: S311 - test data
    items = [(rnd.randrange(10), n, object.__name__) for n in range(aantal)]  # many equal keys
    assert list(opslag.extern_gesorteerd(items, lambda i: i[0])) == sorted(items, key=lambda i: i[0])


def test_extern_sorteren_sluit_zijn_bestanden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opslag, "RUN", 5)
    geopend = []
    echt = opslag._run

    def volg(items: Any) -> Any:
        b = echt(items)
        geopend.append(b)
        return b

    monkeypatch.setattr(opslag, "_run", volg)
    stroom = opslag.extern_gesorteerd(range(40, 0, -1), lambda i: i)
    assert next(stroom) == 1
    stroom.close()  # a reader that stops early leaves no temporary file open
    assert geopend
    assert all(b.closed for b in geopend)
