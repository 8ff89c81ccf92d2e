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
   end (news style for a quotation that goes on in the next paragraph).
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
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kitlib import vocab
from kitlib.actors import tables as actors
from kitlib.articles.loading import FIRST_PARAGRAPH, Article, as_articles, unique_names
from kitlib.errors import KitError
from kitlib.quotes import phrases
from kitlib.quotes.marks import (
    Quotation,
    plain_paragraphs,
)
from kitlib.quotes.reading import (
    Attribution,
    Decision,
    Reading,
    join_names,
    strip_titles,
)
from kitlib.quotes.resolving import Resolver, actor_info
from kitlib.quotes.rules import RULES, attribute
from kitlib.text import word_count

__all__ = [
    "QUOTE_COLUMNS",
    "RULES",
    "attribution_verbs",
    "camp_of",
    "explain",
    "find_quotes",
    "naive_quotes",
    "quote_share",
    "quote_speakers",
]

#: The columns of :func:`find_quotes`.
QUOTE_COLUMNS = [
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
    if not words or len(words) > TITLE_MAX_WORDS or re.search(r"[.?!,;:]$", quote):
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


#: Quoted words that make a whole sentence: a capital letter first, and its end mark.
_WHOLE_SENTENCE = re.compile(r"[\"“‘']?[A-Z].*[.?!][\"”’']?", re.DOTALL)


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


def find_quotes(article: str | Article, titles: bool = False) -> pd.DataFrame:
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

    Returns
    -------
    pandas.DataFrame
        One row per quoted string, in reading order, with columns

        - ``quote``: the quoted words (without the marks; a comma that
          belongs to the reporter's sentence is left out).
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
        - ``paragraph``: the paragraph number, from 0.
        - ``anonymous``: True for sources that are not named ("a Trump aide").
        - ``rule``: which rule in :data:`RULES` decided the speaker (each is a
          function in :mod:`kitlib.quotes.rules`; ``benchmarks/RESULTS.md``
          says how often each is right on news it was not written from).
        - ``artifact_flag``: why to check this row by hand (the speaker's
          mention or the quoted words lie in a detected artifact, see
          :mod:`kitlib.articles.artifacts`), or "".

    Examples
    --------
    >>> find_quotes('Critics called it “sad,” Smith said.')[["quote", "speaker", "kind"]]
      quote speaker      kind
    0   sad   Smith  fragment

    How right is it? 1.0 end to end on the two bundled articles (the rules
    were written from them); on 84 news articles the rules were not written
    from (PolNeAR dev) 0.89 end to end, 0.92 of the speakers right
    (``benchmarks/RESULTS.md``, "Who speaks"): check a few rows by hand.
    """
    if isinstance(article, Article):
        text = article.text
        paragraphs = article.paragraph_spans
        artifacts = article.artifacts
        sentences = article.sentence_spans
    elif isinstance(article, str):
        text = article
        paragraphs = plain_paragraphs(text)
        artifacts = sentences = None
    else:
        raise KitError(
            "find_quotes needs an article or a string of text, not "
            f"{type(article).__name__}. Try kitlib.load_pair() or a text in quotes."
        )
    reader = Reading(
        text,
        paragraphs,
        None,
        sentences,
        actor_table=isinstance(article, Article) and actors.actor_table_fits(article),
    )
    if artifacts is None:
        artifacts = _plain_text_artifacts(text, reader)
    else:
        artifacts = [
            _Artifact(k, s, e)
            for k, s, e in zip(
                artifacts["kind"].tolist(),
                artifacts["start"].tolist(),
                artifacts["end"].tolist(),
                strict=True,
            )
        ]
    artifact_index = _ArtifactIndex(artifacts)
    resolver = Resolver(reader)
    rows = []
    decisions: list[Decision] = []  # one per quotation, in order: the rules read them
    previous = None
    for index, q in enumerate(reader.quotes):
        start, end = _trim(text, q.inner_start, q.inner_end)
        if not re.search(r"\w", text[start:end]):
            decisions.append(Decision(index, "", ""))
            continue
        quote = text[start:end]
        lo = reader.sentence_start(q.open, q.paragraph)
        if _looks_like_title(reader.outside, quote, q.open, q.close_end) or _is_scare_quote(
            reader.outside, q.open
        ):
            found = Attribution("title or scare quotes")
            kind = "title/scare"
        else:
            found = attribute(reader, index, decisions)
            kind = _kind(q, quote, previous, reader.outside)
            short = _word_count(quote) <= SCARE_QUOTE_WORDS
            if (
                found.rule == "no attribution found"
                and short
                and (
                    not _WHOLE_SENTENCE.fullmatch(quote)  # "It is time." is somebody's sentence
                )
            ):
                if not reader.cues_in(lo, reader.sentence_end(q.close_end, q.paragraph)):
                    found = Attribution("title or scare quotes")
                    kind = "title/scare"
        if kind == "title/scare":
            speaker, speakers, anonymous = None, [], False
        else:
            resolved = resolver.speaker_of(found, lo, index, decisions)
            speaker, anonymous = resolved.speaker, resolved.anonymous
            speakers = list(resolved.speakers) or ([speaker] if speaker else [])
        phrase = found.phrase
        if (
            kind != "title/scare"
            and phrase is not None
            and phrase.kind == "name"
            and (found.speaker is None)
        ):
            joint = reader.joint_names(phrase)
            if len(joint) > 1:  # "Cummings and Conyers wrote": both speak
                phrase = phrases.Phrase(
                    joint[0].start, joint[-1].end, text[joint[0].start : joint[-1].end], "name"
                )
                speakers = list(dict.fromkeys(reader.name_of(p) for p in joint))
                speaker = join_names(speakers)
        decisions.append(
            Decision(
                index,
                kind,
                found.rule,
                found.cue,
                phrase,
                speaker,
                tuple(speakers),
                anonymous,
                phrase is not None and phrase.kind == "source" and phrases.is_plural(phrase.text),
            )
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
        row["artifact_flag"] = _artifact_flag(artifact_index, row, q)
        rows.append(row)
        previous = (q, kind)
    if not titles:
        rows = [row for row in rows if row["kind"] != "title/scare"]
    columns = {c: [row[c] for row in rows] for c in QUOTE_COLUMNS}
    columns["paragraph"] = [p + FIRST_PARAGRAPH for p in columns["paragraph"]]  # 1 is the lead
    return pd.DataFrame(
        {c: pd.Series(v, dtype=_COLUMN_DTYPES.get(c, _OBJECT)) for c, v in columns.items()}
    )


# The dtypes of find_quotes' columns (the rest are object), as dtype objects rather than
# names such as "Int64": pandas would otherwise look each name up again for every article.
_COLUMN_DTYPES = {
    "start": np.dtype("int64"),
    "end": np.dtype("int64"),
    "paragraph": np.dtype("int64"),
    "anonymous": np.dtype("bool"),
    "speaker_start": pd.Int64Dtype(),
    "speaker_end": pd.Int64Dtype(),
}
_OBJECT = np.dtype(object)


@dataclass(frozen=True)
class _Artifact:
    kind: str
    start: int
    end: int


def _plain_text_artifacts(text: str, reader: Reading) -> list[_Artifact]:
    """Artifacts of a plain text, looked for only in sentences that hold a quotation
    (the only ones a flag can be about), so that long texts stay fast."""
    from kitlib.articles import artifacts as found

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
        table["speaker"],
        table["speakers"] if "speakers" in table else table["speaker"],
        table["quote"],
        strict=True,
    ):
        names = (
            list(joint)
            if isinstance(joint, list) and len(joint) > 1
            else [speaker if isinstance(speaker, str) and speaker else NO_SPEAKER]
        )
        for name in names:  # a joint quotation: each speaker is credited, its words divided
            rows.append((name, _word_count(quote) / len(names)))
    frame = pd.DataFrame(rows, columns=["speaker", "words"])
    if frame["words"].eq(frame["words"].round()).all():
        frame["words"] = frame["words"].astype("int64")
    frame.insert(
        1, "camp", frame["speaker"].map(lambda s: "others" if s == NO_SPEAKER else camp_of(s))
    )
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
    classes = [None if c == "(no cue)" else _cue_class(c) for c in out["cue"]]
    out["neutral"] = [None if k is None else k == "neutral" for k in classes]
    out["class"] = pd.Series(classes, index=out.index, dtype=object)
    out = out[["cue", "quotes", "share", "neutral", "class"]]
    return out.reset_index(drop=True)


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
    if isinstance(article, Article):
        text, paragraphs = article.text, article.paragraph_spans
    else:
        text = str(article)
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
    return pd.DataFrame(rows, columns=["quote", "start", "end", "speaker", "kind"])


# --------------------------------------------------------------------------
# Who is quoted in several articles
# --------------------------------------------------------------------------


def quote_speakers(*articles, names=None) -> pd.DataFrame:
    """Who is quoted in each article, and how many of the article's words are theirs.

    Built on :func:`kitlib.quotes.find_quotes`. Titles and scare quotes
    ("Morning Joe") are nobody's words and are left out.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        One row per article and speaker, in order of first quotation:
        ``article``, ``speaker`` ("(no speaker found)" when the kit found
        none), ``anonymous``, ``quotations``, ``quoted_words``, ``share``
        (per cent of the article's words that are this speaker's quoted
        words) and ``first_paragraph`` (1 is the lead).
    """
    articles = as_articles(articles)
    names = names or unique_names(articles)
    return _speaker_table([_spoken(find_quotes(a)) for a in articles], articles, names)


def _speaker_table(spoken, articles, names) -> pd.DataFrame:
    """:func:`quote_speakers` from quotations already found (see :func:`_spoken`)."""
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


def _spoken(found: pd.DataFrame) -> pd.DataFrame:
    """The quotations that are somebody's words, with a ``who`` column for grouping."""
    spoken = found[found["kind"] != "title/scare"].copy()
    spoken["who"] = spoken["speaker"].fillna(NO_SPEAKER).replace("", NO_SPEAKER)
    return spoken


def explain(text: str) -> list[tuple[str, str | None, str]]:
    """``(quotation, speaker, rule)`` for each quotation of a text: which rule decided.

    >>> explain('Beck, who spoke last, said it was "a mess."')
    [('a mess.', 'Beck', 'speaker before quote')]
    """
    table = find_quotes(text)
    return [
        (q, s if isinstance(s, str) else None, r)
        for q, s, r in zip(table["quote"], table["speaker"], table["rule"], strict=True)
    ]
