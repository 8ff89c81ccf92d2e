"""The words around a quotation: speech verbs (cues) and the phrases that can be speakers.

:mod:`kitlib.quotes.marks` finds the quotation marks; this module finds, in
the reporter's words around them, what the rules of
:mod:`kitlib.quotes.rules` look at:

* a **cue**: a speech verb ("said", "told", "warned", "tweeted"), or
  "according to";
* a **speaker phrase** near the cue: a name ("Pence", "Gov. Mike Pence"),
  a pronoun ("he"), or a description of a source ("a Trump aide",
  "officials", "the Indiana governor");
* whether that phrase is the *subject* (the one speaking) or an *object*
  ("told CNN's Dana Bash": Bash listened, she did not speak).

Everything here works on plain strings with regular expressions: no
grammar parser. That makes it fast and readable, and it means the rules
can be wrong in ways a student can see and explain.

>>> [c.text for c in speaker_phrases("A Trump aide said Gov. Mike Pence spoke.")]
['A Trump aide', 'Gov. Mike Pence']
>>> text = "Pence said, adding that ..."
>>> [text[s:e] for s, e in find_cues(text)]
['said', 'adding']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from kitlib import vocab

__all__ = [
    "ADJECTIVE_ENDINGS",
    "ADVERB_RUN",
    "AFTER_PREPOSITION",
    "ANONYMITY_PATTERN",
    "APPOSITIVES_BEFORE_CUE",
    "APPOSITIVE_END",
    "ARTICLES",
    "BETWEEN_SUBJECT_AND_CUE",
    "CAPITALISED_NOT_NAMES",
    "COORDINATED_VERB",
    "CUE_PATTERN",
    "DESCRIPTION_AFTER_CUE",
    "DESCRIPTION_BEFORE_CUE",
    "DETERMINERS",
    "NAME_PARTICLES",
    "NAME_PATTERN",
    "NON_FINITE_SUFFIX",
    "NOT_INVERTED",
    "NOT_SPEECH_AFTER_CALL",
    "POSSESSIVE",
    "PRONOUN_PATTERN",
    "Phrase",
    "RELATIVE_SUBJECT",
    "SOURCE_NOUN_PATTERN",
    "SOURCE_PLURALS",
    "SPEAKER_AFTER_CUES",
    "SUBJECT_PRONOUNS",
    "TITLE_NAMES",
    "TITLE_NOUN_ENDINGS",
    "TITLE_WORDS",
    "VERB_FILE",
    "clause_start",
    "cue_text",
    "find_cues",
    "inverted_stretch",
    "is_plural",
    "is_subject_like",
    "is_title_noun",
    "looks_like_description",
    "sentence_stop",
    "speaker_phrases",
    "subject_stretch",
    "word_pattern",
]

# --------------------------------------------------------------------------
# Cues: the words that say someone is speaking
# --------------------------------------------------------------------------

#: Where the speech verbs live: one table for the whole kit (lemma, forms, class, note,
#: cue_forms). ``cue_forms`` says which forms this module reads as a cue: blank for all
#: of ``forms``, "-" for none ("call for" is not speech), or a list: "-s" forms that are
#: more often nouns ("the remarks", "his claims", "a call") are left out.
VERB_FILE = vocab.SPEECH_VERB_FILE

#: Cues where the speaker comes *after* the cue ("according to Pence").
SPEAKER_AFTER_CUES = ("according to", "in the words of")


#: Any run of those words, "in the past" and -ly adverbs, each followed by spaces, as a
#: piece of a regular expression.
ADVERB_RUN = (
    r"(?:(?:"
    + "|".join(sorted(vocab.ADVERBS_BEFORE_CUE | vocab.AUXILIARIES_BEFORE_CUE))
    + r"|in the past|[a-z]+ly)\s+)*"
)


def _cue_words() -> list[str]:
    words = set(SPEAKER_AFTER_CUES)
    for row in vocab.speech_verb_table():
        cue_forms = row["cue_forms"].strip()
        if cue_forms == "-":
            continue
        words.update(f.strip().lower() for f in (cue_forms or row["forms"]).split("|") if f.strip())
    return sorted(words, key=lambda w: (-len(w), w))


#: Cues after which a name is the listener or the thing named, never the speaker
#: ("told Pence", "called Trump 'unfit'", "described Trump's plan as ...").
NOT_INVERTED = ("call", "describ", "tell", "told", "ask")


#: Any cue as a whole word.
CUE_PATTERN = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in _cue_words()) + r")(?![\w’'-])",
    re.IGNORECASE,
)

_WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+(?![\w’'-])")
_CUE_FIRST_WORDS = frozenset(w.split()[0] for w in _cue_words())

#: A capitalised word right before a capitalised cue word: the two are one name.
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \t]+$")

#: "called for", "called on": these uses of "call" are not speech.
NOT_SPEECH_AFTER_CALL = re.compile(r"\s+(?:for|on|off|in|up|out|back)\b", re.IGNORECASE)


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of the cues in ``text[lo:hi]``.

    >>> text = "Trump called for talks and called them “sad”, adding more."
    >>> [text[s:e] for s, e in find_cues(text)]
    ['called', 'adding']
    """
    hi = len(text) if hi is None else hi
    spans = []
    for m in _WORD.finditer(text, lo, hi):  # one word at a time: much faster than CUE_PATTERN
        word = m.group().lower()
        if word not in _CUE_FIRST_WORDS:
            continue
        cue = CUE_PATTERN.match(text, m.start(), hi)
        if cue is None:
            continue
        if word.startswith("call") and NOT_SPEECH_AFTER_CALL.match(text, cue.end()):
            continue
        if m.group()[0].isupper() and _CAPITALISED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "the United States", "Fox News Reports": part of a name
        spans.append(cue.span())
    return spans


