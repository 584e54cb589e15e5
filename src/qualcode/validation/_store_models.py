"""Trained coders kept in the project store: the fitted model with the codebook version and the training set it
came from (:class:`ModelStore`, mixed into :class:`qualcode.validation.Project`).

Table ``models`` (added by the schema migration ``MODELS_MIGRATION`` of :mod:`qualcode.validation._store_schema`):
one row per saved model, never overwritten (the latest of a name is the one in force): ``id, name, kind,
codebook_version, n_train, training`` (JSON list of the training units' seg_ids), ``labels_sha256`` (hash of the
training labels), ``params`` (JSON), ``metrics`` (JSON), ``qualcode_version``, ``sklearn_version``, ``model`` (the
pickled estimator), ``created_at``.

The model is stored with :mod:`pickle`; like any pickle it runs code when loaded, so open only stores you trust
(your own project's file). A model saved by another scikit-learn version is refused with a hint to retrain.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from typing import TYPE_CHECKING, Any

from qualcode import __version__
from qualcode.errors import StoreError
from qualcode.validation._store_schema import StoreBase, _now

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["ModelStore", "labels_digest"]

def labels_digest(train_ids: list[str], labels: dict[str, Any] | None = None) -> str:
    """A SHA-256 of the training units and their codes (the same training set gives the same digest)."""
    h = hashlib.sha256()
    for u in sorted(train_ids):
        codes = sorted((labels or {}).get(u, ()))
        h.update(f"{u}\t{';'.join(codes)}\n".encode())
    return h.hexdigest()


def _params_json(model: Any) -> str:
    params = model.get_params() if hasattr(model, "get_params") else {}
    return json.dumps({k: (v if isinstance(v, (int, float, str, bool, type(None), list, tuple)) else repr(v))
                       for k, v in params.items() if k != "codebook"}, ensure_ascii=False, default=str)


class ModelStore(StoreBase):
    """Saving and loading fitted coders (mixin of :class:`~qualcode.validation.Project`)."""

    def save_model(self, model: Any, *, name: str = "hybrid", codebook_version: int | None = None,
                   labels: dict[str, Any] | None = None, metrics: dict[str, Any] | None = None) -> int:
        """Store a fitted coder under ``name`` with the codebook version it codes with (default: the latest
        stored version, if any) and its training set (``model.train_ids_``; ``labels`` = ``{unit: codes}`` for
        the digest). Returns the new model id."""
        import sklearn

        train_ids = [str(u) for u in getattr(model, "train_ids_", [])]
        if codebook_version is None:
            codebook_version = self.latest_codebook_version()
        blob = pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL)
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO models(name, kind, codebook_version, n_train, training, labels_sha256, params, metrics, "
                "qualcode_version, sklearn_version, model, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (name, type(model).__name__, codebook_version, len(train_ids), json.dumps(train_ids),
                 labels_digest(train_ids, labels), _params_json(model), json.dumps(metrics or {}, default=str),
                 __version__, sklearn.__version__, blob, _now()))
            return int(cur.lastrowid or 0)  # an INSERT always sets it

    def models(self) -> pd.DataFrame:
        """Every saved model, oldest first (without the pickled estimator): ``id, name, kind, codebook_version,
        n_train, labels_sha256, params, metrics, qualcode_version, sklearn_version, created_at``."""
        import pandas as pd

        return pd.read_sql_query(
            "SELECT id, name, kind, codebook_version, n_train, labels_sha256, params, metrics, qualcode_version, "
            "sklearn_version, created_at FROM models ORDER BY id", self._conn)

    def model_training(self, model_id: int) -> list[str]:
        """The seg_ids of the units model ``model_id`` was trained on."""
        row = self._conn.execute("SELECT training FROM models WHERE id = ?", (int(model_id),)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no model with id {model_id}")
        return list(json.loads(row[0]))

    def load_model(self, name: str = "hybrid", *, model_id: int | None = None) -> Any:
        """The latest model saved under ``name`` (or the one with ``model_id``). Raises
        :class:`~qualcode.errors.StoreError` when there is none, or when it was saved with another scikit-learn
        version (retrain it with ``qualcode train``)."""
        import sklearn

        if model_id is not None:
            row = self._conn.execute("SELECT id, sklearn_version, model FROM models WHERE id = ?",
                                     (int(model_id),)).fetchone()
        else:
            row = self._conn.execute("SELECT id, sklearn_version, model FROM models WHERE name = ? ORDER BY id DESC "
                                     "LIMIT 1", (name,)).fetchone()
        if row is None:
            what = f"id {model_id}" if model_id is not None else f"name {name!r}"
            raise StoreError(f"{self.path}: no saved model with {what} (hint: train one with "
                             f"'qualcode train {self.path}')")
        if row[1] != sklearn.__version__:
            raise StoreError(f"{self.path}: model {row[0]} was saved with scikit-learn {row[1]}, this is "
                             f"{sklearn.__version__} (hint: retrain it with 'qualcode train {self.path}')")
        return pickle.loads(row[2])  # noqa: S301 - the project's own store (see the module docstring)
