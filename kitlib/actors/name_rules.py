"""The rules that find names in a text and say what each one is (person, organisation...).

Steps 1 and 2 of :mod:`kitlib.actors.grouping` (read that module's notes first): runs of
capitalised words, then titles, roles and the kind of each run. Every word
list comes from :mod:`kitlib.vocab`; the first-name list from
``data/names/first_names.csv``.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from functools import cache

from kitlib import data, vocab
from kitlib.text import CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_QUOTES

__all__ = [
    "APPOSITION",
    "APPOSITION_WORDS",
    "COMMON_WORD_ZIPF",
    "FIRST_NAME_MIN_COUNT",
    "LONE_NAME_RULE",
    "NAME_KINDS",
    "NAME_OVER_WORD",
    "NEXT_WORD",
    "NOT_FIRST_NAMES",
    "Name",
    "POSSESSIVE",
    "PRONOUN",
    "RARE_WORD_ZIPF",
    "SHOUTED_MIN_LETTERS",
    "SHOUTED_WORD_ZIPF",
    "TITLE_GENDER",
    "TOKEN",
    "capitalised_runs",
    "classify_run",
    "first_name",
    "is_acronym",
    "is_shouted",
    "is_title",
    "normalise",
    "sentence_start_offsets",
    "split_on_non_names",
    "word_tokens",
    "word_zipf",
]

NAME_KINDS = ("person", "organisation", "place", "other")

#: A word whose lower-case form is at least this common in English (Zipf scale,
#: from the wordfreq package) is an ordinary word, not evidence of a name.
COMMON_WORD_ZIPF = 4.3

#: A lone capitalised word at the start of a sentence counts as a name only when it
#: is rarer than this in English ("Priebus" yes, "Aides" no) or is capitalised elsewhere.
RARE_WORD_ZIPF = 3.0

#: A word in capital letters of at least this many letters whose lower-case form is an
#: English word at least this common (Zipf) is a word written in capitals (a heading, a
#: label, shouting: "ABSTRACT", "LETTERS"), not an abbreviation ("FBI", "UNICEF").
SHOUTED_MIN_LETTERS = 5
SHOUTED_WORD_ZIPF = 3.5

#: A first name alone counts as evidence only when this many people bear it in the list.
FIRST_NAME_MIN_COUNT = 300

#: A first name that is also an ordinary word counts when the number of its bearers
#: (log10) minus the word's Zipf frequency in English is at least this: "Bill" (0.1),
#: "Grace" (1.2) and "Newt" (-0.3) count, "Hope" (-0.4) and "Long" (-2.4) do not.
NAME_OVER_WORD = -0.35

#: The ``rule`` of a person named by one word only, without a title.
LONE_NAME_RULE = "one capitalised word used as a person's name ('Lee said', 'Lee's', 'Lee aides')"

#: A description after a name ("Andrew McCarthy, a former prosecutor,") is its role
#: when it has at most this many words.
APPOSITION_WORDS = 10

# --------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------

_APOS = "'’"
#: One word: dotted abbreviations ("U.S.") or letters with inner apostrophes and hyphens.
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w]*(?:['’\-][\w]+)*")
POSSESSIVE = re.compile(r"['’]s$")
PRONOUN = re.compile(
    r"(?<![\w'’-])(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)(?![\w'’-])"
)
_SPACE = re.compile(r"[ \t\u00a0]+")
_DOT_SPACE = re.compile(r"\.[ \t\u00a0]+")
_COMMA_SPACE = re.compile(r",[ \t\u00a0]+")
NEXT_WORD = re.compile(r"(?:['’]s)?[ \t\u00a0]+([a-z]+)")
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)-[^\W\d_]")
APPOSITION = re.compile(
    rf",[ \t\u00a0]+((?:a|an|the)[ \t\u00a0][^,.;:()\n{DOUBLE_QUOTES}]{{3,80}}?)(?=[,.;:]|$)"
)
TITLE_GENDER = {t: "male" for t in vocab.NAME_TITLES_MALE} | {
    t: "female" for t in vocab.NAME_TITLES_FEMALE
}
_ABBREVIATIONS = frozenset(t.rstrip(".") for t in vocab.NAME_TITLES if t.endswith(".")) | {
    "St", "Jr", "Sr", "Mt", "Ft",
}  # fmt: skip


@cache
def _first_names() -> dict[str, tuple[float, int]]:
    """``{name: (share of women, count)}`` from ``data/names/first_names.csv``."""
    rows = csv.reader(io.StringIO(data.read_text("names/first_names.csv")))
    next(rows)
    return {name: (float(p), int(n)) for name, p, n in rows}


def first_name(word: str) -> tuple[float, int] | None:
    """The share of women and the count for a first name, or None if it is not on the list.

    The list is ``data/names/first_names.csv`` (from the nomquamgender package,
    MIT licence): names seen in at least 8 of its 36 sources and 200 times.

    >>> first_name("Hillary")[0] > 0.9, first_name("James")[0] < 0.1
    (True, True)
    >>> first_name("Election") is None
    True
    """
    return _first_names().get(word.lower())


@cache
def word_zipf(word: str) -> float:
    """How common a word is in English, on wordfreq's Zipf scale (7 is "the", 0 unknown).

    >>> word_zipf("the") > 7 > word_zipf("farmville")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _is_common(word: str) -> bool:
    """An ordinary English word (its lower-case form is frequent)."""
    return word_zipf(word.lower()) >= COMMON_WORD_ZIPF


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() or ("-" in word[:5] and bool(_ARABIC_PARTICLE.match(word)))


