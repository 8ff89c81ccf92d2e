"""Choosing a quotation's speaker: the rules propose, a small learned model picks.

The rules of :mod:`kitlib.quotes.rules` each propose a *mention* for a
quotation ("Pence", "he", "the aide"), and :mod:`kitlib.quotes.resolving` says
whom each mention may stand for (a "he" may stand for any of the men named
just before). Every pair of a mention and a person is a :class:`Candidate`,
described by *features*: numbers a reader can check by eye, such as which rule
proposed it, whether it is the subject of the speech verb, how far back a "he"
reaches, whether a person of the same gender is named in between, whether the
names table knows the name as a person or as a place (:data:`FEATURES` lists
them all).

A logistic regression learned from PolNeAR's training articles (hand-annotated
2016 election news; ``data/quotes/build.py`` rebuilds it) gives each feature a
weight (``data/quotes/speaker_weights.csv``). A candidate's score is the sum
of its features times their weights; the candidate with the highest score is
the speaker, and its probability (the score turned into a number between 0
and 1) is how sure the kit is: :data:`CHECK_BELOW` and under is "check by hand".
A name the mention does not say ("he", "the senator" given to someone named
elsewhere) whose probability is under :data:`NAME_BELOW` (more likely wrong than
right) is not shown: the row shows "he" and keeps the name as its ``best_guess``.

Rules written by reading examples and a chooser learned from them differ in
one way that matters: the rules say *which* words can name a speaker, the
chooser weighs them against each other, with weights measured on articles the
rules were not tuned on.

>>> from kitlib.quotes.reading import Reading
>>> from kitlib.quotes.resolving import Resolver
>>> reading = Reading('Tom Berg met Ed Cole. "We won," he said.')
>>> found = candidates(reading, Resolver(reading), 0, [])
>>> [(c.speaker, c.mention and c.mention.text, c.rule) for c in found]
[('Tom Berg', 'he', 'speaker after quote'), ('Ed Cole', 'he', 'speaker after quote'),
 ('Tom Berg', 'Tom Berg', 'near the quotation'), ('Ed Cole', 'Ed Cole', 'near the quotation'),
 (None, None, 'no attribution found')]
>>> best, probability = choose(found, speaker_weights())
>>> best.speaker, probability > 0.5
('Tom Berg', True)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from kitlib import data, vocab
from kitlib.actors.name_rules import COMMON_WORD_ZIPF, word_zipf
from kitlib.quotes import phrases
from kitlib.quotes.marks import Quotation, match_end
from kitlib.quotes.reading import VERB_AFTER_SUBJECT, Attribution, Decision, Reading, join_names
from kitlib.quotes.resolving import Antecedent, Resolution, Resolver
from kitlib.quotes.rules import RULES, carried_over, outer_source_phrase, proposals

__all__ = [
    "CHECK_BELOW",
    "Candidate",
    "FEATURES",
    "MAX_RANK",
    "NAME_BELOW",
    "NEAR_SENTENCES",
    "PROPOSING_RULES",
    "RULES_ONLY",
    "SURE_FIRST_NAME",
    "WEIGHTS_FILE",
    "as_written",
    "candidates",
    "choose",
    "choose_with_shares",
    "contributions",
    "guessed_name",
    "probabilities",
    "read_weights",
    "speaker_weights",
]

#: Where the chooser's weights are (under ``data/``): one row per feature.
WEIGHTS_FILE = "quotes/speaker_weights.csv"

#: Weights that make the chooser give the rules' own choice: the speaker of the first
#: rule that answers, resolved as the rules resolve it.
RULES_ONLY: Mapping[str, float] = {"(intercept)": 0.0, "rules' choice": 10.0}

#: A speaker the chooser gives this probability or less is marked "check by hand".
#: Chosen on PolNeAR train (benchmarks/RESULTS.md, "Who speaks, by name"): at 0.5 the
#: marked rows held a fifth of the wrong names; at 0.8 they held most of them (63 % on
#: train) when a row's probability was its best candidate's alone. Since round 6 it is
#: the name's, over all the candidates that give it (higher), and on train (5-fold CV)
#: 0.85 marks 27 % of the rows that show a name and holds 62 % of the wrong names
#: (0.8: 20 % and 54 %).
CHECK_BELOW = 0.85

#: A speaker reached through a pronoun or a description ("he said", "the senator said")
#: that the chooser gives to a person named elsewhere with a probability under this is
#: not shown by that name: the row shows the mention as written ("he") and keeps the
#: name in ``best_guess``. Not tuned on any figure: under 0.5 a guess is more likely
#: wrong than right, and a wrong name misleads a reader more than "he" does.
NAME_BELOW = 0.5

#: A first name tells the gender surely when this share of its bearers or more have it
#: ("Tom": 99.8 % men; "Lindsey": 90 % women, not sure).
SURE_FIRST_NAME = 0.97

#: The rules that propose mentions (every rule but the two that name nobody).
PROPOSING_RULES = tuple(
    r for r in RULES if r not in ("title or scare quotes", "no attribution found")
)

#: Every feature of a candidate, and what it means. Features are 0 or 1 unless said.
FEATURES: dict[str, str] = {
    "rules' choice": "the speaker the rules alone would give (the first rule that answers)",
    **{f"rule: {r}": f"proposed by the rule '{r}'" for r in PROPOSING_RULES},
    "several rules": "proposed by two rules or more",
    "nobody": "the candidate 'nobody speaks here' (no speaker is shown)",
    "rules found nobody": "'nobody', when the rules found no speaker",
    "mention: name": "the mention is a name",
    "mention: he/she": "the mention is 'he' or 'she'",
    "mention: they/we": "the mention is 'they' or 'we'",
    "mention: it": "the mention is 'it'",
    "mention: I": "the mention is 'I' outside quotation marks: the writer",
    "mention: the description": "the mention is a description with 'the' ('the aide')",
    "mention: a description": "the mention is a description without 'the' ('a Trump aide')",
    "mention: who": "the mention is a relative 'who' or 'which'",
    "mention: none": "carried over from a quotation with no mention of its own",
    "mention after the quotation": "the mention comes after the quotation",
    "mention in the quotation's sentence": "the mention is in the quotation's sentence",
    "mention in the quotation's paragraph": "the mention is in the quotation's paragraph",
    "words to the quotation": "log(1 + words between the mention and the quotation)",
    "cue next to the mention": "a speech verb right before or after the mention",
    "subject": "the mention can be a subject (not after a preposition or an object's verb)",
    "possessive": "the mention is a possessive ('Pence's')",
    "listener": "the mention is the listener of 'told' or 'asked' ('told Pence')",
    "after a preposition": "a preposition comes right before the mention ('to Mr. Weiner')",
    "carried over to words in a sentence": "a speaker carried over to a partial quotation",
    "speaker: person": "the names table knows the speaker as a person",
    "speaker: organisation": "the names table knows the speaker's name as an organisation",
    "speaker: place": "the names table knows the speaker's name as a place",
    "speaker: other name": "the names table takes the name for an event, law or work",
    "speaker: unknown name": "a name the names table did not find",
    "speaker: description": "the speaker is a description ('a Trump aide')",
    "description read as a person": "the mention is a description given to a person named "
    "earlier ('the senator': Bernie Sanders); the description as it stands is a candidate too",
    "speaker: nobody": "the mention stands for nobody the kit can name",
    "one capitalised word": "the speaker is one capitalised word the names table does not know",
    "number word": "the speaker's name opens with a number word ('Forty')",
    "named in the quotation": "a person whose surname is in the quoted words themselves "
    "('\"Mitt Romney lost,\" he said': spoken of, more likely than speaking)",
    "spoke the previous quotation": "the speaker of the quotation just before",
    "quoted before": "log(1 + quotations already given to this speaker)",
    "named before": "log(1 + times the names table saw the person named before)",
    "antecedent: the rules' answer": "'he'/'she': the person the rules resolve it to",
    "antecedent rank": "'he'/'she': 0 for the person named last, 1 for the one before …",
    "antecedent sentences back": "'he'/'she': log(1 + sentences back to the person)",
    "antecedent subject": "'he'/'she': the person was named as a subject",
    "antecedent in the same paragraph": "'he'/'she': the person was named in its paragraph",
    "antecedent opens its sentence": "'he'/'she': the person is the first named in their sentence",
    "antecedent followed by a verb": "'he'/'she': a verb follows the person's name",
    "antecedent: subject of the sentence before": "'he'/'she': the person is the subject the "
    "sentence before the pronoun's (or the pronoun's own sentence) opens with ('Carson "
    'dodged the question. "…," he said\')',
    "antecedent next to a speech verb": "'he'/'she': the person was named next to a speech "
    "verb ('Graham said')",
    "antecedent after a preposition or 'told'": "'he'/'she': the person was named after a "
    "preposition or as a listener ('went after Bush', 'told Pence')",
    "antecedent possessive": "'he'/'she': the person was named as a possessive ('Trump's')",
    "antecedent gender agrees": "'he'/'she': the person's gender is known and fits",
    "antecedent gender unknown": "'he'/'she': the person's gender is not known",
    "antecedent gender clash (first name)": "'he'/'she': the first-name list says the other "
    "gender ('Lindsey Graham'), and the text says nothing of it",
    "antecedent gender clash (text)": "'he'/'she': the text gives the person the other "
    "gender ('Mr. Berg', 'spokeswoman Ann Lee', an earlier 'she' for 'he')",
    "same gender between": "'he'/'she': log(1 + other people of that gender (or unknown) "
    "named between the person and the pronoun)",
    "antecedent via an earlier he/she": "'he'/'she': the person an earlier 'he' stood for",
    "antecedent not in the names table": "'he'/'she': a name the names table missed, used "
    "as a subject ('Cruz openly admitted')",
    "antecedent: anonymous source": "'he'/'she': an anonymous source quoted just before",
    "antecedent: last speaker": "'he'/'she': the last quoted speaker, named further back",
    "antecedent: nobody": "'he'/'she': left unresolved (the rules found nobody who fits)",
}


@dataclass(frozen=True)
class Candidate:
    """One possible speaker of a quotation.

    ``mention`` is the words the attribution rests on (None for a speaker
    carried over from a quotation with no mention), ``speaker`` the name shown
    (None if the mention stands for nobody the kit can name), ``speakers``
    every speaker of a joint attribution, ``anonymous`` True for an unnamed
    source, ``rule`` the first rule that proposed the mention and ``cue`` its
    cue, ``kind`` what the speaker is (``person``, ``organisation``,
    ``source``, ``group``, ``unresolved`` …), ``features`` the numbers the
    chooser weighs (names in :data:`FEATURES`), and ``from_context`` True when the
    mention does not say the name: a pronoun or a description given to someone
    named elsewhere in the text (:func:`guessed_name`).
    """

    mention: phrases.Phrase | None
    speaker: str | None
    speakers: tuple[str, ...]
    anonymous: bool
    rule: str
    cue: str
    kind: str
    features: Mapping[str, float] = field(default_factory=dict)
    from_context: bool = False


# --------------------------------------------------------------------------
# The weights
# --------------------------------------------------------------------------


def read_weights(text: str) -> dict[str, float]:
    """Weights from the text of a weights table (columns ``feature,weight``; the
    feature ``(intercept)`` is the score of a candidate with no feature).

    >>> read_weights("feature,weight\\n(intercept),-1.5\\nsubject,0.25\\n")
    {'(intercept)': -1.5, 'subject': 0.25}
    """
    weights = {}
    for line in text.splitlines()[1:]:
        if line.strip():
            name, value = line.rsplit(",", 1)
            weights[name.strip('"')] = float(value)
    return weights


@cache
def speaker_weights() -> dict[str, float]:
    """The chooser's weights, as shipped in ``data/quotes/speaker_weights.csv``."""
    return read_weights(data.read_text(WEIGHTS_FILE))


