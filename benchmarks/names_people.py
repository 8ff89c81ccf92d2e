"""Who is named: score kitlib.actors.people on real news it was not written from.

Reads PolNeAR (2016 US election news from seven publishers, with Stanford
CoreNLP's output) from a bare git mirror and compares, per article, the
surnames of the people the kit finds with the surnames of the PERSON entities
CoreNLP tagged: the same rule as the shared scorer ``names_bench.py`` (whose
``surname`` and ``corenlp_people`` functions this script uses). CoreNLP's
tags are a strong statistical tagger's, not a human annotation: a silver
standard, good for finding noise and misses.

Prints precision, recall and F1; recall of the people CoreNLP names at least
twice; the 20 most frequent false and missed people; seconds per 1,000 words.
Rules are written on ``--split train``; figures are reported on ``dev``
(the default). The ``test`` split is the project's release check: this
script refuses it.

Usage::

    POLNEAR_GIT=/path/to/PolNeAR.git python benchmarks/names_people.py [--split dev]

Get the corpus with ``git clone --bare https://github.com/networkdynamics/PolNeAR``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import _polnear

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _find(relative: str, env: str | None = None) -> Path | None:
    if env and os.environ.get(env):
        return Path(os.environ[env])
    for base in (ROOT.parent, ROOT.parent.parent, ROOT.parent.parent.parent):
        if (base / relative).exists():
            return base / relative
    return None


def _scorer():
    path = _find("shared/bench/names_bench.py", "NAMES_BENCH")
    if path is None:
        sys.exit("names_bench.py (the shared scorer) not found: set NAMES_BENCH to its path.")
    spec = importlib.util.spec_from_file_location("names_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_split(repo: Path, split: str) -> list[tuple[str, str, str]]:
    """``(stem, text, corenlp_xml)`` for every article of a split that has CoreNLP output."""
    git = ["git", "--git-dir", str(repo)]
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", "HEAD", f"data/{split}/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    texts = sorted(p for p in listing if p.startswith(f"data/{split}/text/"))
    xmls = set(p for p in listing if p.startswith(f"data/{split}/corenlp/"))
    wanted = []
    for path in texts:
        stem = path.rsplit("/", 1)[1]
        xml = f"data/{split}/corenlp/{stem}.xml"
        if xml in xmls:
            wanted.append((stem, path, xml))
    request = "".join(f"HEAD:{p}\nHEAD:{x}\n" for _, p, x in wanted).encode()
    out = subprocess.run([*git, "cat-file", "--batch"], input=request, capture_output=True,
                         check=True).stdout  # fmt: skip
    blobs: list[str | None] = []
    at = 0
    while at < len(out):
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        at = header_end + 1
        if header[-1] == b"missing":  # a few CoreNLP files are not in the mirror
            blobs.append(None)
            continue
        size = int(header[2])
        # as `git show` in text mode gives it (the shared scorer): universal newlines
        blob = out[at : at + size].decode("utf-8")
        blobs.append(blob.replace("\r\n", "\n").replace("\r", "\n"))
        at += size + 1
    return [
        (stem, blobs[2 * i], blobs[2 * i + 1])
        for i, (stem, _, _) in enumerate(wanted)
        if blobs[2 * i] is not None and blobs[2 * i + 1] is not None
    ]


def main(argv: list[str] | None = None) -> int:
    parser = _polnear.split_parser(__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=20, help="how many false and missed people")
    parser.add_argument("--finder", default="kitlib.actors:people")
    args = parser.parse_args(argv)
    repo = _polnear.repository()
    if repo is None:
        print(_polnear.HOW_TO_GET)
        return 1
    bench = _scorer()
    warnings.simplefilter("ignore")
    import importlib

    from kitlib.articles import article_from_text

    module, function = args.finder.split(":")
    find = getattr(importlib.import_module(module), function)
    articles = read_split(repo, args.split)
    tp = fp = fn = tp2 = fn2 = words = 0
    seconds = 0.0
    false, missed = Counter(), Counter()
    for _stem, text, xml in articles:
        gold = bench.corenlp_people(xml)
        article = article_from_text(text)
        words += len(text.split())
        start = time.perf_counter()
        predicted = bench.finder_people(find(article))
        seconds += time.perf_counter() - start
        g = set(gold)
        tp += len(g & predicted)
        fp += len(predicted - g)
        fn += len(g - predicted)
        twice = {k for k, n in gold.items() if n >= 2}
        tp2 += len(twice & predicted)
        fn2 += len(twice - predicted)
        false.update(predicted - g)
        missed.update(g - predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    r2 = tp2 / (tp2 + fn2) if tp2 + fn2 else 0.0
    print(f"PolNeAR {args.split}: {len(articles)} articles, {words} words, finder {args.finder}")
    print(f"  people (surnames) vs CoreNLP PERSON: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    print(f"  recall of people CoreNLP names at least twice: {r2:.3f}")
    print(
        f"  {seconds / words * 1000:.4f} s per 1,000 words (finder only; busy machines are slower)"
    )
    print(f"  {args.top} most frequent false people (surname: articles):")
    print("    " + ", ".join(f"{k}: {n}" for k, n in false.most_common(args.top)))
    print(f"  {args.top} most frequent missed people (surname: articles):")
    print("    " + ", ".join(f"{k}: {n}" for k, n in missed.most_common(args.top)))
    print(f"person_f1={f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
