"""Command ``serve``: the commands as JSON over HTTP (needs the ``server`` extra; see
:mod:`verzuimregels.server`)."""

from __future__ import annotations

import argparse
from typing import Any

from ..fouten import OntbrekendeExtra
from . import opties
from .gebruiksfouten import Tekst, reden_van
from .invoer import Gebruiksfout


def registreer(sub: Any) -> None:
    """Add the ``serve`` command to the parser."""
    p = sub.add_parser(
        "serve",
        help="serve the commands as JSON over HTTP, with OpenAPI at /openapi.json (extra: server)",
        description=(
            "Serve /beoordeel, /status, /verlof, /analyseer, /valideer and /schema/NAME as JSON over "
            "HTTP, one worker. Needs: pip install 'verzuimregels[server]'. Texts in bodies follow a "
            "request's ?taal, else --taal. No bodies, query strings or client addresses are logged."
        ),
    )
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=opties.poort, default=8000, help="port, 0 to 65535 (default 8000)")
    p.add_argument(
        "--max-bytes",
        type=opties.positief_getal,
        default=10 * 1024 * 1024,
        help="largest request body (bytes)",
    )
    p.add_argument("--max-rijen", type=opties.positief_getal, default=10_000, help="most rows in one request")
    opties.taal(
        p,
        "language of the bodies (explanations, usage errors) for a request without ?taal: nl (default) "
        "or en; a request's ?taal wins",
    )
    p.set_defaults(uitvoeren=_serve)


def controleer_adres(host: str, port: int) -> None:
    """Whether the server can listen on ``host`` and ``port``: a port in use, an address that is not
    this machine's or a name that does not resolve is a usage error (``poort_bezet``), before uvicorn
    would print its own error. (Another program may still take the port in between.)"""
    import socket

    try:
        familie, _, _, _, adres = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(familie, socket.SOCK_STREAM) as proef:
            proef.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            proef.bind(adres)
    except socket.gaierror:
        raise Gebruiksfout(
            "poort_bezet", reden=Tekst("het adres is onbekend", "the address is unknown")
        ) from None
    except OSError as fout:
        raise Gebruiksfout("poort_bezet", reden=reden_van(fout)) from None
    except (UnicodeError, ValueError):  # a host name that is no name (IDNA)
        raise Gebruiksfout(
            "poort_bezet", reden=Tekst("het adres is geen naam", "the address is no name")
        ) from None


def _serve(args: argparse.Namespace) -> int:  # pragma: no cover - runs until interrupted; tested as a process
    try:
        from ..server import serve
    except OntbrekendeExtra as fout:
        raise Gebruiksfout("extra_ontbreekt", reden=fout.reden) from None
    controleer_adres(args.host, args.port)
    try:
        serve(args.host, args.port, max_bytes=args.max_bytes, max_rijen=args.max_rijen, taal=args.taal)
    except SystemExit as einde:  # uvicorn could not bind after all (another program took the port)
        if einde.code in (0, None):
            raise
        raise Gebruiksfout(
            "poort_bezet", reden=Tekst("de server kon niet luisteren", "the server could not listen")
        ) from None
    return 0
