"""How fast the kit loads an article, and proof that a faster loader loads the same.

Loading is ``article_from_text``: cleaning, paragraphs, sentences, artifacts and
the language check. Texts: the bundled pair and the invented pair (raw text), and
the first articles of the **train** splits of PolNeAR (``$POLNEAR_GIT``) and of
the Narrative Frames Corpus (``$NFC_GIT``; train is ID % 4 in {2, 3}). Dev and
test are never read here. A corpus that is missing is left out, with a note.

Run:
    .venv/bin/python benchmarks/loading_speed.py time [--polnear 50] [--nfc 50] [--rounds 3]
    .venv/bin/python benchmarks/loading_speed.py profile [--polnear 50] [--nfc 50]
    .venv/bin/python benchmarks/loading_speed.py record FILE.pkl [--polnear 200] [--nfc 150]
    .venv/bin/python benchmarks/loading_speed.py compare FILE.pkl [same counts]

``time`` prints CPU seconds per 1,000 words (this process's CPU time, so other
jobs on the machine count little; the load average is printed beside it) for
each group of texts. ``record`` stores, for every text, what loading gave: the
cleaned text, paragraphs, sentences, words, the cleaning log, the artifacts
and the metadata; ``compare`` loads them again and lists every difference
(nothing is stored but the results: run record before a change, compare after).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _polnear  # noqa: E402


def _nfc_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "frames_build", HERE.parent / "data/frames/build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def kit_texts() -> list[tuple[str, str]]:
    """The raw texts of the bundled and invented pairs."""
    from kitlib.articles import load_invented_pair, load_pair

    return [(f"kit:{a.name}", a.raw) for a in (*load_pair(), *load_invented_pair())]


def polnear_texts(n: int) -> list[tuple[str, str]]:
    """The first ``n`` PolNeAR train texts (by file name)."""
    repo = _polnear.repository()
    if repo is None or n <= 0:
        if n > 0:
            print("(PolNeAR not found: left out)", file=sys.stderr)
        return []
    names = [
        p
        for p in _polnear._git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
        if p.startswith("data/train/text/")
    ]
    return [
        (f"polnear:{p.rsplit('/', 1)[1]}", _polnear._git(repo, "show", f"HEAD:{p}"))
        for p in sorted(names)[:n]
    ]


def nfc_texts(n: int) -> list[tuple[str, str]]:
    """The first ``n`` Narrative Frames Corpus train texts (by ID)."""
    if n <= 0:
        return []
    build = _nfc_module()
    repo = build.corpus_path()
    if not repo.exists():
        print("(Narrative Frames Corpus not found: left out)", file=sys.stderr)
        return []
    articles = build.read_articles(repo, build.is_train)[:n]
    return [(f"nfc:{a['id']}", a["text"]) for a in articles]


def synth_texts(n: int) -> list[tuple[str, str]]:
    """``n`` generated articles (benchmarks/synth.py, a fixed seed)."""
    import synth

    return [(f"synth:{i}", text) for i, text in enumerate(synth.synthetic_texts(n))]


def groups(polnear: int, nfc: int, generated: int = 0) -> dict[str, list[tuple[str, str]]]:
    found = {"bundled and invented pairs": kit_texts()}
    if generated:
        found[f"generated ({generated})"] = synth_texts(generated)
    if polnear:
        found[f"PolNeAR train ({polnear})"] = polnear_texts(polnear)
    if nfc:
        found[f"NFC train ({nfc})"] = nfc_texts(nfc)
    return {k: v for k, v in found.items() if v}


def load(text: str):
    from kitlib.articles import article_from_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return article_from_text(text)


def what_loading_gave(article) -> dict:
    return {
        "text": article.text,
        "paragraphs": article.paragraph_spans,
        "sentences": article.sentence_spans,
        "words": article.words,
        "log": article.log.to_dict("records"),
        "artifacts": article.artifacts.to_dict("records"),
        "meta": article.meta,
    }


def time_groups(found: dict, rounds: int) -> None:
    load("Warm up. The segmenter is made once.\n\nAnd the lists are read once.")
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for name, texts in found.items():
        words = sum(len(load(t).words) for _, t in texts)
        best = None
        for _ in range(rounds):
            start = time.process_time()
            for _, text in texts:
                load(text)
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        print(
            f"{name}: {len(texts)} texts, {words:,} words, {best:.3f} s CPU "
            f"(best of {rounds}) = {1000 * best / words:.4f} s per 1,000 words"
        )


def profile(found: dict) -> None:
    texts = [t for v in found.values() for _, t in v]
    load("Warm up. The segmenter is made once.")
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        load(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(40)


def compare(path: str, found: dict) -> int:
    with open(path, "rb") as f:
        before = pickle.load(f)
    differ = same = missing = 0
    for texts in found.values():
        for key, text in texts:
            if key not in before:
                missing += 1
                continue
            now = what_loading_gave(load(text))
            if before[key] == now:
                same += 1
                continue
            differ += 1
            parts = [part for part in now if now[part] != before[key].get(part)]
            print(f"differs: {key}: {', '.join(parts)}")
    print(f"{same} texts identical, {differ} differ, {missing} not recorded")
    return 1 if differ or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("time", "profile", "record", "compare"))
    parser.add_argument("file", nargs="?", help="the recording, for record and compare")
    parser.add_argument("--polnear", type=int, default=50, help="PolNeAR train texts (default 50)")
    parser.add_argument("--nfc", type=int, default=50, help="NFC train texts (default 50)")
    parser.add_argument("--synth", type=int, default=0, help="generated texts (default 0)")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds; the best counts")
    args = parser.parse_args(argv)
    if args.command in ("record", "compare") and not args.file:
        parser.error(f"{args.command} needs a FILE")
    found = groups(args.polnear, args.nfc, args.synth)
    if args.command == "time":
        time_groups(found, args.rounds)
    elif args.command == "profile":
        profile(found)
    elif args.command == "record":
        recorded = {key: what_loading_gave(load(text)) for v in found.values() for key, text in v}
        with open(args.file, "wb") as f:
            pickle.dump(recorded, f)
        print(f"recorded {len(recorded)} texts in {args.file}")
    else:
        return compare(args.file, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
