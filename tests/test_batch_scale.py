"""analyze_many on many cores and many articles: executors, chunks, results written, resume."""

from __future__ import annotations

import warnings
from concurrent.futures import ProcessPoolExecutor

import pandas as pd
import pytest

import kitlib
from kitlib import batch
from kitlib.errors import ArticleError, KitError

PARAGRAPH = (
    "Senator Ada Quill said on Tuesday that the harbour bridge would close for repairs. "
    '"We cannot wait another winter," Quill told reporters. Mayor Tom Reyes disagreed.'
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Real-length articles, invented texts and files, and one file that is not there."""
    folder = tmp_path_factory.mktemp("corpus")
    nbc, cnn = kitlib.load_pair()
    paths = []
    for i in range(3):
        path = folder / f"story_{i}.txt"
        path.write_text("\n\n".join([PARAGRAPH] * (3 + i)), encoding="utf-8")
        paths.append(path)
    return [nbc, cnn, *paths, str(folder / "missing.txt"), "\n\n".join([PARAGRAPH] * 5), cnn]


@pytest.fixture(scope="module")
def serial(inputs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return kitlib.analyze_many(inputs, on_error="record")


def run(inputs, **options) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return kitlib.analyze_many(inputs, on_error="record", **options)


def test_the_serial_table_is_whole(serial):
    assert serial["article"].nunique() == 8
    assert serial.drop_duplicates("article")["article"].tolist()[-1] == "CNN (2)"
    assert (serial["analysis"] == "error").sum() == 1


@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_a_process_pool_gives_the_same_table(inputs, serial, chunk_size):
    with ProcessPoolExecutor(2) as pool:
        table = run(inputs, executor=pool, chunk_size=chunk_size)
    pd.testing.assert_frame_equal(table, serial)


def test_a_dask_cluster_gives_the_same_table(inputs, serial):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        table = run(inputs, executor=client.get_executor(), chunk_size=2)
    pd.testing.assert_frame_equal(table, serial)


def test_an_error_in_a_worker_stops_the_run_by_default(inputs):
    with ProcessPoolExecutor(2) as pool, pytest.raises(ArticleError, match="There is no file"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kitlib.analyze_many(inputs, executor=pool, chunk_size=1)


def test_warnings_from_workers_are_summed_up_once():
    texts = ["Pence spoke.\n\nKaine spoke.", "Putin did not.", "Short one."]
    with ProcessPoolExecutor(2) as pool, pytest.warns(kitlib.errors.ShortTextWarning) as seen:
        kitlib.analyze_many(texts, analyses=["text"], executor=pool, chunk_size=1)
    assert [str(w.message)[:15] for w in seen] == ["3 of the texts "]


def test_a_generator_is_read_a_chunk_at_a_time(serial, inputs):
    taken = []

    def items():
        for item in inputs:
            taken.append(item)
            yield item

    seen_at_first_chunk = []
    real = batch.analyse_chunk

    def spy(chunk, wanted, on_error, **options):
        seen_at_first_chunk.append(len(taken))
        return real(chunk, wanted, on_error, **options)

    batch.analyse_chunk = spy
    try:
        table = run(items(), chunk_size=2)
    finally:
        batch.analyse_chunk = real
    assert seen_at_first_chunk[0] == 2  # not the whole input read first
    pd.testing.assert_frame_equal(table, serial)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_results_are_written_as_they_come(tmp_path, inputs, serial, suffix):
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"results{suffix}"
    table = run(inputs, out=out, chunk_size=3)
    pd.testing.assert_frame_equal(table, serial)
    written = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out)
    written["note"] = written["note"].fillna("")
    pd.testing.assert_frame_equal(written, serial)
    assert not (tmp_path / f"results{suffix}.partial.csv").exists()


def test_an_interrupted_run_resumes_without_redoing_finished_articles(tmp_path, inputs, serial):
    out = tmp_path / "results.csv"
    run(inputs, out=out, chunk_size=2)
    lines = out.read_bytes().splitlines(keepends=True)
    first_rows = serial["article"].isin(["NBC News", "CNN", "story_0"]).sum()
    # stopped while writing the fourth article: its first line is cut in the middle
    out.write_bytes(b"".join(lines[: 1 + first_rows]) + lines[1 + first_rows][:20])
    loaded = []
    real = batch._load

    def counting(item, index, *loading):
        loaded.append(index)
        return real(item, index, *loading)

    batch._load = counting
    try:
        table = run(inputs, out=out, chunk_size=2)
    finally:
        batch._load = real
    # NBC and CNN were not loaded again; story_0, the last in the file, is done again
    # (a run may stop between two of an article's lines)
    assert loaded[0] == 2
    pd.testing.assert_frame_equal(table, serial)
    written = pd.read_csv(out, keep_default_na=False, na_values={"value": [""]})
    pd.testing.assert_frame_equal(written, serial)


def test_a_finished_file_is_resumed_by_redoing_only_its_last_article(tmp_path, inputs, serial):
    out = tmp_path / "results.csv"
    run(inputs, out=out)
    table = run(inputs, out=out)
    pd.testing.assert_frame_equal(table, serial)


def test_a_results_file_of_other_articles_is_refused(tmp_path, inputs):
    out = tmp_path / "results.csv"
    run(inputs[:3], out=out)
    with pytest.raises(KitError, match="holds the results of other articles"):
        run(inputs[2:], out=out)
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(KitError, match="is not a results file"):
        run(inputs, out=tmp_path / "notes.csv")
    with pytest.raises(KitError, match=r"must end in \.csv or \.parquet"):
        run(inputs, out=tmp_path / "results.xlsx")


def test_a_progress_bar_with_a_pool(capsys):
    texts = ["\n\n".join([PARAGRAPH] * 3)] * 4
    with ProcessPoolExecutor(2) as pool:
        run(texts, analyses=["text"], executor=pool, chunk_size=1, progress=True)
    assert "4/4" in capsys.readouterr().err
