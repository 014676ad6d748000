"""JSON over HTTP for callers in other languages: ``verzuimregels serve`` (needs the ``server`` extra).

Every command of the CLI that judges input is an endpoint; the body is what the command reads (one JSON
object, a JSON array, or JSON Lines with ``Content-Type: application/x-ndjson``), the response is what
the command writes (an object for an object, an array for an array, JSON Lines for JSON Lines), with the
same error rows in place. The options of a command are query parameters with the same names
(``?taal=en&regio=noord``). The OpenAPI document, generated from the pydantic models, is at
``/openapi.json``; the interactive docs at ``/docs``.

HTTP status, mirroring the CLI's exit codes:

* **200**: every row judged (exit 0); for ``/valideer``: no row with findings at error level.
* **422**: some rows are error rows (exit 1); the body holds every row, in input order, nothing dropped.
* **400** ``json_ongeldig`` / ``invoer_leeg`` / ...: the body as a whole cannot be read (exit 2).
* **413** ``te_groot`` (more than :data:`MAX_BYTES` bytes) or ``te_veel_rijen`` (more than
  :data:`MAX_RIJEN` rows).
* **415** ``geen_json``: a ``Content-Type`` other than ``application/json`` or ``application/x-ndjson``.
* **404** ``schema_onbekend`` / ``pad_onbekend``, **405** ``methode_niet_toegestaan``, **500**
  ``interne_fout`` (a bug: the log names its type and route, never its message or traceback).

A usage error's body is ``{"gebruiksfout": {"regel": ..., "melding": ...}}`` (:class:`Gebruiksfoutuitvoer`),
its ``melding`` in the request's ``?taal`` (Dutch unless ``en``; the server's ``--taal`` when the
request gives none), naming the expected form (:data:`HTTPFOUTEN`).

Privacy (AVG): no body, query string, client address or path as sent is logged. Each request gives one
log line on the ``verzuimregels.server`` logger: method, the route matched (``/schema/{naam}``, or
``<unknown path>``: a path is input too), status, size of the body and the time taken.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .fouten import Model, OntbrekendeExtra

try:
    from fastapi import FastAPI, Query, Request
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.exceptions import RequestValidationError
    from fastapi.openapi.utils import get_openapi
    from fastapi.responses import JSONResponse, Response
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException as StarletteHTTPException
except ModuleNotFoundError as _fout:
    raise OntbrekendeExtra("verzuimregels.server", "server", _fout.name) from None

from pydantic.json_schema import models_json_schema

from ._versie import __version__
from .beleid import Beleid, Verjaardag29Februari, Verlofdagen
from .cli.analyse import verwerk_rijen  # the CLI's own rows: the same error rows
from .cli.invoer import Gebruiksfout, Rij, Vorm, lees_rijen, schrijf, verwerk
from .cli.valideer import schrijf_json as _schrijf_validatie
from .fouten import Foutuitvoer, Invoerfout
from .foutteksten import Tekst, veldtekst
from .kalender import Regio, Schoolkalender
from .keuzehulp import beoordeel
from .keuzehulp.modellen import Casus, Oordeel
from .melding import Validator
from .melding.modellen import Melding, Rijrapport, Samenvatting
from .registratie import Analyse, Leerling, Onderwijssoort
from .schema import SCHEMA_MODELLEN, json_schema
from .status import Statusoordeel, Statusvraag, bepaal_status
from .teksten import Taal
from .verlof import Verlofaanvraag, Verlofoordeel, beoordeel_verlof

MAX_BYTES = 10 * 1024 * 1024
"""Largest request body accepted (bytes); larger is 413 ``te_groot`` before the body is read on."""

MAX_RIJEN = 10_000
"""Most rows in one request; more is 413 ``te_veel_rijen`` (send several requests)."""

_JSON = "application/json"
_JSONL = "application/x-ndjson"

PADEN = (
    "/beoordeel",
    "/status",
    "/verlof",
    "/analyseer",
    "/valideer",
    "/schema",
    "/schema/NAAM",
    "/openapi.json",
)
"""The paths the server answers (and ``/docs``), as a 404 ``pad_onbekend`` names them."""

HTTPFOUTEN: dict[str, Tekst] = {
    "geen_json": Tekst(
        "de kop 'Content-Type' noemt geen JSON: verwacht 'application/json' (één JSON-object of een "
        "JSON-array) of 'application/x-ndjson' (JSON Lines)",
        f"the header 'Content-Type' names no JSON: expected '{_JSON}' (one JSON object or a JSON array) "
        f"or '{_JSONL}' (JSON Lines)",
    ),
    "te_groot": Tekst(
        "het lichaam is groter dan {max} bytes: verwacht ten hoogste {max} bytes per verzoek; stuur minder "
        "rijen tegelijk",
        "the body is larger than {max} bytes: expected at most {max} bytes per request; send fewer rows at "
        "a time",
    ),
    "te_veel_rijen": Tekst(
        "meer dan {max} rijen: verwacht ten hoogste {max} rijen per verzoek; verdeel ze over meer verzoeken",
        "more than {max} rows: expected at most {max} rows per request; spread them over more requests",
    ),
    "schema_onbekend": Tekst(
        "onbekend schema: verwacht één van: {namen}",
        "expected one of: {namen}",
    ),
    "pad_onbekend": Tekst(
        "onbekend pad: verwacht één van: {paden} (zie /openapi.json)",
        "unknown path: expected one of: {paden} (see /openapi.json)",
    ),
    "methode_niet_toegestaan": Tekst(
        "deze methode kan hier niet: verwacht de methode {methoden} op dit pad",
        "expected the method {methoden} on this path",
    ),
    "interne_fout": Tekst(
        "interne fout: dit is een fout in verzuimregels, niet in het verzoek; de invoer is niet gelogd "
        "(meld het pad en het tijdstip, niet de gegevens)",
        "internal error; the input was not logged",
    ),
}
"""The HTTP API's own usage errors (the others are the CLI's: ``json_ongeldig``, ``optie_ongeldig``):
code -> Dutch and English text, filled with limits and names only, never with input."""

log = logging.getLogger("verzuimregels.server")


class Gebruiksfoutmelding(Model):
    """Why the request as a whole cannot be judged."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    regel: str = Field(
        description="Machine-readable code: json_ongeldig, optie_ongeldig, te_groot, geen_json…"
    )
    melding: str = Field(description="What is wrong and the expected form; never an input value.")


