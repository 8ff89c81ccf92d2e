"""Check the shortcut in ``kitlib.text.split_sentences`` against pysbd itself.

``split_sentences`` does not ask pysbd about a paragraph that
``_is_one_sentence`` says pysbd would leave whole (it is slow). This script
asks pysbd anyway, for every paragraph the shortcut takes, and fails if pysbd
would have found anything else than one sentence covering the paragraph.

Paragraphs tried: every paragraph and every sentence of the bundled and
invented articles (raw and cleaned), each sentence again with its final mark
changed, and random paragraphs made of the articles' words mixed with
abbreviations, list markers, numbers and quotation marks (fixed seed).

Run:  .venv/bin/python benchmarks/one_sentence_check.py [random paragraphs, default 20000]
"""

from __future__ import annotations

import random
import re
import sys
import warnings

SEED = 2026

#: Words that tempt a sentence splitter: abbreviations, list markers, numbers, initials.
TRICKY = (
    "Gov Sen Dr Mr Mrs St No Jr U S a b c i ii iii iv v x 1 2 3 10 99 1999 $5 5% A B I"
    " al ft co Va pm am etc vs Inc Ltd e g"
).split()

#: What may stand between two words.
SEPARATORS = (" ",) * 12 + (", ", ": ", " — ", " – ", "-", " “", "” ", "’", "'", '"', "  ", " & ")

#: How a paragraph may end.
ENDINGS = ("", ".", "!", "?", ".”", "!’", '."', "?”", ",”", "”", "'", ".'")


def texts() -> list[str]:
    """Paragraphs and sentences of the four articles, raw and cleaned."""
    import kitlib
    from kitlib.articles import load_invented_pair

    found = []
    for article in (*kitlib.load_pair(), *load_invented_pair()):
        found += article.paragraphs + article.sentences + article.raw.split("\n")
    for sentence in list(found):
        bare = sentence.rstrip(".!?\"'”’")
        found += [bare + ending for ending in ENDINGS]
    return found


def random_texts(n: int, words: list[str]) -> list[str]:
    rng = random.Random(SEED)
    pool = words + list(TRICKY) * 20
    made = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 25)):
            parts += [rng.choice(pool), rng.choice(SEPARATORS)]
        text = "".join(parts[:-1]) + rng.choice(ENDINGS)
        made.append(text[0].upper() + text[1:] if rng.random() < 0.8 else text)
    return made


def main(n: int) -> int:
    warnings.simplefilter("ignore")
    from kitlib.text import _is_one_sentence, _pysbd_sentences

    known = texts()
    words = sorted({w for t in known for w in re.findall(r"[\w’'$%-]+", t)})
    taken = wrong = 0
    for text in known + random_texts(n, words):
        if not _is_one_sentence(text):
            continue
        taken += 1
        pysbd_says = _pysbd_sentences(text, 0, 0, len(text))
        if pysbd_says != [(0, 0, len(text))]:
            wrong += 1
            print(f"pysbd disagrees: {text!r} -> {pysbd_says}")
    tried = len(known) + n
    print(f"{tried} paragraphs tried; the shortcut took {taken}; pysbd disagreed on {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000))