def is_acronym(word: str) -> bool:
    """True for a word of two or more capital letters ("FBI", "U.S.").

    >>> is_acronym("FBI"), is_acronym("U.S."), is_acronym("I"), is_acronym("Pence")
    (True, True, False, False)
    """
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def is_shouted(word: str) -> bool:
    """True for an ordinary word written in capital letters ("ABSTRACT", "LETTERS"), which
    is no name; an abbreviation ("FBI", "UNICEF") is not shouted.

    >>> is_shouted("ABSTRACT"), is_shouted("FBI"), is_shouted("UNICEF"), is_shouted("Abstract")
    (True, False, False, False)
    """
    letters = word.replace(".", "")
    return (
        len(letters) >= SHOUTED_MIN_LETTERS
        and letters.isupper()
        and letters.isalpha()
        and word_zipf(letters.lower()) >= SHOUTED_WORD_ZIPF
    )


def is_title(word: str) -> bool:
    """True for a word written before a name as a title ("Sen.", "Director", "Librarian").

    >>> is_title("Sen."), is_title("Librarian"), is_title("President-elect"), is_title("Amy")
    (True, True, True, False)
    """
    if word in vocab.NAME_TITLES or word.rstrip(".") in vocab.NAME_TITLES:
        return True
    if word[0].isupper() and word.lower() in vocab.ROLE_WORDS:  # "Librarian Agnes Whitlow"
        return True
    head = word.split("-")[0]  # "President-elect"
    return head != word and head in vocab.NAME_TITLES


def _strong_first_name(word: str) -> bool:
    """Is this word, written first in a run, good evidence of a person's name?"""
    found = first_name(word)
    if found is None or found[1] < FIRST_NAME_MIN_COUNT:
        return False
    if word in NOT_FIRST_NAMES or word.isupper():
        return False
    # a word used more as a name than as a word: "Bill" and "Grace" yes, "Long" and "Hope" no
    zipf = word_zipf(word.lower())
    return zipf < COMMON_WORD_ZIPF or math.log10(found[1]) - zipf >= NAME_OVER_WORD


NOT_FIRST_NAMES = (
    vocab.NOT_NAME_WORDS
    | vocab.PLACE_NAMES
    | vocab.GROUP_WORDS
    | vocab.CALENDAR_WORDS
    | vocab.PLACE_NAME_STARTS
)


def normalise(name: str) -> str:
    """A name as the tables show it: one space between words, straight apostrophes.

    >>> normalise("Martin  O’Malley")
    "Martin O'Malley"
    """
    return " ".join(name.replace("’", "'").split())


@dataclass(frozen=True)
class Name:
    """One named entity: a run of capitalised words and what the kit takes it to be.

    ``start``/``end`` are offsets of the name itself (without its role);
    ``role_start`` is where the role begins (equal to ``start`` if none).
    """

    text: str
    start: int
    end: int
    kind: str
    rule: str
    role: str = ""
    role_start: int = -1
    title_gender: str = ""
    words: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# Step 1: runs of capitalised words
# --------------------------------------------------------------------------


def word_tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """``(start, end, word, possessive)`` for every word, possessive "'s" removed.

    >>> [word for _, _, word, _ in word_tokens("Lee's aide, Dr. Amy Park")]
    ['Lee', 'aide', 'Dr', 'Amy', 'Park']
    """
    found = []
    for match in TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) > 2 and word[-1] == "s" and word[-2] in _APOS:
            found.append((start, end - 2, word[:-2], True))
        else:
            found.append((start, end, word, False))
    return found


