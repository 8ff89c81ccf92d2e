"""Rebuild the frame coder's weights from the Narrative Frames Corpus (run by hand, offline).

The kit's machine frame coder (``kitlib.frames.coder``) reads three small tables
this script writes; it never needs the corpora or scikit-learn itself::

    pip install -e '.[train]'           # scikit-learn, for this script only
    python data/frames/build.py         # reads the corpus from $NFC_GIT, PolNeAR from $POLNEAR_GIT
    python -m kitlib.data manifest

The Narrative Frames Corpus (Frermann, Li, Khanehzar & Mikolajczak, ACL 2023;
github.com/phenixace/narrative-framing, MIT licence) is read from a bare git
copy: ``$NFC_GIT``, or ``.mirror/phenixace+narrative-framing/repo`` in a folder
above this one. Only the **train** split is read (article ID % 4 is 2 or 3);
dev (ID % 4 == 1) is for reporting and test (ID % 4 == 0) for the project's
release check, and neither is touched here. No text of the corpus is written:
the tables hold feature names (the kit's own), numbers, and single words common
in both the NFC and PolNeAR train articles (:func:`vocabulary`). Of PolNeAR
only the train articles' sets of words are read, for that rule.

What it does, question by question (see README.md in this folder):

1. the features of every train article (``kitlib.frames.features``), each
   standardised with its train mean and standard deviation;
2. one L2-regularised logistic regression per codebook question, over the
   features listed in :data:`QUESTION_FEATURES`, where every coder's answer to
   every article is one sample; the regularisation ``C`` is chosen from
   :data:`CS` by log loss in 5-fold cross-validation by article (three
   shuffles, seeds 0, 1, 2);
3. Platt calibration of its out-of-fold scores against the coders' answers;
4. the threshold: the probability above which the coder says "yes" as often,
   out of fold, as the trained coders did;
5. for each model in :data:`WORD_MODELS` (the frames), a word component: an
   L1-regularised logistic regression over which words of the word rule
   (:func:`vocabulary`) an article uses, built the same way; its out-of-fold
   log-odds are one more input of the model (stacking);
6. for each frame, a logistic regression over its questions' calibrated
   log-odds (or, for the frames in :data:`RULE_FRAMES`, over one input: the
   log-odds that at least k of them are yes, the corpus's rule for the label,
   :data:`FRAME_RULES`) and its word component's, against the corpus's
   aggregated frame label, built the same way (:data:`FRAME_THRESHOLD` says how
   its threshold is set).

Every number is rounded (:data:`DIGITS`), so a rebuild writes the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "coder_weights.csv"
FEATURES = HERE / "coder_features.csv"
WORDS = HERE / "coder_words.csv"

#: Significant decimals in the written tables.
DIGITS = 4

#: The regularisation strengths tried (inverse: a small C means strong shrinkage).
CS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)

#: The regularisation strengths tried for a word model (L1: a small C keeps few words).
WORD_CS = (0.03, 0.1, 0.3, 1.0)

#: The word rule: a word may enter the word table only if it is in at least
#: :data:`WORD_SHARE` of the NFC train articles (climate news) *and* of the PolNeAR
#: train articles (US election news, 2016), is not more than :data:`WORD_RATIO` times
#: as common (share of articles) in one of them as in the other, is made of letters
#: only, and is written in lower case in at least half of its uses in the NFC train
#: articles (not a name). A topic word is much more common in the news about its
#: topic ("climate" is in 88 % of the climate articles and 5 % of the election
#: articles; "campaign" in 16 % and 55 %), so it cannot pass.
WORD_SHARE = 0.03
WORD_RATIO = 2.0

#: The models that read a word component (its calibrated log-odds, out of fold on
#: train, as one more input). Tried for every frame; kept only where it raised the
#: frame's kappa in train cross-validation in every configuration tried (morality:
#: 0.45-0.51 without, 0.49-0.60 with); for the other frames it moved kappa by less
#: than the cross-validation's noise, or down, and on dev it lowered responsibility
#: and human interest (benchmarks/RESULTS.md, issue 23, second round).
WORD_MODELS = ("frame:morality",)

#: How a frame's threshold is set: "rate" (the frame is present as often, out of
#: fold, as in the coders' labels) or "kappa" (the out-of-fold best agreement).
FRAME_THRESHOLD = "rate"

#: Cross-validation: folds by article, and the shuffles averaged.
FOLDS = 5
SEEDS = (0, 1, 2)

#: The corpus's question keys whose "yes" (any of them) answers each kit question;
#: the same mapping as the project's shared bench (frames_bench.QUESTION_MAP). The
#: corpus asks one question where the kit asks two (R2: a government is to blame;
#: R4: a person or group is): both learn from it, with different features.
QUESTION_MAP = {
    "R1": ["re6"], "R2": ["re7"], "R3": ["re2"], "R4": ["re7"], "R5": ["re5"],
    "H1": ["hi1"], "H2": ["hi2"], "H3": ["hi3", "hi4"], "H4": ["hi5"],
    "C1": ["co1"], "C2": ["co2"], "C3": ["co3"], "C4": ["co4"],
    "M1": ["mo1"], "M2": ["mo2"], "M3": ["mo3"],
    "E1": ["ec1"], "E2": ["ec2"], "E3": ["ec3"],
}  # fmt: skip

#: The features each question's regression may use (the article's length is added
#: to every one). Chosen by what the question asks, not searched for; C1 and C2 also
#: read *protest* (protesters, demands, petitions), added after reading train
#: articles whose coders saw a conflict the coder missed (RESULTS.md, fifth round).
QUESTION_FEATURES = {
    "R1": "government actors solution intent rollback prescription urgency economy science "
          "partisan affected quotes speakers",
    "R2": "blame government reproach harm science critics scorn contrast",
    "R3": "solution intent rollback actors prescription government economy cost science "
          "urgency affected",
    "R4": "blame partisan reproach harm science critics scorn contrast",
    "R5": "urgency risk harm prescription solution intent science affected",
    "H1": "affected animals harm family home personal emotion quoted_self risk",
    "H2": "emotion harm scorn opinion writer_i writer_you questions exclamations family "
          "personal religion moral",
    "H3": "harm affected animals risk economy cost money family home figures people_harm "
          "people_money",
    "H4": "personal family home emotion quoted_self affected",
    "C1": "contrast critics sides disagreement reproach argue partisan government rollback "
          "speakers two_sides quotes scorn science protest",
    "C2": "reproach critics scorn partisan government disagreement blame speakers protest",
    "C3": "contrast critics sides disagreement argue two_sides speakers quotes government "
          "partisan science",
    "C4": "winlose partisan disagreement reproach government",
    "M1": "moral religion opinion writer_i writer_you questions scorn prescription emotion "
          "quotes speakers",
    "M2": "religion moral opinion writer_i",
    "M3": "prescription writer_you writer_i moral opinion",
    "E1": "money cost economy econ_effects percent figures",
    "E2": "money cost economy percent figures",
    "E3": "economy econ_effects cost money percent solution government",
}  # fmt: skip

#: The corpus's aggregated frame labels (metadata columns) and the questions each
#: frame's model rests on: those that define the label in the corpus (on train, the
#: responsibility label is exactly "the coders' majority said yes to re2 and re6",
#: kit R3 and R1; morality is mo1 or mo2; the others follow their questions closely).
FRAME_COLUMNS = {
    "responsibility": "RE", "human_interest": "HI", "conflict": "CO",
    "morality": "MO", "economic": "EC",
}  # fmt: skip
FRAME_QUESTIONS = {
    "responsibility": ["R1", "R3"],
    "human_interest": ["H1", "H2", "H4"],
    "conflict": ["C1", "C2", "C3"],
    "morality": ["M1", "M2"],
    "economic": ["E1", "E2", "E3"],
}

#: How the corpus builds its frame labels from the coders' answers, checked on every
#: train article (221 of 221 for each frame): a frame is present when the coders'
#: strict majority said yes to at least ``k`` of its questions (responsibility: both
#: re2 and re6, kit R3 and R1; human interest: 2 of hi1, hi2, hi5, kit H1, H2, H4;
#: conflict: 2 of C1-C3; morality: M1 or M2; economic: 2 of E1-E3).
FRAME_RULES = {
    "responsibility": (2, ["R1", "R3"]),
    "human_interest": (2, ["H1", "H2", "H4"]),
    "conflict": (2, ["C1", "C2", "C3"]),
    "morality": (1, ["M1", "M2"]),
    "economic": (2, ["E1", "E2", "E3"]),
}

#: The frames whose model reads its rule (one input: the log-odds that at least k
#: of its questions are yes, from the questions' probabilities taken as independent)
#: instead of its questions' log-odds one by one: those where the rule raised the
#: frame's kappa in nested cross-validation on train (nine outer shuffles) and did
#: not lower it with each outlet held out (RESULTS.md, issue 23, fourth round).
#: Economic keeps its questions (its three questions all read money, so they are far
#: from independent; the rule lowered it in both), and so does conflict (the rule
#: lowered it in two of three nested runs).
RULE_FRAMES = ("responsibility", "human_interest", "morality")


def rule_name(k: int, questions: list[str]) -> str:
    """A rule input's name in the tables: ``"2 of H1 H2 H4"``."""
    return f"{k} of {' '.join(questions)}"


