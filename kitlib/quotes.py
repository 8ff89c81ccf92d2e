"""Quotes: who gets to speak, in whose words, and how the reporter introduces them.

>>> table = find_quotes('"We will win," Jane Smith said. "It is time."')
>>> table[["quote", "speaker", "cue", "kind", "rule"]]
         quote     speaker   cue  kind                          rule
0  We will win  Jane Smith  said  full           speaker after quote
1  It is time.  Jane Smith        full  continues previous quotation

How the kit reads a text, step by step (each step is a rule you can check):

1. **Find the quotation marks** and pair them within each paragraph.
   Straight ``"``, curly ``“ ”``, two apostrophes ``''`` and, in
   headlines, single ``‘ ’`` all count. Whether a mark opens or closes is
   read from the spaces around it first and from its shape second, so a
   quotation opened with ``“`` and closed with ``"`` still pairs up. A
   quotation left open at the end of a paragraph runs to the paragraph's
   end (news style for a quotation that goes on in the next paragraph).
   Marks inside web markup (``<tweet author="…">``) are not quotation marks.
2. **Titles and scare quotes** ("Morning Joe", a so-called "reform") are
   not anybody's words: they get kind ``title/scare`` and no speaker.
3. **Find the speaker** with the first rule that applies (see :data:`RULES`).
4. **Resolve the speaker** to a full name: from the actor table
   (:mod:`kitlib.actors`), else from the article's own first full mention
   ("Jane Smith" for a later "Smith"); a pronoun ("he") goes to the most
   recent person it can refer to; "a Trump aide" is an *anonymous* source.

The rules are general rules of English news writing, tested on invented
sentences in ``tests/test_quotes.py``; :func:`evaluate` measures them
against hand annotation (``data/annotations/quotes_gold.csv``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from kitlib import attribution as rules
from kitlib.articles import FIRST_PARAGRAPH, Article, as_articles, unique_names
from kitlib.text import word_count

__all__ = [
    "attribution_verbs",
    "camp_of",
    "find_quotes",
    "naive_quotes",
    "quote_share",
]

#: The columns of :func:`find_quotes`.
QUOTE_COLUMNS = [
    "quote", "start", "end", "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "cue", "kind", "paragraph", "anonymous", "rule", "artifact_flag",
]

#: The attribution rules, in the order the kit tries them, with what each one means.
RULES = {
    "speaker after quote": 'the speaker follows the quotation: "…," Pence said / said Pence',
    "dash attribution": "a dash and a name follow the quotation: “…” — Jane Smith",
    "speaker before quote": 'a speech verb comes earlier in the same sentence: Pence said "…"',
    "according to": 'the quotation is attributed with "according to" a person',
    "colon introduction": "a person and a colon introduce the quotation: Smith: “…”",
    "speaker in previous sentence": "the sentence before says who is speaking",
    "continues previous quotation": "a quotation standing alone after someone's quotation",
    "continued from previous paragraph": "a paragraph that opens with a quotation continues "
    "the previous paragraph's speaker",
    "title or scare quotes": "a title (a show, a book) or words in scare quotes: nobody's words",
    "no attribution found": "the kit found no speaker and does not guess",
}

#: Kinds of quoted string.
KINDS = ("full", "partial", "fragment", "title/scare")

#: A quotation of at most this many words is a *fragment* ("sad", "positive thing").
FRAGMENT_WORDS = 2

#: Without any speech verb near it, a quoted string this short is read as scare quotes.
SCARE_QUOTE_WORDS = 3

#: How far after an inverted cue ("said her mother, Priya Nand") the kit looks for the name.
AFTER_CUE_CHARS = 40

#: A quoted string of at most this many words in Title Case can be a title.
TITLE_WORDS = 7

#: Small words that stay lower case inside a title ("Face the Nation").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is".split())

#: Words before a quoted string that announce a title ("on MSNBC's", "the book").
TITLE_CUES = frozenset(
    """on titled entitled show program programme book film movie series episode column song
    album article headline documentary podcast newspaper magazine broadcast website blog
    essay novel play tape video recording speech plan bill act rally tour event slogan
    movement""".split()
)

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gov sen rep gen lt col prof rev sgt capt adm st jr sr inc corp co no vs
    jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga
    ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash
    wis wyo amb atty""".split()
)

# Quotation marks: (pattern, family). Family "curly" and "straight" pair with each other
# when the spaces around a mark say so.
_MARKS = re.compile(r"''|``|[\"“”„«»]")
_OPENERS_CURLY = ("“", "„", "«", "``")
_CLOSERS_CURLY = ("”", "»")
_MASK = "\u2591"  # stands in for quoted words when the kit reads the reporter's words


@dataclass
class _Quote:
    open: int  # position of the opening mark
    inner_start: int
    inner_end: int
    close_end: int  # just after the closing mark (or the paragraph end if unclosed)
    paragraph: int
    closed: bool = True
    fields: dict = field(default_factory=dict)


# --------------------------------------------------------------------------
# Step 1: quotation marks
# --------------------------------------------------------------------------


def _mask_markup(text: str) -> str:
    """Blank out web markup such as ``<tweet author="x">`` (same length, so offsets hold)."""
    return re.sub(r"<[^<>\n]{0,500}>", lambda m: " " * len(m.group()), text)


def _flanks(text: str, pos: int, length: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark), from the characters around it."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + length] if pos + length < hi else " "
    opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-/")
    return opening, closing


