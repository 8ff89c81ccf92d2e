"""Who a mention stands for: names, pronouns, "it", "they", descriptions.

A rule of :mod:`kitlib.quotes.rules` finds the *mention* a quotation's
attribution rests on ("Pence", "he", "the aide", "who"); :class:`Resolver`
says who that is:

* a name goes to the full name of the person it names ("Pence" → "Mike Pence");
* "he" and "she" go to a person of that gender named before, never across
  another person of that gender (:meth:`Resolver.pronoun`);
* "it" goes to a document or organisation named with "the" just before;
* "they" goes to the speakers of the latest joint or plural attribution;
* "I" outside quotation marks is the writer of the article (:data:`WRITER`);
* a description ("the aide", "a Trump spokesman") to the person it describes
  or, if the text names nobody, to itself: an anonymous source.

Some of these answers depend on what was decided for earlier quotations ("a
Democratic strategist said … He added"): the resolver reads those
:class:`~kitlib.quotes.reading.Decision` records, passed to each method
explicitly as ``earlier`` (``earlier[k]`` is the decision for quotation ``k``).

>>> from kitlib.quotes.reading import Attribution, Reading
>>> reading = Reading('Ana Ruiz arrived. "We won," she said.')
>>> resolver = Resolver(reading)
>>> she = reading.phrases[-1]
>>> resolver.speaker_of(Attribution("speaker after quote", "said", she), 0, 0, []).speaker
'Ana Ruiz'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kitlib import vocab
from kitlib.actors import tables as actors
from kitlib.quotes import phrases
from kitlib.quotes.reading import (
    LOOK_BACK_CHARS,
    RECENT_QUOTES,
    Attribution,
    Decision,
    Reading,
    may_be_person,
)

__all__ = ["WRITER", "MAX_ANTECEDENTS", "Antecedent", "Resolution", "Resolver", "actor_info"]

#: The speaker shown for an "I" outside quotation marks ('"Okay," I said'): the writer
#: of the article (a column, a memoir), whom the text does not name.
WRITER = "the writer"

#: How many people a "he" or "she" may stand for are weighed (the latest named first).
MAX_ANTECEDENTS = 6


@dataclass(frozen=True)
class Resolution:
    """Who a mention stands for: ``speaker`` (the name shown, None if nobody),
    ``speakers`` (several for a joint "they") and ``anonymous`` (an unnamed source)."""

    speaker: str | None
    speakers: tuple[str, ...] = ()
    anonymous: bool = False


@dataclass(frozen=True)
class Antecedent:
    """A person a "he" or "she" may stand for: ``name``, where they were last named
    before it (``at``), whether that mention is a subject, and ``via`` what: "name" (a
    name in the text), "unknown" (a name the names table missed, used as a subject),
    "pronoun" (an earlier he/she resolved to them), "source" (an
    anonymous source quoted), "speaker" (the last quoted speaker, or a person named
    before the look-back window) or "nobody" (left unresolved: ``name`` is "").
    ``rules`` is True for the rules' own answer (:meth:`Resolver.pronoun`)."""

    name: str
    at: int
    subject: bool
    via: str
    rules: bool = False
    anonymous: bool = False