def rule_log_odds(k: int, logits: list[np.ndarray]) -> np.ndarray:
    """A rule input's value from its questions' calibrated log-odds, one per article: the
    log-odds that at least k of them are yes, by the coder's own
    :func:`kitlib.frames.coder.at_least`."""
    from kitlib.frames.coder import at_least

    p = at_least(k, [1 / (1 + np.exp(-x)) for x in logits])
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


# --------------------------------------------------------------------------
# The corpus (train split only)
# --------------------------------------------------------------------------


def _mirror(variable: str, name: str) -> Path:
    """``$variable``, or the first ``.mirror/<name>/repo`` in a folder above this one."""
    if os.environ.get(variable):
        return Path(os.environ[variable])
    for parent in HERE.parents:
        candidate = parent / ".mirror" / name / "repo"
        if candidate.exists():
            return candidate
    return Path(".mirror") / name / "repo"


def corpus_path() -> Path:
    """$NFC_GIT, or the first ``.mirror/phenixace+narrative-framing/repo`` above this folder."""
    return _mirror("NFC_GIT", "phenixace+narrative-framing")


def _git_show(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"],
        capture_output=True, text=True, check=True, encoding="utf-8",
    ).stdout  # fmt: skip


def is_train(article_id: int) -> bool:
    """The train split: article ID % 4 is 2 or 3."""
    return article_id % 4 in (2, 3)


