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
    sentence reads oddly: "Trump said Trump wanted", "for Kaine part",
    "him debate opponent". The rules below look for those odd shapes. They
    are *heuristics*: they miss some substitutions and may flag a sentence
    that was written that way.
``mismatched_quote_marks``
    A quotation opened with one kind of mark and closed with another
    (a curly “ closed by a straight ").
``unbalanced_quote_marks``
    A paragraph has a quotation mark with no partner: a quotation that runs
    on into the next paragraph, or a mark lost in processing.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = [
    "coreference_substitutions",
    "dropped_words",
    "find_artifacts",
    "name_in_artifacts",
    "quote_mark_problems",
]

ARTIFACT_COLUMNS = ["kind", "start", "end", "excerpt", "explanation"]


#: The kinds of artifact kitlib.artifacts finds, with a plain-words label for tables.
ARTIFACT_KINDS = {
    "dropped_words": "words dropped by a processing pipeline",
    "coreference_substitution": "pronouns replaced by names (coreference)",
    "mismatched_quote_marks": "quotation opened and closed with different marks",
    "unbalanced_quote_marks": "quotation mark with no partner",
}

#: Characters of context shown on each side of an artifact.
EXCERPT_CONTEXT = 40

# Words that may sit between a pronoun and the words after it in normal English.
FUNCTION_WORDS = set(
    """a an the and or but to of in on at for with from by as into over about up down out off
    back that this is was are were be been not no so than then there here if when while who
    which what because also still just even only too very all both each more most""".split()
)

#: Pronouns that are wrong after a preposition ("spoken positively of he").
SUBJECT_PRONOUNS = r"(?:he|she|they|we)"
PREPOSITIONS = r"(?:of|to|for|with|about|from|by|at|on)"
POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your", "one’s", "one's"}

#: The coreference rules: (name, compiled pattern, explanation). Each pattern
#: marks the suspicious words in group "span" (or the whole match).
COREFERENCE_RULES = [
    (
        "name repeated at once",
        re.compile(r"\b(?P<span>(?P<name>[A-Z][a-z]+)(?:\s+\w+){1,2}?\s+(?P=name))\b"),
        "The same name appears twice within three words ('{span}'). A writer would "
        "use a pronoun the second time ('Trump said he wanted'); an automatic "
        "coreference resolver probably put the name back in.",
    ),
    (
        "name where a possessive belongs",
        re.compile(
            r"\b(?:for|on|of)\s+(?P<span>(?:[A-Z][A-Za-z]*\s+)+part|(?:[A-Za-z]+\s+){1,3}own)\b"
        ),
        "'{span}' reads as if a possessive ('his', 'her', 'their') was replaced by a "
        "name or noun: English needs 'for his part', 'their own'.",
    ),
    (
        "object pronoun before a noun",
        re.compile(r"\b(?P<span>(?:him|them)\s+(?P<noun>[a-z]+)\s+[a-z]+)\b"),
        "'{span}': 'him' or 'them' stands where 'his' or 'their' belongs. A resolver "
        "probably rewrote a possessive.",
    ),
    (
        "subject pronoun after a preposition",
        re.compile(rf"\b(?P<span>{PREPOSITIONS}\s+{SUBJECT_PRONOUNS})\b(?!['’])"),
        "'{span}': a subject pronoun after a preposition ('of he' instead of 'of him') "
        "is a sign that the pronouns were rewritten by machine.",
    ),
    (
        "capitalised pronoun inside a sentence",
        re.compile(r"(?<=[a-z,] )(?P<span>(?:It|He|She|They|We))\b(?!['’])"),
        "'{span}' has a capital letter in the middle of a sentence: a resolver probably "
        "replaced a word here with a pronoun copied from the start of another sentence.",
    ),
]

#: A run of this many words or more, naming someone or something (a capital
#: letter), repeated within one sentence is suspicious. Plain repeated words
#: ("who do you let in and who do you let out") are left alone: that is rhetoric.
REPEATED_PHRASE_WORDS = 3


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


def _good_object_pronoun(match: re.Match) -> bool:
    return match.group("noun") in FUNCTION_WORDS or match.group("noun").endswith(
        ("ly", "ed", "ing")
    )


def coreference_substitutions(text: str, sentence_spans: list[tuple[int, int]]) -> list[dict]:
    """Rows for sentences that look like a coreference resolver rewrote their pronouns."""
    rows = []
    for name, pattern, why in COREFERENCE_RULES:
        for m in pattern.finditer(text):
            if name == "object pronoun before a noun" and _good_object_pronoun(m):
                continue
            if (
                name == "name where a possessive belongs"
                and m.group("span").split()[0].lower() in POSSESSIVES
            ):
                continue
            if name == "name repeated at once" and _crosses_sentence(m, sentence_spans):
                continue
            start, end = m.span("span")
            rows.append(
                _row(text, "coreference_substitution", start, end, why.format(span=m.group("span")))
            )
    rows += _repeated_phrases(text, sentence_spans)
    return _first_per_span(rows)


def _crosses_sentence(m: re.Match, sentence_spans: list[tuple[int, int]]) -> bool:
    return not any(s <= m.start() and m.end() <= e for s, e in sentence_spans)


def _repeated_phrases(text: str, sentence_spans: list[tuple[int, int]]) -> list[dict]:
    """A phrase of 3+ words said twice in one sentence: the second likely replaced a pronoun."""
    rows = []
    n = REPEATED_PHRASE_WORDS
    for s, e in sentence_spans:
        words = [
            (m.group().lower(), s + m.start(), s + m.end()) for m in re.finditer(r"\w+", text[s:e])
        ]
        lowered = [w for w, _, _ in words]
        if not _has_repeated_phrase(lowered, n):
            continue  # the common case, found without the word-by-word loop below
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + n <= len(words):
            key = tuple(lowered[i : i + n])
            # The capital-letter test comes last because it is the slowest, and
            # few windows get past the first two.
            if key in seen and i >= seen[key] + n and _names_someone(text, words[i : i + n], s):
                first = seen[key]
                j = i + n  # extend the repeat as far as it goes, both ways
                while (
                    j < len(words) and first + j - i < i and words[j][0] == words[first + j - i][0]
                ):
                    j += 1
                k = i
                while (
                    k > first + n
                    and first + k - i > 0
                    and words[k - 1][0] == words[first + k - i - 1][0]
                ):
                    k -= 1
                start, end = words[k][1], words[j - 1][2]
                span = text[start:end]
                why = (
                    f"'{span}' repeats words used earlier in the same sentence. A writer "
                    "would say 'them', 'it' or 'their' here; an automatic coreference "
                    "resolver probably replaced a pronoun with this phrase."
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


def _names_someone(text: str, window: list[tuple[str, int, int]], sentence_start: int) -> bool:
    """True if a word of ``window`` starts with a capital, not counting the sentence's first."""
    return any(text[a].isupper() for _, a, _ in window if a != sentence_start)


def _first_per_span(rows: list[dict]) -> list[dict]:
    """Drop rows that overlap an earlier row, so each place is reported once."""
    kept: list[dict] = []
    for row in sorted(rows, key=lambda r: (r["start"], -r["end"])):
        if not any(k["start"] < row["end"] and row["start"] < k["end"] for k in kept):
            kept.append(row)
    return kept


def quote_mark_problems(text: str, paragraph_spans: list[tuple[int, int]]) -> list[dict]:
    """Rows for quotations opened and closed with different marks, and unpaired marks.

    Within each paragraph, marks are paired in order: a curly “ always opens,
    a curly ” always closes, and a straight " closes an open quotation or
    opens a new one.
    """
    rows = []
    for p_start, p_end in paragraph_spans:
        open_at = None
        for m in re.finditer(r'["“”]', text[p_start:p_end]):
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
        if open_at is not None:
            rows.append(_unbalanced(text, open_at))
    return rows


def _unbalanced(text: str, pos: int) -> dict:
    why = (
        "This quotation mark has no partner in its paragraph. Either the quotation goes "
        "on into the next paragraph (news style leaves it open), or a mark was lost in "
        "processing; quotes found here may start or end in the wrong place."
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


def name_in_artifacts(article, name: str) -> pd.DataFrame:
    """Every place ``name`` occurs as a whole word, and whether a coreference artifact covers it.

    Use it to see how many mentions of a person the *reporter* wrote, and how
    many a coreference resolver put in.

    Parameters
    ----------
    article : Article or str
        A loaded article (its ``artifacts`` are used), or plain text, which
        is loaded first.
    name : str
        The name as written, e.g. ``"Trump"``.

    Returns
    -------
    pandas.DataFrame
        Columns ``start, end, context`` (the words around it) and
        ``inside_artifact`` (True if a coreference artifact covers it).
    """
    from kitlib.articles import as_article  # kitlib.articles imports this module

    article = as_article(article)
    spans = article.artifacts[article.artifacts["kind"] == "coreference_substitution"]
    rows = []
    for m in re.finditer(rf"\b{re.escape(name)}\b", article.text):
        inside = bool(((spans["start"] <= m.start()) & (m.end() <= spans["end"])).any())
        context = article.text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
        rows.append(
            {"start": m.start(), "end": m.end(), "context": context, "inside_artifact": inside}
        )
    return pd.DataFrame(rows, columns=["start", "end", "context", "inside_artifact"])
