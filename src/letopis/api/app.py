"""The FastAPI app: a JSON API and server-rendered pages over one letopis DuckDB file.

The database is opened per request (read-only for reads, a short read-write
connection for ingest) and closed before the response, so a `letopis ingest`
in another process can write between requests.
"""
from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import duckdb
from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException

from ..doc import Doc, RawDoc
from ..errors import LetopisError, StoreError
from ..store.db import connect, write_docs
from . import charts, queries
from .highlight import highlight_document
from .ingest import IngestItem, items_from_form, items_from_json
from .queries import FilterError

log = logging.getLogger("letopis.api")
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
Processor = Callable[[RawDoc], Doc]


class Database:
    """Per-request connections; one lock so this process never mixes read-only and read-write opens."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.Lock()
        if not Path(path).exists():
            with self.writer():
                pass  # creates the file and its schema, so reads work on a fresh path

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            con = connect(self.path, read_only=True)
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            con = connect(self.path)
            try:
                yield con
            finally:
                con.close()


def default_processor(raw: RawDoc) -> Doc:
    from ..pipeline import process  # lazy: loading the NLP stack is slow and reads do not need it

    return process(raw)


def event_params(
    actor: str | None = Query(None, description="actor name, substring match on source or target"),
    source_country: str | None = Query(None, description="ISO3 code of the source actor, e.g. KAZ"),
    target_country: str | None = Query(None, description="ISO3 code of the target actor"),
    pair: str | None = Query(None, description="two countries, either direction: KAZ-AZE"),
    cameo: str | None = Query(None, description="CAMEO code prefix: root '04' or code '042'"),
    root: str | None = Query(None, description="CAMEO root, two digits"),
    quad_class: str | None = Query(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict"),
    modality: str | None = Query(None, description="asserted, future, alleged, ..."),
    date_from: str | None = Query(None, description="ISO date, inclusive"),
    date_to: str | None = Query(None, description="ISO date, inclusive"),
    doc_id: str | None = Query(None),
    sort: str | None = Query(None, description="date | -date | goldstein | -goldstein | cameo"),
    limit: str | None = Query(None, description="1..1000, default 50"),
    offset: str | None = Query(None, description=">= 0"),
) -> dict[str, str | None]:
    """The event filters as given (strings); parse_event_filters validates them."""
    return dict(locals())


def create_app(db_path: str, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               processor: Processor | None = None) -> FastAPI:
    """The web explorer and JSON API over the database at db_path; token guards the write endpoint."""
    db = Database(str(db_path))
    process = processor or default_processor
    # FastAPI's own /docs loads Swagger UI from a CDN; ours is a server-rendered page of the
    # same OpenAPI schema, so it works offline
    app = FastAPI(title="letopis", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Political events and actors from Russian-language news (read API, ingest).")
    app.state.db = db
    app.state.token = token
    app.state.max_upload_bytes = max_upload_bytes
    app.mount("/static", StaticFiles(directory=str(resources.files("letopis.api") / "static")), name="static")
    env = Environment(loader=PackageLoader("letopis.api", "templates"), autoescape=True)
    env.filters["query"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    env.globals["quad_colours"] = charts.QUAD_COLOURS
    env.globals["quad_names"] = charts.QUAD_NAMES

    def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=code)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith(("/api/", "/openapi", "/docs"))

    def error(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return page("error.html", status, status=status, message=message)

    @app.exception_handler(HTTPException)
    async def on_http(request: Request, exc: HTTPException) -> Response:
        response = error(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(FilterError)
    async def on_filter(request: Request, exc: FilterError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        messages = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return error(request, 422, messages or "invalid request")

    @app.exception_handler(StoreError)
    @app.exception_handler(duckdb.Error)
    async def on_store(request: Request, exc: Exception) -> Response:
        log.warning("database unavailable: %s", exc)
        return error(request, 503, f"database unavailable (another process may be writing; retry): {exc}")

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error(request, 500, f"internal error: {type(exc).__name__}")

    # ---- JSON API -------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"])
    def api_documents(q: str | None = None, limit: str | None = None, offset: str | None = None) -> dict:
        """Documents, newest first; q searches title and text."""
        with db.reader() as con:
            return queries.list_documents(con, queries.blank(q), queries.parse_page(limit, offset))

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: str) -> dict:
        """One document: clean text, entities, mentions, events, quotes."""
        with db.reader() as con:
            doc = queries.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document with id {doc_id!r}")
        return doc

    @app.get("/api/entities", tags=["actors"])
    def api_entities(q: str | None = None, type: str | None = None, country: str | None = None,
                     limit: str | None = None, offset: str | None = None) -> dict:
        """Entities grouped across documents; filter by name, type (PER/ORG/LOC/GPE), country."""
        type_ = queries.blank(type)
        if type_ is not None and type_.upper() not in {"PER", "ORG", "LOC", "GPE"}:
            raise FilterError(f"type must be one of PER, ORG, LOC, GPE, got {type_!r}")
        with db.reader() as con:
            return queries.list_entities(con, queries.blank(q), type_, queries.parse_country("country", country),
                                         queries.parse_page(limit, offset))

    @app.get("/api/actors", tags=["actors"])
    def api_actors(q: str | None = None, country: str | None = None,
                   limit: str | None = None, offset: str | None = None) -> dict:
        """Cross-document actors."""
        with db.reader() as con:
            return queries.list_actors(con, queries.blank(q), queries.parse_country("country", country),
                                       queries.parse_page(limit, offset))

    @app.get("/api/actors/{key:path}", tags=["actors"])
    def api_actor(key: str) -> dict:
        """An actor's profile: offices, countries, mentions by month, partners."""
        with db.reader() as con:
            actor = queries.get_actor(con, key)
        if actor is None:
            raise HTTPException(404, f"no actor with key {key!r}")
        return actor

    @app.get("/api/events", tags=["events"])
    def api_events(params: dict = Depends(event_params)) -> dict:
        """Events matching the filters."""
        filters = queries.parse_event_filters(params)
        with db.reader() as con:
            return queries.list_events(con, filters, queries.parse_page(params["limit"], params["offset"]))

    def dyad_args(a: str | None, b: str | None, by: str | None, kind: str | None,
                  date_from: str | None, date_to: str | None) -> dict[str, Any]:
        kind = queries.blank(kind) or "country"
        by = queries.blank(by) or "month"
        if kind not in ("country", "actor"):
            raise FilterError(f"kind must be country or actor, got {kind!r}")
        if by not in queries.PERIODS:
            raise FilterError(f"by must be day, week or month, got {by!r}")
        if kind == "country":
            a = queries.parse_country("a", a or "KAZ")
            b = queries.parse_country("b", b or "AZE")
        else:
            a, b = queries.blank(a), queries.blank(b)
            if not a or not b:
                raise FilterError("kind=actor needs both a and b (actor names)")
        return {"a": a, "b": b, "by": by, "kind": kind, "date_from": queries.parse_date("date_from", date_from),
                "date_to": queries.parse_date("date_to", date_to)}

    @app.get("/api/dyads", tags=["events"])
    def api_dyads(a: str | None = Query(None, description="country code (default KAZ) or actor name"),
                  b: str | None = Query(None, description="country code (default AZE) or actor name"),
                  by: str | None = Query(None, description="day | week | month"),
                  kind: str | None = Query(None, description="country | actor"),
                  date_from: str | None = None, date_to: str | None = None) -> dict:
        """Events between a and b per period, split by QuadClass, with mean Goldstein."""
        args = dyad_args(a, b, by, kind, date_from, date_to)
        with db.reader() as con:
            return queries.dyad(con, **args)

    def network_args(level: str | None, date_from: str | None, date_to: str | None) -> dict[str, Any]:
        level = queries.blank(level) or "country"
        if level not in ("country", "actor"):
            raise FilterError(f"level must be country or actor, got {level!r}")
        return {"level": level, "date_from": queries.parse_date("date_from", date_from),
                "date_to": queries.parse_date("date_to", date_to)}

    @app.get("/api/network", tags=["events"])
    def api_network(date_from: str | None = None, date_to: str | None = None, level: str | None = None) -> dict:
        """Nodes (countries or actors) and directed edges weighted by event count."""
        args = network_args(level, date_from, date_to)
        with db.reader() as con:
            return queries.network(con, **args)

    def check_token(request: Request) -> None:
        if token is None:
            return
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    async def read_limited(request: Request) -> bytes:
        """The request body, refusing more than max_upload_bytes before reading it all."""
        too_big = f"request body over the upload limit of {max_upload_bytes} bytes"
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_upload_bytes:
            raise HTTPException(413, too_big)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_upload_bytes:
                raise HTTPException(413, too_big)
            chunks.append(chunk)
        return b"".join(chunks)

    def run_ingest(items: list[IngestItem]) -> dict[str, Any]:
        docs, errors = [], []
        for item in items:
            if item.error:
                errors.append({"item": item.label, "error": item.error[0], "message": item.error[1]})
                continue
            try:
                docs.append(process(item.raw))
            except LetopisError as exc:
                errors.append({"item": item.label, "error": type(exc).__name__, "message": str(exc)})
            except Exception as exc:  # a pipeline bug on one item must not lose the others
                log.exception("processing %s failed", item.label)
                errors.append({"item": item.label, "error": type(exc).__name__, "message": str(exc)})
        written = skipped = 0
        if docs:
            with db.writer() as con:
                written, skipped = write_docs(con, docs)
        return {"documents": [d.id for d in docs], "written": written, "skipped": skipped, "errors": errors}

    ingest_body = {"requestBody": {"content": {
        "application/json": {"schema": {"type": "object", "properties": {
            "text": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string"},
            "title": {"type": "string"}, "published": {"type": "string", "format": "date"}}}},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "text": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string"},
            "title": {"type": "string"}, "published": {"type": "string"}}}}}}}

    @app.post("/api/ingest", tags=["ingest"], openapi_extra=ingest_body)
    async def api_ingest(request: Request) -> dict:
        """Analyse pasted text/html or uploaded files and store them; needs the token when one is set."""
        check_token(request)
        body = await read_limited(request)
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            items = items_from_json(body)
        elif content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
            request._body = body  # already read under the limit; let Starlette parse it from memory
            form = await request.form(max_part_size=max_upload_bytes)
            items = await items_from_form(form)
        else:
            raise HTTPException(415, "send application/json {text|html, url?, title?, published?} "
                                     "or multipart/form-data with files")
        if not items:
            raise HTTPException(400, "nothing to ingest: give text, html or at least one file")
        return await run_in_threadpool(run_ingest, items)

    # ---- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def explorer(request: Request, params: dict = Depends(event_params)) -> HTMLResponse:
        filters = queries.parse_event_filters(params)
        current = {k: v for k, v in params.items() if k not in ("offset",)}
        with db.reader() as con:
            result = queries.list_events(con, filters, queries.parse_page(params["limit"], params["offset"]))
            known = queries.countries(con)
        return page("explorer.html", params=current, result=result, countries=known,
                    sorts=list(queries.SORTS), nav="events")

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(q: str | None = None, limit: str | None = None, offset: str | None = None) -> HTMLResponse:
        with db.reader() as con:
            result = queries.list_documents(con, queries.blank(q), queries.parse_page(limit, offset))
        return page("documents.html", q=q or "", result=result, nav="documents")

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str) -> HTMLResponse:
        with db.reader() as con:
            doc = queries.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document with id {doc_id!r}")
        by_type: dict[str, list[dict]] = {}
        for entity in doc["entities"]:
            by_type.setdefault(entity["type"] or "?", []).append(entity)
        return page("document.html", doc=doc, body=highlight_document(doc), by_type=by_type, nav="documents")

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(a: str | None = None, b: str | None = None, by: str | None = None, kind: str | None = None,
                  date_from: str | None = None, date_to: str | None = None) -> HTMLResponse:
        args = dyad_args(a, b, by, kind, date_from, date_to)
        with db.reader() as con:
            data = queries.dyad(con, **args)
            known = queries.countries(con)
            if args["kind"] == "country":
                evidence = queries.list_events(con, queries.EventFilters(
                    pair=(args["a"], args["b"]), date_from=args["date_from"], date_to=args["date_to"]),
                    queries.Page(100, 0))
            else:
                evidence = {"events": [], "total": 0}
        return page("dyad.html", args=args, data=data, chart=charts.dyad_chart(data["periods"]),
                    countries=known, evidence=evidence, nav="dyad")

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(q: str | None = None, country: str | None = None,
                    limit: str | None = None, offset: str | None = None) -> HTMLResponse:
        with db.reader() as con:
            result = queries.list_actors(con, queries.blank(q), queries.parse_country("country", country),
                                         queries.parse_page(limit, offset, 100))
        return page("actors.html", q=q or "", country=country or "", result=result, nav="actors")

    @app.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(key: str) -> HTMLResponse:
        with db.reader() as con:
            actor = queries.get_actor(con, key)
        if actor is None:
            raise HTTPException(404, f"no actor with key {key!r}")
        months = actor["mentions_by_month"]
        peak = max((m["mentions"] for m in months), default=1)
        return page("actor.html", actor=actor, peak=peak, nav="actors")

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(date_from: str | None = None, date_to: str | None = None,
                     level: str | None = None) -> HTMLResponse:
        args = network_args(level, date_from, date_to)
        with db.reader() as con:
            net = queries.network(con, **args)
        return page("network.html", args=args, net=net, chart=charts.network_chart(net), nav="network")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        schema = app.openapi()
        operations = [
            {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
             "description": op.get("description", ""),
             "parameters": [(p["name"], p.get("in", ""), p.get("required", False)) for p in op.get("parameters", [])]}
            for path, methods in schema["paths"].items() for method, op in methods.items()
        ]
        return page("api_docs.html", operations=operations, info=schema["info"], nav="api")

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page() -> HTMLResponse:
        return page("ingest.html", needs_token=token is not None, limit=max_upload_bytes, nav="ingest")

    return app
