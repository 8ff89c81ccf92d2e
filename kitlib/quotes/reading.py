"""Reading one text for its speakers: the positions, names and people the rules ask about.

:class:`Reading` reads a text once (its quotation marks, paragraphs,
sentences, speech verbs and speaker phrases) and answers the questions the
attribution rules in :mod:`kitlib.quotes.rules` ask: which phrases stand near
a quotation, who was named last, which person a name stands for. It is an
index of the text: nothing is written into it once it is built.

Two small records travel between the steps of :func:`kitlib.quotes.find_quotes`:

* :class:`Attribution`, what a rule proposes for one quotation (the rule, the
  cue, the mention);
* :class:`Decision`, what was decided for a quotation (the speaker, how sure
  the kit is); the rules and :mod:`kitlib.quotes.resolving` read the decisions
  for the quotations before the one they look at, passed to them explicitly.

>>> reading = Reading('"We will win," Jane Smith said.')
>>> len(reading.quotes)
1
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kitlib import vocab
from kitlib.actors import tables as actors
from kitlib.actors.grouping import Person, find_cast
from kitlib.actors.name_rules import first_name
from kitlib.quotes import phrases
from kitlib.quotes.marks import Quotation, match_end, read_marks
from kitlib.text import split_paragraphs

__all__ = [
    "AFTER_CUE_CHARS",
    "Attribution",
    "Decision",
    "LOOK_BACK_CHARS",
    "RECENT_QUOTES",
    "Reading",
    "VERB_AFTER_SUBJECT",
    "join_names",
    "may_be_person",
    "strip_titles",
]


_LIST_JOIN = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s*&\s*")


#: A subject's verb: after optional brackets, appositives and an adverb, the next word.
VERB_AFTER_SUBJECT = re.compile(
    r"\s*(?:\([^()]{0,40}\))?(?:(?:,[^,;\u2591]{0,80})+,\s*)?" + phrases.ADVERB_RUN + r"([a-z]+)"
)


_SENTENCE_ADVERB = re.compile(r"(?:(?:But|And|So|Yet|Still|Now|Then|Also)\s+)?")


#: How far back a pronoun ("he said") looks for its person: the paragraph before, but at
#: most this many characters (about 400 words; PolNeAR train's paragraphs average about
#: 200 characters, so this cuts only one long paragraph, and keeps the cost linear there).
LOOK_BACK_CHARS = 2000


_ADVERBIAL_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,4},")
_WITH_BEFORE = re.compile(r"\b(?:with|of)\s+$")


#: How far after an inverted cue ("said her mother, Priya Nand") the kit looks for the name.
AFTER_CUE_CHARS = 40


@dataclass(frozen=True)
class Attribution:
    """What a rule proposes for one quotation.

    ``rule`` names the rule (a key of :data:`kitlib.quotes.RULES`), ``cue`` the
    attribution words as written, ``phrase`` the mention the attribution rests
    on. ``speaker_phrase`` is whom a relative "who" stands for. For a quotation
    that continues an earlier one, ``speaker``, ``speakers``, ``anonymous`` and
    ``speaker_kind`` are carried over from that quotation's :class:`Decision`.
    """

    rule: str
    cue: str = ""
    phrase: phrases.Phrase | None = None
    speaker: str | None = None
    anonymous: bool = False
    speaker_phrase: phrases.Phrase | None = None
    speakers: tuple[str, ...] = ()
    speaker_kind: str = ""


@dataclass(frozen=True)
class Decision:
    """What :func:`kitlib.quotes.find_quotes` decided for one quotation.

    ``index`` is the quotation's place in :attr:`Reading.quotes`; ``kind`` its
    kind (full, partial, fragment, title/scare); ``rule``, ``cue`` and
    ``phrase`` come from the winning :class:`Attribution`; ``speaker`` is the
    name shown (None if nobody), ``speakers`` every speaker of a joint
    attribution, ``anonymous`` True for an unnamed source, ``plural`` True for
    a description of several people ("officials"), ``speaker_kind`` what the
    speaker is (person, organisation, source …) and ``confidence`` the
    chooser's probability for the speaker.
    """

    index: int
    kind: str
    rule: str
    cue: str = ""
    phrase: phrases.Phrase | None = None
    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    anonymous: bool = False
    plural: bool = False
    speaker_kind: str = ""
    confidence: float = 0.0

    @property
    def attributed(self) -> bool:
        """Has it a speaker, or at least a mention the kit could not resolve ("they")?
        Either carries over to a quotation that continues it."""
        return bool(self.speaker) or self.phrase is not None


class Reading:
    """Reads one text: its quotations, the reporter's words around them, and the speakers."""

    def __init__(
        self,
        text: str,
        paragraph_spans=None,
        artifacts=None,
        sentence_spans=None,
        *,
        actor_table: bool = False,
    ):
        self.text = text
        #: True for the two bundled articles: the actor table (``data/actors.csv``), made
        #: for them, names their people first (:func:`kitlib.actors.actor_table_fits`).
        self.actor_table = actor_table
        self.paragraph_spans = (
            split_paragraphs(text) if paragraph_spans is None else list(paragraph_spans)
        )
        quotes, self.outside, self.sentence_starts = read_marks(
            text, self.paragraph_spans, sentence_spans
        )
        self.quotes: tuple[Quotation, ...] = tuple(quotes)
        self._paragraph_starts = [start for start, _ in self.paragraph_spans]
        self.quote_opens = [q.open for q in self.quotes]
        self.quotes_by_paragraph: dict[int, list[Quotation]] = {}
        for q in self.quotes:
            self.quotes_by_paragraph.setdefault(q.paragraph, []).append(q)
        self.cues = phrases.find_cues(self.outside)
        self.cue_starts = [c[0] for c in self.cues]
        self.phrases = phrases.speaker_phrases(self.outside, cues=self.cues, first_name=first_name)
        self.phrase_starts = [p.start for p in self.phrases]
        self.artifacts = artifacts
        # the names table (kitlib.actors.people): the only source of people and genders
        self.cast = find_cast(text, self.sentence_starts)
        self._person_by_name = {p.name: p for p in self.cast.people}
        self._links = [
            (s, e, self.cast.people[who]) for s, e, who, _ in self.cast.links if who >= 0
        ]
        self._link_starts = [link[0] for link in self._links]
        # surnames two people share ("Clinton" for Bill and Hillary): people, but whose
        self._ambiguous = sorted((s, e) for s, e, who, _ in self.cast.links if who < 0)
        self._names = sorted((n.start, n.end, n.kind) for n in self.cast.names)
        self._name_starts = [n[0] for n in self._names]
        self._people: list[tuple[int, str, str, bool]] | None = None
        self._people_starts: list[int] = []
        self._latest_of_gender: dict[str, list[tuple[int, str, str, bool] | None]] = {}
        self._full_names: list[str] | None = None
        self._names_seen: dict[str, str] = {}
        self._genders: dict[str, str] | None = None
        self._text_genders: dict[str, str] = {}

    # -- where things are ------------------------------------------------

    def paragraph_bounds(self, number: int) -> tuple[int, int]:
        return self.paragraph_spans[number]

    def opens_paragraph(self, q: Quotation) -> bool:
        """Does quotation ``q`` open its paragraph (nothing but spaces before its mark)?"""
        lo, _ = self.paragraph_bounds(q.paragraph)
        return not self.outside[lo : q.open].strip()

    def sentence_start(self, pos: int, paragraph: int) -> int:
        lo, _ = self.paragraph_bounds(paragraph)
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return max(lo, self.sentence_starts[i]) if i >= 0 else lo

    def sentence_end(self, pos: int, paragraph: int) -> int:
        _, hi = self.paragraph_bounds(paragraph)
        i = bisect.bisect_right(self.sentence_starts, pos)
        return min(hi, self.sentence_starts[i]) if i < len(self.sentence_starts) else hi

    def phrases_in(self, lo: int, hi: int) -> list[phrases.Phrase]:
        i = bisect.bisect_left(self.phrase_starts, lo)
        j = bisect.bisect_left(self.phrase_starts, hi)
        return [p for p in self.phrases[i:j] if p.end <= hi]

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return [c for c in self.cues[i:j] if c[1] <= hi]

    # -- the rules -------------------------------------------------------

    def subject_before(self, lo: int, cue_start: int) -> phrases.Phrase | None:
        """The nearest phrase before a cue, in the same sentence, that can be its subject."""
        for phrase in reversed(self.phrases_in(lo, cue_start)):
            if phrase.start == lo and self.opens_adverbial(phrase):
                continue  # "Hours later, Trump said …"
            if phrases.is_subject_like(self.outside, phrase, lo) or self.with_participle(
                phrase, cue_start
            ):
                return phrase
        return None

    def opens_adverbial(self, phrase: phrases.Phrase) -> bool:
        """'*Hours* later, Trump …', '*Eight* years ago, he …': one capitalised word that
        opens a sentence and a phrase of small words up to a comma; not someone known by
        that name in the text."""
        if phrase.kind != "name" or " " in phrase.text:
            return False
        if not _ADVERBIAL_AFTER.match(self.outside, phrase.end, phrase.end + 40):
            return False
        return self.person_of(phrase) is None

    def with_participle(self, phrase: phrases.Phrase, cue_start: int) -> bool:
        """'…, with Sen. Ana Ruiz calling it "a mess"': after "with", a name right before
        a cue ending in -ing is the one speaking, although "with" is a preposition."""
        if phrase.possessive or self.outside[phrase.end : cue_start].strip():
            return False
        cue = re.match(r"\w+", self.outside[cue_start : cue_start + 20])
        return bool(cue and cue.group().endswith("ing")) and bool(
            _WITH_BEFORE.search(self.outside, max(0, phrase.start - 6), phrase.start)
        )

    def phrase_at(self, pos: int, hi: int) -> phrases.Phrase | None:
        """The phrase that starts right at ``pos`` (after spaces and commas), if any."""
        spaces = re.match(r"[\s,]*", self.outside[pos:hi])
        skip = spaces.end() if spaces else 0
        for phrase in self.phrases_in(pos + skip, hi):
            return phrase if phrase.start == pos + skip else None
        return None

    def appositive_name(self, phrase: phrases.Phrase) -> phrases.Phrase:
        """'a Trump spokeswoman, Hope Hicks,': a description followed by a name is that name."""
        if phrase.kind != "source":
            return phrase
        after = re.match(r",\s*", self.outside[phrase.end : phrase.end + 3])
        if after:
            name = self.phrase_at(phrase.end + after.end(), phrase.end + 80)
            if name is not None and name.kind == "name" and not name.possessive:
                return name
        return phrase

    def phrase_after_cue(self, pos: int, hi: int) -> phrases.Phrase | None:
        """'said Pence', 'said the aide', 'said her mother, Priya Nand': the first speaker
        phrase soon after an inverted cue, not after a preposition ('said in an interview
        with CNN' names no speaker)."""
        end = min(hi, pos + AFTER_CUE_CHARS)
        stop = phrases.sentence_stop(self.outside, pos, end)
        end = stop if stop is not None else end
        for phrase in self.phrases_in(pos, end):
            if phrase.kind == "pronoun":
                continue
            if (
                phrases.is_subject_like(self.outside, phrase, pos)
                or self.outside[pos : phrase.start].strip(" ,") == ""
            ):
                return phrase
        return None

    def mention_in(self, lo: int, hi: int) -> phrases.Phrase | None:
        """The speaker mention in ``outside[lo:hi]`` (a stretch already cut to one noun
        phrase): a name inside it, else a pronoun, else the whole stretch as a description."""
        lo += len(self.outside[lo:hi]) - len(self.outside[lo:hi].lstrip(" ,—–-"))
        hi -= len(self.outside[lo:hi]) - len(self.outside[lo:hi].rstrip(" ,—–-"))
        if hi <= lo:
            return None
        if self.outside[lo:hi].split(" ")[0].lower() in vocab.PREPOSITIONS:
            return None  # '"…" for Clinton, said Kunin': Clinton is not the speaker
        inside = [
            p
            for p in self.phrases_in(lo, hi)
            if not p.possessive
            and not (p.start > lo and phrases.AFTER_PREPOSITION.search(self.outside[lo : p.start]))
        ]  # "a spokesman for Disney": the spokesman speaks, not Disney
        for kind in ("name", "pronoun"):
            for p in inside:
                if p.kind == kind and not (kind == "pronoun" and p.text == "I"):
                    return p
        stretch = self.outside[lo:hi]
        if not phrases.looks_like_description(stretch):
            return None
        first = stretch.split(" ")[0].lower()
        determiner = first if first in phrases.DETERMINERS else ""
        return phrases.Phrase(lo, hi, stretch, "source", False, determiner)

    def opening_subject(self, lo: int, hi: int) -> phrases.Phrase | None:
        """The subject a sentence opens with ("On Monday, Brooks blasted …": Brooks)."""
        intro = match_end(r"(?:[^,\u2591]{0,40},\s*)?", self.outside[lo:hi])
        for start in (lo, lo + intro) if intro else (lo,):
            at = match_end(_SENTENCE_ADVERB, self.outside, start, hi)
            for phrase in self.phrases_in(at, hi):
                if phrase.start != at:
                    break
                if phrase.possessive or (phrase.kind == "pronoun" and phrase.text == "I"):
                    break
                if start == lo and self.opens_adverbial(phrase):
                    break  # "Hours later, Trump …": the subject comes after the comma
                reach = min(len(self.outside), hi + 20)  # the verb may be the cue itself
                verb = VERB_AFTER_SUBJECT.match(self.outside, phrase.end, reach)
                if (
                    verb
                    and verb.group(1) not in vocab.PREPOSITIONS
                    and verb.group(1) not in ("and", "or", "of", "who", "which", "that")
                ):
                    return phrase
                break
        return None

    def person_of(self, phrase: phrases.Phrase) -> Person | None:
        """The person of the names table (:func:`kitlib.actors.people`) a name phrase
        names, or None if it names nobody the table knows as a person."""
        if phrase.kind != "name":
            return None
        i = bisect.bisect_left(self._link_starts, phrase.end) - 1
        while i >= 0 and self._links[i][1] > phrase.start - 200:
            start, end, person = self._links[i]
            if start < phrase.end and phrase.start < end:
                return person
            i -= 1
        return None

    def name_kind(self, phrase: phrases.Phrase) -> str:
        """What the names table takes a name phrase for: "person", "organisation",
        "place", "other", or "" when it found no name there."""
        if self.person_of(phrase) is not None:
            return "person"
        k = bisect.bisect_left(self._ambiguous, (phrase.end, phrase.end)) - 1
        if k >= 0 and self._ambiguous[k][0] < phrase.end and phrase.start < self._ambiguous[k][1]:
            return "person"  # a surname the names table gives to two people
        i = bisect.bisect_left(self._name_starts, phrase.end) - 1
        while i >= 0 and self._names[i][1] > phrase.start - 200:
            start, end, kind = self._names[i]
            if start < phrase.end and phrase.start < end:
                return kind
            i -= 1
        return ""

    def people(self) -> list[tuple[int, str, str, bool]]:
        """Named people outside quotations: (start, full name, gender, subject-like)."""
        if self._people is None:
            found = []
            for phrase in self.phrases:
                person = self.person_of(phrase)
                if person is None:
                    continue
                gender = self.gender_of(person.name, phrase)
                subject = phrases.is_subject_like(self.outside, phrase)
                found.append((phrase.start, person.name, gender, subject))
            self._people = found
            self._people_starts = [p[0] for p in found]
            # for each person, the latest person up to them who is a "he" or a "she"
            self._latest_of_gender = {g: [] for g in ("male", "female")}
            latest: dict[str, tuple[int, str, str, bool] | None] = {"male": None, "female": None}
            for row in found:
                for g in latest:
                    if row[2] == g:
                        latest[g] = row
                    self._latest_of_gender[g].append(latest[g])
        return self._people

    @property
    def people_starts(self) -> list[int]:
        """Where each of :meth:`people` is named (sorted)."""
        self.people()
        return self._people_starts

    def latest_person_before(self, pos: int, gender: str) -> tuple[int, str, str, bool] | None:
        """The latest of :meth:`people` named before ``pos`` who is known to be of
        ``gender`` ("male" or "female"), or None."""
        self.people()
        k = bisect.bisect_left(self._people_starts, pos)
        return self._latest_of_gender[gender][k - 1] if k else None

    def gender_of(self, name: str, phrase: phrases.Phrase | None = None) -> str:
        """ "male", "female" or "" (unknown): what the kit can tell of a person's gender.

        The names table's gender (:func:`kitlib.actors.people`) when it rests on a
        title or on the pronouns that follow the name; else a gender the text
        gives (:meth:`text_gender`: "Mr. Pitt", "spokeswoman Hope Hicks"), which
        overrules the first-name list ("Mr. Graham" makes Lindsey Graham a man);
        else the first-name list; else a gendered word right before this mention.
        Unknown people are never guessed at.
        """
        person = self._person_by_name.get(name)
        known = person.gender if person is not None else ""
        if (
            person is not None
            and known in ("male", "female")
            and not _rests_on_first_name(person.gender_from)
        ):
            return known
        told = self.text_gender(name)
        if told:
            return told
        if known in ("male", "female"):
            return known
        if phrase is not None:
            return self._gendered_word_before(phrase.start)
        return ""

    def text_gender(self, name: str) -> str:
        """The gender the text itself gives a person, or "": a gendered title with the
        surname anywhere in the text ("Mr. Pitt", "Ms. Dern"), else a gendered word right
        before one of the person's mentions ("actress Laura Dern", "spokeswoman Hope
        Hicks"), when all of them agree."""
        if name in self._text_genders:
            return self._text_genders[name]
        if self._genders is None:  # one pass over the text: "Mr. Pitt", "Ms. Dern"
            told: dict[str, set] = {}
            for m in _GENDERED_TITLE.finditer(self.outside):
                said = "male" if m.group(1) == "Mr" else "female"
                told.setdefault(m.group(2), set()).add(said)
                if m.group(3):  # "Mr. Tom Hale": Hale too
                    told.setdefault(m.group(3), set()).add(said)
            self._genders = {k: v.pop() for k, v in told.items() if len(v) == 1}
        found = self._genders.get(name.split(" ")[-1], "")
        person = self._person_by_name.get(name)
        if not found and person is not None:
            words = {self._gendered_word_before(s) for s, _ in person.mentions} - {""}
            found = words.pop() if len(words) == 1 else ""
        self._text_genders[name] = found
        return found

    def _gendered_word_before(self, pos: int) -> str:
        """The gender of a gendered word right before ``pos`` ("spokeswoman"), or ""."""
        before = re.search(r"(\w+)\s+$", self.outside[max(0, pos - 30) : pos])
        return vocab.GENDERED_WORDS.get(before.group(1).lower(), "") if before else ""

    def first_name_share(self, name: str) -> float:
        """How sure the first-name list is of the gender it gives this person: the share
        of the first name's bearers of that gender (0 when the gender does not rest on
        the first name, or the text overrules it)."""
        person = self._person_by_name.get(name)
        if person is None or not _rests_on_first_name(person.gender_from) or self.text_gender(name):
            return 0.0
        found = first_name(person.first) if person.first else None
        return max(found[0], 1 - found[0]) if found else 0.0

    def unknown_subject(self, phrase: phrases.Phrase) -> bool:
        """Is this a name the names table found nothing for, used as a subject and
        followed by a verb ("Cruz openly admitted …")? Such a name may be a person;
        not a place, group or publication the kit knows is none ("Greenland",
        "Al-Shabaab", "North-Rhine Westphalia", "Investors": :func:`may_be_person`)."""
        if phrase.kind != "name" or phrase.possessive or self.name_kind(phrase):
            return False
        if phrase.text.split(" ")[0] in phrases.CAPITALISED_NOT_NAMES or not may_be_person(
            phrase.text
        ):
            return False
        verb = VERB_AFTER_SUBJECT.match(self.outside, phrase.end, phrase.end + 120)
        return (
            verb is not None
            and verb.group(1) not in vocab.PREPOSITIONS
            and verb.group(1) not in ("and", "or", "of", "who", "which", "that")
            and phrases.is_subject_like(self.outside, phrase)
        )

    def gender_basis(self, name: str) -> str:
        """What the gender :meth:`gender_of` gives a person rests on: "title" (Mr.,
        Mrs.), "pronouns" (the pronouns that follow the name), "text" (a gender the
        text gives, :meth:`text_gender`, which overrules the first-name list), "first
        name" (the first-name list), or "" when none is known."""
        person = self._person_by_name.get(name)
        if person is None or person.gender not in ("male", "female"):
            return "text" if self.text_gender(name) else ""
        source = person.gender_from
        if _rests_on_first_name(source) and self.text_gender(name):
            return "text"
        return next(
            (basis for basis in _GENDER_BASES if source.startswith(_GENDER_BASES[basis])), ""
        )

    def mentions_before(self, name: str, pos: int) -> int:
        """How many times the names table links a mention to this person before ``pos``."""
        person = self._person_by_name.get(name)
        return 0 if person is None else bisect.bisect_left(person.mentions, (pos, pos))

    def sentence_number(self, pos: int) -> int:
        """The number of the reporter's sentence ``pos`` lies in (from 0)."""
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def person_like(self, phrase: phrases.Phrase) -> bool:
        """Could this phrase be someone who speaks? A pronoun, a description, a person or
        an organisation of the names table, or a name of two words or more the table did
        not find; not a lone capitalised word ("Guns", "Containment", "Chinese")."""
        if phrase.kind != "name":
            return True
        kind = self.name_kind(phrase)
        return kind in ("person", "organisation") or (not kind and " " in phrase.text)

    def full_names_in_order(self) -> list[str]:
        """Names of two or more words written in the text (titles left out), first seen first."""
        if self._full_names is None:
            names = (strip_titles(p.text) for p in self.phrases if p.kind == "name")
            self._full_names = list(dict.fromkeys(n for n in names if " " in n))
        return self._full_names

    def full_name(self, mention: str) -> str:
        """The first full name in the text that ends with ``mention`` (titles left out)."""
        if mention in self._names_seen:
            return self._names_seen[mention]
        bare = strip_titles(mention)
        answer = next(
            (
                full
                for full in self.full_names_in_order()
                if full != bare and full.endswith(" " + bare)
            ),
            bare,
        )
        self._names_seen[mention] = answer
        return answer

    def role_words(self, name: str) -> frozenset[str]:
        """The words, in lower case, of the role the names table gives a person
        ("a former prosecutor"); empty if none."""
        person = self._person_by_name.get(name)
        return frozenset(re.findall(r"[a-z]+", person.role.lower())) if person else frozenset()

    def name_of(self, phrase: phrases.Phrase) -> str:
        """The name a name phrase shows: the person's full name from the names table
        ("Pence" → "Mike Pence"), else :meth:`full_name`."""
        if self.actor_table:
            known = actors.resolve(phrase.text)
            if known:
                return known
        person = self.person_of(phrase)
        return person.name if person is not None else self.full_name(phrase.text)

    def joint_names(self, phrase: phrases.Phrase) -> list[phrases.Phrase]:
        """'Sens. Tom Carper, Dianne Feinstein and Ben Cardin said': every name of a list
        that ends with ``phrase`` (or starts with it), in reading order."""
        names = [
            p
            for p in self.phrases_in(max(0, phrase.start - 200), phrase.end + 120)
            if p.kind == "name" and not p.possessive
        ]
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

    def quotes_before(self, window: int, pos: int) -> tuple[Quotation, ...]:
        """The quotations opened before ``pos`` whose speaker's mention may lie after
        ``window`` (those opened up to :data:`LOOK_BACK_CHARS` before it)."""
        i = bisect.bisect_left(self.quote_opens, window - LOOK_BACK_CHARS)
        return self.quotes[i : bisect.bisect_left(self.quote_opens, pos)]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, pos) - 1)


