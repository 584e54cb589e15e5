"""Starting the review server: bind the port first (a port in use is a clear error before anything is opened or
written), print the address with its access token, serve with waitress until Ctrl+C (or SIGTERM)."""

from __future__ import annotations

import errno
import logging
import socket
import sys
import threading
from collections.abc import Callable

from qualcode.errors import InputError, Issue, QualcodeError, require
from qualcode.validation.review._service import ReviewService

__all__ = ["LOOPBACK", "ReviewServerError", "bind", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class ReviewServerError(QualcodeError, OSError):
    """The review server cannot start (the port is in use, the address cannot be bound)."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (``port`` 0: any free port). A port in use raises
    :class:`ReviewServerError` saying so."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Nagle off (TCP_NODELAY): with it on, a response written as headers + body waits ~40 ms for the client's
    # delayed ACK (found by the benchmark)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ReviewServerError(
                f"port {port} on {host} is already in use (another 'qualcode review' or another program) "
                "(hint: choose another port with --port N, or --port 0 for any free one)") from exc
        raise ReviewServerError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    sock.set_inheritable(True)
    return sock


def check_host(host: str, password: str | None) -> None:
    """A non-loopback ``host`` needs a password (InputError otherwise)."""
    if host not in LOOPBACK and not password:
        raise InputError([Issue("<command line>", None, f"--host {host} makes the review app reachable from the "
                                "network and needs --password",
                                hint="qualcode review STORE --coder NAME --host 0.0.0.0 --password SECRET")])


def _background(service: ReviewService, stop: threading.Event) -> None:
    # starting the dashboard's worker (scikit-learn, scipy) takes seconds of CPU: do it while the coder reads
    while not stop.wait(0.5):
        if service.idle() >= 2.0:
            break
    try:
        service.warm_up()
    except Exception:  # noqa: BLE001 - only a head start: the dashboard reports its own errors when opened
        pass
    service.keep_dashboard_fresh(stop)


def serve(service: ReviewService, sock: socket.socket, *, host: str, password: str | None = None,
          say: Callable[[str], None] = print) -> None:
    """Serve ``service`` on the bound ``sock`` until interrupted; prints the address to open."""
    require("flask", extra="review", purpose="the review app")
    waitress = require("waitress", extra="review", purpose="the review app")
    from qualcode.validation.review._app import AccessSettings, make_app  # needs flask: imported after require

    port = sock.getsockname()[1]
    loopback = host in LOOPBACK
    hosts = frozenset({f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}) if loopback else frozenset()
    access = AccessSettings(password=password, hosts=hosts)
    app = make_app(service, access)
    shown = "127.0.0.1" if host in ("127.0.0.1", "localhost") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/"
    mode = "blind (machine codes hidden)" if service.blind else "review"
    say(f"qualcode review: {service.project.path} for coder {service.coder!r}, {mode}, "
        f"{len(service.queue)} segments in the queue")
    if password is None:
        say(f"open {url}?token={access.token}")
    else:
        say(f"open {url} and sign in with the password")
        if not loopback:
            say(f"WARNING: listening on {host}:{port}: anyone on this network who has the password can read the "
                "transcripts, codes and memos of this project and record decisions in it; the connection is plain "
                "HTTP (not encrypted). Use it only on a trusted lab network, and stop it when you are done.")
    say("every decision is saved when it is made; press Ctrl+C to stop")
    sys.stdout.flush()
    stop = threading.Event()
    threading.Thread(target=_background, args=(service, stop), daemon=True, name="qualcode-dashboard").start()
    # waitress: threads for the browser's parallel requests (the service serialises store access); a coder's
    # connection stays open while they read; its "queue depth" notices are not for the coder
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    server = waitress.create_server(app, sockets=[sock], threads=8, channel_timeout=120, ident="qualcode")
    try:
        server.run()
    except KeyboardInterrupt:  # Ctrl+C, or SIGTERM (the qualcode command turns it into an exit)
        pass
    finally:
        server.close()
        stop.set()
        sock.close()
