"""Problems in a text that cleaning can find but cannot honestly repair.

Each detector is a small, named rule that a student can read. Every
artifact is one row: ``kind``, ``start``, ``end`` (character offsets in the
cleaned text), ``excerpt`` (the text around it) and ``explanation``.

The kinds:

``dropped_words``
    A processing pipeline dropped words (in the CNN text, every hyphenated
    word such as "no-fly" or "al-Assad"). Cleaning marks the place with
    ``[…]``; it does not guess the missing words.
``coreference_substitution``
    An automatic *coreference resolver* replaces pronouns ("he", "his",
    "it") by the name it thinks they refer to. When it guesses wrong, the
    sentence reads oddly. The rules look for the *signature* of such a
    rewrite: a name or noun in a slot that English fills with a pronoun or a
    possessive ("him debate opponent", "for Kaine part", "US allies own
    defense", "It talks", "Trump though we owe"), the same name twice at once
    ("Trump said Trump wanted"), or a noun phrase with a name said again in
    one sentence where "them" belongs. Repetition alone is not a signature:
    speakers repeat names and phrases on purpose. Measured with
    ``benchmarks/artifacts_bench.py`` (written on PolNeAR's training
    articles, scored on its development articles): 0 flags in 84 clean
    news articles; 16 of the 16 reference substitutions in the CNN text,
    17 of the 38 a careful reading finds (the rest have no signature).
``mismatched_quote_marks``
    A quotation opened with one kind of mark and closed with another
    (a curly “ closed by a straight ").
``unbalanced_quote_marks``
    A paragraph has a quotation mark with no partner, probably lost or added
    in processing. A quotation left open at a paragraph's end when the next
    paragraph opens with a mark is news style (a quotation over several
    paragraphs) and is not reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import pandas as pd

from kitlib import vocab
from kitlib.text import DOUBLE_QUOTES, WORD, TitleCaseIndex

__all__ = [
    "ARTIFACT_COLUMNS",
    "ARTIFACT_KINDS",
    "COREFERENCE_RULES",
    "EXCERPT_CONTEXT",
    "MAX_REPEATED_PHRASE_WORDS",
    "NOT_NAME_WORDS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "REPEATED_PHRASE_WORDS",
    "SUBJECT_PRONOUNS",
    "coreference_substitutions",
    "dropped_words",
    "find_artifacts",
    "quote_mark_problems",
]

ARTIFACT_COLUMNS = ["kind", "start", "end", "excerpt", "explanation"]


#: The kinds of artifact kitlib.articles.artifacts finds, with a plain-words label for tables.
ARTIFACT_KINDS = {
    "dropped_words": "words dropped by a processing pipeline",
    "coreference_substitution": "pronouns replaced by names (coreference)",
    "mismatched_quote_marks": "quotation opened and closed with different marks",
    "unbalanced_quote_marks": "quotation mark with no partner",
}

#: Characters of context shown on each side of an artifact.
EXCERPT_CONTEXT = 40

#: Possessive words: "for his part", "their own" are English, "for Kaine part" is not.
POSSESSIVES = vocab.POSSESSIVE_DETERMINERS | {"one’s", "one's", "whose"}

#: Words that are written with a capital letter but are not names (at the start of
#: a sentence, or a pronoun): they never count as the name in a repeated phrase.
NOT_NAME_WORDS = (
    vocab.FUNCTION_WORDS
    | POSSESSIVES
    | {w.lower() for w in vocab.NOT_NAMES}
    | vocab.PERSONAL_PRONOUNS
    | {"mr", "mrs", "ms", "dr"}
)

#: Pronouns that are wrong after a preposition ("spoken positively of he").
SUBJECT_PRONOUNS = r"(?:he|she|they|we)"
PREPOSITIONS = r"(?:of|to|for|with|about|from|by|at|on)"

#: The coreference rules: (name, compiled pattern, explanation). Each pattern
#: marks the suspicious words in group "span"; a check in ``_RULE_CHECKS`` may
#: then turn a match down. Each rule looks for a *signature* of a resolver's
#: rewrite: a name or noun in a slot that English fills with a pronoun or a
#: possessive. Repetition alone is not a signature: speakers and writers
#: repeat names and phrases on purpose.
COREFERENCE_RULES = [
    (
        "name repeated at once",
        re.compile(
            r"\b(?P<span>(?P<name>[A-Z][a-z]+)(?P<between>(?:\s+[a-z]+){1,2}?)\s+(?P=name))\b"
        ),
        "The same name appears twice within three words ('{span}'). A writer would "
        "use a pronoun the second time ('Trump said he wanted'); an automatic "
        "coreference resolver probably put the name back in.",
    ),
    (
        "name where a possessive belongs",
        re.compile(r"\bfor\s+(?P<span>(?:[A-Z][A-Za-z]*\s+)+part)\b(?=\s*,)"),
        "'{span}' reads as if a possessive was replaced by a name: English needs "
        "'for his part' or 'for her part'.",
    ),
    (
        "noun before 'own' where a possessive belongs",
        re.compile(
            r"\b(?:on|of)\s+(?P<span>(?:[\w.]+\s+){0,2}(?P<before>[\w.’']+)\s+own\b)"
            r"(?=\s*(?P<after>[,.;]|[a-z]+))"
        ),
        "'{span}' reads as if a possessive ('their', 'his') was replaced by a name or "
        "noun: English needs 'their own' or 'the allies’ own'.",
    ),
    (
        "object pronoun before a noun",
        re.compile(r"\b(?:and|or)\s+(?P<span>(?:him|them)\s+(?P<noun>[a-z]+)\s+[a-z]+)\b"),
        "'{span}': 'him' or 'them' stands where 'his' or 'their' belongs ('Clinton and "
        "his debate opponent'). A resolver probably rewrote a possessive.",
    ),
    (
        "subject pronoun after a preposition",
        re.compile(
            rf"\b(?P<span>{PREPOSITIONS}\s+{SUBJECT_PRONOUNS})\b(?!['’])"
            r"(?=\s*(?:[,.;:?!)]|(?:and|or|but|in|on|at|to|for|from|with)\b))"
        ),
        "'{span}': a subject pronoun after a preposition ('of he and' instead of 'of "
        "him and') is a sign that the pronouns were rewritten by machine.",
    ),
    (
        "capitalised pronoun inside a sentence",
        re.compile(r"(?<=[a-z,] )(?P<span>(?:It|He|She|They|We))\b(?!['’])"),
        "'{span}' has a capital letter in the middle of a sentence: a resolver probably "
        "replaced a word here with a pronoun copied from the start of another sentence.",
    ),
    (
        "name where 'even' belongs",
        re.compile(
            r"(?<=, )(?P<span>(?P<name>[A-Z][a-z]+)\s+though)(?=\s+(?:I|we|he|she|they|you)\b)"
        ),
        "'{span}': a name stands where English needs 'even though'. A resolver "
        "probably replaced a word here with a name.",
    ),
]

#: A noun phrase of this many words or more, holding a name, said twice in one
#: sentence is suspicious when the phrase is a thing, not a clause: "strike
#: military targets of the Assad regime to prevent military targets of the Assad
#: regime from ..." (a resolver put the phrase back where "them" was). Repeated
#: clauses ("if indeed he is not ..., if indeed he is not ...") are rhetoric.
REPEATED_PHRASE_WORDS = 4

#: A repeated run of more words than this is a passage said twice (or text
#: pasted twice), not a noun phrase put back in place of a pronoun; it is not
#: reported, and the rule stops extending a repeat at this length, so a text that
#: repeats itself costs time in proportion to its length, not its square.
MAX_REPEATED_PHRASE_WORDS = 20


def _excerpt(text: str, start: int, end: int) -> str:
    left = max(0, start - EXCERPT_CONTEXT)
    right = min(len(text), end + EXCERPT_CONTEXT)
    return (
        ("…" if left else "")
        + text[left:right].replace("\n", " ")
        + ("…" if right < len(text) else "")
    )


def _row(text: str, kind: str, start: int, end: int, explanation: str) -> dict:
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "excerpt": _excerpt(text, start, end),
        "explanation": explanation,
    }


def dropped_words(text: str, gaps: tuple[tuple[int, int], ...]) -> list[dict]:
    """One row per gap mark that cleaning inserted."""
    why = (
        "Words were dropped here by the processing pipeline (the text had a run of "
        "spaces inside a sentence). The kit does not guess them; counts of words, "
        "syllables and mentions in this sentence are too low."
    )
    return [_row(text, "dropped_words", s, e, why) for s, e in gaps]


def _good_object_pronoun(m: re.Match, text: str) -> bool:
    noun = m.group("noun")
    return noun in vocab.FUNCTION_WORDS or noun.endswith(("ly", "ed", "ing"))


def _good_own(m: re.Match, text: str) -> bool:
    """'on their own', 'the allies’ own', 'to own the issue' are English."""
    before = m.group("before")
    words = [w.lower() for w in m.group("span").split()[:-1]]
    return (
        any(w in POSSESSIVES for w in words)
        or before.endswith(("'s", "’s", "'", "’"))
        or before.lower() in vocab.FUNCTION_WORDS
        or m.group("after") in vocab.FUNCTION_WORDS
    )


def _good_repeated_name(m: re.Match, text: str) -> bool:
    """'NBC News and ABC News', 'Bush and Laura Bush', 'New York and New Jersey':
    two names joined by 'and', or names that are part of longer names."""
    between = m.group("between").split()
    if m.group("name").lower() in NOT_NAME_WORDS or any(w in vocab.NAME_JOINERS for w in between):
        return True
    after = text[m.end() : m.end() + 30].split()
    article_before = between[-1] in ("a", "an", "the")  # "told a Kaine Armed Services ..."
    return bool(after and after[0][:1].isupper() and not article_before)  # "Apple CEO"


def _good_capital_pronoun(m: re.Match, text: str) -> bool:
    """A capital 'He' inside a headline or a title written in title case is normal.

    The words counted run from the last line break or ". " before the pronoun to
    the end of its line (found by bisection in :func:`_line_index`, so a long
    paragraph full of such pronouns is not read again for each one).
    """
    before = text[max(0, m.start() - 30) : m.start()].split()
    if before and before[-1][:1].isupper():  # "Jeb Can Fix It"
        return True
    breaks, stops, title_case = _line_index(text)
    i, k = bisect_right(breaks, m.start() - 1), bisect_right(stops, m.start() - 2)
    left = max(breaks[i - 1] if i else -1, stops[k - 1] if k else -1) + 1
    j = bisect_right(breaks, m.end() - 1)
    return title_case.between(left, breaks[j] if j < len(breaks) else len(text))


@lru_cache(maxsize=2)
def _line_index(text: str) -> tuple[list[int], list[int], TitleCaseIndex]:
    """Where the line breaks and the ". " are, and the title-case test of any stretch
    of ``text``: read once per text."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    stops = [m.start() for m in re.finditer(r"\. ", text)]
    return breaks, stops, TitleCaseIndex(text)