#: Participles and "to say": the speaker is the subject of the clause they hang on.
NON_FINITE_SUFFIX = "ing"


def cue_text(text: str, cue_start: int, cue_end: int, quote_start: int) -> str:
    """The cue as written; "described ... as" when an "as" comes before the quotation."""
    cue = text[cue_start:cue_end]
    if cue.lower().startswith("describ") and re.search(r"\bas\b", text[cue_end:quote_start]):
        return f"{cue} … as"
    return cue


# --------------------------------------------------------------------------
# Speaker phrases: names, pronouns and descriptions of sources
# --------------------------------------------------------------------------

#: Titles that may stand before a name ("Gov. Mike Pence", "Sen. Tim Kaine"): the kit's one list.
TITLE_WORDS = tuple(sorted(vocab.TITLE_ABBREVIATIONS))

#: Words that start with a capital letter at the start of a sentence but are not names:
#: the kit's one list.
CAPITALISED_NOT_NAMES = vocab.NOT_NAMES

#: Titles that are no name on their own ("Rep", "Secretary", "Mr."): the kit's one list.
TITLE_NAMES = vocab.TITLES

#: Lower-case particles that belong inside a name ("Ludwig van Beethoven"): the kit's one list.
NAME_PARTICLES = vocab.NAME_PARTICLES

_NAME_WORD = r"(?:[OD][’'][A-Z][a-z]+(?:-[A-Z][a-z]+)*|(?:Mc|Mac|De|La|Le|Di)?[A-Z][a-z]+(?:-[A-Z][a-z]+|[’'][A-Z][a-z]+)*|(?:al|el|ad|as|ash)-[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|(?:[A-Z]\.){1,3}(?![a-z]))"  # noqa: E501
_TITLE = "|".join(re.escape(t) for t in TITLE_WORDS)
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w)))

