"""Write an imported REFI-QDA project as a qualcode corpus folder."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from qualcode._io import atomic_write, write_table
from qualcode.coding._codebook import save_codebook
from qualcode.model import _scalar

if TYPE_CHECKING:
    from qualcode.exchange._refi_import import QdpxImport

__all__ = ["file_id", "write_imported_corpus"]

_UNSAFE_FILE_RE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


#: Longest id (in UTF-8 bytes) made from a source or coder name: the id is a file name (``<id>.txt``), and file
#: systems allow 255 bytes; a longer name is cut and a hash of the whole name appended, so ids stay distinct.
MAX_ID_BYTES = 120


def _shorten(base: str, limit: int = MAX_ID_BYTES) -> str:
    if len(base.encode("utf-8")) <= limit:
        return base
    digest = hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]
    cut = base.encode("utf-8")[: limit - 9].decode("utf-8", errors="ignore").rstrip("._ ")
    return f"{cut}_{digest}"


def file_id(name: str, taken: set[str], strip_suffix: bool = True) -> str:
    """A document id (and file name) from a source or coder name: unsafe characters replaced, at most
    :data:`MAX_ID_BYTES` bytes, distinct from the ids in ``taken`` (case-insensitively)."""
    stem = name.rsplit("/", 1)[-1]
    if strip_suffix and "." in stem and len(stem.rsplit(".", 1)[1]) <= 5:
        stem = stem.rsplit(".", 1)[0]
    base = _shorten(_UNSAFE_FILE_RE.sub("_", stem).strip("._") or "source")
    out, n = base, 2
    while out.lower() in taken:
        out = f"{base}_{n}"
        n += 1
    taken.add(out.lower())
    return out


def write_imported_corpus(result: QdpxImport, out_dir) -> dict[str, list[Path]]:
    """Write an imported project as a qualcode corpus folder: ``transcripts/<doc_id>.txt`` (the source bytes
    unchanged), ``sources.csv`` (``doc_id, source_name``: the project's name of each source, which ids shorten when
    it is too long for a file name), ``respondents.csv`` (``id, role`` and every other attribute; role ``unknown``
    when the project has none), ``codebook.yaml``, ``codings/<coder>.csv`` (the format ``qualcode code`` writes)
    and a ``corpus.yaml`` that names the corpus and keeps ``codings/`` and ``sources.csv`` out of it. Returns the
    paths by kind."""

    out = Path(out_dir)
    written: dict[str, list[Path]] = {"transcripts": [], "respondents": [], "codebook": [], "codings": []}
    for doc in result.corpus.documents:
        target = out / "transcripts" / f"{doc.doc_id}.txt"
        with atomic_write(target, "wb") as fh:
            fh.write(result.source_bytes[doc.doc_id])
        written["transcripts"].append(target)
    names: list[str] = []
    for doc in result.corpus.documents:
        for k in doc.attributes:
            if k not in names and k not in ("id", "speakers", "role") and not str(k).startswith("_"):
                names.append(k)
    resp_rows = []
    for doc in result.corpus.documents:
        row = {"id": doc.doc_id, "role": _scalar(doc.attributes.get("role")) or "unknown"}
        for k in names:
            v = doc.attributes.get(k)
            row[k] = "" if v is None else _scalar(v)
        resp_rows.append(row)
    if resp_rows:
        written["respondents"].append(write_table(pd.DataFrame(resp_rows, columns=["id", "role", *names]),
                                                  out / "respondents.csv"))
    if result.codebook.codes:

        written["codebook"].append(save_codebook(result.codebook, out / "codebook.yaml"))
    import yaml

    if result.source_names:  # which source of the project each transcript is (ids may be shortened names)
        names_table = pd.DataFrame({"doc_id": list(result.source_names), "source_name": list(
            result.source_names.values())})
        written["sources"] = [write_table(names_table, out / "sources.csv")]
    config = {"name": result.corpus.name, "description": f"imported from REFI-QDA project {result.corpus.root}",
              "exclude": ["codings/*", "sources.csv"]}
    target = out / "corpus.yaml"
    with atomic_write(target) as fh:
        fh.write(yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
    written["config"] = [target]
    taken: set[str] = set()
    for coder, df in result.codings_by_coder.items():
        fname = file_id(coder.replace(":", "_"), taken, strip_suffix=False)
        written["codings"].append(write_table(df, out / "codings" / f"{fname}.csv"))
    return written

