"""How often is the name-level scorer itself wrong? A reader's audit of its verdicts on train.

Run from the kit's folder (needs PolNeAR and the PolNeAR scorer, as
``benchmarks/quotes_chooser.py`` does)::

    .venv/bin/python benchmarks/speaker_audit.py                 # the figures
    .venv/bin/python benchmarks/speaker_audit.py --show          # every sampled case, to read
    .venv/bin/python benchmarks/speaker_audit.py --show --stale  # only those to read again
    .venv/bin/python benchmarks/speaker_audit.py --record        # and write them for the kit

The kit (``find_quotes`` with the shipped weights) is run on every PolNeAR **train**
article; each quotation it finds that matches a gold quotation gets the scorer's
name-level verdict (``speaker_name_correct``; where that cannot tell, the mention test,
as the scorer counts). With a fixed seed, :data:`SAMPLE_WRONG` rows the scorer marks
wrong and :data:`SAMPLE_RIGHT` rows it marks right are drawn at random (not stratified).
A person read each drawn case and wrote a verdict in ``speaker_audit.csv`` beside this
script: ``kit right``, ``kit wrong`` or ``cannot tell``, with a short category. The CSV
holds the article's file name, the quotation's offsets, the speaker the kit showed and
the verdicts, no text of the corpus.

Without ``--show`` the script reads the CSV and prints the share of scorer-wrong rows a
reader counts right and of scorer-right rows a reader counts wrong (Wilson 95 %
intervals), and the train speaker accuracy as the reader counts it: the scorer's figure
corrected by both shares (:func:`corrected`). A verdict whose row the kit now shows with
another speaker (after a change to the chooser or the rules) is **stale**: it is counted,
left out of the figures, and listed by ``--show --stale`` to be read again.

Dev is never read here (its examples are not to be looked at), test never.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VERDICTS = HERE / "speaker_audit.csv"

#: How many scorer-wrong and scorer-right rows are drawn, and the seed of the draw.
SAMPLE_WRONG = 80
SAMPLE_RIGHT = 40
SEED = 13
#: Later draws, read after the first, from the rows not drawn yet, each with its own
#: seed (``SEED`` + offset) so the draws before it stay as they were read: (offset,
#: scorer verdict, how many). More scorer-right rows (their share read wrong decides most
#: of the interval), more scorer-wrong rows, then more scorer-right rows again.
LATER_DRAWS = ((1, True, 120), (2, False, 40), (3, True, 80))
#: A kit speaker longer than this many words is written to the CSV shortened, with a
#: digest, so the CSV holds names, not phrases of the corpus.
SPEAKER_WORDS = 4

#: The reader's verdicts.
KIT_RIGHT, KIT_WRONG, CANNOT_TELL = "kit right", "kit wrong", "cannot tell"
READER_VERDICTS = (KIT_RIGHT, KIT_WRONG, CANNOT_TELL)
#: The scorer's verdicts as written in the CSV.
SCORER_RIGHT, SCORER_WRONG = "right", "wrong"
#: The columns of the CSV, in order.
COLUMNS = ("file", "quote_start", "quote_end", "shape", "kit_speaker", "scorer", "reader",
           "category")  # fmt: skip
#: The shapes of the annotated source the figures are split by.
SHAPES = ("name", "he", "she", "description", "other")

Z95 = 1.959963984540054


# --------------------------------------------------------------------------
# Pure parts (tested without the corpus)
# --------------------------------------------------------------------------


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a share ``successes / n`` (95 % by default);
    ``(0.0, 1.0)`` when ``n`` is 0."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def corrected(right: int, wrong: int, wrong_read_right: float, right_read_wrong: float) -> float:
    """The accuracy a reader would count, from the scorer's ``right`` and ``wrong`` rows:
    the scorer-right rows a reader keeps plus the scorer-wrong rows a reader counts right,
    over all rows."""
    total = right + wrong
    if total == 0:
        return 0.0
    return (right * (1 - right_read_wrong) + wrong * wrong_read_right) / total


@dataclass(frozen=True)
class Verdict:
    """One read case: where it is, what the kit showed, what the scorer and reader said."""

    file: str
    quote_start: int
    quote_end: int
    shape: str
    kit_speaker: str
    scorer: str
    reader: str
    category: str

    @property
    def key(self) -> tuple[str, int, int]:
        return self.file, self.quote_start, self.quote_end


def read_verdicts(path: Path) -> list[Verdict]:
    """The verdicts of the CSV at ``path``; a clear message (SystemExit) on a bad file."""
    if not path.is_file():
        sys.exit(f"No verdicts yet: {path} does not exist (write it after --show).")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            sys.exit(f"{path}: the columns must be {', '.join(COLUMNS)}.")
        out = []
        for line, row in enumerate(reader, start=2):
            if row["reader"] not in READER_VERDICTS or row["scorer"] not in (
                SCORER_RIGHT,
                SCORER_WRONG,
            ):
                sys.exit(
                    f"{path}, line {line}: unknown verdict {row['scorer']!r} / {row['reader']!r}."
                )
            try:
                start, end = int(row["quote_start"]), int(row["quote_end"])
            except ValueError:
                sys.exit(f"{path}, line {line}: the offsets must be whole numbers.")
            out.append(Verdict(row["file"], start, end, row["shape"], row["kit_speaker"],
                               row["scorer"], row["reader"], row["category"]))  # fmt: skip
    return out


def split_stale(
    verdicts: list[Verdict], current: dict[tuple[str, int, int], tuple[str, str]]
) -> tuple[list[Verdict], list[Verdict]]:
    """``(still applying, stale)``: a verdict is stale when its quotation is no longer
    matched by the kit, or the kit now shows another speaker for it, or the scorer now
    says otherwise. ``current`` maps (file, start, end) to (speaker shown, scorer verdict)."""
    fresh, stale = [], []
    for v in verdicts:
        now = current.get(v.key)
        (fresh if now == (v.kit_speaker, v.scorer) else stale).append(v)
    return fresh, stale


@dataclass(frozen=True)
class Shares:
    """The two shares read by hand and the corrected accuracy, with their intervals."""

    wrong_read_right: int  # scorer-wrong rows a reader counts right
    wrong_decided: int  # scorer-wrong rows a reader could decide
    right_read_wrong: int
    right_decided: int
    scorer_accuracy: float
    reader_accuracy: float
    reader_low: float
    reader_high: float


def shares(verdicts: list[Verdict], right: int, wrong: int) -> Shares:
    """The shares among decided verdicts (``cannot tell`` left out) and the reader's
    accuracy over ``right`` + ``wrong`` scored rows. The interval puts both Wilson
    intervals at their unfavourable ends together, and both at their favourable ends:
    conservative (it covers at least 95 %)."""
    on_wrong = [v.reader for v in verdicts if v.scorer == SCORER_WRONG and v.reader != CANNOT_TELL]
    on_right = [v.reader for v in verdicts if v.scorer == SCORER_RIGHT and v.reader != CANNOT_TELL]
    a, na = on_wrong.count(KIT_RIGHT), len(on_wrong)
    b, nb = on_right.count(KIT_WRONG), len(on_right)
    a_low, a_high = wilson(a, na)
    b_low, b_high = wilson(b, nb)
    return Shares(
        a, na, b, nb,
        scorer_accuracy=right / (right + wrong) if right + wrong else 0.0,
        reader_accuracy=corrected(right, wrong, a / na if na else 0.0, b / nb if nb else 0.0),
        reader_low=corrected(right, wrong, a_low, b_high),
        reader_high=corrected(right, wrong, a_high, b_low),
    )  # fmt: skip


@dataclass(frozen=True)
class Cell:
    """One stratum: its scorer-right and scorer-wrong rows, and of the verdicts read in
    it, how many scorer-wrong rows a reader counts right (of how many decided) and how
    many scorer-right rows a reader counts wrong (of how many decided)."""

    right: int
    wrong: int
    wrong_read_right: int
    wrong_decided: int
    right_read_wrong: int
    right_decided: int


def cell(verdicts: list[Verdict], right: int, wrong: int) -> Cell:
    """The :class:`Cell` of ``right`` + ``wrong`` scored rows and their verdicts."""
    s = shares(verdicts, right, wrong)
    return Cell(right, wrong, s.wrong_read_right, s.wrong_decided, s.right_read_wrong,
                s.right_decided)  # fmt: skip


def stratified(cells: list[Cell]) -> float:
    """The reader's accuracy summed over strata, each corrected by its own shares (a
    stratum with no decided verdict of a kind keeps the scorer's verdicts there)."""
    total = sum(c.right + c.wrong for c in cells)
    kept = 0.0
    for c in cells:
        a = c.wrong_read_right / c.wrong_decided if c.wrong_decided else 0.0
        b = c.right_read_wrong / c.right_decided if c.right_decided else 0.0
        kept += c.right * (1 - b) + c.wrong * a
    return kept / total if total else 0.0


