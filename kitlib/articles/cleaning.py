"""Cleaning an article: a logged, reversible pipeline of small steps.

Each step looks at the text and proposes *edits* (replace these characters
with those, because ...). The pipeline applies them and writes one row per
edit to a log, so a student can see every change the kit made, and
:func:`undo` can rebuild the original text from the cleaned text and its log.

Steps only run where they are needed: a text with no banner has nothing to
remove; only a text that looks machine-tokenised (``"did n't"``, ``" , "``)
is detokenised. Problems cleaning can detect but cannot honestly repair
(a dropped word, a pronoun replaced by the wrong name) are not guessed at;
they are reported as *artifacts* (see :mod:`kitlib.articles.artifacts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kitlib.text import (
    CLOSING_QUOTES,
    DOUBLE_QUOTES,
    OPENING_QUOTES,
    QUOTE_MARKS,
    is_title_case,
    paragraph_breaks,
    split_sentences,
)

__all__ = [
    "BOILERPLATE",
    "CONTRACTION",
    "Cleaned",
    "DASH_SUFFIX",
    "Edit",
    "GAP_MARK",
    "LOG_COLUMNS",
    "LONG_LINES_TOO",
    "MAX_DEK_WORDS",
    "MAX_FURNITURE_WORDS",
    "MAX_HEADLINE_WORDS",
    "PIPE",
    "QUOTE_CLOSERS",
    "QUOTE_OPENERS",
    "SENTENCE_END",
    "Step",
    "TOKENISED_SHARE",
    "apply_edits",
    "clean",
    "find_headline_and_dek",
    "headline_and_dek",
    "looks_tokenised",
    "output_spans",
    "same_headline",
    "shift_offset",
    "steps_for",
    "strip_site_suffix",
    "undo",
]

#: Columns of the cleaning log.
LOG_COLUMNS = ["step", "before", "after", "start", "end", "why"]

#: What the kit writes where a tokeniser dropped words: the editor's mark for an omission.
GAP_MARK = "[…]"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new``, for the reason ``why``."""

    start: int
    end: int
    new: str
    why: str


@dataclass(frozen=True)
class Step:
    """A named cleaning step: a function from text to the edits it proposes."""

    name: str
    find: Callable[[str], list[Edit]]
    description: str


# --------------------------------------------------------------------------
# Applying edits, logging them, and undoing them
# --------------------------------------------------------------------------


def apply_edits(text: str, edits: list[Edit], step: str) -> tuple[str, list[dict]]:
    """Apply non-overlapping edits to ``text``; return the new text and log rows.

    Log offsets (``start``, ``end``) are positions in the text *before* this step.
    """
    pieces, rows, cursor = [], [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < cursor:
            continue  # overlapping edit: the first one wins
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.new)
        rows.append(
            {
                "step": step,
                "before": text[edit.start : edit.end],
                "after": edit.new,
                "start": edit.start,
                "end": edit.end,
                "why": edit.why,
            }
        )
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), rows


def undo(text: str, log: pd.DataFrame) -> str:
    """Rebuild the text as it was before cleaning, from the cleaned text and its log.

    Steps are undone last to first. Within a step, each edit's position in the
    step's output is its logged input position plus the growth of the edits
    before it.
    """
    for step in reversed(list(dict.fromkeys(log["step"]))):
        rows = log[log["step"] == step].sort_values("start")
        pieces, cursor, shift = [], 0, 0
        for row in rows.itertuples():
            out_start = row.start + shift
            pieces.append(text[cursor:out_start])
            pieces.append(row.before)
            cursor = out_start + len(row.after)
            shift += len(row.after) - len(row.before)
        pieces.append(text[cursor:])
        text = "".join(pieces)
    return text


def shift_offset(pos: int, rows: list[dict]) -> int:
    """Where a position in a step's input ends up in its output."""
    moved = pos
    for row in rows:
        if row["end"] <= pos:
            moved += len(row["after"]) - len(row["before"])
        elif row["start"] < pos:  # inside an edited span: go to its start
            moved -= pos - row["start"]
            break
    return moved


# --------------------------------------------------------------------------
# Layout: line endings, surrounding white space, paragraphs
# --------------------------------------------------------------------------


def _line_endings(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), "\n", "Windows or old Mac line ending made a plain newline")
        for m in re.finditer(r"\r\n?", text)
    ]


