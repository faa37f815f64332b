"""The Starlette application: JSON endpoints under /api, pages under /, one error shape.

Starlette + uvicorn rather than FastAPI: together they add under 2 MB and no pydantic models, and
the API is a dozen GET endpoints whose parameters are checked in one module (api/params.py).
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
import tempfile
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from geopivot.api import data, params
from geopivot.api.openapi import openapi
from geopivot.api.params import ParamError
from geopivot.errors import AnalysisError, GeopivotError, StoreError
from geopivot.store.counting import ANALYSIS_COUNT, COUNT_POLICIES
from geopivot.store.query import EventFilter

log = logging.getLogger("geopivot.serve")


def error_response(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    """The one error shape of the API."""
    return JSONResponse({"error": {"status": status, "parameter": parameter, "message": message}},
                        status_code=status)


def analysis_filter(query: Any) -> EventFilter:
    """Dates and the counting policy of an analysis (default one-a-day, as on the command line)."""
    since, until = params.date(query, "since"), params.date(query, "until")
    if since and until and since > until:
        raise ParamError("until", "comes before since")
    return EventFilter(since=since, until=until,
                       count=params.choice(query, "count", COUNT_POLICIES, ANALYSIS_COUNT))


def create_app(db: Path) -> Starlette:
    """The dashboard and API over the store at ``db`` (opened read-only for each request)."""
    from geopivot.api.pool import StorePool

    pool = StorePool(Path(db))

    with_store = pool.endpoint

    @with_store
    def api_summary(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        return JSONResponse(data.summary(store))

    @with_store
    def api_countries(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        return JSONResponse({"countries": data.known_countries(store)})

    @with_store
    def api_events(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        return JSONResponse(data.event_page(store, params.event_query(request.query_params)))

    def download(fmt: str):  # type: ignore[no-untyped-def]
        @with_store
        def api_download(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
            query = params.event_query(request.query_params)
            handle = tempfile.NamedTemporaryFile(prefix="geopivot-", suffix=f".{fmt}", delete=False)
            handle.close()
            out = Path(handle.name)
            data.export_events(store, query, out, fmt=fmt)
            media = "text/csv" if fmt == "csv" else "application/vnd.apache.parquet"
            return FileResponse(out, media_type=media, filename=f"geopivot-events.{fmt}",
                                background=BackgroundTask(out.unlink, missing_ok=True))
        api_download.__name__ = f"api_events_{fmt}"
        return api_download

    @with_store
    def api_series(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        rows = data.series(store, side_a=params.countries(q, "a", required=True),
                           side_b=params.countries(q, "b", required=True), freq=params.freq(q, "month"),
                           flt=analysis_filter(q))
        return JSONResponse({"series": rows})

    @with_store
    def api_align(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        result = data.alignment(
            store, focal=params.countries(q, "focal", required=True),
            pole_a=params.countries(q, "pole_a", required=True),
            pole_b=params.countries(q, "pole_b", required=True), freq=params.freq(q),
            n_boot=params.integer(q, "bootstrap", 1000, low=10, high=5000), flt=analysis_filter(q),
            min_events=params.integer(q, "min_events", 3, low=1, high=1000))
        return JSONResponse(result)

    @with_store
    def api_blocs(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        ego = params.countries(q, "ego")
        result = data.blocs(store, year=params.integer(q, "year", 0, low=0, high=9999) or None,
                            k=params.integer(q, "k", 2, low=2, high=6), seed=params.integer(q, "seed", 0, low=0,
                                                                                         high=2**31 - 1),
                            ego=ego[0] if ego else None, top=params.integer(q, "top", 60, low=1, high=2000),
                            flt=analysis_filter(q))
        return JSONResponse(result)

    def api_openapi(request: Request) -> Response:
        return JSONResponse(openapi())

    async def on_param_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ParamError)
        if request.url.path.startswith("/api"):
            return error_response(400, exc.message, exc.parameter)
        return pages.error_page(request, 400, f"{exc.parameter}: {exc.message}")

    async def on_analysis_error(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api"):
            return error_response(400, str(exc))
        return pages.error_page(request, 400, str(exc))

    async def on_store_error(request: Request, exc: Exception) -> Response:
        return error_response(503, f"the store cannot be read now: {exc}")

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api"):
            return error_response(exc.status_code, str(exc.detail))
        return pages.error_page(request, exc.status_code, str(exc.detail))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s: %r", request.url.path, exc)
        return error_response(500, "internal error (see the server log)")

    from geopivot.web import pages

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        yield
        pool.close()

    page_routes = pages.routes(pool)
    static = Path(__file__).resolve().parents[1] / "web" / "static"
    return Starlette(
        routes=[
            Route("/api/summary", api_summary), Route("/api/countries", api_countries),
            Route("/api/events", api_events), Route("/api/events.csv", download("csv")),
            Route("/api/events.parquet", download("parquet")), Route("/api/series", api_series),
            Route("/api/align", api_align), Route("/api/blocs", api_blocs),
            Route("/api/openapi.json", api_openapi),
            *page_routes,
            Mount("/static", StaticFiles(directory=static), name="static"),
        ],
        lifespan=lifespan,
        exception_handlers={ParamError: on_param_error, AnalysisError: on_analysis_error,
                            StoreError: on_store_error, HTTPException: on_http_error,
                            GeopivotError: on_analysis_error, Exception: on_unexpected},
    )
