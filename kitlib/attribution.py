"""Who said it: the rules that give a quotation its speaker, one small function each.

:mod:`kitlib.quotemarks` finds the quotations and the reporter's words
around them; :mod:`kitlib.phrases` finds the speech verbs (cues) and the
phrases that can be speakers in those words. The rules here decide, for
each quotation, which phrase is its speaker. :func:`attribute` tries them
in the order of :data:`RULES`; the first that finds a speaker wins, and its
name is the row's ``rule`` in :func:`kitlib.quotes.find_quotes`:

1. :func:`rule_after_quote`: ``"…," Pence said`` / ``"…," said Pence`` /
   ``"…" — Jane Smith`` / ``"…," according to Smith``;
   :func:`rule_after_quote_loose`: the same with any short description
   ("one P&G Amiens employee told …", "said Sen. Tom Carper of Delaware").
2. :func:`rule_before_quote`: ``Pence said "…"``, ``Smith: "…"``;
   :func:`rule_before_quote_loose`: the same with any description.
3. :func:`rule_relative_clause`: ``Beck, who said it was "a mess"``.
4. :func:`rule_carried_over`: a quotation that is a whole sentence and has
   no cue of its own continues the speaker of the sentence before, of the
   quotation before, or of the previous paragraph (the multi-paragraph
   convention); the mention is that earlier one.
5. :func:`rule_subject_of_sentence`: no cue at all: the sentence's subject
   (``Brooks blasted the debate as "a mess"``).

Then the speaker is *resolved* (:meth:`Reading.speaker_of`): a name to the
full name, "he"/"she" to the latest person of that gender, "they" to the
latest joint or plural source, a description to the person it describes or
to itself (an anonymous source).

Every rule is a plain function of a :class:`Reading` (one text, read once)
and a quotation; each docstring has an example. ``benchmarks/quotes_rules.py``
says how often each fires on real news and how often it is right there.

>>> for row in explain('"We will win," Jane Smith said. "It is time."'):
...     print(row)
('We will win', 'Jane Smith', 'speaker after quote')
('It is time.', 'Jane Smith', 'continues previous quotation')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from kitlib import phrases as rules
from kitlib.quotemarks import ENDS_SENTENCE, Quotation, plain_paragraphs, read_marks

__all__ = [
    "AFTER_CUE_CHARS",
    "RULES",
    "Attribution",
    "Reading",
    "attribute",
    "explain",
    "rule_after_quote",
    "rule_after_quote_loose",
    "rule_before_quote",
    "rule_before_quote_loose",
    "rule_carried_over",
    "rule_relative_clause",
    "rule_subject_of_sentence",
]


def explain(text: str) -> list[tuple[str, str | None, str]]:
    """``(quotation, speaker, rule)`` for each quotation of a text: which rule decided.

    >>> explain('Beck, who spoke last, said it was "a mess."')
    [('a mess.', 'Beck', 'speaker before quote')]
    """
    from kitlib.quotes import find_quotes

    table = find_quotes(text)
    return [
        (q, s if isinstance(s, str) else None, r)
        for q, s, r in zip(table["quote"], table["speaker"], table["rule"], strict=True)
    ]


_LIST_JOIN = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s*&\s*")
_VERB_AFTER_SUBJECT = re.compile(
    r"\s*(?:\([^()]{0,40}\))?(?:(?:,[^,;\u2591]{0,80})+,\s*)?(?:(?:also|then|later|[a-z]+ly)\s+)?"
    r"([a-z]+)"
)
_SENTENCE_ADVERB = re.compile(r"(?:(?:But|And|So|Yet|Still|Now|Then|Also)\s+)?")


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

#: How far back a pronoun ("he said") looks for its person: the paragraph before, but at
#: most this many characters (about 400 words; PolNeAR train's paragraphs average about
#: 200 characters, so this cuts only one long paragraph, and keeps the cost linear there).
LOOK_BACK_CHARS = 2000

#: Genders that stop a pronoun from reaching back past a person to an earlier speaker:
#: people whose gender the kit cannot tell ("") may be of the pronoun's gender.
UNKNOWN_BLOCKS = ()

_WITH_BEFORE = re.compile(r"\bwith\s+$")

#: How far after an inverted cue ("said her mother, Priya Nand") the kit looks for the name.
AFTER_CUE_CHARS = 40

@dataclass
class Attribution:
    rule: str
    cue: str = ""
    phrase: rules.Phrase | None = None
    speaker: str | None = None  # set when the speaker is carried over from another quote
    anonymous: bool = False
    speaker_phrase: rules.Phrase | None = None  # who the mention stands for ("who": Beck)


class Reading:
    """Reads one text: its quotations, the reporter's words around them, and the speakers."""

    def __init__(self, text: str, paragraph_spans=None, artifacts=None, sentence_spans=None):
        self.text = text
        self.paragraph_spans = (
            plain_paragraphs(text) if paragraph_spans is None else list(paragraph_spans)
        )
        self.quotes, self.outside, self.sentence_starts = read_marks(
            text, self.paragraph_spans, sentence_spans
        )
        self._paragraph_starts = [start for start, _ in self.paragraph_spans]
        self._quote_opens = [q.open for q in self.quotes]
        self.anonymous_speakers: set[str] = set()  # filled in as the quotations are read
        self.quotes_by_paragraph: dict[int, list[Quotation]] = {}
        for q in self.quotes:
            self.quotes_by_paragraph.setdefault(q.paragraph, []).append(q)
        self.cues = rules.find_cues(self.outside)
        self.cue_starts = [c[0] for c in self.cues]
        self.phrases = rules.speaker_phrases(self.outside, cues=self.cues)
        self.phrase_starts = [p.start for p in self.phrases]
        self.artifacts = artifacts
        self._pronoun_cache: dict[int, str | None] = {}
        self._people = None
        self._full_names = None
        self._names_seen: dict[str, str] = {}
        self._genders: dict[str, str] | None = None
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
            if rules.is_subject_like(self.outside, phrase, lo) or self.with_participle(
                phrase, cue_start
            ):
                return phrase
        return None

    def with_participle(self, phrase: rules.Phrase, cue_start: int) -> bool:
        """'…, with Sen. Ana Ruiz calling it "a mess"': after "with", a name right before
        a cue ending in -ing is the one speaking, although "with" is a preposition."""
        if phrase.possessive or self.outside[phrase.end : cue_start].strip():
            return False
        cue = re.match(r"\w+", self.outside[cue_start : cue_start + 20])
        return bool(cue and cue.group().endswith("ing")) and bool(
            _WITH_BEFORE.search(self.outside, max(0, phrase.start - 6), phrase.start)
        )

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
        stop = rules.sentence_stop(self.outside, pos, end)
        end = stop if stop is not None else end
        for phrase in self.phrases_in(pos, end):
            if phrase.kind == "pronoun":
                continue
            if rules.is_subject_like(self.outside, phrase, pos) or self.outside[
                pos : phrase.start
            ].strip(" ,") == "":
                return phrase
        return None

    def mention_in(self, lo: int, hi: int) -> rules.Phrase | None:
        """The speaker mention in ``outside[lo:hi]`` (a stretch already cut to one noun
        phrase): a name inside it, else a pronoun, else the whole stretch as a description."""
        lo += len(self.outside[lo:hi]) - len(self.outside[lo:hi].lstrip(" ,—–-"))
        hi -= len(self.outside[lo:hi]) - len(self.outside[lo:hi].rstrip(" ,—–-"))
        if hi <= lo:
            return None
        if self.outside[lo:hi].split(" ")[0].lower() in rules.PREPOSITIONS:
            return None  # '"…" for Clinton, said Kunin': Clinton is not the speaker
        inside = [p for p in self.phrases_in(lo, hi) if not p.possessive and not (
            p.start > lo and rules.AFTER_PREPOSITION.search(self.outside[lo : p.start])
        )]  # "a spokesman for Disney": the spokesman speaks, not Disney
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
                reach = min(len(self.outside), hi + 20)  # the verb may be the cue itself
                verb = _VERB_AFTER_SUBJECT.match(self.outside, phrase.end, reach)
                if verb and verb.group(1) not in rules.PREPOSITIONS and verb.group(1) not in (
                    "and", "or", "of", "who", "which", "that"
                ):
                    return phrase
                break
        return None

    def people(self) -> list[tuple[int, str, str, bool]]:
        """Named people outside quotations: (start, full name, gender, subject-like)."""
        if self._people is None:
            found = []
            for phrase in self.phrases:
                if phrase.kind != "name":
                    continue
                name = self.full_name(phrase.text)
                info = actor_info().get(name)
                if info is not None and info["kind"] != "person":
                    continue
                if info is None and " " not in name and name not in self.full_names_in_order():
                    continue
                gender = self.gender_of(name, phrase)
                subject = rules.is_subject_like(self.outside, phrase)
                found.append((phrase.start, name, gender, subject))
            self._people = found
            self._people_starts = [p[0] for p in found]
            # for each person, the latest person up to them who may be a "he" or a "she"
            self._latest_of_gender = {g: [] for g in ("male", "female")}
            latest = {"male": None, "female": None}
            for person in found:
                for g in latest:
                    if person[2] in (g, *UNKNOWN_BLOCKS):
                        latest[g] = person
                    self._latest_of_gender[g].append(latest[g])
        return self._people

    def gender_of(self, name: str, phrase: rules.Phrase | None = None) -> str:
        """"male", "female" or "" (unknown): what the kit can tell of a person's gender.

        The one place the kit decides it (swap in a names table here): the actor
        table; else a gendered title anywhere in the text ("Mr. Pitt", "Ms. Dern");
        else a gendered word right before this mention ("actress Laura Dern",
        "spokeswoman Hope Hicks"). Unknown people are never guessed at.
        """
        info = actor_info().get(name)
        if info is not None and info.get("gender") in ("male", "female"):
            return info["gender"]
        if self._genders is None:  # one pass over the text: "Mr. Pitt", "Ms. Dern"
            told: dict[str, set] = {}
            for m in _GENDERED_TITLE.finditer(self.outside):
                said = "male" if m.group(1) == "Mr" else "female"
                told.setdefault(m.group(2), set()).add(said)
                if m.group(3):  # "Mr. Tom Hale": Hale too
                    told.setdefault(m.group(3), set()).add(said)
            self._genders = {k: v.pop() for k, v in told.items() if len(v) == 1}
        last = name.split(" ")[-1]
        if self._genders.get(last):
            return self._genders[last]
        if phrase is not None:
            before = re.search(r"(\w+)\s+$", self.outside[max(0, phrase.start - 30) : phrase.start])
            word = before.group(1).lower() if before else ""
            if word in GENDERED_WORDS:
                return GENDERED_WORDS[word]
        return ""

    def person_like(self, phrase: rules.Phrase) -> bool:
        """Could this phrase be someone who speaks? A pronoun, a description, a name of two
        words or more, or one word the article or the actor table knows as someone's name
        ("Trump"); not a lone capitalised word ("Guns", "Containment", "Chinese")."""
        if phrase.kind != "name" or " " in phrase.text:
            return True
        return self.full_name(phrase.text) != phrase.text or phrase.text in actor_info()

    def full_names_in_order(self) -> list[str]:
        """Names of two or more words written in the text (titles left out), first seen first."""
        if self._full_names is None:
            names = (strip_titles(p.text) for p in self.phrases if p.kind == "name")
            self._full_names = list(dict.fromkeys(n for n in names if " " in n))
        return self._full_names

    def full_name(self, mention: str) -> str:
        """The actor table's name, or the first full name in the text that ends with ``mention``."""
        from kitlib import actors

        if mention in self._names_seen:
            return self._names_seen[mention]
        answer = actors.resolve(mention)
        if not answer:
            bare = strip_titles(mention)
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
            window = self.look_back_start(phrase.start)
            people = self.people()
            first = bisect.bisect_left(self._people_starts, window)
            last = bisect.bisect_left(self._people_starts, phrase.start)
            candidates = [p for p in people[first:last] if p[2] in (gender, "")]
            pronouns = [
                other for other in self.phrases_in(window, phrase.start)
                if other.kind == "pronoun" and other.text.lower() == phrase.text.lower()
            ]
            for other in pronouns:  # an earlier "he" counts as a mention of its person
                name = self.resolve_pronoun(other)
                if name:
                    candidates.append((other.start, name, gender, True))
            # "a Democratic strategist said … He added": the source
            for q in self.quotes_before(window, phrase.start):
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
                k = bisect.bisect_left(self._quote_opens, phrase.start)
                earlier = next((q for q in reversed(self.quotes[:k])
                                if q.fields.get("speaker")), None)
                if earlier is not None and self.same_person_since(earlier, gender, phrase.start):
                    answer = earlier.fields["speaker"]
                else:
                    answer = self.person_just_before(gender, window)
        self._pronoun_cache[phrase.start] = answer
        return answer

    def same_person_since(self, earlier: Quotation, gender: str, pos: int) -> bool:
        """Rule "pronoun not across another person": may a "he"/"she" at ``pos``, with
        nobody of its gender nearby, still stand for the speaker of ``earlier``? Only
        when that speaker's gender does not clash and nobody else who may be of that
        gender is named between the two ('"…," Mr. Pitt said. [a paragraph naming
        Tom Hanks] "…," he said.': he is not resolved to Mr. Pitt)."""
        speaker = earlier.fields["speaker"]
        if actor_info().get(speaker, {}).get("gender", "") not in (gender, ""):
            return False
        since = earlier.fields.get("mention_start")
        since = earlier.open if since is None else min(since, earlier.open)
        self.people()
        k = bisect.bisect_left(self._people_starts, pos)
        latest = self._latest_of_gender[gender][k - 1] if k else None
        return latest is None or latest[0] < since or latest[1] == speaker

    def person_just_before(self, gender: str, window: int) -> str | None:
        """Rule "pronoun not across another person", second half: when the last quoted
        speaker cannot be reached, the latest person known to be of the pronoun's gender
        named within :data:`LOOK_BACK_CHARS` before the look-back window ('Mr. Tom Hale
        arrived. [a paragraph naming nobody] "…," he said': Tom Hale), else nobody."""
        self.people()
        k = bisect.bisect_left(self._people_starts, window)
        latest = self._latest_of_gender[gender][k - 1] if k else None
        if latest is None or latest[2] != gender:
            return None
        return latest[1] if window - latest[0] <= LOOK_BACK_CHARS else None

    def resolve_it(self, phrase: rules.Phrase) -> str | None:
        """'"…," it said': the latest document or organisation described with "the" in
        this paragraph or the one before ("the statement", "The email"), else nobody."""
        window = self.look_back_start(phrase.start)
        for earlier in reversed(self.phrases_in(window, phrase.start)):
            if earlier.kind == "source" and earlier.determiner == "the":
                return earlier.text[0].lower() + earlier.text[1:]
        return None

    def resolve_plural(self, phrase: rules.Phrase) -> str | None:
        """'"…," they added': the speakers of the latest joint or plural attribution in this
        paragraph or the one before, else nobody (the kit does not guess a group)."""
        window = self.look_back_start(phrase.start)
        for q in reversed(self.quotes_before(window, phrase.start)):
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

    def look_back_start(self, pos: int) -> int:
        """Where a pronoun at ``pos`` looks back to: the start of the paragraph before,
        but never more than :data:`LOOK_BACK_CHARS` characters back (one long paragraph,
        such as a pasted transcript, would otherwise be read again for every pronoun)."""
        start = self.paragraph_bounds(max(0, self.paragraph_of(pos) - 1))[0]
        return max(start, pos - LOOK_BACK_CHARS)

    def quotes_before(self, window: int, pos: int) -> list[Quotation]:
        """The quotations opened before ``pos`` whose speaker's mention may lie after
        ``window`` (those opened up to :data:`LOOK_BACK_CHARS` before it)."""
        i = bisect.bisect_left(self._quote_opens, window - LOOK_BACK_CHARS)
        return self.quotes[i : bisect.bisect_left(self._quote_opens, pos)]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, pos) - 1)

    def speaker_of(self, found: Attribution, lo: int, index: int) -> tuple[str | None, bool]:
        phrase = found.phrase
        if phrase is None or found.speaker is not None:
            return found.speaker, found.anonymous
        if found.speaker_phrase is not None:
            phrase = found.speaker_phrase
        if phrase.kind == "name":
            return self.full_name(phrase.text), False
        if phrase.kind == "pronoun" and phrase.text.lower() == "it":
            return self.resolve_it(phrase), False
        if phrase.kind == "pronoun" and phrase.text.lower() in ("they", "we"):
            return self.resolve_plural(phrase), False
        if phrase.kind == "pronoun":
            name = self.resolve_pronoun(phrase)
            return name, bool(name) and name in self.anonymous_speakers
        from kitlib import actors

        known = actors.resolve(phrase.text)
        if known:
            return known, False
        words = phrase.text.split(" ")
        described = " ".join([words[0].lower(), *words[1:]]) if phrase.determiner else phrase.text
        noun = rules.SOURCE_NOUN_PATTERN.search(phrase.text)
        head = (noun.group() if noun else phrase.text.split(" ")[-1]).lower()
        if phrase.determiner in rules.DEFINITE_DETERMINERS:
            for q in reversed(self.quotes[max(0, index - RECENT_QUOTES) : index]):
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
        for earlier in reversed(self.phrases_in(max(0, phrase.start - 5000), phrase.start)):
            if earlier.kind == "name" and earlier.text.split(" ")[0] in titles:
                return self.full_name(earlier.text)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase.text)[1:]]
        matches = {
            name for name, info in actor_info().items()
            if info["kind"] == "person" and words
            and all(w in re.findall(r"[a-z]+", info["role"].lower()) for w in words)
        }
        if len(matches) == 1:
            return matches.pop()
        if not matches:
            return None
        people = self.people()
        k = bisect.bisect_left(self._people_starts, phrase.start)
        return next((p[1] for p in reversed(people[:k]) if p[1] in matches), None)  # latest