def monte_carlo(cells: list[Cell], draws: int = 20000, seed: int = SEED) -> tuple[float, float]:
    """A 95 % interval for the reader's accuracy over ``cells``: each stratum's two shares
    drawn from their Jeffreys distributions (Beta(k + 1/2, n - k + 1/2), independent, as
    the samples are), the 2.5th and 97.5th percentiles of the corrected accuracy."""
    rng = random.Random(seed)
    total = sum(c.right + c.wrong for c in cells)
    if total == 0:
        return 0.0, 0.0
    values = []
    for _ in range(draws):
        kept = 0.0
        for c in cells:
            a = rng.betavariate(
                c.wrong_read_right + 0.5, c.wrong_decided - c.wrong_read_right + 0.5
            )
            b = rng.betavariate(
                c.right_read_wrong + 0.5, c.right_decided - c.right_read_wrong + 0.5
            )
            kept += c.right * (1 - b) + c.wrong * a
        values.append(kept / total)
    values.sort()
    return values[int(0.025 * draws)], values[min(draws - 1, int(0.975 * draws))]


def draw(rows: list[tuple[str, int, int, bool]], seed: int = SEED) -> list[tuple[str, int, int]]:
    """The keys drawn, in the order read: :data:`SAMPLE_WRONG` of the scorer-wrong rows
    and :data:`SAMPLE_RIGHT` of the scorer-right rows (seed ``seed``), then the
    :data:`LATER_DRAWS` from the rows not drawn yet. ``rows`` are (file, start, end,
    right), sorted first so the draw does not depend on their order."""
    rows = sorted(rows)
    wrong = [r[:3] for r in rows if not r[3]]
    right = [r[:3] for r in rows if r[3]]
    rng = random.Random(seed)
    picked = rng.sample(wrong, min(SAMPLE_WRONG, len(wrong)))
    picked += rng.sample(right, min(SAMPLE_RIGHT, len(right)))
    for offset, scorer_right, k in LATER_DRAWS:
        taken = set(picked)
        left = [r for r in (right if scorer_right else wrong) if r not in taken]
        picked += random.Random(seed + offset).sample(left, min(k, len(left)))
    return picked