def _good_though(m: re.Match, text: str) -> bool:
    return m.group("name").lower() in NOT_NAME_WORDS


#: Per rule, a test that turns a match down (English after all).
_RULE_CHECKS = {
    "name repeated at once": _good_repeated_name,
    "noun before 'own' where a possessive belongs": _good_own,
    "object pronoun before a noun": _good_object_pronoun,
    "capitalised pronoun inside a sentence": _good_capital_pronoun,
    "name where 'even' belongs": _good_though,
}


def coreference_substitutions(text: str, sentence_spans: list[tuple[int, int]]) -> list[dict]:
    """Rows for places that look like a coreference resolver rewrote a pronoun.

    Examples
    --------
    >>> rows = coreference_substitutions("Lee said Lee wanted to go.", [(0, 26)])
    >>> [text for text in ("Lee said Lee wanted to go."[r["start"]:r["end"]] for r in rows)]
    ['Lee said Lee']
    >>> coreference_substitutions("NBC News and ABC News said so.", [(0, 30)])
    []
    """
    rows = []
    starts = [s for s, _ in sentence_spans]
    for name, pattern, why in COREFERENCE_RULES:
        check = _RULE_CHECKS.get(name)
        for m in pattern.finditer(text):
            if check is not None and check(m, text):
                continue
            if name == "name repeated at once" and _crosses_sentence(m, sentence_spans, starts):
                continue
            start, end = m.span("span")
            rows.append(
                _row(text, "coreference_substitution", start, end, why.format(span=m.group("span")))
            )
    rows += _repeated_phrases(text, sentence_spans)
    return _first_per_span(rows)


