"""Rebuild ``speaker_weights.csv``: the speaker chooser's weights, learned from PolNeAR train.

Run by hand, from the kit's folder (it needs the ``train`` extra, PolNeAR and
the project's PolNeAR scorer; the kit itself never runs it)::

    pip install -e '.[train]'
    python data/quotes/build.py            # writes data/quotes/speaker_weights.csv
    python data/quotes/build.py --check    # rebuilds in memory, compares with the file
    python -m kitlib.data manifest

PolNeAR (hand-annotated 2016 election news; Newell, Margolin & Ruths, LREC
2018; github.com/networkdynamics/PolNeAR) is read at run time from a bare git
mirror: ``$POLNEAR_GIT``, or ``.mirror/networkdynamics+PolNeAR/repo`` beside the
folder that holds the kit. Only ``data/train`` is read: dev is for the figures,
test is the release check. The scorer (``$QUOTES_BENCH``, or
``shared/bench/quotes_bench.py`` beside the kit) gives the gold quotations and
the name-level test of a speaker; nothing of the corpus is written anywhere.

How the weights are made, step by step (each step is deterministic, so a
rebuild gives the same file byte for byte):

1. Run the kit on every training article with :data:`kitlib.quotes.RULES_ONLY`
   (the rules' own choices are the history later quotations see) and keep
   every candidate of every quotation that matches a gold quotation, labelled 1
   when the scorer's name-level test says its speaker is the annotated source's
   entity, else 0 (where that test cannot tell, a pronoun source with no
   coreference chain, the scorer's test of the mention decides, as it does when
   it scores).
2. Fit a logistic-regression ranker (scikit-learn, L2 penalty of strength
   ``1/C``) to the labels: it learns which of two candidates of a quotation is
   the right one (:func:`fit`); ``C`` is chosen by 5-fold cross-validation by
   article (:data:`C_GRID`): the value whose chooser picks a right candidate
   most often.
3. Run the kit again with those weights (now the chooser's own choices are the
   history), collect and fit once more: the weights written.

The table holds feature names (:data:`kitlib.quotes.FEATURES`) and numbers
rounded to :data:`DIGITS` decimals, no text of the corpus.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from kitlib.quotes import FEATURES, RULES_ONLY, speaker_candidates

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "speaker_weights.csv"

#: The regularisation strengths tried (scikit-learn's ``C``: larger is weaker).
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)

#: Folds of the cross-validation, by article.
FOLDS = 5

#: Decimals kept in the table.
DIGITS = 4

#: Rounds of "run the kit with the last weights, fit again" after the first fit.
ROUNDS = 1

GET_CORPUS = (
    "PolNeAR is not on this machine. Get it with\n"
    "    git clone --bare https://github.com/networkdynamics/PolNeAR polnear.git\n"
    "and point POLNEAR_GIT at that folder (export POLNEAR_GIT=$PWD/polnear.git)."
)


def load_scorer():
    """The project's PolNeAR scorer (``quotes_bench.py``), or None if it is not here."""
    candidates = [os.environ.get("QUOTES_BENCH", "")] + [
        str(base / "shared" / "bench" / "quotes_bench.py") for base in ROOT.parents[:3]
    ]
    for path in candidates:
        if path and Path(path).is_file():
            spec = importlib.util.spec_from_file_location("quotes_bench", path)
            module = importlib.util.module_from_spec(spec)
            sys.modules["quotes_bench"] = module
            spec.loader.exec_module(module)
            return module
    return None


def corpus_location(scorer) -> Path | None:
    """Where PolNeAR is: ``$POLNEAR_GIT``, else the scorer's default, if it exists."""
    location = Path(os.environ.get("POLNEAR_GIT", scorer.DEFAULT_POLNEAR_GIT))
    return location if location.exists() else None


def load_train(scorer) -> list[dict]:
    """PolNeAR train as the scorer reads it (gold quotations, coreference chains)."""
    location = corpus_location(scorer)
    if location is None:
        sys.exit(GET_CORPUS)
    return scorer.load_split(scorer.Corpus(str(location)), "train")


# --------------------------------------------------------------------------
# Candidates and their labels
# --------------------------------------------------------------------------


def collect(scorer, docs: list[dict], weights) -> list[tuple[int, int, list[float], int]]:
    """``(article, quotation, features, label)`` for every candidate of every quotation
    the kit finds that matches a gold quotation, with ``weights`` choosing the speakers
    that later quotations see."""
    names = list(FEATURES)
    rows = []
    for number, doc in enumerate(docs):
        table = speaker_candidates(doc["text"], weights=weights)
        if table.empty:
            continue
        features = table[names].to_numpy(dtype=float).tolist()
        speakers = [s if isinstance(s, str) else None for s in table["speaker"]]
        starts = [None if pd.isna(s) else int(s) for s in table["speaker_start"]]
        ends = [None if pd.isna(e) else int(e) for e in table["speaker_end"]]
        groups: dict[tuple[int, int], list[int]] = {}
        for k, span in enumerate(zip(table["quote_start"], table["quote_end"], strict=True)):
            groups.setdefault(span, []).append(k)
        spans = list(groups)
        preds, _ = scorer.normalise_records([{"start": s, "end": e} for s, e in spans], doc["text"])
        for i, j in scorer.greedy_match(doc["gold"], preds):
            gold = doc["gold"][i]
            members = groups[spans[j]]
            labels = [
                _right(
                    scorer,
                    gold,
                    {"speaker": speakers[k], "speaker_start": starts[k], "speaker_end": ends[k]},
                    doc.get("chains", []),
                )
                for k in members
            ]
            rows += [
                (number, j, features[k], int(label))
                for k, label in zip(members, labels, strict=True)
            ]
    return rows