def speaker_key(shown: str) -> str:
    """The kit's speaker as the CSV holds it: as shown when it is a name of at most
    :data:`SPEAKER_WORDS` words, else its first three words and a digest of the rest."""
    words = shown.split()
    if len(words) <= SPEAKER_WORDS:
        return shown
    digest = hashlib.sha1(shown.encode("utf-8")).hexdigest()[:8]
    return " ".join(words[:3]) + f" ... #{digest}"


# --------------------------------------------------------------------------
# The corpus run
# --------------------------------------------------------------------------


def source_shape(scorer, gold: dict) -> str:
    """name / he / she / description / other (no source, they, it, I, we...)."""
    text = (gold.get("source_text") or "").strip()
    if not text:
        return "other"
    if text.lower() in ("he", "she"):
        return text.lower()
    if gold.get("pronoun"):
        return "other"
    return "name" if scorer._entity_names(text) else "description"


def shown(table, j: int) -> str:
    """The speaker the kit shows for row ``j``: the name, or the mention in brackets."""
    speaker = table["speaker"].iloc[j]
    if isinstance(speaker, str):
        return speaker
    mention = table["speaker_mention"].iloc[j]
    return f"({mention})" if isinstance(mention, str) else "(none)"


def chain_names(scorer, gold: dict, chains) -> str:
    """The names the scorer takes for the gold entity (the source's heads, or for a
    pronoun the heads in CoreNLP's chains through it)."""
    names = scorer._entity_names(gold.get("source_text"))
    if not names and gold.get("pronoun") and gold.get("source_frags"):
        for chain in chains:
            if any(
                scorer._overlap(m0, m1, a, b)
                for m0, m1, _ in chain
                for a, b in gold["source_frags"]
            ):
                for _, _, text in chain:
                    names |= scorer._entity_names(text)
    return ", ".join(sorted(names)) or "-"


def run(build, scorer, docs) -> list[dict]:
    """Every matched quotation of train: its key, the scorer's verdict (``build._right``,
    as the weights' labels and ``quotes_candidates.py`` take it) and what to show."""
    from kitlib.quotes import find_quotes

    rows = []
    for doc in docs:
        table = find_quotes(doc["text"])
        preds, _ = scorer.normalise_records(table, doc["text"])
        _, details = scorer.score_doc(doc, preds)
        chains = doc.get("chains", [])
        for i, j, _ in details:
            gold = doc["gold"][i]
            rows.append({
                "file": doc["name"] + ".txt", "start": gold["start"], "end": gold["end"],
                "right": bool(build._right(scorer, gold, preds[j], chains)),
                "doc": doc, "gold": gold,
                "shape": source_shape(scorer, gold), "speaker": speaker_key(shown(table, j)),
                "row": table.iloc[j], "chain": chain_names(scorer, gold, chains),
            })  # fmt: skip
    return rows


