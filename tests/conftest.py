"""Shared test settings: hypothesis runs derandomized by default, so the enforced 100% branch coverage
and every result are the same on every run and machine (CI included). For a wider random search while
developing: ``HYPOTHESIS_PROFILE=verkennen pytest``."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from .levende_server import Server, levende_server

settings.register_profile(
    "vast", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("verkennen", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "vast"))


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A live ``verzuimregels serve`` on 127.0.0.1 for the module's tests, with the module's request
    limits (its ``MAX_BYTES`` and ``MAX_RIJEN``); stopped when the module's tests are done."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    limieten = {"max_bytes": request.module.MAX_BYTES, "max_rijen": request.module.MAX_RIJEN}
    with levende_server(log, **limieten) as draaiend:
        yield draaiend