def _crosses_sentence(m: re.Match, sentence_spans: list[tuple[int, int]], starts=None) -> bool:
    """True if no sentence holds the whole match (found by bisection: spans are in order)."""
    starts = starts if starts is not None else [s for s, _ in sentence_spans]
    i = bisect_right(starts, m.start())
    # The spans are in reading order and do not overlap, so only the last sentence
    # starting at or before the match can hold it.
    return not (i and m.end() <= sentence_spans[i - 1][1])


def _repeated_phrases(text: str, sentence_spans: list[tuple[int, int]]) -> list[dict]:
    """A noun phrase with a name, said twice in one sentence: the second likely replaced
    a pronoun."""
    rows = []
    n = REPEATED_PHRASE_WORDS
    for s, e in sentence_spans:
        lowered = [w.lower() for w in WORD.findall(text[s:e])]
        if not _has_repeated_phrase(lowered, n):
            continue  # the common case, found without the word-by-word loop below
        words = [(m.group().lower(), s + m.start(), s + m.end()) for m in WORD.finditer(text[s:e])]
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + n <= len(words):
            key = tuple(lowered[i : i + n])
            if key in seen and i >= seen[key] + n:
                first = seen[key]
                j = i + n  # extend the repeat both ways, as far as it goes (or too far)
                while (
                    j < len(words)
                    and j - i <= MAX_REPEATED_PHRASE_WORDS
                    and first + j - i < i
                    and words[j][0] == words[first + j - i][0]
                ):
                    j += 1
                k = i
                while (
                    k > first + n
                    and j - k <= MAX_REPEATED_PHRASE_WORDS
                    and first + k - i > 0
                    and words[k - 1][0] == words[first + k - i - 1][0]
                ):
                    k -= 1
                short = j - k <= MAX_REPEATED_PHRASE_WORDS
                after = words[j] if j < len(words) else None
                if short and _is_named_thing(text, words[k:j], s, after):
                    start, end = words[k][1], words[j - 1][2]
                    span = text[start:end]
                    why = (
                        f"'{span}' repeats a name and the words around it from earlier in "
                        "the same sentence, where a writer would say 'them', 'it' or "
                        "'their'. An automatic coreference resolver probably replaced a "
                        "pronoun with this phrase."
                    )
                    rows.append(_row(text, "coreference_substitution", start, end, why))
                    i = j
                    continue
            seen.setdefault(key, i)
            i += 1
    return rows