def context(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """The paragraphs before and around a quotation (about 1,200 characters back), with
    spans marked: ``marks`` are (start, end, open, close)."""
    begin = text.rfind("\n", 0, max(0, start - 1200)) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop == -1 else stop
    cuts = sorted(
        [(s, o) for s, _, o, _ in marks if begin <= s < stop]
        + [(e, c) for _, e, _, c in marks if begin < e <= stop],
        key=lambda x: x[0],
        reverse=True,
    )
    piece = text[begin:stop]
    for at, tag in cuts:
        piece = piece[: at - begin] + tag + piece[at - begin :]
    return piece


def show(row: dict, number: int) -> None:
    """Print one sampled case for reading (never for dev: this script reads train only)."""
    import pandas as pd

    gold, r, text = row["gold"], row["row"], row["doc"]["text"]
    marks = [(row["start"], row["end"], "<<", ">>")]
    for a, b in gold.get("source_frags") or []:
        marks.append((a, b, "[[", "]]"))
    if not pd.isna(r["speaker_start"]):
        marks.append((int(r["speaker_start"]), int(r["speaker_end"]), "{{", "}}"))
    print(f"\n##### {number}  {row['file']} {row['start']}-{row['end']}  shape={row['shape']}"
          f"  scorer={'right' if row['right'] else 'wrong'}")  # fmt: skip
    print(f"gold source [[..]]: {gold.get('source_text')!r}   scorer's names: {row['chain']}")
    print(f"kit shows: {row['speaker']!r}  mention {{{{..}}}}: {r['speaker_mention']!r}  "
          f"kind {r['speaker_kind']}  guess {r['best_guess']!r}  rule {r['rule']}")  # fmt: skip
    print(context(text, row["start"], row["end"], marks))


def report(rows: list[dict], verdicts: list[Verdict]) -> tuple[Shares, tuple[float, float], int]:
    """Print the figures: staleness, the shares, the corrected accuracy, by shape; return
    the shares of all rows, their Monte Carlo interval and how many verdicts still apply."""
    current = {(r["file"], r["start"], r["end"]): (r["speaker"], _verdict(r)) for r in rows}
    fresh, stale = split_stale(verdicts, current)
    right = sum(r["right"] for r in rows)
    wrong = len(rows) - right
    print(f"PolNeAR train: {len(rows)} matched quotations, scorer right {right}, wrong {wrong}")
    print(f"verdicts read: {len(verdicts)}; still applying {len(fresh)}; stale {len(stale)} "
          "(left out; list them with --show --stale)")  # fmt: skip
    print("\nreader's verdicts (still applying), by scorer verdict:")
    for scorer_says in (SCORER_WRONG, SCORER_RIGHT):
        counts = Counter(v.reader for v in fresh if v.scorer == scorer_says)
        print(f"  scorer {scorer_says}: " + ", ".join(f"{k} {counts[k]}" for k in READER_VERDICTS))
        cats = Counter((v.reader, v.category) for v in fresh if v.scorer == scorer_says)
        for (reader, category), n in sorted(cats.items(), key=lambda x: (x[0][0], -x[1])):
            print(f"      {reader:12} {category:40} {n}")
    overall = shares(fresh, right, wrong)
    interval = monte_carlo([cell(fresh, right, wrong)])
    print("\n" + _figures("all", overall, interval))
    cells = []
    for shape in SHAPES:
        shaped = [r for r in rows if r["shape"] == shape]
        sample = [v for v in fresh if v.shape == shape]
        if not shaped:
            continue
        r_right = sum(r["right"] for r in shaped)
        cells.append(cell(sample, r_right, len(shaped) - r_right))
        print(_figures(f"{shape} ({len(shaped)} rows, {len(sample)} read)",
                       shares(sample, r_right, len(shaped) - r_right),
                       monte_carlo(cells[-1:])))  # fmt: skip
    low, high = monte_carlo(cells)
    print(f"\nall, corrected shape by shape (post-stratified): reader {stratified(cells):.3f}"
          f" [{low:.3f}, {high:.3f}] (Monte Carlo, Jeffreys)")  # fmt: skip
    return overall, interval, len(fresh)


def record(whole: Shares, interval: tuple[float, float], read: int, articles: int) -> None:
    """Write the audit's figures to ``data/evaluation/accuracy.csv`` (analysis ``speaker
    audit``, split train), for lesson 04 and the report to read; the other rows are kept."""
    import datetime

    from kitlib.evaluation import record_accuracy

    today = datetime.date.today().isoformat()
    low, high = interval
    share = whole.wrong_read_right / max(whole.wrong_decided, 1)
    figures = [
        ("speaker accuracy (name), scorer", whole.scorer_accuracy,
         "the shipped kit in sample, as the name-level scorer counts it"),
        ("speaker accuracy (name), read by hand", whole.reader_accuracy,
         f"the scorer's figure corrected by {read} verdicts read by hand"),
        ("speaker accuracy (name), read by hand, low", low, "95 % interval (Monte Carlo)"),
        ("speaker accuracy (name), read by hand, high", high, "95 % interval (Monte Carlo)"),
        ("scorer-wrong names a reader counts right", share,
         f"{whole.wrong_read_right} of {whole.wrong_decided} read"),
    ]  # fmt: skip
    record_accuracy(
        [
            {"analysis": "speaker audit", "measure": measure, "value": f"{value:.3f}",
             "corpus": "PolNeAR", "split": "train", "articles": str(articles),
             "script": "benchmarks/speaker_audit.py", "measured": today, "note": note}
            for measure, value, note in figures
        ],
        replace=lambda r: r["analysis"] == "speaker audit",
    )  # fmt: skip


def _verdict(row: dict) -> str:
    return SCORER_RIGHT if row["right"] else SCORER_WRONG


def _figures(title: str, s: Shares, interval: tuple[float, float]) -> str:
    a_low, a_high = wilson(s.wrong_read_right, s.wrong_decided)
    b_low, b_high = wilson(s.right_read_wrong, s.right_decided)
    a = s.wrong_read_right / s.wrong_decided if s.wrong_decided else float("nan")
    b = s.right_read_wrong / s.right_decided if s.right_decided else float("nan")
    mc_low, mc_high = interval
    return (
        f"{title}:\n"
        f"  scorer-wrong rows a reader counts right: {s.wrong_read_right}/{s.wrong_decided}"
        f" = {a:.3f} [{a_low:.3f}, {a_high:.3f}]\n"
        f"  scorer-right rows a reader counts wrong: {s.right_read_wrong}/{s.right_decided}"
        f" = {b:.3f} [{b_low:.3f}, {b_high:.3f}]\n"
        f"  speaker accuracy (name): scorer {s.scorer_accuracy:.3f}; reader {s.reader_accuracy:.3f}"
        f" [{s.reader_low:.3f}, {s.reader_high:.3f}] (both Wilson intervals at their ends"
        f" together); 95 % Monte Carlo (Jeffreys) [{mc_low:.3f}, {mc_high:.3f}]"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every sampled case to read")
    parser.add_argument("--stale", action="store_true", help="with --show: only stale verdicts")
    parser.add_argument("--first", type=int, default=1, help="with --show: start at this case")
    parser.add_argument("--verdicts", type=Path, default=VERDICTS, help="the verdicts CSV")
    parser.add_argument("--record", action="store_true",
                        help="also write the figures to data/evaluation/accuracy.csv")  # fmt: skip
    parser.add_argument("--template", action="store_true",
                        help="print the CSV rows of the sample, verdicts empty")  # fmt: skip
    args = parser.parse_args(argv)
    from _common import quotes_build  # beside this script; imported here, so the tests of
    # the pure parts can load this file from anywhere

    build = quotes_build()
    scorer = build.load_scorer()
    if scorer is None:
        sys.exit("The PolNeAR scorer quotes_bench.py was not found: set QUOTES_BENCH to its path.")
    docs = build.load_train(scorer)
    rows = run(build, scorer, docs)
    by_key = {(r["file"], r["start"], r["end"]): r for r in rows}
    picked = draw([(r["file"], r["start"], r["end"], r["right"]) for r in rows])
    if args.template:
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(COLUMNS)
        for key in picked:
            r = by_key[key]
            out.writerow([*key, r["shape"], r["speaker"], _verdict(r), "", ""])
        return 0
    if args.show:
        keys = picked
        if args.stale:
            current = {k: (r["speaker"], _verdict(r)) for k, r in by_key.items()}
            _, stale = split_stale(read_verdicts(args.verdicts), current)
            keys = [v.key for v in stale]
        for number, key in enumerate(keys, start=1):
            if number < args.first:
                continue
            if key in by_key:
                show(by_key[key], number)
            else:
                print(f"\n##### {number}  {key}: the kit no longer matches this quotation")
        return 0
    whole, interval, read = report(rows, read_verdicts(args.verdicts))
    if args.record:
        record(whole, interval, read, len(docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
