"""The HTTP layer: Starlette routes over :class:`.views.Views`, served by uvicorn.

Kept thin on purpose: a route reads its parameters, calls a view in the
thread pool (the repository may block on disk) and sends the :class:`Page`;
a dossier already rendered is taken from memory on the event loop instead.
Every response, 404s and 500s included, gets the security headers from one
outer ASGI wrapper, so no route can forget them: article text is hostile
input, and the CSP forbids every script even if a bug let markup through.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from newsprism.serve.repository import Repository
from newsprism.serve.views import Page, Views

CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """ASGI wrapper: adds the security headers to every HTTP response start."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class CachedDossiers:
    """ASGI wrapper: answers ``GET /story/ID[.json]`` from the page cache before any routing.

    The common request of a running story — a reader reloading a dossier that
    has not changed — costs a dict lookup and two sends here; through
    Starlette's middleware, routing and request objects it cost about twice
    the CPU (``benchmarks/serve_load.py``). Everything else, and every miss,
    goes on to ``app``. The security headers are added outside this wrapper,
    as for every response.
    """

    def __init__(self, app: ASGIApp, views: Views) -> None:
        self.app = app
        self.views = views

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and scope["method"] == "GET" and path.startswith("/story/"):
            ident = path[len("/story/") :]
            as_json = ident.endswith(".json")
            page = self.views.cached_story(
                ident[: -len(".json")] if as_json else ident, as_json=as_json
            )
            if page is not None:
                headers = {k: v for k, v in scope["headers"] if k in _NEGOTIATED}
                status, extra, body = negotiate(
                    page,
                    headers.get(b"accept-encoding", b"").decode("latin-1"),
                    headers.get(b"if-none-match", b"").decode("latin-1") or None,
                )
                raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in extra]
                if status != 304:
                    raw += [
                        (b"content-type", page.media_type.encode("latin-1")),
                        (b"content-length", str(len(body)).encode("latin-1")),
                    ]
                await send({"type": "http.response.start", "status": status, "headers": raw})
                await send({"type": "http.response.body", "body": body if status != 304 else b""})
                return
        await self.app(scope, receive, send)


_NEGOTIATED = (b"accept-encoding", b"if-none-match")


def negotiate(
    page: Page, accept_encoding: str, if_none_match: str | None
) -> tuple[int, list[tuple[str, str]], bytes]:
    """How to send ``page`` to one request: status, headers (less type and length), body.

    gzip when the client accepts it and the page has a compressed copy (with
    its own ETag); 304 and no body when the client already holds this ETag.
    """
    headers = [("cache-control", "public, max-age=300" if page.cacheable else "no-cache")]
    body = page.body
    etag = page.etag
    if page.gzipped is not None:
        headers.append(("vary", "Accept-Encoding"))
        if "gzip" in accept_encoding:
            body = page.gzipped
            headers.append(("content-encoding", "gzip"))
            etag = etag and etag[:-1] + '-gz"'
    if etag:
        headers.append(("etag", etag))
        if page.status == 200 and if_none_match == etag:
            return 304, headers, b""
    return page.status, headers, body


def create_app(repository: Repository, *, refresh: float = 1.0) -> ASGIApp:
    """The web UI over ``repository`` as an ASGI application."""
    views = Views(repository, refresh=refresh)

    def respond(request: Request, page: Page) -> Response:
        status, headers, body = negotiate(
            page, request.headers.get("accept-encoding", ""), request.headers.get("if-none-match")
        )
        if status == 304:
            return Response(status_code=304, headers=dict(headers))
        return Response(body, status, headers=dict(headers), media_type=page.media_type)

    async def stories(request: Request) -> Response:
        as_json = request.url.path == "/stories.json"
        return respond(request, await run_in_threadpool(views.stories, as_json=as_json))

    async def story(request: Request) -> Response:
        sid, as_json = _strip_json(request)
        # CachedDossiers answers most hits before routing; a HEAD, or a page cached
        # since it looked, is still answered here on the event loop: the hop to a
        # worker thread and back costs more than sending it.
        page = views.cached_story(sid, as_json=as_json)
        if page is None:
            page = await run_in_threadpool(views.story, sid, as_json=as_json)
        return respond(request, page)

    async def article(request: Request) -> Response:
        aid, as_json = _strip_json(request)
        params = request.query_params
        page = await run_in_threadpool(
            views.article, aid, as_json=as_json, story=params.get("story"), mark=params.get("mark")
        )
        return respond(request, page)

    async def search(request: Request) -> Response:
        as_json = request.url.path == "/search.json"
        query = request.query_params.get("q", "")[:500]
        return respond(request, await run_in_threadpool(views.search, query, as_json=as_json))

    async def stylesheet(request: Request) -> Response:
        return respond(request, views.stylesheet())

    async def not_found(request: Request, exc: Exception) -> Response:
        as_json = request.url.path.endswith(".json")
        return respond(request, views.not_found(request.url.path, as_json=as_json))

    routes = [
        Route("/", stories),
        Route("/stories.json", stories),
        Route("/story/{ident:path}", story),
        Route("/article/{ident:path}", article),
        Route("/search", search),
        Route("/search.json", search),
        Route("/static/newsprism.css", stylesheet),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    return SecurityHeaders(CachedDossiers(app, views))


def _strip_json(request: Request) -> tuple[str, bool]:
    """``/story/ID.json`` → (``ID``, True): the JSON twin of a page is its path plus ``.json``."""
    ident = str(request.path_params["ident"])
    if ident.endswith(".json"):
        return ident[: -len(".json")], True
    return ident, False


def serve(
    repository: Repository, host: str = "127.0.0.1", port: int = 8000, *, http: str = "auto"
) -> None:
    """Serve the web UI until interrupted (Ctrl-C).

    ``http`` is uvicorn's HTTP parser: ``auto`` takes httptools when it is
    installed (about twice the requests/s of h11 here, ``benchmarks/serve_load.py``),
    else h11. One process, one event loop: the tool has one reader's store,
    and a cached dossier costs a fraction of a millisecond to send.
    """
    uvicorn.run(
        create_app(repository),
        host=host,
        port=port,
        http=http,
        log_level="warning",
        access_log=False,
        proxy_headers=False,  # no proxy in front of a local tool: nothing to trust
    )


@contextlib.contextmanager
def serve_in_thread(
    repository: Repository, host: str = "127.0.0.1", port: int = 0, *, refresh: float = 1.0
) -> Iterator[str]:
    """Serve in a background thread for tests and benchmarks; yields the base URL.

    ``port=0`` takes a free port, so parallel runs never collide.
    """
    config = uvicorn.Config(
        create_app(repository, refresh=refresh),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="newsprism-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web UI did not start on {host}:{port}")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()
    try:
        name = f"[{host}]" if ":" in host else host
        yield f"http://{name}:{bound[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
