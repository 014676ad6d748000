"""``verzuimregels serve`` with a bug planted, for the test of a 500 (``tests/test_server.py``): run as
``python -m tests.kapotte_server serve ...``, the server's ``beoordeel`` raises an exception whose
message holds input (:data:`GEHEIM`), as a bug's message may."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

GEHEIM = "111222333"
"""What the planted bug's message holds: a BSN-like value that must appear nowhere."""


def _kapot(*args: Any, **kwargs: Any) -> NoReturn:
    raise RuntimeError(f"a bug whose message holds input: {GEHEIM}")


if __name__ == "__main__":
    from verzuimregels import server
    from verzuimregels.cli import main

    setattr(server, "beoordeel", _kapot)  # noqa: B010 - the module's own name, replaced
    sys.exit(main(sys.argv[1:]))