def _score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    return weights.get("(intercept)", 0.0) + sum(
        value * weights.get(name, 0.0) for name, value in features.items()
    )


def probabilities(found: Sequence[Candidate], weights: Mapping[str, float]) -> list[float]:
    """The chooser's probability for each candidate of one quotation: its score against
    the others' (a softmax), so the probabilities of a quotation's candidates, "nobody"
    among them, add up to 1.

    >>> a = Candidate(None, "Ann Lee", ("Ann Lee",), False, "x", "", "person", {"subject": 1.0})
    >>> b = Candidate(None, None, (), False, "y", "", "none", {"nobody": 1.0})
    >>> [round(p, 3) for p in probabilities([a, b], {"subject": 1.0, "nobody": -1.0})]
    [0.881, 0.119]
    """
    scores = [_score(c.features, weights) for c in found]
    top = max(scores, default=0.0)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def choose(
    found: Sequence[Candidate], weights: Mapping[str, float]
) -> tuple[Candidate | None, float]:
    """The candidate with the highest score and its probability (:func:`probabilities`);
    the earlier candidate wins a tie (the rules' choice comes first). ``(None, 0.0)``
    for no candidate."""
    best, probability, _ = choose_with_shares(found, weights)
    return best, probability


def choose_with_shares(
    found: Sequence[Candidate], weights: Mapping[str, float]
) -> tuple[Candidate | None, float, list[float]]:
    """As :func:`choose`, with every candidate's probability too (computed once)."""
    if not found:
        return None, 0.0, []
    shares = probabilities(found, weights)
    best = max(range(len(found)), key=lambda k: (shares[k], -k))
    return found[best], shares[best], shares


