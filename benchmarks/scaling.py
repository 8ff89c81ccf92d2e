"""Scaling: the per-article analyses over 10, 100 and 1,000 articles of about 800 words.

The articles are synthetic (see ``synth.py``: paragraphs of the bundled and
invented articles, shuffled with a fixed seed). Each size runs in a fresh
Python process, so its peak memory is its own. In that process the kit is
imported and warmed up on three articles first (word lists read, regular
expressions compiled), then each stage is timed over all the articles:

* ``articles``: ``article_from_text`` (cleaning, paragraphs, sentences, artifacts);
* one stage per analysis that batch runs: ``readability.readability``,
  ``actors.named_actors``, ``quotes.find_quotes``, ``frames.suggest_frames``;
* ``analyze_many``: the same analyses through :func:`kitlib.analyze_many`
  (on the 10- and 100-article sets only, to keep the run short).

Printed: wall-clock and CPU seconds per stage, seconds per article, peak
memory (RSS) above the warmed-up process. Growth is linear when seconds per
article stay flat as the number of articles grows. Target: 1,000 articles in
under 30 s on one core (the kit runs on one core; CPU seconds are shown
because they are what one core spends, even on a busy machine).

Run:  .venv/bin/python benchmarks/scaling.py            (all sizes)
      .venv/bin/python benchmarks/scaling.py 10 100     (some sizes)
"""

from __future__ import annotations

import importlib
import json
import resource
import sys
import time
import warnings

from _common import machine, run_python

SIZES = (10, 100, 1000)
TARGET_1000 = 30.0
ANALYZE_MANY_MAX = 100

#: (stage name, module, function name): the per-article analyses.
ANALYSES = (
    ("readability", "kitlib.readability", "readability"),
    ("actors", "kitlib.actors", "named_actors"),
    ("quotes", "kitlib.quotes", "find_quotes"),
    ("frames", "kitlib.frames", "suggest_frames"),
)


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(function, items) -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    for item in items:
        function(item)
    return time.perf_counter() - start, time.process_time() - start_cpu


def child(size: int) -> dict:
    """Run every stage over ``size`` articles; return the figures."""
    warnings.simplefilter("ignore")
    from synth import synthetic_texts

    import kitlib

    texts = synthetic_texts(size)
    functions, missing = {}, []
    for stage, module_name, name in ANALYSES:
        try:
            functions[stage] = getattr(importlib.import_module(module_name), name)
        except (ModuleNotFoundError, AttributeError):
            missing.append(f"{module_name}.{name}")
    for text in synthetic_texts(3, seed=1):  # warm up
        article = kitlib.article_from_text(text)
        for function in functions.values():
            function(article)
    kitlib.analyze_many([article])
    baseline = peak_mb()
    stages = {}
    articles = []
    wall, cpu = timed(lambda t: articles.append(kitlib.article_from_text(t)), texts)
    stages["articles"] = (wall, cpu)
    for stage, function in functions.items():
        stages[stage] = timed(function, articles)
    if size <= ANALYZE_MANY_MAX:
        start, start_cpu = time.perf_counter(), time.process_time()
        kitlib.analyze_many(articles, progress=False)
        stages["analyze_many"] = (time.perf_counter() - start, time.process_time() - start_cpu)
    words = sum(len(a.text.split()) for a in articles)
    return {
        "size": size,
        "words_per_article": words / size,
        "stages": stages,
        "baseline_mb": baseline,
        "peak_mb": peak_mb(),
        "missing": missing,
    }


def main(sizes) -> None:
    print(f"machine: {machine()}")
    results = []
    for size in sizes:
        out = run_python(
            f"import sys; sys.path.insert(0, 'benchmarks'); import json, scaling; "
            f"print(json.dumps(scaling.child({size})))"
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    if results[0]["missing"]:
        print(f"analyses not found (not timed): {', '.join(results[0]['missing'])}")
    stages = list(results[0]["stages"])
    print(
        f"{'articles':>8} {'words/art':>9} "
        + " ".join(f"{s:>14}" for s in stages)
        + f" {'total (no a_m)':>15} {'peak MB':>8} {'+MB':>6}"
    )
    print(" " * 19 + " ".join(f"{'ms/art wall|cpu':>14}" for _ in stages) + f" {'s wall|cpu':>15}")
    for r in results:
        n = r["size"]
        cells = []
        for s in stages:
            if s in r["stages"]:
                wall, cpu = r["stages"][s]
                cells.append(f"{wall / n * 1000:6.1f}|{cpu / n * 1000:6.1f} ")
            else:
                cells.append(f"{'-':>14}")
        wall_total = sum(v[0] for k, v in r["stages"].items() if k != "analyze_many")
        cpu_total = sum(v[1] for k, v in r["stages"].items() if k != "analyze_many")
        print(
            f"{n:>8} {r['words_per_article']:>9.0f} "
            + " ".join(cells)
            + f" {wall_total:7.1f}|{cpu_total:6.1f} {r['peak_mb']:>8.0f} "
            f"{r['peak_mb'] - r['baseline_mb']:>6.0f}"
        )
    first, last = results[0], results[-1]

    def per_article(r):
        return sum(v[1] for k, v in r["stages"].items() if k != "analyze_many") / r["size"]

    ratio = per_article(last) / per_article(first)
    print(
        f"CPU seconds per article, {last['size']} vs {first['size']} articles: x{ratio:.2f} "
        f"({'linear' if ratio < 1.3 else 'NOT linear'}: flat is linear)"
    )
    if last["size"] == 1000:
        cpu_total = sum(v[1] for k, v in last["stages"].items() if k != "analyze_many")
        wall_total = sum(v[0] for k, v in last["stages"].items() if k != "analyze_many")
        verdict = "meets" if cpu_total < TARGET_1000 else "MISSES"
        print(
            f"1,000 articles: {cpu_total:.1f} s CPU, {wall_total:.1f} s wall "
            f"({verdict} the {TARGET_1000:.0f} s target on CPU time)"
        )


if __name__ == "__main__":
    if any(not a.isdigit() for a in sys.argv[1:]):
        sys.exit("Usage: scaling.py [SIZE ...]   (numbers of articles; default: "
                 + " ".join(str(n) for n in SIZES) + ")")  # fmt: skip
    main([int(a) for a in sys.argv[1:]] or SIZES)