def _outer_space(text: str) -> list[Edit]:
    edits = []
    lead = re.match(r"\s+", text)
    if lead:
        edits.append(Edit(0, lead.end(), "", "white space before the first word"))
    trail = re.search(r"\s+\Z", text)
    if trail and trail.start() > 0:
        edits.append(Edit(trail.start(), len(text), "", "white space after the last word"))
    return edits


def _blank_lines(text: str) -> list[Edit]:
    """Write every paragraph break as exactly one blank line, by the kit's one paragraph
    rule (:func:`kitlib.text.split_paragraphs`); a line break inside a paragraph (a
    line wrapped in the middle of a sentence) becomes a space."""
    edits = []
    breaks = {start for start, _ in paragraph_breaks(text)}
    for m in re.finditer(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*", text):
        if m.start() == 0 or m.end() == len(text):
            continue  # white space at the ends is trimmed by its own step
        is_break = m.group().count("\n") > 1 or any(m.start() <= b < m.end() for b in breaks)
        if is_break and m.group() != "\n\n":
            why = (
                "paragraph break made one blank line"
                if m.group().count("\n") > 1
                else "line break between paragraphs made a blank line"
            )
            edits.append(Edit(m.start(), m.end(), "\n\n", why))
        elif not is_break:
            edits.append(Edit(m.start(), m.end(), " ", "line wrapped inside a paragraph joined"))
    return edits


# --------------------------------------------------------------------------
# Boilerplate: lines that belong to the web page, not to the story
# --------------------------------------------------------------------------

#: Credit lines, policy links, copyright lines and invitations are short: a line
#: longer than this is story text, whatever it says.
MAX_FURNITURE_WORDS = 30

#: A line is site furniture if it matches one of these (and is at most
#: MAX_FURNITURE_WORDS words long). Each says why. The rules name kinds of line
#: that news sites put around a story, never a particular site.
BOILERPLATE = [
    (
        re.compile(r"^.*\b(?:is not supported|another browser|enable JavaScript)\b.*$", re.M),
        "site banner about the reader's browser, not part of the story",
    ),
    (
        re.compile(r"^(?:Related|Read more|READ MORE|See also|Watch|MORE)\s?:.*$", re.M),
        "link to another article ('Related: ...'), not part of the story",
    ),
    (
        re.compile(
            r"^.*(?:\((?:AP|AFP|Reuters) Photo/[^)]*\)|Getty Images|Photo(?:graph)?:).*$", re.M
        ),
        "photo caption with its photo credit, not part of the story",
    ),
    (
        re.compile(
            r"^(?:\((?:Additional |Further )?(?:[Rr]eporting|Editing|Writing) by [A-Z].*|"
            r"(?:Additional |Further )?(?:[Rr]eporting|Editing|Edited|Writing|Written|Compiled|"
            r"Research) by [A-Z][^\n]*(?:;[^\n]*|[^.\n]))$",
            re.M,
        ),
        "credit line of the newsroom ('Reporting by ...; Editing by ...'), not part of the story",
    ),
    (
        re.compile(
            r"^(?:Our|Editorial|Journalism|Ethics) (?:Standards|Principles|Polic(?:y|ies))\s*:.*$",
            re.M | re.I,
        ),
        "link to the outlet's standards or policies, not part of the story",
    ),
    (
        re.compile(r"^\s*(?:©|\(c\)|Copyright\b|All rights reserved\b).*$", re.M | re.I),
        "copyright line of the page, not part of the story",
    ),
    (
        re.compile(
            r"^[^\w\n]*(?:(?:Submit|Send|Write) (?:us )?(?:your|a) "
            r"(?:letter|letters|comments?|tips?|"
            r"views|story)|Sign up\b|Subscribe (?:to|for|now)|Follow us on|(?:Click|Tap) here)\b.*$"
            r"|^.*\b(?:subscribe|sign up)\b.*\bnewsletters?\b.*$",
            re.M | re.I,
        ),
        "invitation to the reader (write a letter, subscribe, follow), not part of the story",
    ),
]


#: The kinds of furniture removed whatever their length (a caption can be long); in a
#: text of one line, only the sentences that are furniture are removed, never the line.
LONG_LINES_TOO = {why for _, why in BOILERPLATE[:3]}


def _boilerplate(text: str) -> list[Edit]:
    """Site furniture out, line by line; in a text that is one long line (a story pasted
    as one line), only the sentences that are furniture, so the story is never thrown
    away with them."""
    edits = []
    lines_with_words = sum(1 for line in text.split("\n") if re.search(r"\w", line))
    for pattern, why in BOILERPLATE:
        for m in pattern.finditer(text):
            short = len(m.group().split()) <= MAX_FURNITURE_WORDS
            if short or (why in LONG_LINES_TOO and lines_with_words > 1):
                end = m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end()
                edits.append(Edit(m.start(), end, "", why))
            elif why in LONG_LINES_TOO:  # the text's only line: an article pasted as one line
                edits += _furniture_sentences(text, m.start(), m.end(), pattern, why)
    return edits


def _furniture_sentences(text: str, start: int, end: int, pattern, why: str) -> list[Edit]:
    """In a long line, the sentences that are furniture by themselves (a photo credit, a
    "Related:" link), cut with the space after them; the rest of the line is kept."""
    line = text[start:end]
    cuts = []
    for _, s, e in split_sentences(line, [(0, len(line))]):
        if pattern.fullmatch(line[s:e]) and len(line[s:e].split()) <= MAX_FURNITURE_WORDS:
            after = len(line[e:]) - len(line[e:].lstrip(" \t"))
            cuts.append(Edit(start + s, start + e + after, "", why))
    return cuts


# --------------------------------------------------------------------------
# Headline and dek: metadata, not body paragraphs
# --------------------------------------------------------------------------

#: A headline or dek line is short and has no full stop at its end.
MAX_HEADLINE_WORDS = 20
MAX_DEK_WORDS = 45


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_title_like(line: str, max_words: int) -> bool:
    words = line.split()
    return 0 < len(words) <= max_words and not re.search(rf"[.!?:){CLOSING_QUOTES}]\s*$", line)


#: What a site puts after a headline: " | DW | 19.01.2020", " - Stack Overflow Blog".
PIPE = re.compile(r"\s+\|\s+")
DASH_SUFFIX = re.compile(r"\s+[-–—]\s+((?:[A-Z0-9][\w.&'’-]*\s*){1,5})$")


def strip_site_suffix(headline: str) -> tuple[str, str]:
    """The headline without a site's or section's name around it, and what was removed
    ("" if nothing).

    Parts separated by " | " (a pipe does not occur in headlines as written): the
    longest part is the headline. After " - ", up to five capitalised words (a
    site's name) go, when at least three words are left.

    >>> strip_site_suffix("Floods close the bridge | DW | 19.01.2020")
    ('Floods close the bridge', ' | DW | 19.01.2020')
    >>> strip_site_suffix("Opinion | Why the bridge matters to us all")
    ('Why the bridge matters to us all', 'Opinion | ')
    >>> strip_site_suffix("How we test our code - Example Blog")
    ('How we test our code', ' - Example Blog')
    >>> strip_site_suffix("Council votes to close library")
    ('Council votes to close library', '')
    """
    parts = PIPE.split(headline)
    if len(parts) > 1:
        longest = max(parts, key=lambda part: len(part.split()))
        start = headline.index(longest)
        removed = headline[:start] + headline[start + len(longest) :]
        if len(longest.split()) >= 3:
            return longest.strip(), removed
    m = DASH_SUFFIX.search(headline)
    if m and len(headline[: m.start()].split()) >= 3:
        return headline[: m.start()].strip(), headline[m.start() :]
    return headline, ""


def same_headline(headline: str, other: str) -> bool:
    """True if two headlines are the same, ignoring case, spacing, trailing punctuation
    and a site's name after them.

    >>> same_headline("Who won the debate?", "who won the debate ")
    True
    >>> same_headline("Floods close the bridge.", "Floods close the bridge | DW")
    True
    """

    def normal(line: str) -> str:
        line = strip_site_suffix(line.strip())[0]
        line = re.sub(rf"[\s.!?;:,){QUOTE_MARKS}]+$", "", line)
        return " ".join(line.split()).casefold()

    return normal(headline) == normal(other)


def _looks_like_headline(first: str, following: str) -> bool:
    """A first line is a headline if it is short and has no final full stop; or if it
    is one short sentence ending in ".", "?", "!", ";" or a quotation mark that reads
    like a headline (a question, a quotation, title case, a kicker before a colon,
    or no "the"/"a"/"an"),
    with a longer paragraph after it."""
    words = first.split()
    if not 0 < len(words) <= MAX_HEADLINE_WORDS:
        return False
    if not re.search(rf"[.!?:;){CLOSING_QUOTES}]\s*$", first):
        return True
    if re.search(r"[:)]\s*$", first) or re.search(
        rf"[.!?][{CLOSING_QUOTES}]?\s+[A-Z{OPENING_QUOTES}]", first[:-1]
    ):
        return False  # an introduction to what follows, or more than one sentence
    headline_style = (
        first.rstrip("\"”’' ").endswith("?")
        or first.rstrip()[-1] in CLOSING_QUOTES  # a quotation as the headline
        or is_title_case(first)
        or ":" in " ".join(words[:4])  # a kicker: "The Latest: ...", "Mayor: ..."
        or not re.search(r"\b(?:the|a|an)\b", first, re.IGNORECASE)
    )
    return headline_style and len(following.split()) > len(words)


def find_headline_and_dek(text: str, headline: str | None = None) -> tuple[str | None, str | None]:
    r"""Find a headline and dek at the top of a text.

    The headline is the first non-empty line if it is the same as ``headline``
    (ignoring case, trailing punctuation and spaces, and a site's name after it)
    or, when no headline is known, if it looks like one: short, and either with
    no final full stop or one sentence in headline style ("Who won the debate?")
    followed by a longer paragraph. The dek (a one-sentence summary under the
    headline) is the next line, when it is title-like too.

    >>> find_headline_and_dek("Who won the debate?\n\nBoth candidates claimed it on Tuesday night.")
    ('Who won the debate?', None)
    """
    lines = [line for line in _lines(text) if line[2].strip()]
    if not lines or "\n" not in text.strip():
        return None, None
    first = lines[0][2].strip()
    following = lines[1][2].strip() if len(lines) > 1 else ""
    if not any(re.search(r"\w", line) for _, _, line in lines[1:]):
        return None, None  # the only words of the text are its story, not a headline
    if headline is not None and not same_headline(first, headline):
        return None, None
    if headline is None and not _looks_like_headline(first, following):
        return None, None
    dek = None
    if len(lines) > 2 and _is_title_like(lines[1][2].strip(), MAX_DEK_WORDS):
        dek = lines[1][2].strip()
    return first, dek


def _title_lines(text: str, headline: str | None, dek: str | None) -> list[Edit]:
    edits = []
    for start, end, line in _lines(text):
        stripped = line.strip()
        if stripped and stripped in (headline, dek):
            what = "headline" if stripped == headline else "dek (summary under the headline)"
            end = end + 1 if end < len(text) else end
            edits.append(Edit(start, end, "", f"{what}: kept in the metadata, not a paragraph"))
            if stripped == headline:
                headline = None
            else:
                dek = None
    return edits


# --------------------------------------------------------------------------
# Machine-tokenised text (the CNN file): paragraphs, gaps, detokenising
# --------------------------------------------------------------------------

#: Share of punctuation marks with a space before them above which a text
#: counts as tokenised ("Clinton , Kaine ." instead of "Clinton, Kaine.").
TOKENISED_SHARE = 0.5

SENTENCE_END = re.compile(rf"[.?!](?: [{CLOSING_QUOTES}])?$")


def looks_tokenised(text: str) -> bool:
    """True if most commas and full stops have a space before them, or contractions are split."""
    marks = re.findall(r"(\s?)[,.;:?!](?=\s|$)", text)
    spaced = sum(1 for space in marks if space)
    split_contractions = len(re.findall(r"\w n['’]t\b", text))
    return bool(marks) and (spaced / len(marks) > TOKENISED_SHARE or split_contractions >= 2)


def _paragraphs_from_space_runs(text: str) -> list[Edit]:
    """In a one-line tokenised text, three spaces after a sentence end mark a paragraph break.

    Inside a quotation (an odd number of quotation marks since the last break),
    the spaces are taken as spacing between quoted sentences, unless a new
    quotation opens right after them. Counting per paragraph means one lost
    quotation mark cannot confuse the rest of the article.
    """
    if "\n" in text:
        return []
    edits, paragraph_start = [], 0
    for m in re.finditer(r" {3,}", text):
        before = text[: m.start()]
        if not SENTENCE_END.search(before):
            continue  # inside a sentence: dropped words, see _dropped_words
        inside_quote = text[paragraph_start : m.start()].count('"') % 2 == 1
        quote_follows = text[m.end() : m.end() + 1] in '"“'
        if inside_quote and not quote_follows:
            why = "spaces between sentences inside a quotation: kept in one paragraph"
            edits.append(Edit(m.start(), m.end(), " ", why))
        else:
            why = "spaces after a sentence end: a lost paragraph break"
            edits.append(Edit(m.start(), m.end(), "\n\n", why))
            paragraph_start = m.end()
    return edits


def _dropped_words(text: str) -> list[Edit]:
    """Runs of 3+ spaces inside a sentence: words the processing pipeline dropped."""
    return [
        Edit(
            m.start(), m.end(), f" {GAP_MARK} ", "spaces inside a sentence: words were dropped here"
        )
        for m in re.finditer(r"(?<=\S) {3,}(?=\S)", text)
    ]


def _detokenise(text: str) -> list[Edit]:
    """Join punctuation to its words with sacremoses, then log the changes token by token."""
    from sacremoses import MosesDetokenizer

    detok = MosesDetokenizer(lang="en")
    edits, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            tokens = line.split(" ")
            joined = detok.detokenize([t for t in tokens if t], unescape=False)
            edits += _diff_removed_spaces(line, joined, pos)
        pos += len(line) + 1
    return edits


def _diff_removed_spaces(before: str, after: str, offset: int) -> list[Edit]:
    """Edits that turn ``before`` into ``after``, where ``after`` only lacks some spaces.

    Each edit covers whole tokens ("Clinton ," -> "Clinton,") so the log reads well.
    """
    removed, j = [], 0
    for i, char in enumerate(before):
        if j < len(after) and after[j] == char:
            j += 1
        elif char == " ":
            removed.append(i)
        else:  # the detokeniser changed more than spaces: leave this line alone
            return []
    spans: list[list[int]] = []
    for i in removed:
        start = before.rfind(" ", 0, i) + 1
        end = before.find(" ", i + 1)
        end = len(before) if end == -1 else end
        # a gap mark stays outside every edit, so its position can be followed
        if before[start:i] == GAP_MARK:
            start = i
        if before[i + 1 : end] == GAP_MARK:
            end = i + 1
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    removed_set = set(removed)
    return [
        Edit(
            offset + s,
            offset + e,
            "".join(c for k, c in enumerate(before[s:e], start=s) if k not in removed_set),
            "tokeniser's spaces around punctuation removed",
        )
        for s, e in spans
    ]


#: Contractions a tokeniser splits off and sacremoses leaves split ("did n't", "mate ’s").
CONTRACTION = re.compile(r"(?<=\w) (n['’]t|['’](?:s|re|ve|ll|d|m))\b", re.I)


def _contractions(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), m.group(1), "split contraction or possessive joined again")
        for m in CONTRACTION.finditer(text)
    ]