def contributions(
    candidate: Candidate,
    weights: Mapping[str, float],
    against: Candidate | None = None,
    top: int = 3,
) -> str:
    """The features that decided for ``candidate``, as text: those that add most to its
    score over the score of ``against`` (the runner-up), with what each adds
    ("antecedent gender agrees +1.2; spoke the previous quotation +0.4"). Without
    ``against``, the features that weigh most in its own score.

    >>> a = Candidate(None, "Ann Lee", ("Ann Lee",), False, "x", "", "person", {"subject": 1.0})
    >>> b = Candidate(None, "Tom Ray", ("Tom Ray",), False, "x", "", "person", {"listener": 1.0})
    >>> contributions(a, {"subject": 0.75, "listener": -1.5}, against=b)
    'listener +1.50; subject +0.75'
    """
    other = against.features if against is not None else {}
    names = set(candidate.features) | set(other)
    parts = sorted(
        (
            (
                (candidate.features.get(n, 0.0) - other.get(n, 0.0)) * weights.get(n, 0.0),
                n,
            )
            for n in names
        ),
        key=lambda p: (-p[0], p[1]) if against is not None else (-abs(p[0]), p[1]),
    )
    shown = [(v, n) for v, n in parts if (v >= 0.005 if against is not None else abs(v) >= 0.005)]
    return "; ".join(f"{n} {v:+.2f}" for v, n in shown[:top])


def guessed_name(candidate: Candidate) -> str | None:
    """The name a candidate gives a speaker whose mention does not say it (a pronoun or
    a description given to someone named elsewhere: ``from_context``), else None.

    >>> from kitlib.quotes.phrases import Phrase
    >>> he = Phrase(30, 32, "he", "pronoun")
    >>> guess = Candidate(he, "Tom Berg", ("Tom Berg",), False, "x", "said", "person",
    ...                   from_context=True)
    >>> guessed_name(guess)
    'Tom Berg'
    >>> guessed_name(Candidate(he, "Tom Berg", ("Tom Berg",), False, "x", "said", "person"))
    """
    return candidate.speaker if candidate.from_context else None


def as_written(mention: phrases.Phrase) -> str:
    """A mention as the row shows it when no name is shown: a pronoun in small letters
    ("he"), a description with its first word in small letters ("the senator").

    >>> from kitlib.quotes.phrases import Phrase
    >>> as_written(Phrase(0, 11, "The senator", "source", determiner="the"))
    'the senator'
    """
    if mention.kind == "pronoun":
        return mention.text.lower()
    words = mention.text.split(" ")
    return " ".join([words[0].lower(), *words[1:]]) if mention.determiner else mention.text


# --------------------------------------------------------------------------
# The candidates of one quotation
# --------------------------------------------------------------------------


