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

import functools
import importlib
import inspect
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kitlib
from kitlib.articles import Article, cleaning
from kitlib.errors import KitError

PROFILE = settings(
    max_examples=25,
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

HUGE_PARAGRAPH = " ".join(["Pence said Russia was a problem and Syria was worse"] * 100) + "."
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
# Articles and cleaning (kitlib.articles, kitlib.articles.cleaning, kitlib.articles.artifacts)
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
    if re.search(r"\w", text) is None:
        assert article is None
    elif article is None:  # refused after cleaning: only a headline or site furniture was left
        assert not re.search(r"\w", cleaning.clean(text).text)
    else:
        assert re.search(r"\w", article.text)


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


@PROFILE
@given(st.one_of(awkward_text, st.sampled_from(["", ".", "~", "..", "/", "a\x00b", "x" * 300])))
def test_any_file_name_loads_or_is_explained(name):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kitlib.load_article(name)
    except KitError:
        pass


# --------------------------------------------------------------------------
# Language check and exercise feedback
# --------------------------------------------------------------------------


@PROFILE
@with_examples
@given(awkward_text)
def test_english_share_is_a_share(text):
    from kitlib.articles import language

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


# --------------------------------------------------------------------------
# Every public function that takes text, found by looking at the modules
# --------------------------------------------------------------------------

#: Modules whose public functions take articles or text (the analyses).
ANALYSIS_MODULES = (
    "kitlib.articles.loading",
    "kitlib.articles.cleaning",
    "kitlib.articles.artifacts",
    "kitlib.articles.language",
    "kitlib.readability.tables",
    "kitlib.readability.formulas",
    "kitlib.actors.tables",
    "kitlib.quotes.tables",
    "kitlib.quotes.phrases",
    "kitlib.quotes.rules",
    "kitlib.quotes.reading",
    "kitlib.quotes.marks",
    "kitlib.frames.tables",
    "kitlib.words.tables",
    "kitlib.words.sentiment",
    "kitlib.report.comparison",
    "kitlib.report.sections",
    "kitlib.batch",
    "kitlib.text",
)

#: A first parameter with one of these names takes an Article or its text.
ARTICLE_PARAMS = {
    "text_or_article",
    "article",
    "quotes_or_text",
    "a",
    "articles",
    "paths_or_articles",
}

#: A first parameter with one of these names takes a string.
STRING_PARAMS = {"text", "raw", "word", "phrase", "sentence", "mention", "verb", "cue"}

#: Functions that take text but are not called here, and why.
NOT_CALLED = {
    "kitlib.quotes.tables.find_quotes": "has its own property test (tests/test_quotes_gold.py)",
    "kitlib.articles.loading.article_from_text": "tested above",
    "kitlib.text.split_sentences": "a step of article_from_text; needs its spans",
    "kitlib.articles.artifacts.find_artifacts": "a step of article_from_text; needs its spans",
    "kitlib.articles.artifacts.dropped_words": "a step of article_from_text; needs its gaps",
    "kitlib.articles.artifacts.coreference_substitutions": "a step of article_from_text",
    "kitlib.articles.artifacts.quote_mark_problems": "a step of article_from_text; needs its spans",
    "kitlib.articles.cleaning.apply_edits": "a step of clean; needs Edit objects",
    "kitlib.articles.cleaning.undo": "tested above (test_cleaning_can_be_undone)",
    "kitlib.articles.cleaning.steps_for": "a step of clean, exercised through it",
    "kitlib.quotes.phrases.cue_text": "a step of find_quotes; needs the offsets it found",
    "kitlib.quotes.phrases.sentence_stop": "a step of find_quotes; needs the span it searches",
    "kitlib.quotes.marks.pair_marks": "a step of read_marks (tested here); needs a paragraph",
    "kitlib.quotes.marks.single_quotes": "a step of read_marks (tested here); needs a paragraph",
    "kitlib.quotes.phrases.is_subject_like": "a step of find_quotes; needs a Phrase",
    "kitlib.readability.tables.what_it_means": "takes a figure's name and a number, not text",
}

#: Arguments beyond the article for functions that need them: name -> strategy of kwargs.
EXTRA_ARGS = {
    "kitlib.actors.tables.resolve_person": st.fixed_dictionaries(
        {
            "mention": st.one_of(
                st.sampled_from(["he", "She", "they", "Clinton", "Mr. Lee's", "", "Ann Lee"]),
                st.text(max_size=12),
            )
        }
    ),
    "kitlib.words.tables.kwic": st.fixed_dictionaries(
        {
            "word_or_pattern": st.one_of(
                st.sampled_from(WORDS + QUOTE_MARKS + PUNCTUATION), st.text(max_size=8)
            )
        }
    ),
    "kitlib.words.tables.inside_quotation": st.fixed_dictionaries({"offset": st.integers(-5, 400)}),
    "kitlib.articles.loading.name_in_artifacts": st.fixed_dictionaries(
        {"name": st.one_of(st.sampled_from(WORDS), st.text(max_size=8))}
    ),
    "kitlib.evaluation.check_speakers": st.fixed_dictionaries(
        {
            "truth": st.dictionaries(
                st.one_of(st.sampled_from(WORDS), st.text(max_size=8)),
                st.one_of(st.sampled_from(WORDS), st.text(max_size=8)),
                max_size=3,
            )
        }
    ),
}

#: Functions that may say "I need more" for input of the wrong kind with an error that
#: is not a KitError but is documented (none so far).
ALSO_ALLOWED: dict[str, tuple[type[BaseException], ...]] = {}

SHORT = settings(PROFILE, max_examples=10)


def _public_functions():
    for module_name in ANALYSIS_MODULES:
        module = importlib.import_module(module_name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module_name:
                continue
            yield f"{module_name}.{name}", function


def _required(function) -> list[inspect.Parameter]:
    return [
        p
        for p in inspect.signature(function).parameters.values()
        if p.kind is not p.VAR_KEYWORD and p.default is p.empty and p.kind is not p.KEYWORD_ONLY
    ]


def _kind(name: str, function) -> str | None:
    """How to call a function: 'article', 'pair', 'string', or None (not a text function)."""
    required = _required(function)
    if not required:
        return None
    first = required[0]
    if first.name in ARTICLE_PARAMS or (
        first.kind is first.VAR_POSITIONAL and first.name == "articles"
    ):
        rest = [p.name for p in required[1:]]
        if first.kind is first.VAR_POSITIONAL or first.name == "articles" or rest == ["b"]:
            return "pair"
        return "article"
    if first.name in STRING_PARAMS:
        return "string"
    return None


TEXT_FUNCTIONS = {
    name: (function, _kind(name, function))
    for name, function in _public_functions()
    if _kind(name, function) and name not in NOT_CALLED
}


def test_every_text_function_can_be_called_here():
    """A new public function that needs arguments this file cannot supply is named here."""
    missing = []
    for name, (function, kind) in TEXT_FUNCTIONS.items():
        extra = [p.name for p in _required(function)[1:]]
        if kind == "pair":
            extra = [e for e in extra if e != "b"]
        if extra and name not in EXTRA_ARGS:
            missing.append(f"{name} needs {extra}")
    assert missing == [], "add these to EXTRA_ARGS or NOT_CALLED in tests/test_properties.py"
    assert len(TEXT_FUNCTIONS) >= 10


@functools.lru_cache(maxsize=512)
def cached_article(text: str) -> Article | None:
    return make_article(text)


def _spans_ok(result, text: str) -> None:
    if isinstance(result, pd.DataFrame):
        starts = [c for c in result.columns if c == "start" or c.endswith("_start")]
        pairs = [(s, s[: -len("start")] + "end") for s in starts]
        check_spans(result, text, [(s, e) for s, e in pairs if e in result.columns])


def _call(name, function, kind, args, kwargs):
    allowed = (KitError, *ALSO_ALLOWED.get(name, ()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if (
                kind == "pair"
                and _required(function)[0].name == "articles"
                and (_required(function)[0].kind is not inspect.Parameter.VAR_POSITIONAL)
            ):
                return function(list(args), **kwargs)
            return function(*args, **kwargs)
        except allowed:
            return None


#: Crashes found by these tests and reported to the module's owner, with the fix proposed.
#: Each is a strict xfail: once fixed, the test passes and pytest asks to remove the entry.
REPORTED: dict[str, str] = {}


def _with_reported(names):
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=REPORTED[n]))
        if n in REPORTED
        else n
        for n in names
    ]


ARTICLE_FUNCTIONS = _with_reported(
    sorted(n for n, (_, k) in TEXT_FUNCTIONS.items() if k == "article")
)


def _takes_text(function) -> bool:
    """False for functions documented to take a loaded Article only."""
    annotation = inspect.signature(function).parameters[_required(function)[0].name].annotation
    return "str" in str(annotation) or annotation is inspect.Parameter.empty


def _check_article_function(name, text, as_text, kwargs):
    function, _ = TEXT_FUNCTIONS[name]
    assert len(_required(function)) <= 1 + len(kwargs), f"{name}: give its arguments in FIXED_EXTRA"
    article = cached_article(text)
    if article is None:
        return
    given_text = as_text and _takes_text(function)
    result = _call(name, function, "article", (text if given_text else article,), kwargs)
    _spans_ok(result, article.text)


@pytest.mark.parametrize("name", ARTICLE_FUNCTIONS)
@SHORT
@given(text=awkward_text, as_text=st.booleans(), data=st.data())
def test_article_functions_answer_or_explain(name, text, as_text, data):
    kwargs = data.draw(EXTRA_ARGS[name]) if name in EXTRA_ARGS else {}
    _check_article_function(name, text, as_text, kwargs)


#: Fixed extra arguments for the fixed hard cases.
FIXED_EXTRA = {
    "kitlib.actors.tables.resolve_person": {"mention": "he"},
    "kitlib.words.tables.kwic": {"word_or_pattern": "Pence"},
    "kitlib.words.tables.inside_quotation": {"offset": 10},
    "kitlib.articles.loading.name_in_artifacts": {"name": "Trump"},
    "kitlib.evaluation.check_speakers": {"truth": {"Pence": "Mike Pence", "": ""}},
}


@pytest.mark.parametrize("text", EXAMPLES, ids=lambda t: repr(t[:12]))
@pytest.mark.parametrize("name", [getattr(n, "values", [n])[0] for n in ARTICLE_FUNCTIONS])
def test_article_functions_on_the_hard_cases(name, text):
    for as_text in (False, True) if name not in REPORTED else (False,):
        _check_article_function(name, text, as_text, FIXED_EXTRA.get(name, {}))


@pytest.mark.parametrize("name", sorted(n for n, (_, k) in TEXT_FUNCTIONS.items() if k == "pair"))
@settings(SHORT, max_examples=6)
@given(first=awkward_text, second=st.sampled_from(EXAMPLES[2:] + [""]) | awkward_text)
def test_functions_of_two_articles_answer_or_explain(name, first, second):
    function, _ = TEXT_FUNCTIONS[name]
    one, two = cached_article(first), cached_article(second)
    if one is None or two is None:
        return
    _call(name, function, "pair", (one, two), {})


@pytest.mark.parametrize("name", sorted(n for n, (_, k) in TEXT_FUNCTIONS.items() if k == "string"))
@PROFILE
@with_examples
@given(text=awkward_text)
def test_string_functions_answer_or_explain(name, text):
    function, _ = TEXT_FUNCTIONS[name]
    _call(name, function, "string", (text,), {})