def _pair_marks(text: str, lo: int, hi: int, paragraph: int) -> list[_Quote]:
    """Pair the double quotation marks of one paragraph; return the outermost quotations."""
    found: list[_Quote] = []
    stack: list[tuple[int, int, str]] = []  # (position, length, family)

    def close(i: int, end: int) -> None:
        pos, length, _ = stack[i]
        del stack[i:]
        if not stack:
            found.append(_Quote(pos, pos + length, end, end, paragraph))

    for m in _MARKS.finditer(text, lo, hi):
        pos, mark = m.start(), m.group()
        length = len(mark)
        opening, closing = _flanks(text, pos, length, lo, hi)
        families = [f for _, _, f in stack]
        if mark in _OPENERS_CURLY:
            if not stack or families[-1] == "straight":
                stack.append((pos, length, "curly"))
            elif closing and not opening:  # “ used as a closing mark
                close(len(stack) - 1, pos)
                if not stack:
                    found[-1].close_end = pos + length
            else:  # the previous quotation lost its closing mark; a new one starts
                _end_unclosed(found, stack, pos, paragraph)
                stack.append((pos, length, "curly"))
        elif mark in _CLOSERS_CURLY:
            if not stack:
                if opening and not closing:  # ” used as an opening mark
                    stack.append((pos, length, "curly"))
                continue  # otherwise a stray mark
            i = max((k for k, f in enumerate(families) if f == "curly"), default=len(stack) - 1)
            close(i, pos)
            if not stack:
                found[-1].close_end = pos + length
        else:  # straight: " or ''
            if not stack:
                if closing and not opening and text[pos - 1 : pos].isdigit():
                    continue  # an inch mark: 6'2"
                stack.append((pos, length, "straight"))
            elif opening and not closing and families[-1] == "curly":
                stack.append((pos, length, "straight"))  # nested inside a curly quotation
            else:
                i = max(
                    (k for k, f in enumerate(families) if f == "straight"), default=len(stack) - 1
                )
                close(i, pos)
                if not stack:
                    found[-1].close_end = pos + length
    if stack:
        pos, length, _ = stack[0]
        found.append(_Quote(pos, pos + length, hi, hi, paragraph, closed=False))
    return found


def _end_unclosed(found: list[_Quote], stack: list, pos: int, paragraph: int) -> None:
    start, length, _ = stack[0]
    found.append(_Quote(start, start + length, pos, pos, paragraph, closed=False))
    stack.clear()


_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z0-9])(?!(?:em|til|cause|tis|twas|\d\ds?)\b)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?=[\s.,;:!?)—–-]|$)")


def _single_quotes(text: str, lo: int, hi: int, paragraph: int, taken: list[_Quote]) -> list:
    """Single quotation marks (‘…’), as headlines use them; only outside double quotations."""
    found = []
    position = lo
    while True:
        m = _SINGLE_OPEN.search(text, position, hi)
        if not m:
            return found
        if any(q.open <= m.start() < q.close_end for q in taken):
            position = m.end()
            continue
        close = None
        for c in _SINGLE_CLOSE.finditer(text, m.end(), hi):
            if any(q.open <= c.start() < q.close_end for q in taken):
                break
            close = c
            break
        if close is None or len(text[m.end() : close.start()].split()) > 30:
            position = m.end()
            continue
        found.append(_Quote(m.start(), m.end(), close.start(), close.end(), paragraph))
        position = close.end()