def candidates(
    reading: Reading, resolver: Resolver, index: int, earlier: Sequence[Decision]
) -> list[Candidate]:
    """Every candidate speaker of quotation ``index``, the rules' choice first.

    ``earlier`` holds the decisions for the quotations before it (``earlier[k]``
    for quotation ``k``).
    """
    q = reading.quotes[index]
    lo = reading.sentence_start(q.open, q.paragraph)
    found = proposals(reading, index, earlier)
    # '"…," the judge said, according to the Post' or 'According to the Post, the judge
    # said "…"': the judge speaks, the Post reports
    outer = {
        outer_source_phrase(reading, q, a.phrase)
        for a in found
        if a.rule in _OWN_CUE_RULES and a.phrase is not None
    }
    found = [a for a in found if a.rule != "according to" or a.phrase not in outer]
    merged: dict[tuple, tuple[Candidate, set[str]]] = {}
    nobody = Candidate(None, None, (), False, "no attribution found", "", "none")
    merged[(None, None)] = (nobody, set())  # "nobody speaks here" is always a candidate
    rules_answer = None if found else nobody
    more = _more_proposals(reading, index, lo, earlier, found, outer)
    said: dict[str, str] | None = None  # the genders earlier he/she gave people
    for rank, attribution in enumerate(found + more):
        attribution = _person_or_description(reading, attribution)
        options, antecedents = _options(reading, resolver, attribution, lo, index, earlier)
        for option, antecedent in options:
            candidate = _candidate(reading, resolver, attribution, option)
            if rank == 0 and rules_answer is None and (antecedent is None or antecedent.rules):
                rules_answer = candidate
            key = (_span(candidate.mention), candidate.speaker)
            if key in merged:
                merged[key][1].add(attribution.rule)
                continue
            features = _features(reading, q, lo, earlier, attribution, candidate)
            if len(options) > 1 and antecedent is None and option is options[0][0]:
                features["description read as a person"] = 1.0
            if antecedent is not None and candidate.mention is not None:
                said = said if said is not None else resolver.pronoun_genders(earlier)
                if antecedent.via not in ("nobody", "source") and _wrong_gender(
                    reading, antecedent.name, _pronoun_gender(candidate.mention), said
                ):
                    continue
                features.update(
                    _antecedent_features(reading, candidate.mention, antecedent, antecedents, said)
                )
            elif _carried_wrong_gender(reading, attribution, candidate):
                continue
            merged[key] = (
                Candidate(**{**candidate.__dict__, "features": features}),
                {attribution.rule},
            )
    out = []
    for candidate, proposed in merged.values():
        features = dict(candidate.features)
        if candidate is nobody:
            features["nobody"] = 1.0
            if not found:
                features["rules found nobody"] = 1.0
        for rule in proposed:
            features[f"rule: {rule}"] = 1.0
        if len(proposed) > 1:
            features["several rules"] = 1.0
        if rules_answer is not None and (_span(candidate.mention), candidate.speaker) == (
            _span(rules_answer.mention),
            rules_answer.speaker,
        ):
            features["rules' choice"] = 1.0
        out.append(Candidate(**{**candidate.__dict__, "features": features}))
    # the rules' choice first, "nobody" last; otherwise in the order proposed
    out.sort(key=lambda c: (-c.features.get("rules' choice", 0.0), c.features.get("nobody", 0.0)))
    return out


#: The rules whose mention has its own speech verb ("Rita Gale said"), so that an
#: "according to" beside it names an outer source, not the speaker.
_OWN_CUE_RULES = frozenset({"speaker after quote", "speaker before quote", "colon introduction"})

#: How many sentences before the quotation's own are searched for names near it.
NEAR_SENTENCES = 1


def _more_proposals(
    reading: Reading,
    index: int,
    lo: int,
    earlier: Sequence[Decision],
    found: list[Attribution],
    outer: set,
) -> list[Attribution]:
    """Candidates no rule proposed: the speaker a quotation woven into a sentence may
    continue (the rules carry a speaker over to whole sentences only), and the names,
    descriptions and he/she of the quotation's sentence and the sentence before
    ("near the quotation"); never an outer source ("according to the Post")."""
    q = reading.quotes[index]
    more = []
    if not _WHOLE.match(q.raw):
        more += list(carried_over(reading, index, lo, earlier))
    taken = {a.phrase for a in found if a.phrase is not None} | outer
    start = lo
    for _ in range(NEAR_SENTENCES):
        if start > reading.paragraph_bounds(q.paragraph)[0]:
            start = reading.sentence_start(start - 1, q.paragraph)
    end = reading.sentence_end(q.close_end, q.paragraph)
    for phrase in reading.phrases_in(start, end):
        if phrase in taken or phrase.possessive:
            continue
        lo_, hi_ = sorted((phrase.start, q.open))
        if "\n" in reading.text[lo_:hi_]:
            continue  # not across a line break (a headline and the text under it)
        if phrase.kind == "pronoun" and phrase.text.lower() not in ("he", "she"):
            continue
        if phrase.kind == "name" and reading.name_kind(phrase) not in ("person", "organisation"):
            continue
        more.append(Attribution("near the quotation", "", phrase))
    return more