def train_articles(repo: Path) -> list[dict]:
    """The train articles: ``id, source, text, gold`` (frame labels), ``coders`` (answers)."""
    return read_articles(repo, is_train)


def read_articles(repo: Path, keep) -> list[dict]:
    """The articles whose ID ``keep(id)`` accepts, sorted by ID.

    Rows of other articles are dropped by their ID before their text is looked at.
    """
    csv.field_size_limit(10**8)
    table = csv.DictReader(io.StringIO(_git_show(repo, "data/articles_metadata.tsv")),
                           delimiter="\t")  # fmt: skip
    annotations = json.loads(_git_show(repo, "data/full_annotations.json"))
    articles = []
    for row in table:
        try:
            article_id = int(row["ID"])
        except (TypeError, ValueError):
            continue
        if not keep(article_id) or str(article_id) not in annotations or not row.get("RE"):
            continue
        raw = annotations[str(article_id)]
        coders = []
        for i in range(4):
            answers = {}
            for key, value in raw.items():
                if key.startswith("_") or not isinstance(value, list):
                    continue
                answer = value[1][i] if len(value[1]) > i else -1
                if answer in ("yes", "no"):
                    answers[key] = answer == "yes"
            if answers:
                coders.append(answers)
        gold = {f: str(row[c]).strip().startswith("True") for f, c in FRAME_COLUMNS.items()}
        articles.append({"id": article_id, "source": row.get("source", ""), "text": row["text"],
                         "gold": gold, "coders": coders})  # fmt: skip
    return sorted(articles, key=lambda a: a["id"])


def coder_answer(answers: dict, question: str) -> bool | None:
    """One coder's answer to a kit question, from their answers by corpus question key:
    yes if any mapped corpus question is yes; None if they answered none of them."""
    keys = [k for k in QUESTION_MAP[question] if k in answers]
    return any(answers[k] for k in keys) if keys else None


def coder_answers(article: dict, question: str) -> list[bool]:
    """Each coder's answer to a kit question (:func:`coder_answer`), for the coders who
    answered it."""
    found = (coder_answer(c, question) for c in article["coders"])
    return [a for a in found if a is not None]


# --------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------