# --------------------------------------------------------------------------
# Paragraphs and sentences of plain text
# --------------------------------------------------------------------------


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blank-line paragraphs if the text has blank lines, else one paragraph per line."""
    splitter = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    spans, position = [], 0
    for m in re.finditer(splitter + "|$", text):
        block = text[position : m.start()]
        stripped = block.strip()
        if stripped:
            start = position + block.index(stripped)
            spans.append((start, start + len(stripped)))
        position = m.end()
        if m.start() == len(text):
            break
    return spans


_BOUNDARY = re.compile(r"[.?!]+[”’\")\]]*\s+(?=[\u2591\"“‘(\[A-Z0-9])")
# Used for every sentence boundary and every quotation: compiled once here rather than
# looked up in the `re` module's cache on each call.
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.?!]*$")
_ONE_LETTER = re.compile(r"[a-z]")
_ENDS_SENTENCE = re.compile(r"[.?!][’']?\s*$")
_SENTENCE_AFTER = re.compile(r"\s+[\u2591\"“A-Z]")


def _sentence_starts(outside: str, lo: int, hi: int, quotes: list[_Quote]) -> list[int]:
    """Where sentences start in one paragraph, reading only the reporter's words."""
    starts = [lo]
    for m in _BOUNDARY.finditer(outside, lo, hi):
        word = _WORD_BEFORE_STOP.search(outside[max(lo, m.start() - 12) : m.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if outside[m.start()] == "." and (
            token in ABBREVIATIONS or _ONE_LETTER.fullmatch(token) or "." in token
        ):
            continue  # "Gov. Mike Pence", "George W. Bush", "the U.S. military"
        starts.append(m.end())
    for q in quotes:  # a quotation that ends with . ? or ! ends its sentence too
        if q.closed and _ENDS_SENTENCE.search(q.fields["raw"]):
            after = outside[q.close_end : q.close_end + 3]
            if _SENTENCE_AFTER.match(after):
                starts.append(q.close_end + len(after) - len(after.lstrip()))
    return sorted(set(starts))


# --------------------------------------------------------------------------
# Steps 2 and 3: titles, and finding the speaker
# --------------------------------------------------------------------------


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def _looks_like_title(text: str, quote: str, open_pos: int, close_end: int) -> bool:
    quote = re.sub(r"[.,]$", "", quote.strip())  # "Morning Joe." (US style: stop inside)
    words = re.findall(r"[\w’'-]+", quote)
    if not words or len(words) > TITLE_WORDS or re.search(r"[.?!,;:]$", quote):
        return False
    if not all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    if not words[0][0].isupper():
        return False
    before = re.findall(r"[\w’'.-]+", text[max(0, open_pos - 40) : open_pos])[-2:]
    after = re.findall(r"[\w’'-]+", text[close_end : close_end + 20])[:1]
    possessive = bool(before) and re.search(r"[’']s?$", before[-1]) is not None
    return (
        possessive
        or any(w.lower() in TITLE_CUES for w in before)
        or any(w.lower() in TITLE_CUES for w in after)
    )


def _is_scare_quote(text: str, open_pos: int) -> bool:
    return re.search(r"so[- ]called\s*$", text[max(0, open_pos - 12) : open_pos], re.I) is not None


@dataclass
class _Attribution:
    rule: str
    cue: str = ""
    phrase: rules.Phrase | None = None
    speaker: str | None = None  # set when the speaker is carried over from another quote
    anonymous: bool = False


class _Reader:
    """Reads one text: its quotations, the reporter's words around them, and the speakers."""

    def __init__(self, text: str, paragraph_spans, artifacts: pd.DataFrame | None):
        self.text = text
        self.base = _mask_markup(text)
        self.paragraph_spans = list(paragraph_spans)
        self.quotes: list[_Quote] = []
        for number, (lo, hi) in enumerate(self.paragraph_spans):
            doubles = _pair_marks(self.base, lo, hi, number)
            singles = _single_quotes(self.base, lo, hi, number, doubles)
            self.quotes += sorted(doubles + singles, key=lambda q: q.open)
        chars = list(self.base)
        for q in self.quotes:
            q.fields["raw"] = text[q.inner_start : q.inner_end]
            chars[q.open : q.close_end] = _MASK * (q.close_end - q.open)  # one slice, not a loop
        self.outside = "".join(chars)
        self.sentence_starts: list[int] = []
        for number, (lo, hi) in enumerate(self.paragraph_spans):
            mine = [q for q in self.quotes if q.paragraph == number]
            self.sentence_starts += _sentence_starts(self.outside, lo, hi, mine)
        self.cues = rules.find_cues(self.outside)
        self.cue_starts = [c[0] for c in self.cues]
        self.phrases = rules.speaker_phrases(self.outside, cues=self.cues)
        self.phrase_starts = [p.start for p in self.phrases]
        self.artifacts = artifacts
        self._pronoun_cache: dict[int, str | None] = {}
        self._people = None
        self._full_names = None
        self._names_seen: dict[str, str] = {}

    # -- where things are ------------------------------------------------

    def paragraph_bounds(self, number: int) -> tuple[int, int]:
        return self.paragraph_spans[number]

    def sentence_start(self, pos: int, paragraph: int) -> int:
        lo, _ = self.paragraph_bounds(paragraph)
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return max(lo, self.sentence_starts[i]) if i >= 0 else lo

    def sentence_end(self, pos: int, paragraph: int) -> int:
        _, hi = self.paragraph_bounds(paragraph)
        i = bisect.bisect_right(self.sentence_starts, pos)
        return min(hi, self.sentence_starts[i]) if i < len(self.sentence_starts) else hi

    def phrases_in(self, lo: int, hi: int) -> list[rules.Phrase]:
        i = bisect.bisect_left(self.phrase_starts, lo)
        j = bisect.bisect_left(self.phrase_starts, hi)
        return [p for p in self.phrases[i:j] if p.end <= hi]

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return [c for c in self.cues[i:j] if c[1] <= hi]

    # -- the rules -------------------------------------------------------

    def subject_before(self, lo: int, cue_start: int) -> rules.Phrase | None:
        """The nearest phrase before a cue, in the same sentence, that can be its subject."""
        for phrase in reversed(self.phrases_in(lo, cue_start)):
            if phrase.kind == "pronoun" and phrase.text == "I":
                continue  # "I said" outside a quotation is the writer
            if rules.is_subject_like(self.outside, phrase, lo):
                return phrase
        return None

    def phrase_at(self, pos: int, hi: int) -> rules.Phrase | None:
        """The phrase that starts right at ``pos`` (after spaces and commas), if any."""
        skip = re.match(r"[\s,]*", self.outside[pos:hi]).end()
        for phrase in self.phrases_in(pos + skip, hi):
            return phrase if phrase.start == pos + skip else None
        return None

    def appositive_name(self, phrase: rules.Phrase) -> rules.Phrase:
        """'a Trump spokeswoman, Hope Hicks,': a description followed by a name is that name."""
        if phrase.kind != "source":
            return phrase
        after = re.match(r",\s*", self.outside[phrase.end : phrase.end + 3])
        if after:
            name = self.phrase_at(phrase.end + after.end(), phrase.end + 80)
            if name is not None and name.kind == "name" and not name.possessive:
                return name
        return phrase

    def phrase_after_cue(self, pos: int, hi: int) -> rules.Phrase | None:
        """'said Pence', 'said the aide', 'said her mother, Priya Nand': the first speaker
        phrase soon after an inverted cue, not after a preposition ('said in an interview
        with CNN' names no speaker)."""
        end = min(hi, pos + AFTER_CUE_CHARS)
        stop = re.search(r"[.;?!\u2591]", self.outside[pos:end])
        end = pos + stop.start() if stop else end
        for phrase in self.phrases_in(pos, end):
            if phrase.kind == "pronoun":
                continue
            if rules.is_subject_like(self.outside, phrase, pos) or self.outside[
                pos : phrase.start
            ].strip(" ,") == "":
                return phrase
        return None

    def after_quote(self, q: _Quote, next_open: int) -> _Attribution | None:
        """'"…," Pence said', '"…," said Pence', '"…" — Jane Smith'."""
        hi = min(self.paragraph_bounds(q.paragraph)[1], next_open)
        region = self.outside[q.close_end : hi]
        dash = re.match(r"\s*(?:—|–|--)\s*", region)
        if dash:
            phrase = self.phrase_at(q.close_end + dash.end(), hi)
            if phrase and phrase.kind in ("name", "source"):
                return _Attribution("dash attribution", "—", phrase)
        lead = re.match(r"[\s,]*", region).end()
        start = q.close_end + lead
        ends_sentence = bool(_ENDS_SENTENCE.search(q.fields["raw"]))
        cue = None
        phrase = self.phrase_at(start, hi)
        if phrase is not None and phrase.kind in ("name", "source", "pronoun"):
            gap = self.outside[phrase.end : phrase.end + 80]
            appositive = re.match(r",[^,\u2591.]{1,60},\s*|\s*", gap).end()
            adverbs = re.match(r"(?:(?:\w+ly|also|later|then|has|had|have|would|will)\s+)*",
                               gap[appositive:]).end()
            at = phrase.end + appositive + adverbs
            cues = self.cues_in(at, at + 20)
            if cues and cues[0][0] == at:
                cue = cues[0]
            elif phrase.possessive:  # '"…," Clinton's running mate, Tim Kaine, said.'
                cues = self.cues_in(start, min(hi, start + AFTER_CUE_CHARS * 2))
                stretch = self.outside[start : cues[0][0]] if cues else ""
                if cues and not re.search(r"[.?!;\u2591]", stretch):
                    subject = self.subject_before(start, cues[0][0])
                    if subject is not None:
                        phrase, cue = subject, cues[0]
        elif phrase is None:
            cues = self.cues_in(start, start + 20)
            if cues and cues[0][0] == start:
                cue = cues[0]
                phrase = self.phrase_after_cue(cue[1], hi)
        if cue is None or phrase is None:
            return None
        cue_text = self.text[cue[0] : cue[1]]
        if ends_sentence or not q.closed:
            rest = self.outside[max(cue[1], phrase.end) : hi]
            sentence_rest = re.split(r"[.?!](?:\s|$)", rest, maxsplit=1)[0]
            if re.match(r"\s*(?:that\b|:)", self.outside[cue[1] : hi]) or (
                next_open < self.paragraph_bounds(q.paragraph)[1]
                and next_open <= max(cue[1], phrase.end) + len(sentence_rest)
            ):
                return None
        if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
            return _Attribution("according to", cue_text, self.phrase_at(cue[1], hi))
        return _Attribution("speaker after quote", cue_text, phrase)

    def before_quote(self, q: _Quote, lo: int) -> _Attribution | None:
        """Pence said "…" / Pence said, calling it "…" / According to Smith, "…" / Smith: "…"."""
        cues = self.cues_in(lo, q.open)
        left = self.outside[lo : q.open]
        if cues:
            cue = cues[-1]
            cue_text = rules.cue_text(self.text, cue[0], cue[1], q.open)
            if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
                phrase = self.phrase_at(cue[1], q.open)
                return _Attribution("according to", cue_text, phrase) if phrase else None
            phrase = self.subject_before(lo, cue[0])
            if phrase is None and not cue_text.lower().startswith(rules.NOT_INVERTED):
                phrase = self.phrase_at(cue[1], q.open)  # 'said Smith, "…"'
                if phrase is not None and phrase.kind == "pronoun":
                    phrase = None
            if phrase is None:
                return None
            rule = "colon introduction" if left.rstrip().endswith(":") else "speaker before quote"
            return _Attribution(rule, cue_text, phrase)
        if left.rstrip().endswith(":"):
            for phrase in self.phrases_in(lo, q.open):
                if rules.is_subject_like(self.outside, phrase, lo) or phrase.possessive:
                    return _Attribution("colon introduction", ":", phrase)
        return None

    def attribute(self, index: int) -> _Attribution:
        q = self.quotes[index]
        p_lo, p_hi = self.paragraph_bounds(q.paragraph)
        later = [o.open for o in self.quotes[index + 1 :] if o.paragraph == q.paragraph]
        next_open = later[0] if later else p_hi
        lo = self.sentence_start(q.open, q.paragraph)
        found = self.after_quote(q, next_open) if q.closed else None
        if found is None:
            found = self.before_quote(q, lo)
        if found is not None and found.phrase is not None:
            found.phrase = self.appositive_name(found.phrase)
            return found
        # No attribution in the quotation's own sentence. A whole sentence in quotation
        # marks (it starts with a capital letter) continues the last speaker; words woven
        # into the reporter's sentence are not guessed at.
        first = re.search(r"[^\W\d_]", q.fields["raw"])
        if first is not None and first.group().isupper():
            return self.carried_over(index, lo)
        return _Attribution("no attribution found")

    def carried_over(self, index: int, lo: int) -> _Attribution:
        q = self.quotes[index]
        p_lo, _ = self.paragraph_bounds(q.paragraph)
        earlier = [
            (i, o) for i, o in enumerate(self.quotes[:index])
            if o.paragraph == q.paragraph and o.fields.get("speaker")
        ]
        previous_lo = self.sentence_start(lo - 1, q.paragraph) if lo > p_lo else None
        if previous_lo is not None and not any(previous_lo <= o.open < lo for o in self.quotes):
            cues = self.cues_in(previous_lo, lo)
            for cue in reversed(cues):
                phrase = self.subject_before(previous_lo, cue[0])
                if phrase is not None:
                    cue_text = self.text[cue[0] : cue[1]]
                    return _Attribution("speaker in previous sentence", cue_text, phrase)
        if earlier:
            _, o = earlier[-1]
            return _Attribution(
                "continues previous quotation", "", None,
                o.fields["speaker"], o.fields.get("anonymous", False),
            )
        if self.outside[p_lo : q.open].strip() == "" and q.paragraph > 0:
            before = [o for o in self.quotes[:index] if o.paragraph == q.paragraph - 1]
            if before and before[-1].fields.get("speaker"):
                o = before[-1]
                return _Attribution(
                    "continued from previous paragraph", "", None,
                    o.fields["speaker"], o.fields.get("anonymous", False),
                )
            prev_lo, prev_hi = self.paragraph_bounds(q.paragraph - 1)
            last = self.sentence_start(prev_hi - 1, q.paragraph - 1)
            for cue in reversed(self.cues_in(last, prev_hi)):
                phrase = self.subject_before(last, cue[0])
                if phrase is not None:
                    return _Attribution(
                        "continued from previous paragraph", self.text[cue[0] : cue[1]], phrase
                    )
        return _Attribution("no attribution found")

    # -- step 4: resolving the speaker ------------------------------------

    def people(self) -> list[tuple[int, str, str, bool]]:
        """Named people outside quotations: (start, full name, gender, subject-like)."""
        if self._people is None:
            found = []
            for phrase in self.phrases:
                if phrase.kind != "name":
                    continue
                name = self.full_name(phrase.text)
                info = _actor_info().get(name)
                if info is not None and info["kind"] != "person":
                    continue
                if info is None and " " not in name and name not in self.full_names_in_order():
                    continue
                gender = info["gender"] if info is not None else ""
                subject = rules.is_subject_like(self.outside, phrase)
                found.append((phrase.start, name, gender, subject))
            self._people = found
        return self._people

    def full_names_in_order(self) -> list[str]:
        """Names of two or more words written in the text (titles left out), first seen first."""
        if self._full_names is None:
            names = (_strip_titles(p.text) for p in self.phrases if p.kind == "name")
            self._full_names = list(dict.fromkeys(n for n in names if " " in n))
        return self._full_names

    def full_name(self, mention: str) -> str:
        """The actor table's name, or the first full name in the text that ends with ``mention``."""
        from kitlib import actors

        if mention in self._names_seen:
            return self._names_seen[mention]
        answer = actors.resolve(mention)
        if not answer:
            bare = _strip_titles(mention)
            answer = next(
                (full for full in self.full_names_in_order()
                 if full != bare and full.endswith(" " + bare)),
                bare,
            )
        self._names_seen[mention] = answer
        return answer

    def resolve_pronoun(self, phrase: rules.Phrase) -> str | None:
        if phrase.start in self._pronoun_cache:
            return self._pronoun_cache[phrase.start]
        gender = rules.SUBJECT_PRONOUNS.get(phrase.text.lower())
        answer = None
        if gender in ("male", "female"):
            paragraph = self.paragraph_of(phrase.start)
            window = self.paragraph_bounds(max(0, paragraph - 1))[0]
            candidates = [
                p for p in self.people()
                if window <= p[0] < phrase.start and p[2] in (gender, "")
            ]
            pronouns = [
                other for other in self.phrases
                if other.kind == "pronoun" and window <= other.start < phrase.start
                and other.text.lower() == phrase.text.lower()
            ]
            for other in pronouns:  # an earlier "he" counts as a mention of its person
                name = self.resolve_pronoun(other)
                if name:
                    candidates.append((other.start, name, gender, True))
            for q in self.quotes:  # "a Democratic strategist said … He added": the source
                at = q.fields.get("mention_start")
                if (q.fields.get("anonymous") and at is not None and window <= at < phrase.start
                        and not q.fields.get("plural")):
                    candidates.append((at, q.fields["speaker"], "", True))
            candidates.sort()
            subjects = [c for c in candidates if c[3]]
            pick = subjects[-1] if subjects else (candidates[-1] if candidates else None)
            if pick is not None:
                answer = pick[1]
            else:
                earlier = [q.fields.get("speaker") for q in self.quotes
                           if q.open < phrase.start and q.fields.get("speaker")]
                if earlier and _actor_info().get(earlier[-1], {}).get("gender", "") in (
                    gender, ""
                ):
                    answer = earlier[-1]
        self._pronoun_cache[phrase.start] = answer
        return answer

    def paragraph_of(self, pos: int) -> int:
        starts = [s for s, _ in self.paragraph_spans]
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def speaker_of(self, found: _Attribution, lo: int, index: int) -> tuple[str | None, bool]:
        phrase = found.phrase
        if phrase is None:
            return found.speaker, found.anonymous
        if phrase.kind == "name":
            return self.full_name(phrase.text), False
        if phrase.kind == "pronoun":
            name = self.resolve_pronoun(phrase)
            unnamed = any(
                q.fields.get("anonymous") and q.fields.get("speaker") == name
                for q in self.quotes[:index]
            )
            return name, bool(name) and unnamed
        from kitlib import actors

        known = actors.resolve(phrase.text)
        if known:
            return known, False
        words = phrase.text.split(" ")
        described = " ".join([words[0].lower(), *words[1:]]) if phrase.determiner else phrase.text
        noun = rules.SOURCE_NOUN_PATTERN.search(phrase.text)
        head = (noun.group() if noun else phrase.text.split(" ")[-1]).lower()
        if phrase.determiner in rules.DEFINITE_DETERMINERS:
            for q in reversed(self.quotes[:index]):
                speaker = q.fields.get("speaker") or ""
                if q.fields.get("anonymous") and re.search(rf"\b{head}\b", speaker, re.I):
                    return speaker, True
            named = self.described_person(phrase, head)
            if named:
                return named, False
            sentence = self.outside[lo : self.sentence_end(lo, self.paragraph_of(lo))]
            return described, bool(rules.ANONYMITY_PATTERN.search(sentence))
        return described, True

    def described_person(self, phrase: rules.Phrase, head: str) -> str | None:
        """Who "the senator" or "the Republican nominee" is: the most recent person named
        earlier with that title ("Sen. Tim Kaine"), else the one actor in the actor table
        whose role has every word of the description."""
        head = head.rstrip("s") if head.endswith("s") and head[:-1] in rules.SOURCE_NOUNS else head
        titles = TITLE_FOR_NOUN.get(head, ())
        for earlier in reversed(self.phrases_in(0, phrase.start)):
            if earlier.kind == "name" and earlier.text.split(" ")[0] in titles:
                return self.full_name(earlier.text)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase.text)[1:]]
        matches = {
            name for name, info in _actor_info().items()
            if info["kind"] == "person" and words
            and all(w in re.findall(r"[a-z]+", info["role"].lower()) for w in words)
        }
        if len(matches) == 1:
            return matches.pop()
        mentioned = [p for p in self.people() if p[0] < phrase.start and p[1] in matches]
        return mentioned[-1][1] if mentioned else None  # the one named most recently


