"""How far does the machine frame coder agree with trained coders? (Narrative Frames Corpus)

Scores ``kitlib.frames.coder`` on a split of the Narrative Frames Corpus (Frermann,
Li, Khanehzar & Mikolajczak, ACL 2023; github.com/phenixace/narrative-framing,
MIT licence), read at run time from a bare git copy: ``$NFC_GIT``, or
``.mirror/phenixace+narrative-framing/repo`` in a folder above this one. Nothing
of the corpus is written anywhere; ``--json`` writes figures only.

Splits, by article ID: train (ID % 4 is 2 or 3; the coder was trained there),
dev (ID % 4 == 1, the default: report here), test (ID % 4 == 0: the project's
release check, refused unless ``--release`` is given).

It prints:

- per frame, against the corpus's aggregated labels: the coders' and the coder's
  rate of "present", F1, Cohen's kappa, and the Brier score of the probability;
- per frame, the human reference (:func:`frame_agreement`): each trained coder's
  own frame (the corpus's rule for the label over that coder's answers alone)
  against another coder's ("coder-coder"), the machine's frame against each
  coder's own ("machine-coder"), every pair pooled as in the question table,
  and one coder against the majority of the article's other coders where
  there are two or more ("coder-others", the human counterpart of a kappa
  against the labels);
- per codebook question (kit ids R1 ... E3; H5, pictures, has no counterpart):
  the coder's kappa with each annotator (all pairs pooled) beside the
  annotators' kappa with each other on the same articles, and the Brier score
  of the probability against each annotator's answer. The mapping to the
  corpus's questions is the shared bench's (``QUESTION_MAP`` in data/frames/build.py);
- seconds per 1,000 words, CPU time of this process (``time.process_time``) and
  wall-clock time, after one warm-up article;
- with ``--outlets``: leave-one-outlet-out on train + dev. For each outlet, the
  coder is retrained (scikit-learn, as data/frames/build.py does) on the other
  outlets' articles and scores that outlet's articles; the pooled figures show
  whether the coder leans on one outlet's habits.

Usage::

    NFC_GIT=/path/to/narrative-framing.git python benchmarks/frames_coder.py
    python benchmarks/frames_coder.py --split train
    python benchmarks/frames_coder.py --outlets          # needs scikit-learn
    python benchmarks/frames_coder.py --split test --release   # the release check only
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import re
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "data" / "frames" / "build.py"

#: The frame labels' columns in the corpus's metadata.
FRAMES = ("responsibility", "human_interest", "conflict", "morality", "economic")


def _build_module():
    """data/frames/build.py as a module: the corpus reader, the question map, the fitting."""
    spec = importlib.util.spec_from_file_location("frames_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_module()


def split_of(article_id: int) -> str:
    return {0: "test", 1: "dev"}.get(article_id % 4, "train")


def read_split(repo: Path, splits: tuple[str, ...]) -> list[dict]:
    """The articles of the given splits, with one name per outlet in ``source``."""
    articles = build.read_articles(repo, lambda article_id: split_of(article_id) in splits)
    for article in articles:
        article["source"] = outlet(article["source"])
    return articles


def outlet(source: str) -> str:
    """One name per outlet: "The Huffington Post" and "thehuffingtonpost" are one."""
    return re.sub(r"[^a-z]", "", source.lower())


# --------------------------------------------------------------------------
# Agreement
# --------------------------------------------------------------------------


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two yes/no lists (NaN when chance agreement is total)."""
    n = len(a)
    if not n:
        return math.nan
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else math.nan