class Gebruiksfoutuitvoer(Model):
    """The body of a 400, 404, 405, 413, 415 or 500 response: the request as a whole cannot be judged."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    gebruiksfout: Gebruiksfoutmelding


class Validatie(Model):
    """The body ``/valideer`` returns, as ``verzuimregels valideer`` writes it."""

    rijen: list[Rijrapport]
    samenvatting: Samenvatting


class _Fout(Exception):
    """A usage error of the request: its status, code and text in both languages."""

    def __init__(self, status: int, regel: str, tekst: Tekst) -> None:
        super().__init__(tekst.en)
        self.status, self.regel, self.tekst = status, regel, tekst

    @classmethod
    def van(cls, status: int, regel: str, **waarden: Any) -> _Fout:
        """The error ``regel`` of :data:`HTTPFOUTEN`, its texts filled with ``waarden``."""
        sjabloon = HTTPFOUTEN[regel]
        return cls(status, regel, Tekst(sjabloon.nl.format(**waarden), sjabloon.en.format(**waarden)))


def _taal(request: Request, standaard: Taal = Taal.NL) -> Taal:
    """The request's ``?taal`` for an error's text (``standaard``, the server's ``--taal``, when it gives
    none or one that is not valid); read raw, so that a request whose ``taal`` itself is invalid still
    gets an answer."""
    gevraagd = request.query_params.get("taal")
    return Taal(gevraagd) if gevraagd in {t.value for t in Taal} else standaard


def _gebruiksfout(status: int, regel: str, melding: str) -> JSONResponse:
    uitvoer = Gebruiksfoutuitvoer(gebruiksfout=Gebruiksfoutmelding(regel=regel, melding=melding))
    return JSONResponse(uitvoer.model_dump(), status_code=status)


async def _lichaam(request: Request, max_bytes: int) -> bytes:
    """The request body, refused as soon as it is larger than ``max_bytes`` or not JSON."""
    soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if soort not in (_JSON, _JSONL):
        raise _Fout.van(415, "geen_json")
    te_groot = _Fout.van(413, "te_groot", max=max_bytes)
    lengte = request.headers.get("content-length")
    if lengte is not None and lengte.isdigit() and int(lengte) > max_bytes:
        raise te_groot
    delen: list[bytes] = []
    grootte = 0
    async for deel in request.stream():
        grootte += len(deel)
        if grootte > max_bytes:
            raise te_groot
        delen.append(deel)
    return b"".join(delen)


def _rijen(lichaam: bytes, max_rijen: int) -> tuple[Vorm, list[Rij]]:
    try:
        vorm, rijen = lees_rijen(io.BufferedReader(io.BytesIO(lichaam)))
        lijst: list[Rij] = []
        for rij in rijen:
            if len(lijst) == max_rijen:
                raise _Fout.van(413, "te_veel_rijen", max=max_rijen)
            lijst.append(rij)
    except Gebruiksfout as fout:
        # The form a body must have, once: many reader texts name it already (the input is empty: ...).
        nl, en = fout.tekst(Taal.NL, met_code=False), str(fout)
        if "één JSON-object" not in nl:
            nl += "; verwacht één JSON-object, een JSON-array of JSON Lines"
        if "one JSON object" not in en:
            en += "; expected one JSON object, a JSON array or JSON Lines"
        raise _Fout(400, "json_ongeldig", Tekst(nl, en)) from None
    return vorm, lijst


def _antwoord(vorm: Vorm, resultaten: Iterator[BaseModel], fouten: list[int]) -> Response:
    uit = io.StringIO()
    schrijf(vorm, resultaten, uit, inspringen=None)
    return Response(
        uit.getvalue(),
        status_code=422 if fouten[0] else 200,
        media_type=_JSONL if vorm is Vorm.JSONL else _JSON,
    )


def _route(request: Request) -> str:
    """The route a request matched, as declared (``/schema/{naam}``), never the path as sent: a path
    is input (``/schema/111222333``, any unknown path) and so may hold personal data."""
    route = request.scope.get("route")
    pad = getattr(route, "path", None)
    return pad if isinstance(pad, str) else "<unknown path>"


def _object(waarde: Any, wat: str) -> dict[str, Any]:
    if not isinstance(waarde, dict):
        raise Invoerfout.enkel("", "geen_object", f"{wat} must be a JSON object")
    return waarde


def maak_app(
    *, max_bytes: int = MAX_BYTES, max_rijen: int = MAX_RIJEN, taal: Taal | str = Taal.NL
) -> FastAPI:
    """The ASGI application (FastAPI). ``max_bytes`` and ``max_rijen``: the request limits; ``taal``:
    the language of bodies (verdicts' texts, usage errors) for a request that gives no ``?taal``."""
    standaardtaal = Taal(taal)
    standaard = "Dutch (nl)" if standaardtaal is Taal.NL else "English (en)"
    app = FastAPI(
        title="verzuimregels",
        version=__version__,
        description=(
            "Dutch school-absence law (Leerplichtwet 1969, DUO) as JSON over HTTP. Each endpoint reads "
            "what the CLI command of the same name reads and writes what it writes. 200: all judged; "
            "422: some rows are error rows (in place); 400/413/415: the request cannot be read. "
            f"Texts in bodies (explanations, usage errors) are in the language of ?taal; without it, "
            f"in {standaard}, this server's default (verzuimregels serve --taal)."
        ),
    )

    async def oordelen(request: Request, functie: Callable[[Any], BaseModel]) -> Response:
        lichaam = await _lichaam(request, max_bytes)

        def werk() -> Response:
            vorm, rijen = _rijen(lichaam, max_rijen)
            fouten = [0]
            return _antwoord(vorm, verwerk(iter(rijen), functie, fouten), fouten)

        return await run_in_threadpool(werk)

    @app.middleware("http")
    async def logregel(request: Request, volgende: Any) -> Any:
        begin = time.perf_counter()
        status = 500
        try:
            try:
                antwoord = await volgende(request)
            except Exception as fout:
                # A bug, answered here: handed on, it would reach uvicorn, which logs its traceback, and
                # with it the message, which may hold input. Its type and route only; no message.
                log.error("internal error %s on %s", type(fout).__name__, _route(request))
                antwoord = _gebruiksfout(
                    500, "interne_fout", HTTPFOUTEN["interne_fout"].in_taal(_taal(request, standaardtaal))
                )
            status = antwoord.status_code
            return antwoord
        finally:
            log.info(
                "%s %s %d %s bytes %.1f ms",
                request.method,
                _route(request),
                status,
                request.headers.get("content-length", "-"),
                (time.perf_counter() - begin) * 1000,
            )

    @app.exception_handler(_Fout)
    async def gebruiksfout(request: Request, fout: _Fout) -> JSONResponse:
        return _gebruiksfout(fout.status, fout.regel, fout.tekst.in_taal(_taal(request, standaardtaal)))

    @app.exception_handler(StarletteHTTPException)
    async def routefout(request: Request, fout: StarletteHTTPException) -> Response:
        """The router's 404 (no such path) and 405 (no such method on the path) as usage errors in the
        request's language, the 405 with its ``Allow`` header; the path as sent is never named."""
        if fout.status_code == 404:
            tekst = HTTPFOUTEN["pad_onbekend"].in_taal(_taal(request, standaardtaal))
            return _gebruiksfout(404, "pad_onbekend", tekst.format(paden=", ".join(PADEN)))
        if fout.status_code == 405:
            kop = dict(fout.headers or {})
            methoden = kop.get("Allow", "")
            tekst = HTTPFOUTEN["methode_niet_toegestaan"].in_taal(_taal(request, standaardtaal))
            antwoord = _gebruiksfout(405, "methode_niet_toegestaan", tekst.format(methoden=methoden))
            antwoord.headers.update(kop)
            return antwoord
        return await http_exception_handler(request, fout)  # pragma: no cover - the router raises no other

    @app.exception_handler(Invoerfout)
    async def invoerfout(request: Request, fout: Invoerfout) -> JSONResponse:
        """An option out of range (``lesuur_minuten=0``) or a request that cannot be judged as a whole:
        400, naming the field and the rule (never the value)."""
        if _taal(request, standaardtaal) is Taal.EN:
            return _gebruiksfout(400, "optie_ongeldig", str(fout))
        tekst = Gebruiksfout("optie_ongeldig", reden=fout).tekst(Taal.NL, met_code=False)
        return _gebruiksfout(400, "optie_ongeldig", tekst)

    @app.exception_handler(RequestValidationError)
    async def optiefout(request: Request, fout: RequestValidationError) -> JSONResponse:
        """A bad query parameter is a usage error (CLI exit 2): 400 naming the option, not its value."""
        fouten = fout.errors()
        eerste = fouten[0] if fouten else {}
        naam = ".".join(str(d) for d in eerste.get("loc", ())[1:]) or "?"
        verwacht = eerste.get("msg", "a valid value")
        if _taal(request, standaardtaal) is Taal.EN:
            return _gebruiksfout(400, "optie_ongeldig", f"query parameter {naam}: {verwacht}")
        regel = str(eerste.get("type", ""))
        tekst = veldtekst(naam, (), regel, verwacht, Taal.NL, eerste.get("ctx"))
        return _gebruiksfout(400, "optie_ongeldig", f"queryparameter {naam}: {tekst} [{regel}]")

    @app.post("/beoordeel", summary="Judge cases of absence (the keuzehulp)", tags=["keuzehulp"])
    async def _beoordeel(
        request: Request,
        taal: Taal = standaardtaal,
        regio: Regio | None = None,
        vakantiedagen_meetellen: bool = False,
        verjaardag_29_februari: Verjaardag29Februari = Verjaardag29Februari.EEN_MAART,
        vandaag: Annotated[date | None, Query(description="the date for cases without a peildatum")] = None,
    ) -> Response:
        beleid = Beleid(
            vakantiedagen_meetellen=vakantiedagen_meetellen, verjaardag_29_februari=verjaardag_29_februari
        )
        kalender = Schoolkalender(regio=regio) if regio else None

        def een(casus: Any) -> Oordeel:
            return beoordeel(
                _object(casus, "a case"), taal=taal, beleid=beleid, kalender=kalender, vandaag=vandaag
            )

        return await oordelen(request, een)

    @app.post("/status", summary="Leerplichtig, kwalificatieplichtig, RMC or none on a date", tags=["status"])
    async def _status(
        request: Request,
        taal: Taal = standaardtaal,
        regio: Regio | None = None,
        verjaardag_29_februari: Verjaardag29Februari = Verjaardag29Februari.EEN_MAART,
    ) -> Response:
        beleid = Beleid(verjaardag_29_februari=verjaardag_29_februari)
        kalender = Schoolkalender(regio=regio) if regio else None

        def een(rij: Any) -> Statusoordeel:
            return bepaal_status(_object(rij, "a row"), taal=taal, beleid=beleid, kalender=kalender)

        return await oordelen(request, een)

    @app.post("/verlof", summary="Judge verlof requests (Lpw art. 13a, 14)", tags=["status"])
    async def _verlof(
        request: Request,
        taal: Taal = standaardtaal,
        regio: Regio | None = None,
        verlofdagen: Verlofdagen = Verlofdagen.LESDAGEN,
    ) -> Response:
        beleid = Beleid(verlofdagen=verlofdagen)
        kalender = Schoolkalender(regio=regio) if regio else None

        def een(rij: Any) -> Verlofoordeel:
            return beoordeel_verlof(_object(rij, "a row"), taal=taal, beleid=beleid, kalender=kalender)

        return await oordelen(request, een)

    @app.post("/analyseer", summary="From absence records to the meldingen due", tags=["registratie"])
    async def _analyseer(
        request: Request,
        peildatum: date,
        taal: Taal = standaardtaal,
        vakantiedagen_meetellen: bool = False,
        onderwijssoort: Annotated[Onderwijssoort | None, Query(description="default school")] = None,
        regio: Annotated[Regio | None, Query(description="default school: holiday region")] = None,
        lesuur_minuten: Annotated[int | None, Query(description="default school")] = None,
        uren_per_lesdag: Annotated[Decimal | None, Query(description="default school")] = None,
        afspraak_gemeente_18plus: bool = False,
        schooljaar: Annotated[int | None, Query(description="the school year (its first year)")] = None,
    ) -> Response:
        import argparse

        from .cli.analyse import standaardschool

        args = argparse.Namespace(
            peildatum=peildatum,
            taal=taal,
            onderwijssoort=onderwijssoort.value if onderwijssoort else None,
            regio=regio.value if regio else None,
            lesuur_minuten=lesuur_minuten,
            uren_per_lesdag=uren_per_lesdag,
            afspraak_gemeente_18plus=afspraak_gemeente_18plus,
            schooljaar=schooljaar,
        )
        school = standaardschool(args)
        beleid = Beleid(vakantiedagen_meetellen=vakantiedagen_meetellen)
        lichaam = await _lichaam(request, max_bytes)

        def werk() -> Response:
            vorm, rijen = _rijen(lichaam, max_rijen)
            fouten = [0]
            return _antwoord(vorm, verwerk_rijen(iter(rijen), school, args, beleid, fouten), fouten)

        return await run_in_threadpool(werk)

    @app.post("/valideer", summary="Check verzuimmeldingen before they go to DUO", tags=["melding"])
    async def _valideer(
        request: Request,
        peildatum: date | None = None,
        taal: Taal = standaardtaal,
        verjaardag_29_februari: Verjaardag29Februari = Verjaardag29Februari.EEN_MAART,
    ) -> Response:
        lichaam = await _lichaam(request, max_bytes)

        def werk() -> Response:
            validator = Validator(
                peildatum=peildatum, taal=taal, beleid=Beleid(verjaardag_29_februari=verjaardag_29_februari)
            )
            _, rijen = _rijen(lichaam, max_rijen)
            uit = io.StringIO()
            rapporten = (validator.rij(r.waarde, r.positie, regel=r.regel, fout=r.fout) for r in rijen)
            fouten = _schrijf_validatie(rapporten, uit, validator)
            return Response(uit.getvalue(), status_code=422 if fouten else 200, media_type=_JSON)

        return await run_in_threadpool(werk)

    @app.get("/schema", summary="Every JSON Schema of the contract, by name", tags=["schema"])
    async def _schemas() -> dict[str, str]:
        return {naam: f"/schema/{naam}" for naam in SCHEMA_MODELLEN}

    @app.get("/schema/{naam}", summary="One JSON Schema (draft 2020-12)", tags=["schema"])
    async def _schema(naam: str) -> Response:
        if naam not in SCHEMA_MODELLEN:
            raise _Fout.van(404, "schema_onbekend", namen=", ".join(SCHEMA_MODELLEN))
        return JSONResponse(json_schema(naam), media_type="application/schema+json")

    app.openapi = lambda: _openapi(app, max_rijen)  # type: ignore[method-assign]
    return app


_CONTRACT: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {
    "/beoordeel": (Casus, Oordeel),
    "/status": (Statusvraag, Statusoordeel),
    "/verlof": (Verlofaanvraag, Verlofoordeel),
    "/analyseer": (Leerling, Analyse),
    "/valideer": (Melding, Validatie),
}
"""Per endpoint: the model of one input row and of the output (a row, or the whole report)."""


def _openapi(app: FastAPI, max_rijen: int) -> dict[str, Any]:
    """FastAPI's document (paths, query parameters) with the request and response bodies added from the
    pydantic models: the endpoints read the raw body themselves, to keep the CLI's error rows."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    document = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    modellen: list[tuple[type[BaseModel], Any]] = [(Gebruiksfoutuitvoer, "serialization")]
    modellen += [(Foutuitvoer, "serialization")]
    for invoer, uitvoer in _CONTRACT.values():
        modellen += [(invoer, "validation"), (uitvoer, "serialization")]
    namen, defs = models_json_schema(modellen, ref_template="#/components/schemas/{model}")
    document.setdefault("components", {}).setdefault("schemas", {}).update(defs.get("$defs", {}))

    def ref(model: type[BaseModel], modus: str) -> dict[str, Any]:
        return dict(namen[(model, modus)])  # type: ignore[index]

    fout = ref(Gebruiksfoutuitvoer, "serialization")
    foutrij = ref(Foutuitvoer, "serialization")
    for pad, (invoer, uitvoer) in _CONTRACT.items():
        rij_in = ref(invoer, "validation")
        rij_uit = ref(uitvoer, "serialization")
        operatie = document["paths"][pad]["post"]
        operatie["requestBody"] = {
            "required": True,
            "description": f"One row, an array of at most {max_rijen} rows, or JSON Lines (one row a line).",
            "content": {
                _JSON: {
                    "schema": {"oneOf": [rij_in, {"type": "array", "items": rij_in, "maxItems": max_rijen}]}
                },
                _JSONL: {"schema": rij_in},
            },
        }
        if pad == "/valideer":
            inhoud: dict[str, Any] = {_JSON: {"schema": rij_uit}}
        else:
            rij = {"oneOf": [rij_uit, foutrij]}
            inhoud = {
                _JSON: {"schema": {"oneOf": [rij, {"type": "array", "items": rij}]}},
                _JSONL: {"schema": rij},
            }
        operatie["responses"] = {
            "200": {"description": "every row judged", "content": inhoud},
            "422": {"description": "some rows are error rows, in place (CLI exit 1)", "content": inhoud},
            "400": {"description": "the body is not JSON", "content": {_JSON: {"schema": fout}}},
            "413": {"description": "body or batch over the limit", "content": {_JSON: {"schema": fout}}},
            "415": {"description": "not application/json", "content": {_JSON: {"schema": fout}}},
            "500": {"description": "internal error (a bug)", "content": {_JSON: {"schema": fout}}},
        }
        operatie["responses"]["400"]["description"] += ", or a query parameter is not valid"
    for operaties in document["paths"].values():  # query errors are 400 (above), never FastAPI's 422
        for operatie in operaties.values():
            if "HTTPValidationError" in str(operatie["responses"].get("422", "")):
                operatie["responses"].pop("422")
    for naam in ("HTTPValidationError", "ValidationError"):
        document["components"]["schemas"].pop(naam, None)
    app.openapi_schema = document
    return document


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    max_bytes: int = MAX_BYTES,
    max_rijen: int = MAX_RIJEN,
    taal: Taal | str = Taal.NL,
) -> None:
    """Run the server with uvicorn, one worker, until interrupted. No access log (it would hold client
    addresses and query strings); the ``verzuimregels.server`` logger writes one line per request.
    ``taal``: the language of bodies for a request without ``?taal`` (:func:`maak_app`)."""
    try:
        import uvicorn
    except ModuleNotFoundError as fout:
        raise OntbrekendeExtra("verzuimregels serve", "server", fout.name) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = maak_app(max_bytes=max_bytes, max_rijen=max_rijen, taal=taal)
    uvicorn.run(app, host=host, port=port, access_log=False)
