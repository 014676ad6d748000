"""Canary test of ``verzuimregels serve`` (issue 11): a live server on 127.0.0.1, every endpoint, body
shape and content type, every usage error (400, 404, 405, 413, 415) and hostile input (huge integers,
deep nesting, a body larger than the limit, a body that lies about its length); no canary in any response
body or header, nor in the server's log. The server runs in its own process and keeps running: a
request never takes it down."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from .levende_server import Server
from .test_kanarie import (
    BSN,
    CASUSSEN,
    GEBOORTE,
    LEERLINGEN,
    MELDINGEN,
    NAAM,
    STATUSVRAGEN,
    VERLOF,
    geen_kanarie,
)

WORTEL = Path(__file__).resolve().parent.parent
MAX_BYTES = 100_000
MAX_RIJEN = 20


def _lichamen(rijen: list[Any]) -> Iterator[tuple[str, bytes, str]]:
    """(shape, body, content type): an array, one object, JSON Lines."""
    yield "array", json.dumps(rijen).encode(), "application/json"
    yield "object", json.dumps(rijen[0]).encode(), "application/json"
    yield "jsonl", "".join(json.dumps(r) + "\n" for r in rijen).encode(), "application/x-ndjson"


ENDPOINTS: dict[str, tuple[list[Any], dict[str, str]]] = {
    "/beoordeel": (CASUSSEN, {"vandaag": "2026-03-20"}),
    "/status": (STATUSVRAGEN, {}),
    "/verlof": (VERLOF, {}),
    "/analyseer": (LEERLINGEN, {"peildatum": "2026-03-20"}),
    "/valideer": (MELDINGEN, {"peildatum": "2026-03-20"}),
}


def _verzoeken() -> Iterator[tuple[str, str, str, bytes | None, dict[str, str], dict[str, str]]]:
    """(name, method, path, body, query, headers) of every request tried."""
    for pad, (rijen, query) in ENDPOINTS.items():
        for vorm, lichaam, soort in _lichamen(rijen):
            for taal in ("nl", "en"):
                yield (
                    f"{pad} {vorm} {taal}",
                    "POST",
                    pad,
                    lichaam,
                    query | {"taal": taal},
                    {"content-type": soort},
                )
        json_ = {"content-type": "application/json"}
        lichaam = json.dumps(rijen).encode()
        yield f"{pad} bad query", "POST", pad, lichaam, query | {"taal": BSN, "regio": NAAM}, json_
        yield f"{pad} bad date", "POST", pad, lichaam, query | {"peildatum": GEBOORTE + BSN}, json_
        yield f"{pad} query key", "POST", pad, lichaam, query | {BSN: NAAM}, json_
        yield f"{pad} broken", "POST", pad, b'[{"' + BSN.encode() + b'": "' + NAAM.encode(), query, json_
        yield f"{pad} not utf-8", "POST", pad, NAAM.encode() + b"\xff" + BSN.encode(), query, json_
        yield f"{pad} text/csv", "POST", pad, f"{BSN};{NAAM}\n".encode(), query, {"content-type": "text/csv"}
        yield f"{pad} no type", "POST", pad, lichaam, query, {"content-type": ""}
        yield f"{pad} type with BSN", "POST", pad, lichaam, query, {"content-type": f"application/{BSN}"}
        yield f"{pad} too big", "POST", pad, json.dumps([rijen[0]] * 2000).encode(), query, json_
        yield (
            f"{pad} too many rows",
            "POST",
            pad,
            json.dumps([rijen[0]] * (MAX_RIJEN + 1)).encode(),
            query,
            json_,
        )
        deep = ("[" * 200 + json.dumps(BSN) + "]" * 200).encode()
        yield f"{pad} deep", "POST", pad, deep, query, json_
        yield f"{pad} deep object", "POST", pad, ('{"a":' * 200 + "1" + "}" * 200).encode(), query, json_
        huge = b'[{"' + BSN.encode() + b'": ' + b"9" * 5000 + b"}]"
        yield f"{pad} huge int", "POST", pad, huge, query, json_
        yield (
            f"{pad} huge int value",
            "POST",
            pad,
            b'{"leeftijd_eerste_verzuimdag": 1' + b"0" * 4300 + b"}",
            query,
            json_,
        )
        yield f"{pad} empty", "POST", pad, b"", query, json_
        yield f"{pad} null", "POST", pad, b"null", query, json_
        yield f"{pad} string", "POST", pad, json.dumps(BSN).encode(), query, json_
        yield f"{pad} NaN", "POST", pad, b'[{"ziek": NaN, "' + BSN.encode() + b'": Infinity}]', query, json_
        yield f"{pad} GET", "GET", pad, None, {BSN: NAAM}, {}
    yield "schema BSN", "GET", f"/schema/{BSN}", None, {}, {}
    yield "unknown path", "GET", f"/{BSN}/{NAAM}", None, {}, {}
    yield "unknown path POST", "POST", f"/{NAAM}", b"{}", {}, {"content-type": "application/json"}
    yield "openapi", "GET", "/openapi.json", None, {NAAM: BSN}, {}


def _ruwe_verzoeken(url: str) -> Iterator[tuple[str, bytes]]:
    """Requests no well-behaved client sends: a length that lies, chunks, a header with a canary."""
    lichaam = json.dumps(CASUSSEN).encode()
    kop = b"POST /beoordeel HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    yield "length lies (short)", kop + b"Content-Length: 5\r\n\r\n" + lichaam
    yield "length lies (long)", kop + b"Content-Length: 999999\r\nConnection: close\r\n\r\n" + lichaam
    yield "length not a number", kop + f"Content-Length: {BSN}x\r\n\r\n".encode() + lichaam
    chunks = f"{len(lichaam):x}\r\n".encode() + lichaam + b"\r\n0\r\n\r\n"
    yield "chunked", kop + b"Transfer-Encoding: chunked\r\n\r\n" + chunks
    yield (
        "canary header",
        kop + f"X-Leerling: {BSN} {NAAM}\r\nContent-Length: {len(lichaam)}\r\n\r\n".encode() + lichaam,
    )
    yield "no http", f"{BSN} {NAAM}\r\n\r\n".encode()


def _ruw(url: str, verzoek: bytes) -> str:
    host, poort = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(poort)), timeout=10) as s:
        s.sendall(verzoek)
        s.shutdown(socket.SHUT_WR)
        delen = []
        try:
            while deel := s.recv(65536):
                delen.append(deel)
        except (TimeoutError, ConnectionError):
            pass
    return b"".join(delen).decode("utf-8", errors="replace")


def test_geen_kanarie_uit_de_server(server: Server) -> None:
    url, log, proces = server.url, server.log, server.proces
    statussen: set[int] = set()
    gedaan = 0
    with httpx.Client(base_url=url, timeout=60) as client:
        for naam, methode, pad, lichaam, query, kop in _verzoeken():
            antwoord = client.request(methode, pad, content=lichaam, params=query, headers=kop)
            statussen.add(antwoord.status_code)
            assert antwoord.status_code < 500, f"{naam}: {antwoord.status_code} {antwoord.text[:200]}"
            geen_kanarie(antwoord.text, f"{naam}: body")
            geen_kanarie(json.dumps(dict(antwoord.headers)), f"{naam}: headers")
            if antwoord.status_code in (400, 404, 405, 413, 415):
                assert set(antwoord.json()) == {"gebruiksfout"}, naam
            gedaan += 1
    for naam, verzoek in _ruwe_verzoeken(url):
        geen_kanarie(_ruw(url, verzoek), naam)
    assert {200, 400, 404, 405, 413, 415, 422} <= statussen, statussen
    assert gedaan >= 120
    time.sleep(0.3)
    assert proces.poll() is None  # still serving
    logtekst = log.read_text(encoding="utf-8", errors="replace")
    geen_kanarie(logtekst, "the server log")
    assert "Traceback" not in logtekst
    assert "verzuimregels.server" in logtekst  # the log was written (so the check above can fail)
