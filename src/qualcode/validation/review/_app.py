"""The review app's web layer: a Flask (WSGI) application over a :class:`~._service.ReviewService`, served by
waitress (:mod:`._server`).

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
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from flask import Flask, Response, request

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


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(body, status=status, mimetype="application/json", headers=_headers())


def _signed_in_response(resp: Response, access: AccessSettings) -> Response:
    resp.set_cookie(COOKIE, access.session, httponly=True, samesite="Strict", path="/")
    return resp


def _redirect(to: str) -> Response:
    return Response(status=303, headers={"Location": to, **_headers()})


class _Pages:
    """The pages and assets: the token or password turned into the session cookie, and the package's files."""

    def __init__(self, access: AccessSettings):
        self.access = access
        self.assets: dict[str, tuple[bytes, str] | None] = {}

    def asset(self, name: str) -> tuple[bytes, str] | None:
        if name not in self.assets:
            self.assets[name] = _static(name)
        return self.assets[name]

    def host_ok(self) -> bool:
        return not self.access.hosts or request.host in self.access.hosts

    def signed_in(self) -> bool:
        return hmac.compare_digest(request.cookies.get(COOKIE, ""), self.access.session)

    def same_origin(self) -> bool:
        origin = request.headers.get("Origin")
        return origin is None or origin == f"http://{request.host}"

    def page(self, name: str, status: int = 200) -> Response:
        body, kind = self.asset(name)  # type: ignore[misc]
        return Response(body, status=status, content_type=kind, headers=_headers())

    def index(self) -> Response:
        access = self.access
        if not self.host_ok():
            return Response("unknown host", status=421, headers=_headers())
        token = request.args.get("token")
        if token is not None:
            if access.password is None and hmac.compare_digest(token, access.token):
                return _signed_in_response(_redirect("/"), access)
            return self.page("denied.html", 403)
        if self.signed_in():
            return self.page("index.html")
        if access.password is not None:
            return _redirect("/login")
        return self.page("denied.html", 403)

    def login(self) -> Response:
        access = self.access
        if access.password is None or not self.host_ok():
            return self.page("denied.html", 403)
        if request.method == "GET":
            return self.page("login.html")
        if not self.same_origin():
            return self.page("denied.html", 403)
        given = request.form.get("password", "")
        if hmac.compare_digest(given.encode(), access.password.encode()):
            return _signed_in_response(_redirect("/"), access)
        return self.page("login.html", 403)

    def static(self, name: str) -> Response:
        found = self.asset(name)
        if found is None:
            return Response("not found", status=404, headers=_headers())
        return Response(found[0], content_type=found[1], headers=_headers({"Cache-Control": "private, max-age=300"}))

    def _refused(self, post: bool) -> tuple[Response | None, dict[str, Any]]:
        """(an error response, or None and the JSON payload of a POST)."""
        if not self.host_ok():
            return _json({"error": "unknown host"}, 421), {}
        if not self.signed_in():
            return _json({"error": "not signed in: open the address qualcode review printed"}, 403), {}
        if not post:
            return None, {}
        if not self.same_origin():
            return _json({"error": "cross-site request refused"}, 403), {}
        if not hmac.compare_digest(request.headers.get("X-CSRF-Token", ""), self.access.csrf):
            return _json({"error": "missing or wrong CSRF token"}, 403), {}
        if not (request.content_type or "").startswith("application/json"):
            return _json({"error": "send JSON"}, 415), {}
        try:
            payload = json.loads(request.get_data() or b"{}")
        except ValueError:
            return _json({"error": "malformed JSON"}, 400), {}
        if not isinstance(payload, dict):
            return _json({"error": "send a JSON object"}, 400), {}
        return None, payload

    def guarded(self, fn: Callable[[dict], Any], post: bool = False) -> Callable[[], Response]:
        """An API endpoint: refused without the session (and, for a POST, without CSRF token, JSON and this
        origin); ``fn(payload)`` answers; qualcode errors become JSON error answers."""
        def endpoint() -> Response:
            refused, payload = self._refused(post)
            if refused is not None:
                return refused
            try:
                return _json(fn(payload))
            except InputError as exc:
                return _json({"error": str(exc)}, 400)
            except QualcodeError as exc:
                return _json({"error": str(exc)}, 409)
        return endpoint


def make_app(service: ReviewService, access: AccessSettings) -> Flask:
    """The WSGI application serving ``service`` under ``access``."""
    pages = _Pages(access)
    app = Flask("qualcode.validation.review", static_folder=None)

    def item(_p: dict) -> dict:
        try:
            context = max(0, min(50, int(request.args.get("context", "2"))))
        except ValueError:
            context = 2
        return {"item": service.item(request.args.get("seg_id", ""), context=context),
                "progress": service.progress()}

    api = pages.guarded
    app.add_url_rule("/", "index", pages.index)
    app.add_url_rule("/login", "login", pages.login, methods=["GET", "POST"])
    app.add_url_rule("/static/<path:name>", "static", pages.static)
    app.add_url_rule("/api/config", "config", api(lambda p: {**service.config(), "csrf": access.csrf}))
    app.add_url_rule("/api/next", "next", api(lambda p: service.next_item()))
    app.add_url_rule("/api/item", "item", api(item))
    app.add_url_rule("/api/dashboard", "dashboard",
                     api(lambda p: service.dashboard(wait=request.args.get("wait", "1") != "0")))
    app.add_url_rule("/api/decide", "decide", api(service.decide, post=True), methods=["POST"])
    app.add_url_rule("/api/undo", "undo", api(lambda p: service.undo(), post=True), methods=["POST"])
    app.add_url_rule("/api/memo", "memo", api(service.memo, post=True), methods=["POST"])
    return app