#: A run of capitalised words: a possible name ("Donald J. Trump", "Bashar al-Assad").
NAME_PATTERN = re.compile(
    rf"(?<![\w.’'-])(?:(?:{_TITLE})[ \t\u00a0]+)*{_NAME_WORD}"
    rf"(?:[ \t\u00a0]+(?:(?:{_PARTICLE})[ \t\u00a0]+)?{_NAME_WORD})*"
)

#: Pronouns that can be the subject of a speech verb.
SUBJECT_PRONOUNS = vocab.SUBJECT_PRONOUNS
PRONOUN_PATTERN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?![\w-])(?![’']s)")

#: Plural forms that do not just add -s.
SOURCE_PLURALS = {
    "ally": "allies",
    "spokesman": "spokesmen",
    "spokeswoman": "spokeswomen",
    "person": "people",
    "congressman": "congressmen",
    "congresswoman": "congresswomen",
    "chairman": "chairmen",
}

#: Every determiner a source description may open with (the two sets above): the engine's
#: one list, read by every pattern below through :data:`DETERMINER_PATTERN`.
DETERMINERS = vocab.INDEFINITE_DETERMINERS | vocab.DEFINITE_DETERMINERS

#: The determiners that never stand alone as a pronoun ("that were hacked", "some have"
#: are no descriptions): the only ones that may open a description of any noun next to a
#: cue ("the businessman said") or before a name ("an angry Hollande").
ARTICLES = frozenset("a an another one the".split()) & DETERMINERS


def word_pattern(words, group: str | None = None) -> str:
    """Any of ``words`` as a whole word, in lower case or with a capital, as a piece of a
    regular expression (a named ``group`` if given).

    >>> re.fullmatch(word_pattern(ARTICLES), "The") is not None
    True
    """
    alternatives = "|".join(
        f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=lambda w: (-len(w), w))
    )
    opening = f"(?P<{group}>" if group else "(?:"
    return opening + alternatives + r")(?![\w’'-])"


_SOURCE_HEADS = sorted(
    set(vocab.SOURCE_NOUNS) | {w + "s" for w in vocab.SOURCE_NOUNS} | set(SOURCE_PLURALS.values()),
    key=lambda w: (-len(w), w),
)
_SOURCE_HEAD_SET = frozenset(_SOURCE_HEADS)
SOURCE_NOUN_PATTERN = re.compile(
    r"\b(?:" + "|".join(_SOURCE_HEADS) + r")\b(?![’'-]\w)", re.IGNORECASE
)

#: Lower-case words that look like adjectives ("presidential", "economic", "senior").
ADJECTIVE_ENDINGS = re.compile(r"[a-z]{2,}(?:al|ic|an|ive|ary|ior)")


#: Words in a sentence that say the source asked not to be named.
ANONYMITY_PATTERN = re.compile(
    r"on background|anonymity|not authori[sz]ed|declined to be named|not be named|"
    r"requested not to|asked not to be",
    re.IGNORECASE,
)

#: Words such as "pensioner" or "president" before a name are titles, not verbs.
TITLE_NOUN_ENDINGS = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee)")


def is_title_noun(word: str) -> bool:
    """Could this lower-case word be a title before a name ("pensioner", "treasurer")?

    >>> is_title_noun("pensioner"), is_title_noun("spokesman"), is_title_noun("remember")
    (True, True, False)
    """
    if word in vocab.NOT_TITLE_NOUNS:
        return False
    return (
        word in vocab.SOURCE_NOUNS
        or word in vocab.TITLE_NOUNS
        or bool(TITLE_NOUN_ENDINGS.fullmatch(word))
    )


POSSESSIVE = re.compile(r"^(?:[’']s\b|(?<=s)[’'](?!\w))")


@dataclass(frozen=True)
class Phrase:
    """A possible speaker: where it is, what it says, and what kind of phrase it is.

    ``kind`` is ``"name"``, ``"pronoun"`` or ``"source"`` (a description such as
    "a Trump aide"). ``possessive`` is True for "Pence's". ``determiner`` is the
    first word of a source description ("a", "the", "several", or "").
    """

    start: int
    end: int
    text: str
    kind: str
    possessive: bool = False
    determiner: str = ""


