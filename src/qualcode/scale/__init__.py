"""Scale: the same pipeline over corpora too large for memory, chunk by chunk or on a Dask cluster.

:func:`code_scaled` streams a corpus folder in chunks of files through the pure stage function
:func:`code_chunk` (read, :func:`qualcode.code_corpus`, tally), writes codings as they come (CSV or Parquet) and
merges the per-chunk tallies exactly into the crosstab, association and co-occurrence tables of the whole corpus.
``engine="dask"`` runs the chunks as a dask.bag on Dask's local process scheduler or a dask.distributed cluster
(docs/scale.md).
"""

from qualcode.scale._engines import ENGINES, SCHEDULER_ENV, run_chunks, scheduler_address
from qualcode.scale._run import DEFAULT_CHUNK_BYTES, ScaledRun, code_scaled, plan_chunks
from qualcode.scale._stages import ChunkResult, ChunkTask, code_chunk

__all__ = [
    "DEFAULT_CHUNK_BYTES",
    "ENGINES",
    "SCHEDULER_ENV",
    "ChunkResult",
    "ChunkTask",
    "ScaledRun",
    "code_chunk",
    "code_scaled",
    "plan_chunks",
    "run_chunks",
    "scheduler_address",
]
