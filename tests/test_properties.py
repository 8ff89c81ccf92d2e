"""Property tests: whatever text a classroom pastes in, the kit answers or explains.

Hypothesis generates texts from arbitrary Unicode and from pieces known to be
awkward: empty and white-space-only strings, no sentence punctuation,
unbalanced and nested quotation marks of every kind, right-to-left and CJK
script, control characters, Windows and old-Mac line endings, Unicode line
separators. For each public function that takes text, the properties are:

* it returns, or raises one of the kit's own documented errors (KitError);
* every offset it returns is a valid position in the text it describes.

Runs are repeatable (``derandomize=True``, no example database) and quick
(a few dozen examples per test, no deadline). ``find_quotes`` has its own
property test in the quotes helper's test file and is not repeated here.
"""

from __future__ import annotations

import warnings

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kitlib
from kitlib import cleaning
from kitlib.articles import Article
from kitlib.errors import KitError

PROFILE = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --------------------------------------------------------------------------
# Awkward text
# --------------------------------------------------------------------------

QUOTE_MARKS = list("\"'“”‘’«»„‚‹›「」『』〝〞＂`´")
LINE_BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
CONTROL = [chr(c) for c in range(0, 32) if chr(c) not in "\n\r"] + ["\x7f", "\u200b", "\ufeff"]
SCRIPTS = [
    "قال المرشح إن الولايات المتحدة",  # Arabic (right to left)
    "אמר המועמד כי ארצות הברית",  # Hebrew (right to left)
    "\u202e reversed \u202c",  # right-to-left override
    "\u200f",  # right-to-left mark
    "副总统候选人周二晚上表示",  # Chinese
    "ロシアとシリアについて",  # Japanese
    "러시아와 시리아",  # Korean
    "Ünïcödé ﬁ ligature Å",
    "e\u0301",  # e + combining accent
    "👩‍👩‍👧 🇺🇸",
]
WORDS = [
    "Pence",
    "Mike Pence",
    "Trump",
    "Kaine",
    "Russia",
    "Syria",
    "said",
    "he said",
    "according to officials",
    "the",
    "provocations",
    "a",
    "U.S.",
    "Gov.",
    "Sen.",
    "did n't",
    "( CNN )",
    " , ",
    " .",
    "[…]",
    "$ 19 trillion",
    "no-fly",
    "Mr",
    "100",
    "3.5",
]
PUNCTUATION = list(".!?;:,—–-…()[]{}/\\*#@%&") + ["...", "?!", ". . ."]
SPACES = [" ", "  ", "   ", "    ", "\t", "\u00a0", "\u3000"]


def piece():
    return st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(LINE_BREAKS),
        st.sampled_from(CONTROL),
        st.sampled_from(SCRIPTS),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(SPACES),
        st.text(max_size=12),
    )


#: Texts built from awkward pieces, machine-tokenised-looking texts (like the
#: CNN file: spaces around punctuation, runs of spaces), or arbitrary Unicode.
awkward_text = st.one_of(
    st.lists(piece(), max_size=60).map("".join),
    st.lists(st.sampled_from(WORDS + PUNCTUATION + QUOTE_MARKS + SPACES), max_size=80).map(
        " ".join
    ),
    st.text(max_size=200),
    st.sampled_from(["", " ", "\n", "\r\n\r\n", "\t \u3000", "\x00"]),
)

HUGE_PARAGRAPH = " ".join(["Pence said Russia was a problem and Syria was worse"] * 300) + "."
NO_PUNCTUATION = " ".join(["pence said russia was a problem and syria was worse"] * 20)
NESTED_QUOTES = (
    "Pence said “Trump said ‘Putin is “strong” and ‘smart’’ yesterday” and "
    '"Kaine said \'no\' and "yes"" and «Assad» „ok“ ‚fine‘ 「Moscow」.'
)
UNBALANCED = 'Pence said "this is not over. Kaine said “neither is this.\n\nThen ” and " and ’ end.'
WINDOWS = "First paragraph, said Pence.\r\n\r\nSecond paragraph, said Kaine.\r\nA line.\r"
EXAMPLES = [HUGE_PARAGRAPH, NO_PUNCTUATION, NESTED_QUOTES, UNBALANCED, WINDOWS, "\x00\x01\x02"]


