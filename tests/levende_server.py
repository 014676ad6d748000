"""A live ``verzuimregels serve`` on 127.0.0.1 for the tests that talk HTTP to it (``tests/test_server.py``,
``tests/test_kanarie_serve.py``): the one place that starts it, through the ``server`` fixture of
``tests/conftest.py``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

WORTEL = Path(__file__).resolve().parent.parent


@dataclass
class Server:
    """A running server: its base URL, the file its stdout and stderr go to, and its process."""

    url: str
    log: Path
    proces: subprocess.Popen[bytes]

    def post(
        self, pad: str, inhoud: bytes | str, soort: str = "application/json", **params: str
    ) -> httpx.Response:
        data = inhoud.encode() if isinstance(inhoud, str) else inhoud
        return httpx.post(
            self.url + pad, content=data, headers={"content-type": soort}, params=params, timeout=60
        )


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
        return poort


@contextmanager
def levende_server(
    log: Path, *, max_bytes: int, max_rijen: int, taal: str | None = None, module: str = "verzuimregels"
) -> Iterator[Server]:
    """``verzuimregels serve`` of this checkout in its own process on a free port, with the request
    limits given (and ``--taal`` if ``taal`` is given), until the block ends; its output goes to
    ``log``. ``module``: the module run with ``python -m`` (``tests.kapotte_server``: a planted bug)."""
    poort = vrije_poort()
    omgeving = {**os.environ, "PYTHONPATH": os.pathsep.join([str(WORTEL / "src"), str(WORTEL)])}
    omgeving.pop("VERZUIMREGELS_TRACEBACK", None)  # as a user runs it
    commando = [sys.executable, "-m", module, "serve", "--port", str(poort)]
    commando += ["--max-bytes", str(max_bytes), "--max-rijen", str(max_rijen)]
    commando += [] if taal is None else ["--taal", taal]
    with open(log, "wb") as uit:
        proces = subprocess.Popen(commando, stdout=uit, stderr=subprocess.STDOUT, env=omgeving)
    url = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/schema", timeout=1)
                break
            except httpx.TransportError:
                assert proces.poll() is None, log.read_text()
                time.sleep(0.1)
        yield Server(url, log, proces)
    finally:
        proces.terminate()
        proces.wait(timeout=20)