def _samples(x: np.ndarray, labels: list[list[bool]]) -> tuple[np.ndarray, np.ndarray]:
    """One sample per coder's answer: the article's features repeated, the answer as 0/1."""
    rows = [i for i, answers in enumerate(labels) for _ in answers]
    ys = [int(a) for answers in labels for a in answers]
    return x[rows], np.array(ys)


def _fit(x, labels, c, penalty="l2"):
    from sklearn.linear_model import LogisticRegression

    xs, ys = _samples(x, labels)
    if penalty == "l1":
        model = LogisticRegression(C=c, penalty="l1", solver="liblinear", max_iter=5000,
                                   random_state=0)  # fmt: skip
    else:
        model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    return model.fit(xs, ys)


def _out_of_fold(x, labels, c, penalty="l2") -> np.ndarray:
    """Out-of-fold scores (log-odds) for every article, averaged over :data:`SEEDS`."""
    from sklearn.model_selection import KFold

    scores = np.zeros(len(x))
    for seed in SEEDS:
        for train, test in KFold(FOLDS, shuffle=True, random_state=seed).split(x):
            model = _fit(x[train], [labels[i] for i in train], c, penalty)
            scores[test] += model.decision_function(x[test])
    return scores / len(SEEDS)


def _log_loss(scores: np.ndarray, labels: list[list[bool]]) -> float:
    p = 1 / (1 + np.exp(-scores))
    losses = [-np.log(p[i] if a else 1 - p[i]) for i, answers in enumerate(labels) for a in answers]
    return float(np.mean(losses))


def _platt(scores: np.ndarray, labels: list[list[bool]]) -> tuple[float, float]:
    """Slope and offset that turn out-of-fold scores into calibrated log-odds."""
    from sklearn.linear_model import LogisticRegression

    xs, ys = _samples(scores.reshape(-1, 1), labels)
    model = LogisticRegression(C=1e4, solver="lbfgs", max_iter=5000).fit(xs, ys)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def _rate_threshold(probabilities: np.ndarray, labels: list[list[bool]]) -> float:
    """The probability above which the coder says yes as often as the coders did."""
    rate = np.mean([a for answers in labels for a in answers])
    return float(np.quantile(probabilities, 1 - rate))


def kappa(a, b) -> float:
    """Cohen's kappa of two yes/no lists (NaN when chance agreement is total)."""
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    po = float(np.mean(a == b))
    pe = float(a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean()))
    return (po - pe) / (1 - pe) if pe < 1 else float("nan")


def _kappa_threshold(probabilities: np.ndarray, labels: list[list[bool]]) -> float:
    """The probability (out of fold) from which saying yes agrees best with the coders (kappa).

    Every probability seen is tried as a threshold, lowest first; ties keep the lowest.
    """
    xs, ys = _samples(np.round(probabilities, DIGITS).reshape(-1, 1), labels)
    best = (-np.inf, 0.5)
    for t in np.unique(xs[:, 0]):
        k = kappa(ys, xs[:, 0] >= t)
        if not np.isnan(k) and k > best[0] + 1e-9:
            best = (k, float(t))
    return best[1]


def fit_model(
    x: np.ndarray,
    labels: list[list[bool]],
    cs: tuple = CS,
    penalty: str = "l2",
    threshold: str = "rate",
) -> dict:
    """Choose C by cross-validation, fit on everything, calibrate, set the threshold.

    ``threshold`` is "rate" (say yes as often as the coders, out of fold) or
    "kappa" (the threshold whose out-of-fold answers agree best with the labels).
    """
    best = None
    for c in cs:
        scores = _out_of_fold(x, labels, c, penalty)
        loss = _log_loss(scores, labels)
        if best is None or loss < best[0] - 1e-9:
            best = (loss, c, scores)
    loss, c, scores = best
    slope, offset = _platt(scores, labels)
    calibrated = 1 / (1 + np.exp(-(slope * scores + offset)))
    model = _fit(x, labels, c, penalty)
    choose = _kappa_threshold if threshold == "kappa" else _rate_threshold
    return {
        "C": c,
        "cv_log_loss": loss,
        "intercept": float(model.intercept_[0]),
        "weights": [float(w) for w in model.coef_[0]],
        "slope": slope,
        "offset": offset,
        "threshold": choose(calibrated, labels),
        "oof_logit": slope * scores + offset,
    }


def _round(value: float) -> str:
    text = f"{value:.{DIGITS}f}"
    return "0.0000" if text == "-0.0000" else text