def _strip_leading_non_names(text: str, start: int) -> tuple[str, int]:
    """Drop sentence-initial words such as "But" or "Moreover" from a capitalised run."""
    words = text.split(" ")
    while words and (words[0] in CAPITALISED_NOT_NAMES or not words[0]):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


# The patterns below run once per word or per name of every text: compiled here once,
# not looked up in the `re` module's cache on every call.
_SPACES = re.compile(r"[ \t\u00a0]+")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)\s+$")
_LAST_WORD = re.compile(r"([\w’'.-]+)$")
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w.-]*[’']s?")


def _names(
    text: str, lo: int, hi: int, first_name: Callable[[str], object] | None = None
) -> list[Phrase]:
    found = []
    for m in NAME_PATTERN.finditer(text, lo, hi):
        raw = _SPACES.sub(" ", m.group())
        if len(raw) != len(m.group()):
            continue  # several spaces in a row: offsets would drift; skip this run
        name, start = _strip_leading_non_names(raw, m.start())
        while name and name.split(" ")[-1] in CAPITALISED_NOT_NAMES:
            name = name.rsplit(" ", 1)[0] if " " in name else ""
        if not name or not _TWO_LETTERS.search(name):
            continue
        if first_name is not None and _opens_with_participle(name, first_name):
            continue
        end = start + len(name)
        if " " not in name and (name in TITLE_NAMES or (name + ".") in TITLE_NAMES):
            continue  # a title alone ("Democratic Rep. Dina Titus"): the name follows it
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
            continue  # "Texas-based", "Obama-era": part of a word, not a name
        found.append(Phrase(start, end, name, "name", bool(POSSESSIVE.match(text[end : end + 3]))))
    return found


def _opens_with_participle(name: str, first_name: Callable[[str], object]) -> bool:
    """'*Praising* Wall Street, the governor …': a capitalised run that opens with a word
    in -ing that is not a first name (as "Sterling" or "Irving" are) is a participle and
    its object, not a name that can speak."""
    first, _, rest = name.partition(" ")
    return (
        bool(rest)
        and len(first) > 5
        and first.endswith("ing")
        and first[1:].islower()
        and first_name(first) is None
    )


def _sources(text: str, lo: int, hi: int) -> list[Phrase]:
    """Descriptions of sources: extend left from a source noun over modifiers and a determiner."""
    found = []
    for m in _WORD.finditer(text, lo, hi):
        if m.group().lower() not in _SOURCE_HEAD_SET:
            continue
        start = m.start()
        words = 0
        determiner = ""
        while words < 5:
            before = _WORD_BEFORE.search(text[max(lo, start - 40) : start])
            if not before:
                break
            word = before.group(1)
            if word.lower() in DETERMINERS:
                determiner = word.lower()
                start -= len(before.group(0))
                break
            possessive_name = _POSSESSIVE_NAME.fullmatch(word)
            capitalised = word[0].isupper() and word not in CAPITALISED_NOT_NAMES
            adjective = bool(ADJECTIVE_ENDINGS.fullmatch(word)) and word not in vocab.NOT_ADJECTIVES
            modifier = word.lower() in vocab.SOURCE_MODIFIERS
            if not (capitalised or possessive_name or adjective or modifier):
                break
            start -= len(before.group(0))
            words += 1
        plural = m.group().lower() not in vocab.SOURCE_NOUNS
        if start == m.start() and not determiner and not plural:
            continue  # a bare singular noun ("aide said") does not describe a source
        phrase = text[start : m.end()]
        possessive = bool(POSSESSIVE.match(text[m.end() : m.end() + 3]))
        found.append(Phrase(start, m.end(), phrase, "source", possessive, determiner))
    return found


def is_plural(description: str) -> bool:
    """Does a source description name several people ("officials", "two aides")?

    >>> is_plural("Several Pentagon officials"), is_plural("a Trump aide")
    (True, False)
    """
    last = description.split(" ")[-1].lower()
    return last in SOURCE_PLURALS.values() or (
        last.endswith("s") and last[:-1] in vocab.SOURCE_NOUNS
    )


def _pronouns(text: str, lo: int, hi: int) -> list[Phrase]:
    return [
        Phrase(m.start(), m.end(), m.group(), "pronoun")
        for m in PRONOUN_PATTERN.finditer(text, lo, hi)
    ]  # noqa: E501


def _descriptions_at_cues(text: str, cues: list[tuple[int, int]], taken: set) -> list[Phrase]:
    """'the businessman said', 'said a teenager': any short description with a determiner
    right before or right after a cue is a possible speaker, whatever its noun."""
    found = []
    for start, end in cues:
        someone = _SOMEONE_BEFORE_CUE.search(text, max(0, start - 60), start)
        before = DESCRIPTION_BEFORE_CUE.search(text, max(0, start - 60), start)
        after = DESCRIPTION_AFTER_CUE.match(text, end)
        for m in (someone, before, after):
            if m is None or taken.intersection(range(m.start("np"), m.end("np"))):
                continue
            determiner = m.group("det").lower() if m.re is not _SOMEONE_BEFORE_CUE else ""
            found.append(Phrase(m.start("np"), m.end("np"), m.group("np"), "source", False,
                                determiner))  # fmt: skip
            taken.update(range(m.start("np"), m.end("np")))
    return found


_ARTICLE = word_pattern(ARTICLES, "det")
#: A description's last word is never a verb that helps another: "the bill *was* called
#: 'a disgrace'" has no speaker, "the crowd *had* shouted" is "the crowd".
_NOT_AUXILIARY = r"(?!(?:" + "|".join(sorted(vocab.AUXILIARIES)) + r")\b)"
DESCRIPTION_BEFORE_CUE = re.compile(
    rf"(?<![\w’'-])(?P<np>{_ARTICLE}(?: [a-z][\w’'-]*){{0,2}} {_NOT_AUXILIARY}[a-z][a-z-]+)"
    r"(?:,[^,]{1,60},)? " + ADVERB_RUN + "$"
)
#: 'when someone near the stage had shouted "Gun!"': an indefinite pronoun, perhaps with
#: where the person stood, right before a cue is the speaker (not a place named earlier);
#: so is "another" ('"I left early," another said': not the voter quoted before).
_SOMEONE_BEFORE_CUE = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[Ss]omeone|[Ss]omebody|[Aa]nyone|[Aa]nother|[Oo]ne man|[Oo]ne woman)"
    r"(?: (?:near|in|at|on|from|behind|outside|inside) (?:the|a|an) [a-z][a-z-]+){0,2})"
    r" " + ADVERB_RUN + "$"
)
DESCRIPTION_AFTER_CUE = re.compile(
    rf" (?P<np>{_ARTICLE}(?: [a-z][\w’'-]*){{0,2}} [a-z][a-z-]+)(?=[,.;]|$| in | on | at )"
)