def _right(scorer, gold: dict, prediction: dict, chains) -> bool:
    """The scorer's name-level test of a speaker; where it cannot tell the entity (a
    pronoun source with no coreference chain), its test of the mention, as it scores."""
    named = scorer.speaker_name_correct(gold, prediction, chains)
    return scorer.speaker_correct(gold, prediction) if named is None else named


# --------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------


def fit(rows, c: float) -> dict[str, float]:
    """Weights of a logistic-regression ranker, rounded to :data:`DIGITS` decimals.

    Within each quotation, every right candidate is paired with every wrong one, and
    the regression learns to tell the first of a pair from the second by the
    difference of their features (so only what differs between a quotation's
    candidates counts, not how hard the quotation is); each quotation weighs the
    same however many pairs it has. A softmax of the scores over a quotation's
    candidates ("nobody" among them) is then their probability.
    """
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("Fitting needs scikit-learn: pip install -e '.[train]'")
    groups: dict[tuple[int, int], list[tuple[list[float], int]]] = {}
    for article, quotation, features, label in rows:
        groups.setdefault((article, quotation), []).append((features, label))
    x, y, weight = [], [], []
    for key in sorted(groups):
        right = [np.array(f) for f, label in groups[key] if label]
        wrong = [np.array(f) for f, label in groups[key] if not label]
        if not right or not wrong:
            continue
        share = 1.0 / (len(right) * len(wrong))
        for good in right:
            for bad in wrong:
                x += [good - bad, bad - good]
                y += [1, 0]
                weight += [share, share]
    model = LogisticRegression(C=c, fit_intercept=False, solver="lbfgs", max_iter=10_000, tol=1e-8)
    model.fit(np.array(x), np.array(y), sample_weight=np.array(weight))
    weights = {"(intercept)": 0.0}
    weights.update(
        {n: round(float(w), DIGITS) for n, w in zip(FEATURES, model.coef_[0], strict=True)}
    )
    return weights


def fold_of(article: int) -> int:
    """The cross-validation fold of an article (articles in name order, dealt in turn)."""
    return article % FOLDS


def picked_right(rows, weights) -> tuple[int, int]:
    """How many quotations the chooser with ``weights`` gets right among ``rows``, of how many
    (the candidate with the highest score, the first on a tie)."""
    names = list(FEATURES)
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for article, quotation, features, label in rows:
        score = weights.get("(intercept)", 0.0) + sum(
            v * weights.get(n, 0.0) for n, v in zip(names, features, strict=True)
        )
        key = (article, quotation)
        if key not in best or score > best[key][0]:
            best[key] = (score, label)
    return sum(label for _, label in best.values()), len(best)


def choose_c(rows) -> tuple[float, dict[float, float]]:
    """The ``C`` of :data:`C_GRID` whose chooser, fitted on four folds, picks a right
    candidate most often on the fifth (summed over the folds); and every C's share."""
    shares = {}
    for c in C_GRID:
        right = total = 0
        for fold in range(FOLDS):
            train = [r for r in rows if fold_of(r[0]) != fold]
            test = [r for r in rows if fold_of(r[0]) == fold]
            got, n = picked_right(test, fit(train, c))
            right, total = right + got, total + n
        shares[c] = right / total if total else 0.0
    return max(C_GRID, key=lambda c: (shares[c], -c)), shares


def build(scorer, docs, *, log=print) -> tuple[dict[str, float], float]:
    """The weights and the ``C`` they were fitted with (steps 1 to 3 of the module's
    docstring)."""
    rows = collect(scorer, docs, RULES_ONLY)
    c, shares = choose_c(rows)
    tried = ", ".join(f"{k}: {v:.4f}" for k, v in shares.items())
    log(f"C by 5-fold cross-validation: {c} (share picked right: {tried})")
    weights = fit(rows, c)
    for _ in range(ROUNDS):
        rows = collect(scorer, docs, weights)
        weights = fit(rows, c)
    quotations = len({(r[0], r[1]) for r in rows})
    log(f"{len(rows)} candidates of {quotations} quotations in {len(docs)} articles")
    return weights, c


def table_text(weights: dict[str, float]) -> str:
    """The CSV text of a weights table: the intercept, then the features in the order of
    :data:`kitlib.quotes.FEATURES`."""
    lines = ["feature,weight", f"(intercept),{weights['(intercept)']:.{DIGITS}f}"]
    for name in FEATURES:
        value = weights.get(name, 0.0)
        cell = f'"{name}"' if "," in name else name
        lines.append(f"{cell},{value + 0.0:.{DIGITS}f}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare, write nothing")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        sys.exit("The PolNeAR scorer quotes_bench.py was not found: set QUOTES_BENCH to its path.")
    docs = load_train(scorer)
    weights, _ = build(scorer, docs)
    text = table_text(weights)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'the same' if same else 'DIFFERENT'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({len(weights) - 1} features); now run  python -m kitlib.data manifest")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