def _person_or_description(reading: Reading, found: Attribution) -> Attribution:
    """A name is a speaker's name only if it can be one: a capitalised run that opens with
    a number word ("Forty-one percent of respondents say") or is made of ordinary words
    the names table does not take for a name ("Multiple outlets", "Someone near the
    stage") is a description of a source, not a person's name."""
    target = found.speaker_phrase or found.phrase
    if found.speaker is not None or target is None or target.kind != "name":
        return found
    head = _head_after(reading, target) if found.rule != "transcript line" else None
    if head is not None:  # 'Longtime friends of Ms. Ruiz said': the friends speak
        text = reading.text[target.start : head]
        described = phrases.Phrase(target.start, head, text[0].lower() + text[1:], "source")
        if found.speaker_phrase is not None:
            return replace(found, speaker_phrase=described)
        return replace(found, phrase=described)
    if found.rule == "transcript line" or reading.name_kind(target):
        words = re.findall(r"[^\W\d_]+", target.text)
        if not words or words[0].lower() not in vocab.CARDINAL_WORDS:
            return found
    elif not all(_common(w) for w in re.findall(r"[^\W\d_]+", target.text)):
        return found
    elif _lone_surname(target.text):
        return found
    text = target.text[0].lower() + target.text[1:]
    described = phrases.Phrase(target.start, target.end, text, "source")
    if found.speaker_phrase is not None:
        return replace(found, speaker_phrase=described)
    return replace(found, phrase=described)


#: 'Longtime *friends of* Ms. Ruiz': a plural noun in small letters, then a word (a
#: preposition, :func:`_head_after` checks).
_PLURAL_HEAD = re.compile(r" ([a-z]+[a-rt-z]s) +([a-z]+)\b")


def _head_after(reading: Reading, target: phrases.Phrase) -> int | None:
    """Where the head noun ends when a capitalised word the names table does not know
    opens its sentence as an adjective of a plural noun in small letters ("Longtime
    friends of Ms. Ruiz said", "Veteran staffers at the plant said"): the description's
    head decides who speaks, and the capitalised word is no name. None otherwise
    ("Cruz openly admitted", "Trump says in …": a verb follows, not a noun)."""
    if " " in target.text or target.possessive or reading.name_kind(target):
        return None
    starts = reading.sentence_start(target.start, reading.paragraph_of(target.start))
    if reading.outside[starts : target.start].strip(" \"“‘'(\u2591"):
        return None
    head = _PLURAL_HEAD.match(reading.outside, target.end)
    if head is None or head.group(2) not in vocab.PREPOSITIONS:
        return None
    if reading.cues_in(head.start(1), head.end(1)):
        return None
    return head.end(1)


def _lone_surname(text: str) -> bool:
    """Is ``text`` one capitalised word that can only be a name ("Trump", "Time")?

    A plural ("Officials said") or a word of :data:`kitlib.vocab.LONE_DESCRIPTIONS`
    ("Someone") may stand alone as a source; any other single word is a name, even
    when it is also an ordinary word: English does not write a source as one
    singular noun without "the" or "a".

    >>> _lone_surname("Trump"), _lone_surname("Officials"), _lone_surname("Someone")
    (True, False, False)
    >>> _lone_surname("Multiple outlets")
    False
    """
    if " " in text.strip() or not text[:1].isupper():
        return False
    word = text.strip().lower()
    return word not in vocab.LONE_DESCRIPTIONS and not word.endswith("s")


def _common(word: str) -> bool:
    """An ordinary English word, whatever its capital letters (as the names table counts)."""
    return word_zipf(word.lower()) >= COMMON_WORD_ZIPF


def _span(mention: phrases.Phrase | None) -> tuple[int, int] | None:
    return None if mention is None else (mention.start, mention.end)


def _options(
    reading: Reading,
    resolver: Resolver,
    found: Attribution,
    lo: int,
    index: int,
    earlier: Sequence[Decision],
) -> tuple[list[tuple[Resolution, Antecedent | None]], list[Antecedent]]:
    """Whom the mention of ``found`` may stand for: every antecedent of a he/she, else
    the one resolution of :meth:`Resolver.speaker_of`; and the antecedents."""
    target = found.speaker_phrase or found.phrase
    if (
        found.speaker is None
        and target is not None
        and target.kind == "pronoun"
        and target.text.lower() in ("he", "she")
    ):
        options = resolver.antecedents(target, earlier)
        if options:
            anonymous = {d.speaker for d in earlier if d.anonymous and d.speaker}
            return [
                (Resolution(a.name or None, (), a.name in anonymous), a) for a in options
            ], options
    resolved = resolver.speaker_of(found, lo, index, earlier)
    choices: list[tuple[Resolution, Antecedent | None]] = [(resolved, None)]
    if _named_description(found, resolved):  # "the senator": Bernie Sanders, or as it stands
        assert target is not None
        itself = resolver.as_described(target, lo)
        if itself.speaker != resolved.speaker:
            choices.append((itself, None))
    return choices, []


def _named_description(found: Attribution, resolved: Resolution) -> bool:
    """The mention of ``found`` is a description ("the senator") that the resolver
    gave to a person named earlier, not to an anonymous source."""
    target = found.speaker_phrase or found.phrase
    return (
        found.speaker is None
        and found.speaker_phrase is None
        and target is not None
        and target.kind == "source"
        and found.rule != "transcript line"
        and bool(resolved.speaker)
        and not resolved.anonymous
    )


def _candidate(
    reading: Reading, resolver: Resolver, found: Attribution, option: Resolution
) -> Candidate:
    """A candidate from a rule's proposal and one resolution of its mention."""
    mention = found.phrase
    speaker, speakers = option.speaker, list(option.speakers)
    if found.speaker is None and mention is not None and mention.kind == "name":
        joint = reading.joint_names(mention)
        if len(joint) > 1:  # "Cummings and Conyers wrote": both speak
            mention = phrases.Phrase(
                joint[0].start, joint[-1].end, reading.text[joint[0].start : joint[-1].end], "name"
            )
            speakers = list(dict.fromkeys(reading.name_of(p) for p in joint))
            speaker = join_names(speakers)
    speakers = speakers or ([speaker] if speaker else [])
    kind = _kind(reading, found, mention, speaker, speakers)
    return Candidate(
        mention,
        speaker,
        tuple(speakers),
        option.anonymous,
        found.rule,
        found.cue,
        kind,
        from_context=_from_context(resolver, found, mention, speaker, kind),
    )


