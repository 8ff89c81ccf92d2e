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
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from kitlib import phrases as rules
from kitlib import vocab
from kitlib.articles import Article
from kitlib.quotemarks import (
    ENDS_SENTENCE,
    Quotation,
    plain_paragraphs,
    read_marks,
)

__all__ = [
    "attribution_verbs",
    "camp_of",
    "find_quotes",
    "naive_quotes",
    "quote_share",
]

_LIST_JOIN = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s*&\s*")
_VERB_AFTER_SUBJECT = re.compile(
    r"\s*(?:,[^,]{0,80},\s*)?(?:(?:also|then|later|[a-z]+ly)\s+)?([a-z]+)"
)
_SENTENCE_ADVERB = re.compile(r"(?:(?:But|And|So|Yet|Still|Now|Then|Also)\s+)?")

#: The columns of :func:`find_quotes`.
QUOTE_COLUMNS = [
    "quote", "start", "end", "speaker", "speakers", "speaker_mention", "speaker_start",
    "speaker_end",
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
    "relative clause": 'the speaker is named just before "who" or "which": '
    '"…," said Beck, who said it was "a mess"',
    "subject of the sentence": 'no speech verb: the sentence\'s subject, followed by a verb: '
    'Brooks blasted the debate as "a mess"',
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
    speaker_phrase: rules.Phrase | None = None  # who the mention stands for ("who": Beck)


class _Reader:
    """Reads one text: its quotations, the reporter's words around them, and the speakers."""

    def __init__(self, text: str, paragraph_spans, artifacts: pd.DataFrame | None):
        self.text = text
        self.paragraph_spans = list(paragraph_spans)
        self.quotes, self.outside, self.sentence_starts = read_marks(text, self.paragraph_spans)
        self.cues = rules.find_cues(self.outside)
        self.cue_starts = [c[0] for c in self.cues]
        self.phrases = rules.speaker_phrases(self.outside, cues=self.cues)
        self.phrase_starts = [p.start for p in self.phrases]
        self.artifacts = artifacts
        self._pronoun_cache: dict[int, str | None] = {}
        self._people = None
        self._full_names = None
        self._names_seen: dict[str, str] = {}
        self.plural_speakers: dict[int, list[str]] = {}  # "they" -> the speakers it stands for

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

    def after_quote(self, q: Quotation, next_open: int) -> _Attribution | None:
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
        ends_sentence = bool(ENDS_SENTENCE.search(q.fields["raw"]))
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

    def before_quote(self, q: Quotation, lo: int) -> _Attribution | None:
        """Pence said "…" / Pence said, calling it "…" / According to Smith, "…" / Smith: "…"."""
        cues = self.cues_in(lo, q.open)
        left = self.outside[lo : q.open]
        if cues:
            cue = cues[-1]
            cue_text = rules.cue_text(self.text, cue[0], cue[1], q.open)
            if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
                phrase = self.phrase_at(cue[1], q.open)
                return _Attribution("according to", cue_text, phrase) if phrase else None
            phrase = None
            before_cue = self.outside[lo : cue[0]]
            if rules.COORDINATED_VERB.search(before_cue) or (
                cue_text.lower().endswith("ing") and before_cue.rstrip().endswith(",")
            ):  # 'Graham said … and said that "…"', 'She said …, adding "…"'
                phrase = self.opening_subject(lo, cue[0])
            if phrase is None:
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
            colon = lo + len(left.rstrip()) - 1
            for phrase in reversed(self.phrases_in(lo, colon)):  # "- Philip Bump: “…”"
                if phrase.kind in ("name", "source") and not self.outside[
                    phrase.end : colon
                ].strip() and not phrase.text.isupper():
                    return _Attribution("colon introduction", ":", phrase)
                break
            for phrase in self.phrases_in(lo, q.open):
                if rules.is_subject_like(self.outside, phrase, lo) or phrase.possessive:
                    return _Attribution("colon introduction", ":", phrase)
        return None

    def mention_in(self, lo: int, hi: int) -> rules.Phrase | None:
        """The speaker mention in ``outside[lo:hi]`` (a stretch already cut to one noun
        phrase): a name inside it, else a pronoun, else the whole stretch as a description."""
        lo += len(self.outside[lo:hi]) - len(self.outside[lo:hi].lstrip(" ,—–-"))
        hi -= len(self.outside[lo:hi]) - len(self.outside[lo:hi].rstrip(" ,—–-"))
        if hi <= lo:
            return None
        inside = [p for p in self.phrases_in(lo, hi) if not p.possessive]
        for kind in ("name", "pronoun"):
            for p in inside:
                if p.kind == kind and not (kind == "pronoun" and p.text == "I"):
                    return p
        stretch = self.outside[lo:hi]
        if not rules.looks_like_description(stretch):
            return None
        first = stretch.split(" ")[0].lower()
        determiner = first if first in rules.DETERMINERS else ""
        return rules.Phrase(lo, hi, stretch, "source", False, determiner)

    def loose_after_quote(self, q: Quotation, next_open: int) -> _Attribution | None:
        """'"…," one P&G Amiens employee told French television' / '"…," said Laurence
        H. Tribe, professor of law': any short noun phrase next to a cue after the quote."""
        hi = min(self.paragraph_bounds(q.paragraph)[1], next_open)
        start = q.close_end
        stop = re.search(r"[.?!;:\u2591]\s|[.?!;:\u2591]$|\u2591", self.outside[start:hi])
        end = start + stop.start() if stop else hi
        cues = self.cues_in(start, end)
        if not cues:
            return None
        cue = cues[0]
        cue_text = self.text[cue[0] : cue[1]]
        if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
            return None
        if ENDS_SENTENCE.search(q.fields["raw"]) and (
            re.match(r"\s*(?:that\b|:)", self.outside[cue[1] : hi])
            or (stop is not None and self.outside[start + stop.start()] == "\u2591")
        ):
            return None  # '"…?" Obama said that …, "…"': the cue belongs to the next quotation
        before = self.outside[start : cue[0]]
        phrase = None
        relative = rules.RELATIVE_SUBJECT.search(before)
        if relative:  # '"…," said Beck, who said …': the mention is "who", the speaker Beck
            return self.relative_clause(start + relative.start(1), cue_text)
        if before.strip(" ,—–-"):
            subject = rules.subject_stretch(before)
            if subject is not None:
                phrase = self.mention_in(start + subject[0], start + subject[1])
        if phrase is None and (before.rstrip().endswith(",") or not before.strip(" ,—–-")):
            inverted_ok = not cue_text.lower().startswith(rules.NOT_INVERTED) or (
                cue_text.lower().startswith("ask") and not before.strip(" ,—–-")
            )
            after = rules.inverted_stretch(self.outside[cue[1] : end])
            if after is not None and inverted_ok:
                phrase = self.mention_in(cue[1] + after[0], cue[1] + after[1])
        if phrase is None:
            return None
        return _Attribution("speaker after quote", cue_text, phrase)

    def relative_clause(self, at: int, cue_text: str) -> _Attribution | None:
        """'Beck, who said there were "too many" …': the mention is "who"; the speaker is
        the phrase just before it."""
        antecedent = None
        for phrase in reversed(self.phrases_in(max(0, at - 120), at)):
            if re.fullmatch(r"[\s,]*", self.outside[phrase.end : at]) or (
                self.outside[phrase.end : at].count(",") == 2
            ):
                antecedent = phrase
            break
        if antecedent is None or antecedent.possessive:
            return None
        word = re.match(r"\w+", self.outside[at:]).group()
        mention = rules.Phrase(at, at + len(word), word, "relative")
        return _Attribution("relative clause", cue_text, mention, speaker_phrase=antecedent)

    def loose_before_quote(self, q: Quotation, lo: int) -> _Attribution | None:
        """'One P&G employee told a French station, "…"': the noun phrase before the last
        cue before the quotation, in the same sentence."""
        cues = self.cues_in(lo, q.open)
        if not cues:
            return None
        cue = cues[-1]
        cue_text = rules.cue_text(self.text, cue[0], cue[1], q.open)
        if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
            return None
        relative = rules.RELATIVE_SUBJECT.search(self.outside[lo : cue[0]])
        if relative:
            return self.relative_clause(lo + relative.start(1), cue_text)
        clause = rules.clause_start(self.outside, lo, cue[0])
        subject = rules.subject_stretch(self.outside[clause : cue[0]])
        if subject is None:
            return None
        phrase = self.mention_in(clause + subject[0], clause + subject[1])
        if phrase is None:
            return None
        rule = "colon introduction" if self.outside[lo : q.open].rstrip().endswith(":") else (
            "speaker before quote")
        return _Attribution(rule, cue_text, phrase)

    def attribute(self, index: int) -> _Attribution:
        q = self.quotes[index]
        p_lo, p_hi = self.paragraph_bounds(q.paragraph)
        later = [o.open for o in self.quotes[index + 1 :] if o.paragraph == q.paragraph]
        next_open = later[0] if later else p_hi
        lo = self.sentence_start(q.open, q.paragraph)
        found = self.after_quote(q, next_open) if q.closed else None
        if found is None:
            found = self.before_quote(q, lo)
        if found is None and q.closed:
            found = self.loose_after_quote(q, next_open)
        if found is None:
            found = self.loose_before_quote(q, lo)
        if found is not None and found.phrase is not None:
            found.phrase = self.appositive_name(found.phrase)
            return found
        # No attribution in the quotation's own sentence. A whole sentence in quotation
        # marks (it starts with a capital letter) continues the last speaker; words woven
        # into the reporter's sentence are not guessed at.
        first = re.search(r"[^\W\d_]", q.fields["raw"])
        if first is not None and first.group().isupper():
            found = self.carried_over(index, lo)
            if found.rule != "no attribution found":
                return found
        return self.sentence_subject(q, lo) or _Attribution("no attribution found")

    def sentence_subject(self, q: Quotation, lo: int) -> _Attribution | None:
        """'Brooks blasted the debate as "a mess"': with no speech verb, the person the
        sentence is about (its first name, pronoun or description, followed by a verb)."""
        phrase = self.opening_subject(lo, q.open)
        return _Attribution("subject of the sentence", "", phrase) if phrase else None

    def opening_subject(self, lo: int, hi: int) -> rules.Phrase | None:
        """The subject a sentence opens with ("On Monday, Brooks blasted …": Brooks)."""
        intro = re.match(r"(?:[^,\u2591]{0,40},\s*)?", self.outside[lo:hi]).end()
        for start in (lo, lo + intro) if intro else (lo,):
            at = _SENTENCE_ADVERB.match(self.outside, start, hi).end()
            for phrase in self.phrases_in(at, hi):
                if phrase.start != at:
                    break
                if phrase.possessive or (phrase.kind == "pronoun" and phrase.text == "I"):
                    break
                verb = _VERB_AFTER_SUBJECT.match(self.outside, phrase.end, hi)
                if verb and verb.group(1) not in rules.PREPOSITIONS and verb.group(1) not in (
                    "and", "or", "of", "who", "which", "that"
                ):
                    return phrase
                break
        return None

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
                "continues previous quotation", "", o.fields.get("phrase"),
                o.fields["speaker"], o.fields.get("anonymous", False),
            )
        if self.outside[p_lo : q.open].strip() == "" and q.paragraph > 0:
            before = [o for o in self.quotes[:index] if o.paragraph == q.paragraph - 1]
            if before and before[-1].fields.get("speaker"):
                o = before[-1]
                return _Attribution(
                    "continued from previous paragraph", "", o.fields.get("phrase"),
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

    def resolve_plural(self, phrase: rules.Phrase) -> str | None:
        """'"…," they added': the speakers of the latest joint or plural attribution in this
        paragraph or the one before, else nobody (the kit does not guess a group)."""
        window = self.paragraph_bounds(max(0, self.paragraph_of(phrase.start) - 1))[0]
        for q in reversed(self.quotes):
            at = q.fields.get("mention_start")
            if at is None or not window <= at < phrase.start:
                continue
            if len(q.fields.get("speakers") or []) > 1 or q.fields.get("plural"):
                self.plural_speakers[phrase.start] = list(q.fields.get("speakers") or [])
                return q.fields["speaker"]
        return None

    def joint_names(self, phrase: rules.Phrase) -> list[rules.Phrase]:
        """'Sens. Tom Carper, Dianne Feinstein and Ben Cardin said': every name of a list
        that ends with ``phrase`` (or starts with it), in reading order."""
        names = [p for p in self.phrases_in(max(0, phrase.start - 200), phrase.end + 120)
                 if p.kind == "name" and not p.possessive]
        if phrase not in names:
            return [phrase]
        i = names.index(phrase)
        lo = hi = i
        while lo > 0 and _LIST_JOIN.fullmatch(self.outside[names[lo - 1].end : names[lo].start]):
            lo -= 1
        while hi + 1 < len(names) and _LIST_JOIN.fullmatch(
            self.outside[names[hi].end : names[hi + 1].start]
        ):
            hi += 1
        found = names[lo : hi + 1]
        joined = [self.outside[a.end : b.start] for a, b in zip(found, found[1:], strict=False)]
        if len(found) > 1 and not any("and" in j for j in joined):
            return [phrase]  # "Trump, Clinton," without "and" is not a list of speakers
        return found

    def paragraph_of(self, pos: int) -> int:
        starts = [s for s, _ in self.paragraph_spans]
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def speaker_of(self, found: _Attribution, lo: int, index: int) -> tuple[str | None, bool]:
        phrase = found.phrase
        if phrase is None or found.speaker is not None:
            return found.speaker, found.anonymous
        if found.speaker_phrase is not None:
            phrase = found.speaker_phrase
        if phrase.kind == "name":
            return self.full_name(phrase.text), False
        if phrase.kind == "pronoun" and phrase.text.lower() in ("they", "we"):
            return self.resolve_plural(phrase), False
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


def _kind(q: Quotation, quote: str, previous: Quotation | None, outside: str) -> str:
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


def _join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, and a comma that belongs to the reporter's sentence, from the quoted words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _artifact_flag(artifacts: list, row: dict, q: Quotation) -> str:
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
        paragraphs = plain_paragraphs(text)
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
        speakers = [speaker] if speaker else []
        if phrase is not None and phrase.start in reader.plural_speakers and found.speaker is None:
            speakers = reader.plural_speakers[phrase.start]
        if kind != "title/scare" and phrase is not None and phrase.kind == "name" and (
            found.speaker is None
        ):
            joint = reader.joint_names(phrase)
            if len(joint) > 1:  # "Cummings and Conyers wrote": both speak
                phrase = rules.Phrase(joint[0].start, joint[-1].end,
                                      text[joint[0].start : joint[-1].end], "name")
                speakers = list(dict.fromkeys(reader.full_name(p.text) for p in joint))
                speaker = _join_names(speakers)
        if found.speaker is not None and index and found.phrase is not None:
            carried = next((o for o in reversed(reader.quotes[:index])
                            if o.fields.get("phrase") is found.phrase), None)
            if carried is not None:
                speakers = carried.fields.get("speakers") or speakers
        q.fields.update(
            speaker=speaker, anonymous=anonymous, cue=found.cue, kind=kind, phrase=phrase,
            speakers=speakers,
            mention_start=phrase.start if phrase is not None else None,
            plural=phrase is not None and phrase.kind == "source"
            and rules.is_plural(phrase.text),
        )
        row = {
            "quote": quote,
            "start": start,
            "end": end,
            "speaker": speaker,
            "speakers": speakers,
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

#: Cues that report speech without judging it: every form of the verbs of class
#: "neutral" in the kit's one speech-verb table (:func:`kitlib.vocab.speech_verb_class`),
#: and the punctuation cues ":" and "—". Other cues ("claimed", "insisted", "boasted",
#: "admitted") add the reporter's view of how, or how honestly, it was said.
NEUTRAL_CUES = frozenset(
    form.strip().lower()
    for row in vocab.speech_verb_table() if row["class"] == "neutral"
    for form in row["forms"].split("|")
) | {":", "—"}


def _cue_class(cue: str) -> str:
    """The class of a cue as written: the speech-verb table's, ":" and "—" neutral."""
    return "neutral" if cue in (":", "—") else vocab.speech_verb_class(cue)


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

        A joint quotation ("Cummings and Conyers wrote", see the ``speakers``
        column of :func:`find_quotes`) is *credited* to each of its speakers
        (it counts as one of each speaker's ``quotes``) and its words are
        *divided* equally among them (two speakers get half the words each),
        so the shares still add up to 1.

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
    rows = []
    for speaker, joint, quote in zip(
        table["speaker"], table["speakers"] if "speakers" in table else table["speaker"],
        table["quote"], strict=True,
    ):
        names = list(joint) if isinstance(joint, list) and len(joint) > 1 else [
            speaker if isinstance(speaker, str) and speaker else NO_SPEAKER
        ]
        for name in names:  # a joint quotation: each speaker is credited, its words divided
            rows.append((name, _word_count(quote) / len(names)))
    frame = pd.DataFrame(rows, columns=["speaker", "words"])
    if frame["words"].eq(frame["words"].round()).all():
        frame["words"] = frame["words"].astype("int64")
    frame.insert(1, "camp", frame["speaker"].map(
        lambda s: "others" if s == NO_SPEAKER else camp_of(s)))
    words = frame["words"]
    total = words.sum()
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
        (of all attributed quotations), ``neutral`` (True for cues in
        :data:`NEUTRAL_CUES`, which report speech without judging it) and
        ``class`` (the cue's class in the kit's one speech-verb table, the same
        class :func:`kitlib.words.speech_verbs` gives it: neutral, distancing,
        concessive, emphatic, confrontational or other). "called" and
        "described … as" are neutral there: they report a label the speaker
        chose, without the reporter's judgement of the speaker.
        Quotations with no cue of their own (a speaker carried over, or none
        found) are counted as ``(no cue)``, with ``neutral`` and ``class`` None.

    Examples
    --------
    >>> text = '"Yes," Ann Lee said. "No," Tom Ray claimed. "Maybe," Ann Lee said.'
    >>> attribution_verbs(text)
           cue  quotes  share  neutral       class
    0     said       2  0.667     True     neutral
    1  claimed       1  0.333    False  distancing
    """
    table = _as_quotes(quotes_or_text)
    table = table[table["kind"] != "title/scare"]
    cues = table["cue"].map(lambda c: c.lower() if isinstance(c, str) and c else "(no cue)")
    out = cues.value_counts().rename_axis("cue").reset_index(name="quotes")
    out = out.sort_values(["quotes", "cue"], ascending=[False, True], kind="stable")
    out["share"] = (out["quotes"] / out["quotes"].sum()).round(3) if len(out) else 0.0
    out["class"] = [None if c == "(no cue)" else _cue_class(c) for c in out["cue"]]
    out["neutral"] = [None if k is None else k == "neutral" for k in out["class"]]
    out = out[["cue", "quotes", "share", "neutral", "class"]]
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
        paragraphs = plain_paragraphs(text)
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
