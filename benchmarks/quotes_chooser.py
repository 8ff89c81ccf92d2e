"""Who speaks, rules against the learned chooser: train cross-validation and dev figures.

Run from the kit's folder (needs the ``train`` extra, PolNeAR and the PolNeAR scorer)::

    .venv/bin/python benchmarks/quotes_chooser.py              # train CV, then dev
    .venv/bin/python benchmarks/quotes_chooser.py --no-dev     # train CV only

PolNeAR is read from ``$POLNEAR_GIT`` (see ``data/quotes/build.py``); the scorer is
``$QUOTES_BENCH`` or ``shared/bench/quotes_bench.py`` beside the kit. It prints, the
way ``benchmarks/RESULTS.md`` ("Who speaks") reports them:

* **train, 5-fold cross-validation by article**: for each fold the chooser is
  rebuilt from the other four folds exactly as ``data/quotes/build.py`` builds the
  shipped weights (with the shipped table's ``C``), and scored on the fold it did
  not see; the folds' counts are added up;
* **dev** with the shipped weights (``data/quotes/speaker_weights.csv``);
* beside each, the rules alone (:data:`kitlib.quotes.RULES_ONLY`);
* figures at the name level (the one to optimise) and at the mention level,
  per publisher (with the quotations found there: precision, recall, F1), the
  seconds of CPU and of wall time per 1,000 words, and how many of the wrong names
  the rows marked "check by hand" hold.

The test split is never read.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

from _common import quotes_build  # noqa: E402

from kitlib.quotes import RULES_ONLY, find_quotes  # noqa: E402
from kitlib.quotes.choosing import speaker_weights  # noqa: E402


def score(scorer, docs, weights_of) -> dict:
    """The scorer's counts over ``docs``, with ``weights_of(n)`` the weights for article
    ``n``; also per publisher, the CPU and wall seconds, and the wrong names flagged.

    Each article's table is scored twice: as the kit shows it, and with the kit's guess
    shown where the kit shows a mention as written ("he" -> ``best_guess``), as every row
    was shown before :data:`kitlib.quotes.NAME_BELOW` (those counts are under
    ``"guess"``). ``"calibration"`` holds ``(confidence, right)`` for every matched row
    whose name rests on a pronoun or a description (``best_guess`` set), right meaning
    the guess is right at the name level."""
    total, by_publisher, guessed = Counter(), defaultdict(Counter), Counter()
    calibration: list[tuple[float, bool]] = []
    marks: list[tuple[float, bool, bool, bool]] = []  # confidence, a name shown, right, unsure
    cpu = wall = 0.0
    for n, doc in enumerate(docs):
        start, start_cpu = time.perf_counter(), time.process_time()
        table = find_quotes(doc["text"], weights=weights_of(n))
        wall += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        counts, rights = _counts(scorer, doc, table)
        confidences = table["confidence"].tolist()
        kinds = table["speaker_kind"].tolist()
        shown = [isinstance(v, str) for v in table["speaker"]]
        marks += [
            (confidences[j], shown[j] and kinds[j] != "unsure", right, kinds[j] == "unsure")
            for j, right in rights
        ]
        guess = table.copy()
        unsure = (guess["speaker_kind"] == "unsure").to_numpy()
        guess.loc[unsure, "speaker"] = guess.loc[unsure, "best_guess"]
        guess.loc[unsure, "speaker_kind"] = "person"
        guess_counts, rights = _counts(scorer, doc, guess)
        guessed.update(guess_counts)
        guesses = table["best_guess"].tolist()
        calibration += [
            (float(confidences[j]), right) for j, right in rights if isinstance(guesses[j], str)
        ]
        total.update(counts)
        by_publisher[doc["publisher"]].update(counts)
    return {"total": total, "publishers": by_publisher, "cpu": cpu, "wall": wall,
            "guess": guessed, "calibration": calibration, "marks": marks}  # fmt: skip


def shows_a_name(speaker, kind: str, mention, anonymous: bool) -> bool:
    """Does a row show a name: a speaker that is neither a "he" left unnamed (kind
    ``unsure``), an anonymous source, nor a description shown as it stands ("the
    senator", as ``speaker`` and ``speaker_mention``)?"""
    if not isinstance(speaker, str) or kind == "unsure" or anonymous:
        return False
    return not (
        kind == "source" and isinstance(mention, str) and speaker.lower() == mention.lower()
    )


def _counts(scorer, doc, table) -> tuple[Counter, list[tuple[int, bool]]]:
    """The scorer's counts for one article's table (with the rows and right answers by
    rule, the wrong names the rows marked "check by hand" hold, and the matched rows that
    show a name), and ``(row, right at the name level)`` for every matched row."""
    preds, _ = scorer.normalise_records(table, doc["text"])
    counts, details = scorer.score_doc(doc, preds)
    counts["docs"], counts["words"] = 1, doc["words"]
    flagged = table["check_by_hand"].tolist()
    rules = table["rule"].tolist()
    names = [
        shows_a_name(*row)
        for row in zip(table["speaker"], table["speaker_kind"], table["speaker_mention"],
                       table["anonymous"], strict=True)
    ]  # fmt: skip
    rights = []
    for rule in rules:
        counts[f"rows: {rule}"] += 1
    for i, j, ok in details:
        named = scorer.speaker_name_correct(doc["gold"][i], preds[j], doc.get("chains", []))
        right = bool(ok if named is None else named)
        rights.append((j, right))
        if names[j]:
            counts["shown by a name"] += 1
            counts["shown by a name, right"] += right
        counts[f"matched: {rules[j]}"] += 1
        counts[f"right: {rules[j]}"] += right
        if not right:
            shown = preds[j]["speaker"] is not None
            counts["wrong"] += 1
            counts["wrong_flagged"] += flagged[j]
            counts["wrong_named"] += shown
            counts["wrong_named_flagged"] += shown and flagged[j]
    counts["flagged"] += sum(flagged)
    return counts, rights


#: The bins of the reliability table (the chooser's probability for a guessed name).
BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def reliability(calibration: list[tuple[float, bool]]) -> str:
    """A markdown table: for guessed names (a he/she or description given to a person) in
    each bin of the chooser's probability, how many there are and how many are right."""
    lines = ["| probability | guessed names | right | share right |", "|---|---:|---:|---:|"]
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [right for p, right in calibration if lo <= p < hi]
        if inside:
            lines.append(
                f"| [{lo:.1f}, {min(hi, 1.0):.1f}) | {len(inside)} | {sum(inside)} | "
                f"{sum(inside) / len(inside):.3f} |"
            )
    return "\n".join(lines)


#: The "check by hand" thresholds compared (kitlib.quotes.CHECK_BELOW is one of them).
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def thresholds(marks: list[tuple[float, bool, bool, bool]]) -> str:
    """A markdown table: for each threshold, the share of matched rows showing a name that
    would be marked "check by hand", and the share of the wrong names they hold (a row is
    marked when its confidence is the threshold or less, or its name is not shown)."""
    named = [(p, right) for p, shows, right, _ in marks if shows]
    wrong = sum(not right for _, right in named)
    head = "| `CHECK_BELOW` | " + " | ".join(f"{t}" for t in THRESHOLDS) + " |"
    lines = [head, "|---|" + "---:|" * len(THRESHOLDS)]
    marked = [sum(p <= t for p, _ in named) / max(len(named), 1) for t in THRESHOLDS]
    held = [sum(p <= t and not r for p, r in named) / max(wrong, 1) for t in THRESHOLDS]
    lines.append("| rows showing a name, marked | " + " | ".join(f"{v:.0%}" for v in marked) + " |")
    lines.append(
        "| wrong names held by the marked rows | " + " | ".join(f"{v:.0%}" for v in held) + " |"
    )
    return "\n".join(lines)


def coverage(scorer, counts: Counter) -> str:
    """Name-level speaker accuracy and attribution F1, the share of matched quotations
    shown by a name, and the accuracy among those, as one markdown row's cells."""
    s = scorer.summarise(counts)
    named = counts["shown by a name"]
    return (
        f"{s['speaker_name_accuracy']:.3f} | {s['attribution_name_f1']:.3f} | "
        f"{named / max(counts['quote_tp'], 1):.3f} ({named} of {counts['quote_tp']}) | "
        f"{counts['shown by a name, right'] / max(named, 1):.3f}"
    )


def line(scorer, counts: Counter) -> str:
    s = scorer.summarise(counts)
    return (
        f"{s['speaker_name_accuracy']:.3f} | {s['attribution_name_f1']:.3f} | "
        f"{s['speaker_accuracy']:.3f} | {s['attribution_f1']:.3f} | {s['quote_f1']:.3f}"
    )


def report(scorer, title: str, chooser: dict, rules: dict) -> None:
    words = chooser["total"]["words"]
    print(f"\n### {title}\n")
    print("| | speaker accuracy (name) | attribution F1 (name) | speaker accuracy (mention) "
          "| attribution F1 (mention) | quote F1 |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| rules alone | {line(scorer, rules['total'])} |")
    print(f"| rules + chooser | {line(scorer, chooser['total'])} |")
    print(
        "\nPer publisher, name level (speaker accuracy / attribution F1), rules alone → chooser:\n"
    )
    print("| publisher | rules alone | rules + chooser | quote precision / recall / F1 |")
    print("|---|---:|---:|---:|")
    for publisher in sorted(chooser["publishers"]):
        a = scorer.summarise(rules["publishers"][publisher])
        b = scorer.summarise(chooser["publishers"][publisher])
        print(
            f"| {publisher} | {a['speaker_name_accuracy']:.3f} / {a['attribution_name_f1']:.3f} "
            f"| {b['speaker_name_accuracy']:.3f} / {b['attribution_name_f1']:.3f} "
            f"| {b['quote_precision']:.3f} / {b['quote_recall']:.3f} / {b['quote_f1']:.3f} |"
        )
    t = chooser["total"]
    s = scorer.summarise(t)
    print(
        f"\nUnrounded (rules + chooser): speaker accuracy (name) {s['speaker_name_accuracy']:.5f}, "
        f"attribution F1 (name) {s['attribution_name_f1']:.5f}, quote precision "
        f"{s['quote_precision']:.5f}, recall {s['quote_recall']:.5f}, F1 {s['quote_f1']:.5f} "
        f"({t['quote_tp']} of {t['gold']} quotations found, {t['pred']} rows)."
    )
    print(
        f"\nMarked 'check by hand': {t['flagged']} rows; they hold {t['wrong_named_flagged']} of "
        f"the {t['wrong_named']} wrong names shown "
        f"({t['wrong_named_flagged'] / max(t['wrong_named'], 1):.0%}), and "
        f"{t['wrong_flagged']} of all {t['wrong']} wrong speakers, no speaker included "
        f"({t['wrong_flagged'] / max(t['wrong'], 1):.0%})."
    )
    print(
        "\nNames not shown (kitlib.quotes.NAME_BELOW): name level, before (every guess shown) "
        "→ after (a guess under NAME_BELOW shown as written):\n"
    )
    print("| | speaker accuracy (name) | attribution F1 (name) | shown by a name "
          "| accuracy among names shown |")  # fmt: skip
    print("|---|---:|---:|---:|---:|")
    print(f"| every guess shown | {coverage(scorer, chooser['guess'])} |")
    print(f"| a name only at p ≥ NAME_BELOW | {coverage(scorer, t)} |")
    print("\n'Check by hand' thresholds (names shown, matched quotations):\n")
    print(thresholds(chooser["marks"]))
    print("\nReliability of the guessed names (a he/she or description given to a person):\n")
    print(reliability(chooser["calibration"]))
    print(
        f"Time with the chooser: {chooser['cpu'] / words * 1000:.4f} s CPU, "
        f"{chooser['wall'] / words * 1000:.4f} s wall per 1,000 words "
        f"(rules alone: {rules['cpu'] / words * 1000:.4f} s CPU)."
    )


#: The figures :func:`figure_rows` writes, by the scorer's names.
MEASURES = {
    "quote F1": "quote_f1",
    "speaker accuracy (name)": "speaker_name_accuracy",
    "attribution F1 (name)": "attribution_name_f1",
    "speaker accuracy (mention)": "speaker_accuracy",
    "attribution F1 (mention)": "attribution_f1",
}


def figure_rows(scorer, split: str, method: str, result: dict) -> list[tuple]:
    """Rows ``(split, method, measure, value)`` for the table the kit ships
    (``data/quotes/polnear_figures.csv``, read by :func:`kitlib.evaluation.real_news_scores`)."""
    t = result["total"]
    s = scorer.summarise(t)
    rows = [(split, method, name, round(s[key], 3)) for name, key in MEASURES.items()]
    rows += [
        (split, method, "quotations matched", t["quote_tp"]),
        (split, method, "wrong names shown", t["wrong_named"]),
        (split, method, "wrong names marked check by hand", t["wrong_named_flagged"]),
        (split, method, "rows marked check by hand", t["flagged"]),
        (split, method, "rows", t["pred"]),
    ]
    for key in sorted(k for k in t if k.startswith("rows: ")):
        rule = key[len("rows: ") :]
        rows += [
            (split, method, f"rule rows: {rule}", t[key]),
            (split, method, f"rule matched: {rule}", t[f"matched: {rule}"]),
            (split, method, f"rule right: {rule}", t[f"right: {rule}"]),
        ]
    return rows


def write_figures(path: Path, rows: list[tuple]) -> None:
    """The figures as a CSV (columns ``split, method, measure, value``)."""
    lines = ["split,method,measure,value"]
    lines += [
        ",".join(f'"{v}"' if isinstance(v, str) and "," in v else str(v) for v in r) for r in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


#: The kit's one table of its measured accuracy (read by kitlib.evaluation.accuracy).
ACCURACY = ROOT / "data" / "evaluation" / "accuracy.csv"

#: The speaker figures written there: (analysis, measure, the scorer's name, whose
#: figure, note).
ACCURACY_ROWS = (
    ("quotations", "F1", "quote_f1", "chooser",
     "a quotation found where an annotator marked one"),
    ("speakers", "speaker accuracy (mention)", "speaker_accuracy", "chooser",
     "the mention the speaker rests on overlaps the annotated source"),
    ("speakers", "speaker accuracy (name)", "speaker_name_accuracy", "chooser",
     "the name shown is the annotated source's (a 'he' shown as written: its mention is): "
     "rules propose, the learned chooser picks"),
    ("speakers", "attribution F1 (name)", "attribution_name_f1", "chooser",
     "a quotation found, with the right name: rules propose, the learned chooser picks"),
    ("speakers", "speaker accuracy (name), rules alone", "speaker_name_accuracy", "rules",
     "the name shown is the annotated source's: the first rule that answers"),
    ("speakers", "attribution F1 (name), rules alone", "attribution_name_f1", "rules",
     "a quotation found, with the right name: the first rule that answers"),
)  # fmt: skip


def write_accuracy(scorer, articles: int, chooser: dict, rules: dict) -> None:
    """Replace the quotation and speaker rows of ``data/evaluation/accuracy.csv`` with
    these dev figures (the other rows are kept as they are)."""
    import datetime

    from kitlib.evaluation import record_accuracy

    header = ["analysis", "measure", "value", "corpus", "split", "articles", "script",
              "measured", "note"]  # fmt: skip
    summaries = {"chooser": scorer.summarise(chooser["total"]),
                 "rules": scorer.summarise(rules["total"])}  # fmt: skip
    today = datetime.date.today().isoformat()
    new = [
        [analysis, measure, f"{summaries[whose][key]:.3f}", "PolNeAR", "dev", str(articles),
         "benchmarks/quotes_chooser.py", today, note]
        for analysis, measure, key, whose, note in ACCURACY_ROWS
    ]  # fmt: skip
    t = chooser["total"]
    share = t["wrong_named_flagged"] / max(t["wrong_named"], 1)
    held = f"{t['wrong_named_flagged']} of the {t['wrong_named']} wrong names shown"
    new.append(["speakers", "wrong names marked check by hand", f"{share:.3f}", "PolNeAR", "dev",
                str(articles), "benchmarks/quotes_chooser.py", today, held])  # fmt: skip
    named, matched = t["shown by a name"], t["quote_tp"]
    right = t["shown by a name, right"]
    new.append(["speakers", "quotations shown by a name", f"{named / max(matched, 1):.3f}",
                "PolNeAR", "dev", str(articles), "benchmarks/quotes_chooser.py", today,
                f"{named} of the {matched} quotations found; the rest show 'he' or a "
                "description (NAME_BELOW), an anonymous source or no speaker"])  # fmt: skip
    new.append(["speakers", "accuracy among names shown", f"{right / max(named, 1):.3f}",
                "PolNeAR", "dev", str(articles), "benchmarks/quotes_chooser.py", today,
                f"{right} of the {named} names shown are the annotated source's"])  # fmt: skip
    record_accuracy(
        [dict(zip(header, row, strict=True)) for row in new],
        replace=lambda r: r["analysis"] in ("quotations", "speakers"),
    )


def cross_validate(build, scorer, docs, c: float) -> dict:
    """The chooser rebuilt on four folds and scored on the fifth, for each fold."""
    first = build.collect(scorer, docs, RULES_ONLY)
    weights = {}
    for fold in range(build.FOLDS):
        keep = [n for n in range(len(docs)) if build.fold_of(n) != fold]
        fitted = build.fit([r for r in first if build.fold_of(r[0]) != fold], c)
        for _ in range(build.ROUNDS):
            rows = build.collect(scorer, [docs[n] for n in keep], fitted)
            fitted = build.fit(rows, c)
        weights[fold] = fitted
    return score(scorer, docs, lambda n: weights[build.fold_of(n)])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-dev", action="store_true", help="train cross-validation only")
    parser.add_argument("--no-cv", action="store_true", help="dev only (no cross-validation)")
    parser.add_argument(
        "--accuracy",
        action="store_true",
        help="also write the dev figures to data/evaluation/accuracy.csv (the kit's one table)",
    )
    parser.add_argument("--c", type=float, help="the C to fit with (default: choose it on train)")
    parser.add_argument(
        "--write",
        metavar="CSV",
        help="also write the figures there (data/quotes/polnear_figures.csv is the kit's copy)",
    )
    args = parser.parse_args(argv)
    build = quotes_build()
    scorer = build.load_scorer()
    if scorer is None:
        sys.exit("The PolNeAR scorer quotes_bench.py was not found: set QUOTES_BENCH to its path.")
    rows: list[tuple] = []
    if not args.no_cv:
        train = build.load_train(scorer)
        c = args.c
        if c is None:
            c, _ = build.choose_c(build.collect(scorer, train, RULES_ONLY))
        print(f"PolNeAR train, {len(train)} articles; C = {c}")
        chooser = cross_validate(build, scorer, train, c)
        rules = score(scorer, train, lambda n: RULES_ONLY)
        report(scorer, "train, 5-fold cross-validation by article", chooser, rules)
        split = "train (5-fold cross-validation)"
        rows += figure_rows(scorer, split, "rules alone", rules)
        rows += figure_rows(scorer, split, "rules + chooser", chooser)
    if not args.no_dev:
        location = build.corpus_location(scorer)
        dev = scorer.load_split(scorer.Corpus(str(location)), "dev")
        shipped = speaker_weights()
        chooser = score(scorer, dev, lambda n: shipped)
        rules = score(scorer, dev, lambda n: RULES_ONLY)
        report(scorer, f"dev, {len(dev)} articles, shipped weights", chooser, rules)
        rows += figure_rows(scorer, "dev", "rules alone", rules)
        rows += figure_rows(scorer, "dev", "rules + chooser", chooser)
        if args.accuracy:
            write_accuracy(scorer, len(dev), chooser, rules)
            print(f"\nwrote the dev figures to {ACCURACY}")
    if args.write:
        write_figures(Path(args.write), rows)
        print(f"\nwrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