def _has_repeated_phrase(words: list[str], n: int) -> bool:
    """True if some run of ``n`` words occurs twice in ``words`` (perhaps overlapping)."""
    runs = list(zip(*(words[k:] for k in range(n)), strict=False))  # shifted copies: n-grams
    return len(set(runs)) < len(runs)


def _is_named_thing(text: str, window, sentence_start: int, after) -> bool:
    """True if the repeated words are a noun phrase holding a name: no verb or pronoun
    in them, no punctuation inside, not at the start of a clause, not starting with a
    preposition, a capitalised word that is not a sentence's first, and the phrase ends
    in a word that can end a noun phrase, not in the middle of a longer name ("New
    York and New | Jersey") or on a little word ("Holt needs to")."""
    if (
        any(
            re.split(r"[’']", w)[0] in vocab.CLAUSE_WORDS  # "I'm" is "i"
            and not (text[a:b].isupper() and b - a > 1)  # "US" is not "us"
            for w, a, b in window
        )
        or window[-1][0] in vocab.FUNCTION_WORDS
        or window[0][0] in vocab.PHRASE_STARTS_NOT
        or re.search(r"[^\w\s’'.-]", text[window[0][1] : window[-1][2]])  # a comma inside
        or re.search(rf"[.?!:;{DOUBLE_QUOTES}]\s*$", text[max(0, window[0][1] - 3) : window[0][1]])
    ):
        return False
    if after is not None and text[after[1]].isupper() and text[window[-1][1]].isupper():
        return False
    return any(
        text[a].isupper()
        and (w not in NOT_NAME_WORDS or text[a:b].isupper() and b - a > 1)  # "US", not "Us"
        and a != sentence_start
        and not re.search(rf"[.?!:;—{DOUBLE_QUOTES}]\s*$", text[max(0, a - 3) : a])
        for w, a, b in window
    )


