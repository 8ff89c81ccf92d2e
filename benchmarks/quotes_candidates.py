"""Candidate recall of the speaker chooser on PolNeAR train: how often a right speaker
is among the candidates the rules propose, and the shapes of the quotations where none is.

Run from the kit's folder (needs PolNeAR and the PolNeAR scorer, as ``data/quotes/build.py``)::

    .venv/bin/python benchmarks/quotes_candidates.py            # figures on train
    .venv/bin/python benchmarks/quotes_candidates.py --show 40  # and 40 train misses

Only ``data/train`` is read (dev is for the figures, test is never read). Each
quotation the kit finds that matches a gold quotation is counted once; its
candidates are labelled as ``data/quotes/build.py`` labels them (the scorer's
name-level test). The figures, by the shape of the annotated source (a name, a
pronoun, a description, no source):

* **recall**: a right candidate is among those proposed;
* **rules**: the rules' own choice is right;
* **chooser**: the shipped chooser's choice is right.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

from _common import quotes_build  # noqa: E402

from kitlib.quotes import speaker_candidates  # noqa: E402
from kitlib.quotes.choosing import speaker_weights  # noqa: E402

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}


def shape(gold: dict) -> str:
    """The shape of an annotated source: no source, pronoun, name or description."""
    source = (gold.get("source_text") or "").strip()
    if not source:
        return "no source"
    if source.lower() in _PRONOUNS:
        return f"pronoun {source.lower()}"
    words = re.findall(r"[^\W\d_]+", source)
    if words and words[0][0].islower():
        return "description"
    return "name" if all(w[0].isupper() for w in words[:3]) else "name + description"


def quotations(build, scorer, docs, weights):
    """Per matched quotation: (article, gold, candidates as dicts with a ``right`` label)."""
    for number, doc in enumerate(docs):
        table = speaker_candidates(doc["text"], weights=weights)
        if table.empty:
            continue
        groups: dict[tuple[int, int], list[dict]] = {}
        for row in table.to_dict("records"):
            for k in ("speaker_start", "speaker_end"):
                row[k] = None if pd.isna(row[k]) else int(row[k])
            row["speaker"] = row["speaker"] if isinstance(row["speaker"], str) else None
            groups.setdefault((row["quote_start"], row["quote_end"]), []).append(row)
        spans = list(groups)
        preds, _ = scorer.normalise_records([{"start": s, "end": e} for s, e in spans], doc["text"])
        for i, j in scorer.greedy_match(doc["gold"], preds):
            gold = doc["gold"][i]
            rows = groups[spans[j]]
            for row in rows:
                row["right"] = build._right(scorer, gold, row, doc.get("chains", []))
            yield number, doc, gold, rows


def _describe(row: dict) -> str:
    """A candidate in a few words: its rule and the kind of its mention."""
    mention = row["speaker_mention"] if isinstance(row["speaker_mention"], str) else ""
    kind = "he/she" if mention.lower() in ("he", "she") else row["speaker_kind"]
    return f"{row['rule']} ({kind})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many train misses")
    parser.add_argument(
        "--confused",
        action="store_true",
        help="show he/she quotations the chooser got wrong with a right candidate, not misses",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    build = quotes_build()
    scorer = build.load_scorer()
    docs = build.load_train(scorer)
    weights = speaker_weights()
    counts: Counter = Counter()
    misses = []
    confusions: Counter = Counter()
    confused: list = []
    for _, doc, gold, rows in quotations(build, scorer, docs, weights):
        kind = shape(gold)
        has = any(r["right"] for r in rows)
        rules = next((r["right"] for r in rows if r["rules' choice"]), rows[-1]["right"])
        chosen = next((r["right"] for r in rows if r["chosen"]), False)
        for key in (kind, "all"):
            counts[key, "n"] += 1
            counts[key, "recall"] += has
            counts[key, "rules"] += bool(rules)
            counts[key, "chooser"] += bool(chosen)
        if not has:
            misses.append((doc, gold, rows))
        elif not chosen:
            picked = next((r for r in rows if r["chosen"]), rows[-1])
            right = max((r for r in rows if r["right"]), key=lambda r: r["probability"])
            confusions[_describe(picked), _describe(right)] += 1
            if "he/she" in _describe(picked) and "he/she" in _describe(right):
                confused.append((doc, gold, rows))
    kinds = sorted({k for k, _ in counts}, key=lambda k: -counts[k, "n"])
    print("| source shape | quotations | a right candidate | rules right | chooser right |")
    print("|---|---:|---:|---:|---:|")
    for k in kinds:
        n = counts[k, "n"]
        print(
            f"| {k} | {n} | {counts[k, 'recall'] / n:.3f} | {counts[k, 'rules'] / n:.3f} "
            f"| {counts[k, 'chooser'] / n:.3f} |"
        )
    print("\nChosen wrong where a right candidate was proposed (chosen → the best right one):\n")
    for (picked, right), n in confusions.most_common(25):
        print(f"- {n}: {picked} → {right}")
    misses = confused if args.confused else misses
    random.Random(args.seed).shuffle(misses)
    for doc, gold, rows in misses[: args.show]:
        text = doc["text"]
        lo = max(0, min(gold["start"], gold.get("source_start") or gold["start"]) - 200)
        hi = min(len(text), max(gold["end"], gold.get("source_end") or gold["end"]) + 120)
        print("\n----", doc.get("name", ""), doc["publisher"], shape(gold))
        print(text[lo:hi].replace("\n", " ¶ "))
        print("  GOLD source:", gold.get("source_text"), "| cue:", gold.get("cue_text"))
        for r in rows:
            print(
                f"  cand {r['speaker']!r:30} mention={r['speaker_mention']!r:20} "
                f"{r['rule']:25} p={r['probability']:.2f}{' *' if r['chosen'] else ''}"
                f"{' RIGHT' if r['right'] else ''}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