def speaker_phrases(
    text: str,
    lo: int = 0,
    hi: int | None = None,
    cues: list[tuple[int, int]] | None = None,
    first_name: Callable[[str], object] | None = None,
) -> list[Phrase]:
    """Every possible speaker phrase in ``text[lo:hi]``, in reading order.

    A name inside a source description ("a *Trump* aide") is part of the
    description, not a phrase of its own. Given the ``cues`` (from
    :func:`find_cues`), a short description right next to a cue ("the
    businessman said") is a phrase too, whatever its noun. Given ``first_name``
    (a look-up that returns None for a word that is no first name), a capitalised
    run that opens with a participle ("Praising Wall Street") is no name.

    >>> [(p.text, p.kind) for p in speaker_phrases("Officials told CNN's Dana Bash.")]
    [('Officials', 'source'), ('CNN', 'name'), ('Dana Bash', 'name')]
    """
    hi = len(text) if hi is None else hi
    sources = _sources(text, lo, hi)
    # "a senior Republican official": keep the longest description, not "a senior Republican"
    kept, reach = [], None  # reach: the source seen so far that ends furthest right
    for src in sorted(sources, key=lambda x: (x.start, -x.end)):
        if (
            reach is not None
            and src.end <= reach.end
            and (reach.end - reach.start > src.end - src.start)
        ):
            continue
        kept.append(src)
        if reach is None or src.end > reach.end:
            reach = src
    sources = sorted(kept, key=lambda x: x.start)
    covered: set[int] = set()  # character positions inside a source description
    for source in sources:
        covered.update(range(source.start, source.end))
    # a name inside a description is part of it; a source noun swallowed into a name run
    # ("Officials") is a source, not a name
    names = []
    source_starts = [src.start for src in sources]
    for n in _names(text, lo, hi, first_name):
        if not covered.intersection(range(n.start, n.end)):
            names.append(n)
            continue
        # "Vice President Ana Ruiz", "Police Chief Tom Berg": a title swallowed into the
        # name run; the name is what follows the title
        k = bisect.bisect_right(source_starts, n.start)
        title = next(
            (
                t
                for t in reversed(sources[max(0, k - 3) : k])
                if n.start < t.end < n.end - 1 and text[t.end] == " " and not t.determiner
            ),
            None,
        )
        rest = text[title.end + 1 : n.end] if title is not None else ""
        if (
            title is not None
            and rest
            and rest[0].isupper()
            and not covered.intersection(range(title.end + 1, n.end))
        ):
            names.append(Phrase(title.end + 1, n.end, rest, "name", n.possessive))
    # "Council leader Helen Marsh": a description right before a name is the name's title
    starts = {n.start for n in names}
    sources = [s for s in sources if not (s.end + 1 in starts and text[s.end] == " ")]
    pronouns = _pronouns(text, lo, hi)
    if cues:
        taken: set[int] = set()
        for phrase in sources + names + pronouns:
            taken.update(range(phrase.start, phrase.end))
        sources += _descriptions_at_cues(text, [c for c in cues if lo <= c[0] < hi], taken)
    phrases = sources + names + pronouns
    return sorted(phrases, key=lambda p: (p.start, -p.end))


