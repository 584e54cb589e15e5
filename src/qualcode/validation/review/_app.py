"""The review app's web layer: a Starlette application over a :class:`~._service.ReviewService`.

Access: the address printed by ``qualcode review`` carries a random token; opening it sets an HttpOnly,
SameSite=Strict session cookie and every other request needs that cookie (or, with ``--host``, the password typed
on the login page). Cross-site requests: every POST must carry the page's CSRF token in a header (a page on another
site cannot read it), be JSON, and come from this origin when the browser says where it comes from. On the
loopback address only ``Host: 127.0.0.1/localhost:PORT`` is served (DNS rebinding). The page is built with DOM text
nodes, never with HTML strings from the store, and a Content-Security-Policy allows scripts, styles and data only
from this server: transcript text such as ``<script>`` shows as text. Every asset is served from the package.
"""

from __future__ import annotations

import hmac
import json
import secrets
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from qualcode.errors import InputError, QualcodeError
from qualcode.validation.review._service import ReviewService

__all__ = ["AccessSettings", "make_app"]

COOKIE = "qualcode_review"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png"}


@dataclass
class AccessSettings:
    """Who may use the app: the ``token`` of the printed address, or ``password`` (lab network mode); the
    session cookie value and the CSRF token are made per server start. ``hosts``: accepted Host headers (empty:
    any)."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    password: str | None = None
    hosts: frozenset[str] = frozenset()
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))


def _static(name: str) -> tuple[bytes, str] | None:
    if "/" in name or name.startswith(".") or not name:
        return None
    path = resources.files("qualcode.validation.review") / "static" / name
    if not path.is_file():
        return None
    suffix = "." + name.rsplit(".", 1)[-1]
    return path.read_bytes(), _TYPES.get(suffix, "application/octet-stream")


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
         "X-Frame-Options": "DENY", "Cache-Control": "no-store"}
    h.update(extra or {})
    return h


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=_headers())


def _signed_in_response(resp: Response, access: AccessSettings) -> Response:
    resp.set_cookie(COOKIE, access.session, httponly=True, samesite="strict", path="/")
    return resp


class _Pages:
    """The pages and assets: the token or password turned into the session cookie, and the package's files."""

    def __init__(self, access: AccessSettings):
        self.access = access
        self.assets: dict[str, tuple[bytes, str] | None] = {}

    def asset(self, name: str) -> tuple[bytes, str] | None:
        if name not in self.assets:
            self.assets[name] = _static(name)
        return self.assets[name]

    def host_ok(self, request: Request) -> bool:
        return not self.access.hosts or request.headers.get("host", "") in self.access.hosts

    def signed_in(self, request: Request) -> bool:
        return hmac.compare_digest(request.cookies.get(COOKIE, ""), self.access.session)

    def page(self, name: str, status: int = 200) -> Response:
        body, kind = self.asset(name)  # type: ignore[misc]
        return Response(body, status_code=status, media_type=kind, headers=_headers())

    def index(self, request: Request) -> Response:
        access = self.access
        if not self.host_ok(request):
            return Response("unknown host", status_code=421, headers=_headers())
        token = request.query_params.get("token")
        if token is not None:
            if access.password is None and hmac.compare_digest(token, access.token):
                return _signed_in_response(RedirectResponse("/", status_code=303, headers=_headers()), access)
            return self.page("denied.html", 403)
        if self.signed_in(request):
            return self.page("index.html")
        if access.password is not None:
            return RedirectResponse("/login", status_code=303, headers=_headers())
        return self.page("denied.html", 403)

    async def login(self, request: Request) -> Response:
        access = self.access
        if access.password is None or not self.host_ok(request):
            return self.page("denied.html", 403)
        if request.method == "GET":
            return self.page("login.html")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"http://{request.headers.get('host', '')}":
            return self.page("denied.html", 403)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        given = (form.get("password") or [""])[0]
        if hmac.compare_digest(given.encode(), access.password.encode()):
            return _signed_in_response(RedirectResponse("/", status_code=303, headers=_headers()), access)
        return self.page("login.html", 403)

    def static(self, request: Request) -> Response:
        found = self.asset(request.path_params["name"])
        if found is None:
            return Response("not found", status_code=404, headers=_headers())
        return Response(found[0], media_type=found[1], headers=_headers({"Cache-Control": "private, max-age=300"}))

    async def _refused(self, request: Request, post: bool) -> tuple[JSONResponse | None, dict[str, Any]]:
        """(an error response, or None and the JSON payload of a POST)."""
        if not self.host_ok(request):
            return _json({"error": "unknown host"}, 421), {}
        if not self.signed_in(request):
            return _json({"error": "not signed in: open the address qualcode review printed"}, 403), {}
        if not post:
            return None, {}
        origin = request.headers.get("origin")
        if origin is not None and origin != f"http://{request.headers.get('host', '')}":
            return _json({"error": "cross-site request refused"}, 403), {}
        if not hmac.compare_digest(request.headers.get("x-csrf-token", ""), self.access.csrf):
            return _json({"error": "missing or wrong CSRF token"}, 403), {}
        if not request.headers.get("content-type", "").startswith("application/json"):
            return _json({"error": "send JSON"}, 415), {}
        try:
            payload = json.loads(await request.body() or b"{}")
        except ValueError:
            return _json({"error": "malformed JSON"}, 400), {}
        if not isinstance(payload, dict):
            return _json({"error": "send a JSON object"}, 400), {}
        return None, payload

    def guarded(self, fn: Callable[[Request, dict], Any], post: bool = False) -> Callable:
        """An API endpoint: refused without the session (and, for a POST, without CSRF token, JSON and this
        origin); ``fn(request, payload)`` runs in the thread pool; qualcode errors become JSON error answers."""
        async def endpoint(request: Request) -> Response:
            refused, payload = await self._refused(request, post)
            if refused is not None:
                return refused
            try:
                result = await run_in_threadpool(fn, request, payload)
            except InputError as exc:
                return _json({"error": str(exc)}, 400)
            except QualcodeError as exc:
                return _json({"error": str(exc)}, 409)
            return _json(result)
        return endpoint


def make_app(service: ReviewService, access: AccessSettings) -> Starlette:
    """The Starlette application serving ``service`` under ``access``."""
    pages = _Pages(access)

    def item(request: Request, _p: dict) -> dict:
        seg_id = request.query_params.get("seg_id", "")
        try:
            context = max(0, min(50, int(request.query_params.get("context", "2"))))
        except ValueError:
            context = 2
        return {"item": service.item(seg_id, context=context), "progress": service.progress()}

    api = pages.guarded
    routes = [
        Route("/", pages.index),
        Route("/login", pages.login, methods=["GET", "POST"]),
        Route("/static/{name}", pages.static),
        Route("/api/config", api(lambda r, p: {**service.config(), "csrf": access.csrf})),
        Route("/api/next", api(lambda r, p: service.next_item())),
        Route("/api/item", api(item)),
        Route("/api/dashboard", api(lambda r, p: service.dashboard())),
        Route("/api/decide", api(lambda r, p: service.decide(p), post=True), methods=["POST"]),
        Route("/api/undo", api(lambda r, p: service.undo(), post=True), methods=["POST"]),
        Route("/api/memo", api(lambda r, p: service.memo(p), post=True), methods=["POST"]),
    ]
    return Starlette(routes=routes)
