"""Shared test settings: hypothesis runs derandomized by default, so the enforced 100% branch coverage
and every result are the same on every run and machine (CI included). For a wider random search while
developing: ``HYPOTHESIS_PROFILE=verkennen pytest``."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "vast", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("verkennen", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "vast"))