def polnear_path() -> Path:
    """$POLNEAR_GIT, or the first ``.mirror/networkdynamics+PolNeAR/repo`` above this folder."""
    return _mirror("POLNEAR_GIT", "networkdynamics+PolNeAR")


def polnear_words(repo: Path) -> list[set[str]]:
    """The words of each PolNeAR **train** article (a set per article; no text kept)."""
    from kitlib.frames.features import words_of

    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    names = sorted(p for p in listing if p.startswith("data/train/text/"))
    return [set(words_of(_git_show(repo, name))) for name in names]


def vocabulary(texts: list[str], other: list[set[str]], share: float = WORD_SHARE) -> list[str]:
    """The words the word table may use (:data:`WORD_SHARE`'s rule), sorted.

    ``texts`` are the NFC train articles, ``other`` the PolNeAR train articles' word sets.
    """
    from collections import Counter

    from kitlib.frames.features import words_of

    here, lower, uses = Counter(), Counter(), Counter()
    for text in texts:
        written = words_of(text, lower_case=False)
        here.update({w.lower() for w in written})
        for w in written:
            uses[w.lower()] += 1
            lower[w.lower()] += w == w.lower()
    there = Counter(w for words in other for w in words)

    def common_in_both(w: str) -> bool:
        a, b = here[w] / len(texts), there[w] / len(other)
        return min(a, b) >= share and max(a, b) <= WORD_RATIO * min(a, b)

    return sorted(
        w for w in here if common_in_both(w) and w.isalpha() and lower[w] >= 0.5 * uses[w]
    )


def build(repo: Path, polnear: Path) -> tuple[list[list[str]], ...]:
    """The three tables as rows of strings (features, weights, words), from the train split."""
    warnings.simplefilter("ignore")
    from kitlib.frames.features import article_features

    articles = train_articles(repo)
    found = [article_features(a["text"]) for a in articles]
    words = vocabulary([a["text"] for a in articles], polnear_words(polnear))
    return fit_tables(
        [f.values for f in found], articles, [set(f.words_at) for f in found], words, verbose=True
    )


def word_matrix(present: list[set[str]], words: list[str]) -> np.ndarray:
    """1 where an article uses a word of ``words``, else 0 (articles × words)."""
    index = {w: i for i, w in enumerate(words)}
    x = np.zeros((len(present), len(words)))
    for row, seen in enumerate(present):
        for w in seen:
            if w in index:
                x[row, index[w]] = 1.0
    return x


