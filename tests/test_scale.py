"""qualcode.scale: the chunked and Dask paths give exactly the codings and tables of the single-process path."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import qualcode as qc
from qualcode import analysis
from qualcode._io import TableWriter, read_table, write_table
from qualcode.cli import main
from qualcode.errors import InputError
from qualcode.model import CODING_COLUMNS
from qualcode.scale import code_scaled, plan_chunks, run_chunks, scheduler_address

CHUNK = 30_000  # bytes: the bundled corpus (30 files) in 4 chunks


@pytest.fixture(scope="module")
def bundled(repo_root):
    cb = qc.load_codebook(repo_root / "codebooks/children_in_distress.yaml")
    coded = qc.code_corpus(qc.read_corpus(repo_root / "corpora/chifeng"), cb)
    themes = [c.id for c in cb.codes if c.rules]
    return repo_root / "corpora/chifeng", cb, coded, themes


def _assert_same_tables(run, coded, cb, themes, units=("respondent", "segment")):
    for unit in units:
        pd.testing.assert_frame_equal(
            run.crosstab(unit, codes=themes),
            analysis.crosstab(coded.codings, coded.segments, by="role", unit=unit, codebook=cb, codes=themes))
        pd.testing.assert_frame_equal(
            run.crosstab(unit, margins=True),
            analysis.crosstab(coded.codings, coded.segments, by="role", unit=unit, codebook=cb, margins=True))
        pd.testing.assert_frame_equal(
            run.association(unit),
            analysis.association(coded.codings, coded.segments, by="role", unit=unit, codebook=cb))
        pd.testing.assert_frame_equal(
            run.cooccurrence(unit, codes=themes),
            analysis.cooccurrence(coded.codings, unit=unit, segments=coded.segments, codebook=cb, codes=themes))


def test_plan_chunks_keeps_every_file_once_in_order(bundled):
    root = bundled[0]
    chunks = plan_chunks(root, CHUNK)
    files = [f for c in chunks for f in c]
    assert len(chunks) > 2
    assert files == [str(p) for p in qc.ingest._corpus.corpus_files(root)]
    assert plan_chunks(root, 1) == [[f] for f in files]  # a file is never split
    with pytest.raises(ValueError, match="chunk_bytes == 0"):
        plan_chunks(root, 0)


def test_chunked_codings_and_tables_equal_the_single_process_ones(bundled, tmp_path):
    root, cb, coded, themes = bundled
    run = code_scaled(root, cb, out=tmp_path / "c.csv", collect=True, chunk_bytes=CHUNK,
                      count_units=("respondent", "segment"))
    assert run.n_chunks > 2
    pd.testing.assert_frame_equal(run.codings, coded.codings)
    _assert_same_tables(run, coded, cb, themes)
    write_table(coded.codings, tmp_path / "whole.csv")
    assert (tmp_path / "c.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    assert run.n_codings == len(coded.codings)
    assert run.n_units == len(coded.coder.units_)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # the chunk files are gone


def test_rolled_up_tables_equal_too(bundled):
    root, cb, coded, _themes = bundled
    run = code_scaled(root, cb, chunk_bytes=CHUNK, level=1)
    pd.testing.assert_frame_equal(
        run.crosstab(), analysis.crosstab(coded.codings, coded.segments, by="role", codebook=cb, level=1))


def test_parquet_output_reads_back_as_the_codings(bundled, tmp_path):
    root, cb, coded, _themes = bundled
    run = code_scaled(root, cb, out=tmp_path / "c.parquet", segments_out=tmp_path / "s.parquet",
                      chunk_bytes=CHUNK, by=None)
    got = read_table(run.outputs["codings"])
    want = read_table(write_table(coded.codings, tmp_path / "c.csv"))
    cols = [*CODING_COLUMNS, "respondent_id", "role"]
    assert got.columns.tolist() == want.columns.tolist()
    pd.testing.assert_frame_equal(got[cols], want[cols], check_dtype=False)
    # attributes stay text in Parquet (CSV readers guess numbers: 7 vs 7.0)
    assert [v if v == v else None for v in got["years_in_post"]] == [str(int(v)) if v == v else None
                                                                   for v in want["years_in_post"]]
    segs = read_table(tmp_path / "s.parquet")
    assert segs["seg_id"].tolist() == coded.segments["seg_id"].tolist()
    assert segs["tokens"].tolist() == coded.segments["tokens"].tolist()


def test_table_writer_joins_columns_and_leaves_nothing_on_error(tmp_path):
    a = pd.DataFrame({"seg_id": ["x"], "turn": [1], "role": ["r"]})
    b = pd.DataFrame({"seg_id": ["y"], "turn": [2], "district": ["d"]})
    with TableWriter(tmp_path / "t.csv") as w:
        w.write(a)
        w.write(b)
    got = read_table(tmp_path / "t.csv")
    assert got.columns.tolist() == ["seg_id", "turn", "role", "district"]
    assert got["district"].isna().tolist() == [True, False]
    with pytest.raises(RuntimeError):
        with TableWriter(tmp_path / "u.csv") as w:
            w.write(a)
            raise RuntimeError("stop")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]
    with pytest.raises(ValueError, match="xlsx"):
        TableWriter(tmp_path / "t.xlsx")


def test_duplicate_ids_across_chunks_are_an_input_error(bundled, tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(bundled[0], root)
    (root / "transcripts" / "ZZ.txt").write_text((root / "transcripts" / "F01.txt").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    with pytest.raises(InputError, match="duplicate document id 'F01'"):
        code_scaled(root, bundled[1], chunk_bytes=CHUNK)


def test_engine_and_scheduler_arguments(monkeypatch):
    with pytest.raises(ValueError, match="engine == 'spark'"):
        list(run_chunks(lambda i, x: x, [1], engine="spark"))
    assert list(run_chunks(lambda i, x: (i, x), ["a", "b"])) == [(0, "a"), (1, "b")]
    monkeypatch.delenv("QUALCODE_DASK_SCHEDULER", raising=False)
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    assert scheduler_address() == "processes"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://b:8786")
    assert scheduler_address() == "tcp://b:8786"
    monkeypatch.setenv("QUALCODE_DASK_SCHEDULER", "tcp://a:8786")
    assert scheduler_address() == "tcp://a:8786"
    assert scheduler_address("tcp://c:1") == "tcp://c:1"


@pytest.mark.slow
def test_dask_local_processes_give_the_same_codings(bundled):
    pytest.importorskip("dask")
    root, cb, coded, themes = bundled
    run = code_scaled(root, cb, collect=True, chunk_bytes=CHUNK, engine="dask", scheduler="processes", workers=2)
    pd.testing.assert_frame_equal(run.codings, coded.codings)
    _assert_same_tables(run, coded, cb, themes, units=("respondent",))


@pytest.mark.slow
def test_dask_distributed_local_cluster_with_two_workers(bundled, tmp_path):
    distributed = pytest.importorskip("distributed")
    root, cb, coded, themes = bundled
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.nthreads()) == 2
            run = code_scaled(root, cb, collect=True, out=tmp_path / "c.csv", chunk_bytes=CHUNK, engine="dask",
                              scheduler=client, count_units=("respondent", "segment"))
            pd.testing.assert_frame_equal(run.codings, coded.codings)
            _assert_same_tables(run, coded, cb, themes)
            # the address form, as `--scheduler tcp://...` gives it
            by_address = code_scaled(root, cb, collect=True, chunk_bytes=CHUNK, engine="dask",
                                     scheduler=cluster.scheduler_address)
            pd.testing.assert_frame_equal(by_address.codings, coded.codings)
    write_table(coded.codings, tmp_path / "whole.csv")
    assert (tmp_path / "c.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_cli_engines_print_and_write_the_same(repo_root, tmp_path, capsys):
    base = ["--codebook", str(repo_root / "codebooks/children_in_distress.yaml")]
    corpus = str(repo_root / "corpora/chifeng")
    assert main(["crosstab", corpus, *base, "--engine", "memory", "--out", str(tmp_path / "m.csv")]) == 0
    memory = capsys.readouterr().out
    assert main(["crosstab", corpus, *base, "--engine", "chunks", "--chunk-mb", "0.03",
                 "--out", str(tmp_path / "c.csv")]) == 0
    chunked = capsys.readouterr().out
    assert memory.split("wrote")[0] == chunked.split("wrote")[0]
    assert (tmp_path / "m.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()
    assert (tmp_path / "m-stats.csv").read_bytes() == (tmp_path / "c-stats.csv").read_bytes()
    assert main(["code", corpus, *base, "--out", str(tmp_path / "m.csv")]) == 0
    memory = capsys.readouterr().out
    assert main(["code", corpus, *base, "--engine", "chunks", "--chunk-mb", "0.03",
                 "--out", str(tmp_path / "c.parquet")]) == 0
    chunked = capsys.readouterr().out
    assert memory.splitlines()[1:] == chunked.splitlines()[1:]
    assert "in 4 chunks" in chunked.splitlines()[0]
    with pytest.raises(SystemExit, match="not .xlsx"):
        main(["code", corpus, *base, "--engine", "chunks", "--out", str(tmp_path / "c.xlsx")])