#: The titles written before a name that a description such as "the senator" refers back to.
TITLE_FOR_NOUN = {
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "president": ("President",),
    "representative": ("Rep.", "Representative"),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "mayor": ("Mayor",),
    "secretary": ("Secretary",),
    "general": ("Gen.", "General"),
    "judge": ("Judge",),
    "treasurer": ("Treasurer",),
    "chairman": ("Chairman",),
    "professor": ("Prof.", "Professor"),
}

#: Words that stand before a name as a title or label ("Treasurer David Okoye"). The full
#: name the kit reports leaves them out.
NAME_TITLES = frozenset(
    """President Vice Governor Senator Secretary Mayor Judge Justice General Chairman
    Chairwoman Chair Republican Democrat Democratic Former Coach Principal Chief Officer
    Detective Councillor Councilman Councilwoman Treasurer Director Professor Ambassador
    Speaker Leader Minister Prime Representative Congressman Congresswoman Sheriff Pastor
    Father Sister Bishop Captain Sergeant Lieutenant Colonel Admiral Commissioner""".split()
)


#: Every word _strip_titles drops from the front of a name (made once, not on every call).
_ALL_TITLES = frozenset(rules.TITLE_WORDS) | NAME_TITLES


def _strip_titles(name: str) -> str:
    words = name.split(" ")
    while len(words) > 1 and (words[0] in _ALL_TITLES or words[0].lower() in rules.TITLE_NOUNS):
        words = words[1:]
    return " ".join(words)