def fit_tables(
    found: list[dict],
    articles: list[dict],
    present: list[set[str]],
    words: list[str],
    verbose: bool = False,
) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Fit every model on these articles: their feature values, words, coders' answers and labels.

    ``found`` holds each article's ``Features.values``; ``articles`` each article's
    ``coders`` and ``gold`` (as :func:`train_articles` gives them); ``present`` each
    article's words (``set(Features.words_at)``); ``words`` the words the word
    table may use (:func:`vocabulary`). Returns the rows of the features table,
    the weights table and the word table (strings, rounded).
    """
    from kitlib.frames.features import feature_names

    names = list(feature_names())
    values = np.array([[f[n] for n in names] for f in found])
    means = np.round(values.mean(axis=0), DIGITS)
    scales = np.round(values.std(axis=0), DIGITS)
    scales[scales == 0] = 1.0
    z = (values - means) / scales
    bag = word_matrix(present, words)

    feature_rows = [["feature", "mean", "scale"]]
    feature_rows += [
        [n, _round(m), _round(s)] for n, m, s in zip(names, means, scales, strict=True)
    ]
    weight_rows = [["model", "feature", "weight"]]
    word_rows = [["model", "word", "weight"]]

    def word_input(model: str, labels: list[list[bool]]) -> np.ndarray:
        """Fit the model's word component; its out-of-fold log-odds, centred, as an input."""
        fitted = fit_model(bag, labels, WORD_CS, penalty="l1")
        word_rows.extend(_word_rows(model, words, fitted))
        key = "words:" + model.removeprefix("frame:")
        centre = round(float(np.mean(fitted["oof_logit"])), DIGITS)
        feature_rows.append([key, _round(centre), _round(1.0)])
        if verbose:
            kept = sum(1 for w in fitted["weights"] if _round(w) != "0.0000")
            print(f"words for {model}: C={fitted['C']}, {kept} words", file=sys.stderr)
        return fitted["oof_logit"] - centre

    logits = {}
    for question, listed in QUESTION_FEATURES.items():
        used = listed.split() + ["length"]
        x = z[:, [names.index(f) for f in used]]
        labels = [coder_answers(a, question) for a in articles]
        if question in WORD_MODELS:
            x = np.column_stack([x, word_input(question, labels)])
            used = [*used, f"words:{question}"]
        fitted = fit_model(x, labels)
        logits[question] = fitted["oof_logit"]
        weight_rows += _model_rows(question, used, fitted)
        if verbose:
            print(f"{question}: C={fitted['C']}, CV log loss {fitted['cv_log_loss']:.4f}",
                  file=sys.stderr)  # fmt: skip
    # the frame models read each question's log-odds relative to its train mean, so
    # that, like a feature's, a question's push is measured from an average article
    centres = {q: round(float(np.mean(v)), DIGITS) for q, v in logits.items()}
    feature_rows += [[q, _round(centres[q]), _round(1.0)] for q in QUESTION_FEATURES]
    for frame, questions in FRAME_QUESTIONS.items():
        x = np.column_stack([logits[q] - centres[q] for q in questions])
        used = list(questions)
        if frame in RULE_FRAMES:
            k, ruled = FRAME_RULES[frame]
            value = rule_log_odds(k, [logits[q] for q in ruled])
            centre = round(float(np.mean(value)), DIGITS)
            used = [rule_name(k, ruled)]
            feature_rows.append([used[0], _round(centre), _round(1.0)])
            x = (value - centre).reshape(-1, 1)
        labels = [[a["gold"][frame]] for a in articles]
        if f"frame:{frame}" in WORD_MODELS:
            x = np.column_stack([x, word_input(f"frame:{frame}", labels)])
            used.append(f"words:{frame}")
        fitted = fit_model(x, labels, threshold=FRAME_THRESHOLD)
        weight_rows += _model_rows(f"frame:{frame}", used, fitted)
        if verbose:
            print(f"frame:{frame}: C={fitted['C']}, CV log loss {fitted['cv_log_loss']:.4f}",
                  file=sys.stderr)  # fmt: skip
    return feature_rows, weight_rows, word_rows


def _word_rows(model: str, words: list[str], fitted: dict) -> list[list[str]]:
    """A word model's rows: intercept, calibration, C, then every word kept (non-zero weight)."""
    rows = [
        [model, "(intercept)", _round(fitted["intercept"])],
        [model, "(calibration slope)", _round(fitted["slope"])],
        [model, "(calibration offset)", _round(fitted["offset"])],
        [model, "(C)", _round(fitted["C"])],
    ]
    kept = [(w, _round(x)) for w, x in zip(words, fitted["weights"], strict=True)]
    return rows + [[model, w, x] for w, x in kept if x != "0.0000"]


def _model_rows(model: str, used: list[str], fitted: dict) -> list[list[str]]:
    rows = [[model, "(intercept)", _round(fitted["intercept"])]]
    rows += [[model, f, _round(w)] for f, w in zip(used, fitted["weights"], strict=True)]
    rows += [
        [model, "(calibration slope)", _round(fitted["slope"])],
        [model, "(calibration offset)", _round(fitted["offset"])],
        [model, "(threshold)", _round(fitted["threshold"])],
        [model, "(C)", _round(fitted["C"])],
    ]
    return rows


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def main() -> int:
    repo, polnear = corpus_path(), polnear_path()
    for path, what, github, variable in (
        (repo, "The Narrative Frames Corpus", "phenixace/narrative-framing", "NFC_GIT"),
        (polnear, "PolNeAR (the word rule needs its train articles)",
         "networkdynamics/PolNeAR", "POLNEAR_GIT"),
    ):  # fmt: skip
        if not path.exists():
            print(f"{what} is not at {path}. Get a bare copy with\n"
                  f"  git clone --bare https://github.com/{github}\n"
                  f"and point the environment variable {variable} at it.",
                  file=sys.stderr)  # fmt: skip
            return 1
    features, weights, words = build(repo, polnear)
    _write(FEATURES, features)
    _write(WEIGHTS, weights)
    _write(WORDS, words)
    print(f"wrote {FEATURES.name} ({len(features) - 1} features), "
          f"{WEIGHTS.name} ({len(weights) - 1} rows) and {WORDS.name} ({len(words) - 1} rows)",
          file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
