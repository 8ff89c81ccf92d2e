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
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from kitlib import vocab
from kitlib.text import (
    CLOSING_QUOTES,
    DOUBLE_QUOTES,
    OPENING_QUOTES,
    QUOTE_MARKS,
    is_title_case,
    paragraph_breaks,
    split_paragraphs,
    split_sentences,
    straight_quotes,
)

__all__ = [
    "ABSTRACT_MARK",
    "BOILERPLATE",
    "BYLINE_LINKS",
    "CONTRACTION",
    "Cleaned",
    "DASH_SUFFIX",
    "DATELINE",
    "DATELINE_LINE",
    "EMBED_MARKUP",
    "Edit",
    "FULL_TEXT_MARK",
    "GAP_MARK",
    "INLINE_CREDIT",
    "LABEL",
    "LOG_COLUMNS",
    "LONG_LINES_TOO",
    "MAX_BYLINE_WORDS",
    "MAX_DEK_WORDS",
    "MAX_FURNITURE_WORDS",
    "MAX_HEADLINE_WORDS",
    "MAX_NOTE_WORDS",
    "MAX_PULL_QUOTE_WORDS",
    "MIN_WORDS_AFTER_CREDIT",
    "METADATA_STEPS",
    "MIN_PULL_QUOTE_WORDS",
    "PIPE",
    "QUOTE_CLOSERS",
    "QUOTE_OPENERS",
    "SENTENCE_END",
    "Step",
    "TOKENISED_SHARE",
    "TOP_LINES",
    "apply_edits",
    "clean",
    "find_dateline",
    "find_headline_and_dek",
    "headline_and_dek",
    "is_byline",
    "looks_tokenised",
    "moved_to_metadata",
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
    for m in re.finditer(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*[ \t]*", text):
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

#: An editor's note can be a paragraph of its own: a line that opens with "Editor's
#: note" is furniture up to this many words.
MAX_NOTE_WORDS = 120

_BANNER = "site banner about the reader's browser, not part of the story"
_RELATED = "link to another article ('Related: ...'), not part of the story"
_EMBED = (
    "placeholder of an embedded post, video or picture (a tweet, 'Embed from Getty "
    "Images', '[embedded content]'), not part of the story"
)
#: The tags a page's embedded posts and players leave in extracted text.
_EMBED_TAGS = "tweet|embed|iframe|blockquote|video|script|instagram|facebook"
_EMBED_MARKUP = "markup of an embedded post (the post's words are kept: someone wrote them)"
_CAPTION = "photo caption or credit ('(Credit: ...)', 'Getty Images'), not part of the story"
_NOTE = "editor's note to the reader ('Editor's note: ...'), not part of the story"
_TIPS = (
    "reader-tips or newsletter box ('Have a tip?', 'delivered to your inbox'), not part "
    "of the story"
)

#: A line is site furniture if it matches one of these (and is at most
#: MAX_FURNITURE_WORDS words long, MAX_NOTE_WORDS for an editor's note). Each says why.
#: The rules name kinds of line that news sites put around a story, never a particular
#: site. Where two rules match the same line, the first one in this list gives the reason.
BOILERPLATE = [
    (
        re.compile(r"^.*\b(?:is not supported|another browser|enable JavaScript)\b.*$", re.M),
        _BANNER,
    ),
    (
        re.compile(
            r"^(?:(?i:related(?: [a-z]+){0,2}|read more|read also|also read|see also|"
            r"more on this(?: story)?|recommended(?: reading)?|watch)\s?:.*|MORE\s?:.*|"
            r"(?i:related (?:stories|articles|coverage|content|links|posts|reading)|"
            r"more stories|read more)\s*)$",
            re.M,
        ),
        _RELATED,
    ),
    (
        re.compile(
            rf"^[ \t]*(?:<({_EMBED_TAGS})\b[^>\n]*>\s*(?:</?\1\b[^>\n]*>)?[ \t]*\.?"
            r"|\[(?i:embedded content|embed|video|tweet|instagram|facebook|youtube)[^\]\n]*\]"
            r"[ \t]*[.:]?"
            r"|Embed from Getty Images\b.*"
            r"|(?:View|See) (?:this|the) (?:post|photo|video) on [A-Z]\w+\b.*"
            r"|A (?:post|photo|video) shared by\b.*"
            r"|(?:Watch|See|View|Listen to)\b[^.\n]{0,60}\b(?:above|below)[.:]?"
            r")[ \t]*$",
            re.M,
        ),
        _EMBED,
    ),
    (
        re.compile(
            r"^.*(?:\((?:AP|AFP|Reuters) Photo/[^)]*\)|Getty Images|Photo(?:graph)?:"
            r"|\((?:(?:Photo|Image|Picture|Video|Illustration|Graphic|Map) )?"
            r"(?:Credits?|Courtesy|CREDIT)\b[^)\n]*\)"
            r"|^[ \t]*(?:(?:Photo|Image|Picture|Video|Illustration|Graphic|Map) )?"
            r"(?:Credits?|Courtesy|CREDIT)[ \t]*:"
            r"|\b(?:Photo|Photograph|Image|Illustration)s? (?:by|credit:?|courtesy of) [A-Z]"
            r").*$",
            re.M,
        ),
        _CAPTION,
    ),
    (
        re.compile(
            r"^[^\w\n]*(?:Editor['’]?s['’]? [Nn]ote|Editors['’] [Nn]ote|EDITOR['’]?S['’]? NOTE)"
            r"\b.*$",
            re.M,
        ),
        _NOTE,
    ),
    (
        re.compile(
            r"^.*(?:\b(?:Have|Got|Know) (?:a|any) (?:news )?tips?\b|\bDo you have (?:a tip|"
            r"information|a story)\b|\btips@|\b(?:Get|get|delivered|sent)\b[^.\n]{0,60}"
            r"\b(?:to|in) your inbox\b).*$",
            re.M | re.I,
        ),
        _TIPS,
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
            # the first "subscribe" taken once and for all (an atomic group): a line with
            # many and no "newsletter" is read once, not once per "subscribe"
            r"|^(?>.*?\b(?:subscribe|sign up)\b)(?=.*\bnewsletters?\b).*$",
            re.M | re.I,
        ),
        "invitation to the reader (write a letter, subscribe, follow), not part of the story",
    ),
]


#: The kinds of furniture removed whatever their length in a text of several lines (a
#: caption can be long); in a text of one line, only the sentences that are furniture are
#: removed, never the line. A long editor's note loses only its sentences that are notes.
LONG_LINES_TOO = {_BANNER, _RELATED, _CAPTION, _EMBED}

#: A credit in brackets inside a story's sentence, with at least this many words of prose
#: after it ("The river (Credit: Jane Doe / Example News) rose again overnight"): only the
#: brackets go, with the space before them. A sentence that ends with its credit (or a
#: photographer's name after it) is a caption, and goes whole.
MIN_WORDS_AFTER_CREDIT = 3

#: A credit in brackets, with the space before it.
INLINE_CREDIT = re.compile(
    r"[ \t]*\((?:(?:Photo|Image|Picture|Video|Illustration|Graphic|Map) )?"
    r"(?:Credits?|Courtesy|CREDIT)\b[^)\n]*\)|[ \t]*\((?:AP|AFP|Reuters) Photo/[^)\n]*\)"
)


def _prose_after_credit(text: str) -> bool:
    """Does story prose go on after a credit in brackets ("... (Credit: X / Y) rose ...")?"""
    for m in INLINE_CREDIT.finditer(text):
        after = re.split(r"(?<=[.!?])\s", text[m.end() :], maxsplit=1)[0]
        if len(after.split()) >= MIN_WORDS_AFTER_CREDIT and re.search(r"\b[a-z]{2,}\b", after):
            return True
    return False


#: The markup around an embedded post that has words of its own
#: (``<tweet id="…" author="@…">The words</tweet>``): the tags go, the words stay.
EMBED_MARKUP = re.compile(rf"</?(?:{_EMBED_TAGS})\b[^>\n]*/?>")


def _embed_markup(text: str) -> list[Edit]:
    """The tags around an embedded post's words; a full stop after the closing tag goes
    with it when the post's words already end a sentence ("…convention.</tweet>.")."""
    edits = []
    for m in EMBED_MARKUP.finditer(text):
        end = m.end()
        ended = re.search(rf"[.!?…][{CLOSING_QUOTES}]?$", text[: m.start()])
        if m.group().startswith("</") and text[end : end + 1] == "." and ended:
            end += 1
        edits.append(Edit(m.start(), end, "", _EMBED_MARKUP))
    return edits


def _boilerplate(text: str) -> list[Edit]:
    """Site furniture out, line by line; in a text that is one long line (a story pasted
    as one line), or around a credit inside a story's sentence, only the sentences (or the
    credit) that are furniture, so the story is never thrown away with them.

    Loading an article asks this three times of the same text (to find the headline
    before cleaning, in :func:`headline_and_dek`, and as the cleaning step): the
    edits of the last few texts are kept (:func:`_furniture_edits`)."""
    return list(_furniture_edits(text))


@lru_cache(maxsize=4)
def _furniture_edits(text: str) -> tuple[Edit, ...]:
    """:func:`_boilerplate`'s edits (immutable), found once per text."""
    edits = []
    lines_with_words = sum(1 for line in text.split("\n") if re.search(r"\w", line))
    for pattern, why in BOILERPLATE:
        limit = MAX_NOTE_WORDS if why == _NOTE else MAX_FURNITURE_WORDS
        for m in pattern.finditer(text):
            short = len(m.group().split()) <= limit
            whole = why in LONG_LINES_TOO and lines_with_words > 1
            if short or (whole and not (why == _CAPTION and _prose_after_credit(m.group()))):
                end = m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end()
                edits.append(Edit(m.start(), end, "", why))
            elif why in LONG_LINES_TOO or why == _NOTE:
                edits += _furniture_sentences(text, m.start(), m.end(), pattern, why)
    return (*edits, *_embed_markup(text))  # a tag inside a line already removed loses: overlap


#: The spaces and tabs after a sentence cut from a line.
_SPACES_AND_TABS = re.compile(r"[ \t]*")


def _spaces_after(line: str, end: int) -> int:
    """How many spaces and tabs follow ``end`` in ``line`` (measured, not copied)."""
    found = _SPACES_AND_TABS.match(line, end)
    return found.end() - end if found else 0


def _furniture_sentences(text: str, start: int, end: int, pattern, why: str) -> list[Edit]:
    """In a long line, the sentences that are furniture by themselves (a photo credit, a
    "Related:" link), cut with the space after them; the rest of the line is kept. A
    credit in brackets inside a story sentence goes alone."""
    line = text[start:end]
    cuts = []
    for _, s, e in split_sentences(line, [(0, len(line))]):
        sentence = line[s:e]
        if why == _CAPTION and _prose_after_credit(sentence):
            # "The river (Credit: Jane Doe / Example) rose again": the credit alone
            cuts += [
                Edit(start + s + m.start(), start + s + m.end(), "", why)
                for m in INLINE_CREDIT.finditer(sentence)
            ]
        elif pattern.fullmatch(sentence) and len(sentence.split()) <= MAX_FURNITURE_WORDS:
            after = _spaces_after(line, e)
            cuts.append(Edit(start + s, start + e + after, "", why))
    return cuts


# --------------------------------------------------------------------------
# Pull quotes: a quotation printed twice, once in the story and once set apart
# --------------------------------------------------------------------------

#: A pull quote worth looking for has at least this many words inside its marks.
MIN_PULL_QUOTE_WORDS = 6

#: A paragraph longer than this is story text, not a pull quote set apart.
MAX_PULL_QUOTE_WORDS = 60

_PULL_QUOTE = re.compile(
    rf"^[{OPENING_QUOTES}{DOUBLE_QUOTES}](?P<inside>[^\n{DOUBLE_QUOTES}]+)[{DOUBLE_QUOTES}]"
    rf"(?P<after>[ \t]*(?:[—–―-]+[ \t]*[A-Z][^\n]{{0,60}})?)$"
)


def _plain(text: str) -> str:
    """Words only, lower case: how a quotation is compared with the story."""
    return " ".join(re.findall(r"\w+", straight_quotes(text).casefold()))


def _pull_quotes(text: str) -> list[Edit]:
    """A paragraph that is only a quotation (perhaps with "— Name" after it) whose words
    the story prints again in another, longer paragraph: the copy set apart goes."""
    spans = split_paragraphs(text)
    plain = [_plain(text[s:e]) for s, e in spans]
    edits = []
    for i, (s, e) in enumerate(spans):
        paragraph = text[s:e]
        m = _PULL_QUOTE.match(paragraph)
        if not m or len(paragraph.split()) > MAX_PULL_QUOTE_WORDS:
            continue
        inside = _plain(m.group("inside"))
        if len(inside.split()) < MIN_PULL_QUOTE_WORDS:
            continue
        for j, other in enumerate(plain):
            if j == i or inside not in other:
                continue
            if len(other) > len(plain[i]) or (other == plain[i] and j < i):
                end = e
                while end < len(text) and text[end] in " \t\n":
                    end += 1
                why = (
                    f"pull quote: a quotation the story prints again in paragraph {j + 1}, "
                    "set apart as a display; kept once, where the story tells it"
                )
                edits.append(Edit(s, end if end < len(text) else e, "", why))
                break
    return edits


# --------------------------------------------------------------------------
# What opens a story: byline and dateline (found before the headline, which they
# help to find)
# --------------------------------------------------------------------------

#: A byline is short: a line longer than this is story text.
MAX_BYLINE_WORDS = 15

#: Little words a byline's names may hold besides capitalised words ("By Jane Doe and
#: John Roe", "By Ann de la Cruz").
BYLINE_LINKS = vocab.NAME_PARTICLES | {"and", "&", "of", "the", "for", "at"}

#: What separates the names in a byline from the newsroom or role after them.
_BYLINE_SEPARATOR = re.compile(r"\s*(?:,|\||/|[—–―]|\s-)\s*")

_SENTENCE_INSIDE = re.compile(rf"[.!?][{CLOSING_QUOTES}]?\s+[a-z]")


def _capitalised_words(words: list[str]) -> bool:
    return bool(words) and all(
        w[0].isupper() or w.casefold() in BYLINE_LINKS or not re.search(r"\w", w) for w in words
    )


def _affiliation(part: str) -> bool:
    """The newsroom or role after a byline's names: "CNN", "USA TODAY", "The Washington
    Post", "Associated Press", "staff writer"."""
    words = part.rstrip(".").split()
    if not 0 < len(words) <= 6:
        return False
    if all(w.isupper() for w in words if re.search(r"\w", w)):
        return True
    if any(w.strip(".,") in vocab.ORGANISATION_WORDS for w in words):
        return True
    return words[-1].casefold() in vocab.ROLE_WORDS and len(words) <= 3


def is_byline(line: str) -> bool:
    """True for a line that names the story's writers: "By Jane Doe and John Roe",
    "BY JANE DOE | Example News", "Jane Doe, CNN".

    A byline opens with "By" and capitalised names, perhaps followed by a newsroom or
    role; or it is a name of two to four capitalised words, a comma and a newsroom
    (written in capitals, or with a word such as News, Post or Times). It has at most
    :data:`MAX_BYLINE_WORDS` words and no sentence inside it.

    >>> is_byline("By Jane Doe and John Roe"), is_byline("Jane Doe, CNN")
    (True, True)
    >>> is_byline("By Tuesday, the council had voted to close it.")
    False
    """
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= MAX_BYLINE_WORDS or _SENTENCE_INSIDE.search(line):
        return False
    parts = _BYLINE_SEPARATOR.split(line.rstrip("."), maxsplit=1)
    names = parts[0].split()
    rest = parts[1] if len(parts) > 1 else ""
    if not names:
        return False
    if names[0] in ("By", "BY"):
        names = names[1:]
        if not names or not _capitalised_words(names) or names[0] in vocab.CALENDAR_WORDS:
            return False
        return not rest or _affiliation(rest) or _capitalised_words(rest.split())
    return (
        2 <= len(names) <= 4
        and all(w[0].isupper() for w in names)
        and not any(w in vocab.CALENDAR_WORDS for w in names)
        and bool(rest)
        and _affiliation(rest)
    )


_DASH = r"(?:[ \u00a0]*[—–―]|[ \u00a0]+--?)"
_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_REGION = r"[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{1,5}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_DATE = rf"(?:{'|'.join(month[:3] for month in vocab.MONTHS)})[a-z]*\.? \d{{1,2}}"
_AGENCY = r"\([A-Z][\w .&/-]{0,30}\)"

#: A dateline at the start of a story: the place in capital letters (several places
#: joined by "|" or "/"), perhaps a state or country, a date and a news agency in
#: brackets, then a dash ("WASHINGTON —", "RIVERSIDE, Calif. (AP) —", "LONDON, June 5
#: (Reuters) -"); or a news agency in brackets alone ("(CNN) —"). The story goes on after
#: it with a capital letter or a quotation mark.
DATELINE = re.compile(
    rf"(?P<dateline>(?:{_PLACE}(?: ?[|/] ?{_PLACE})*(?:, (?:{_REGION}))?(?:, {_DATE})?"
    rf"(?: ?{_AGENCY})?{_DASH}|{_AGENCY}(?:{_DASH})?))[ \u00a0]*"
    rf"(?=[A-Z{OPENING_QUOTES}{DOUBLE_QUOTES}])"
)

#: A dateline on a line of its own: places in capital letters joined by "|" or "/"
#: ("PHILADELPHIA | DETROIT"), or one place and a dash ("WASHINGTON —").
DATELINE_LINE = re.compile(
    rf"(?P<dateline>{_PLACE}(?: ?[|/] ?{_PLACE})+(?:{_DASH})?|{_PLACE}(?:, (?:{_REGION}))?"
    rf"(?: ?{_AGENCY})?{_DASH})[ \t\u00a0]*$"
)


def find_dateline(paragraph: str) -> str | None:
    """The dateline that opens a story's first paragraph, without its dash; None if it has
    none. A dateline is metadata (where the story was filed), not part of the lead and
    never an actor.

    >>> find_dateline("RIVERSIDE, Calif. (AP) — Firefighters contained the blaze.")
    'RIVERSIDE, Calif. (AP)'
    >>> find_dateline("PHILADELPHIA | DETROIT"), find_dateline("NATO — the alliance grew.")
    ('PHILADELPHIA | DETROIT', None)
    """
    first_line = paragraph.strip().split("\n")[0]
    m = DATELINE_LINE.match(first_line) or DATELINE.match(paragraph.strip())
    return _dateline_text(m.group("dateline")) if m else None


def _dateline_text(found: str) -> str:
    return re.sub(r"[\s\u00a0]*(?:—|–|―|--|-)\s*$", "", found).strip()


#: A label above a story, in capital letters: its section or kind ("LETTERS.",
#: "TOP STORIES.", "CORRECTION APPENDED.", "EXCLUSIVE").
LABEL = re.compile(r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,3}[.:]?")

#: How many lines above a story's first sentence may be labels, bylines and datelines.
TOP_LINES = 3


def _opening_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines that open the story (after its headline): up to :data:`TOP_LINES` lines
    that are labels, bylines or datelines standing alone, and the line after them."""
    out = []
    lines = [line for line in _lines(text) if re.search(r"\w", line[2])]
    for i, line in enumerate(lines[: TOP_LINES + 1]):
        out.append(line)
        stripped = line[2].strip()
        if i == len(lines) - 1 or not (
            LABEL.fullmatch(stripped) or is_byline(stripped) or DATELINE_LINE.match(stripped)
        ):
            break  # the story's first line (a text's last line is never above the story)
    return out


def _whole_line(text: str, end: int) -> int:
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _labels(text: str) -> list[Edit]:
    """Labels in capitals above the story ("LETTERS.", "TOP STORIES."): not its lead."""
    return [
        Edit(start, _whole_line(text, end), "", "label above the story (its section or kind)")
        for start, end, line in _opening_lines(text)[:-1]
        if LABEL.fullmatch(line.strip()) and not DATELINE_LINE.match(line.strip())
    ]


def _bylines(text: str) -> list[Edit]:
    """Bylines above the story, or on its last line: metadata."""
    lines = [line for line in _lines(text) if re.search(r"\w", line[2])]
    edits, seen = [], set()
    for start, end, line in _opening_lines(text)[:-1] + lines[-1:] * (len(lines) > 1):
        if start in seen or not is_byline(line):
            continue
        seen.add(start)
        why = "byline (who wrote the story): kept in the metadata"
        edits.append(Edit(start, _whole_line(text, end), "", why))
    return edits


def _datelines(text: str) -> list[Edit]:
    """The dateline that opens the story: metadata, not the lead."""
    opening = _opening_lines(text)
    for start, end, line in opening:
        offset = start + len(line) - len(line.lstrip())
        if DATELINE_LINE.match(line.strip()) and (start, end, line) != opening[-1]:
            end = _whole_line(text, end)
            while end < len(text) and text[end] in " \t\n":
                end += 1
        else:
            m = DATELINE.match(text, offset)
            if not m:
                continue
            end = m.end()
        why = "dateline (where the story was filed): kept in the metadata, not part of the lead"
        return [Edit(offset, end, "", why)]
    return []


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
    site's name) go, when at least three words are left; not words that end a
    sentence ("... Over The Platform — Yet.").

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
    if m and len(headline[: m.start()].split()) >= 3 and not re.search(r"[.!?]\s*$", m.group()):
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


def _inner_sentence_ends(line: str) -> int:
    """How many sentences end inside ``line`` (before its last character): a full stop
    after an abbreviation ("Dr.", "St.", "v.") or initials ("U.S.") ends none."""
    count = 0
    for m in re.finditer(rf"([\w.]*)([.!?])[{CLOSING_QUOTES}]?\s+[A-Z{OPENING_QUOTES}]", line):
        word = m.group(1)
        if m.group(2) == "." and (
            word.casefold() in vocab.ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word)
        ):
            continue
        count += 1
    return count


def _headline_case(line: str) -> bool:
    """Title case as headlines write it: most words capitalised (:func:`is_title_case`) and
    no lower-case word of four letters or more but little grammar words ("Mayor Says the
    Bridge Will Reopen", not "Gov. Mike Pence spoke")."""
    lower = [w for w in re.findall(r"\b[a-z][\w’']{3,}", line) if w not in vocab.FUNCTION_WORDS]
    return is_title_case(line) and not lower


def _without_semicolon(line: str) -> str:
    """A headline line as shown: the semicolon that joins it to its dek left out."""
    return re.sub(r"\s*;\s*$", "", line.strip())


def _opens_story(line: str) -> bool:
    """A byline, or a paragraph that opens with a dateline: what comes under a headline."""
    return is_byline(line) or find_dateline(line) is not None


def _looks_like_headline(first: str, following: str, rest_words: int = 0, third: str = "") -> bool:
    """A first line is a headline if it is short and has no final full stop; if it ends
    in a semicolon with a line after it (the archive layout "Headline;" then the dek); if
    a byline or dateline follows it (or follows the short line after it, a dek); or if it
    is one short sentence ending in ".", "?",
    "!" or a quotation mark that reads like a headline (a question, a quotation, title
    case, a kicker before a colon, or no "the"/"a"/"an"), with a longer paragraph after
    it or three times its words in the rest of the text. A title-case line may hold two
    sentences ("A Judge Is Confirmed. Is He the Last?")."""
    words = first.split()
    if not 0 < len(words) <= MAX_HEADLINE_WORDS:
        return False
    if not re.search(rf"[.!?:;){CLOSING_QUOTES}]\s*$", first):
        return True
    if first.rstrip().endswith(";"):
        return bool(following)
    if re.search(r"[:)]\s*$", first):
        return False  # an introduction to what follows
    if _opens_story(following):
        return True
    if third and _opens_story(third) and len(following.split()) <= MAX_DEK_WORDS:
        return True  # headline, dek, then the story's byline or dateline
    title_case = _headline_case(first)
    if _inner_sentence_ends(first[:-1]) > (1 if title_case else 0):
        return False  # more than one sentence: a paragraph
    headline_style = (
        first.rstrip("\"”’' ").endswith("?")
        or first.rstrip()[-1] in CLOSING_QUOTES  # a quotation as the headline
        or title_case
        or ":" in " ".join(words[:6])  # a kicker: "The Latest: ...", "Mayor: ..."
        or not re.search(r"\b(?:the|a|an)\b", first, re.IGNORECASE)
    )
    longer = len(following.split()) > len(words) or rest_words >= 3 * len(words)
    return headline_style and longer


def find_headline_and_dek(text: str, headline: str | None = None) -> tuple[str | None, str | None]:
    r"""Find a headline and dek at the top of a text.

    The headline is the first non-empty line if it is the same as ``headline``
    (ignoring case, trailing punctuation and spaces, and a site's name after it)
    or, when no headline is known, if it looks like one: short, and either with
    no final full stop, or ending in a semicolon (an archive's "Headline;" with the
    dek on the next line), or followed by a byline or dateline, or one sentence in
    headline style ("Who won the debate?") followed by more text. The dek (a
    one-sentence summary under the headline) is the next line, when it is title-like
    too, or when the headline ends in a semicolon, or when a byline or a dateline comes
    right after it. A byline, a dateline or a label is never a dek.

    >>> find_headline_and_dek("Who won the debate?\n\nBoth candidates claimed it on Tuesday night.")
    ('Who won the debate?', None)
    >>> find_headline_and_dek("Jobs report lifts Democrats; \nA rise in pay could blunt "
    ...                       "attacks.\n\nThe report cheered Democrats on Friday, aides said.")
    ('Jobs report lifts Democrats', 'A rise in pay could blunt attacks.')
    """
    lines = [line for line in _lines(text) if line[2].strip()]
    if not lines or "\n" not in text.strip():
        return None, None
    while len(lines) > 2 and LABEL.fullmatch(lines[0][2].strip()):
        lines = lines[1:]  # a label above the headline ("EXCLUSIVE")
    first = lines[0][2].strip()
    following = lines[1][2].strip() if len(lines) > 1 else ""
    if not any(re.search(r"\w", line) for _, _, line in lines[1:]):
        return None, None  # the only words of the text are its story, not a headline
    shown = _without_semicolon(first)
    if is_byline(first) or DATELINE_LINE.match(first):
        return None, None  # a byline or dateline opens the story: no headline above it
    if headline is not None and not same_headline(shown, headline):
        return None, None
    third = lines[2][2].strip() if len(lines) > 2 else ""
    rest_words = sum(len(line.split()) for _, _, line in lines[1:])
    if headline is None and not _looks_like_headline(first, following, rest_words, third):
        return None, None
    dek = None
    if len(lines) > 2 and not _opens_story(following) and not LABEL.fullmatch(following):
        short = len(following.split()) <= MAX_DEK_WORDS
        if short and (first.endswith(";") or _opens_story(third)):
            dek = following  # "Headline;" then the dek; or the line above a dateline
        elif _is_title_like(following, MAX_DEK_WORDS):
            dek = following
    return shown, dek


def _title_lines(text: str, headline: str | None, dek: str | None) -> list[Edit]:
    edits = []
    for start, end, line in _lines(text):
        stripped = line.strip()
        if stripped and (_without_semicolon(stripped) == headline or stripped == dek):
            what = "headline" if _without_semicolon(stripped) == headline else "dek"
            label = "headline" if what == "headline" else "dek (summary under the headline)"
            end = end + 1 if end < len(text) else end
            edits.append(Edit(start, end, "", f"{label}: kept in the metadata, not a paragraph"))
            if what == "headline":
                headline = None
            else:
                dek = None
    return edits


# --------------------------------------------------------------------------
# An archive's abstract: "ABSTRACT." ... "FULL TEXT." before the story
# --------------------------------------------------------------------------

#: The line that opens an archive's abstract, and the one that opens the full story.
ABSTRACT_MARK = re.compile(r"^[ \t]*(?:ABSTRACT|Abstract)[ \t]*[.:]?[ \t]*$", re.M)
FULL_TEXT_MARK = re.compile(r"^[ \t]*(?:FULL TEXT|Full [Tt]ext)[ \t]*[.:]?[ \t]*$", re.M)


def _abstract(text: str) -> list[Edit]:
    """An "ABSTRACT." line among the first lines, then the abstract, then a "FULL TEXT."
    line: the markers go, and the abstract moves to the metadata, when the full text has
    words of its own."""
    top = [line for line in _lines(text) if line[2].strip()][:TOP_LINES]
    opening = next((line for line in top if ABSTRACT_MARK.fullmatch(line[2])), None)
    if opening is None:
        return []
    full = FULL_TEXT_MARK.search(text, opening[1])
    if full is None or not re.search(r"\w", text[full.end() :]):
        return []

    def whole_line(start: int, end: int) -> int:
        return end + 1 if end < len(text) and text[end] == "\n" else end

    edits = [Edit(opening[0], whole_line(*opening[:2]), "", "the archive's 'ABSTRACT' mark")]
    body_start = whole_line(opening[0], opening[1])
    if re.search(r"\w", text[body_start : full.start()]):
        edits.append(
            Edit(
                body_start,
                full.start(),
                "",
                "abstract (the archive's summary of the story): kept in the metadata",
            )
        )
    edits.append(
        Edit(
            full.start(), whole_line(full.start(), full.end()), "", "the archive's 'FULL TEXT' mark"
        )
    )
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
            "boilerplate",
            _boilerplate,
            "Remove site furniture: banners, captions and credits, embeds, editor's notes, "
            "reader-tips boxes and 'Related:' links.",
        ),
        Step("pull quotes", _pull_quotes, "Remove quotations the story prints twice."),
    ]
    found_headline, dek = headline_and_dek(text, headline)
    if found_headline:
        steps.append(
            Step(
                "headline and dek",
                lambda t: _title_lines(t, found_headline, dek),
                "Move the headline and dek into the metadata.",
            )
        )
    steps += [
        Step("abstract", _abstract, "Move an archive's abstract into the metadata."),
        Step("labels", _labels, "Remove labels in capitals above the story."),
        Step("byline", _bylines, "Move the byline into the metadata."),
        Step("dateline", _datelines, "Move the dateline into the metadata."),
        Step("outer space", _outer_space, "Remove white space around the whole text."),
    ]
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
    """The headline and dek that cleaning will move out of ``text`` into the metadata.

    Kept for the last few texts: cleaning asks for them, and so does the loader.
    """
    return _headline_and_dek(text, headline)


