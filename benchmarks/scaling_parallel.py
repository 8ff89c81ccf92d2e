"""From a pair to a corpus: many articles on two cores, on Dask, in bounded memory, resumed.

Four measurements, each printed with the machine's load (the figures of a
busy machine are not final; the ratios are measured in one run, so both sides
of a ratio saw about the same load):

``processes``
    the same generated articles (``synth.py``; 1,000 by default) through
    :func:`kitlib.analyze_many` with a ``ProcessPoolExecutor`` of 1 and of 2
    worker processes: wall-clock seconds and the speed-up (target: 1.7x on
    2 idle cores; 1.4x is the floor the issue checks).
``dask``
    the same articles on a Dask ``LocalCluster`` of 2 single-thread worker
    processes (``client.get_executor()``): seconds to start the cluster, to
    run, and the run's time over the 2-process pool's. Both tables are
    compared with the 1-process table (identical, or the script says so).
``memory``
    peak memory (RSS) of a fresh Python that analyses N generated articles
    read one at a time from a generator and written to a CSV file as they
    come (``out=``), for N = 1,000 and 20,000: the texts are dropped once
    analysed, so the peak should grow only by the result table. To keep the
    20,000-article run short only the ``text`` analysis runs (loading,
    cleaning, sentences, artifacts: the step that holds the texts).
``resume``
    a run over 300 articles (all analyses) with ``out=`` is stopped
    (SIGINT, as Ctrl-C would) once about half its rows are written; a second
    run with the same ``out`` finishes it. Printed: how many articles the first run had written, the
    seconds of the second run against a full run, and whether the final
    table equals an uninterrupted run's.

Run:  .venv/bin/python benchmarks/scaling_parallel.py [processes|dask|memory|resume ...]
      (all four by default; ``--articles N`` changes the 1,000)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from _common import ROOT, machine

MEMORY_SIZES = (1000, 20000)
RESUME_ARTICLES = 300


def _texts(n: int) -> list[str]:
    from synth import synthetic_texts

    return synthetic_texts(n)


def _run(texts, executor=None):
    import kitlib

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        table = kitlib.analyze_many(texts, executor=executor, progress=False)
        return table, time.perf_counter() - start


def processes(n: int) -> dict:
    import resource

    texts = _texts(n)
    results, tables, cpu = {}, {}, {}
    for workers in (1, 2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with ProcessPoolExecutor(workers) as pool:
            _run(texts[:4], pool)  # start the workers and warm them up (word lists read)
            tables[workers], results[workers] = _run(texts, pool)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have ended
        cpu[workers] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    same = tables[1].equals(tables[2])
    print(
        f"processes: {n} articles, 1 worker {results[1]:.1f} s, 2 workers {results[2]:.1f} s, "
        f"speed-up x{results[1] / results[2]:.2f} (wall clock); tables identical: {same}",
        flush=True,
    )
    print(
        f"  CPU seconds of the workers: {cpu[1]:.1f} (1 worker), {cpu[2]:.1f} (2 workers, "
        f"+{(cpu[2] / cpu[1] - 1) * 100:.0f}% for the split); cores kept busy on average: "
        f"{cpu[1] / results[1]:.2f} of 1, {cpu[2] / results[2]:.2f} of 2 (below that: the "
        f"machine was busy); speed-up on 2 idle cores, from CPU time: "
        f"x{2 * cpu[1] / cpu[2]:.2f}",
        flush=True,
    )
    return {"one": results[1], "two": results[2], "cpu": cpu, "same": same}


def dask(n: int) -> dict:
    from distributed import Client, LocalCluster

    texts = _texts(n)
    with ProcessPoolExecutor(2) as pool:
        _run(texts[:4], pool)
        reference, pool_seconds = _run(texts, pool)
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter() - start
        executor = client.get_executor()
        _run(texts[:4], executor)
        table, dask_seconds = _run(texts, executor)
    same = table.equals(reference)
    print(
        f"dask: LocalCluster of 2 workers started in {started:.1f} s; {n} articles in "
        f"{dask_seconds:.1f} s against {pool_seconds:.1f} s on a 2-process pool "
        f"(x{dask_seconds / pool_seconds:.2f}); tables identical: {same}",
        flush=True,
    )
    return {"start": started, "dask": dask_seconds, "pool": pool_seconds, "same": same}


def memory_child(n: int, out: str) -> dict:
    """In a fresh process: analyse n generated texts from a generator; peak RSS."""
    import resource

    from synth import SEED, source_paragraphs

    import kitlib

    warnings.simplefilter("ignore")
    kitlib.analyze_many(_texts(3), analyses=["text"])  # warm up
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def generated():
        import random
        import re

        pool = source_paragraphs()
        rng = random.Random(SEED)
        for _ in range(n):
            chosen, words = [], 0
            while words < 800:
                paragraph = rng.choice(pool)
                chosen.append(paragraph)
                words += len(re.findall(r"\w+", paragraph))
            yield "\n\n".join(chosen)

    start = time.perf_counter()
    table = kitlib.analyze_many(generated(), analyses=["text"], out=out, progress=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n": n,
        "before_mb": before,
        "peak_mb": peak,
        "table_mb": table.memory_usage(deep=True).sum() / 2**20,
        "seconds": seconds,
    }


def memory() -> list[dict]:
    found = []
    for n in MEMORY_SIZES:
        with tempfile.TemporaryDirectory() as folder:
            out = str(Path(folder) / "results.csv")
            code = (
                "import sys, json; sys.path.insert(0, 'benchmarks'); import scaling_parallel as s; "
                f"print(json.dumps(s.memory_child({n}, {out!r})))"
            )
            result = subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
            )
        r = json.loads(result.stdout.strip().splitlines()[-1])
        found.append(r)
        print(
            f"memory: {r['n']:>6} articles ('text' analysis) in {r['seconds']:.0f} s; peak "
            f"{r['peak_mb']:.0f} MB, {r['peak_mb'] - r['before_mb']:.0f} MB above the warmed-up "
            f"process; the result table {r['table_mb']:.0f} MB",
            flush=True,
        )
    return found


def resume_child(n: int, out: str) -> None:
    """Analyse n texts into ``out`` (the run the parent interrupts)."""
    import kitlib

    warnings.simplefilter("ignore")
    kitlib.analyze_many(_texts(n), out=out, progress=False, chunk_size=1)


def _lines(path: Path) -> int:
    with open(path, "rb") as file:
        return sum(1 for _ in file)


def resume() -> dict:
    import pandas as pd

    texts = _texts(RESUME_ARTICLES)
    reference, full = _run(texts)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "results.csv"
        code = (
            "import sys; sys.path.insert(0, 'benchmarks'); import scaling_parallel as s; "
            f"s.resume_child({RESUME_ARTICLES}, {str(out)!r})"
        )
        child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.DEVNULL)
        while child.poll() is None:  # stop it when about half the rows are written
            if out.exists() and out.stat().st_size and _lines(out) > len(reference) / 2:
                child.send_signal(signal.SIGINT)
                break
            time.sleep(0.1)
        child.wait()
        written = pd.read_csv(out)["article"].nunique()
        import kitlib

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            start = time.perf_counter()
            table = kitlib.analyze_many(texts, out=out, progress=False)
            again = time.perf_counter() - start
    same = table.equals(reference)
    print(
        f"resume: stopped after {written} of {RESUME_ARTICLES} articles; the second run took "
        f"{again:.1f} s against {full:.1f} s for a whole run; final table identical to an "
        f"uninterrupted run: {same}",
        flush=True,
    )
    return {"written": written, "again": again, "full": full, "same": same}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", default=["processes", "dask", "memory", "resume"])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    print(f"machine: {machine()}; {os.cpu_count()} cores", flush=True)
    if "processes" in args.parts:
        processes(args.articles)
    if "dask" in args.parts:
        dask(args.articles)
    if "memory" in args.parts:
        memory()
    if "resume" in args.parts:
        resume()
    print(f"done: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
