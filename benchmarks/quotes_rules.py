"""Which attribution rule fires how often on real news, and how often it is right there.

Run from the kit's folder:

    .venv/bin/python benchmarks/quotes_rules.py            # PolNeAR dev (the default)
    .venv/bin/python benchmarks/quotes_rules.py --split train

It reads PolNeAR (hand-annotated 2016 election news; github.com/networkdynamics/PolNeAR)
from a local bare git mirror, the path in the environment variable ``POLNEAR_GIT``, and
scores with the project's PolNeAR scorer ``quotes_bench.py`` (in ``shared/bench/``
beside the kit's folder, or the path in ``QUOTES_BENCH``): the gold quotations, the
matching of a found quotation to a gold one and the "speaker right" test are that
scorer's, so the figures here add up to its headline figures.

For each rule of :data:`kitlib.quotes.RULES` it prints how many of the kit's rows the
rule decided (``rows``), how many of those are gold quotations (``matched``), how many
of those got the right speaker (``right``) and the share right (``accuracy``).
Never run it on the test split: that is the project's release check.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _build():
    """``data/quotes/build.py`` as a module: the one place that finds the scorer and
    says how to get PolNeAR."""
    path = HERE.parent / "data" / "quotes" / "build.py"
    spec = importlib.util.spec_from_file_location("quotes_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build()
GET_CORPUS = BUILD.GET_CORPUS


def load_scorer():
    """The project's PolNeAR scorer (quotes_bench.py), or a clear message and exit."""
    scorer = BUILD.load_scorer()
    if scorer is None:
        sys.exit("The PolNeAR scorer quotes_bench.py was not found: set QUOTES_BENCH to its path.")
    return scorer


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    args = parser.parse_args(argv)
    scorer = load_scorer()
    location = os.environ.get("POLNEAR_GIT", scorer.DEFAULT_POLNEAR_GIT)
    if not Path(location).exists():
        sys.exit(GET_CORPUS)
    sys.path.insert(0, str(HERE.parent))
    from kitlib.quotes import RULES, find_quotes

    docs = scorer.load_split(scorer.Corpus(location), args.split)
    rows, matched, right = Counter(), Counter(), Counter()
    totals, words, seconds = Counter(), 0, 0.0
    for doc in docs:
        start = time.perf_counter()
        table = find_quotes(doc["text"])
        seconds += time.perf_counter() - start
        words += doc["words"]
        preds, _ = scorer.normalise_records(table, doc["text"])
        counts, details = scorer.score_doc(doc, preds)
        totals.update(counts)
        rules = table["rule"].tolist()
        rows.update(rules)
        for _, j, ok in details:
            matched[rules[j]] += 1
            right[rules[j]] += ok
    totals["docs"] = len(docs)
    summary = scorer.summarise(totals)
    print(
        f"PolNeAR {args.split}: {len(docs)} articles, {words:,} words, "
        f"{seconds / words * 1000:.4f} s per 1,000 words for find_quotes"
    )
    print(
        f"quote F1 {summary['quote_f1']:.3f}, speaker accuracy "
        f"{summary['speaker_accuracy']:.3f} (pronoun sources "
        f"{summary['pronoun_speaker_accuracy']:.3f}), attribution F1 "
        f"{summary['attribution_f1']:.3f}"
    )
    print()
    print("| rule | rows | matched | right | accuracy |")
    print("|---|---:|---:|---:|---:|")
    for rule in RULES:
        share = f"{right[rule] / matched[rule]:.2f}" if matched[rule] else "-"
        print(f"| {rule} | {rows[rule]} | {matched[rule]} | {right[rule]} | {share} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