@cache
def _actor_info() -> dict[str, dict]:
    from kitlib import actors

    table = actors.actor_table()
    return {row["actor"]: row for row in table.to_dict("records")}


# --------------------------------------------------------------------------
# The public functions
# --------------------------------------------------------------------------


def _kind(q: _Quote, quote: str, previous: _Quote | None, outside: str) -> str:
    if _word_count(quote) <= FRAGMENT_WORDS:
        return "fragment"
    first = re.search(r"[A-Za-z]", quote)
    if first and first.group().isupper():
        return "full"
    if (
        previous is not None
        and previous.fields.get("kind") == "full"
        and previous.paragraph == q.paragraph
        and previous.fields["raw"].rstrip().endswith(",")
        and re.fullmatch(r"[^.?!\u2591]*,\s*", outside[previous.close_end : q.open])
    ):
        return "full"  # the second half of a quotation split by "Pence said,"
    return "partial"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, and a comma that belongs to the reporter's sentence, from the quoted words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _artifact_flag(artifacts: list, row: dict, q: _Quote) -> str:
    notes = []
    for a in artifacts:
        if a.kind in ("dropped_words", "coreference_substitution"):
            s_start, s_end = row["speaker_start"], row["speaker_end"]
            if s_start is not None and a.start < s_end and s_start < a.end:
                notes.append(f"speaker mention inside {a.kind}")
            elif a.start < row["end"] and row["start"] < a.end:
                notes.append(f"quoted words contain {a.kind}")
        elif a.kind == "mismatched_quote_marks" and q.open <= a.start < q.close_end:
            notes.append("quotation marks do not match")
        elif a.kind == "unbalanced_quote_marks" and row["paragraph"] == q.paragraph and (
            row.get("_lo", -1) <= a.start < row.get("_hi", -1)
        ):
            notes.append("quotation marks in this paragraph do not pair up")
    return "; ".join(dict.fromkeys(notes))


