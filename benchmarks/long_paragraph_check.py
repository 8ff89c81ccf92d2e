"""Check the windowed sentence splitting of long paragraphs against pysbd on whole paragraphs.

``kitlib.text`` gives pysbd a paragraph longer than ``LONG_PARAGRAPH``
characters in windows (pysbd's time grows with the square of a paragraph's
length). This script checks that the windows change nothing: for real news
paragraphs it compares the sentences found through windows with those pysbd
finds in the whole paragraph.

Texts: PolNeAR's **train** articles (never dev or test), cleaned by the kit.
Two checks:

* ``paragraphs``: every paragraph, split through tiny windows (``--window``
  characters, a third of it as margin), so that nearly every sentence end
  becomes a window's start;
* ``articles``: each article's paragraphs joined into one long paragraph (the
  shape of a transcript pasted without blank lines), split through windows
  of the kit's own size and through tiny ones.

It prints every disagreement and a last line ``disagreements=N``.

Run:  .venv/bin/python benchmarks/long_paragraph_check.py [--articles N] [--window 300] [--kit-only]
The corpus is read from the bare git mirror in $POLNEAR_GIT (default: the
PolNeAR mirror beside this project); to get it:
git clone --bare https://github.com/networkdynamics/PolNeAR
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

import _polnear


def train_texts(repo: Path, limit: int | None = None) -> list[str]:
    """The texts of PolNeAR's train articles (sorted by name; the first ``limit``)."""
    git = ["git", "--git-dir", str(repo)]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", "HEAD", "data/train/text/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    names = sorted(names)[:limit]
    found = subprocess.run(
        [*git, "cat-file", "--batch"],
        input="".join(f"HEAD:{n}\n" for n in names).encode(),
        capture_output=True,
        check=True,
    ).stdout
    texts, pos = [], 0
    while pos < len(found):
        header_end = found.index(b"\n", pos)
        size = int(found[pos:header_end].split()[2])
        texts.append(found[header_end + 1 : header_end + 1 + size].decode("utf-8"))
        pos = header_end + 1 + size + 1
    return texts


@contextmanager
def windows(long_paragraph: int, window: int, margin: int):
    """Change the splitter's window sizes for a while."""
    from kitlib import text

    saved = text.LONG_PARAGRAPH, text.WINDOW, text.WINDOW_MARGIN
    text.LONG_PARAGRAPH, text.WINDOW, text.WINDOW_MARGIN = long_paragraph, window, margin
    try:
        yield
    finally:
        text.LONG_PARAGRAPH, text.WINDOW, text.WINDOW_MARGIN = saved


def sentences(paragraph: str) -> list:
    from kitlib.text import _pysbd_sentences

    return _pysbd_sentences(paragraph, 0, 0, len(paragraph))


def compare(paragraph: str, settings: tuple[int, int, int], label: str) -> int:
    """1 (and the difference printed) if the windows change pysbd's sentences, else 0."""
    with windows(10**9, 10**9, 0):
        whole = sentences(paragraph)
    with windows(*settings):
        windowed = sentences(paragraph)
    if whole == windowed:
        return 0
    print(f"{label}: {len(whole)} sentences whole, {len(windowed)} through windows")
    for a, b in zip(whole, windowed, strict=False):
        if a != b:
            print(f"  whole:    {paragraph[a[1] : a[2]][:160]!r}")
            print(f"  windowed: {paragraph[b[1] : b[2]][:160]!r}")
            break
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--window", type=int, default=300, help="the tiny window, characters")
    parser.add_argument(
        "--kit-only", action="store_true", help="only the joined articles, with the kit's windows"
    )
    args = parser.parse_args()
    repo = _polnear.repository()
    if repo is None:
        print(_polnear.HOW_TO_GET)
        return 2
    warnings.simplefilter("ignore")
    from kitlib import text
    from kitlib.articles import cleaning

    tiny = (0, args.window, args.window // 3)
    kit = (text.LONG_PARAGRAPH, text.WINDOW, text.WINDOW_MARGIN)
    bad = paragraphs = joined = 0
    start = time.perf_counter()
    for number, raw in enumerate(train_texts(repo, args.articles)):
        cleaned = cleaning.clean(raw).text
        parts = [cleaned[s:e] for s, e in text.split_paragraphs(cleaned)]
        for i, paragraph in enumerate(parts):
            if args.kit_only:
                break
            paragraphs += 1
            bad += compare(paragraph, tiny, f"article {number} paragraph {i} (tiny windows)")
        one = " ".join(parts)
        joined += 1
        bad += compare(one, (0, kit[1], kit[2]), f"article {number} as one paragraph")
        if not args.kit_only:
            bad += compare(one, tiny, f"article {number} as one paragraph (tiny windows)")
    print(
        f"{paragraphs} paragraphs and {joined} joined articles of PolNeAR train checked in "
        f"{time.perf_counter() - start:.0f} s; tiny window {args.window} characters"
    )
    print(f"disagreements={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