def _collapse_spaces(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), " ", "several spaces made one")
        for m in re.finditer(r"(?<=\S)[ \t]{2,}(?=\S)", text)
    ]


# --------------------------------------------------------------------------
# Quotation marks: an optional step (quote finding wants them as written)
# --------------------------------------------------------------------------

QUOTE_OPENERS = {'"': "“", "'": "‘"}
QUOTE_CLOSERS = {'"': "”", "'": "’"}


def _curly_quotes(text: str) -> list[Edit]:
    """Make every straight double quote curly, opening or closing by its neighbours."""
    edits = []
    for m in re.finditer(f"[{DOUBLE_QUOTES}]", text):
        char = m.group()
        before = text[m.start() - 1] if m.start() else " "
        opening = before.isspace() or before in "([{—–-/"
        new = "“" if opening else "”"
        if char != new:
            edits.append(
                Edit(m.start(), m.end(), new, "quotation mark made curly and matched to its side")
            )
    return edits


# --------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------


def steps_for(text: str, headline: str | None, normalise_quotes: bool = False) -> list[Step]:
    """Choose the steps a text needs, in order."""
    steps = [
        Step("line endings", _line_endings, "Make every line ending a plain newline."),
        Step(
            "boilerplate", _boilerplate, "Remove site banners, photo captions and 'Related:' links."
        ),
    ]
    found_headline, dek = find_headline_and_dek(
        re.sub(r"\r\n?", "\n", _without_boilerplate(text)), headline
    )
    if found_headline:
        steps.append(
            Step(
                "headline and dek",
                lambda t: _title_lines(t, found_headline, dek),
                "Move the headline and dek into the metadata.",
            )
        )
    steps.append(Step("outer space", _outer_space, "Remove white space around the whole text."))
    if looks_tokenised(text):
        steps += [
            Step(
                "paragraphs",
                _paragraphs_from_space_runs,
                "Turn runs of spaces after a sentence end into paragraph breaks.",
            ),
            Step(
                "dropped words",
                _dropped_words,
                f"Mark runs of spaces inside a sentence with {GAP_MARK}.",
            ),
            Step("detokenise", _detokenise, "Join punctuation to its words (sacremoses)."),
            Step(
                "contractions", _contractions, "Join split contractions and possessives (n't, ’s)."
            ),
        ]
    else:
        steps.append(Step("spaces", _collapse_spaces, "Make runs of spaces one space."))
    steps.append(
        Step("blank lines", _blank_lines, "Separate paragraphs by exactly one blank line.")
    )
    if normalise_quotes:
        steps.append(
            Step(
                "curly quotes", _curly_quotes, "Make all double quotation marks curly and matched."
            )
        )
    return steps