def find_quotes(text_or_article: str | Article) -> pd.DataFrame:
    """Every quotation in a text, with its speaker and the rule that found the speaker.

    Parameters
    ----------
    text_or_article : str or Article
        An :class:`~kitlib.articles.Article` (offsets are into ``article.text``)
        or any string (offsets are into that string, which is read as it is:
        paragraphs are separated by blank lines, or one per line).

    Returns
    -------
    pandas.DataFrame
        One row per quoted string, in reading order, with columns

        - ``quote``: the quoted words (without the marks; a comma that
          belongs to the reporter's sentence is left out).
        - ``start``, ``end``: character offsets, so ``text[start:end] == quote``.
        - ``speaker``: the resolved full name ("Mike Pence" for "Pence" or
          "he"), a description of an anonymous source ("a Trump aide"), or
          None when the kit found no speaker.
        - ``speaker_mention``, ``speaker_start``, ``speaker_end``: the words
          the attribution rests on ("Pence", "he", "The aide") and where
          they are; None when the speaker was carried over from an earlier
          quotation or not found.
        - ``cue``: the attribution words as written ("said", "told",
          "described … as", "according to", ":" or "—").
        - ``kind``: ``full`` (a whole sentence), ``partial`` (words woven
          into the reporter's sentence), ``fragment`` (one or two words) or
          ``title/scare`` (a title or scare quotes: nobody's words).
        - ``paragraph``: the paragraph number, from 0.
        - ``anonymous``: True for sources that are not named ("a Trump aide").
        - ``rule``: which rule in :data:`RULES` decided the speaker.
        - ``artifact_flag``: why to check this row by hand (the speaker's
          mention or the quoted words lie in a detected artifact, see
          :mod:`kitlib.artifacts`), or "".

    Examples
    --------
    >>> find_quotes('Critics called it “sad,” Smith said.')[["quote", "speaker", "kind"]]
      quote speaker      kind
    0   sad   Smith  fragment
    """
    if isinstance(text_or_article, Article):
        text = text_or_article.text
        paragraphs = text_or_article.paragraph_spans
        artifacts = text_or_article.artifacts
    elif isinstance(text_or_article, str):
        text = text_or_article
        paragraphs = _paragraph_spans(text)
        artifacts = None
    else:
        from kitlib.errors import KitError

        raise KitError(
            "find_quotes needs an article or a string of text, not "
            f"{type(text_or_article).__name__}. Try kitlib.load_pair() or a text in quotes."
        )
    reader = _Reader(text, paragraphs, None)
    if artifacts is None:
        artifacts = _plain_text_artifacts(text, reader)
    else:
        artifacts = [
            _Artifact(k, s, e)
            for k, s, e in zip(
                artifacts["kind"].tolist(), artifacts["start"].tolist(),
                artifacts["end"].tolist(), strict=True,
            )
        ]
    rows = []
    previous = None
    for index, q in enumerate(reader.quotes):
        start, end = _trim(text, q.inner_start, q.inner_end)
        if not re.search(r"\w", text[start:end]):
            continue
        quote = text[start:end]
        lo = reader.sentence_start(q.open, q.paragraph)
        if _looks_like_title(reader.outside, quote, q.open, q.close_end) or _is_scare_quote(
            reader.outside, q.open
        ):
            found = _Attribution("title or scare quotes")
            kind = "title/scare"
        else:
            found = reader.attribute(index)
            kind = _kind(q, quote, previous, reader.outside)
            if found.rule == "no attribution found" and _word_count(quote) <= SCARE_QUOTE_WORDS:
                if not reader.cues_in(lo, reader.sentence_end(q.close_end, q.paragraph)):
                    found = _Attribution("title or scare quotes")
                    kind = "title/scare"
        speaker, anonymous = reader.speaker_of(found, lo, index) if kind != "title/scare" else (
            None, False
        )
        phrase = found.phrase
        q.fields.update(
            speaker=speaker, anonymous=anonymous, cue=found.cue, kind=kind,
            mention_start=phrase.start if phrase is not None else None,
            plural=phrase is not None and phrase.kind == "source"
            and rules.is_plural(phrase.text),
        )
        row = {
            "quote": quote,
            "start": start,
            "end": end,
            "speaker": speaker,
            "speaker_mention": text[phrase.start : phrase.end] if phrase else None,
            "speaker_start": phrase.start if phrase else None,
            "speaker_end": phrase.end if phrase else None,
            "cue": found.cue,
            "kind": kind,
            "paragraph": q.paragraph,
            "anonymous": anonymous,
            "rule": found.rule,
            "_lo": reader.paragraph_bounds(q.paragraph)[0],
            "_hi": reader.paragraph_bounds(q.paragraph)[1],
        }
        row["artifact_flag"] = _artifact_flag(artifacts, row, q)
        rows.append(row)
        previous = q
    columns = {c: [row[c] for row in rows] for c in QUOTE_COLUMNS}
    columns["paragraph"] = [p + FIRST_PARAGRAPH for p in columns["paragraph"]]  # 1 is the lead
    return pd.DataFrame(
        {c: pd.Series(v, dtype=_COLUMN_DTYPES.get(c, _OBJECT)) for c, v in columns.items()}
    )