class Resolver:
    """Says who the mentions of one :class:`~kitlib.quotes.reading.Reading` stand for."""

    def __init__(self, reading: Reading):
        self.reading = reading
        self._pronouns: dict[tuple[int, int], str | None] = {}
        self._resolved: dict[tuple, Resolution] = {}
        self._described: dict[tuple[int, str], str | None] = {}
        self._given: dict[str, set[str]] = {}  # the genders earlier he/she gave people
        self._given_from = 0  # how many decisions ``_given`` has read

    def pronoun_genders(self, earlier: Sequence[Decision]) -> dict[str, str]:
        """The gender each earlier "he" or "she" gave the person it was decided to stand
        for, with a probability of 0.5 or more (only people given one gender). Read once:
        each call reads only the decisions added since the last one.

        >>> from kitlib.quotes.reading import Reading
        >>> reading = Reading('Ann Lee spoke. "Yes," she said.')
        >>> she = reading.phrases[-1]
        >>> Resolver(reading).pronoun_genders([Decision(0, "full", "x", "said", she, "Ann Lee",
        ...                                              confidence=0.9)])
        {'Ann Lee': 'female'}
        """
        if len(earlier) < self._given_from:  # another list of decisions: start again
            self._given, self._given_from = {}, 0
        for d in earlier[self._given_from :]:
            sure = d.confidence >= 0.5
            if sure and d.speaker and d.phrase is not None and d.phrase.kind == "pronoun":
                gender = phrases.SUBJECT_PRONOUNS.get(d.phrase.text.lower())
                if gender in ("male", "female"):
                    self._given.setdefault(d.speaker, set()).add(gender)
        self._given_from = len(earlier)
        return {name: next(iter(g)) for name, g in self._given.items() if len(g) == 1}

    # -- the mention's speaker ------------------------------------------

    def speaker_of(
        self, found: Attribution, lo: int, index: int, earlier: Sequence[Decision]
    ) -> Resolution:
        """The speaker of quotation ``index`` as ``found`` proposes it; ``lo`` is where
        the quotation's sentence starts."""
        phrase = found.phrase
        if phrase is None or found.speaker is not None:
            return Resolution(found.speaker, found.speakers, found.anonymous)
        key = (
            found.rule == "transcript line",
            phrase,
            found.speaker_phrase,
            lo,
            index,
            len(earlier),
        )
        if key not in self._resolved:  # several rules often propose the same mention
            self._resolved[key] = self._speaker_of(found, lo, index, earlier)
        return self._resolved[key]

    def _speaker_of(
        self, found: Attribution, lo: int, index: int, earlier: Sequence[Decision]
    ) -> Resolution:
        reading = self.reading
        phrase = found.phrase
        if found.speaker_phrase is not None:
            phrase = found.speaker_phrase
        if phrase is None:  # an attribution with no mention names nobody
            return Resolution(None)
        if found.rule == "transcript line":  # "PENCE:" is Mike Pence
            return Resolution(reading.cast.resolve(phrase.text.title()) or phrase.text.title())
        if phrase.kind == "name":
            return Resolution(reading.name_of(phrase))
        if phrase.kind == "pronoun" and phrase.text.lower() == "it":
            return Resolution(self.it(phrase))
        if phrase.kind == "pronoun" and phrase.text.lower() in ("they", "we"):
            return self.plural(phrase, earlier)
        if phrase.kind == "pronoun" and phrase.text == "I":  # outside quotation marks
            return Resolution(WRITER)
        if phrase.kind == "pronoun":
            name = self.pronoun(phrase, earlier)
            anonymous = bool(name) and any(d.anonymous and d.speaker == name for d in earlier)
            return Resolution(name, (), anonymous)
        known = self.alias_of(phrase)
        if known:  # the bundled pair: "the Indiana governor" is in the actor table
            return Resolution(known)
        noun = phrases.SOURCE_NOUN_PATTERN.search(phrase.text)
        head = (noun.group() if noun else phrase.text.split(" ")[-1]).lower()
        if phrase.determiner in vocab.DEFINITE_DETERMINERS:
            for d in reversed(earlier[max(0, index - RECENT_QUOTES) : index]):
                speaker = d.speaker or ""
                if d.anonymous and re.search(rf"\b{head}\b", speaker, re.I):
                    return Resolution(speaker, (), True)
            named = self.described_person(phrase, head)
            if named:
                return Resolution(named)
        return self.as_described(phrase, lo)

    def alias_of(self, phrase: phrases.Phrase) -> str | None:
        """The person the actor table knows a description by, when the article fits the
        actor table ("the Indiana governor": Mike Pence): the description's own words
        name them, as a name does. None otherwise."""
        if phrase.kind != "source" or not self.reading.actor_table:
            return None
        return actors.resolve(phrase.text) or None

    def as_described(self, phrase: phrases.Phrase, lo: int) -> Resolution:
        """A description as it stands, the speaker it names ("the senator", "a Trump
        aide"): anonymous unless it has "the" and its sentence does not say the source
        asked not to be named. ``lo`` is where the quotation's sentence starts.

        >>> from kitlib.quotes.reading import Reading
        >>> reading = Reading('"No," the senator said.')
        >>> Resolver(reading).as_described(reading.phrases[0], 0)
        Resolution(speaker='the senator', speakers=(), anonymous=False)
        """
        reading = self.reading
        words = phrase.text.split(" ")
        described = " ".join([words[0].lower(), *words[1:]]) if phrase.determiner else phrase.text
        if phrase.determiner in vocab.DEFINITE_DETERMINERS:
            sentence = reading.outside[lo : reading.sentence_end(lo, reading.paragraph_of(lo))]
            return Resolution(described, (), bool(phrases.ANONYMITY_PATTERN.search(sentence)))
        return Resolution(described, (), True)

    # -- pronouns -------------------------------------------------------

    def pronoun(self, phrase: phrases.Phrase, earlier: Sequence[Decision]) -> str | None:
        """'"…," she said': the person a "he" or "she" at ``phrase`` stands for, or None.

        The latest person of that gender (or of unknown gender) named in the
        look-back window, subjects first; an earlier "he" counts as a mention of
        its person, and an anonymous source quoted in the window counts too. With
        nobody in the window: the last quoted speaker, if nobody else of that
        gender was named since (:meth:`same_person_since`), else the latest person
        known to be of that gender just before the window.
        """
        reading = self.reading
        # the answer depends on the decisions for the quotations opened before the pronoun
        key = (
            phrase.start,
            min(len(earlier), bisect.bisect_left(reading.quote_opens, phrase.start)),
        )
        if key in self._pronouns:
            return self._pronouns[key]
        gender = phrases.SUBJECT_PRONOUNS.get(phrase.text.lower())
        answer = None
        if gender in ("male", "female"):
            window = reading.look_back_start(phrase.start)
            people = reading.people()
            first = bisect.bisect_left(reading.people_starts, window)
            last = bisect.bisect_left(reading.people_starts, phrase.start)
            candidates = [
                p for p in people[first:last] if p[2] in (gender, "") and may_be_person(p[1])
            ]
            pronouns = [
                other
                for other in reading.phrases_in(window, phrase.start)
                if other.kind == "pronoun" and other.text.lower() == phrase.text.lower()
            ]
            for other in pronouns:  # an earlier "he" counts as a mention of its person
                name = self.pronoun(other, earlier)
                if name:
                    candidates.append((other.start, name, gender, True))
            # "a Democratic strategist said … He added": the source
            for d in self._decided_before(window, phrase.start, earlier):
                at = d.phrase.start if d.phrase is not None else None
                if d.anonymous and at is not None and window <= at < phrase.start and not d.plural:
                    if d.speaker is not None:
                        candidates.append((at, d.speaker, "", True))
            candidates.sort()
            subjects = [c for c in candidates if c[3]]
            pick = subjects[-1] if subjects else (candidates[-1] if candidates else None)
            if pick is not None:
                answer = pick[1]
            else:
                k = bisect.bisect_left(reading.quote_opens, phrase.start)
                spoken = next((d for d in reversed(earlier[:k]) if d.speaker), None)
                if spoken is not None and self.same_person_since(spoken, gender, phrase.start):
                    answer = spoken.speaker
                else:
                    answer = self.person_just_before(gender, window)
        self._pronouns[key] = answer
        return answer

    def antecedents(self, phrase: phrases.Phrase, earlier: Sequence[Decision]) -> list[Antecedent]:
        """Everyone a "he" or "she" at ``phrase`` may stand for, the latest named first:
        the people named in the look-back window and the paragraph before it (or earlier
        "he"s, as the quotations they spoke were decided, and anonymous sources there)
        whose gender does not clash with the pronoun's, at most
        :data:`MAX_ANTECEDENTS`; and the rules' own answer (:meth:`pronoun`), marked.
        A clash of genders that rests only on the first-name list is allowed ("Lindsey
        Graham"): :mod:`kitlib.quotes.choosing` weighs it.

        >>> from kitlib.quotes.reading import Reading
        >>> reading = Reading('Tom Berg met Ana Ruiz. Ed Cole spoke. "No," he said.')
        >>> he = reading.phrases[-1]
        >>> [(a.name, a.rules) for a in Resolver(reading).antecedents(he, [])]
        [('Ed Cole', True), ('Ana Ruiz', False), ('Tom Berg', False)]

        (Ana Ruiz is a woman only by the first-name list, so she is weighed too.)
        """
        reading = self.reading
        gender = phrases.SUBJECT_PRONOUNS.get(phrase.text.lower())
        if gender not in ("male", "female"):
            return []
        answer = self.pronoun(phrase, earlier)
        near = reading.look_back_start(phrase.start)
        # one paragraph further back than the rules look, never more than LOOK_BACK_CHARS
        window = max(reading.look_back_start(max(0, near - 1)), phrase.start - LOOK_BACK_CHARS)
        decided = {d.phrase.start: d.speaker for d in earlier if d.phrase is not None and d.speaker}
        people = reading.people()
        first = bisect.bisect_left(reading.people_starts, window)
        last = bisect.bisect_left(reading.people_starts, phrase.start)
        found = [
            (at, name, True, "name", subject)
            for at, name, g, subject in people[first:last]
            if (g in (gender, "") or reading.gender_basis(name) == "first name")
            and may_be_person(name)
        ]
        for other in reading.phrases_in(window, phrase.start):
            if other.kind == "name" and reading.unknown_subject(other):
                # a name the names table missed, used as a subject ("Cruz openly admitted")
                found.append((other.start, reading.name_of(other), False, "unknown", True))
            if other.kind == "pronoun" and other.text.lower() == phrase.text.lower():
                name = decided.get(other.start) or self.pronoun(other, earlier)
                if name:
                    found.append((other.start, name, False, "pronoun", True))
        anonymous = set()
        for d in self._decided_before(window, phrase.start, earlier):
            at = d.phrase.start if d.phrase is not None else None
            if d.anonymous and at is not None and window <= at < phrase.start and not d.plural:
                if d.speaker is not None:
                    found.append((at, d.speaker, False, "source", True))
                anonymous.add(d.speaker)
        options: dict[str, Antecedent] = {}
        for at, name, _, via, subject in sorted(found, reverse=True):
            if name not in options and len(options) < MAX_ANTECEDENTS:
                options[name] = Antecedent(
                    name, at, subject, via, name == answer, name in anonymous
                )
        if answer and answer not in options:  # the last speaker, or a person before the window
            k = bisect.bisect_left(reading.people_starts, phrase.start)
            at = next((p[0] for p in reversed(reading.people()[:k]) if p[1] == answer), window)
            options[answer] = Antecedent(answer, at, True, "speaker", True)
        if not answer and options:  # the rules leave it unresolved: that is an option too
            options[""] = Antecedent("", phrase.start, False, "nobody", True)
        return list(options.values())

    def _decided_before(
        self, window: int, pos: int, earlier: Sequence[Decision]
    ) -> Sequence[Decision]:
        """The decisions for the quotations opened before ``pos`` whose mention may lie
        after ``window`` (those opened up to :data:`LOOK_BACK_CHARS` before it)."""
        opens = self.reading.quote_opens
        i = bisect.bisect_left(opens, window - LOOK_BACK_CHARS)
        j = min(bisect.bisect_left(opens, pos), len(earlier))
        return earlier[i:j]

    def same_person_since(self, spoken: Decision, gender: str, pos: int) -> bool:
        """Rule "pronoun not across another person": may a "he"/"she" at ``pos``, with
        nobody of its gender nearby, still stand for the speaker of an earlier quotation
        (``spoken``)? Only when that speaker's gender does not clash and nobody else who
        may be of that gender is named between the two ('"…," Mr. Pitt said. [a
        paragraph naming Tom Hanks] "…," he said.': he is not resolved to Mr. Pitt)."""
        reading = self.reading
        speaker = spoken.speaker
        if speaker is None or reading.gender_of(speaker) not in (gender, ""):
            return False
        opened = reading.quotes[spoken.index].open
        since = opened if spoken.phrase is None else min(spoken.phrase.start, opened)
        latest = reading.latest_person_before(pos, gender)
        return latest is None or latest[0] < since or latest[1] == speaker

    def person_just_before(self, gender: str, window: int) -> str | None:
        """Rule "pronoun not across another person", second half: when the last quoted
        speaker cannot be reached, the latest person known to be of the pronoun's gender
        named within :data:`LOOK_BACK_CHARS` before the look-back window ('Mr. Tom Hale
        arrived. [a paragraph naming nobody] "…," he said': Tom Hale), else nobody."""
        latest = self.reading.latest_person_before(window, gender)
        if latest is None or latest[2] != gender:
            return None
        return latest[1] if window - latest[0] <= LOOK_BACK_CHARS else None

    # -- "it" and "they" ------------------------------------------------

    def it(self, phrase: phrases.Phrase) -> str | None:
        """'"…," it said': the latest document or organisation described or named with
        "the" in this paragraph or the one before ("the statement", "The email", "the
        Times"), else nobody."""
        reading = self.reading
        window = reading.look_back_start(phrase.start)
        for before in reversed(reading.phrases_in(window, phrase.start)):
            if before.kind == "source" and before.determiner == "the":
                return before.text[0].lower() + before.text[1:]
            if (
                before.kind == "name"
                and not before.possessive
                and reading.outside[max(0, before.start - 4) : before.start].lower() == "the "
            ):  # "the Times wrote. … it added": a paper, a body
                return before.text
        return None

    def plural(self, phrase: phrases.Phrase, earlier: Sequence[Decision]) -> Resolution:
        """'"…," they added': the speakers of the latest joint or plural attribution in this
        paragraph or the one before, else nobody (the kit does not guess a group)."""
        window = self.reading.look_back_start(phrase.start)
        for d in reversed(self._decided_before(window, phrase.start, earlier)):
            at = d.phrase.start if d.phrase is not None else None
            if at is None or not window <= at < phrase.start:
                continue
            if len(d.speakers) > 1 or d.plural:
                return Resolution(d.speaker, d.speakers)
        return Resolution(None)

    # -- descriptions ---------------------------------------------------

    def described_person(self, phrase: phrases.Phrase, head: str) -> str | None:
        """Who "the senator" or "the former prosecutor" is: the most recent person named
        earlier with that title ("Sen. Tim Kaine"), else the latest person named before
        whose role in the names table has every word of the description ("Andrew
        McCarthy, a former prosecutor")."""
        if (phrase.start, head) not in self._described:
            self._described[(phrase.start, head)] = self._described_person(phrase, head)
        return self._described[(phrase.start, head)]

    def _described_person(self, phrase: phrases.Phrase, head: str) -> str | None:
        reading = self.reading
        if head.endswith("s") and head[:-1] in vocab.SOURCE_NOUNS:
            head = head.rstrip("s")
        titles = vocab.TITLE_FOR_NOUN.get(head, ())
        for before in reversed(reading.phrases_in(max(0, phrase.start - 5000), phrase.start)):
            if before.kind == "name" and before.text.split(" ")[0] in titles:
                return reading.name_of(before)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase.text)[1:]]
        if not words:
            return None
        people = reading.people()
        k = bisect.bisect_left(reading.people_starts, phrase.start)
        for _, name, _, _ in reversed(people[:k]):
            role = reading.role_words(name)
            if role and all(w in role for w in words):
                return name
        if reading.actor_table:  # the bundled pair: the roles of the actor table
            matches = {
                name
                for name, info in actor_info().items()
                if info["kind"] == "person"
                and all(w in re.findall(r"[a-z]+", info["role"].lower()) for w in words)
            }
            if len(matches) == 1:
                return matches.pop()
            return next((p[1] for p in reversed(people[:k]) if p[1] in matches), None)
        return None


@cache
def actor_info() -> dict[str, dict]:
    """The bundled actor table as ``{actor: row}``: for the bundled pair only."""
    return {row["actor"]: row for row in actors.actor_table().to_dict("records")}
