"""Quotes: who gets to speak, in whose words, and how the reporter introduces them.

>>> table = find_quotes('"We will win," Jane Smith said. "It is time."')
>>> table[["quote", "speaker", "cue", "kind", "rule"]]
         quote     speaker   cue  kind                          rule
0  We will win  Jane Smith  said  full           speaker after quote
1  It is time.  Jane Smith        full  continues previous quotation

How the kit reads a text, step by step (each step is a rule you can check):

1. **Find the quotation marks** and pair them within each paragraph
   (:mod:`kitlib.quotes.marks`). Straight ``"``, curly ``“ ”`` and two
   apostrophes ``''`` count; single ``‘ ’`` count in a text that quotes
   with them (British style), and nowhere else. A
   quotation left open at the end of a paragraph runs to the paragraph's
   end (news style for a quotation that goes on in the next paragraph), and
   when the next paragraph opens with a quotation mark and names no speaker
   of its own, the two are one quotation: one row, as a reader counts it.
2. **Titles and scare quotes** ("Morning Joe", a so-called "reform") are
   not anybody's words: they are left out, or listed with kind
   ``title/scare`` and no speaker when you ask ``find_quotes(…, titles=True)``.
3. **Find the speaker** with the first rule that applies (see :data:`RULES`
   and :mod:`kitlib.quotes.rules`), in the words around the quotation found
   by :mod:`kitlib.quotes.phrases` (speech verbs and possible speakers).
4. **Resolve the speaker** to a full name: from the actor table
   (:mod:`kitlib.actors`), else from the article's own first full mention
   ("Jane Smith" for a later "Smith"); "he"/"she" goes to the most recent
   person of that gender (never to one the kit knows is of the other);
   "a Trump aide" is an *anonymous* source.

The rules are general rules of English news writing, written on PolNeAR's
training articles and tested on invented sentences (``tests/test_quotes.py``,
``tests/test_quotes_rules.py``); :func:`kitlib.evaluation.evaluate` measures
them against hand annotation (``data/annotations/quotes_gold.csv``), and
``benchmarks/RESULTS.md`` on real news they were not written from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kitlib import vocab
from kitlib.actors import tables as actors
from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    artifacts,
    as_article,
    as_articles,
    correct_speakers,
    looks_like_path,
    unique_names,
    with_article,
)
from kitlib.errors import KitError
from kitlib.quotes import phrases
from kitlib.quotes.choosing import (
    CHECK_BELOW,
    FEATURES,
    NAME_BELOW,
    Candidate,
    as_written,
    candidates,
    choose_with_shares,
    contributions,
    guessed_name,
    speaker_weights,
)
from kitlib.quotes.marks import WHOLE_SENTENCE, Quotation
from kitlib.quotes.reading import Decision, Reading, strip_titles
from kitlib.quotes.resolving import Resolver, actor_info
from kitlib.quotes.rules import outer_source, rule_transcript_line
from kitlib.text import split_paragraphs, word_count

__all__ = [
    "ARTIFACT_REACH",
    "FRAGMENT_WORDS",
    "KINDS",
    "NEUTRAL_CUES",
    "NOT_NAMED",
    "NO_SPEAKER",
    "QUOTE_COLUMNS",
    "SCARE_QUOTE_WORDS",
    "TITLE_MAX_WORDS",
    "UNNAMED",
    "attribution_verbs",
    "camp_of",
    "explain",
    "find_quotes",
    "naive_quotes",
    "quote_share",
    "quote_speakers",
    "speaker_candidates",
    "spoken_quotations",
]

#: The columns of :func:`find_quotes`.
QUOTE_COLUMNS = [
    "article",
    "quote",
    "start",
    "end",
    "speaker",
    "speakers",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "kind",
    "paragraph",
    "anonymous",
    "rule",
    "speaker_kind",
    "best_guess",
    "outer_source",
    "confidence",
    "check_by_hand",
    "features",
    "artifact_flag",
]

#: Kinds of quoted string.
KINDS = ("full", "partial", "fragment", "title/scare")

#: A quotation of at most this many words is a *fragment* ("sad", "positive thing").
FRAGMENT_WORDS = 2

#: Without any speech verb near it, a quoted string this short is read as scare quotes.
SCARE_QUOTE_WORDS = 3

#: A quoted string of at most this many words in Title Case can be a title.
TITLE_MAX_WORDS = 7


# --------------------------------------------------------------------------
# Steps 2 and 3: titles, and finding the speaker
# --------------------------------------------------------------------------


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def _looks_like_title(text: str, quote: str, open_pos: int, close_end: int) -> bool:
    quote = re.sub(r"[.,]$", "", quote.strip())  # "Morning Joe." (US style: stop inside)
    words = re.findall(r"[\w’'-]+", quote)
    if not words or len(words) > TITLE_MAX_WORDS or re.search(r"[.?!,;:]$", quote):
        return False
    if not all(w[0].isupper() or w.lower() in vocab.TITLE_SMALL_WORDS for w in words):
        return False
    if not words[0][0].isupper():
        return False
    before = re.findall(r"[\w’'.-]+", text[max(0, open_pos - 40) : open_pos])[-2:]
    after = re.findall(r"[\w’'-]+", text[close_end : close_end + 20])[:1]
    possessive = bool(before) and re.search(r"[’']s?$", before[-1]) is not None
    return (
        possessive
        or any(w.lower() in vocab.TITLE_CUES for w in before)
        or any(w.lower() in vocab.TITLE_CUES for w in after)
    )


def _is_scare_quote(text: str, open_pos: int) -> bool:
    return re.search(r"so[- ]called\s*$", text[max(0, open_pos - 12) : open_pos], re.I) is not None


# --------------------------------------------------------------------------
# The public functions
# --------------------------------------------------------------------------


def _kind(q: Quotation, quote: str, previous: tuple[Quotation, str] | None, outside: str) -> str:
    """The quotation's kind; ``previous`` is the quotation before and its kind."""
    if _word_count(quote) <= FRAGMENT_WORDS:
        return "fragment"
    first = re.search(r"[A-Za-z]", quote)
    if first and first.group().isupper():
        return "full"
    if (
        previous is not None
        and previous[1] == "full"
        and previous[0].paragraph == q.paragraph
        and previous[0].raw.rstrip().endswith(",")
        and re.fullmatch(r"[^.?!\u2591]*,\s*", outside[previous[0].close_end : q.open])
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


#: How far before a quotation or its speaker's mention an artifact can start and still
#: touch the row.
ARTIFACT_REACH = 2000


class _ArtifactIndex:
    """The artifacts of one text, sorted, so each quotation looks only at those near it
    (bisect, not a loop over every artifact: one long paragraph stays linear)."""

    def __init__(self, artifacts: list):
        spans = sorted(
            (a for a in artifacts if a.kind != "unbalanced_quote_marks"), key=lambda a: a.start
        )
        self.spans, self.span_starts = spans, [a.start for a in spans]
        self.unbalanced = sorted(a.start for a in artifacts if a.kind == "unbalanced_quote_marks")

    def near(self, lo: int, hi: int) -> list:
        """Artifacts (not unbalanced marks) starting in ``[lo - ARTIFACT_REACH, hi)``."""
        i = bisect.bisect_left(self.span_starts, lo - ARTIFACT_REACH)
        return self.spans[i : bisect.bisect_left(self.span_starts, hi)]

    def unbalanced_in(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.unbalanced, lo)
        return i < len(self.unbalanced) and self.unbalanced[i] < hi


def _artifact_flag(index: _ArtifactIndex, row: dict, q: Quotation) -> str:
    """Why to check a row by hand: its speaker's mention or its words in an artifact."""
    s_start, s_end = row["speaker_start"], row["speaker_end"]
    lo = min(row["start"], q.open, s_start if s_start is not None else q.open)
    hi = max(row["end"], q.close_end, s_end if s_end is not None else q.close_end)
    notes = []
    for a in index.near(lo, hi):
        if a.kind in ("dropped_words", "coreference_substitution"):
            if s_start is not None and a.start < s_end and s_start < a.end:
                notes.append(f"speaker mention inside {a.kind}")
            elif a.start < row["end"] and row["start"] < a.end:
                notes.append(f"quoted words contain {a.kind}")
        elif a.kind == "mismatched_quote_marks" and q.open <= a.start < q.close_end:
            notes.append("quotation marks do not match")
    if index.unbalanced_in(row["_lo"], row["_hi"]):
        notes.append("quotation marks in this paragraph do not pair up")
    return "; ".join(dict.fromkeys(notes))


def find_quotes(
    article: str | Article, *, titles: bool = False, weights: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Every quotation in a text, with its speaker and the rule that found the speaker.

    Parameters
    ----------
    article : Article or str
        An :class:`~kitlib.articles.Article` (offsets are into ``article.text``)
        or any string. Unlike the other analyses, a string here is always the
        text itself, read as it is, never cleaned or loaded as a file, so the
        offsets are into that same string (paragraphs are separated by blank
        lines, or one per line).
    titles : bool, default False
        Also list the quoted words that are nobody's speech: titles of shows,
        books and films, nicknames and scare quotes (kind ``title/scare``, no
        speaker). They are left out by default, because they are not
        quotations: counting them would add rows with no speaker to every
        count of who is quoted.
    weights : mapping of str to float, optional
        The chooser's weights (default: the shipped ones). Give
        :data:`kitlib.quotes.RULES_ONLY` to see the rules' own choices.

    Returns
    -------
    pandas.DataFrame
        One row per quoted string, in reading order (a quotation that runs
        over several paragraphs is one row), with columns

        - ``quote``: the quoted words (without the marks; a comma that
          belongs to the reporter's sentence is left out; a quotation over
          several paragraphs keeps the paragraph breaks and the marks that
          open its later paragraphs).
        - ``start``, ``end``: character offsets, so ``text[start:end] == quote``.
        - ``speaker``: the resolved person or organisation, by full name
          ("Mike Pence" for "Pence" or "he"); the description itself when
          the text names nobody ("a Trump aide", "the report"); for a joint
          attribution all of them ("Ann Lee and Tom Ray"); None when the kit
          found no speaker (it does not guess).
        - ``speakers``: a list of every speaker: one name, or several for a
          joint attribution ("Cummings and Conyers wrote"); empty if none.
          :func:`quote_share` says how a joint quotation is counted.
        - ``speaker_mention``, ``speaker_start``, ``speaker_end``: the words
          the attribution rests on ("Pence", "he", "The aide", "who") and
          where they are, so ``text[speaker_start:speaker_end] ==
          speaker_mention``. For a quotation that continues an earlier one,
          the earlier mention. None only when no speaker was found.
        - ``cue``: the attribution words as written ("said", "told",
          "described … as", "according to", ":" or "—").
        - ``kind``: speech is ``full`` (a whole sentence), ``partial`` (words
          woven into the reporter's sentence) or ``fragment`` (one or two
          words); with ``titles=True``, ``title/scare`` marks what is not
          speech (a title of a show, book or film, a nickname, or scare
          quotes: nobody's words), which never gets a speaker.
        - ``paragraph``: the paragraph number, from 0 (of its first
          paragraph).
        - ``anonymous``: True for sources that are not named ("a Trump aide").
        - ``rule``: which rule in :data:`RULES` proposed the speaker that was
          chosen (each is a function in :mod:`kitlib.quotes.rules`;
          ``benchmarks/RESULTS.md`` says how often each is right on news it
          was not written from).
        - ``speaker_kind``: what the speaker is: ``person``, ``organisation``,
          ``place`` or ``other`` (as the names table, :func:`kitlib.actors.names`,
          takes the name), ``name`` (a name that table did not find),
          ``source`` (a description such as "a Trump aide"), ``group``
          (several people), ``writer`` (the article's own "I"),
          ``unresolved`` (a "he" or "they" the kit could not name),
          ``unsure`` (a "he" or a description the kit will not put a name
          on: see ``best_guess``) or ``none``.
        - ``best_guess``: for a speaker reached through a pronoun or a
          description ("he said", "the senator said"), the person the kit
          takes it for; None when the mention is the name itself. When the
          kit's confidence in that person is under
          :data:`kitlib.quotes.NAME_BELOW` (0.5: more likely wrong than
          right) the name is not shown: ``speaker`` is the mention as written
          ("he", "the senator"), ``speaker_kind`` is ``unsure``, and the row
          is marked ``check_by_hand``. Counts of speakers
          (:func:`quote_share`, :func:`quote_speakers`, the report) put these
          rows together under :data:`NOT_NAMED`, never as a person "he".
        - ``outer_source``: who reports the speaker's words, when the sentence
          says so ('"…," the judge said, according to *the Post*'); "" if
          nobody. The speaker is the one quoted (the judge).
        - ``confidence``: the chooser's probability, from 0 to 1, that the
          speaker is right (:mod:`kitlib.quotes.choosing`): the probabilities
          of every candidate that gives that name, added up (a name reached
          through "he" and through the name itself); empty when no speaker
          was found.
        - ``check_by_hand``: True when the kit found no speaker, or gives
          its speaker a confidence of :data:`kitlib.quotes.CHECK_BELOW` or
          less: read these rows yourself.
        - ``features``: the features that weighed most in the chooser's
          choice, with their weights ("spoke the previous quotation +1.20").
        - ``artifact_flag``: why to check this row by hand (the speaker's
          mention or the quoted words lie in a detected artifact, see
          :mod:`kitlib.articles.artifacts`), or "".

    Examples
    --------
    >>> find_quotes('Critics called it “sad,” Smith said.')[["quote", "speaker", "kind"]]
      quote speaker      kind
    0   sad   Smith  fragment

    How right is it? Every quotation with its speaker on the two bundled articles
    (the rules were written from them); on news the rules were not written from,
    ``kitlib.evaluation.accuracy("speakers")`` (``benchmarks/RESULTS.md``, "Who
    speaks", says how it was measured): read the rows marked ``check_by_hand``,
    and a few others.
    """
    if isinstance(article, (str, Path)) and looks_like_path(article):
        article = as_article(article)  # a file: loaded and cleaned like every article
    if isinstance(article, Article) and weights is None:  # read once per article
        loaded = article
        return article.remembered(
            ("find_quotes", titles), lambda: _find_quotes(loaded, titles=titles, weights=None)
        )
    return _find_quotes(article, titles=titles, weights=weights)


def _find_quotes(
    article: str | Article, *, titles: bool, weights: Mapping[str, float] | None
) -> pd.DataFrame:
    reader = _reading(article, "find_quotes")
    text = reader.text
    artifact_index = _artifacts_of(article, reader)
    weights = speaker_weights() if weights is None else weights
    rows: list[dict[str, Any]] = []
    guesses: dict[tuple[int, int], _Guess] = {}  # by mention: a "he" and its continuations
    for choice in _choices(reader, weights, artifact_index):
        q, decision, best = choice.quotation, choice.decision, choice.best
        phrase = decision.phrase
        guess = _guess(choice, guesses)
        unsure = guess.unshown
        shown = decision.speaker
        if unsure and best is not None and best.mention is not None:
            shown = as_written(best.mention)  # "he", not a name more likely wrong than right
        row = {
            "quote": choice.quote,
            "start": choice.start,
            "end": choice.end,
            "speaker": shown,
            "speakers": [] if unsure else list(decision.speakers),
            "speaker_mention": text[phrase.start : phrase.end] if phrase else None,
            "speaker_start": phrase.start if phrase else None,
            "speaker_end": phrase.end if phrase else None,
            "cue": decision.cue,
            "kind": decision.kind,
            "paragraph": q.paragraph,
            "anonymous": decision.anonymous,
            "rule": decision.rule,
            "speaker_kind": "unsure" if unsure else decision.speaker_kind,
            "best_guess": guess.name,
            "outer_source": outer_source(reader, q, phrase) if best is not None else "",
            "confidence": round(choice.confidence, 3) if best is not None else None,
            "features": contributions(best, weights, choice.runner_up) if best is not None else "",
            "_lo": reader.paragraph_bounds(q.paragraph)[0],
            "_hi": reader.paragraph_bounds(q.paragraph)[1],
            "_last": q,  # the last quotation the row holds (its only one until joined)
        }
        if unsure:  # why no name is shown, before the features that decided the guess
            row["features"] = f"{guess.why}; {row['features']}".rstrip("; ")
        row["check_by_hand"] = decision.kind != "title/scare" and (
            best is None or choice.confidence <= CHECK_BELOW or unsure
        )
        row["artifact_flag"] = _artifact_flag(artifact_index, row, q)
        rows.append(row)
    rows = _join_continued(rows, reader)
    if not titles:
        rows = [row for row in rows if row["kind"] != "title/scare"]
    columns = {c: [row[c] for row in rows] for c in QUOTE_COLUMNS if c != "article"}
    columns["paragraph"] = [p + FIRST_PARAGRAPH for p in columns["paragraph"]]  # 1 is the lead
    columns["article"] = [article.name if isinstance(article, Article) else "article"] * len(rows)
    # one typed array per column, the table made at once (as with_article would lay it out)
    index = pd.RangeIndex(len(rows))
    table = pd.DataFrame(
        {
            c: _column(columns[c], _COLUMN_DTYPES[c])
            if c in _COLUMN_DTYPES
            else pd.Series(_column(columns[c], _OBJECT), index=index, dtype=object, copy=False)
            for c in QUOTE_COLUMNS
        }
    )  # the text columns stay object, as before
    return correct_speakers(table, article)  # a corrections file's


def _continues(reader: Reading, before: Quotation, after: Quotation) -> bool:
    """Does ``after`` go on with ``before``: ``before`` left open to the end of its
    paragraph, and ``after`` opening the next paragraph (the news convention for a
    quotation that runs over several paragraphs), with no speaker of its own: no speech
    verb in that paragraph ('"…," he continued.' starts a new attribution) and no
    transcript line ('"KAINE: …"' is the next speaker's turn)?"""
    return (
        not before.closed
        and after.paragraph == before.paragraph + 1
        and before.close_end >= reader.paragraph_bounds(before.paragraph)[1]
        and reader.opens_paragraph(after)
        and not reader.cues_in(*reader.paragraph_bounds(after.paragraph))
        and rule_transcript_line(reader, after) is None
    )


def _join_continued(rows: list[dict[str, Any]], reader: Reading) -> list[dict[str, Any]]:
    """One row for a quotation that runs over several paragraphs, as a reader counts it:
    its words from the first paragraph's to the last one's (``text[start:end]``, the
    paragraph breaks and marks between them included), the first paragraph's number,
    and the speaker of its first paragraph (or of the first paragraph that has one)."""
    joined: list[dict[str, Any]] = []
    for row in rows:
        head = joined[-1] if joined else None
        if (
            head is None
            or "title/scare" in (head["kind"], row["kind"])
            or not _continues(reader, head["_last"], row["_last"])
        ):
            joined.append(row)
            continue
        merged = dict(row if head["rule"] == "no attribution found" else head)
        merged.update(
            start=head["start"],
            quote=reader.text[head["start"] : row["end"]],
            paragraph=head["paragraph"],
            kind=head["kind"],
            _lo=head["_lo"],
            _last=row["_last"],
            end=row["end"],
            _hi=row["_hi"],
            artifact_flag="; ".join(
                dict.fromkeys(f for r in (head, row) for f in r["artifact_flag"].split("; ") if f)
            ),
        )
        joined[-1] = merged
    return joined


@dataclass(frozen=True)
class _Guess:
    """The name the kit guessed for a pronoun or description ("he": Tom Berg), whether it
    is left unshown (its confidence is under :data:`NAME_BELOW`), and why."""

    name: str | None = None
    unshown: bool = False
    why: str = ""


def _guess(choice: _Choice, guesses: dict[tuple[int, int], _Guess]) -> _Guess:
    """The kit's guess for a quotation whose mention does not say the name (an empty
    :class:`_Guess` if it does). A quotation that continues an earlier one keeps that
    one's guess; ``guesses`` holds them by mention, and gets this quotation's."""
    best = choice.best
    if best is None or best.mention is None:
        return _Guess()
    span = (best.mention.start, best.mention.end)
    name = guessed_name(best)
    if name is None:  # carried over from the quotation it continues, if that one guessed
        earlier = guesses.get(span)
        return earlier if earlier is not None and earlier.name == best.speaker else _Guess()
    unshown = choice.confidence < NAME_BELOW
    guesses[span] = _Guess(name, unshown, _why_unnamed(choice) if unshown else "")
    return guesses[span]


def _why_unnamed(choice: _Choice) -> str:
    """Why a row shows its mention rather than a name: whom it could be, with the chooser's
    probabilities ('"he" could be Tom Berg (p=0.41) or Ed Cole (p=0.30): no name shown,
    Tom Berg is more likely wrong than right')."""
    best = choice.best
    assert best is not None and best.mention is not None and best.speaker is not None
    totals: dict[str, float] = {}  # each name's probability, over all its candidates
    for candidate, share in zip(choice.candidates, choice.shares, strict=True):
        if candidate.speaker:
            totals[candidate.speaker] = totals.get(candidate.speaker, 0.0) + share
    others = sorted((n for n in totals if n != best.speaker), key=lambda n: -totals[n])
    could = " or ".join(f"{name} (p={totals[name]:.2f})" for name in [best.speaker, *others[:1]])
    return (
        f'"{as_written(best.mention)}" could be {could}: no name shown, '
        f"{best.speaker} is more likely wrong than right (under {NAME_BELOW})"
    )


def _reading(article: str | Article, caller: str) -> Reading:
    """The :class:`Reading` of an article (its own paragraphs and sentences) or of a
    string read as it is."""
    if isinstance(article, Article):
        return Reading(
            article.text,
            article.paragraph_spans,
            None,
            article.sentence_spans,
            actor_table=actors.actor_table_fits(article),
        )
    if isinstance(article, str):
        return Reading(article, split_paragraphs(article))
    raise KitError(
        f"{caller} needs an article or a string of text, not "
        f"{type(article).__name__}. Try kitlib.load_pair() or a text in quotes."
    )


def speaker_candidates(
    article: str | Article, *, weights: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Every candidate speaker the chooser weighed, for every quotation: why a speaker won.

    :func:`find_quotes` shows the winner of each quotation; this table shows
    them all, with the features the chooser weighs (:data:`kitlib.quotes.FEATURES`)
    and the probability it gives each.

    Parameters
    ----------
    article : Article or str
        As for :func:`find_quotes`.
    weights : mapping of str to float, optional
        The chooser's weights (default: the shipped ones,
        ``data/quotes/speaker_weights.csv``; :data:`kitlib.quotes.RULES_ONLY`
        gives the rules' own choice).

    Returns
    -------
    pandas.DataFrame
        One row per candidate, quotations in reading order, with columns
        ``quote_start``, ``quote_end`` (the quotation's words, as in
        :func:`find_quotes`), ``quote``, ``candidate`` (0, 1, … within the
        quotation), ``speaker``, ``speaker_mention``, ``speaker_start``,
        ``speaker_end``, ``rule``, ``speaker_kind``, ``probability``, ``chosen``
        (True for the speaker :func:`find_quotes` shows), then one column per
        feature of :data:`kitlib.quotes.FEATURES` (0 when absent). Titles and
        quotations with no candidate have no row.

    Examples
    --------
    >>> table = speaker_candidates('Tom Berg met Ed Cole. "We won," he said.')
    >>> table[["speaker", "speaker_mention", "rule", "chosen"]]
        speaker speaker_mention                  rule  chosen
    0  Tom Berg              he   speaker after quote    True
    1   Ed Cole              he   speaker after quote   False
    2  Tom Berg        Tom Berg    near the quotation   False
    3   Ed Cole         Ed Cole    near the quotation   False
    4       NaN             NaN  no attribution found   False
    """
    reader = _reading(article, "speaker_candidates")
    weights = speaker_weights() if weights is None else weights
    rows = []
    for choice in _choices(reader, weights, _artifacts_of(article, reader)):
        shares = choice.shares
        for number, candidate in enumerate(choice.candidates):
            mention = candidate.mention
            row = {
                "quote_start": choice.start,
                "quote_end": choice.end,
                "quote": choice.quote,
                "candidate": number,
                "speaker": candidate.speaker,
                "speaker_mention": mention.text if mention is not None else None,
                "speaker_start": mention.start if mention is not None else None,
                "speaker_end": mention.end if mention is not None else None,
                "rule": candidate.rule,
                "speaker_kind": candidate.kind,
                "probability": round(shares[number], 3),
                "chosen": candidate is choice.best,
            }
            row.update({name: candidate.features.get(name, 0.0) for name in FEATURES})
            rows.append(row)
    columns = list(_CANDIDATE_COLUMNS) + list(FEATURES)
    table = pd.DataFrame(rows, columns=columns)
    return table.astype({"speaker_start": "Int64", "speaker_end": "Int64"})


#: The first columns of :func:`speaker_candidates` (one column per feature follows).
_CANDIDATE_COLUMNS = (
    "quote_start",
    "quote_end",
    "quote",
    "candidate",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "rule",
    "speaker_kind",
    "probability",
    "chosen",
)


@dataclass(frozen=True)
class _Choice:
    """One quotation as :func:`_choices` reads it: where its words are, its decision, and
    the candidates the chooser weighed (the best one, or None); ``confidence`` is the
    chooser's probability for the name shown: the probabilities of every candidate
    that gives that name added up (Walter Briggs through "he" after the quotation,
    through the "he" before it, and by his name), as the name is right if any is."""

    quotation: Quotation
    start: int
    end: int
    quote: str
    decision: Decision
    best: Candidate | None
    candidates: tuple[Candidate, ...]
    runner_up: Candidate | None = None
    confidence: float = 0.0
    shares: tuple[float, ...] = ()  # each candidate's probability, in the order of candidates


def _artifacts_of(article: str | Article, reader: Reading) -> _ArtifactIndex:
    """The artifacts of an article (found when it was loaded), or of a plain text."""
    if not isinstance(article, Article):
        return _ArtifactIndex(_plain_text_artifacts(reader.text, reader))
    found = article.artifacts
    return _ArtifactIndex(
        [
            _Artifact(k, s, e)
            for k, s, e in zip(
                found["kind"].tolist(), found["start"].tolist(), found["end"].tolist(), strict=True
            )
        ]
    )


def _choices(
    reader: Reading, weights, artifacts: _ArtifactIndex | None = None
) -> Iterator[_Choice]:
    """Every quotation of a text, in order, with its speaker chosen (titles included).

    Where the rules find nobody in a paragraph whose quotation marks do not pair up,
    the quoted words may be no quotation at all (marks lost or moved): there the
    chooser does not guess a speaker either."""
    text = reader.text
    resolver = Resolver(reader)
    damaged = set()
    if artifacts is not None:
        damaged = {reader.paragraph_of(pos) for pos in artifacts.unbalanced}
    decisions: list[Decision] = []  # one per quotation, in order: the rules read them
    previous = None
    for index, q in enumerate(reader.quotes):
        start, end = _trim(text, q.inner_start, q.inner_end)
        if not re.search(r"\w", text[start:end]):
            decisions.append(Decision(index, "", ""))
            continue
        quote = text[start:end]
        lo = reader.sentence_start(q.open, q.paragraph)
        found: list[Candidate] = []
        shares: list[float] = []
        best, probability = None, 0.0
        if _looks_like_title(reader.outside, quote, q.open, q.close_end) or _is_scare_quote(
            reader.outside, q.open
        ):
            kind = "title/scare"
        else:
            found = candidates(reader, resolver, index, decisions)
            if q.paragraph in damaged and found and found[0].rule == "no attribution found":
                found = found[:1]  # the rules found nobody where the marks do not pair up
            best, probability, shares = choose_with_shares(found, weights)
            if best is not None and best.rule == "no attribution found":
                best = None  # the chooser, too, finds nobody
            kind = _kind(q, quote, previous, reader.outside)
            if (
                best is None
                and _word_count(quote) <= SCARE_QUOTE_WORDS
                and not WHOLE_SENTENCE.fullmatch(quote)  # "It is time." is somebody's sentence
                and not reader.cues_in(lo, reader.sentence_end(q.close_end, q.paragraph))
            ):
                kind = "title/scare"
        if best is None:
            rule = "title or scare quotes" if kind == "title/scare" else "no attribution found"
            decision = Decision(index, kind, rule)
            if kind == "title/scare":
                found, shares = [], []
        else:
            mention = best.mention
            decision = Decision(
                index,
                kind,
                best.rule,
                best.cue,
                mention,
                best.speaker,
                best.speakers,
                best.anonymous,
                mention is not None
                and mention.kind == "source"
                and phrases.is_plural(mention.text),
                best.kind,
                probability,
            )
        decisions.append(decision)
        runner_up = None  # the best candidate that names someone else (or nobody)
        others = [k for k, c in enumerate(found) if best is not None and c.speaker != best.speaker]
        if others:
            runner_up = found[max(others, key=lambda k: (shares[k], -k))]
        named = 0.0
        if best is not None:
            named = sum(p for c, p in zip(found, shares, strict=True) if c.speaker == best.speaker)
        yield _Choice(
            q, start, end, quote, decision, best, tuple(found), runner_up, named, tuple(shares)
        )
        previous = (q, kind)


# The dtypes of find_quotes' columns (the rest are object), as dtype objects rather than
# names such as "Int64": pandas would otherwise look each name up again for every article.
_COLUMN_DTYPES = {
    "start": np.dtype("int64"),
    "end": np.dtype("int64"),
    "paragraph": np.dtype("int64"),
    "anonymous": np.dtype("bool"),
    "check_by_hand": np.dtype("bool"),
    "confidence": np.dtype("float64"),
    "speaker_start": pd.Int64Dtype(),
    "speaker_end": pd.Int64Dtype(),
}
_OBJECT = np.dtype(object)


def _column(values: list, dtype):
    """One typed column of :func:`find_quotes` as an array (arrays, not Series: building
    the table from Series, each with its index to align, took a tenth of the time)."""
    if isinstance(dtype, pd.Int64Dtype):
        return pd.array(values, dtype=dtype)
    if dtype == np.dtype("float64"):
        return np.array([np.nan if v is None else v for v in values], dtype=dtype)
    if dtype == _OBJECT:  # one cell per value, even a list ("speakers")
        cells = np.empty(len(values), dtype=object)
        for k, value in enumerate(values):
            cells[k] = value
        return cells
    return np.array(values, dtype=dtype)


@dataclass(frozen=True)
class _Artifact:
    kind: str
    start: int
    end: int


def _plain_text_artifacts(text: str, reader: Reading) -> list[_Artifact]:
    """Artifacts of a plain text, looked for only in sentences that hold a quotation
    (the only ones a flag can be about), so that long texts stay fast."""
    sentences = []
    starts = reader.sentence_starts
    opens = sorted(q.open for q in reader.quotes)
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        k = bisect.bisect_left(opens, s)
        if k < len(opens) and opens[k] < e:
            sentences.append((s, e))
    rows = artifacts.coreference_substitutions(text, sentences) + artifacts.quote_mark_problems(
        text, reader.paragraph_spans
    )
    return [_Artifact(r["kind"], r["start"], r["end"]) for r in rows]


# --------------------------------------------------------------------------
# Who gets the words: share per speaker and per camp, and the attribution verbs
# --------------------------------------------------------------------------

#: Row label for quotations whose speaker the kit could not find.
NO_SPEAKER = "(no speaker found)"

#: Row label for quotations whose speaker the kit found but will not name (``speaker_kind``
#: ``unsure``: a "he" or a description it takes for someone with a confidence under
#: :data:`kitlib.quotes.NAME_BELOW`). Counted apart, never as a person called "he".
NOT_NAMED = "(speaker not named)"

#: The row labels that are no person's name: no speaker found, or a speaker not named.
#: Counts of different speakers leave them out.
UNNAMED = (NO_SPEAKER, NOT_NAMED)


def _who(speaker, kind) -> str:
    """The label a quotation is counted under: its speaker, :data:`NOT_NAMED` for a
    mention the kit will not name, or :data:`NO_SPEAKER`."""
    if kind == "unsure":
        return NOT_NAMED
    return speaker if isinstance(speaker, str) and speaker else NO_SPEAKER


#: Cues that report speech without judging it: every form of the verbs of class
#: "neutral" in the kit's one speech-verb table (:func:`kitlib.vocab.speech_verb_class`),
#: and the punctuation cues ":" and "—". Other cues ("claimed", "insisted", "boasted",
#: "admitted") add the reporter's view of how, or how honestly, it was said.
NEUTRAL_CUES = frozenset(
    form.strip().lower()
    for row in vocab.speech_verb_table()
    if row["class"] == "neutral"
    for form in row["forms"].split("|")
) | {":", "—"}


def _cue_class(cue: str) -> str:
    """The class of a cue as written: the speech-verb table's, ":" and "—" neutral."""
    return "neutral" if cue in (":", "—") else vocab.speech_verb_class(cue)


def _as_quotes(quotes_or_text) -> pd.DataFrame:
    if isinstance(quotes_or_text, pd.DataFrame):
        return quotes_or_text
    return find_quotes(quotes_or_text)


def _article_name(table: pd.DataFrame) -> str:
    """The article a quotations table is of (its ``article`` column), for the tables built on it."""
    names = table["article"].unique() if "article" in table else []
    return str(names[0]) if len(names) == 1 else "article"


def camp_of(speaker) -> str:
    """The camp of a speaker from the actor table; an unnamed source takes the camp of the
    actor named inside its description ("a Trump aide"); anything else is "others".

    >>> camp_of("Mike Pence"), camp_of("a Trump aide"), camp_of("Jane Smith")
    ('Trump-Pence campaign', 'Trump-Pence campaign', 'others')
    """
    if not isinstance(speaker, str) or not speaker:
        return "others"
    info = actor_info().get(speaker)
    if info is not None:
        return info["camp"] or "others"
    for match in phrases.NAME_PATTERN.finditer(speaker):
        name = actors.resolve(match.group())
        if name and actor_info()[name]["kind"] == "person":
            return actor_info()[name]["camp"] or "others"
    return "others"


def quote_share(quotes_or_text, *, by: str = "speaker", sure_only: bool = False) -> pd.DataFrame:
    """How many quotations, and how many quoted words, each speaker (or camp) gets.

    Titles and scare quotes are left out: they are nobody's words.

    Parameters
    ----------
    quotes_or_text : DataFrame, Article or str
        A :func:`find_quotes` table, or an article to find the quotations in.
    by : {"speaker", "camp"}
        Count per speaker, or per camp (from :mod:`kitlib.actors`; unknown -> "others").
    sure_only : bool, default False
        Leave out the quotations marked ``check_by_hand`` (no speaker found, or a
        speaker the kit is not sure of): the shares of the speakers it is sure of.

    Returns
    -------
    pandas.DataFrame
        One row per speaker (or camp), most quoted words first, with columns
        ``speaker`` and ``camp`` (or just ``camp`` and ``speakers``, the number
        of different speakers named: :data:`NO_SPEAKER` and :data:`NOT_NAMED`
        are not counted), ``quotes``, ``words`` (quoted words) and
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
       article     speaker    camp  quotes  words  share
    0  article  Jane Smith  others       1      4    0.8
    1  article     Tom Lee  others       1      1    0.2
    """
    if by not in ("speaker", "camp"):
        raise KitError(f'quote_share can count by "speaker" or by "camp", not {by!r}.')
    table = _as_quotes(quotes_or_text)
    table = table[table["kind"] != "title/scare"]
    if sure_only and "check_by_hand" in table:
        table = table[~table["check_by_hand"].astype(bool)]
    rows = []
    for speaker, joint, kind, quote in zip(
        table["speaker"],
        table["speakers"] if "speakers" in table else table["speaker"],
        table["speaker_kind"] if "speaker_kind" in table else [""] * len(table),
        table["quote"],
        strict=True,
    ):
        names = list(joint) if isinstance(joint, list) and len(joint) > 1 else [_who(speaker, kind)]
        for name in names:  # a joint quotation: each speaker is credited, its words divided
            rows.append((name, _word_count(quote) / len(names)))
    frame = pd.DataFrame(rows, columns=["speaker", "words"])
    if frame["words"].eq(frame["words"].round()).all():
        frame["words"] = frame["words"].astype("int64")
    frame.insert(
        1,
        "camp",
        frame["speaker"].map(lambda s: "others" if s in UNNAMED else camp_of(s)),
    )
    words = frame["words"]
    total = words.sum()
    if by == "speaker":
        out = frame.groupby(["speaker", "camp"], as_index=False).agg(
            quotes=("words", "size"), words=("words", "sum")
        )
    else:
        named = frame["speaker"].where(~frame["speaker"].isin(UNNAMED))
        out = (
            frame.assign(named=named)
            .groupby("camp", as_index=False)
            .agg(speakers=("named", "nunique"), quotes=("words", "size"), words=("words", "sum"))
        )  # "(no speaker found)" and "(speaker not named)" are nobody's names
    out["share"] = (out["words"] / total).round(3) if total else 0.0
    out = out.sort_values(["words", by], ascending=[False, True], kind="stable")
    return with_article(out.reset_index(drop=True), None, name=_article_name(table))


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
       article      cue  quotes  share  neutral       class
    0  article     said       2  0.667     True     neutral
    1  article  claimed       1  0.333    False  distancing
    """
    table = _as_quotes(quotes_or_text)
    table = table[table["kind"] != "title/scare"]
    cues = table["cue"].map(lambda c: c.lower() if isinstance(c, str) and c else "(no cue)")
    out = cues.value_counts().rename_axis("cue").reset_index(name="quotes")
    out = out.sort_values(["quotes", "cue"], ascending=[False, True], kind="stable")
    out["share"] = (out["quotes"] / out["quotes"].sum()).round(3) if len(out) else 0.0
    classes = [None if c == "(no cue)" else _cue_class(c) for c in out["cue"]]
    out["neutral"] = [None if k is None else k == "neutral" for k in classes]
    out["class"] = pd.Series(classes, index=out.index, dtype=object)
    out = out[["cue", "quotes", "share", "neutral", "class"]]
    return with_article(out.reset_index(drop=True), None, name=_article_name(table))


# --------------------------------------------------------------------------
# A first attempt, to measure the rules against (lesson 04)
# --------------------------------------------------------------------------

_NAIVE_PAIRS = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')


def _distance(match: re.Match, position: int) -> int:
    return min(abs(match.end() - position), abs(match.start() - position))


def naive_quotes(article: str | Article) -> pd.DataFrame:
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
    if isinstance(article, (str, Path)) and looks_like_path(article):
        article = as_article(article)  # a file: loaded like every article
    if isinstance(article, Article):
        text, paragraphs = article.text, list(article.paragraph_spans)
    else:
        text = str(article)
        paragraphs = split_paragraphs(text)
    rows = []
    for lo, hi in paragraphs:
        for m in _NAIVE_PAIRS.finditer(text, lo, hi):
            group = 1 if m.group(1) is not None else 2
            start, end = _trim(text, m.start(group), m.end(group))
            if start >= end:
                continue
            outside = text[lo : m.start()] + " " * (m.end() - m.start()) + text[m.end() : hi]
            names = [
                n
                for n in phrases.NAME_PATTERN.finditer(outside)
                if n.group() not in phrases.CAPITALISED_NOT_NAMES
            ]
            speaker = None
            if names:  # the name closest to the quotation, before or after it
                here = m.start() - lo
                nearest = min(names, key=lambda n: _distance(n, here))
                mention = nearest.group()
                speaker = actors.resolve(mention) or strip_titles(mention)
            rows.append(
                {
                    "quote": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": speaker,
                    "kind": "quotation",
                }
            )
    return with_article(
        pd.DataFrame(rows, columns=["quote", "start", "end", "speaker", "kind"]), article
    )


# --------------------------------------------------------------------------
# Who is quoted in several articles
# --------------------------------------------------------------------------


def quote_speakers(*articles, names=None, found=None) -> pd.DataFrame:
    """Who is quoted in each article, and how many of the article's words are theirs.

    Built on :func:`kitlib.quotes.find_quotes`. Titles and scare quotes
    ("Morning Joe") are nobody's words and are left out.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).
    found : list of DataFrame, optional
        The :func:`find_quotes` table of each article, if you have them already
        (the comparison does), so the quotations are not looked for twice.

    Returns
    -------
    pandas.DataFrame
        One row per article and speaker, in order of first quotation:
        ``article``, ``speaker`` ("(no speaker found)" when the kit found
        none), ``anonymous``, ``quotations``, ``quoted_words``, ``share``
        (per cent of the article's words that are this speaker's quoted
        words) and ``first_paragraph`` (1 is the lead).

    Examples
    --------
    >>> import kitlib
    >>> table = quote_speakers(*kitlib.load_pair())
    >>> table.iloc[0][["article", "speaker"]].tolist()
    ['NBC News', 'John Podesta']
    """
    articles = as_articles(articles)
    names = names or unique_names(articles)
    found = found if found is not None else [find_quotes(a) for a in articles]
    return _speaker_table([spoken_quotations(f) for f in found], articles, names)


def _speaker_table(spoken, articles, names) -> pd.DataFrame:
    """:func:`quote_speakers` from quotations already found (see :func:`spoken_quotations`)."""
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


def spoken_quotations(found: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`find_quotes` table that are somebody's words (not titles or
    scare quotes), with a ``who`` column: the speaker, "(no speaker found)", or
    "(speaker not named)" for a "he" the kit will not put a name on (:data:`NOT_NAMED`).

    >>> table = find_quotes('"Go," Ann Lee said. The show "Morning Joe" ran.', titles=True)
    >>> spoken_quotations(table)[["quote", "who"]].values.tolist()
    [['Go', 'Ann Lee']]
    """
    spoken = found[found["kind"] != "title/scare"].copy()
    kinds = spoken["speaker_kind"] if "speaker_kind" in spoken else [""] * len(spoken)
    spoken["who"] = pd.Series(
        [_who(s, k) for s, k in zip(spoken["speaker"], kinds, strict=True)],
        index=spoken.index,
        dtype=object,
    )
    return spoken


def explain(text: str, *, features: bool = False) -> list[tuple]:
    """``(quotation, speaker, rule)`` for each quotation of a text: which rule proposed
    the speaker that was chosen; with ``features=True``, also the features that decided
    the choice and their weights (see :mod:`kitlib.quotes.choosing`).

    >>> explain('Beck, who spoke last, said it was "a mess."')
    [('a mess.', 'Beck', 'speaker before quote')]
    >>> quote, speaker, rule, decided = explain(
    ...     'Mr. Tom Berg met Ms. Ana Ruiz. "We agree," she said.', features=True
    ... )[0]
    >>> speaker, rule
    ('Ana Ruiz', 'speaker after quote')
    >>> decided  # what each feature added over the runner-up's score
    '... +...'
    """
    table = find_quotes(text)
    rows = zip(table["quote"], table["speaker"], table["rule"], table["features"], strict=True)
    return [
        (q, s if isinstance(s, str) else None, r, *((f,) if features else ()))
        for q, s, r, f in rows
    ]