def with_examples(test):
    """Run ``test`` on the fixed hard cases too, whatever Hypothesis draws."""
    for text in EXAMPLES:
        test = example(text)(test)
    return test


def make_article(text: str) -> Article | None:
    """The Article for ``text``, or None if the kit refused it with its own error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return kitlib.article_from_text(text)
    except KitError:
        return None


def check_spans(table: pd.DataFrame, text: str, pairs=(("start", "end"),)) -> None:
    """Every (start, end) pair in ``table`` is a valid span of ``text``."""
    for start_col, end_col in pairs:
        if start_col not in table.columns:
            continue
        for start, end in table[[start_col, end_col]].itertuples(index=False):
            if pd.isna(start) and pd.isna(end):
                continue
            assert 0 <= int(start) <= int(end) <= len(text), (start_col, start, end, len(text))


# --------------------------------------------------------------------------
# Articles and cleaning (kitlib.articles, kitlib.cleaning, kitlib.artifacts)
# --------------------------------------------------------------------------


@PROFILE
@with_examples
@given(awkward_text)
def test_article_from_text_answers_or_explains(text):
    article = make_article(text)
    if article is None:
        return
    n = len(article.text)
    previous_end = 0
    for start, end in article.paragraph_spans:
        assert previous_end <= start < end <= n
        assert article.text[start:end].strip() == article.text[start:end]
        previous_end = end
    for paragraph, start, end in article.sentence_spans:
        p_start, p_end = article.paragraph_spans[paragraph]
        assert p_start <= start <= end <= p_end
    check_spans(article.artifacts, article.text)
    assert set(article.artifacts["kind"]) <= {
        "dropped_words",
        "coreference_substitution",
        "mismatched_quote_marks",
        "unbalanced_quote_marks",
    }
    for offset in range(0, n, max(1, n // 7)):
        assert 0 <= article.paragraph_of(offset) < max(1, len(article.paragraph_spans))
    assert len(article.sentence_table()) == len(article.sentence_spans)
    assert repr(article).startswith("<Article")


@PROFILE
@with_examples
@given(awkward_text)
def test_cleaning_can_be_undone(text):
    """The log is complete: undoing it gives back the text exactly as received."""
    article = make_article(text)
    if article is None:
        return
    assert cleaning.undo(article.text, article.log) == article.raw


@PROFILE
@given(awkward_text)
def test_text_without_words_is_refused_with_the_kits_error(text):
    import re

    article = make_article(text)
    assert (article is None) == (re.search(r"\w", text) is None)


@PROFILE
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".htm", ".pdf", ""]))
def test_any_file_loads_or_is_explained(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("load") / f"file{suffix}"
    path.write_bytes(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = kitlib.load_article(path)
    except KitError:
        return
    assert isinstance(article, Article) and article.text.strip()


# --------------------------------------------------------------------------
# Language check and exercise feedback
# --------------------------------------------------------------------------


@PROFILE
@with_examples
@given(awkward_text)
def test_english_share_is_a_share(text):
    from kitlib import language

    share = language.english_share(text)
    assert share is None or 0.0 <= share <= 1.0
    info = language.language_check(text)
    assert info["looks_english"] == (info["language_warning"] is None)


@settings(PROFILE, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(["01.nbc_paragraphs", "00.no_such_exercise", "", "\x00"]),
    st.one_of(st.none(), st.integers(), st.floats(), awkward_text, st.lists(awkward_text)),
)
def test_check_never_raises(capsys, exercise_id, answer):
    from kitlib.exercises import check

    assert check(exercise_id, answer) in (True, False)
    assert capsys.readouterr().out.strip()