def _from_context(
    resolver: Resolver,
    found: Attribution,
    mention: phrases.Phrase | None,
    speaker: str | None,
    kind: str,
) -> bool:
    """Is the speaker's name one the mention does not say: a pronoun ("he", "it") or a
    description ("the senator", "a spokeswoman") given to someone named elsewhere? Not
    the writer's "I", a relative "who" (its person is named just before it), a speaker
    carried over from an earlier quotation (that row decides), a description that
    stands for itself ("a Trump aide") or one the actor table knows as a person's
    ("the Indiana governor")."""
    if mention is None or not speaker or kind == "writer" or found.speaker is not None:
        return False
    if mention.kind == "pronoun":
        return mention.text != "I"
    if mention.kind != "source" or found.rule == "transcript line":
        return False
    return speaker.lower() != as_written(mention).lower() and resolver.alias_of(mention) is None


def _kind(reading: Reading, found: Attribution, mention, speaker, speakers) -> str:
    """What the speaker is: person, organisation, place, other, name (unknown to the names
    table), source (a description), group (several people), unresolved or none."""
    if not speaker:
        return "unresolved" if mention is not None else "none"
    if len(speakers) > 1:
        return "group"
    target = found.speaker_phrase or mention
    if found.rule == "transcript line":
        return "person"
    if found.speaker is not None or target is None:
        return found.speaker_kind or "person"
    if target.kind == "name":
        return reading.name_kind(target) or "name"
    if target.kind == "pronoun" and target.text == "I":
        return "writer"
    if target.kind == "pronoun":
        return "person" if target.text.lower() in ("he", "she") else "group"
    return "source" if found.speaker_phrase is None else "person"


# --------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------

_WORDS = re.compile(r"[\w’'-]+")


def _features(
    reading: Reading,
    q: Quotation,
    lo: int,
    earlier: Sequence[Decision],
    found: Attribution,
    candidate: Candidate,
) -> dict[str, float]:
    """The features of a candidate that do not depend on a he/she's antecedent."""
    mention = candidate.mention
    f = _mention_kind(mention)
    if mention is not None:
        f.update(_mention_place(reading, q, lo, mention))
    if found.speaker is not None and not _WHOLE.match(q.raw):
        f["carried over to words in a sentence"] = 1.0
    f.update(_speaker_features(reading, q, earlier, candidate, found.speaker_phrase or mention))
    return {k: v for k, v in f.items() if v}


def _mention_kind(mention: phrases.Phrase | None) -> dict[str, float]:
    """What kind of words the mention is: a name, a pronoun, a description …"""
    if mention is None:
        return {"mention: none": 1.0}
    if mention.kind == "name":
        return {"mention: name": 1.0}
    if mention.kind == "relative":
        return {"mention: who": 1.0}
    if mention.kind == "pronoun":
        word = mention.text.lower()
        key = {"he": "he/she", "she": "he/she", "they": "they/we", "we": "they/we"}.get(word, word)
        key = "I" if mention.text == "I" else key
        return {f"mention: {key}": 1.0 if f"mention: {key}" in FEATURES else 0.0}
    if mention.determiner in vocab.DEFINITE_DETERMINERS:
        return {"mention: the description": 1.0}
    return {"mention: a description": 1.0}


def _mention_place(
    reading: Reading, q: Quotation, lo: int, mention: phrases.Phrase
) -> dict[str, float]:
    """Where the mention is: after the quotation, how far, next to a cue, a subject …"""
    outside = reading.outside
    f: dict[str, float] = {}
    if mention.start >= q.close_end:
        f["mention after the quotation"] = 1.0
        between = outside[q.close_end : mention.start]
    else:
        between = outside[mention.end : q.open] if mention.end <= q.open else ""
    f["words to the quotation"] = math.log1p(len(_WORDS.findall(between)))
    end = reading.sentence_end(lo, q.paragraph)
    if lo <= mention.start < end:
        f["mention in the quotation's sentence"] = 1.0
    p_lo, p_hi = reading.paragraph_bounds(q.paragraph)
    if p_lo <= mention.start < p_hi:
        f["mention in the quotation's paragraph"] = 1.0
    if _cue_next_to(reading, mention):
        f["cue next to the mention"] = 1.0
    if mention.possessive:
        f["possessive"] = 1.0
    starts = reading.sentence_start(mention.start, reading.paragraph_of(mention.start))
    if phrases.is_subject_like(outside, mention, starts):
        f["subject"] = 1.0
    before = outside[max(0, mention.start - 30) : mention.start]
    if phrases.AFTER_PREPOSITION.search(before):
        f["after a preposition"] = 1.0
    if _LISTENER.search(before):
        f["listener"] = 1.0
    return f


#: The feature of each kind of speaker the names table tells.
_SPEAKER_KINDS = {
    "person": "speaker: person",
    "organisation": "speaker: organisation",
    "place": "speaker: place",
    "other": "speaker: other name",
    "name": "speaker: unknown name",
    "source": "speaker: description",
}