def f1(gold: list[bool], pred: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def frame_figures(articles: list[dict], predictions: list[dict]) -> dict:
    """Per frame: rates, F1, kappa, Brier score, the agreement with each coder's own
    frame (:func:`frame_agreement`); and the macro means."""
    out = {}
    agreement = frame_agreement(articles, predictions)
    for frame in FRAMES:
        gold = [a["gold"][frame] for a in articles]
        present = [p["frames"][frame][0] for p in predictions]
        probability = [p["frames"][frame][1] for p in predictions]
        out[frame] = {
            "gold_rate": float(np.mean(gold)),
            "pred_rate": float(np.mean(present)),
            "f1": f1(gold, present),
            "kappa": kappa(gold, present),
            "brier": float(np.mean([(p - g) ** 2 for p, g in zip(probability, gold, strict=True)])),
            **agreement[frame],
        }
    out["macro"] = {k: float(np.nanmean([out[f][k] for f in FRAMES])) for k in ("f1", "kappa")}
    out["macro"].update(agreement["macro"])
    return out


def coder_frame(answers: dict, frame: str) -> bool | None:
    """One trained coder's own frame: the corpus's rule for the frame's label
    (``build.FRAME_RULES``, such as "yes to at least 2 of H1, H2, H4") applied to
    this coder's answers alone, instead of to the coders' majority.

    ``answers`` maps the corpus's question keys ("hi1", "ec2", ...) to True/False,
    as in an article's ``coders``. None when the coder left one of the frame's
    questions unanswered (such a coder is left out of that frame's pairs).
    """
    k, questions = build.FRAME_RULES[frame]
    said = [build.coder_answer(answers, question) for question in questions]
    return None if None in said else sum(said) >= k


def majority_frame(group: list[dict], frame: str) -> bool | None:
    """The frame by the corpus's own recipe for a group of coders: each question yes
    when a strict majority of the group said yes (one of two is no), then the rule.
    None when a coder of the group left one of the frame's questions unanswered."""
    k, questions = build.FRAME_RULES[frame]
    if any(coder_frame(answers, frame) is None for answers in group):
        return None
    yes = 0
    for question in questions:
        votes = [build.coder_answer(answers, question) for answers in group]
        yes += 2 * sum(votes) > len(votes)
    return yes >= k


#: The keys of :func:`frame_agreement`'s pair counts.
PAIR_COUNTS = {
    "coder_coder": "coder_pairs",
    "machine_coder": "machine_pairs",
    "coder_majority": "majority_pairs",
}


def frame_agreement(articles: list[dict], predictions: list[dict]) -> dict:
    """How far trained coders agree with each other on each frame: the human reference.

    The corpus's frame labels are built from the coders' majority, so a kappa
    against them says nothing of how far two trained coders agree on a frame.
    Here each coder gets a frame of their own (:func:`coder_frame`: the corpus's
    rule over that coder's answers), and for each frame, every pair pooled as in
    the question table:

    - ``coder_coder_kappa``: two trained coders of the same article, each with
      their own frame (every pair of coders; ``coder_pairs`` pairs);
    - ``machine_coder_kappa``: the machine coder's frame (``predictions``) against
      each trained coder's own frame (``machine_pairs`` pairs);
    - ``coder_majority_kappa``: one coder's own frame against the frame of the
      majority of the *other* coders of the article, where there are at least two
      others (``majority_pairs`` pairs): the human counterpart of a kappa
      against the corpus's labels.

    ``articles`` are as :func:`read_split` gives them (``coders``: each coder's
    answers by corpus question key); ``predictions`` one dict per article with
    ``frames``: frame -> (present, probability). ``macro`` holds the means over
    the five frames (frames whose kappa is undefined left out).
    """
    out: dict = {}
    for frame in FRAMES:
        pairs: dict[str, tuple[list, list]] = {
            name: ([], []) for name in ("coder_coder", "machine_coder", "coder_majority")
        }
        for article, prediction in zip(articles, predictions, strict=True):
            own = [coder_frame(answers, frame) for answers in article["coders"]]
            for x, y in itertools.combinations([f for f in own if f is not None], 2):
                pairs["coder_coder"][0].append(x)
                pairs["coder_coder"][1].append(y)
            for i in range(len(article["coders"])):
                if own[i] is None:
                    continue
                pairs["machine_coder"][0].append(bool(prediction["frames"][frame][0]))
                pairs["machine_coder"][1].append(own[i])
                others = article["coders"][:i] + article["coders"][i + 1 :]
                majority = majority_frame(others, frame) if len(others) >= 2 else None
                if majority is not None:
                    pairs["coder_majority"][0].append(own[i])
                    pairs["coder_majority"][1].append(majority)
        out[frame] = {}
        for name, (a, b) in pairs.items():
            out[frame][f"{name}_kappa"] = kappa(a, b)
            out[frame][PAIR_COUNTS[name]] = len(a)
    out["macro"] = {
        key: _mean_of_defined([out[f][key] for f in FRAMES])
        for key in ("coder_coder_kappa", "machine_coder_kappa", "coder_majority_kappa")
    }
    return out


def _mean_of_defined(values: list[float]) -> float:
    """The mean of the values that are not NaN (NaN when none is)."""
    defined = [v for v in values if not math.isnan(v)]
    return float(np.mean(defined)) if defined else math.nan


def macro_kappa_interval(
    articles: list[dict], predictions: list[dict], draws: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """A 95 % bootstrap interval of the macro kappa: articles drawn again with
    replacement ``draws`` times (seeded, so the same every run); a frame no drawn
    article has (kappa undefined) is left out of that draw's mean."""
    rng = np.random.default_rng(seed)
    gold = np.array([[a["gold"][f] for f in FRAMES] for a in articles], dtype=bool)
    said = np.array([[p["frames"][f][0] for f in FRAMES] for p in predictions], dtype=bool)
    means = []
    for _ in range(draws):
        rows = rng.integers(0, len(articles), len(articles))
        kappas = [kappa(list(gold[rows, j]), list(said[rows, j])) for j in range(len(FRAMES))]
        means.append(np.nanmean(kappas))
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def question_figures(articles: list[dict], predictions: list[dict]) -> dict:
    """Per question: machine-coder and coder-coder kappa (pooled pairs), Brier score."""
    out = {}
    for question in build.QUESTION_MAP:
        machine, human, pair_a, pair_b, squared = [], [], [], [], []
        for article, prediction in zip(articles, predictions, strict=True):
            answer, probability = prediction["questions"][question]
            answers = build.coder_answers(article, question)
            for h in answers:
                machine.append(answer)
                human.append(h)
                squared.append((probability - h) ** 2)
            for x, y in itertools.combinations(answers, 2):
                pair_a.append(x)
                pair_b.append(y)
        out[question] = {
            "machine_coder_kappa": kappa(machine, human),
            "coder_coder_kappa": kappa(pair_a, pair_b),
            "brier": float(np.mean(squared)),
            "pairs": len(machine),
        }
    valid = [q for q in out.values() if not math.isnan(q["machine_coder_kappa"])]
    out["mean"] = {
        "machine_coder_kappa": float(np.mean([q["machine_coder_kappa"] for q in valid])),
        "coder_coder_kappa": float(np.nanmean([q["coder_coder_kappa"] for q in valid])),
        "at_human_level": sum(q["machine_coder_kappa"] >= q["coder_coder_kappa"] for q in valid),
        "compared": len(valid),
        "brier": float(np.mean([q["brier"] for q in valid])),
    }
    return out


# --------------------------------------------------------------------------
# Running the coder, and applying tables fitted here (leave-one-outlet-out)
# --------------------------------------------------------------------------


def run_coder(articles: list[dict]) -> tuple[list[dict], dict]:
    """The shipped coder on every article: predictions, and CPU and wall seconds per 1,000 words."""
    import kitlib
    from kitlib.frames.coder import code_article

    code_article(kitlib.load_pair()[0])  # warm-up: word lists, caches
    predictions, cpu, wall, words = [], 0.0, 0.0, 0
    for article in articles:
        words += len(article["text"].split())
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        coding, frames = code_article(article["text"])
        cpu += time.process_time() - start_cpu
        wall += time.perf_counter() - start_wall
        predictions.append(_prediction(coding, frames))
    per_1k = {"cpu": cpu / max(words, 1) * 1000, "wall": wall / max(words, 1) * 1000}
    return predictions, per_1k


def _prediction(coding, frames) -> dict:
    questions = {
        row.question_id: (row.answer == "yes", float(row.probability))
        for row in coding.itertuples()
        if row.question_id in build.QUESTION_MAP
    }
    frame_answers = {
        row.frame: (bool(row.present), float(row.probability)) for row in frames.itertuples()
    }
    return {"questions": questions, "frames": frame_answers}


def apply_tables(tables: tuple, values: dict, words: set[str]) -> dict:
    """Apply tables as build.py writes them to one article's feature values and words.

    ``tables`` is ``(feature rows, weight rows, word rows)``. The same arithmetic as
    ``kitlib.frames.coder`` (checked against it on the split scored, see
    :func:`check_applier`): each word component over the words the article uses;
    standardise, weigh, add the intercept, calibrate, compare with the threshold;
    then each frame over its questions' log-odds (or its rule's: "2 of H1 H2 H4",
    the log-odds that at least two of them are yes) and its word component's.
    """
    feature_rows, weight_rows, word_rows = tables
    scaling = {r[0]: (float(r[1]), float(r[2])) for r in feature_rows[1:]}
    models: dict[str, dict] = {}
    for model, feature, weight in weight_rows[1:]:
        models.setdefault(model, {})[feature] = float(weight)
    word_models: dict[str, dict] = {}
    for model, word, weight in word_rows[1:]:
        word_models.setdefault(model, {})[word] = float(weight)
    inputs = dict(values)
    for model, table in word_models.items():
        score = table["(intercept)"] + sum(
            w for word, w in table.items() if not word.startswith("(") and word in words
        )
        key = "words:" + model.removeprefix("frame:")
        inputs[key] = table["(calibration slope)"] * score + table["(calibration offset)"]

    def log_odds(model: dict, given: dict) -> float:
        total = model["(intercept)"]
        for feature, weight in model.items():
            if not feature.startswith("("):
                mean, scale = scaling[feature]
                total += weight * (given[feature] - mean) / scale
        return model["(calibration slope)"] * total + model["(calibration offset)"]

    questions = {}
    for question in build.QUESTION_MAP:
        inputs[question] = log_odds(models[question], inputs)
        probability = 1 / (1 + math.exp(-inputs[question]))
        questions[question] = (probability >= models[question]["(threshold)"], probability)
    frames = {}
    for frame in FRAMES:
        model = models[f"frame:{frame}"]
        for feature in model:
            rule = re.fullmatch(r"(\d+) of ((?:[A-Z]\d+ ?)+)", feature)
            if rule:  # "2 of H1 H2 H4": at least 2 of the questions yes, as log-odds
                given = [np.array(inputs[q]) for q in rule.group(2).split()]
                inputs[feature] = float(build.rule_log_odds(int(rule.group(1)), given))
        probability = 1 / (1 + math.exp(-log_odds(model, inputs)))
        frames[frame] = (probability >= model["(threshold)"], probability)
    return {"questions": questions, "frames": frames}


def _shipped_tables() -> tuple[list[list[str]], list[list[str]]]:
    import csv

    def read(name):
        with (ROOT / "data" / "frames" / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.reader(handle))

    return read("coder_features.csv"), read("coder_weights.csv"), read("coder_words.csv")


def check_applier(found: list, predictions: list[dict]) -> int:
    """How many answers :func:`apply_tables` gives differently from the kit (0 expected).

    ``found`` holds each article's ``Features``."""
    tables = _shipped_tables()
    differ = 0
    for features, prediction in zip(found, predictions, strict=True):
        mine = apply_tables(tables, features.values, set(features.words_at))
        differ += sum(
            mine["questions"][q][0] != prediction["questions"][q][0] for q in mine["questions"]
        )
        differ += sum(mine["frames"][f][0] != prediction["frames"][f][0] for f in FRAMES)
    return differ


def leave_one_outlet_out(
    articles: list[dict], found: list, words: list[str], min_articles: int = 1
) -> tuple[list[dict], list[dict]]:
    """Predictions from a coder trained without the article's outlet.

    Only outlets with at least ``min_articles`` articles are held out (their
    articles are returned with their predictions); smaller outlets stay in
    every training set. ``found`` holds each article's ``Features``, ``words``
    the words the word table may use (``build.vocabulary``).
    """
    counts: dict[str, int] = {}
    for a in articles:
        counts[a["source"]] = counts.get(a["source"], 0) + 1
    held_out = sorted(n for n, k in counts.items() if k >= min_articles)
    predictions: list = [None] * len(articles)
    for name in held_out:
        held = [i for i, a in enumerate(articles) if a["source"] == name]
        kept = [i for i, a in enumerate(articles) if a["source"] != name]
        tables = build.fit_tables(
            [found[i].values for i in kept],
            [articles[i] for i in kept],
            [set(found[i].words_at) for i in kept],
            words,
        )
        for i in held:
            predictions[i] = apply_tables(tables, found[i].values, set(found[i].words_at))
    kept_rows = [i for i, p in enumerate(predictions) if p is not None]
    return [articles[i] for i in kept_rows], [predictions[i] for i in kept_rows]


# --------------------------------------------------------------------------
# Recording the figures where the kit reads them (data/evaluation/accuracy.csv)
# --------------------------------------------------------------------------

ACCURACY = ROOT / "data" / "evaluation" / "accuracy.csv"
CORPUS = "Narrative Frames Corpus"
SCRIPT = "benchmarks/frames_coder.py"


def accuracy_rows(figures: dict, measured: str) -> list[dict]:
    """The dev figures as rows of accuracy.csv (analyses "frames" and "frame questions")."""
    n = figures["articles"]

    def row(analysis, measure, value, note=""):
        return {"analysis": analysis, "measure": measure, "value": f"{value:.3f}",
                "corpus": CORPUS, "split": figures["split"], "articles": n, "script": SCRIPT,
                "measured": measured, "note": note}  # fmt: skip

    frames, questions = figures["frames"], figures["questions"]
    rows = [
        row("frames", "macro kappa", frames["macro"]["kappa"],
            "the machine coder's frames against the coders' aggregated labels, mean of five"),
        row("frames", "macro F1", frames["macro"]["f1"]),
    ]  # fmt: skip
    if "kappa_interval" in frames["macro"]:
        low, high = frames["macro"]["kappa_interval"]
        rows += [
            row("frames", "macro kappa, 95 % interval (low)", low,
                "bootstrap: the articles drawn again with replacement 2,000 times (seed 0)"),
            row("frames", "macro kappa, 95 % interval (high)", high),
        ]  # fmt: skip
    for frame in FRAMES:
        label = frame.replace("_", " ")
        rows.append(row("frames", f"kappa ({label})", frames[frame]["kappa"]))
        rows.append(row("frames", f"F1 ({label})", frames[frame]["f1"]))
        rows.append(row("frames", f"coders' rate ({label})", frames[frame]["gold_rate"],
                        "share of articles the coders found the frame in"))  # fmt: skip
        rows.append(row("frames", f"machine coder's rate ({label})", frames[frame]["pred_rate"]))
    macro = frames["macro"]
    rows += [
        row("frames", "macro kappa with a trained coder's own frame", macro["machine_coder_kappa"],
            "the machine's frames against each coder's own (the corpus's rule over that coder's "
            "answers), every coder-article pair pooled, mean of five"),
        row("frames", "macro kappa, trained coders with each other", macro["coder_coder_kappa"],
            "the human reference: two coders of the same article, each with their own frame"),
        row("frames", "macro kappa, a trained coder with the others' majority",
            macro["coder_majority_kappa"],
            f"one coder against the majority of the other coders, on articles with three "
            f"({frames[FRAMES[0]]['majority_pairs']} pairs): the human counterpart of "
            "'macro kappa'"),
    ]  # fmt: skip
    for frame in FRAMES:
        label = frame.replace("_", " ")
        f = frames[frame]
        rows.append(row("frames", f"kappa with a trained coder's own frame ({label})",
                        f["machine_coder_kappa"], f"{f['machine_pairs']} pairs"))  # fmt: skip
        rows.append(row("frames", f"coders' kappa with each other ({label})",
                        f["coder_coder_kappa"], f"{f['coder_pairs']} pairs"))  # fmt: skip
        rows.append(row("frames", f"kappa of a trained coder with the others' majority ({label})",
                        f["coder_majority_kappa"], f"{f['majority_pairs']} pairs"))  # fmt: skip
    mean = questions["mean"]
    rows += [
        row("frame questions", "mean kappa, machine coder with a trained coder",
            mean["machine_coder_kappa"], "Cohen's kappa, every annotator's answer one pair"),
        row("frame questions", "mean kappa, trained coders with each other",
            mean["coder_coder_kappa"], "the human ceiling on the same articles"),
        row("frame questions", "share of questions at the coders' level",
            mean["at_human_level"] / mean["compared"],
            f"{mean['at_human_level']} of {mean['compared']} questions"),
    ]  # fmt: skip
    for question in build.QUESTION_MAP:
        q = questions[question]
        rows.append(row("frame questions", f"kappa with a trained coder ({question})",
                        q["machine_coder_kappa"]))  # fmt: skip
        rows.append(row("frame questions", f"coders' kappa with each other ({question})",
                        q["coder_coder_kappa"]))  # fmt: skip
    return rows


def record_accuracy(figures: dict) -> None:
    """Replace this script's rows of accuracy.csv with these figures (other rows kept)."""
    import datetime

    from kitlib.evaluation import record_accuracy as record

    measured = datetime.datetime.now(datetime.UTC).date().isoformat()
    record(
        accuracy_rows(figures, measured),
        replace=lambda r: r["script"] == SCRIPT and r["split"] == figures["split"],
    )


# --------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------


def print_frames(figures: dict) -> None:
    print(f"{'frame':>16} {'coders':>7} {'coder':>6} {'F1':>6} {'kappa':>6} {'Brier':>6} "
          f"{'machine-coder':>14} {'coder-coder':>12} {'coder-others':>13}")  # fmt: skip
    for frame in FRAMES:
        f = figures[frame]
        mark = "*" if f["machine_coder_kappa"] >= f["coder_coder_kappa"] else " "
        print(
            f"{frame:>16} {f['gold_rate']:7.2f} {f['pred_rate']:6.2f} {f['f1']:6.3f} "
            f"{f['kappa']:6.3f} {f['brier']:6.3f} {f['machine_coder_kappa']:14.3f}{mark}"
            f"{f['coder_coder_kappa']:12.3f} {f['coder_majority_kappa']:13.3f}"
        )
    macro = figures["macro"]
    print(f"{'macro':>16} {'':7} {'':6} {macro['f1']:6.3f} {macro['kappa']:6.3f} {'':6} "
          f"{macro['machine_coder_kappa']:14.3f} {macro['coder_coder_kappa']:12.3f} "
          f"{macro['coder_majority_kappa']:13.3f}")  # fmt: skip
    first = figures[FRAMES[0]]
    print(
        "coders, coder: share of articles with the frame (the coders' label, the machine's); "
        "F1, kappa, Brier: the machine against the label.\n"
        "Each trained coder's own frame is the corpus's rule over that coder's answers alone. "
        f"machine-coder: the machine's frame against each coder's own ({first['machine_pairs']} "
        f"pairs); coder-coder: two coders of the same article ({first['coder_pairs']} pairs; "
        "* where the machine reaches it); coder-others: one coder against the majority of the "
        f"article's other coders, where there are two or more ({first['majority_pairs']} pairs)."
    )


def print_questions(figures: dict) -> None:
    print(f"{'question':>8} {'pairs':>6} {'machine-coder':>14} {'coder-coder':>12} {'Brier':>6}")
    for question in build.QUESTION_MAP:
        q = figures[question]
        mark = "*" if q["machine_coder_kappa"] >= q["coder_coder_kappa"] else " "
        print(
            f"{question:>8} {q['pairs']:6d} {q['machine_coder_kappa']:14.3f}{mark}"
            f"{q['coder_coder_kappa']:12.3f} {q['brier']:6.3f}"
        )
    m = figures["mean"]
    print(
        f"{'mean':>8} {'':6} {m['machine_coder_kappa']:14.3f} {m['coder_coder_kappa']:12.3f} "
        f"{m['brier']:6.3f}"
    )
    print(
        f"questions where the coder agrees with the annotators at least as well as they agree "
        f"with each other (*): {m['at_human_level']} of {m['compared']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument(
        "--release", action="store_true", help="allow --split test: the project's release check"
    )
    parser.add_argument(
        "--outlets", action="store_true", help="also leave-one-outlet-out on train + dev"
    )
    parser.add_argument(
        "--min-outlet",
        type=int,
        default=1,
        help="with --outlets, hold out only outlets with at least this many articles "
        "(the others stay in every training set; default 1: every outlet)",
    )
    parser.add_argument("--json", help="write every figure (no text) to this file")
    parser.add_argument(
        "--record",
        action="store_true",
        help="write the dev figures into data/evaluation/accuracy.csv (dev split only)",
    )
    args = parser.parse_args(argv)
    if args.split == "test" and not args.release:
        print("The test split is the project's release check: score on dev, or add --release "
              "if this is the release check.", file=sys.stderr)  # fmt: skip
        return 2
    repo = build.corpus_path()
    if not repo.exists():
        print(f"The Narrative Frames Corpus is not at {repo}. Get a bare copy with\n"
              "  git clone --bare https://github.com/phenixace/narrative-framing\n"
              "and point the environment variable NFC_GIT at it.", file=sys.stderr)  # fmt: skip
        return 1
    warnings.simplefilter("ignore")
    from kitlib.frames.features import article_features

    articles = read_split(repo, (args.split,))
    predictions, per_1k = run_coder(articles)
    figures = {
        "split": args.split,
        "articles": len(articles),
        "words": sum(len(a["text"].split()) for a in articles),
        "frames": frame_figures(articles, predictions),
        "questions": question_figures(articles, predictions),
        "seconds_per_1000_words": per_1k,
    }
    print(f"Narrative Frames Corpus, {args.split} split: {figures['articles']} articles, "
          f"{figures['words']:,} words")  # fmt: skip
    print_frames(figures["frames"])
    low, high = macro_kappa_interval(articles, predictions)
    figures["frames"]["macro"]["kappa_interval"] = [low, high]
    print(f"macro kappa, 95 % bootstrap interval over the {len(articles)} articles: "
          f"{low:.3f} to {high:.3f}")  # fmt: skip
    print()
    print_questions(figures["questions"])
    found = [article_features(a["text"]) for a in articles]
    differ = check_applier(found, predictions)
    print(
        f"\nthe benchmark's own arithmetic differs from the kit's on {differ} answers (0 expected)"
    )
    print(f"seconds per 1,000 words: {per_1k['cpu']:.4f} CPU (this process), "
          f"{per_1k['wall']:.4f} wall clock")  # fmt: skip

    if args.outlets:
        both = read_split(repo, ("train", "dev"))
        both_found = [article_features(a["text"]) for a in both]
        train = [a for a in both if split_of(a["id"]) == "train"]
        words = build.vocabulary(
            [a["text"] for a in train], build.polnear_words(build.polnear_path())
        )
        both, held_out = leave_one_outlet_out(both, both_found, words, min_articles=args.min_outlet)
        loo = {
            "articles": len(both),
            "outlets": len({a["source"] for a in both}),
            "frames": frame_figures(both, held_out),
            "questions": question_figures(both, held_out),
        }
        figures["leave_one_outlet_out"] = loo
        print(f"\nleave-one-outlet-out on train + dev: {loo['articles']} articles, "
              f"{loo['outlets']} outlets, each scored by a coder trained without it")  # fmt: skip
        print_frames(loo["frames"])
        print()
        print_questions(loo["questions"])

    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.record:
        if args.split != "dev":
            print("--record writes dev figures only.", file=sys.stderr)
            return 2
        record_accuracy(figures)
        print(f"wrote the dev figures into {ACCURACY.relative_to(ROOT)}")
    print(f"macro_kappa={figures['frames']['macro']['kappa']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
