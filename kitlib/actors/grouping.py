"""Who is named in an article: find names, tell people from the rest, group mentions.

This is the engine behind :func:`kitlib.actors.people` and
:func:`kitlib.actors.names`; those two functions are the ones to use in a
lesson. It works on any English news text, with no list of the article's
actors made in advance, in three steps:

1. **Find runs of capitalised words** ("FBI Director James Comey",
   "Andrew McCarthy", "University of Texas School of Law"). A run may hold
   initials ("George W. Bush"), particles ("Bashar al-Assad", "Ludwig van
   Beethoven"), Mc/Mac/O' names, hyphens, and a suffix ("Jr."); a
   possessive "'s" is dropped.
2. **Decide what each run is.** Titles and descriptions in front become the
   *role* ("FBI Director"); words such as University, Department or House
   make an organisation, Street or County a place, Day, Act or Crisis an
   event, law or work (kind *other*); all-capital words (FBI, GOP) are
   organisations. A run is a *person* when a title stands before it
   ("Sen. Tim Kaine"), when its first word is on the list of first names
   (``data/names/first_names.csv``, from the nomquamgender package), or when
   it is two or more capitalised words that are not ordinary English words.
   Every row says which of these rules fired (``rule``).
3. **Group the mentions.** A surname alone ("McCarthy") belongs to the one
   person of that surname named in the article. When two people share it
   (Bill and Hillary Clinton), a bare "Clinton" goes to the one a title
   points to ("Mrs. Clinton"), else to the one the article names in full at
   least twice as often as the other (:data:`DOMINANCE`: the story is about
   her), else to the one last named in full in the same paragraph; otherwise
   it is counted as *ambiguous*, for nobody. A one-word name that is an
   ordinary word capitalised at the start of a sentence ("Federal", "News") or
   written in capitals ("ABSTRACT") is no name (:func:`is_name_word`).

Gender comes from a title (Mr., Mrs., Ms.), else from the first-name list
(when at least 90 % of the people with that first name are of one gender),
else from the pronouns that follow the person's mentions ("she", "his").

How far to trust it: its precision, recall and F1 on PolNeAR articles (2016 US
election news) that the rules were not written from, against the people Stanford
CoreNLP tagged, are in ``kitlib.evaluation.accuracy("people")`` (how they were
measured: ``benchmarks/RESULTS.md``, "Who is named").

>>> cast = find_cast("Bill Clinton met Hillary Clinton. Mrs. Clinton spoke first.")
>>> [p.name for p in cast.people]
['Bill Clinton', 'Hillary Clinton']
>>> cast.resolve("Clinton", at=len("Bill Clinton met Hillary Clinton. Mrs. "))
'Hillary Clinton'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from kitlib import vocab
from kitlib.actors.name_rules import (
    APPOSITION,
    COMMON_WORD_ZIPF,
    FIRST_NAME_MIN_COUNT,
    LONE_NAME_RULE,
    NEXT_WORD,
    NOT_FIRST_NAMES,
    POSSESSIVE,
    PRONOUN,
    RARE_WORD_ZIPF,
    TITLE_GENDER,
    TOKEN,
    Name,
    capitalised_runs,
    classify_run,
    first_name,
    is_acronym,
    is_shouted,
    is_title,
    normalise,
    sentence_start_offsets,
    split_on_non_names,
    word_tokens,
    word_zipf,
)

__all__ = [
    "Cast",
    "DOMINANCE",
    "FIRST_NAME_GENDER_SHARE",
    "GENDERS",
    "PRONOUN_SHARE",
    "PRONOUN_VOTES",
    "Person",
    "dominant_person",
    "find_cast",
    "is_name_word",
]

#: A person's gender as the kit can tell it.
GENDERS = ("female", "male", "unknown")

#: A first name tells the gender when at least this share of its bearers are of one gender.
FIRST_NAME_GENDER_SHARE = 0.9

#: A surname two people share goes to the one the article names in full at least this
#: many times as often as each of the others (Hillary Clinton named five times, Bill
#: Clinton once: a bare "Clinton" is Hillary Clinton).
DOMINANCE = 2

#: Pronouns tell the gender when there are at least this many and this share agree.
PRONOUN_VOTES = 2
PRONOUN_SHARE = 0.75


# --------------------------------------------------------------------------
# The results
# --------------------------------------------------------------------------


@dataclass
class Person:
    """One person named in an article, with every mention the kit gave them."""

    name: str
    first: str
    last: str
    rule: str
    role: str = ""
    gender: str = "unknown"
    gender_from: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    ambiguous: int = 0
    forms: set[str] = field(default_factory=set)
    title_genders: list[str] = field(default_factory=list)


@dataclass
class Cast:
    """Everyone named in one text, and where: what :func:`find_cast` returns.

    Attributes
    ----------
    text : str
        The text that was read (offsets point into it).
    people : list of Person
        In order of first mention.
    names : list of Name
        Every named entity found (people, organisations, places, other), in text order.
    links : list of (start, end, person index or -1, how)
        Every mention of a person; -1 marks a surname shared by two people
        that the kit could not resolve (``how`` is ``"ambiguous"``).
    """

    text: str
    people: list[Person]
    names: list[Name]
    links: list[tuple[int, int, int, str]]
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.links.sort()
        self._starts = [s for s, _, _, _ in self.links]

    def person_at(self, start: int, end: int) -> str | None:
        """The person a mention at ``start``-``end`` was linked to, or None."""
        i = bisect_right(self._starts, start) - 1
        while i >= 0 and self.links[i][1] > start - 200:
            s, e, who, _ = self.links[i]
            if s < end and start < e and who >= 0:
                return self.people[who].name
            i -= 1
        return None

    def resolve(self, mention: str, at: int | None = None, gender: str | None = None) -> str | None:
        """The person a mention refers to, or None when the kit cannot tell.

        Parameters
        ----------
        mention : str
            A name ("Hillary Clinton"), a surname or first name ("Clinton",
            "Melania"), with or without a title or possessive ("Mrs. Clinton's"),
            or a pronoun ("he", "she", "his", "her"). Plural pronouns ("they")
            give None: they refer to a group.
        at : int, optional
            Where the mention is in the text. A pronoun goes to the nearest
            person named before this offset whose gender fits; a surname shared
            by two people goes to the one the article names in full most often
            when one clearly dominates (:data:`DOMINANCE`), else to the one named
            last before it. Without ``at`` the end of the text is used.
        gender : str, optional
            ``"female"`` or ``"male"`` if the caller knows it (for a title).

        Returns
        -------
        str or None
            The person's full name as in ``people``.

        Examples
        --------
        >>> text = "Sen. Amy Park met John Reyes. She said he was late. Park left."
        >>> cast = find_cast(text)
        >>> cast.resolve("She", at=text.index("She")), cast.resolve("he", at=text.index("he was"))
        ('Amy Park', 'John Reyes')
        >>> cast.resolve("Park's"), cast.resolve("they") is None
        ('Amy Park', True)
        """
        if not isinstance(mention, str) or not self.people:
            return None
        at = len(self.text) if at is None else at
        words = [w for w in TOKEN.findall(mention)]
        words = [POSSESSIVE.sub("", w) for w in words]
        if len(words) == 1 and words[0].lower() in vocab.PERSON_PRONOUNS:
            wanted = vocab.PERSON_PRONOUNS[words[0].lower()]
            if wanted == "plural":
                return None
            return self._nearest(at, lambda p: p.gender == wanted) or self._nearest(
                at, lambda p: p.gender == "unknown", window=1
            )
        while len(words) > 1 and is_title(words[0]):
            if words[0].rstrip(".") in TITLE_GENDER or words[0] in TITLE_GENDER:
                gender = gender or TITLE_GENDER.get(words[0]) or TITLE_GENDER.get(words[0] + ".")
            words = words[1:]
        words = [w for w in words if w not in vocab.NAME_SUFFIXES]
        if not words:
            return None
        full = " ".join(words)
        for person in self.people:
            if full == person.name or full in person.forms:
                return person.name
        key = words[-1]
        candidates = [i for i, p in enumerate(self.people) if p.last == key]
        if not candidates and len(words) == 1:
            candidates = [i for i, p in enumerate(self.people) if p.first == key]
        if len(words) > 1:
            candidates = [i for i in candidates if self.people[i].first == words[0]] or candidates
        if gender in ("male", "female"):
            candidates = [i for i in candidates if self.people[i].gender in (gender, "unknown")]
        if len(candidates) == 1:
            return self.people[candidates[0]].name
        if candidates:
            full_names = Counter(who for _, _, who, how in self.links if how == "full name")
            dominant = dominant_person(candidates, full_names)
            if dominant is not None:
                return self.people[dominant].name
            chosen = set(candidates)
            return self._nearest(at, lambda p: self.people.index(p) in chosen)
        return None

    def _nearest(self, at: int, fits, window: int | None = None) -> str | None:
        i = bisect_right(self._starts, at) - 1
        seen = 0
        while i >= 0:
            s, e, who, _ = self.links[i]
            if who >= 0 and e <= at:
                seen += 1
                if fits(self.people[who]):
                    return self.people[who].name
                if window is not None and seen >= window:
                    return None
            i -= 1
        return None


# --------------------------------------------------------------------------
# Step 3: people and their mentions
# --------------------------------------------------------------------------


def _same_person(person: Person, words: tuple[str, ...]) -> bool:
    if person.last != words[-1]:
        return False
    first = words[0]
    if len(words) == 1:
        return True
    return (
        first == person.first
        or (len(first.rstrip(".")) == 1 and person.first.startswith(first.rstrip(".")))
        or (len(person.first.rstrip(".")) == 1 and first.startswith(person.first.rstrip(".")))
    )


def dominant_person(candidates: list[int], full_names: Counter) -> int | None:
    """The one of ``candidates`` (people sharing a surname) whom the article names in full
    at least :data:`DOMINANCE` times as often as each of the others, or None.

    >>> dominant_person([0, 1], Counter({0: 1, 1: 5}))
    1
    >>> dominant_person([0, 1], Counter({0: 2, 1: 3})) is None
    True
    """
    counts = sorted(((full_names.get(i, 0), i) for i in candidates), reverse=True)
    (top, who), (second, _) = counts[0], counts[1]
    return who if top >= DOMINANCE * max(second, 1) else None


def _speech_next_to(text: str, start: int, end: int) -> bool:
    """A lone word is a person when it says something ("Priebus said", "said Priebus"),
    has a campaign or aides ("the Obama administration"), or a description follows it.
    (A possessive in mid-sentence, "Lee's plan", also counts: see find_cast.)"""
    after = NEXT_WORD.match(text, end)
    if after and (
        after.group(1) in vocab.person_cues() or after.group(1) in vocab.PERSON_NOUNS_AFTER
    ):
        return True
    if APPOSITION.match(text, end):
        return True
    before = re.search(
        r"\b(said|says|told|asked|according to)[ \t\u00a0]+$", text[max(0, start - 20) : start]
    )
    return bool(before)


def is_name_word(found: Name, starts: set[int], alone: set[str]) -> bool:
    """Is a one-word organisation, place or other name really a name? Not when it is an
    ordinary word capitalised only because it starts a sentence ("Federal authorities
    said", "News of the deal"), nor an ordinary word written in capitals ("ABSTRACT"),
    unless the text also writes it alone as a name in mid-sentence (``alone``: "passed
    by Congress"). Longer names are names.

    >>> text = "Federal authorities said so. Congress agreed, and Congress voted."
    >>> [n.text for n in find_cast(text).names]
    ['Congress', 'Congress']
    """
    if len(found.words) != 1:
        return True
    word = found.words[0]
    if is_shouted(word):
        return word.capitalize() in alone  # "FACEBOOK." above a story that says "Facebook"
    if (
        found.start in starts
        and not is_acronym(word)
        and word_zipf(word.lower()) >= COMMON_WORD_ZIPF
    ):
        return word in alone
    return True


def find_cast(text: str, sentence_starts=()) -> Cast:
    """Find every name in a text and group the people's mentions.

    Parameters
    ----------
    text : str
        Plain text (offsets in the result point into it).
    sentence_starts : iterable of int, optional
        Where sentences start, if known (an :class:`~kitlib.articles.Article`'s
        sentence spans); line starts and words after ". " are found anyway.

    Returns
    -------
    Cast

    Examples
    --------
    >>> cast = find_cast("FBI Director James Comey spoke. Andrew McCarthy, a former prosecutor, "
    ...                  "said McCarthy's view was clear. Election Day is near.")
    >>> [(p.name, p.role, len(p.mentions)) for p in cast.people]
    [('James Comey', 'FBI Director', 1), ('Andrew McCarthy', 'a former prosecutor', 2)]
    >>> [(n.text, n.kind) for n in cast.names if n.kind != "person"]
    [('FBI', 'organisation'), ('Election Day', 'other')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_cast needs text (a str), not {type(text).__name__}.")
    original, text = text, text.replace("\r", "\n")  # a Windows line end is a line end
    tokens = word_tokens(text)
    starts = sentence_start_offsets(text, sentence_starts)
    names, singles = _names_in(text, tokens, starts)
    grouping = _Grouping(text, tokens, starts)
    pending = grouping.full_names(names)
    # then titled one-word names ("Mr. Trump") and lone words
    lone: list[tuple[int, int, str, Name | None]] = [
        (n.start, n.end, n.words[0], n) for n in pending
    ]
    lone += [(s, e, w, None) for s, e, w, _ in singles]
    lone.sort(key=lambda x: x[0])
    grouping.prepare_lone()
    for start, end, word, titled in lone:
        found = grouping.lone_name(start, end, word, titled)
        if found is not None:
            names.append(found)
    # lone surnames seen before the person was created (in text order) link too
    linked = {s for s, _, _, _ in grouping.links}
    names += [item for item in pending if item.start not in linked]
    people, links = _order(grouping.people, grouping.links)
    cast = Cast(original, people, sorted(names, key=lambda n: n.start), links)
    _genders(cast, tokens, starts)
    return cast


def _names_in(text: str, tokens, starts) -> tuple[list[Name], list[tuple[int, int, str, int]]]:
    """Every name of ``text`` in order, and the one-word capitalised words that may be
    names (start, end, word, token index), from its capitalised runs."""
    title_lines: dict[int, bool] = {}
    names: list[Name] = []
    singles: list[tuple[int, int, str, int]] = []  # start, end, word, token index
    classified = [
        (piece, found)
        for run in capitalised_runs(text, tokens)
        for piece in split_on_non_names(run, tokens)
        if (found := classify_run(text, tokens, piece, starts, title_lines)) is not None
    ]
    # one-word names written in the middle of a sentence ("passed by Congress")
    alone = {
        tokens[piece[0]][2]
        for piece, _ in classified
        if len(piece) == 1 and tokens[piece[0]][0] not in starts
    }
    for piece, found in classified:
        if found.kind == "single":
            idx = next(i for i in piece if tokens[i][0] == found.start)
            singles.append((found.start, found.end, found.words[0].replace("’", "'"), idx))
            continue
        if found.kind != "person" and not is_name_word(found, starts, alone):
            continue
        names.append(found)
        if found.role:
            names += _acronyms_in_role(tokens, piece, found)
    names.sort(key=lambda n: n.start)
    return names, singles


def _acronyms_in_role(tokens, piece, found: Name) -> list[Name]:
    """An organisation acronym inside a role ("FBI Director") is a name too."""
    acronyms = []
    for i in piece:
        s, e, w, _ = tokens[i]
        if s >= found.start:
            break
        if is_acronym(w) and w not in vocab.ORGANISATION_ACRONYMS_NOT:
            kind = "place" if w in vocab.PLACE_ACRONYMS else "organisation"
            acronyms.append(Name(w, s, e, kind, "an abbreviation in capital letters"))
    return acronyms


class _Grouping:
    """The people of one text as they are found: who has which surname and first name
    (indices into ``people``, in order, so that each mention looks only at the people
    it could be, not at everyone so far), and every mention's link to a person."""

    def __init__(self, text: str, tokens, starts) -> None:
        self.text, self.tokens, self.starts = text, tokens, starts
        self.people: list[Person] = []
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.links: list[tuple[int, int, int, str]] = []
        # capitalised words in the middle of a sentence ("the Obama administration")
        self.mid_sentence = {w for s, _, w, _ in tokens if w[0].isupper() and s not in starts}
        self.line_breaks = [m.start() for m in re.finditer("\n", text)]
        # filled by prepare_lone once the full names are linked
        self.full_starts: dict[int, list[int]] = {}  # each person's full names: where they start
        self.full_name_counts: Counter[int] = Counter()  # each person's full names: how many

    def add(self, person: Person) -> int:
        self.people.append(person)
        self.by_last.setdefault(person.last, []).append(len(self.people) - 1)
        self.by_first.setdefault(person.first, []).append(len(self.people) - 1)
        return len(self.people) - 1

    def full_names(self, names: list[Name]) -> list[Name]:
        """Link the full names (two or more words), in text order; return the one-word
        person names, left for later."""
        pending: list[Name] = []
        for item in names:
            if item.kind != "person":
                continue
            if len(item.words) == 1:
                pending.append(item)
                continue
            same = (
                i
                for i in self.by_last.get(item.words[-1], ())
                if _same_person(self.people[i], item.words)
            )
            who = next(same, -1)
            if who < 0:
                who = self.add(
                    Person(normalise(item.text), item.words[0], item.words[-1], item.rule)
                )
            person = self.people[who]
            if len(item.words) > len(person.name.split()):
                person.name = normalise(item.text)
            person.forms.add(" ".join(item.words))
            person.role = person.role or item.role
            if item.title_gender:
                person.title_genders.append(item.title_gender)
            self.links.append((item.start, item.end, who, "full name"))
        return pending

    def prepare_lone(self) -> None:
        """Note where each person's full names start and how many there are, once the
        full names are linked: lone words are read against them."""
        for s, _, who, _ in sorted(self.links):
            self.full_starts.setdefault(who, []).append(s)
        self.full_name_counts.update(who for _, _, who, _ in self.links)

    def candidates(self, start: int, word: str, gender: str) -> tuple[list[int], str]:
        """The people a lone word may be, narrowed as far as the text allows, and how."""
        candidates = list(self.by_last.get(word, ()))
        how = "surname"
        if not candidates:
            candidates = [
                i for i in self.by_first.get(word, ()) if len(self.people[i].name.split()) > 1
            ]
            how = "first name"
        if gender and len(candidates) > 1:
            fitting = [
                i for i in candidates if _gender_of(self.people[i])[0] in (gender, "unknown")
            ]
            candidates = fitting or candidates
        if len(candidates) > 1:
            dominant = dominant_person(candidates, self.full_name_counts)
            candidates = [dominant] if dominant is not None else candidates
        if len(candidates) > 1:
            candidates = self.named_last_in_paragraph(start, candidates)
        return candidates, how

    def named_last_in_paragraph(self, start: int, candidates: list[int]) -> list[int]:
        """The one of ``candidates`` whose full name came last in this paragraph, if any."""
        k = bisect_right(self.line_breaks, start - 1)
        paragraph_start = self.line_breaks[k - 1] + 1 if k else 0
        recent = []
        for who in candidates:
            at = self.full_starts.get(who, [])
            i = bisect_left(at, start)
            if i and at[i - 1] >= paragraph_start:
                recent.append((at[i - 1], who))
        return [max(recent)[1]] if recent else candidates

    def is_not_a_lone_person(self, start: int, end: int, word: str) -> bool:
        """An untitled lone word that names no one found: a common word, an organisation,
        a place, or a word that neither speaks nor owns anything here."""
        text, starts = self.text, self.starts
        return (
            word in NOT_FIRST_NAMES
            or word in vocab.ORGANISATION_WORDS
            or word in vocab.PLACE_WORDS
            or word in vocab.OTHER_NAME_WORDS
            or is_acronym(word)
            or any(part in NOT_FIRST_NAMES for part in word.split("-"))
            or (
                start in starts
                and word_zipf(word.lower()) >= RARE_WORD_ZIPF
                and word not in self.mid_sentence
            )
            or not (
                _speech_next_to(text, start, end)
                or (text[end : end + 2] in ("'s", "’s") and start not in starts)
            )
        )

    def lone_name(self, start: int, end: int, word: str, titled: Name | None) -> Name | None:
        """Link one lone word (titled or not) to a person, or make it a new person; the
        name to add to the cast's names when it is a new person, else None."""
        gender = titled.title_gender if titled is not None else ""
        candidates, how = self.candidates(start, word, gender)
        if len(candidates) == 1:
            who = candidates[0]
            if gender:
                self.people[who].title_genders.append(gender)
            self.links.append((start, end, who, how))
            return None
        if len(candidates) > 1:
            for who in candidates:
                self.people[who].ambiguous += 1
            self.links.append((start, end, -1, "ambiguous"))
            return None
        if titled is None and self.is_not_a_lone_person(start, end, word):
            return None
        rule = titled.rule if titled is not None else LONE_NAME_RULE
        self.add(Person(word, "", word, rule))
        person = self.people[-1]
        person.forms.add(word)
        self.links.append((start, end, len(self.people) - 1, "name"))
        if titled is None:
            return Name(word, start, end, "person", rule, words=(word,))
        person.role = titled.role
        if gender:
            person.title_genders.append(gender)
        return titled


def _order(people: list[Person], links: list) -> tuple[list[Person], list]:
    """Put people in order of first mention and drop anyone never linked."""
    first: dict[int, int] = {}
    for s, e, who, _ in sorted(links):
        if who >= 0:
            first.setdefault(who, s)
            people[who].mentions.append((s, e))
    order = sorted(first, key=lambda who: first[who])
    new_index = {old: new for new, old in enumerate(order)}
    links = [(s, e, new_index.get(who, -1), how) for s, e, who, how in links]
    return [people[i] for i in order], links


def _gender_of(person: Person) -> tuple[str, str]:
    if person.title_genders:
        counts = {g: person.title_genders.count(g) for g in set(person.title_genders)}
        best = max(counts, key=lambda g: counts[g])
        return best, "a title (Mr./Mrs./Ms.)"
    found = first_name(person.first) if person.first else None
    if found is not None and found[1] >= FIRST_NAME_MIN_COUNT:
        share, count = found
        if share >= FIRST_NAME_GENDER_SHARE:
            return (
                "female",
                f"first name '{person.first}' ({share:.0%} women on the first-name list)",
            )
        if share <= 1 - FIRST_NAME_GENDER_SHARE:
            return (
                "male",
                f"first name '{person.first}' ({1 - share:.0%} men on the first-name list)",
            )
    return "unknown", ""


def _genders(cast: Cast, tokens: list, starts: set[int]) -> None:
    """Fill in each person's gender: a title, the first-name list, then pronouns."""
    votes: list[dict[str, int]] = [{"female": 0, "male": 0} for _ in cast.people]
    sentence_bounds = sorted(starts)
    linked = [(s, who) for s, _, who, _ in cast.links if who >= 0]
    positions = [s for s, _ in linked]
    for match in PRONOUN.finditer(cast.text):
        start = match.start()
        gender = vocab.PERSON_PRONOUNS[match.group().lower()]
        k = bisect_right(sentence_bounds, start) - 1
        lo = sentence_bounds[k - 1] if k >= 1 else 0
        i = bisect_right(positions, start)
        window = {who for s, who in linked[max(0, i - 4) : i] if s >= lo}
        if len(window) == 1:
            votes[window.pop()][gender] += 1
    for person, vote in zip(cast.people, votes, strict=True):
        gender, source = _gender_of(person)
        if gender == "unknown":
            total = vote["female"] + vote["male"]
            best = max(vote, key=lambda g: vote[g])
            if total >= PRONOUN_VOTES and vote[best] >= PRONOUN_SHARE * total:
                words = "she/her" if best == "female" else "he/his"
                gender, source = (
                    best,
                    f"pronouns that follow the name ({words}, {vote[best]} times)",
                )
        person.gender, person.gender_from = gender, source