@lru_cache(maxsize=4)
def _headline_and_dek(text: str, headline: str | None) -> tuple[str | None, str | None]:
    return find_headline_and_dek(re.sub(r"\r\n?", "\n", _without_boilerplate(text)), headline)


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning: the text, the log, where the gap marks ended up, and what
    cleaning moved into the metadata (:func:`moved_to_metadata`)."""

    text: str
    log: pd.DataFrame
    gaps: tuple[tuple[int, int], ...]
    meta: dict = field(default_factory=dict)


#: The metadata cleaning finds in a story's text, by the step that moves it out.
METADATA_STEPS = {"abstract": "abstract", "byline": "byline", "dateline": "dateline"}


def moved_to_metadata(log: pd.DataFrame | list[dict]) -> dict[str, str]:
    r"""What cleaning moved out of the story into the metadata, read from its log:
    ``abstract``, ``byline`` (without "By") and ``dateline`` (without its dash), each
    present only when found. Several bylines are joined by "; ".

    >>> cleaned = clean("By Jane Doe\n\nWASHINGTON — The council voted on Monday.")
    >>> moved_to_metadata(cleaned.log)
    {'byline': 'Jane Doe', 'dateline': 'WASHINGTON'}
    """
    rows = log.to_dict("records") if isinstance(log, pd.DataFrame) else log
    found: dict[str, list[str]] = {}
    for row in rows:
        key = METADATA_STEPS.get(row["step"])
        if key is None or (key == "abstract" and not row["why"].startswith("abstract")):
            continue
        value = " ".join(row["before"].split())
        if key == "byline":
            value = re.sub(r"^(?:By|BY)\s+", "", value).rstrip(".")
        elif key == "dateline":
            value = _dateline_text(value)
        found.setdefault(key, []).append(value)
    return {key: "; ".join(values) for key, values in found.items()}


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
    return Cleaned(text, _log_table(rows), tuple(gaps), moved_to_metadata(rows))


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