#: How :attr:`kitlib.actors.grouping.Person.gender_from` begins, for each basis.
_GENDER_BASES = {"title": "a title", "first name": "first name", "pronouns": "pronouns"}


def _rests_on_first_name(source: str) -> bool:
    return source.startswith(_GENDER_BASES["first name"])


_GENDERED_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'-]+)(?: ([A-Z][\w’'-]+)(?=[ ,.]))?")


#: How many earlier quotations a description ("the aide") looks back through.
RECENT_QUOTES = 50


#: Every word strip_titles drops from the front of a name (made once, not on every call).
_ALL_TITLES = vocab.TITLES


def strip_titles(name: str) -> str:
    words = name.split(" ")
    while len(words) > 1 and (words[0] in _ALL_TITLES or words[0].lower() in vocab.TITLE_NOUNS):
        words = words[1:]
    return " ".join(words)


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def may_be_person(name: str) -> bool:
    """Can a name the names table does not know be one person's? Not one that
    :data:`kitlib.vocab.NOT_PERSON_NAMES` lists, word for word ("Greenland", "Boko Haram",
    "North-Rhine Westphalia"), one whose first word (before a hyphen too) opens place
    names ("North-Rhine", "San"), nor a plural source ("Voters": ``is_plural``).

    >>> [may_be_person(n) for n in ("Cruz", "Greenland", "North-Rhine Westphalia")]
    [True, False, False]
    >>> may_be_person("Al-Shabaab"), may_be_person("Investors"), may_be_person("Critics")
    (False, False, False)
    """
    words = name.split()
    if all(w in vocab.NOT_PERSON_NAMES for w in words):  # the list is of single words
        return False
    if re.split(r"[\s-]", name, maxsplit=1)[0] in vocab.PLACE_NAME_STARTS:
        return False
    return not (len(words) == 1 and phrases.is_plural(name))
