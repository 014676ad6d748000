"""Command ``serve``: the commands as JSON over HTTP (needs the ``server`` extra; see
:mod:`verzuimregels.server`)."""

from __future__ import annotations

import argparse
from typing import Any

from ..fouten import OntbrekendeExtra
from . import opties
from .invoer import Gebruiksfout


def registreer(sub: Any) -> None:
    """Add the ``serve`` command to the parser."""
    p = sub.add_parser(
        "serve",
        help="serve the commands as JSON over HTTP, with OpenAPI at /openapi.json (extra: server)",
        description=(
            "Serve /beoordeel, /status, /verlof, /analyseer, /valideer and /schema/NAME as JSON over "
            "HTTP, one worker. Needs: pip install 'verzuimregels[server]'. No bodies, query strings or "
            "client addresses are logged."
        ),
    )
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=opties.geheel_getal, default=8000, help="port (default 8000)")
    p.add_argument(
        "--max-bytes", type=opties.geheel_getal, default=10 * 1024 * 1024, help="largest request body (bytes)"
    )
    p.add_argument("--max-rijen", type=opties.geheel_getal, default=10_000, help="most rows in one request")
    p.set_defaults(uitvoeren=_serve)


def _serve(args: argparse.Namespace) -> int:  # pragma: no cover - runs until interrupted; tested as a process
    try:
        from ..server import serve
    except OntbrekendeExtra as fout:
        raise Gebruiksfout("extra_ontbreekt", reden=str(fout)) from None
    serve(args.host, args.port, max_bytes=args.max_bytes, max_rijen=args.max_rijen)
    return 0