def is_subject_like(text: str, phrase: Phrase, lo: int = 0) -> bool:
    """Could ``phrase`` be the one speaking, judging by the words just before it?

    Not if it is a possessive ("Pence's"), comes right after a preposition
    ("praise of Putin") or right after an ordinary word that is probably a
    verb ("forced Pence to"). Pronouns "he", "she", "they" are always subjects.
    """
    if phrase.possessive:
        return False
    if phrase.kind == "pronoun":
        return True
    position = phrase.start
    for _ in range(3):
        before = text[max(lo, position - 40) : position]
        stripped = before.rstrip()
        if not stripped or stripped[-1] in ',;:—–-(\u2591"“”' or stripped.endswith("--"):
            return True
        if stripped[-1] in ".?!" and position == phrase.start:
            return True  # the phrase opens a sentence ("… vague. Sen. Jack Reed (D-R.I.), said")
        word = _LAST_WORD.search(stripped)
        if not word:
            return True
        token = word.group(1)
        if _POSSESSIVE_NAME.fullmatch(token):  # "CNN's Dana Bash": look further left
            position = position - len(before) + word.start()
            continue
        lower = token.lower()
        if lower in vocab.PREPOSITIONS or (lower == "as" and stripped.lower().endswith("such as")):
            return False
        if lower in vocab.BEFORE_SUBJECT or lower.endswith("ly") or token[0].isupper():
            return True
        return is_title_noun(lower)  # "pensioner Walter Briggs", "councillor Sam Hollis"
    return True


