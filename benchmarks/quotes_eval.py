"""How right and how fast is kitlib.quotes?  Run:  .venv/bin/python benchmarks/quotes_eval.py

Accuracy: precision, recall and F1 against the hand annotation in
data/annotations/quotes_gold.csv (quotation spans, speakers, end to end).

Speed: milliseconds per 1,000 words for find_quotes on an Article whose
cleaning is already done, best of several runs (the machine may be busy),
on each bundled article and on one long text made of all the kit's
articles. The target is well under 30 ms per 1,000 words: at least ten times
faster than a parser-based extractor (about 300 ms per 1,000 words).

Exit status 1 if end-to-end F1 on the gold is below 1.0.
"""

from __future__ import annotations

import sys
import time

import pandas as pd

import kitlib
from kitlib.data import read_text
from kitlib.evaluation import evaluate, gold_quotes
from kitlib.quotes import find_quotes

#: Runs per timing; the best run is reported.
REPEATS = 15

#: Target speed, from the issue: ten times faster than a parser at ~0.3 s per 1,000 words.
TARGET_MS_PER_1000_WORDS = 30.0


def best_ms(function, argument) -> float:
    function(argument)  # warm up (caches, imports)
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        function(argument)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def accuracy(pair) -> pd.DataFrame:
    tables = []
    found_all, gold_all = [], []
    for name, article in pair.items():
        found, gold = find_quotes(article), gold_quotes(name)
        tables.append(evaluate(found, gold).assign(article=name))
        offset = 10**6 * len(found_all)  # keep the two articles' offsets apart
        found_all.append(found.assign(start=found["start"] + offset, end=found["end"] + offset))
        gold_all.append(gold.assign(start=gold["start"] + offset, end=gold["end"] + offset))
    both = evaluate(pd.concat(found_all), pd.concat(gold_all)).assign(article="both")
    return pd.concat([*tables, both], ignore_index=True)


def speed(pair) -> pd.DataFrame:
    texts = {name: article for name, article in pair.items()}
    long_text = (
        "\n\n".join(
            [a.text for a in pair.values()]
            + [read_text(f"invented/{n}.txt") for n in ("courier", "evening_post")]
        )
        * 3
    )
    texts["all articles x3 (plain text)"] = long_text
    rows = []
    for name, item in texts.items():
        words = len((item.text if hasattr(item, "text") else item).split())
        ms = best_ms(find_quotes, item)
        rows.append(
            {
                "text": name,
                "words": words,
                "ms": round(ms, 1),
                "ms_per_1000_words": round(ms / words * 1000, 1),
            }
        )
    return pd.DataFrame(rows)


def main() -> int:
    nbc, cnn = kitlib.load_pair()
    pair = {"nbc": nbc, "cnn": cnn}
    scores = accuracy(pair)
    timing = speed(pair)
    with pd.option_context("display.width", 120):
        print("Accuracy against data/annotations/quotes_gold.csv\n")
        print(
            scores[
                [
                    "article",
                    "measure",
                    "right",
                    "kit_total",
                    "gold_total",
                    "precision",
                    "recall",
                    "f1",
                ]
            ].to_string(index=False)
        )
        print(
            f"\nSpeed (best of {REPEATS} runs; target < {TARGET_MS_PER_1000_WORDS} ms "
            "per 1,000 words)\n"
        )
        print(timing.to_string(index=False))
    end_to_end = scores[(scores["article"] == "both") & (scores["measure"] == "end to end")]
    return 0 if end_to_end["f1"].item() == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
