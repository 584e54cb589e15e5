"""Hostile input: entity expansion, external entities, zip traversal, symlinks, zip bombs, fuzzed files."""

from __future__ import annotations

import io
import os
import random
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode._safezip import Limits, SafeZip
from qualcode.errors import ExchangeError, InputError
from qualcode.exchange import import_qdpx, read_qdc, write_qdc
from qualcode.model import Code, Codebook

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="A1B2C3D4-0000-4000-8000-000000000001" name="&lol4;" isCodable="true"/></Codes></CodeBook>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="A1B2C3D4-0000-4000-8000-000000000001" name="&secret;" isCodable="true"/></Codes></CodeBook>"""

PROJECT = b"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>
<TextSource guid="AAAAAAAA-0000-4000-8000-000000000001" name="a"
 plainTextPath="internal://AAAAAAAA-0000-4000-8000-000000000001.txt"/>
</Sources></Project>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion_laughs", "xxe"])
def test_entities_refused_in_codebooks(tmp_path, payload):
    path = tmp_path / "evil.qdc"
    path.write_bytes(payload)
    with pytest.raises(ExchangeError) as exc:
        read_qdc(path)
    assert "declares a DTD (<!DOCTYPE>)" in str(exc.value)
    assert "root:" not in str(exc.value)  # nothing of /etc/passwd leaked into messages


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion_laughs", "xxe"])
def test_entities_refused_in_projects(tmp_path, payload):
    path = tmp_path / "evil.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", payload.replace(b"CodeBook", b"Project"))
    with pytest.raises(ExchangeError, match="DTD"):
        import_qdpx(path)


def _zip_with(member: str, data: bytes = b"x", *, mode: int | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", PROJECT)
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        if mode is not None:
            info.external_attr = mode << 16
        zf.writestr(info, data)
    return buf.getvalue()


@pytest.mark.parametrize("member, reason", [
    ("../evil.txt", "path traversal"),
    ("sources/../../evil.txt", "path traversal"),
    ("/etc/evil.txt", "absolute path"),
    ("C:/evil.txt", "drive letter"),
    ("sources\\..\\evil.txt", "backslash"),
])
def test_traversal_members_refused(tmp_path, member, reason):
    path = tmp_path / "t.qdpx"
    path.write_bytes(_zip_with(member))
    before = set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent))
    with pytest.raises(ExchangeError) as exc:
        import_qdpx(path)
    assert reason in str(exc.value) and repr(member) in str(exc.value)
    assert set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent)) == before  # nothing written anywhere


def test_symlink_member_refused(tmp_path):
    path = tmp_path / "s.qdpx"
    path.write_bytes(_zip_with("sources/link.txt", b"/etc/passwd", mode=stat.S_IFLNK | 0o777))
    with pytest.raises(ExchangeError, match="is a symbolic link"):
        import_qdpx(path)


def test_zip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.qdpx"
    path.write_bytes(_zip_with("sources/AAAAAAAA-0000-4000-8000-000000000001.txt", b"\0" * (8 * 1024 * 1024)))
    with pytest.raises(ExchangeError, match="compression ratio above 200:1"):
        import_qdpx(path)


def test_member_count_and_size_limits():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(12):
            zf.writestr(f"m{i}.txt", os.urandom(300))
    data = buf.getvalue()
    with pytest.raises(ExchangeError, match="12 members, more than the limit of 10"):
        SafeZip(data, limits=Limits(max_members=10))
    with pytest.raises(ExchangeError, match="more than the limit of 200"):
        SafeZip(data, limits=Limits(max_member_bytes=200))
    with pytest.raises(ExchangeError, match="archive would decompress to 3600 bytes"):
        SafeZip(data, limits=Limits(max_total_bytes=3000))
    zf = SafeZip(data, limits=Limits(max_total_bytes=3600))
    assert len(zf.read("M0.TXT")) == 300  # case-insensitive lookup


def test_lying_size_header_is_caught_while_reading():
    buf = io.BytesIO()
    payload = os.urandom(5000)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", payload)
    data = bytearray(buf.getvalue())
    # rewrite the uncompressed size in the central directory to 100 bytes; reading must still stop at the cap
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (100).to_bytes(4, "little")
    zf = SafeZip(bytes(data), limits=Limits(max_member_bytes=1000))
    with pytest.raises(ExchangeError):
        zf.read("a.txt")


# ------------------------------------------------------------------------------------------------------- fuzzing
def _valid_qdc() -> bytes:
    cb = Codebook(codes=(Code("a", label="甲", rules=({"any": ["x"]},)), Code("b", label="乙", parent="a")), name="f")
    with tempfile.TemporaryDirectory() as tmp:
        return write_qdc(cb, Path(tmp) / "f.qdc").read_bytes()


VALID_QDC = _valid_qdc()


def _valid_qdpx() -> bytes:
    buf = io.BytesIO()
    text = "受访者：孩子常年生病。\n".encode()
    qde = PROJECT.replace(
        b"/>\n</Sources>",
        b'><PlainTextSelection guid="BBBBBBBB-0000-4000-8000-000000000001" name="\xe7\x94\x9f\xe7\x97\x85" '
        b'startPosition="8" endPosition="10"/></TextSource>\n</Sources>')
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
        zf.writestr("sources/AAAAAAAA-0000-4000-8000-000000000001.txt", text)
    return buf.getvalue()


VALID_QDPX = _valid_qdpx()


def _mutate(data: bytes, seed: int, n: int) -> bytes:
    rnd = random.Random(seed)
    b = bytearray(data)
    for _ in range(n):
        op = rnd.randrange(3)
        i = rnd.randrange(len(b))
        if op == 0:
            b[i] = rnd.randrange(256)
        elif op == 1:
            del b[i:i + rnd.randrange(1, 8)]
        else:
            b[i:i] = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 8)))
    return bytes(b)


def _call(fn, data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            fn(path)
        except (ExchangeError, InputError):
            pass


def test_fuzz_inputs_are_valid_to_start_with():
    assert [c.id for c in read_qdc_bytes(VALID_QDC).codes] == ["a", "b"]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "v.qdpx").write_bytes(VALID_QDPX)
        corpus, _, _ = import_qdpx(Path(tmp) / "v.qdpx")
        assert corpus.documents[0].text.startswith("受访者")
        assert not [i for i in corpus.problems if "selection" in i.message]  # the selection matches its text


def read_qdc_bytes(data: bytes):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "v.qdc").write_bytes(data)
        return read_qdc(Path(tmp) / "v.qdc")


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data):
    _call(read_qdc, data, ".qdc")
    _call(import_qdpx, data, ".qdpx")


@FUZZ
@given(st.integers(0, 2**32), st.integers(1, 6))
def test_fuzz_mutated_codebook(seed, n):
    _call(read_qdc, _mutate(VALID_QDC, seed, n), ".qdc")


@FUZZ
@given(st.integers(0, 2**32), st.integers(1, 6))
def test_fuzz_mutated_project(seed, n):
    _call(import_qdpx, _mutate(VALID_QDPX, seed, n), ".qdpx")


@FUZZ
@given(st.integers(0, 2**32), st.integers(1, 4))
def test_fuzz_mutated_project_xml(seed, n):
    """Mutate the XML inside a well-formed zip, so the parser (not the zip reader) sees the damage."""
    zf = zipfile.ZipFile(io.BytesIO(VALID_QDPX))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            out.writestr(name, _mutate(data, seed, n) if name == "project.qde" else data)
    _call(import_qdpx, buf.getvalue(), ".qdpx")