def _speaker_features(
    reading: Reading,
    q: Quotation,
    earlier: Sequence[Decision],
    candidate: Candidate,
    target: phrases.Phrase | None,
) -> dict[str, float]:
    """What the speaker is (a person, a place, one capitalised word …) and whether it
    was quoted or named before."""
    f: dict[str, float] = {}
    speaker = candidate.speaker
    kind = candidate.kind
    if not speaker:
        f["speaker: nobody"] = 1.0
    elif kind in _SPEAKER_KINDS:
        f[_SPEAKER_KINDS[kind]] = 1.0
    if target is not None and target.kind == "name":
        if " " not in target.text and kind != "person":
            f["one capitalised word"] = 1.0
        first = re.split(r"[\s-]", target.text, maxsplit=1)[0].lower()
        if first in vocab.CARDINAL_WORDS:
            f["number word"] = 1.0
    if speaker:
        spoken = [d.speaker for d in earlier if d.speaker]
        previous = next((d for d in reversed(earlier) if d.speaker), None)
        if previous is not None and previous.speaker == speaker:
            f["spoke the previous quotation"] = 1.0
        f["quoted before"] = math.log1p(spoken.count(speaker))
        f["named before"] = math.log1p(reading.mentions_before(speaker, q.open))
        if kind == "person" and _named_in_quotation(q, speaker, candidate.mention):
            f["named in the quotation"] = 1.0
    return f


def _named_in_quotation(q: Quotation, speaker: str, mention: phrases.Phrase | None) -> bool:
    """'"Mitt Romney lost four years ago," he said': the person's surname is in the
    quoted words themselves (not as the transcript line's own "PENCE:"), so the person
    is more likely spoken of than speaking."""
    if mention is not None and q.inner_start <= mention.start < q.inner_end:
        return False
    surname = speaker.split(" ")[-1]
    return len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", q.raw) is not None


def _antecedent_features(
    reading: Reading,
    mention: phrases.Phrase,
    antecedent: Antecedent,
    options: list[Antecedent],
    said: Mapping[str, str],
) -> dict[str, float]:
    """The features of a he/she standing for ``antecedent``, one of ``options`` (the
    latest named first); ``said`` holds the genders earlier he/she gave people."""
    if antecedent.via == "nobody":
        return {"antecedent: the rules' answer": 1.0, "antecedent: nobody": 1.0}
    gender = phrases.SUBJECT_PRONOUNS.get(mention.text.lower())
    rank = options.index(antecedent)
    f = {
        "antecedent: the rules' answer": float(antecedent.rules),
        "antecedent rank": float(min(rank, MAX_RANK)),
        "antecedent sentences back": math.log1p(
            max(0, reading.sentence_number(mention.start) - reading.sentence_number(antecedent.at))
        ),
        "antecedent subject": float(antecedent.subject),
        "antecedent in the same paragraph": float(
            reading.paragraph_of(antecedent.at) == reading.paragraph_of(mention.start)
        ),
        "antecedent via an earlier he/she": float(antecedent.via == "pronoun"),
        "antecedent: anonymous source": float(antecedent.via == "source"),
        "antecedent: last speaker": float(antecedent.via == "speaker"),
    }
    if antecedent.via == "unknown":
        f["antecedent not in the names table"] = 1.0
    if antecedent.via in ("name", "speaker", "unknown"):
        named = reading.phrases_in(antecedent.at, antecedent.at + 200)[:1]
        if named and named[0].start == antecedent.at:
            if _cue_next_to(reading, named[0]):
                f["antecedent next to a speech verb"] = 1.0
            before = reading.outside[max(0, antecedent.at - 30) : antecedent.at]
            if _LISTENER.search(before) or phrases.AFTER_PREPOSITION.search(before):
                f["antecedent after a preposition or 'told'"] = 1.0
            if named[0].possessive:
                f["antecedent possessive"] = 1.0
        sentence = reading.sentence_start(antecedent.at, reading.paragraph_of(antecedent.at))
        if not any(p.end <= antecedent.at for p in reading.phrases_in(sentence, antecedent.at)):
            f["antecedent opens its sentence"] = 1.0
        verb = VERB_AFTER_SUBJECT.match(reading.outside, _name_end(reading, antecedent.at))
        if verb and verb.group(1) not in vocab.PREPOSITIONS and verb.group(1) not in _NOT_VERBS:
            f["antecedent followed by a verb"] = 1.0
    if antecedent.via in ("name", "unknown") and _opening_subject_is(reading, mention, antecedent):
        f["antecedent: subject of the sentence before"] = 1.0
    f.update(_gender_features(reading, antecedent, gender, said))
    between = sum(
        1
        for other in options[:rank]
        if other.at > antecedent.at and reading.gender_of(other.name) in (gender, "")
    )
    f["same gender between"] = math.log1p(between)
    return {k: v for k, v in f.items() if v}


def _opening_subject_is(reading: Reading, mention: phrases.Phrase, antecedent: Antecedent) -> bool:
    """Is ``antecedent`` the person the sentence before the pronoun's opens with as its
    subject, or the pronoun's own sentence before the pronoun ('Carson dodged the
    question. "…," he said'; 'Robby Mook said the result, he said, "…"'), one of a
    joint subject too ('Ana Ruiz and Tom Berg talked. "…," he said')?"""
    number = reading.sentence_number(mention.start)
    starts = reading.sentence_starts
    spans = [(starts[number], mention.start)] if number < len(starts) else []
    if number >= 1:
        spans.append((starts[number - 1], starts[number]))
    for lo, hi in spans:
        if lo >= hi:
            continue
        joint = _joint_subject(reading, lo, hi)
        subject = joint[-1] if joint else reading.opening_subject(lo, hi)
        if subject is not None and subject.kind == "name":
            return any(reading.name_of(p) == antecedent.name for p in joint or [subject])
    return False