# --------------------------------------------------------------------------
# Loose noun phrases: the words between a quotation and its cue
# --------------------------------------------------------------------------

#: Words dropped from the end of the words before a cue to find its subject: the adverbs
#: and auxiliaries above, and forms of "be" ("was heard saying").
BETWEEN_SUBJECT_AND_CUE = (
    vocab.ADVERBS_BEFORE_CUE
    | vocab.AUXILIARIES_BEFORE_CUE
    | frozenset("be been heard is was were are".split())
)

#: A cue joined to an earlier verb ("Graham spoke and *said* that …"): same subject.
COORDINATED_VERB = re.compile(r"\b(?:and|but|then)\s+" + ADVERB_RUN + "$")

#: "who said", "which notes": a relative pronoun right before a cue is its subject.
RELATIVE_SUBJECT = re.compile(
    r"(?<![\w’'-])(who|which|that)(?:\s*,[^,\u2591]{1,80},)?\s+" + ADVERB_RUN + "$"
)

#: An appositive closing just before its cue ("Jo Lee, of Akron, Ohio*,* said").
APPOSITIVE_END = re.compile(r"^[\s.]*,\s*$")

#: One or more appositives between a subject and its cue ("Clinton, in Columbus, Ohio, said").
APPOSITIVES_BEFORE_CUE = re.compile(
    r"\s*(?:\([^()]{0,40}\))?(?:,[^,;\u2591]{1,120})*,\s*" + ADVERB_RUN
)

#: A stretch of words that ends with a preposition ("a spokesman for ").
AFTER_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.PREPOSITIONS)) + r")\s+(?:the\s+)?$", re.IGNORECASE
)


#: Words after which a stretch stops being the speaker ("said Sen. Tom Carper *of* Delaware").
_INVERTED_END = re.compile(
    r",|;|:|\.(?:\s|$)|\u2591|\s(?:who|which|whose|in|on|at|of|for|to|from|with|during|after|"
    r"before|about|that|when|while|as|because|and|but|via|through)\s"
)


def subject_stretch(segment: str, first: bool = False) -> tuple[int, int] | None:
    """Where the speaker is in the words just before a cue, as offsets into ``segment``.

    ``first`` is for the words right after a closing quotation mark, which
    begin with the speaker; otherwise the speaker is the last noun phrase.
    An appositive ("Jo Lee, a broker in Akron,") is left out.

    >>> s = ", Jo Lee, a broker in Akron, "
    >>> a, b = subject_stretch(s, first=True); s[a:b]
    'Jo Lee'
    >>> s = "On Monday, the city council member also "
    >>> a, b = subject_stretch(s); s[a:b]
    'the city council member'
    """
    words = list(re.finditer(r"\S+", segment))
    while words and (
        words[-1].group().lower() in BETWEEN_SUBJECT_AND_CUE
        or re.fullmatch(r"[a-z]+ly", words[-1].group())
    ):
        words.pop()
    if not words:
        return None
    end = words[-1].end()
    lo = len(segment) - len(segment.lstrip(" ,—–-"))
    body = segment[lo:end]
    if not body:
        return None
    if body.endswith(","):  # an appositive ends just before the cue
        chunks = [m for m in re.finditer(r"[^,]+", body[:-1])]
        pick = chunks[0] if first or len(chunks) < 2 else chunks[-2]
    else:
        chunks = list(re.finditer(r"[^,]+", body))
        pick = chunks[0] if first else chunks[-1]
    start, stop = lo + pick.start(), lo + pick.end()
    if not first:  # "… and the mayor said": the clause starts after the last clause word
        inner = list(re.finditer(r"\S+", segment[start:stop]))
        for k in range(len(inner) - 1, -1, -1):
            w = inner[k].group()
            prev = inner[k - 1].group() if k else ""
            if w in vocab.CLAUSE_OPENERS and not (w == "and" and prev[:1].isupper()):
                start = start + inner[k].end()
                break
    text = segment[start:stop].strip()
    if not text:
        return None
    start = segment.index(text, start)
    return start, start + len(text)