# --------------------------------------------------------------------------
# The rules, in the order the kit tries them
# --------------------------------------------------------------------------


def rule_after_quote(reading: Reading, q: Quotation, next_open: int) -> Attribution | None:
    """'"…," Pence said', '"…," said Pence', '"…" — Jane Smith', '"…," according to Smith'.

    A name, pronoun or source description right after the quotation, next to a cue.

    >>> explain('"It is done," said Gov. Ana Ruiz.')
    [('It is done', 'Ana Ruiz', 'speaker after quote')]
    >>> explain('“Never again.” — Ana Ruiz')
    [('Never again.', 'Ana Ruiz', 'dash attribution')]
    """
    hi = min(reading.paragraph_bounds(q.paragraph)[1], next_open)
    region = reading.outside[q.close_end : hi]
    dash = re.match(r"\s*(?:—|–|--)\s*", region)
    if dash:
        phrase = reading.phrase_at(q.close_end + dash.end(), hi)
        if phrase and phrase.kind in ("name", "source"):
            return Attribution("dash attribution", "—", phrase)
    lead = re.match(r"[\s,]*", region).end()
    start = q.close_end + lead
    ends_sentence = bool(ENDS_SENTENCE.search(q.fields["raw"]))
    cue = None
    phrase = reading.phrase_at(start, hi)
    if phrase is not None and phrase.kind in ("name", "source", "pronoun"):
        gap = reading.outside[phrase.end : phrase.end + 80]
        appositive = re.match(r",[^,\u2591.]{1,60},\s*|\s*", gap).end()
        adverbs = re.match(r"(?:(?:\w+ly|also|later|then|has|had|have|would|will)\s+)*",
                           gap[appositive:]).end()
        at = phrase.end + appositive + adverbs
        cues = reading.cues_in(at, at + 20)
        if cues and cues[0][0] == at:
            cue = cues[0]
        elif phrase.possessive:  # '"…," Clinton's running mate, Tim Kaine, said.'
            cues = reading.cues_in(start, min(hi, start + AFTER_CUE_CHARS * 2))
            stretch = reading.outside[start : cues[0][0]] if cues else ""
            if cues and not re.search(r"[.?!;\u2591]", stretch):
                subject = reading.subject_before(start, cues[0][0])
                if subject is not None:
                    phrase, cue = subject, cues[0]
    elif phrase is None:
        cues = reading.cues_in(start, start + 20)
        if cues and cues[0][0] == start:
            cue = cues[0]
            phrase = reading.phrase_after_cue(cue[1], hi)
    if cue is None or phrase is None:
        return None
    cue_text = reading.text[cue[0] : cue[1]]
    if ends_sentence or not q.closed:
        rest = reading.outside[max(cue[1], phrase.end) : hi]
        sentence_rest = re.split(r"[.?!](?:\s|$)", rest, maxsplit=1)[0]
        if re.match(r"\s*(?:that\b|:)", reading.outside[cue[1] : hi]) or (
            next_open < reading.paragraph_bounds(q.paragraph)[1]
            and next_open <= max(cue[1], phrase.end) + len(sentence_rest)
        ):
            return None
    if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
        return Attribution("according to", cue_text, reading.phrase_at(cue[1], hi))
    return Attribution("speaker after quote", cue_text, phrase)