def _joins(text: str, before: tuple, after: tuple) -> bool:
    """May the word ``after`` continue a name that ``before`` ends?"""
    gap = text[before[1] : after[0]]
    if before[3]:  # "Trump's Tower": a possessive ends a name
        return False
    if _SPACE.fullmatch(gap):
        return True
    word = before[2]
    if _DOT_SPACE.fullmatch(gap):  # "Sen. Kaine", "George W. Bush", "Martin Luther King Jr. said"
        return (len(word) == 1 and word.isupper()) or word in _ABBREVIATIONS
    if _COMMA_SPACE.fullmatch(gap):  # "Martin Luther King, Jr."
        return after[2].rstrip(".") in {"Jr", "Sr"}
    return False


def capitalised_runs(text: str, tokens: list) -> list[list[int]]:
    """Indices of the tokens in each run of name-like words.

    >>> text = "Sen. Amy Park met John Reyes."
    >>> capitalised_runs(text, word_tokens(text))
    [[0, 1, 2], [4, 5]]
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i, token in enumerate(tokens):
        word = token[2]
        capital = _is_capitalised(word)
        if not current:
            if capital:
                current = [i]
            continue
        joins = _joins(text, tokens[current[-1]], token)
        if capital and joins:
            current.append(i)
            continue
        if (
            joins
            and not capital
            and (word in vocab.NAME_PARTICLES or word in ("of", "for"))
            and i + 1 < len(tokens)
            and _is_capitalised(tokens[i + 1][2])
            and _joins(text, token, tokens[i + 1])
            and (
                word in vocab.NAME_PARTICLES
                or tokens[current[-1]][2] in vocab.ORGANISATION_WORDS
                or is_title(tokens[current[-1]][2])
            )
        ):
            current.append(i)
            continue
        runs.append(current)
        current = [i] if capital else []
    if current:
        runs.append(current)
    return runs


# --------------------------------------------------------------------------
# Step 2: what each run is
# --------------------------------------------------------------------------


def sentence_start_offsets(text: str, spans) -> set[int]:
    """Offsets where a word is capitalised because of its place, not because it is a name.

    >>> sorted(sentence_start_offsets("He left. “Now,” she said.", []))
    [0, 10]
    """
    starts = {s for s in spans}
    for match in re.finditer(
        rf"(?:^|[\n(:—–{OPENING_QUOTES}]|[.?!][{CLOSING_QUOTES}]?\s)\s*([^\W\d_])", text
    ):
        starts.add(match.start(1))
    return starts


def split_on_non_names(run: list[int], tokens: list) -> list[list[int]]:
    """Cut a run at words that are never inside a name ("Trump Says He Will").

    >>> text = "Trump Says He Will Win"
    >>> split_on_non_names([0, 1, 2, 3, 4], word_tokens(text))
    [[0], [4]]
    """
    pieces: list[list[int]] = []
    current: list[int] = []
    for i in run:
        word = tokens[i][2]
        if word in vocab.NOT_NAME_WORDS and not is_title(word) or word in vocab.CALENDAR_WORDS:
            if current:
                pieces.append(current)
            current = []
            continue
        current.append(i)
    if current:
        pieces.append(current)
    return pieces


def _role_before(text: str, tokens: list, first: int) -> tuple[str, int]:
    """A description just before a name ("Republican pollster"), and where it starts."""
    i = first - 1
    if i >= 1 and tokens[i][2] == "of" and tokens[i - 1][2] in vocab.ROLE_WORDS:
        i -= 1  # "secretary of" State Hillary Clinton
    if i < 0 or tokens[i][2] not in vocab.ROLE_WORDS:
        return "", -1
    if any(not _SPACE.fullmatch(text[tokens[k][1] : tokens[k + 1][0]]) for k in range(i, first)):
        return "", -1
    start_i = i
    while start_i - 1 >= 0 and first - start_i < 6:
        prev = tokens[start_i - 1]
        word = prev[2]
        if not _SPACE.fullmatch(text[prev[1] : tokens[start_i][0]]) or prev[3]:
            break
        if word.lower() in vocab.ROLE_PHRASE_STOPS or word in vocab.NOT_NAME_WORDS:
            break
        if word.lower() in vocab.person_cues():
            break
        start_i -= 1
    start = tokens[start_i][0]
    return text[start : tokens[i][1]], start


def classify_run(
    text: str, tokens: list, piece: list[int], starts: set[int], title_lines: dict[int, bool]
) -> Name | None:
    """Decide what one run of capitalised words names: a :class:`Name`, or None.

    >>> text = "Sen. Amy Park spoke."
    >>> tokens = word_tokens(text)
    >>> found = classify_run(text, tokens, [0, 1, 2], sentence_start_offsets(text, []), {})
    >>> found.text, found.kind
    ('Amy Park', 'person')
    """
    piece = _without_sentence_initial_words(tokens, piece, starts)
    words = [tokens[i][2] for i in piece]
    if not words:
        return None
    cut = _role_cut(words)
    title_words = words[:cut]
    gender = ""
    for w in title_words:
        gender = TITLE_GENDER.get(w) or TITLE_GENDER.get(w + ".") or gender
    rest_idx = piece[cut:]
    rest = words[cut:]
    while len(rest) > 1 and rest[-1] in vocab.NAME_SUFFIXES:
        rest, rest_idx = rest[:-1], rest_idx[:-1]
    while rest and rest[-1] in vocab.NAME_PARTICLES | {"of", "for"}:
        rest, rest_idx = rest[:-1], rest_idx[:-1]
    if not rest:
        return None
    start, end = tokens[rest_idx[0]][0], tokens[rest_idx[-1]][1]
    if len(piece) > len(rest_idx) and tokens[piece[-1]][2] in vocab.NAME_SUFFIXES:
        end = tokens[piece[-1]][1]
        if text[end : end + 1] == "." and tokens[piece[-1]][2] in ("Jr", "Sr"):
            end += 1  # "Jr." keeps its full stop
    role, role_start = _role_of(text, tokens, piece, rest_idx, bool(title_words), end, starts)
    kind, rule = _kind(rest, title_words, tokens[rest_idx[0]][0] in starts)
    if kind is None:
        return None
    if kind != "person" and kind != "single":  # "Justice Department": the whole run is the name
        start, end = tokens[piece[0]][0], tokens[piece[-1]][1]
        return Name(text[start:end], start, end, kind, rule, words=tuple(words))
    if kind == "person" and len(rest) > 2 and _title_case_line(text, start, title_lines):
        # "Donald Trump Picks Up His First Endorsement": a headline capitalises every word
        rest, rest_idx = rest[:2], rest_idx[:2]
        end = tokens[rest_idx[-1]][1]
    rest = [w.replace("’", "'") for w in rest]
    return Name(text[start:end], start, end, kind, rule, role, role_start, gender, tuple(rest))


def _without_sentence_initial_words(tokens: list, piece: list[int], starts: set[int]) -> list[int]:
    """``piece`` without the capitalised ordinary words that only start its sentence."""
    words = [tokens[i][2] for i in piece]
    while (
        words
        and tokens[piece[0]][0] in starts
        and not is_title(words[0])
        and not is_acronym(words[0])
    ):
        word = words[0]
        if len(words) > 1 and not _is_common(word):
            break
        if len(words) > 1 and _strong_first_name(word):
            break
        if len(words) > 1 and _kind(words, [], True)[0] in ("organisation", "place", "other"):
            break  # "Election Day is near", "White House aides said"
        if len(words) == 1:
            break  # a lone word: decided once the article's people are known
        piece, words = piece[1:], words[1:]
    return piece


def _role_cut(words: list[str]) -> int:
    """How many of ``words`` make the role in front of a name: titles, ranks and
    descriptions ("Sen.", "secretary of State", "Republican")."""
    last_title = -1
    for j in range(len(words) - 1):
        after = [w for w in words[j + 1 :] if w not in vocab.NAME_SUFFIXES]
        if is_title(words[j]) and after and not any(is_title(w) for w in after):
            last_title = j
    cut = last_title + 1
    while cut < len(words) - 1 and (
        words[cut] in ("of", "for", "the") or (cut > 0 and words[cut] in vocab.ROLE_COMPLEMENTS)
    ):
        cut += 1
    if cut == 0:  # "Republican Mike Pence" (but not "White House")
        while cut < len(words) - 1 and words[cut] in vocab.GROUP_WORDS:
            cut += 1
        if cut and _kind(words[cut:], [], False)[0] != "person":
            cut = 0
    # "secretary of State Hillary Clinton", "Cheeto Donald Trump": a word before a first name
    while (
        len(words) - cut >= 3
        and _strong_first_name(words[cut + 1])
        and not _strong_first_name(words[cut])
        and (_is_common(words[cut]) or words[cut] in NOT_FIRST_NAMES or is_acronym(words[cut]))
    ):
        cut += 1
    return cut


def _role_of(
    text: str,
    tokens: list,
    piece: list[int],
    rest_idx: list[int],
    titled: bool,
    end: int,
    starts: set[int],
) -> tuple[str, int]:
    """The role written with a name (its title words, a role before it, or an apposition
    after it) and where the role starts."""
    start = tokens[rest_idx[0]][0]
    role_start = tokens[piece[0]][0] if titled else start
    role = text[role_start:start].strip() if titled else ""
    if not role:
        role, rs = _role_before(text, tokens, rest_idx[0])
        role_start = rs if role else start
    if not role:
        apposition = APPOSITION.match(text, end)
        if apposition and len(apposition.group(1).split()) <= APPOSITION_WORDS:
            role = apposition.group(1)
    elif tokens[piece[0]][0] not in starts:
        more, rs = _role_before(text, tokens, piece[0])
        if more:
            role, role_start = text[rs:start].strip(), rs
    return role, role_start


def _title_case_line(text: str, at: int, cache: dict[int, bool]) -> bool:
    """Is the line around ``at`` written in title case (most words capitalised)?"""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start not in cache:
        line_end = text.find("\n", at)
        words = TOKEN.findall(text, line_start, line_end if line_end >= 0 else len(text))
        capitals = sum(w[0].isupper() for w in words)
        cache[line_start] = len(words) >= 4 and capitals >= 0.7 * len(words)
    return cache[line_start]


def _kind(words: list[str], titles: list[str], sentence_start: bool) -> tuple[str | None, str]:
    """``(kind, rule)`` for the words of a name with its titles removed."""
    person_title = next((w for w in titles if is_title(w) and w not in vocab.GROUP_WORDS), "")
    if all(w in vocab.ROLE_COMPLEMENTS or w in ("of", "for") for w in words):
        return None, ""  # "Secretary of State" with no name after it
    found = _organisation_or_acronym(words, person_title)
    if found is not None:
        return found
    first_is_name = _strong_first_name(words[0])
    others = [w for w in words if w in vocab.OTHER_NAME_WORDS]
    if others and not (first_is_name and len(words) == 2 and words[-1] in others and not titles):
        return "other", f"the word '{others[0]}' names an event, law or work"
    found = _place(words, person_title, first_is_name)
    if found is not None:
        return found
    if any(
        part in vocab.GROUP_WORDS or part in vocab.PLACE_NAMES
        for w in words
        for part in w.split("-")
    ):
        return "other", "a party, nationality or group"
    if person_title:
        return "person", f"written after the title '{person_title}'"
    if len(words) >= 2 and first_is_name:
        return "person", f"'{words[0]}' is on the list of first names"
    if len(words) >= 2:
        if not any(_is_common(w) or is_acronym(w) for w in words):
            return "person", "two or more capitalised words that are not ordinary English words"
        return "other", "capitalised words that are not a known kind of name"
    return "single", ""


def _organisation_or_acronym(words: list[str], person_title: str) -> tuple[str | None, str] | None:
    """``(kind, rule)`` when a name is an organisation's or an abbreviation's, else None."""
    org = next((w for w in words if w in vocab.ORGANISATION_WORDS), None)
    if org:
        return "organisation", f"the word '{org}' names an organisation"
    if len(words) == 1 and words[0] in vocab.PLACE_ACRONYMS:
        return "place", "a common abbreviation of a place"
    if len(words) == 1 and is_acronym(words[0]):
        if words[0] in vocab.ORGANISATION_ACRONYMS_NOT:
            return None, ""
        if person_title:
            return "person", f"written after the title '{person_title}'"
        return "organisation", "an abbreviation in capital letters"
    if len(words) > 1 and all(w.isupper() for w in words):
        return "other", "words in capital letters (a slogan or heading)"
    return None


def _place(words: list[str], person_title: str, first_is_name: bool) -> tuple[str, str] | None:
    """``(kind, rule)`` when a name is a place's, else None."""
    placeish = vocab.PLACE_NAMES | vocab.PLACE_ACRONYMS | vocab.PLACE_NAME_STARTS
    if all(w in placeish for w in words) and not (
        person_title and words[0] not in vocab.PLACE_NAME_STARTS
    ):
        return "place", "a known place name"
    if len(words) > 1 and words[0] in vocab.PLACE_NAME_STARTS:
        return "place", f"a place name starting with '{words[0]}'"
    if words[-1] in vocab.PLACE_WORDS and len(words) > 1:
        return "place", f"the word '{words[-1]}' names a place"
    if (
        words[-1] in vocab.PLACE_WORDS_WEAK
        and len(words) > 1
        and not first_is_name
        and not person_title
    ):
        return "place", f"the word '{words[-1]}' names a place"
    return None