# The dtypes of find_quotes' columns (the rest are object), as dtype objects rather than
# names such as "Int64": pandas would otherwise look each name up again for every article.
_COLUMN_DTYPES = {
    "start": np.dtype("int64"), "end": np.dtype("int64"), "paragraph": np.dtype("int64"),
    "anonymous": np.dtype("bool"), "speaker_start": pd.Int64Dtype(), "speaker_end": pd.Int64Dtype(),
}
_OBJECT = np.dtype(object)


@dataclass(frozen=True)
class _Artifact:
    kind: str
    start: int
    end: int


def _plain_text_artifacts(text: str, reader: _Reader) -> list[_Artifact]:
    """Artifacts of a plain text, looked for only in sentences that hold a quotation
    (the only ones a flag can be about), so that long texts stay fast."""
    from kitlib import artifacts as found

    sentences = []
    starts = reader.sentence_starts
    opens = sorted(q.open for q in reader.quotes)
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        k = bisect.bisect_left(opens, s)
        if k < len(opens) and opens[k] < e:
            sentences.append((s, e))
    rows = found.coreference_substitutions(text, sentences) + found.quote_mark_problems(
        text, reader.paragraph_spans
    )
    return [_Artifact(r["kind"], r["start"], r["end"]) for r in rows]


# --------------------------------------------------------------------------
# Who gets the words: share per speaker and per camp, and the attribution verbs
# --------------------------------------------------------------------------

#: Row label for quotations whose speaker the kit could not find.
NO_SPEAKER = "(no speaker found)"

#: Cues that report speech without judging it. Other cues ("claimed", "insisted",
#: "boasted", "admitted") add the reporter's view of how, or how honestly, it was said.
NEUTRAL_CUES = frozenset(
    """say says said saying tell tells told telling add adds added adding according to
    write writes wrote writing note notes noted noting state states stated stating
    reply replied respond responded answer answered ask asked asking tweet tweeted
    post posted : —""".split()
) | {"according to"}


def _as_quotes(quotes_or_text) -> pd.DataFrame:
    if isinstance(quotes_or_text, pd.DataFrame):
        return quotes_or_text
    return find_quotes(quotes_or_text)


def camp_of(speaker) -> str:
    """The camp of a speaker from the actor table; an unnamed source takes the camp of the
    actor named inside its description ("a Trump aide"); anything else is "others".

    >>> camp_of("Mike Pence"), camp_of("a Trump aide"), camp_of("Jane Smith")
    ('Trump-Pence campaign', 'Trump-Pence campaign', 'others')
    """
    from kitlib import actors

    if not isinstance(speaker, str) or not speaker:
        return "others"
    info = _actor_info().get(speaker)
    if info is not None:
        return info["camp"] or "others"
    for match in rules.NAME_PATTERN.finditer(speaker):
        name = actors.resolve(match.group())
        if name and _actor_info()[name]["kind"] == "person":
            return _actor_info()[name]["camp"] or "others"
    return "others"


