"""Who said it: the rules that give a quotation its speaker, one small function each.

:mod:`kitlib.quotes.marks` finds the quotations and the reporter's words
around them; :mod:`kitlib.quotes.phrases` finds the speech verbs (cues) and the
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
3. :func:`rule_relative_clause`: ``Beck, who said it was "a mess"``;
   :func:`rule_end_of_sentence`: ``… "a" and "b" in the fall, Smith said.``
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

>>> from kitlib.quotes import explain
>>> for row in explain('"We will win," Jane Smith said. "It is time."'):
...     print(row)
('We will win', 'Jane Smith', 'speaker after quote')
('It is time.', 'Jane Smith', 'continues previous quotation')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kitlib import vocab
from kitlib.quotes import phrases
from kitlib.quotes.marks import ENDS_SENTENCE, Quotation, match_end
from kitlib.quotes.reading import (
    AFTER_CUE_CHARS,
    VERB_AFTER_SUBJECT,
    Attribution,
    Decision,
    Reading,
)

__all__ = [
    "ENDS_WITH_FULL_STOP",
    "RULES",
    "TRANSCRIPT_LINE",
    "attribute",
    "carried_over",
    "outer_source",
    "outer_source_phrase",
    "proposals",
    "rule_after_quote",
    "rule_after_quote_loose",
    "rule_before_quote",
    "rule_before_quote_loose",
    "rule_carried_over",
    "rule_end_of_sentence",
    "rule_relative_clause",
    "rule_subject_of_sentence",
    "rule_transcript_line",
]


#: The attribution rules, in the order the kit tries them, with what each one means.
RULES = {
    "transcript line": 'a transcript quoted line by line names its speaker: "PENCE: We will …"',
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
    "speaker at end of sentence": "the sentence closes with its speaker, after more words: "
    '"…" and "…" for the town, Smith said.',
    "subject of the sentence": "no speech verb: the sentence's subject, followed by a verb: "
    'Brooks blasted the debate as "a mess"',
    "near the quotation": "no rule named this speaker, but it stands near the quotation, and "
    "the chooser weighed it above the rules' proposals",
    "title or scare quotes": "a title (a show, a book) or words in scare quotes: nobody's words",
    "no attribution found": "the kit found no speaker and does not guess",
}


#: A quotation whose words end with a full stop ended its sentence: what follows it starts
#: a new sentence ('"…rally." She noted a planned stop'), so its speaker is not there.
ENDS_WITH_FULL_STOP = re.compile(r"\.[’'\s]*$")


#: A line of a transcript: one to three words in capital letters and a colon ("PENCE: …").
TRANSCRIPT_LINE = re.compile(r"\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t\u00a0]")


def rule_transcript_line(reading: Reading, q: Quotation) -> Attribution | None:
    """'"PENCE: We will …"': a transcript quoted line by line names each line's speaker in
    capital letters before a colon, inside the quotation marks. The name must be someone
    the names table knows ("Pence": Mike Pence) or have two words or more.

    >>> from kitlib.quotes import explain
    >>> explain('Tim Kaine and Mike Pence met.\\n\\n"PENCE: We will win."')
    [('PENCE: We will win.', 'Mike Pence', 'transcript line')]
    """
    found = TRANSCRIPT_LINE.match(q.raw)
    if found is None:
        return None
    words = found.group(1)
    if " " not in words and reading.cast.resolve(words.title()) is None:
        return None  # "NOTE:", "UPDATE:": no name
    start = q.inner_start + found.start(1)
    mention = phrases.Phrase(start, start + len(words), words, "name")
    return Attribution("transcript line", ":", mention)


def outer_source(reading: Reading, q: Quotation, mention: phrases.Phrase | None) -> str:
    """'"…," the judge said, according to the Post': the source that reports the speaker's
    words (the Post), after the speaker in the quotation's sentence; "" if none. The
    speaker is the one quoted (the judge); the outer source is recorded beside it.

    >>> from kitlib.quotes import find_quotes
    >>> find_quotes('"No," Ana Ruiz said, according to the Daily Courier.')["outer_source"][0]
    'Daily Courier'
    """
    found = outer_source_phrase(reading, q, mention)
    return found.text if found is not None else ""


def outer_source_phrase(
    reading: Reading, q: Quotation, mention: phrases.Phrase | None
) -> phrases.Phrase | None:
    """The phrase of :func:`outer_source`, or None."""
    if mention is None:
        return None
    if mention.start < q.open:  # 'According to the Evening Star, Mayor Rita Gale said "…"'
        lo = reading.sentence_start(q.open, q.paragraph)
        opening = _ACCORDING_TO_OPENS.match(reading.outside, lo, mention.start)
        cues = reading.cues_in(mention.end, q.open)
        if opening is None or not cues or cues[0][0] - mention.end > _CUE_GAP:
            return None  # 'According to Variety, Trump brought "SNL" …': Variety speaks
        found = _source_after(reading, opening.start("np"), opening.end("np"))
        return found if found is not None and found.end <= opening.end("np") else None
    if mention.start < q.close_end:
        return None
    end = reading.sentence_end(q.close_end, q.paragraph)
    for cue in reading.cues_in(mention.end, end):
        if reading.text[cue[0] : cue[1]].lower() in phrases.SPEAKER_AFTER_CUES:
            found = _source_after(reading, cue[1], end)
            if found is not None and found.start != mention.start:
                return found
    reported = _REPORTED_AT_END.search(reading.outside, mention.end, end)
    if reported is not None:  # '"…," Tom Berg said, the Daily Courier reported.'
        return reading.mention_in(reported.start("np"), reported.end("np"))
    return None


#: How far a speech verb may follow the speaker after an opening "according to" (an
#: adverb or two: 'Rita Gale *later* said').
_CUE_GAP = 25

#: 'According to the Evening Star, Mayor Rita Gale said …': "according to" and its source
#: open the sentence, then (a title and) the speaker, with no other comma between. The
#: speaker's own speech verb must follow; without one ('According to Variety, Trump
#: brought …') the source after "according to" is the speaker, as PolNeAR marks it.
_ACCORDING_TO_OPENS = re.compile(
    r"\s*(?:[Aa]ccording to|[Ii]n the words of)\s+(?P<np>[^,;:\u2591]{1,60}),"
    r"[^,;:\u2591]{0,40}$"
)

#: ', the Daily Courier reported.' at the end of the quotation's sentence, after the
#: speaker: a publication or agency that reports the speaker's words.
_REPORTED_AT_END = re.compile(
    r",\s*(?P<np>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+"
    r"(?:reported|reports|has reported|first reported)[\s.;]*$"
)


def _short_attribution(reading: Reading, start: int, hi: int) -> bool:
    """'"….” Trump said.': after a quotation that ends with a full stop, a sentence of a
    speaker and a cue and nothing more is still its attribution (a slip of punctuation)."""
    stop = phrases.sentence_stop(reading.outside, start, hi, ".?!;\u2591")
    if stop is None or reading.outside[stop] == "\u2591":
        return False
    words = reading.outside[start:stop].split()
    if not 2 <= len(words) <= 4:
        return False
    cues = reading.cues_in(start, stop)
    return bool(cues) and not reading.outside[cues[-1][1] : stop].strip()


def rule_after_quote(reading: Reading, q: Quotation, next_open: int) -> Attribution | None:
    """'"…," Pence said', '"…," said Pence', '"…" — Jane Smith', '"…," according to Smith'.

    A name, pronoun or source description right after the quotation, next to a cue.

    >>> from kitlib.quotes import explain
    >>> explain('"It is done," said Gov. Ana Ruiz.')
    [('It is done', 'Ana Ruiz', 'speaker after quote')]
    >>> explain('“Never again.” — Ana Ruiz')
    [('Never again.', 'Ana Ruiz', 'dash attribution')]
    """
    hi = min(reading.paragraph_bounds(q.paragraph)[1], next_open)
    region = reading.outside[q.close_end : hi]
    dash = re.match(r"\s*(?:—|–|―|--)\s*", region)
    if dash:
        phrase = reading.phrase_at(q.close_end + dash.end(), hi)
        if phrase and (
            phrase.kind == "name"
            or (
                phrase.kind == "source"
                and re.fullmatch(
                    r"[\s.,]*",
                    reading.outside[phrase.end : reading.paragraph_bounds(q.paragraph)[1]],
                )
            )
        ):  # a description after a dash is the speaker only if it ends the paragraph
            return Attribution("dash attribution", "—", phrase)
    if ENDS_WITH_FULL_STOP.search(q.raw) and not _short_attribution(reading, q.close_end, hi):
        return None
    lead = match_end(r"[\s,]*", region)
    start = q.close_end + lead
    ends_sentence = bool(ENDS_SENTENCE.search(q.raw))
    cue = None
    phrase = reading.phrase_at(start, hi)
    if phrase is not None and phrase.kind in ("name", "source", "pronoun"):
        gap = reading.outside[phrase.end : phrase.end + 80]
        appositive = match_end(r",[^,\u2591.]{1,60},\s*|\s*", gap)
        adverbs = match_end(_ADVERBS, gap[appositive:])
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
        if (
            cues
            and cues[0][0] == start
            and not re.match(r"\s+that\b", reading.outside[cues[0][1] : cues[0][1] + 6])
        ):  # '"…" suggests that Phoenix …': what follows "that" is not the speaker
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
    if cue_text.lower() in phrases.SPEAKER_AFTER_CUES:
        return Attribution("according to", cue_text, _source_after(reading, cue[1], hi))
    return Attribution("speaker after quote", cue_text, phrase)


def _source_after(reading: Reading, pos: int, hi: int) -> phrases.Phrase | None:
    """The source named right after "according to": a name or pronoun there, else the
    noun phrase up to the next comma or full stop ("a civil complaint filed in May")."""
    phrase = reading.phrase_at(pos, hi)
    if phrase is not None:
        return phrase
    stop = phrases.sentence_stop(reading.outside, pos, hi, ".,;:?!\u2591")
    return reading.mention_in(pos, stop if stop is not None else hi)


def rule_before_quote(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """Pence said "…" / Pence said, calling it "…" / According to Smith, "…" / Smith: "…".

    >>> from kitlib.quotes import explain
    >>> explain('Ana Ruiz said the plan was "a disaster for farmers."')
    [('a disaster for farmers.', 'Ana Ruiz', 'speaker before quote')]
    >>> explain('- Tom Berg: “Turnout was higher than anyone expected.”')
    [('Turnout was higher than anyone expected.', 'Tom Berg', 'colon introduction')]
    """
    cues = reading.cues_in(lo, q.open)
    left = reading.outside[lo : q.open]
    if cues and _passive(reading, cues[-1]):
        return None
    if cues:
        return _cue_before_quote(reading, q, lo, cues, left)
    if left.rstrip().endswith(":"):
        return _colon_before_quote(reading, q, lo, left)
    return None


#: "the bill *was* called", "the plan *has been* described as": a form of "be" right
#: before the cue.
_BE_BEFORE_CUE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+" + phrases.ADVERB_RUN + "$")


def _passive(reading: Reading, cue: tuple[int, int]) -> bool:
    """'the bill was called "a disgrace"': a cue in the passive has no speaker before it
    (its subject is what is spoken of). "Crowds were chanting" is not passive."""
    if reading.outside[cue[0] : cue[1]].lower().endswith("ing"):
        return False
    return bool(_BE_BEFORE_CUE.search(reading.outside, max(0, cue[0] - 40), cue[0]))


def _it_speaks(rule: str, cue_text: str, it: re.Match, base: int) -> Attribution:
    """The pronoun "it" (group 1 of ``it``, matched in a stretch starting at ``base``)
    as the speaker: a document or organisation named earlier."""
    at = base + it.start(1)
    return Attribution(rule, cue_text, phrases.Phrase(at, at + 2, it.group(1), "pronoun"))


def _cue_before_quote(
    reading: Reading, q: Quotation, lo: int, cues: list, left: str
) -> Attribution | None:
    """Rule "speaker before quote" once a cue stands before the quotation."""
    cue = cues[-1]
    cue_text = phrases.cue_text(reading.text, cue[0], cue[1], q.open)
    if cue_text.lower() in phrases.SPEAKER_AFTER_CUES:
        phrase = _source_after(reading, cue[1], q.open)
        return Attribution("according to", cue_text, phrase) if phrase else None
    before_cue = reading.outside[lo : cue[0]]
    it = _IT_BEFORE_CUE.search(before_cue)
    if it:  # 'It added, "…"': a document or organisation named earlier
        return _it_speaks("speaker before quote", cue_text, it, lo)
    relative = phrases.RELATIVE_SUBJECT.search(before_cue)
    if relative:  # 'Mike Pence, who called their son "an American hero"'
        found = rule_relative_clause(reading, lo + relative.start(1), cue_text)
        if found is not None:
            return found
    phrase = _subject_of_cue(reading, q, lo, cues, cue_text, before_cue)
    if phrase is None:
        return None
    phrase = _reporting_subject(reading, lo, phrase)
    rule = "colon introduction" if left.rstrip().endswith(":") else "speaker before quote"
    return Attribution(rule, cue_text, phrase)


def _subject_of_cue(
    reading: Reading, q: Quotation, lo: int, cues: list, cue_text: str, before_cue: str
) -> phrases.Phrase | None:
    """Who says the cue before a quotation: its subject, or the name after it."""
    cue = cues[-1]
    phrase = None
    participle = cue_text.lower().endswith("ing") and before_cue.rstrip().endswith(",")
    if participle and len(cues) > 1:  # 'Nefzi said, adding, "…"': the subject of "said"
        phrase = reading.subject_before(lo, cues[-2][0])
    elif phrases.COORDINATED_VERB.search(before_cue) or participle:
        phrase = reading.opening_subject(lo, cue[0])  # 'Graham said … and said that "…"'
    if phrase is None:  # 'Cruz, the only candidate in Wyoming, told delegates "…"'
        opening = reading.opening_subject(lo, cue[0])
        if opening is not None and phrases.APPOSITIVES_BEFORE_CUE.fullmatch(
            reading.outside[opening.end : cue[0]]
        ):
            phrase = opening
    if phrase is None:
        phrase = reading.subject_before(lo, cue[0])
        if (
            phrase is not None
            and phrases.APPOSITIVE_END.search(reading.outside[phrase.end : cue[0]])
            and reading.outside[max(lo, phrase.start - 2) : phrase.start].strip() == ","
        ):
            # 'Cory James, 22, of Flint, Mich., said': the name the sentence opens with
            phrase = reading.opening_subject(lo, cue[0]) or phrase
    if phrase is None and not cue_text.lower().startswith(phrases.NOT_INVERTED):
        phrase = reading.phrase_at(cue[1], q.open)  # 'said Smith, "…"'
        if phrase is not None and (
            phrase.kind == "pronoun"
            or phrase.possessive
            or (reading.text[cue[0] : cue[1]].lower().endswith("ing"))
        ):  # 'saying Trump's comments "…"': Trump is not the one saying it
            phrase = None
    return phrase


def _colon_before_quote(reading: Reading, q: Quotation, lo: int, left: str) -> Attribution | None:
    """Rule "colon introduction": 'Tom Berg: "…"', with no cue before the quotation."""
    colon = lo + len(left.rstrip()) - 1
    for phrase in reversed(reading.phrases_in(lo, colon)):  # "- Philip Bump: “…”"
        if (
            phrase.kind in ("name", "source")
            and not reading.outside[phrase.end : colon].strip()
            and not phrase.text.isupper()
        ):
            return Attribution("colon introduction", ":", phrase)
        break
    for phrase in reversed(reading.phrases_in(lo, q.open)):
        if phrases.is_subject_like(reading.outside, phrase, lo) or phrase.possessive:
            return Attribution("colon introduction", ":", phrase)
    return None


_THAT_BEFORE = re.compile(r"\s+(?:that\s+)?$")
_CLAUSE_THAT_BEFORE = re.compile(r"(?:\s+[^,.;:\u2591]{0,60}?)?\s+that\s+$")


def _reporting_subject(reading: Reading, lo: int, phrase: phrases.Phrase) -> phrases.Phrase:
    """'She said she recalls …': a pronoun that opens a clause reported by a cue is the
    person who reports it, when that person is a pronoun of the same kind or a name."""
    cues = reading.cues_in(lo, phrase.start)
    if not cues:
        return phrase
    between = reading.outside[cues[-1][1] : phrase.start]
    if phrase.kind == "pronoun" and phrase.text.lower() in ("he", "she"):
        if not _THAT_BEFORE.fullmatch(between):
            return phrase
    elif not _CLAUSE_THAT_BEFORE.fullmatch(between):
        return phrase
    outer = reading.subject_before(lo, cues[-1][0])
    if (
        outer is None
        or outer.kind == "source"
        or (outer.kind == "pronoun" and outer.text.lower() != phrase.text.lower())
    ):
        return phrase
    return outer


def rule_after_quote_loose(reading: Reading, q: Quotation, next_open: int) -> Attribution | None:
    """'"…," one P&G Amiens employee told French television' / '"…," said Laurence
    H. Tribe, professor of law': any short noun phrase next to a cue after the quote.

    >>> from kitlib.quotes import explain
    >>> explain('"We were shocked," one longtime bakery employee told a radio station.')
    [('We were shocked', 'one longtime bakery employee', 'speaker after quote')]
    """
    if ENDS_WITH_FULL_STOP.search(q.raw):
        return None
    hi = min(reading.paragraph_bounds(q.paragraph)[1], next_open)
    start = q.close_end
    stop = phrases.sentence_stop(reading.outside, start, hi, ".?!;:\u2591")
    end = stop if stop is not None else hi
    cues = reading.cues_in(start, end)
    if not cues:
        return _speaker_and_any_verb(reading, start, end)
    cue = cues[0]
    cue_text = reading.text[cue[0] : cue[1]]
    if cue_text.lower() in phrases.SPEAKER_AFTER_CUES:
        return None
    if ENDS_SENTENCE.search(q.raw) and (
        re.match(r"\s*(?:that\b|:)", reading.outside[cue[1] : hi])
        or (stop is not None and reading.outside[stop] == "\u2591")
    ):
        return None  # '"…?" Obama said that …, "…"': the cue belongs to the next quotation
    before = reading.outside[start : cue[0]]
    phrase = None
    it = _IT_AFTER_QUOTE.fullmatch(before)
    if it:  # '"…," it said': a document or organisation named earlier
        return _it_speaks("speaker after quote", cue_text, it, start)
    relative = phrases.RELATIVE_SUBJECT.search(before)
    if relative:  # '"…," said Beck, who said …': the mention is "who", the speaker Beck
        return rule_relative_clause(reading, start + relative.start(1), cue_text)
    if before.strip(" ,—–-"):
        subject = phrases.subject_stretch(before)
        if subject is not None:
            phrase = reading.mention_in(start + subject[0], start + subject[1])
    if phrase is None and (before.rstrip().endswith(",") or not before.strip(" ,—–-")):
        inverted_ok = not cue_text.lower().startswith(phrases.NOT_INVERTED) or (
            cue_text.lower().startswith("ask") and not before.strip(" ,—–-")
        )
        after = phrases.inverted_stretch(reading.outside[cue[1] : end])
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
    if phrase is None:  # '"…," an angry Hollande retaliated.'
        described = _DESCRIBED_NAME.match(reading.outside, start + lead, end)
        named = reading.phrase_at(described.end(), end) if described is not None else None
        if named is not None and named.kind == "name":
            phrase, lead = named, named.start - start
    if phrase is None or phrase.start != start + lead:
        described = _DESCRIPTION_AT.match(reading.outside, start + lead, end)  # "the audience"
        if described is None:
            return None
        at, text = described.start(1), described.group(1)
        phrase = phrases.Phrase(at, at + len(text), text, "source", False, text.split()[0].lower())
    if phrase.possessive or phrase.text == "I":
        return None
    verb = _PAST_VERB_AFTER.match(reading.outside, phrase.end, end)
    if verb is None:
        return None
    return Attribution("speaker after quote", reading.text[verb.start(1) : verb.end(1)], phrase)


_APPOSITIVE_BEFORE_CUE = re.compile(r",[^,\u2591]{1,60},\s*$")


def rule_end_of_sentence(reading: Reading, q: Quotation) -> Attribution | None:
    """'… carry "a great deal of weight" and help bring "firepower," Ann Lee said.': the
    reporter's sentence goes on after the quotation and ends with ", speaker cue." (or
    ", cue speaker."); every quotation of the sentence is the speaker's.

    >>> from kitlib.quotes import explain
    >>> explain('It will carry "real weight" and bring "new voters" in, Ana Ruiz said.')[0]
    ('real weight', 'Ana Ruiz', 'speaker at end of sentence')
    """
    if ENDS_SENTENCE.search(q.raw):
        return None
    end = reading.sentence_end(q.close_end, q.paragraph)
    cues = reading.cues_in(q.close_end, end)
    if not cues:
        return None
    cue = cues[-1]
    cue_text = reading.text[cue[0] : cue[1]]
    after = reading.outside[cue[1] : end]
    # the clause with the speaker follows another quotation ('"…," he said') or a comma,
    # leaving out an appositive (', Tom Berg, the former mayor, said')
    comma = plain_comma = reading.outside.rfind(",", q.close_end, cue[0])
    appositive = _APPOSITIVE_BEFORE_CUE.search(reading.outside, q.close_end, cue[0])
    if appositive is not None:
        comma = reading.outside.rfind(",", q.close_end, appositive.start())
        if comma < 0:
            comma = plain_comma
    comma = max(comma, reading.outside.rfind("\u2591", q.close_end, cue[0]))
    if comma < 0 or "\u2591" in reading.outside[comma + 1 : end]:
        return None
    phrase = None
    before = reading.outside[comma + 1 : cue[0]]
    if cue_text.lower() in phrases.SPEAKER_AFTER_CUES:  # '…, according to the organisers.'
        if plain_comma < 0 or reading.outside[plain_comma + 1 : cue[0]].strip():
            return None
        phrase = _source_after(reading, cue[1], end)
        return Attribution("according to", cue_text, phrase) if phrase is not None else None
    if before.strip():
        subject = phrases.subject_stretch(before, first=True)
        if subject is not None and re.fullmatch(r"[\s,]*|,[^,]{1,60},\s*", before[subject[1] :]):
            phrase = reading.mention_in(comma + 1 + subject[0], comma + 1 + subject[1])
        if phrase is None or len(after.split()) > (
            12 if after.split() and after.split()[0].lower() in vocab.PREPOSITIONS else 6
        ):  # 'Ruiz said.' / 'Ruiz proclaimed to a cheering crowd at the hall.'
            return None
    elif not cue_text.lower().startswith(phrases.NOT_INVERTED):
        stretch = phrases.inverted_stretch(after.rstrip(" .?!"))
        if stretch is not None:
            phrase = reading.mention_in(cue[1] + stretch[0], cue[1] + stretch[1])
    if phrase is None or phrase.text == "I":
        return None
    return Attribution("speaker at end of sentence", cue_text, phrase)


def rule_relative_clause(reading: Reading, at: int, cue_text: str) -> Attribution | None:
    """'Beck, who said there were "too many" …': the mention is "who"; the speaker is
    the phrase just before it.

    >>> from kitlib.quotes import explain
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
    relative = re.match(r"\w+", reading.outside[at:])
    if relative is None:
        return None
    word = relative.group()
    mention = phrases.Phrase(at, at + len(word), word, "relative")
    return Attribution("relative clause", cue_text, mention, speaker_phrase=antecedent)