def _first_per_span(rows: list[dict]) -> list[dict]:
    """Drop rows that overlap an earlier row, so each place is reported once.

    The rows are taken in order of their start, so a row overlaps a kept one
    exactly when it starts before the furthest end kept so far (one pass, not a
    comparison with every kept row).
    """
    kept: list[dict] = []
    furthest = -1
    for row in sorted(rows, key=lambda r: (r["start"], -r["end"])):
        if row["start"] == row["end"]:  # an empty span overlaps only what strictly holds it
            if any(k["start"] < row["start"] < k["end"] for k in kept):
                continue
        elif row["start"] < furthest:
            continue
        kept.append(row)
        furthest = max(furthest, row["end"])
    return kept


def quote_mark_problems(text: str, paragraph_spans: list[tuple[int, int]]) -> list[dict]:
    r"""Rows for quotations opened and closed with different marks, and unpaired marks.

    Within each paragraph, marks are paired in order: a curly “ always opens,
    a curly ” always closes, and a straight " closes an open quotation or
    opens a new one. A quotation left open at the end of a paragraph whose next
    paragraph opens with a quotation mark is news style (a quotation that runs
    over several paragraphs), not an artifact.

    Examples
    --------
    >>> text = '“We will win. And we will build.\n\n“Then we rest,” she said.'
    >>> quote_mark_problems(text, [(0, 32), (34, 59)])
    []
    >>> [r["kind"] for r in quote_mark_problems('He said “no.\n\nThen left.', [(0, 12), (14, 24)])]
    ['unbalanced_quote_marks']
    """
    rows = []
    for number, (p_start, p_end) in enumerate(paragraph_spans):
        open_at = None
        for m in re.finditer(f"[{DOUBLE_QUOTES}]", text[p_start:p_end]):
            pos, mark = p_start + m.start(), m.group()
            if open_at is None and mark != "”":
                open_at = pos
            elif open_at is not None and mark != "“":
                if (text[open_at] == '"') != (mark == '"'):
                    why = (
                        f"This quotation opens with {text[open_at]} and closes with {mark}. "
                        "Mixed marks usually mean the text was edited in different tools; "
                        "a program that pairs only matching marks would misread it."
                    )
                    rows.append(_row(text, "mismatched_quote_marks", open_at, pos + 1, why))
                open_at = None
            else:
                open_at = open_at if open_at is not None else pos
                rows.append(_unbalanced(text, pos))
                open_at = None if mark == "”" else pos
        left_open = open_at is not None and re.search(r"\w", text[open_at:p_end])
        if open_at is not None and not (left_open and _continues(text, paragraph_spans, number)):
            rows.append(_unbalanced(text, open_at))
    return rows


def _continues(text: str, paragraph_spans: list[tuple[int, int]], number: int) -> bool:
    """True if the paragraph after ``number`` opens with a quotation mark (the
    quotation goes on there, as news style writes it)."""
    if number + 1 >= len(paragraph_spans):
        return False
    start, end = paragraph_spans[number + 1]
    return text[start:end].lstrip()[:1] in {'"', "“"}


def _unbalanced(text: str, pos: int) -> dict:
    why = (
        "This quotation mark has no partner in its paragraph, and the next paragraph "
        "does not carry the quotation on: a mark was probably lost or added in "
        "processing, so quotes found here may start or end in the wrong place."
    )
    return _row(text, "unbalanced_quote_marks", pos, pos + 1, why)


def find_artifacts(
    text: str,
    gaps: tuple[tuple[int, int], ...],
    paragraph_spans: list[tuple[int, int]],
    sentence_spans: list[tuple[int, int]],
) -> pd.DataFrame:
    """All artifacts of a cleaned text, in reading order.

    Returns
    -------
    pandas.DataFrame
        Columns ``kind, start, end, excerpt, explanation``.
    """
    rows = (
        dropped_words(text, gaps)
        + coreference_substitutions(text, sentence_spans)
        + quote_mark_problems(text, paragraph_spans)
    )
    # A stable sort of the rows, as DataFrame.sort_values(kind="stable") would do,
    # but without the cost of sorting a DataFrame for every article loaded.
    rows.sort(key=lambda row: (row["start"], row["kind"]))
    return pd.DataFrame(rows, columns=ARTIFACT_COLUMNS)