def _joint_subject(reading: Reading, lo: int, hi: int) -> list[phrases.Phrase]:
    """The names of a joint subject that opens the sentence from ``lo`` ("Ana Ruiz and
    Tom Berg talked"), or none if it opens with no such list."""
    first = reading.phrases_in(lo, hi)[:1]
    if not first or first[0].kind != "name" or reading.outside[lo : first[0].start].strip():
        return []
    joint = reading.joint_names(first[0])
    if len(joint) < 2 or joint[0] != first[0] or joint[-1].end > hi:
        return []
    return joint if reading.opening_subject(joint[-1].start, hi) == joint[-1] else []


def _gender_features(
    reading: Reading, antecedent: Antecedent, gender: str | None, said: Mapping[str, str]
) -> dict[str, float]:
    """Does the person's gender fit the pronoun's? A gender the text gives (a title, a
    gendered word, an earlier he/she that stood for them) overrules the first-name list
    before a clash counts; a clash resting on the first-name list alone is weighed by how
    sure the list is."""
    if antecedent.via == "source":
        return {"antecedent gender unknown": 1.0}
    known, basis = _known_gender(reading, antecedent.name, said)
    if known == gender:
        return {"antecedent gender agrees": 1.0}
    if not known:
        return {"antecedent gender unknown": 1.0}
    if basis != "first name":
        return {"antecedent gender clash (text)": 1.0}
    return {"antecedent gender clash (first name)": 1.0}


def _known_gender(reading: Reading, name: str, said: Mapping[str, str]) -> tuple[str, str]:
    """A person's gender and what it rests on (:meth:`Reading.gender_basis`: the text,
    "first name", or "" for nothing), where an earlier he/she the chooser gave the
    person (``said``) overrules a first-name guess: then the basis is "said"."""
    known, basis = reading.gender_of(name), reading.gender_basis(name)
    if basis in ("", "first name") and said.get(name):
        return said[name], "said"
    return known, basis


def _wrong_gender(
    reading: Reading, name: str, pronoun: str | None, said: Mapping[str, str]
) -> bool:
    """A "she" never stands for a man, nor a "he" for a woman (``pronoun`` is the
    pronoun's gender), when the text says so (a title, a gendered word) or the first
    name is all but sure ("Tom", "Hillary": :data:`SURE_FIRST_NAME`): such a candidate
    is not proposed at all. A first name that is only likely ("Lindsey"), or a gender
    read from the chooser's own earlier he/she (``said``), stays a feature the chooser
    weighs (:func:`_gender_features`)."""
    known, basis = _known_gender(reading, name, said)
    if not known or not pronoun or known == pronoun:
        return False
    if basis == "first name":
        return reading.first_name_share(name) >= SURE_FIRST_NAME
    return basis not in ("", "said")


def _pronoun_gender(mention: phrases.Phrase | None) -> str | None:
    """The gender of a "he" or "she" (None for any other mention)."""
    if mention is None or mention.kind != "pronoun":
        return None
    return phrases.SUBJECT_PRONOUNS.get(mention.text.lower()) if mention.text != "I" else None


def _carried_wrong_gender(reading: Reading, found: Attribution, candidate: Candidate) -> bool:
    """A speaker carried over from an earlier quotation whose mention was a "he" or "she"
    (the rules' "continues previous quotation") passes the same check as a he/she of its
    own (:func:`_wrong_gender`); the genders earlier he/she gave are not asked, since
    the earlier quotation's own "she" would vouch for itself."""
    if found.speaker is None or not candidate.speaker or len(candidate.speakers) > 1:
        return False
    gender = _pronoun_gender(candidate.mention)
    return gender in ("male", "female") and _wrong_gender(reading, candidate.speaker, gender, {})


#: Words after a name that show it is no verb's subject.
_NOT_VERBS = frozenset("and or of who which that".split())


def _name_end(reading: Reading, at: int) -> int:
    """Where the phrase that starts at ``at`` ends (``at`` if none does)."""
    found = reading.phrases_in(at, at + 200)
    return found[0].end if found and found[0].start == at else at


#: The rank of an antecedent counts up to this (the sixth named back and beyond count alike).
MAX_RANK = 5


_WHOLE = re.compile(r"[^\w]*[A-Z]")

#: "told Pence", "asked Clinton": the one spoken to.
_LISTENER = re.compile(r"\b(?:told|tells|tell|telling|asked|asks|ask|asking)\s+$", re.IGNORECASE)


def _cue_next_to(reading: Reading, mention: phrases.Phrase) -> bool:
    """A cue right after the mention (adverbs allowed) or right before it ("said Pence")."""
    after = match_end(_AFTER, reading.outside, mention.end)
    cues = reading.cues_in(after, after + 25)
    if cues and cues[0][0] == after:
        return True
    cues = reading.cues_in(max(0, mention.start - 25), mention.start)
    if not cues or reading.outside[cues[-1][1] : mention.start].strip(" ,"):
        return False
    # '"…," said Pence' or "Said Pence:", not "who has called Tom Baker" (Baker is its object)
    before = reading.outside[max(0, cues[-1][0] - 40) : cues[-1][0]].rstrip()
    return not before or before[-1] in _BEFORE_INVERTED_CUE or before.endswith(("\n", "."))


#: What comes right before a cue that its speaker follows ('"…," said Pence', '— said Pence').
_BEFORE_INVERTED_CUE = frozenset(",:;\u2591\u2014\u2013-\"”'’")


_AFTER = re.compile(r"(?:,[^,\u2591.]{1,60},)?\s*" + phrases.ADVERB_RUN)