def quote_share(quotes_or_text, by: str = "speaker") -> pd.DataFrame:
    """How many quotations, and how many quoted words, each speaker (or camp) gets.

    Titles and scare quotes are left out: they are nobody's words.

    Parameters
    ----------
    quotes_or_text : DataFrame, Article or str
        A :func:`find_quotes` table, or an article to find the quotations in.
    by : {"speaker", "camp"}
        Count per speaker, or per camp (from :mod:`kitlib.actors`; unknown -> "others").

    Returns
    -------
    pandas.DataFrame
        One row per speaker (or camp), most quoted words first, with columns
        ``speaker`` and ``camp`` (or just ``camp`` and ``speakers``, the number
        of different speakers), ``quotes``, ``words`` (quoted words) and
        ``share`` (of all the quoted words in the article, from 0 to 1).

    Examples
    --------
    >>> text = '"We will win this," Jane Smith said. "No," Tom Lee said.'
    >>> quote_share(text)
          speaker    camp  quotes  words  share
    0  Jane Smith  others       1      4    0.8
    1     Tom Lee  others       1      1    0.2
    """
    if by not in ("speaker", "camp"):
        from kitlib.errors import KitError

        raise KitError(f'quote_share can count by "speaker" or by "camp", not {by!r}.')
    table = _as_quotes(quotes_or_text)
    table = table[table["kind"] != "title/scare"]
    speakers = table["speaker"].map(lambda s: s if isinstance(s, str) and s else NO_SPEAKER)
    words = table["quote"].map(_word_count)
    frame = pd.DataFrame({
        "speaker": speakers,
        "camp": speakers.map(lambda s: "others" if s == NO_SPEAKER else camp_of(s)),
        "words": words,
    })
    total = int(words.sum())
    if by == "speaker":
        out = frame.groupby(["speaker", "camp"], as_index=False).agg(
            quotes=("words", "size"), words=("words", "sum")
        )
    else:
        out = frame.groupby("camp", as_index=False).agg(
            speakers=("speaker", "nunique"), quotes=("words", "size"), words=("words", "sum")
        )
    out["share"] = (out["words"] / total).round(3) if total else 0.0
    out = out.sort_values(["words", by], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def attribution_verbs(quotes_or_text) -> pd.DataFrame:
    """Which words introduce the quotations ("said", "told", "claimed") and how often.

    Parameters
    ----------
    quotes_or_text : DataFrame, Article or str
        A :func:`find_quotes` table, or an article to find the quotations in.

    Returns
    -------
    pandas.DataFrame
        One row per cue (lower case), most frequent first, with columns
        ``cue``, ``quotes`` (how many quotations it introduces), ``share``
        (of all attributed quotations) and ``neutral`` (True for cues in
        :data:`NEUTRAL_CUES`, which report speech without judging it).
        Quotations with no cue of their own (a speaker carried over, or none
        found) are counted as ``(no cue)``, with ``neutral`` None.

    Examples
    --------
    >>> text = '"Yes," Ann Lee said. "No," Tom Ray claimed. "Maybe," Ann Lee said.'
    >>> attribution_verbs(text)
           cue  quotes  share  neutral
    0     said       2  0.667     True
    1  claimed       1  0.333    False
    """
    table = _as_quotes(quotes_or_text)
    table = table[table["kind"] != "title/scare"]
    cues = table["cue"].map(lambda c: c.lower() if isinstance(c, str) and c else "(no cue)")
    out = cues.value_counts().rename_axis("cue").reset_index(name="quotes")
    out = out.sort_values(["quotes", "cue"], ascending=[False, True], kind="stable")
    out["share"] = (out["quotes"] / out["quotes"].sum()).round(3) if len(out) else 0.0
    out["neutral"] = [
        None if c == "(no cue)" else (c in NEUTRAL_CUES or c.split(" … ")[0] in NEUTRAL_CUES)
        for c in out["cue"]
    ]
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------
# A first attempt, to measure the rules against (lesson 04)
# --------------------------------------------------------------------------

_NAIVE_PAIRS = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')


def _distance(match: re.Match, position: int) -> int:
    return min(abs(match.end() - position), abs(match.start() - position))


def naive_quotes(text_or_article: str | Article) -> pd.DataFrame:
    """A simple first attempt at finding quotations, to compare with :func:`find_quotes`.

    It pairs only matching marks (``"…"`` or ``“…”``), treats every quoted
    string as a quotation (titles too), and gives each one to the name
    written closest to it in its paragraph (before or after), or to nobody. No pronouns, no
    speech verbs, no rules. Lesson 04 measures it against the gold to show
    what each of the kit's rules is for.

    Returns
    -------
    pandas.DataFrame
        Columns ``quote, start, end, speaker, kind`` (kind is always ``"quotation"``).

    Examples
    --------
    >>> naive_quotes('Jane Smith met Tom Lee. "We agree," Lee said.')[["quote", "speaker"]]
          quote  speaker
    0  We agree  Tom Lee
    """
    from kitlib import actors

    if isinstance(text_or_article, Article):
        text, paragraphs = text_or_article.text, text_or_article.paragraph_spans
    else:
        text = str(text_or_article)
        paragraphs = _paragraph_spans(text)
    rows = []
    for lo, hi in paragraphs:
        for m in _NAIVE_PAIRS.finditer(text, lo, hi):
            group = 1 if m.group(1) is not None else 2
            start, end = _trim(text, m.start(group), m.end(group))
            if start >= end:
                continue
            outside = text[lo : m.start()] + " " * (m.end() - m.start()) + text[m.end() : hi]
            names = [
                n for n in rules.NAME_PATTERN.finditer(outside)
                if n.group() not in rules.CAPITALISED_NOT_NAMES
            ]
            speaker = None
            if names:  # the name closest to the quotation, before or after it
                here = m.start() - lo
                nearest = min(names, key=lambda n: _distance(n, here))
                mention = nearest.group()
                speaker = actors.resolve(mention) or _strip_titles(mention)
            rows.append({"quote": text[start:end], "start": start, "end": end,
                         "speaker": speaker, "kind": "quotation"})
    return pd.DataFrame(rows, columns=["quote", "start", "end", "speaker", "kind"])


# --------------------------------------------------------------------------
# Who is quoted in several articles
# --------------------------------------------------------------------------


def quote_speakers(*articles, names=None) -> pd.DataFrame:
    """Who is quoted in each article, and how many of the article's words are theirs.

    Built on :func:`kitlib.quotes.find_quotes`. Titles and scare quotes
    ("Morning Joe") are nobody's words and are left out.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        One row per article and speaker, in order of first quotation:
        ``article``, ``speaker`` ("(no speaker found)" when the kit found
        none), ``anonymous``, ``quotations``, ``quoted_words``, ``share``
        (per cent of the article's words that are this speaker's quoted
        words) and ``first_paragraph`` (1 is the lead).
    """
    articles = as_articles(articles)
    names = names or unique_names(articles)
    return _speaker_table([_spoken(find_quotes(a)) for a in articles], articles, names)


def _speaker_table(spoken, articles, names) -> pd.DataFrame:
    """:func:`quote_speakers` from quotations already found (see :func:`_spoken`)."""
    rows = []
    for name, article, found in zip(names, articles, spoken, strict=True):
        total = max(word_count(article.text), 1)
        for speaker, group in found.groupby("who", sort=False):
            words = sum(word_count(q) for q in group["quote"])
            rows.append(
                {
                    "article": name,
                    "speaker": speaker,
                    "anonymous": bool(group["anonymous"].any()),
                    "quotations": len(group),
                    "quoted_words": words,
                    "share": round(100 * words / total, 1),
                    "first_paragraph": int(group["paragraph"].iloc[0]),
                }
            )
    columns = ["article", "speaker", "anonymous", "quotations", "quoted_words", "share",
               "first_paragraph"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def _spoken(found: pd.DataFrame) -> pd.DataFrame:
    """The quotations that are somebody's words, with a ``who`` column for grouping."""
    spoken = found[found["kind"] != "title/scare"].copy()
    spoken["who"] = spoken["speaker"].fillna(NO_SPEAKER).replace("", NO_SPEAKER)
    return spoken
