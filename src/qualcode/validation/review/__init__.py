"""The review app: coders review machine codes in the browser, over the project store.

Modules (private): ``_service`` (:class:`ReviewService`: one coder's queue, items, decisions, undo, memos and the
dashboard, without the web), ``_app`` (the Flask application: access token or password, CSRF, assets served
from ``static/``), ``_server`` (binding the port and serving with waitress). Start it with ``qualcode review``.
The web framework and server are the optional ``review`` extra (``pip install 'qualcode[review]'``).
"""

from __future__ import annotations

from qualcode.validation.review._server import ReviewServerError, bind, serve
from qualcode.validation.review._service import ReviewService, check_coder

__all__ = ["ReviewServerError", "ReviewService", "bind", "check_coder", "serve"]
