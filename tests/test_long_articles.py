"""Time grows with the length of an article, not with its square (issue 18).

Each check times a step on a text and on one 8 times longer (CPU seconds, the
best of three runs) and compares the seconds per word. Linear cost gives a
ratio near 1 and quadratic cost near 8; the bound, :data:`MAX_RATIO`, is
generous because the machine may be busy. ``benchmarks/long_article.py``
prints the full figures (16x, every analysis).
"""

from __future__ import annotations

import random
import time
import warnings

import pytest

import kitlib
from kitlib import text as kittext

#: The longer text is this many times the shorter.
FACTOR = 8

#: Seconds per word on the longer text may be at most this many times those on the shorter.
MAX_RATIO = 3.0

#: Each step runs this many times; the fastest counts.
REPEAT = 2

SENTENCES = (
    "Senator Ada Quill of Vermont spoke to the U.S. Chamber of Commerce on Tuesday.",
    "Gov. Tom Reyes said the plan would cost about $4.5 billion over ten years.",
    "The committee, led by Dr. Lena Ortiz, met at 9 a.m. in St. Paul.",
    "Critics called the vote a mistake; supporters said it was long overdue.",
    "Mr. Reyes did not answer questions about the budget after the meeting.",
    "Was it worth it? Nobody in the room seemed sure, and the hearing ended early.",
)

QUOTED = (
    "\u201cWe will not wait another winter,\u201d Quill said.",
    "Reyes told reporters: \u201cThe bridge is safe for now.\u201d",
    "\u201cNobody asked the families,\u201d she added.",
    "The mayor said the repairs were \u201clong overdue\u201d and \u201ctoo expensive.\u201d",
)


def transcript(n_sentences: int) -> str:
    """One paragraph, no blank line: the shape of a pasted debate transcript."""
    rng = random.Random(18)
    return " ".join(rng.choice(SENTENCES) for _ in range(n_sentences))


def quotations(n_sentences: int) -> str:
    """Paragraphs of short quotations with their speakers."""
    rng = random.Random(18)
    picked = [rng.choice(QUOTED + SENTENCES[:2]) for _ in range(n_sentences)]
    return "\n\n".join(" ".join(picked[i : i + 3]) for i in range(0, n_sentences, 3))


def cpu_per_word(function, item, words: int) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        start = time.process_time()
        function(item)
        best = min(best, time.process_time() - start)
    return best / words


def ratio(function, make, n_sentences: int, prepare=lambda text: text) -> float:
    """Seconds per word of ``function(prepare(text))``, longer text over shorter.

    ``prepare`` (for example making the Article) is not timed.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        function(prepare(make(20)))  # warm up: word lists, patterns
        per_word = []
        for n in (n_sentences, n_sentences * FACTOR):
            text = make(n)
            per_word.append(cpu_per_word(function, prepare(text), len(kittext.words(text))))
    return per_word[1] / per_word[0]


def test_a_long_paragraph_loads_in_time_proportional_to_its_length():
    assert ratio(kitlib.article_from_text, transcript, 100) < MAX_RATIO


def test_every_analysis_of_a_long_paragraph_is_linear():
    def analyse(article):
        kitlib.analyze_many([article], progress=False)

    assert ratio(analyse, transcript, 100, prepare=kitlib.article_from_text) < MAX_RATIO


def test_the_window_split_agrees_with_pysbd_on_a_paragraph_of_usual_length(monkeypatch):
    paragraph = transcript(40)  # about 2,500 characters: pysbd takes it whole
    whole = kittext._pysbd_sentences(paragraph, 0, 0, len(paragraph))
    monkeypatch.setattr(kittext, "LONG_PARAGRAPH", 0)
    monkeypatch.setattr(kittext, "WINDOW", 400)
    monkeypatch.setattr(kittext, "WINDOW_MARGIN", 150)
    assert kittext._pysbd_sentences(paragraph, 0, 0, len(paragraph)) == whole
    assert len(whole) >= 40  # abbreviations ("Gov.", "a.m.", "U.S.") end no sentence


@pytest.mark.parametrize(
    "before, safe",
    [
        ("He said no. ", True),
        ("He said: \u201cNo. ", False),
        ("He said: \u201cNo.\u201d ", True),
        ('He said: "No. ', False),
        ('He said: "No." ', True),
        ("The vote (in March. ", False),
        ("He said \u2018no. ", False),
        ("Trump\u2019s plan. ", True),
    ],
)
def test_a_window_never_starts_inside_a_quotation(before, safe):
    assert kittext._outside_quotes(before) is safe


def test_find_quotes_is_linear_on_many_quotations():
    from kitlib.quotes import find_quotes

    assert ratio(find_quotes, quotations, 300, prepare=kitlib.article_from_text) < MAX_RATIO


def one_paragraph_of_quotations(n_sentences: int) -> str:
    """The same quotations with no blank line: a pronoun's look-back and the artifacts
    near a quotation must not grow with the paragraph."""
    return quotations(n_sentences).replace("\n\n", " ")


def test_find_quotes_is_linear_on_one_long_paragraph_of_quotations():
    from kitlib.quotes import find_quotes

    assert (
        ratio(find_quotes, one_paragraph_of_quotations, 300, prepare=kitlib.article_from_text)
        < MAX_RATIO
    )