def _without_boilerplate(text: str) -> str:
    return apply_edits(text, _boilerplate(text), "")[0]


def headline_and_dek(text: str, headline: str | None = None) -> tuple[str | None, str | None]:
    """The headline and dek that cleaning will move out of ``text`` into the metadata."""
    return find_headline_and_dek(re.sub(r"\r\n?", "\n", _without_boilerplate(text)), headline)


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning: the text, the log, and where the gap marks ended up."""

    text: str
    log: pd.DataFrame
    gaps: tuple[tuple[int, int], ...]


def clean(raw: str, headline: str | None = None, normalise_quotes: bool = False) -> Cleaned:
    """Run the cleaning pipeline on ``raw``.

    Parameters
    ----------
    raw : str
        The text as received.
    headline : str, optional
        The known headline; a line equal to it is moved out of the body.
    normalise_quotes : bool
        Also make all double quotation marks curly (off by default: quote
        finding needs the marks as written).

    Returns
    -------
    Cleaned
        ``text``; ``log`` with columns step, before, after, start, end, why
        (offsets into the text as it was before that step); ``gaps``, the
        offsets of every :data:`GAP_MARK` the kit inserted.
    """
    text = raw
    rows: list[dict] = []
    gaps: list[tuple[int, int]] = []
    for step in steps_for(raw, headline, normalise_quotes):
        text, step_rows = apply_edits(text, step.find(text), step.name)
        gaps = [(shift_offset(s, step_rows), shift_offset(e, step_rows)) for s, e in gaps]
        if step.name == "dropped words":
            gaps = [(s + 1, e - 1) for s, e in output_spans(step_rows)]
        rows += step_rows
    return Cleaned(text, _log_table(rows), tuple(gaps))


def _log_table(rows: list[dict]) -> pd.DataFrame:
    """The log's rows as a table; ``start`` and ``end`` are whole numbers even when it is empty.

    An empty log (the usual case: a text that needed no cleaning) is built from
    empty typed arrays: making an empty table and converting its columns
    (``astype``) took longer than cleaning an already clean text.
    """
    if rows:
        return pd.DataFrame(rows, columns=LOG_COLUMNS)  # offsets are ints: int64 already
    return pd.DataFrame(
        {
            column: np.array([], dtype="int64" if column in ("start", "end") else object)
            for column in LOG_COLUMNS
        }
    )


def output_spans(rows: list[dict]) -> list[tuple[int, int]]:
    """Where each edit's new text stands in the step's output."""
    spans, shift = [], 0
    for row in rows:
        start = row["start"] + shift
        spans.append((start, start + len(row["after"])))
        shift += len(row["after"]) - len(row["before"])
    return spans
