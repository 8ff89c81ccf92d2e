"""Actors: who is in the story, how often, and how early?

An *actor* is a person, organisation or government that a news story
names. The kit keeps a table of the actors in the two bundled articles
(``data/actors.csv``): each actor's full name, the other ways the articles
write it (its *aliases*: "Pence", "Gov. Mike Pence", "the Indiana
governor"), a short role and the *camp* it belongs to.

>>> import kitlib
>>> from kitlib import actors
>>> actors.resolve("Gov. Mike Pence")
'Mike Pence'
>>> actors.resolve("Pence’s")
'Mike Pence'
>>> nbc, cnn = kitlib.load_pair()
>>> actors.find_mentions(nbc)["mention"].head(3).tolist()
['Republican Mike Pence', 'Donald Trump', 'Syria']

What the kit counts, and what it does not:

* Names and titles as written, matched case by case ("US" is the United
  States; "us" is not). The longest matching alias wins, and a title
  written just before a name of the same actor ("Republican vice
  presidential nominee Mike Pence") is one mention, not two.
* Pronouns ("he", "she", "his") are **not** resolved: a story that writes
  "Pence said ... he added" counts one mention of Pence. In the CNN text an
  automatic coreference resolver already replaced many pronouns with
  names, often wrongly ("Trump said Trump wanted"), so names appear there
  that the reporter never wrote. :func:`mentions` counts the mentions that
  fall inside such an artifact separately.
* Adjectives ("Russian attacks", "a Syrian safe zone") are not counted as
  mentions of a country. ``data/not_actors.csv`` lists the capitalised
  words that are deliberately not actors (places, party labels, adjectives).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from functools import cache

import pandas as pd

from kitlib import data, vocab
from kitlib.actors import grouping
from kitlib.actors.name_rules import POSSESSIVE, TOKEN
from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    as_article,
    correct_people,
    load_pair,
    with_article,
)
from kitlib.errors import WrongTableWarning
from kitlib.text import word_count

__all__ = [
    "ACTOR_COLUMNS",
    "APOSTROPHES",
    "CAMPS",
    "CAPITALISED_RUN",
    "FROM_ACTOR_TABLE",
    "KINDS",
    "MENTION_COLUMNS",
    "NAMES_COLUMNS",
    "PEOPLE_COLUMNS",
    "PER_WORDS",
    "STRIPPED_BEFORE_NAME",
    "SUMMARY_COLUMNS",
    "actor_table",
    "actor_table_fits",
    "cast",
    "find_mentions",
    "headline_people",
    "mentions",
    "mentions_by_camp",
    "mentions_by_paragraph",
    "named_actors",
    "names",
    "names_in_text",
    "people",
    "people_by_paragraph",
    "resolve",
    "resolve_person",
]

#: The camps an actor can belong to, in the order tables and plots show them.
CAMPS = (
    "Trump-Pence campaign",
    "Clinton-Kaine campaign",
    "Obama administration",
    "foreign governments",
    "others",
)

#: The kinds of actor.
KINDS = ("person", "organisation", "government")

#: Words that :func:`resolve` strips from the front of a mention, one at a time: every
#: title of the kit (:data:`kitlib.vocab.TITLES`), and "Vice", "former", "the".
STRIPPED_BEFORE_NAME = vocab.TITLES | {"Vice", "former", "Former", "the", "The"}

#: Characters that make a possessive: "Pence's" and "Pence’s".
APOSTROPHES = "'’"

#: The columns of :func:`find_mentions`.
MENTION_COLUMNS = ["article", "actor", "mention", "start", "end", "paragraph"]


# --------------------------------------------------------------------------
# The actor table
# --------------------------------------------------------------------------


@cache
def _read_table() -> pd.DataFrame:
    table = pd.read_csv(data.data_path("actors.csv"), dtype=str, keep_default_na=False)
    table["aliases"] = table["aliases"].map(
        lambda cell: [alias.strip() for alias in cell.split("|") if alias.strip()]
    )
    return table


def actor_table() -> pd.DataFrame:
    """The table of actors named in the bundled articles (``data/actors.csv``).

    Returns
    -------
    pandas.DataFrame
        One row per actor, with columns

        - ``actor``: the full, canonical name ("Mike Pence", "Russia").
        - ``kind``: ``person``, ``organisation`` or ``government``.
        - ``role``: a short phrase saying who the actor is.
        - ``camp``: one of :data:`CAMPS`.
        - ``gender``: ``male`` or ``female`` for persons (to read "he"/"she"),
          empty otherwise.
        - ``aliases``: a list of the ways the articles write the actor.

    Examples
    --------
    >>> table = actor_table()
    >>> table.loc[table["actor"] == "Mike Pence", "camp"].item()
    'Trump-Pence campaign'
    >>> "Indiana governor" in table.set_index("actor").loc["Mike Pence", "aliases"]
    True
    """
    table = _read_table().copy()
    table["aliases"] = table["aliases"].map(list)
    return table


@cache
def _alias_map() -> dict[str, str]:
    """``{alias: actor}`` for every alias and every canonical name."""
    mapping: dict[str, str] = {}
    for actor, aliases in zip(_read_table()["actor"], _read_table()["aliases"], strict=True):
        for alias in [actor, *aliases]:
            mapping.setdefault(alias, actor)
    return mapping


@cache
def _alias_pattern() -> re.Pattern:
    """One regular expression matching any alias as a whole word, longest first."""
    aliases = sorted(_alias_map(), key=lambda a: (-len(a), a))
    alternatives = "|".join(re.escape(alias) for alias in aliases)
    # (?<!\w) and (?!\w) are word edges that also work after "U.S." and before "'s".
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _strip_possessive(mention: str) -> str:
    for apostrophe in APOSTROPHES:
        if mention.endswith(apostrophe + "s"):
            return mention[:-2]
        if mention.endswith(apostrophe):
            return mention[:-1]
    return mention


def resolve(mention: str) -> str | None:
    """The actor a mention names, or None if the kit does not know it.

    Names are matched as written (capital letters matter). Titles such as
    "Sen.", "Gov." or "President" in front, and a possessive "'s" at the end,
    are ignored.

    Parameters
    ----------
    mention : str
        A name as it appears in a text, e.g. ``"Pence's"`` or ``"Sen. Tim Kaine"``.

    Returns
    -------
    str or None
        The canonical name from :func:`actor_table`, or None.

    Examples
    --------
    >>> resolve("the Indiana governor")
    'Mike Pence'
    >>> resolve("President Putin")
    'Vladimir Putin'
    >>> resolve("pence") is None
    True
    """
    if not isinstance(mention, str):
        return None
    aliases = _alias_map()
    current = " ".join(_strip_possessive(mention.strip()).split())
    while current:
        if current in aliases:
            return aliases[current]
        first, _, rest = current.partition(" ")
        if not rest or first not in STRIPPED_BEFORE_NAME:
            return None
        current = rest.strip()
    return None


# --------------------------------------------------------------------------
# Finding mentions in a text
# --------------------------------------------------------------------------


def _scan(text: str) -> list[tuple[str, int, int]]:
    """``(actor, start, end)`` for each mention in a plain string, in order."""
    aliases = _alias_map()
    found: list[list] = []
    for match in _alias_pattern().finditer(text):
        actor = aliases[match.group()]
        start, end = match.span()
        if found and found[-1][0] == actor and text[found[-1][2] : start].isspace():
            found[-1][2] = end  # "Republican Mike Pence": one mention, not two
            continue
        found.append([actor, start, end])
    return [tuple(item) for item in found]


def find_mentions(article: str | Article) -> pd.DataFrame:
    """Every place where the text names an actor from :func:`actor_table`.

    Pronouns are not resolved (see the module's notes). Where two aliases
    overlap, the longest wins; a title right before a name of the same
    actor joins it ("Republican vice presidential nominee Mike Pence" is
    one mention).

    Parameters
    ----------
    article : str or Article
        The article (plain text is cleaned first).

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order, with columns

        - ``actor``: the canonical name.
        - ``mention``: the words as written (without a possessive "'s").
        - ``start``, ``end``: character offsets into ``article.text``.
        - ``paragraph``: the paragraph number (0 is the first paragraph).

    Examples
    --------
    >>> table = find_mentions("Sen. Tim Kaine met Gov. Mike Pence. Kaine spoke first.")
    >>> table[["actor", "mention", "start"]]
            actor          mention  start
    0   Tim Kaine   Sen. Tim Kaine      0
    1  Mike Pence  Gov. Mike Pence     19
    2   Tim Kaine            Kaine     36
    """
    article = as_article(article)
    rows = [
        {
            "actor": actor,
            "mention": article.text[start:end],
            "start": start,
            "end": end,
            "paragraph": article.paragraph_number(start),
        }
        for actor, start, end in _scan(article.text)
    ]
    return with_article(
        pd.DataFrame(rows, columns=MENTION_COLUMNS).astype(
            {"start": int, "end": int, "paragraph": int}
        ),
        article,
    )


# --------------------------------------------------------------------------
# Who is talked about, how often, how early
# --------------------------------------------------------------------------

#: The columns of :func:`mentions`.
SUMMARY_COLUMNS = [
    "article", "actor", "kind", "camp", "mentions", "per_1000_words", "first_paragraph",
    "first_offset", "first_position_pct", "in_headline", "in_dek", "in_lead",
    "in_artifacts",
]  # fmt: skip

#: One mention in this many words is "one per thousand".
PER_WORDS = 1000

#: A word, as the readability module counts them (letters or digits, joined inside).


def _actors_in(text: str | None) -> set[str]:
    return {actor for actor, _, _ in _scan(text)} if text else set()


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def mentions(article: str | Article) -> pd.DataFrame:
    """Per actor: how often, how early, and whether in the headline, dek or lead.

    Only names and titles count (see :func:`find_mentions`). **Pronouns are
    not resolved**: "he" and "his" are not counted for anyone, so an actor
    the reporter calls "he" after the first mention looks less present than
    they are. In the CNN text the opposite happened: a coreference resolver
    wrote names where the reporter wrote pronouns ("Trump said Trump
    wanted"), so some of CNN's mentions are the machine's, not the
    reporter's. ``in_artifacts`` counts the mentions that fall inside a
    span listed in ``article.artifacts``; subtract it to see a cautious count.

    The actor table was written for the two bundled articles: for any other
    article this warns (:class:`~kitlib.errors.WrongTableWarning`) and points to
    :func:`people`, which finds people in any text.

    Parameters
    ----------
    article : str or Article

    Returns
    -------
    pandas.DataFrame
        One row per actor named at least once, in order of first mention.
        Columns: ``actor``; ``kind``; ``camp``; ``mentions`` (how many);
        ``per_1000_words``; ``first_paragraph`` (1 is the lead);
        ``first_offset`` (character position of the first mention);
        ``first_position_pct`` (the same as % of the article's length);
        ``in_headline``, ``in_dek``, ``in_lead`` (True/False: named in the
        headline, the dek or summary line under it, the first paragraph);
        ``in_artifacts`` (mentions inside a detected processing artifact).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = mentions(nbc)
    >>> first = table.iloc[0]
    >>> first["actor"], int(first["first_paragraph"]), bool(first["in_headline"])
    ('Mike Pence', 1, True)
    """
    article = as_article(article)
    if not actor_table_fits(article):
        warnings.warn(
            "The bundled actor table was written for the two bundled articles only; on "
            f"{article.name!r} it finds only the actors it lists. Use kitlib.actors.people() "
            "(people found in any text) instead.",
            WrongTableWarning,
            stacklevel=2,
        )
    found = find_mentions(article)
    table = actor_table().set_index("actor")
    words = word_count(article.text)
    headline = _actors_in(article.meta.get("headline"))
    dek = _actors_in(article.meta.get("dek"))
    lead = set(found.loc[found["paragraph"] == FIRST_PARAGRAPH, "actor"])
    spans = [(int(s), int(e)) for s, e in zip(article.artifacts["start"],
                                               article.artifacts["end"], strict=True)]  # fmt: skip
    rows = []
    for actor, group in found.groupby("actor", sort=False):
        first = group.iloc[0]
        rows.append(
            {
                "actor": actor,
                "kind": table.loc[actor, "kind"],
                "camp": table.loc[actor, "camp"],
                "mentions": len(group),
                "per_1000_words": PER_WORDS * len(group) / words if words else float("nan"),
                "first_paragraph": int(first["paragraph"]),
                "first_offset": int(first["start"]),
                "first_position_pct": 100 * int(first["start"]) / max(len(article.text), 1),
                "in_headline": actor in headline,
                "in_dek": actor in dek,
                "in_lead": actor in lead,
                "in_artifacts": sum(
                    _inside(spans, s, e) for s, e in zip(group["start"], group["end"], strict=True)
                ),
            }
        )
    result = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    return with_article(
        result.sort_values("first_offset", kind="stable").reset_index(drop=True), article
    )


def mentions_by_paragraph(article: str | Article) -> pd.DataFrame:
    """Mentions of each actor in each paragraph: the table behind the heat map.

    Every actor named at least once gets a row for every paragraph (zeros
    included), so the table is tidy and complete.

    Returns
    -------
    pandas.DataFrame
        Columns: ``article`` (its name), ``actor``, ``camp``, ``paragraph``
        (1 is the lead), ``mentions``. Actors are in order of first mention.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = mentions_by_paragraph(nbc)
    >>> int(table["mentions"].sum()) == len(find_mentions(nbc))
    True
    """
    article = as_article(article)
    found = find_mentions(article)
    order = list(dict.fromkeys(found["actor"]))
    camps = actor_table().set_index("actor")["camp"]
    counts = found.groupby(["actor", "paragraph"]).size()
    rows = [
        {
            "article": article.name,
            "actor": actor,
            "camp": camps[actor],
            "paragraph": paragraph,
            "mentions": int(counts.get((actor, paragraph), 0)),
        }
        for actor in order
        for paragraph in range(FIRST_PARAGRAPH, len(article.paragraph_spans) + FIRST_PARAGRAPH)
    ]
    return pd.DataFrame(rows, columns=["article", "actor", "camp", "paragraph", "mentions"])


def mentions_by_camp(article: str | Article) -> pd.DataFrame:
    """Mentions per camp, and each camp's share of all mentions.

    Returns
    -------
    pandas.DataFrame
        One row per camp in :data:`CAMPS` order. Columns: ``camp``,
        ``mentions``, ``share_pct``, ``actors`` (how many different actors).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> list(mentions_by_camp(nbc)["camp"]) == list(CAMPS)
    True
    """
    table = mentions(article)
    total = int(table["mentions"].sum())
    rows = []
    for camp in CAMPS:
        mine = table[table["camp"] == camp]
        count = int(mine["mentions"].sum())
        rows.append(
            {
                "camp": camp,
                "mentions": count,
                "share_pct": 100 * count / total if total else float("nan"),
                "actors": len(mine),
            }
        )
    return with_article(
        pd.DataFrame(rows, columns=["camp", "mentions", "share_pct", "actors"]), article
    )


# --------------------------------------------------------------------------
# Names in any text, by a simple rule (for articles the actor table does not know)
# --------------------------------------------------------------------------


#: A run of two or more capitalised words ("Helen Marsh", "Harbour Street").
CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)+\b")


def names_in_text(article) -> pd.DataFrame:
    """Names in a text found by a simple rule, for articles the kit's actor table does not know.

    The rule: a run of two or more capitalised words is a name ("Helen
    Marsh", "Harbour Street"); leading words such as "The" or "On" are
    dropped; later uses of the name's last word alone ("Marsh said") count
    as mentions too. It finds people, places and organisations alike, misses
    one-word names ("Brindlemoor") and does not resolve pronouns.

    Parameters
    ----------
    article : Article or str

    Returns
    -------
    pandas.DataFrame
        One row per name, in order of first mention: ``actor`` (the first
        full form found), ``mentions`` (uses of its last word),
        ``first_paragraph`` (1 is the lead), ``in_headline``, ``in_lead``.

    >>> names_in_text("Council leader Helen Marsh spoke.\\n\\nMarsh said no.")["mentions"].tolist()
    [2]
    """
    article = as_article(article)
    text = article.text
    found: dict[str, str] = {}
    for match in CAPITALISED_RUN.finditer(text):
        words = re.split(r"\s+", match.group())
        while words and words[0] in vocab.NOT_NAMES:
            words = words[1:]
        while words and words[-1] in vocab.NOT_NAMES:  # "Longwood University Tuesday"
            words = words[:-1]
        if len(words) >= 2:
            found.setdefault(words[-1], " ".join(words))
    headline = article.meta.get("headline") or ""
    rows = []
    for last, full in found.items():
        uses = [m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", text)]
        first = article.paragraph_of(uses[0])
        rows.append(
            {
                "actor": full,
                "mentions": len(uses),
                "first_paragraph": first + FIRST_PARAGRAPH,
                "first_offset": uses[0],
                "in_headline": bool(re.search(rf"\b{re.escape(last)}\b", headline)),
                "in_lead": first == 0,
            }
        )
    table = pd.DataFrame(
        rows,
        columns=["actor", "mentions", "first_paragraph", "first_offset", "in_headline", "in_lead"],
    )
    return with_article(
        table.sort_values("first_offset", kind="stable").reset_index(drop=True), article
    )


@cache
def _bundled_texts() -> frozenset[str]:
    return frozenset(article.raw for article in load_pair())


def actor_table_fits(article) -> bool:
    """True only for the two bundled articles, the ones the actor table was made for.

    The actor table (``data/actors.csv``) was written for the bundled NBC and
    CNN articles. It is not used for any other text, even one about the same
    election: there it would silently drop everyone it does not know. Other
    articles get :func:`people` and :func:`names`, found by rule; pass the
    table explicitly (:func:`mentions`) to use it anyway.

    >>> import kitlib
    >>> [actor_table_fits(a) for a in kitlib.load_pair()]
    [True, True]
    >>> actor_table_fits("Gov. Mike Pence spoke in Farmville, Virginia.")
    False
    """
    article = as_article(article)
    return article.raw in _bundled_texts()


# --------------------------------------------------------------------------
# Any article: people and names found by rule (kitlib.actors.grouping)
# --------------------------------------------------------------------------

#: The columns of :func:`people`.
PEOPLE_COLUMNS = [
    "article", "name", "role", "mentions", "ambiguous_mentions", "first_paragraph", "first_offset",
    "in_headline", "in_lead", "gender", "gender_from", "rule",
]  # fmt: skip

#: The columns of :func:`names`.
NAMES_COLUMNS = [
    "article", "name", "kind", "mentions", "first_paragraph", "first_offset", "in_headline",
    "in_lead", "rule",
]  # fmt: skip


def cast(article: str | Article):
    """Everyone named in the article and every mention of each person, ready to resolve.

    Build it once per article, then ask it as often as needed: the quotes
    module uses it to tell who "he", "she" or a bare "Clinton" is.

    Returns
    -------
    kitlib.actors.grouping.Cast
        ``people`` (in order of first mention), ``names`` (every named
        entity), ``links`` (every mention of a person, with offsets into
        ``article.text``), and the methods ``resolve(mention, at=None,
        gender=None)`` and ``person_at(start, end)``.

    Examples
    --------
    >>> text = "Sen. Amy Park met Bill Clinton and Hillary Clinton. She said he was late."
    >>> found = cast(text)
    >>> found.resolve("She", at=text.index("She")), found.resolve("he", at=text.index("he was"))
    ('Hillary Clinton', 'Bill Clinton')
    >>> found.resolve("Clinton", at=text.index("She")), found.resolve("Mr. Clinton")
    ('Hillary Clinton', 'Bill Clinton')
    >>> found.resolve("they") is None
    True
    """
    article = as_article(article)
    return grouping.find_cast(article.text, [s for _, s, _ in article.sentence_spans])


def resolve_person(article: str | Article, mention: str, *, at: int | None = None) -> str | None:
    """The person a mention in the article refers to (a name, surname or pronoun), or None.

    A one-off question; to ask many, build :func:`cast` once and call its
    ``resolve`` method. A pronoun goes to the nearest person named before
    ``at`` whose gender fits; a surname two people share goes to the one named
    last before ``at``; "they" gives None.

    >>> text = "Andrew McCarthy, a former prosecutor, spoke. McCarthy said he was sure."
    >>> resolve_person(text, "he", at=text.index("he was")), resolve_person(text, "McCarthy's")
    ('Andrew McCarthy', 'Andrew McCarthy')
    """
    return cast(article).resolve(mention, at=at)


_cast = cast


def _words(text: str) -> list[str]:
    """The words of a name or headline, apostrophes straight, possessives dropped."""
    return [POSSESSIVE.sub("", w) for w in TOKEN.findall(text.replace("’", "'"))]


def _headline_words(article: Article) -> str:
    """The headline's words, padded so whole names can be looked up ("Sanders." and
    "Sanders's" are "Sanders")."""
    return " " + " ".join(_words(article.meta.get("headline") or "")) + " "


def _in_headline(headline: str, name: str) -> bool:
    words = " ".join(_words(name))
    return bool(words) and f" {words} " in headline


def headline_people(article: str | Article, found=None) -> list[str]:
    r"""The people of :func:`people` whom the headline names, in the headline's order.

    A person is named by the full name, by the surname (a surname two people share goes
    to the one the article names most, as in the text; see
    :func:`kitlib.actors.grouping.dominant_person`), or by a first name no one else in
    the article has ("Hillary").

    Parameters
    ----------
    article : str or Article
    found : kitlib.actors.grouping.Cast, optional
        The article's :func:`cast`, if already built.

    Examples
    --------
    >>> text = ("Bill Clinton: Hillary is ready to lead.\n\nFormer President Bill Clinton "
    ...         "praised Hillary Clinton on Tuesday. Hillary Clinton thanked him. Hillary "
    ...         "Clinton said, and Clinton smiled.")
    >>> headline_people(text)
    ['Bill Clinton', 'Hillary Clinton']
    """
    article = as_article(article)
    found = found if found is not None else cast(article)
    words = _words(article.meta.get("headline") or "")
    if not words or not found.people:
        return []
    full_names = Counter(who for _, _, who, how in found.links if how == "full name")
    named: dict[int, int] = {}  # person -> first word index in the headline
    used: set[int] = set()
    for who, person in enumerate(found.people):
        forms = sorted({tuple(f.split()) for f in person.forms | {person.name}}, key=len)
        for form in reversed([f for f in forms if len(f) > 1]):
            for i in range(len(words) - len(form) + 1):
                if tuple(words[i : i + len(form)]) == form:
                    named.setdefault(who, i)
                    used.update(range(i, i + len(form)))
    for i, word in enumerate(words):
        if i in used:
            continue
        same_last = [w for w, p in enumerate(found.people) if p.last == word]
        if len(same_last) > 1:
            same_last = [
                w for w in [grouping.dominant_person(same_last, full_names)] if w is not None
            ]
        same_first = [
            w for w, p in enumerate(found.people) if p.first == word and len(p.name.split()) > 1
        ]
        for who in same_last or (same_first if len(same_first) == 1 else []):
            named.setdefault(who, i)
    return [found.people[who].name for who in sorted(named, key=lambda w: named[w])]


def people(article: str | Article) -> pd.DataFrame:
    """One row per person named in the article, in order of first mention.

    Works on any English news text: names are found by rule (see
    :mod:`kitlib.actors.grouping`), not looked up in the bundled actor table. Each row
    says which rule made it a person, so a student can check it by eye.

    Parameters
    ----------
    article : str or Article
        The article (plain text is cleaned first).

    Returns
    -------
    pandas.DataFrame
        Columns:

        - ``name``: the fullest form of the name seen, titles removed ("James Comey").
        - ``role``: the title or description the article gives ("FBI Director",
          "a former prosecutor"); empty if none.
        - ``mentions``: how many times the person is named (full name, surname
          or first name; pronouns are not counted).
        - ``ambiguous_mentions``: bare surnames that could be this person or
          another of the same surname (Bill or Hillary Clinton) and that the
          kit could not resolve; they are not in ``mentions``.
        - ``first_paragraph``: paragraph of the first mention (1 is the lead, as in
          every table of the kit).
        - ``first_offset``: character offset of the first mention.
        - ``in_headline``, ``in_lead``: named in the headline (``meta["headline"]``, see
          :func:`headline_people`) / in the first paragraph.
        - ``gender``: ``female``, ``male`` or ``unknown``; ``gender_from`` says from what.
        - ``rule``: why the kit took this to be a person.

    Examples
    --------
    >>> table = people("FBI Director James Comey wrote to Congress. Comey said he acted alone.")
    >>> table[["name", "role", "mentions", "gender"]]
              name          role  mentions gender
    0  James Comey  FBI Director         2   male
    """
    article = as_article(article)
    cast = _cast(article)
    in_headline = set(headline_people(article, cast))
    rows = []
    for person in cast.people:
        first = person.mentions[0][0]
        paragraphs = {article.paragraph_of(s) for s, _ in person.mentions}
        rows.append(
            {
                "name": person.name,
                "role": person.role,
                "mentions": len(person.mentions),
                "ambiguous_mentions": person.ambiguous,
                "first_paragraph": article.paragraph_of(first) + FIRST_PARAGRAPH,
                "first_offset": first,
                "in_headline": person.name in in_headline,
                "in_lead": 0 in paragraphs,
                "gender": person.gender,
                "gender_from": person.gender_from,
                "rule": person.rule,
            }
        )
    table = pd.DataFrame(rows, columns=PEOPLE_COLUMNS)
    if table.empty:  # with rows, pandas already makes the counts integers
        table = table.astype(
            {"mentions": int, "ambiguous_mentions": int, "first_paragraph": int,
             "first_offset": int, "in_headline": bool, "in_lead": bool}
        )  # fmt: skip
    return with_article(correct_people(table, article), article)  # a corrections file's


def names(article: str | Article) -> pd.DataFrame:
    """Every named entity in the article: people, organisations, places and other names.

    People are grouped as in :func:`people` (one row each); other names are
    grouped by their exact words ("FBI", "White House").

    Parameters
    ----------
    article : str or Article

    Returns
    -------
    pandas.DataFrame
        One row per entity in order of first mention. Columns: ``name``,
        ``kind`` (``person``, ``organisation``, ``place`` or ``other``: events,
        laws, works, groups), ``mentions``, ``first_paragraph``,
        ``first_offset``, ``in_headline``, ``in_lead``, ``rule``.

    Examples
    --------
    >>> table = names("The White House said Election Day is Nov. 8. Gov. Mike Pence agreed.")
    >>> table[["name", "kind"]].values.tolist()
    [['White House', 'organisation'], ['Election Day', 'other'], ['Mike Pence', 'person']]
    """
    article = as_article(article)
    cast = _cast(article)
    headline = _headline_words(article)
    in_headline = set(headline_people(article, cast))
    rows: dict[tuple[str, str], dict] = {}
    for person in cast.people:
        first = person.mentions[0][0]
        rows[("person", person.name)] = {
            "name": person.name, "kind": "person", "mentions": len(person.mentions),
            "first_paragraph": article.paragraph_of(first) + FIRST_PARAGRAPH,
            "first_offset": first,
            "in_headline": person.name in in_headline,
            "in_lead": any(article.paragraph_of(s) == 0 for s, _ in person.mentions),
            "rule": person.rule,
        }  # fmt: skip
    for item in cast.names:
        if item.kind == "person":
            continue
        key = (item.kind, item.text)
        paragraph = article.paragraph_of(item.start)
        if key in rows:
            rows[key]["mentions"] += 1
            rows[key]["in_lead"] = rows[key]["in_lead"] or paragraph == 0
            continue
        rows[key] = {
            "name": item.text, "kind": item.kind, "mentions": 1,
            "first_paragraph": paragraph + FIRST_PARAGRAPH,
            "first_offset": item.start, "in_headline": _in_headline(headline, item.text),
            "in_lead": paragraph == 0, "rule": item.rule,
        }  # fmt: skip
    table = pd.DataFrame(list(rows.values()), columns=NAMES_COLUMNS)
    if table.empty:
        table = table.astype(
            {"mentions": int, "first_paragraph": int, "first_offset": int,
             "in_headline": bool, "in_lead": bool}
        )  # fmt: skip
    return with_article(
        table.sort_values("first_offset", kind="stable").reset_index(drop=True), article
    )


def people_by_paragraph(article: str | Article) -> pd.DataFrame:
    """Mentions of each person in each paragraph, for any article: the table behind a heat map.

    The same shape as :func:`mentions_by_paragraph` (so
    :func:`kitlib.plots.actor_heatmap` draws it), with people found by
    :func:`people` instead of the bundled actor table; ``camp`` is empty.

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``actor`` (the person's name), ``camp``,
        ``paragraph`` (1 is the lead), ``mentions``. People are in order of
        first mention; every paragraph has a row, zeros included.

    Examples
    --------
    >>> table = people_by_paragraph("Gov. Mike Pence spoke.\\n\\nPence left. Pence waved.")
    >>> table[["actor", "paragraph", "mentions"]].values.tolist()
    [['Mike Pence', 1, 1], ['Mike Pence', 2, 2]]
    """
    article = as_article(article)
    found = cast(article)
    paragraphs = range(FIRST_PARAGRAPH, len(article.paragraph_spans) + FIRST_PARAGRAPH)
    rows = []
    for person in found.people:
        counts: dict[int, int] = {}
        for start, _ in person.mentions:
            number = article.paragraph_of(start) + FIRST_PARAGRAPH
            counts[number] = counts.get(number, 0) + 1
        rows += [
            {"article": article.name, "actor": person.name, "camp": "", "paragraph": p,
             "mentions": counts.get(p, 0)}
            for p in paragraphs
        ]  # fmt: skip
    return pd.DataFrame(rows, columns=["article", "actor", "camp", "paragraph", "mentions"])


# --------------------------------------------------------------------------
# The one actor finder of the report, batch, lessons and command line
# --------------------------------------------------------------------------

#: The columns of :func:`named_actors`.
ACTOR_COLUMNS = [
    "article", "actor", "kind", "mentions", "first_paragraph", "first_offset", "in_headline",
    "in_lead", "rule",
]  # fmt: skip

#: The ``rule`` of a row found in the bundled actor table.
FROM_ACTOR_TABLE = "listed in the kit's actor table (data/actors.csv)"


def named_actors(article: str | Article) -> pd.DataFrame:
    """The actors of one article, found the way the report and the batch table find them.

    For the two bundled articles (:func:`actor_table_fits`), the bundled actor
    table (:func:`mentions`), which was written for them; for any other text, the
    people and organisations of :func:`names`, found by rule, each surname credited
    to the person the text means (:func:`cast`). The outlet's own name (a "(CNN) --"
    dateline) is not an actor in its story and is left out.

    Returns
    -------
    pandas.DataFrame
        One row per actor in order of first mention. Columns: ``article``,
        ``actor``, ``kind``, ``mentions``, ``first_paragraph`` (1 is the lead),
        ``first_offset``, ``in_headline``, ``in_lead``, ``rule`` (why it is an actor).

    Examples
    --------
    >>> text = "Donna Brazile met Jake Tapper at CNN. Brazile said Tapper was fair."
    >>> named_actors(text)[["actor", "kind", "mentions"]].values.tolist()
    [['Donna Brazile', 'person', 2], ['Jake Tapper', 'person', 2], ['CNN', 'organisation', 1]]
    >>> named_actors(text.replace("CNN", "the network")).shape[0]
    2
    """
    article = as_article(article)
    if actor_table_fits(article):
        table = mentions(article).assign(rule=FROM_ACTOR_TABLE)
    else:
        table = names(article).query("kind in ('person', 'organisation')")
        table = table.rename(columns={"name": "actor"})
    outlet = article.meta.get("outlet") or ""
    table = table[table["actor"] != outlet].reset_index(drop=True)
    table = correct_people(table, article, column="actor")  # a corrections file's
    return with_article(table.drop(columns="article", errors="ignore"), article)[ACTOR_COLUMNS]
