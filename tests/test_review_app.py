"""The review app over HTTP (Flask's test client) and the command's behaviour on bad input: access token,
password, CSRF, host check, escaping of stored text in responses, and clear messages with nothing written."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys

import pytest

import _review_project
from qualcode.cli import main
from qualcode.validation import SCHEMA_VERSION, Project
from qualcode.validation.review import ReviewService

pytest.importorskip("flask", reason="the review extra is not installed")
from qualcode.validation.review._app import COOKIE, AccessSettings, make_app  # noqa: E402


@pytest.fixture
def store(tmp_path):
    return _review_project.build(tmp_path / "study.qualcode")


@pytest.fixture
def app(store):
    svc = ReviewService(store, "li")
    access = AccessSettings(hosts=frozenset({"localhost"}))
    client = make_app(svc, access).test_client()
    yield svc, access, client
    svc.close()


def signed_in(client, access):
    r = client.get(f"/?token={access.token}", follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert "samesite=strict" in r.headers["set-cookie"].lower()
    assert client.get_cookie(COOKIE).value == access.session
    return client.get("/api/config").get_json()["csrf"]


def test_token_is_required(app):
    svc, access, client = app
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/api/next").status_code == 403
    signed_in(client, access)
    page = client.get("/")
    assert page.status_code == 200 and "app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/api/next").get_json()["item"]["segment"]["seg_id"] == "D1:2"


def test_posts_need_the_csrf_token_json_and_same_origin(app, store):
    svc, access, client = app
    csrf = signed_in(client, access)
    body = {"token": "t1", "seg_id": "D1:2", "codes": {"publicity_weak": True}}
    assert client.post("/api/decide", json=body).status_code == 403
    assert client.post("/api/decide", json=body, headers={"X-CSRF-Token": "nope"}).status_code == 403
    evil = {"X-CSRF-Token": csrf, "Origin": "http://evil.example"}
    assert client.post("/api/decide", json=body, headers=evil).status_code == 403
    form = client.post("/api/decide", data={"token": "t1"}, headers={"X-CSRF-Token": csrf})
    assert form.status_code == 415
    assert svc.project.decisions().empty  # nothing refused was written
    ok = client.post("/api/decide", json=body, headers={"X-CSRF-Token": csrf, "Origin": "http://localhost"})
    assert ok.status_code == 200 and ok.get_json()["item"]["segment"]["seg_id"] == "D2:2"
    again = client.post("/api/decide", json=body, headers={"X-CSRF-Token": csrf})  # a retried request
    assert again.get_json()["duplicate"] is True
    assert len(svc.project.decisions("li")) == 1
    bad = client.post("/api/decide", json={"seg_id": "D1:2", "codes": {"nope": True}}, headers={"X-CSRF-Token": csrf})
    assert bad.status_code == 400 and "not in codebook" in bad.get_json()["error"]


def test_unknown_host_is_refused(app):
    svc, access, _client = app
    other = make_app(svc, access).test_client()
    evil = "http://attacker.example:8765"
    assert other.get(f"/?token={access.token}", base_url=evil).status_code == 421
    assert other.get("/api/next", base_url=evil).status_code == 421


def test_password_mode(store):
    svc = ReviewService(store, "li")
    access = AccessSettings(password="s3cret")
    client = make_app(svc, access).test_client()
    assert client.get("/", follow_redirects=False).headers["location"].endswith("/login")
    assert client.get(f"/?token={access.token}").status_code == 403  # the token does not replace the password
    assert client.post("/login", data={"password": "wrong"}).status_code == 403
    assert client.post("/login", data={"password": "s3cret"}, headers={"Origin": "http://evil.example"}
                       ).status_code == 403
    r = client.post("/login", data={"password": "s3cret"}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/config").status_code == 200
    svc.close()


def test_transcript_text_is_data_not_markup(app):
    svc, access, client = app
    signed_in(client, access)
    item = client.get("/api/item?seg_id=D5:2").get_json()["item"]
    assert _review_project.SCRIPT in item["segment"]["text"]
    assert client.get("/api/item?seg_id=D5:2").headers["content-type"].startswith("application/json")
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_assets_come_from_the_package(app):
    _svc, _access, client = app
    for name in ("index.html", "app.js", "app.css"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200
        assert "http://" not in r.text and "https://" not in r.text and "@import" not in r.text
    assert client.get("/static/../_app.py").status_code == 404


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "qualcode", "review", *args], capture_output=True, text=True,
                          timeout=60)


def test_bad_input_gives_a_message_and_writes_nothing(tmp_path, store, capsys):
    before = store.read_bytes()
    assert main(["review", str(store)]) == 2
    assert "no coder name given" in capsys.readouterr().err
    assert main(["review", str(store), "--coder", "auto:x"]) == 2
    assert main(["review", str(store), "--coder", "li", "--host", "0.0.0.0"]) == 2
    assert "needs --password" in capsys.readouterr().err
    missing = tmp_path / "nope.qualcode"
    assert main(["review", str(missing), "--coder", "li", "--port", "0"]) == 1
    assert "no such project store" in capsys.readouterr().err and not missing.exists()
    assert store.read_bytes() == before


def test_newer_store_and_busy_port(tmp_path, store, capsys):
    newer = tmp_path / "newer.qualcode"
    Project.init(newer).close()
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    before = newer.read_bytes()
    assert main(["review", str(newer), "--coder", "li", "--port", "0"]) == 1
    assert "written by a newer qualcode" in capsys.readouterr().err
    assert newer.read_bytes() == before
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        out = run_cli(str(store), "--coder", "li", "--port", str(port))
    assert out.returncode == 1 and f"port {port} on 127.0.0.1 is already in use" in out.stderr