def rule_before_quote(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """Pence said "…" / Pence said, calling it "…" / According to Smith, "…" / Smith: "…".

    >>> explain('Ana Ruiz said the plan was "a disaster for farmers."')
    [('a disaster for farmers.', 'Ana Ruiz', 'speaker before quote')]
    >>> explain('- Tom Berg: “Turnout was higher than anyone expected.”')
    [('Turnout was higher than anyone expected.', 'Tom Berg', 'colon introduction')]
    """
    cues = reading.cues_in(lo, q.open)
    left = reading.outside[lo : q.open]
    if cues:
        cue = cues[-1]
        cue_text = rules.cue_text(reading.text, cue[0], cue[1], q.open)
        if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
            phrase = reading.phrase_at(cue[1], q.open)
            return Attribution("according to", cue_text, phrase) if phrase else None
        phrase = None
        before_cue = reading.outside[lo : cue[0]]
        it = _IT_BEFORE_CUE.search(before_cue)
        if it:  # 'It added, "…"': a document or organisation named earlier
            at = lo + it.start(1)
            return Attribution("speaker before quote", cue_text,
                               rules.Phrase(at, at + 2, it.group(1), "pronoun"))
        relative = rules.RELATIVE_SUBJECT.search(before_cue)
        if relative:  # 'Mike Pence, who called their son "an American hero"'
            found = rule_relative_clause(reading, lo + relative.start(1), cue_text)
            if found is not None:
                return found
        participle = cue_text.lower().endswith("ing") and before_cue.rstrip().endswith(",")
        if participle and len(cues) > 1:  # 'Nefzi said, adding, "…"': the subject of "said"
            phrase = reading.subject_before(lo, cues[-2][0])
        elif rules.COORDINATED_VERB.search(before_cue) or participle:
            phrase = reading.opening_subject(lo, cue[0])  # 'Graham said … and said that "…"'
        if phrase is None:  # 'Cruz, the only candidate in Wyoming, told delegates "…"'
            opening = reading.opening_subject(lo, cue[0])
            if opening is not None and rules.APPOSITIVES_BEFORE_CUE.fullmatch(
                reading.outside[opening.end : cue[0]]
            ):
                phrase = opening
        if phrase is None:
            phrase = reading.subject_before(lo, cue[0])
            if phrase is not None and rules.APPOSITIVE_END.search(
                reading.outside[phrase.end : cue[0]]
            ) and reading.outside[max(lo, phrase.start - 2) : phrase.start].strip() == ",":
                # 'Cory James, 22, of Flint, Mich., said': the name the sentence opens with
                phrase = reading.opening_subject(lo, cue[0]) or phrase
        if phrase is None and not cue_text.lower().startswith(rules.NOT_INVERTED):
            phrase = reading.phrase_at(cue[1], q.open)  # 'said Smith, "…"'
            if phrase is not None and phrase.kind == "pronoun":
                phrase = None
        if phrase is None:
            return None
        rule = "colon introduction" if left.rstrip().endswith(":") else "speaker before quote"
        return Attribution(rule, cue_text, phrase)
    if left.rstrip().endswith(":"):
        colon = lo + len(left.rstrip()) - 1
        for phrase in reversed(reading.phrases_in(lo, colon)):  # "- Philip Bump: “…”"
            if phrase.kind in ("name", "source") and not reading.outside[
                phrase.end : colon
            ].strip() and not phrase.text.isupper():
                return Attribution("colon introduction", ":", phrase)
            break
        for phrase in reading.phrases_in(lo, q.open):
            if rules.is_subject_like(reading.outside, phrase, lo) or phrase.possessive:
                return Attribution("colon introduction", ":", phrase)
    return None


def rule_after_quote_loose(reading: Reading, q: Quotation, next_open: int) -> Attribution | None:
    """'"…," one P&G Amiens employee told French television' / '"…," said Laurence
    H. Tribe, professor of law': any short noun phrase next to a cue after the quote.

    >>> explain('"We were shocked," one longtime bakery employee told a radio station.')
    [('We were shocked', 'one longtime bakery employee', 'speaker after quote')]
    """
    hi = min(reading.paragraph_bounds(q.paragraph)[1], next_open)
    start = q.close_end
    stop = rules.sentence_stop(reading.outside, start, hi, ".?!;:\u2591")
    end = stop if stop is not None else hi
    cues = reading.cues_in(start, end)
    if not cues:
        return _speaker_and_any_verb(reading, start, end)
    cue = cues[0]
    cue_text = reading.text[cue[0] : cue[1]]
    if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
        return None
    if ENDS_SENTENCE.search(q.fields["raw"]) and (
        re.match(r"\s*(?:that\b|:)", reading.outside[cue[1] : hi])
        or (stop is not None and reading.outside[stop] == "\u2591")
    ):
        return None  # '"…?" Obama said that …, "…"': the cue belongs to the next quotation
    before = reading.outside[start : cue[0]]
    phrase = None
    it = re.fullmatch(r"[\s,]*([Ii]t)\s+(?:(?:also|then|later)\s+)?", before)
    if it:  # '"…," it said': a document or organisation named earlier
        at = start + it.start(1)
        return Attribution("speaker after quote", cue_text, rules.Phrase(at, at + 2, it.group(1),
                                                                       "pronoun"))
    relative = rules.RELATIVE_SUBJECT.search(before)
    if relative:  # '"…," said Beck, who said …': the mention is "who", the speaker Beck
        return rule_relative_clause(reading, start + relative.start(1), cue_text)
    if before.strip(" ,—–-"):
        subject = rules.subject_stretch(before)
        if subject is not None:
            phrase = reading.mention_in(start + subject[0], start + subject[1])
    if phrase is None and (before.rstrip().endswith(",") or not before.strip(" ,—–-")):
        inverted_ok = not cue_text.lower().startswith(rules.NOT_INVERTED) or (
            cue_text.lower().startswith("ask") and not before.strip(" ,—–-")
        )
        after = rules.inverted_stretch(reading.outside[cue[1] : end])
        if after is not None and inverted_ok:
            phrase = reading.mention_in(cue[1] + after[0], cue[1] + after[1])
    if phrase is None:
        return None
    return Attribution("speaker after quote", cue_text, phrase)


def _speaker_and_any_verb(reading: Reading, start: int, end: int) -> Attribution | None:
    """'"Mexico!" the audience screamed back.' / '"…," Oliver barked.': a short clause
    right after the quotation, a speaker and a verb in the past tense, and nothing else."""
    stretch = reading.outside[start:end]
    words = stretch.split()
    if not words or len(words) > 8:
        return None
    lead = len(stretch) - len(stretch.lstrip(" ,"))
    phrase = reading.phrase_at(start, end)
    if phrase is None or phrase.start != start + lead:
        described = _DESCRIPTION_AT.match(reading.outside, start + lead, end)  # "the audience"
        if described is None:
            return None
        at, text = described.start(1), described.group(1)
        phrase = rules.Phrase(at, at + len(text), text, "source", False, text.split()[0].lower())
    if phrase.possessive or phrase.text == "I":
        return None
    verb = _PAST_VERB_AFTER.match(reading.outside, phrase.end, end)
    if verb is None:
        return None
    return Attribution("speaker after quote", reading.text[verb.start(1) : verb.end(1)], phrase)


def rule_relative_clause(reading: Reading, at: int, cue_text: str) -> Attribution | None:
    """'Beck, who said there were "too many" …': the mention is "who"; the speaker is
    the phrase just before it.

    >>> explain('"It is over," said Tom Berg, who added that the vote was "a farce."')[1]
    ('a farce.', 'Tom Berg', 'relative clause')
    """
    antecedent = None
    for phrase in reversed(reading.phrases_in(max(0, at - 120), at)):
        if re.fullmatch(r"[\s,]*", reading.outside[phrase.end : at]) or (
            reading.outside[phrase.end : at].count(",") == 2
        ):
            antecedent = phrase
        break
    if antecedent is None or antecedent.possessive:
        return None
    word = re.match(r"\w+", reading.outside[at:]).group()
    mention = rules.Phrase(at, at + len(word), word, "relative")
    return Attribution("relative clause", cue_text, mention, speaker_phrase=antecedent)


def rule_before_quote_loose(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """'One P&G employee told a French station, "…"': the noun phrase before the last
    cue before the quotation, in the same sentence.

    >>> explain('One P&G plant worker told a radio station, "We are scared."')
    [('We are scared.', 'one P&G plant worker', 'speaker before quote')]
    """
    cues = reading.cues_in(lo, q.open)
    if not cues:
        return None
    cue = cues[-1]
    cue_text = rules.cue_text(reading.text, cue[0], cue[1], q.open)
    if cue_text.lower() in rules.SPEAKER_AFTER_CUES:
        return None
    relative = rules.RELATIVE_SUBJECT.search(reading.outside[lo : cue[0]])
    if relative:
        return rule_relative_clause(reading, lo + relative.start(1), cue_text)
    clause = rules.clause_start(reading.outside, lo, cue[0])
    subject = rules.subject_stretch(reading.outside[clause : cue[0]])
    if subject is None:
        return None
    phrase = reading.mention_in(clause + subject[0], clause + subject[1])
    if phrase is None:
        return None
    rule = "colon introduction" if reading.outside[lo : q.open].rstrip().endswith(":") else (
        "speaker before quote")
    return Attribution(rule, cue_text, phrase)


def attribute(reading: Reading, index: int) -> Attribution:
    """The speaker of quotation ``index``: the first rule of :data:`RULES` that finds one.

    Titles and scare quotes are decided before this, in :func:`kitlib.quotes.find_quotes`.

    >>> explain('"Yes," Ana Ruiz said. "No."')[1]
    ('No.', 'Ana Ruiz', 'continues previous quotation')
    """
    q = reading.quotes[index]
    p_lo, p_hi = reading.paragraph_bounds(q.paragraph)
    after = reading.quotes[index + 1] if index + 1 < len(reading.quotes) else None
    next_open = after.open if after is not None and after.paragraph == q.paragraph else p_hi
    lo = reading.sentence_start(q.open, q.paragraph)
    found = rule_after_quote(reading, q, next_open) if q.closed else None
    if found is None:
        found = rule_before_quote(reading, q, lo)
    if found is None and q.closed:
        found = rule_after_quote_loose(reading, q, next_open)
    if found is None:
        found = rule_before_quote_loose(reading, q, lo)
    if found is not None and found.phrase is not None:
        found.phrase = reading.appositive_name(found.phrase)
        return found
    # No attribution in the quotation's own sentence. A whole sentence in quotation
    # marks (it starts with a capital letter) continues the last speaker; words woven
    # into the reporter's sentence are not guessed at.
    first = re.search(r"[^\W\d_]", q.fields["raw"])
    if first is not None and first.group().isupper():
        found = rule_carried_over(reading, index, lo)
        if found.rule != "no attribution found":
            return found
    return rule_subject_of_sentence(reading, q, lo) or Attribution("no attribution found")


def rule_subject_of_sentence(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """'Brooks blasted the debate as "a mess"': with no speech verb, the person the
    sentence is about (its first name, pronoun or description, followed by a verb).

    >>> explain('Ana Ruiz dismissed the debate as "a mess."')
    [('a mess.', 'Ana Ruiz', 'subject of the sentence')]
    """
    phrase = reading.opening_subject(lo, q.open)
    if phrase is not None and not reading.person_like(phrase):
        phrase = None  # "Guns are "the ultimate crisis"": a capitalised word, not a speaker
    if phrase is None:  # "In a statement on Monday, the campaign called the report "false""
        for candidate in reading.phrases_in(lo, q.open):
            if candidate.text == "I" or not rules.is_subject_like(reading.outside, candidate, lo):
                continue
            if not reading.person_like(candidate):
                continue
            verb = _VERB_AFTER_SUBJECT.match(reading.outside, candidate.end, q.open)
            if verb is not None and verb.group(1) not in rules.PREPOSITIONS and verb.group(
                1
            ) not in ("and", "or", "of", "who", "which", "that"):
                phrase = candidate
                break
    return Attribution("subject of the sentence", "", phrase) if phrase else None


def rule_carried_over(reading: Reading, index: int, lo: int) -> Attribution:
    """A whole sentence in quotation marks with no cue of its own continues a speaker:
    the one the sentence before names ("speaker in previous sentence"), the one of the
    quotation before in the paragraph ("continues previous quotation"), or, for a
    paragraph that opens with a quotation, the last speaker of the paragraph before
    ("continued from previous paragraph": the multi-paragraph convention). The mention
    is that earlier one, so a reader can see why.

    >>> explain('Ana Ruiz spoke first.\\n\\n"We will build it," she said.\\n\\n"All of it."')[1]
    ('All of it.', 'Ana Ruiz', 'continued from previous paragraph')
    """
    q = reading.quotes[index]
    p_lo, _ = reading.paragraph_bounds(q.paragraph)
    earlier = []
    for k in range(index - 1, -1, -1):  # the latest quotation of this paragraph with a speaker
        o = reading.quotes[k]
        if o.paragraph != q.paragraph:
            break
        if o.fields.get("speaker"):
            earlier = [(k, o)]
            break
    previous_lo = reading.sentence_start(lo - 1, q.paragraph) if lo > p_lo else None
    opens = reading._quote_opens
    if previous_lo is not None and bisect.bisect_left(opens, previous_lo) == bisect.bisect_left(
        opens, lo
    ):  # no quotation in the sentence before
        cues = reading.cues_in(previous_lo, lo)
        for cue in reversed(cues):
            phrase = reading.subject_before(previous_lo, cue[0])
            if phrase is not None:
                cue_text = reading.text[cue[0] : cue[1]]
                return Attribution("speaker in previous sentence", cue_text, phrase)
    if earlier:
        _, o = earlier[-1]
        return Attribution(
            "continues previous quotation", "", o.fields.get("phrase"),
            o.fields["speaker"], o.fields.get("anonymous", False),
        )
    if reading.outside[p_lo : q.open].strip() == "" and q.paragraph > 0:
        before = reading.quotes_by_paragraph.get(q.paragraph - 1, [])
        if before and before[-1].fields.get("speaker"):
            o = before[-1]
            return Attribution(
                "continued from previous paragraph", "", o.fields.get("phrase"),
                o.fields["speaker"], o.fields.get("anonymous", False),
            )
        prev_lo, prev_hi = reading.paragraph_bounds(q.paragraph - 1)
        last = reading.sentence_start(prev_hi - 1, q.paragraph - 1)
        for cue in reversed(reading.cues_in(last, prev_hi)):
            phrase = reading.subject_before(last, cue[0])
            if phrase is not None:
                return Attribution(
                    "continued from previous paragraph", reading.text[cue[0] : cue[1]], phrase
                )
    return Attribution("no attribution found")

# -- step 4: resolving the speaker ------------------------------------


_PAST_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|[a-z]+ly)\s+)?([a-z]{3,}ed)(?:\s+(?:back|in|out|up|on))?[\s.,!?]*$"
)
_DESCRIPTION_AT = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)(?: [a-z][\w-]*){1,3}?)(?= [a-z]{3,}ed\b)"
)
_IT_BEFORE_CUE = re.compile(r"(?:^|[,;]\s*|\band\s+|\s)\b([Ii]t)\s+(?:(?:also|then|later)\s+)?$")
_GENDERED_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'-]+)(?: ([A-Z][\w’'-]+)(?=[ ,.]))?")

#: How many earlier quotations a description ("the aide") looks back through.
RECENT_QUOTES = 50

#: Words before a name that tell a person's gender ("actress Laura Dern").
GENDERED_WORDS = {
    **dict.fromkeys("""actress spokeswoman congresswoman chairwoman businesswoman
    councilwoman congresswoman sister mother wife daughter widow grandmother aunt
    queen princess duchess""".split(), "female"),
    **dict.fromkeys("""actor spokesman congressman chairman businessman councilman brother
    father husband son widower grandfather uncle king prince duke""".split(), "male"),
}

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


#: Every word strip_titles drops from the front of a name (made once, not on every call).
_ALL_TITLES = frozenset(rules.TITLE_WORDS) | NAME_TITLES


def strip_titles(name: str) -> str:
    words = name.split(" ")
    while len(words) > 1 and (words[0] in _ALL_TITLES or words[0].lower() in rules.TITLE_NOUNS):
        words = words[1:]
    return " ".join(words)


@cache
def actor_info() -> dict[str, dict]:
    from kitlib import actors

    table = actors.actor_table()
    return {row["actor"]: row for row in table.to_dict("records")}


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