def rule_before_quote_loose(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """'One P&G employee told a French station, "…"': the noun phrase before the last
    cue before the quotation, in the same sentence.

    >>> from kitlib.quotes import explain
    >>> explain('One P&G plant worker told a radio station, "We are scared."')
    [('We are scared.', 'one P&G plant worker', 'speaker before quote')]
    """
    cues = reading.cues_in(lo, q.open)
    if not cues:
        return None
    cue = cues[-1]
    cue_text = phrases.cue_text(reading.text, cue[0], cue[1], q.open)
    if cue_text.lower() in phrases.SPEAKER_AFTER_CUES or _passive(reading, cue):
        return None
    relative = phrases.RELATIVE_SUBJECT.search(reading.outside[lo : cue[0]])
    if relative:
        return rule_relative_clause(reading, lo + relative.start(1), cue_text)
    clause = phrases.clause_start(reading.outside, lo, cue[0])
    subject = phrases.subject_stretch(reading.outside[clause : cue[0]])
    if subject is None:
        return None
    phrase = reading.mention_in(clause + subject[0], clause + subject[1])
    if phrase is None:
        return None
    rule = (
        "colon introduction"
        if reading.outside[lo : q.open].rstrip().endswith(":")
        else ("speaker before quote")
    )
    return Attribution(rule, cue_text, phrase)


def attribute(reading: Reading, index: int, earlier: Sequence[Decision] = ()) -> Attribution:
    """The speaker of quotation ``index`` by the rules alone: the first rule of
    :data:`RULES` that finds one (the first of :func:`proposals`).

    Titles and scare quotes are decided before this, in :func:`kitlib.quotes.find_quotes`.

    >>> from kitlib.quotes import explain
    >>> explain('"Yes," Ana Ruiz said. "No."')[1]
    ('No.', 'Ana Ruiz', 'continues previous quotation')
    """
    found = proposals(reading, index, earlier)
    return found[0] if found else Attribution("no attribution found")


def proposals(reading: Reading, index: int, earlier: Sequence[Decision] = ()) -> list[Attribution]:
    """Every rule's proposal for quotation ``index``; the rules' own choice first.

    The rules are tried in the order of :data:`RULES`. The first that finds a
    speaker in the quotation's own sentence is the rules' choice; a whole
    sentence in quotation marks (it starts with a capital letter) with none
    continues the last speaker (:func:`rule_carried_over`); else the sentence's
    subject (:func:`rule_subject_of_sentence`). The other rules' proposals
    follow, so that :mod:`kitlib.quotes.choosing` can weigh them all.

    >>> from kitlib.quotes.reading import Reading
    >>> reading = Reading('Tom Berg spoke. "Yes," Ana Ruiz said.')
    >>> [(a.rule, a.phrase.text) for a in proposals(reading, 0)]
    [('speaker after quote', 'Ana Ruiz'), ('speaker in previous sentence', 'Tom Berg')]
    """
    q = reading.quotes[index]
    _, p_hi = reading.paragraph_bounds(q.paragraph)
    after = reading.quotes[index + 1] if index + 1 < len(reading.quotes) else None
    next_open = after.open if after is not None and after.paragraph == q.paragraph else p_hi
    lo = reading.sentence_start(q.open, q.paragraph)
    own = [
        rule_transcript_line(reading, q),
        rule_after_quote(reading, q, next_open) if q.closed else None,
        rule_before_quote(reading, q, lo),
        rule_after_quote_loose(reading, q, next_open) if q.closed else None,
        rule_before_quote_loose(reading, q, lo),
        rule_end_of_sentence(reading, q) if q.closed else None,
    ]
    answered = [
        replace(f, phrase=reading.appositive_name(f.phrase)) if f.phrase is not None else f
        for f in own
        if f is not None
    ]
    # The rules' choice: the first rule that answered, if it found a mention; then, with
    # no attribution in the quotation's own sentence, a whole sentence in quotation marks
    # continues the last speaker; words woven into the reporter's sentence are not.
    first = re.search(r"[^\W\d_]", q.raw)
    whole = first is not None and first.group().isupper()
    carried = list(carried_over(reading, index, lo, earlier)) if whole else []
    subject = rule_subject_of_sentence(reading, q, lo)
    ordered: list[Attribution] = []
    if answered and answered[0].phrase is not None:
        ordered.append(answered[0])
    ordered += carried
    ordered += [subject] if subject is not None else []
    ordered += answered
    found: list[Attribution] = []
    seen: set[tuple] = set()
    for attribution in ordered:
        key = (attribution.rule, attribution.phrase, attribution.speaker)
        if attribution.phrase is None and attribution.speaker is None or key in seen:
            continue
        seen.add(key)
        found.append(attribution)
    return found


def rule_subject_of_sentence(reading: Reading, q: Quotation, lo: int) -> Attribution | None:
    """'Brooks blasted the debate as "a mess"': with no speech verb, the person the
    sentence is about (its first name, pronoun or description, followed by a verb).

    >>> from kitlib.quotes import explain
    >>> explain('Ana Ruiz dismissed the debate as "a mess."')
    [('a mess.', 'Ana Ruiz', 'subject of the sentence')]
    """
    phrase = None
    nearest = reading.phrases_in(lo, q.open)[-1:]  # a he/she right before wins
    if (
        nearest
        and nearest[0].kind == "pronoun"
        and nearest[0].text.lower() in ("he", "she")
        and (VERB_AFTER_SUBJECT.match(reading.outside, nearest[0].end, q.open))
    ):
        phrase = nearest[0]
    if phrase is None:
        phrase = reading.opening_subject(lo, q.open)
    if phrase is not None and not reading.person_like(phrase):
        phrase = None  # "Guns are "the ultimate crisis"": a capitalised word, not a speaker
    if phrase is None:  # "In a statement on Monday, the campaign called the report "false""
        for candidate in reading.phrases_in(lo, q.open):
            if candidate.text == "I" or not phrases.is_subject_like(reading.outside, candidate, lo):
                continue
            if not reading.person_like(candidate):
                continue
            verb = VERB_AFTER_SUBJECT.match(reading.outside, candidate.end, q.open)
            if (
                verb is not None
                and verb.group(1) not in vocab.PREPOSITIONS
                and verb.group(1) not in ("and", "or", "of", "who", "which", "that")
            ):
                phrase = candidate
                break
    return Attribution("subject of the sentence", "", phrase) if phrase else None


def rule_carried_over(
    reading: Reading, index: int, lo: int, earlier: Sequence[Decision] = ()
) -> Attribution:
    """A whole sentence in quotation marks with no cue of its own continues a speaker:
    the one the sentence before names ("speaker in previous sentence"), the one of the
    quotation before in the paragraph ("continues previous quotation"), or, for a
    paragraph that opens with a quotation, the last speaker of the paragraph before
    ("continued from previous paragraph": the multi-paragraph convention). The mention
    is that earlier one, so a reader can see why.

    >>> from kitlib.quotes import explain
    >>> explain('Ana Ruiz spoke first.\\n\\n"We will build it," she said.\\n\\n"All of it."')[1]
    ('All of it.', 'Ana Ruiz', 'continued from previous paragraph')
    """
    return next(carried_over(reading, index, lo, earlier), Attribution("no attribution found"))


def carried_over(
    reading: Reading, index: int, lo: int, earlier: Sequence[Decision] = ()
) -> Iterator[Attribution]:
    """Every speaker a quotation with no cue of its own may continue, in the order of
    :func:`rule_carried_over` (which takes the first)."""
    q = reading.quotes[index]
    p_lo, _ = reading.paragraph_bounds(q.paragraph)
    before = None  # the latest quotation of this paragraph with a speaker
    for k in range(min(index, len(earlier)) - 1, -1, -1):
        if reading.quotes[k].paragraph != q.paragraph:
            break
        if earlier[k].attributed:
            before = earlier[k]
            break
    previous_lo = reading.sentence_start(lo - 1, q.paragraph) if lo > p_lo else None
    opens = reading.quote_opens
    if previous_lo is not None and bisect.bisect_left(opens, previous_lo) == bisect.bisect_left(
        opens, lo
    ):  # no quotation in the sentence before
        cues = reading.cues_in(previous_lo, lo)
        for cue in reversed(cues):
            phrase = reading.subject_before(previous_lo, cue[0])
            if phrase is not None:
                cue_text = reading.text[cue[0] : cue[1]]
                yield Attribution("speaker in previous sentence", cue_text, phrase)
                break
    if before is not None:
        yield _carried("continues previous quotation", before)
    if reading.opens_paragraph(q) and q.paragraph > 0:
        introduced = _colon_paragraph_before(reading, q.paragraph)
        if introduced is not None:  # 'The Times reported:' then the quotation, one paragraph
            yield introduced
        k = bisect.bisect_left(opens, p_lo) - 1  # the last quotation before this paragraph
        if (
            0 <= k < len(earlier)
            and reading.quotes[k].paragraph == q.paragraph - 1
            and earlier[k].attributed
        ):
            yield _carried("continued from previous paragraph", earlier[k])
        _, prev_hi = reading.paragraph_bounds(q.paragraph - 1)
        last = reading.sentence_start(prev_hi - 1, q.paragraph - 1)
        for cue in reversed(reading.cues_in(last, prev_hi)):
            phrase = reading.subject_before(last, cue[0])
            if phrase is not None:
                yield Attribution(
                    "continued from previous paragraph", reading.text[cue[0] : cue[1]], phrase
                )
                break


def _carried(rule: str, before: Decision) -> Attribution:
    """The speaker of an earlier quotation, carried over to one that continues it; the
    mention is the earlier one."""
    return Attribution(
        rule,
        "",
        before.phrase,
        before.speaker,
        before.anonymous,
        speakers=before.speakers,
        speaker_kind=before.speaker_kind,
    )


def _colon_paragraph_before(reading: Reading, paragraph: int) -> Attribution | None:
    """'The New York Times reported:' or 'Stated Stone:' as a paragraph of its own, then
    the quotation: the speaker introduced by the colon; with no speech verb ('Gov. Ana
    Ruiz issued the following statement:'), the subject its sentence opens with."""
    prev_lo, prev_hi = reading.paragraph_bounds(paragraph - 1)
    words = reading.outside[prev_lo:prev_hi].rstrip()
    if not words.endswith(":"):
        return None
    colon = prev_lo + len(words) - 1
    last = reading.sentence_start(colon, paragraph - 1)
    for cue in reversed(reading.cues_in(last, colon)):
        cue_text = reading.text[cue[0] : cue[1]]
        phrase = reading.subject_before(last, cue[0])
        if phrase is None and reading.outside[last : cue[0]].strip() == "":
            phrase = reading.phrase_at(cue[1], colon)  # 'Stated Stone:'
        if phrase is not None:
            return Attribution("colon introduction", cue_text, _without_verb(reading, phrase))
    found = reading.phrases_in(last, colon)
    if (
        found
        and not reading.outside[found[-1].end : colon].strip()
        and (found[-1].kind in ("name", "source"))
    ):  # 'Sen. Ana Ruiz:'
        return Attribution("colon introduction", ":", _without_verb(reading, found[-1]))
    subject = reading.opening_subject(last, colon)  # 'Ana Ruiz issued this statement:'
    if subject is not None and subject.kind != "pronoun" and reading.person_like(subject):
        return Attribution("colon introduction", ":", _without_verb(reading, subject))
    return None


def _without_verb(reading: Reading, phrase: phrases.Phrase) -> phrases.Phrase:
    """A speaker phrase without a speech verb that was read as part of it: "Stated Ana
    Ruiz" (a capital at the start of a sentence), "The Daily Courier reports" (a noun in
    form)."""
    words = phrase.text.split()
    if len(words) < 2:
        return phrase
    lo, hi = phrase.start, phrase.end
    if vocab.speech_verb_class(words[0]) != "other":
        lo += len(words[0])
    if vocab.speech_verb_class(words[-1]) != "other":
        hi -= len(words[-1])
    if (lo, hi) == (phrase.start, phrase.end):
        return phrase
    return reading.mention_in(lo, hi) or phrase


_PAST_VERB_AFTER = re.compile(
    r"\s+" + phrases.ADVERB_RUN + r"([a-z]{3,}ed)(?:\s+(?:back|in|out|up|on))?[\s.,!?]*$"
)


#: "an angry Hollande": a determiner and one or two small words before a name.
_DESCRIBED_NAME = re.compile(
    phrases.word_pattern(phrases.ARTICLES) + r"(?: [a-z][\w-]*){1,2} (?=[A-Z])"
)

#: "the audience" before a verb in the past tense.
_DESCRIPTION_AT = re.compile(
    r"(" + phrases.word_pattern(phrases.ARTICLES) + r"(?: [a-z][\w-]*){1,3}?)(?= [a-z]{3,}ed\b)"
)


_IT_BEFORE_CUE = re.compile(r"(?:^|[,;]\s*|\band\s+|\s)\b([Ii]t)\s+" + phrases.ADVERB_RUN + "$")

#: '"…," it said': "it" right after the quotation, before the cue.
_IT_AFTER_QUOTE = re.compile(r"[\s,]*([Ii]t)\s+" + phrases.ADVERB_RUN)

#: Adverbs and auxiliaries between a speaker and the cue after it.
_ADVERBS = re.compile(phrases.ADVERB_RUN)