_STOP_WORD = re.compile(r"([\w.]+)\.$")


def _is_abbreviation_stop(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation ("Gov.", "U.S.", "J.")?"""
    word = _STOP_WORD.search(text, max(0, dot - 12), dot + 1)
    if not word:
        return False
    token = word.group(1).lower()
    return token in vocab.ABBREVIATIONS or len(token) == 1 or "." in token


def sentence_stop(text: str, pos: int, end: int, marks: str = ".;?!\u2591") -> int | None:
    """The first place in ``text[pos:end]`` where the reporter's sentence stops: one of
    ``marks``, but not the full stop of an abbreviation ("said Gov. Ana Ruiz").

    >>> text = "said Gov. Ana Ruiz. Then"
    >>> text[: sentence_stop(text, 0, len(text))]
    'said Gov. Ana Ruiz'
    """
    for k in range(pos, min(end, len(text))):
        c = text[k]
        if c in marks and not (c == "." and _is_abbreviation_stop(text, k)):
            return k
    return None


def inverted_stretch(after: str) -> tuple[int, int] | None:
    """Where the speaker is in the words right after an inverted cue ("said Jo Lee of Akron").

    >>> s = " a spokesman for the city."
    >>> a, b = inverted_stretch(s); s[a:b]
    'a spokesman'
    >>> inverted_stretch(" in an interview.") is None
    True
    """
    lead = len(after) - len(after.lstrip(" "))
    rest = after[lead:]
    first = rest.split(" ")[0].lower() if rest else ""
    if not first or first in vocab.NOT_SPEAKER_STARTS:
        return None
    end = len(rest)
    described = first in DETERMINERS
    for stop in _INVERTED_END.finditer(rest):
        if stop.group().startswith(".") and _is_abbreviation_stop(rest, stop.start()):
            continue  # "said Gov. Ana Ruiz"
        if (
            described
            and stop.group().strip() in ("for", "of", "at")
            and rest[stop.end() : stop.end() + 1].isupper()
        ):
            continue  # "said a spokesman for Disney"
        end = stop.start()
        break
    stretch = rest[:end].rstrip()
    if not stretch or len(stretch.split()) > 10:
        return None
    return lead, lead + len(stretch)


def clause_start(outside: str, lo: int, pos: int) -> int:
    """Where the clause that ends at ``pos`` starts: after the last ``;``, ``:``, dash or
    quotation before it, or at ``lo``."""
    cut = lo
    for m in re.finditer(r"[;:\u2591—–]|\s--\s", outside[lo:pos]):
        cut = lo + m.end()
    return cut


def looks_like_description(stretch: str) -> bool:
    """Could these words describe a speaker ("one P&G employee", "the statement")?

    >>> looks_like_description("one P&G Amiens employee"), looks_like_description("Tuesday")
    (True, False)
    """
    words = stretch.split()
    if not words or len(words) > 12:
        return False
    if any(w.lower() in vocab.CLAUSE_VERBS for w in words[1:]):
        return False  # "the population was overwhelmingly white" is a clause, not a speaker
    first = words[0].lower()
    if first in vocab.NOT_SPEAKER_STARTS or first.rstrip(".,") in vocab.NOT_SPEAKER_STARTS:
        return False
    if (
        first in vocab.DEFINITE_DETERMINERS
        or first in vocab.INDEFINITE_DETERMINERS
        or first in vocab.POSSESSIVES_BEFORE_DESCRIPTION
    ):
        return len(words) >= 2
    if words[0][0].isupper():
        return words[0] not in CAPITALISED_NOT_NAMES or len(words) >= 2
    return bool(SOURCE_NOUN_PATTERN.search(stretch)) or words[0].lower() in vocab.TITLE_NOUNS
