"""Synthetic articles for the scaling benchmark: bundled and invented paragraphs, shuffled.

Each synthetic article is about :data:`TARGET_WORDS` words long, made by drawing
paragraphs (with a fixed random seed) from the cleaned texts of the bundled
pair and the two invented articles of lesson 07. The texts are not news; they
only give the analyses realistic paragraphs to chew on.
"""

from __future__ import annotations

import random
import re

#: About how many words each synthetic article has.
TARGET_WORDS = 800

#: The seed, so every run times the same texts.
SEED = 2016


def source_paragraphs() -> list[str]:
    """Every paragraph of the bundled pair and the invented pair (cleaned text)."""
    import kitlib
    from kitlib.articles import load_invented_pair

    paragraphs = []
    for article in (*kitlib.load_pair(), *load_invented_pair()):
        paragraphs += article.paragraphs
    return paragraphs


def synthetic_texts(n: int, seed: int = SEED) -> list[str]:
    """``n`` texts of about :data:`TARGET_WORDS` words, paragraphs separated by blank lines."""
    pool = source_paragraphs()
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        chosen, words = [], 0
        while words < TARGET_WORDS:
            paragraph = rng.choice(pool)
            chosen.append(paragraph)
            words += len(re.findall(r"\w+", paragraph))
        texts.append("\n\n".join(chosen))
    return texts
