"""Checks for lesson 06, word choice. Every expected value is computed by the kit."""

from __future__ import annotations

import io
import re
import warnings
from functools import cache

import pandas as pd

from kitlib import data
from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.words import tables as words

__all__ = [
    "ASKED_DEVICES",
    "DEVICES",
    "DEVICES_FILE",
    "PACKAGES",
    "commonest_verb_class",
    "devices_cnn",
    "devices_nbc",
    "framing_devices",
    "putin_quoted",
    "reporter_loaded_words",
    "shuffles_as_many",
    "top_word",
    "vader_limit",
]

#: The kit's reading of each article's framing devices (see data/annotations/README.md).
DEVICES_FILE = "annotations/framing_devices.csv"

#: Gamson and Modigliani's (1989) framing devices that lesson 06 names, in plain words.
DEVICES = {
    "catchphrase": "a short, memorable phrase that sums up the package, often quoted or repeated",
    "metaphor": "words that speak of one thing in terms of another",
    "exemplar": "a real event or case, past or present, held up as showing what the issue is",
    "depiction": "a characterisation of an actor, in a word or a phrase",
}

#: The devices exercises 06.4 and 06.5 ask for.
ASKED_DEVICES = ("catchphrase", "metaphor", "exemplar")

#: The central idea of each article's package, in the kit's reading.
PACKAGES = {
    "nbc": "a Republican ticket split over Russia, with Trump as the one who praises Putin",
    "cnn": "a choice of force and safe zones in Syria, weighed against their costs and against "
    "the lesson of Iraq",
}


def framing_devices(article: str | None = None) -> pd.DataFrame:
    """The kit's reading of the framing devices in the bundled articles (``nbc``, ``cnn``).

    Columns ``article, device, words, key, note``; one row per device found.

    >>> sorted(set(framing_devices("nbc")["device"]))
    ['catchphrase', 'depiction', 'exemplar', 'metaphor']
    """
    table = pd.read_csv(io.StringIO(data.read_text(DEVICES_FILE)), keep_default_na=False)
    if article is not None:
        table = table[table["article"] == article]
    return table.reset_index(drop=True)


def _plain(text) -> str:
    """Lower case, one kind of quotation mark and apostrophe, single spaces (same length
    is not kept: only for finding words)."""
    text = str(text).lower().replace("’", "'").replace("‘", "'").replace("“", '"')
    return " ".join(text.replace("”", '"').split())


def _spans(text: str, words_: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(words_), text)]


def _devices(answer, article_id: str) -> Result:
    if not isinstance(answer, dict):
        return Result(
            False,
            'Give a dictionary: {"catchphrase": "words", "metaphor": "words", '
            '"exemplar": "words"}, each with words copied from the article.',
        )
    article = dict(zip(("nbc", "cnn"), load_pair(), strict=True))[article_id]
    text = _plain(article.text)
    given = {feedback.fold(k).rstrip("s"): v for k, v in answer.items()}
    table = framing_devices(article_id)
    problems, found = [], []
    for device in ASKED_DEVICES:
        phrase = given.get(device)
        if not isinstance(phrase, str) or not phrase.strip() or phrase.strip() == "...":
            problems.append(f"{device}: copy a few words of the article")
            continue
        words_ = _plain(phrase).strip(" .,;:\"'")
        where = _spans(text, words_)
        if not where:
            problems.append(f"{device}: those words are not in the article as written")
            continue
        matches = []
        for row in table.itertuples(index=False):
            if _plain(row.key) not in words_:
                continue
            rows_at = _spans(text, _plain(row.words))
            if any(a < d and c < b for a, b in where for c, d in rows_at):
                matches.append(row.device)
        if device in matches:
            found.append(device)
        elif matches:
            problems.append(
                f"{device}: in the kit's reading those words are a {matches[0]}, not a "
                f"{device} (a {device} is {DEVICES[device]})"
            )
        else:
            problems.append(
                f"{device}: not among the kit's readings. A {device} is {DEVICES[device]}; "
                "try again, or argue for yours with your teacher"
            )
    if problems:
        return Result(False, "; ".join(problems) + ".")
    return Result(
        True,
        f"Three devices of one package. The kit's reading of this article's central idea: "
        f"{PACKAGES[article_id]}. Your three phrases carry it; set them beside the kit's "
        f'list (framing_devices("{article_id}")) and see which it found that you did not.',
    )


@exercise("06.devices_nbc", expects='a dictionary such as {"catchphrase": "words", ...}')
def devices_nbc(answer) -> Result:
    return _devices(answer, "nbc")


@exercise("06.devices_cnn", expects='a dictionary such as {"catchphrase": "words", ...}')
def devices_cnn(answer) -> Result:
    return _devices(answer, "cnn")


@cache
def _distinctive():
    nbc, cnn = load_pair()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", words.ShortTextWarning)
        return words.distinctive_words(nbc, cnn)


@exercise("06.top_word", expects='a word in quotes, such as "debate"')
def top_word(answer) -> Result:
    table = _distinctive()
    expected = table.iloc[0]["word"]
    given = feedback.fold(answer)
    if given == expected:
        return Result(True, "Now look at its counts in both articles: is the difference big?")
    if given in set(table["word"]):
        return Result(
            False,
            "That word is in the table, but not at the top. The table is sorted by z, largest "
            "first: look at the first row (table.iloc[0]).",
        )
    return Result(
        False, "That word is not in either article. Copy it from the table's word column."
    )


@cache
def _shuffles():
    """The permutation check of the bundled pair, run once (the checks only read it)."""
    nbc, cnn = load_pair()
    return words.permutation_check(nbc, cnn)


@exercise("06.shuffles_as_many", expects="a whole number")
def shuffles_as_many(answer) -> Result:
    check = _shuffles()
    real = check.loc[~check["shuffled"], "words_beyond"].iloc[0]
    shuffled = check[check["shuffled"]]
    return feedback.number(
        answer,
        int((shuffled["words_beyond"] >= real).sum()),
        hint="In the permutation table, keep the rounds whose shuffled column is True, and "
        "count those whose words_beyond is at least the real pair's (the round that is not "
        "shuffled).",
        right="So chance alone often gives as many 'distinctive' words as the real pair has.",
    )


@exercise("06.putin_quoted", expects="a whole number")
def putin_quoted(answer) -> Result:
    nbc, _ = load_pair()
    lines = words.kwic(nbc, "Putin")
    inside = sum(words.inside_quotation(nbc, int(start)) for start in lines["start"])
    return feedback.number(
        answer,
        int(inside),
        hint="Read each line of the Putin table above: is there a quotation mark before "
        "'Putin' in its sentence that has not been closed yet? Only those lines are a "
        "speaker's words.",
        right="Only that line is a speaker's; the other mentions of Putin's praise are in "
        "the reporter's own sentences. Who is making the point, then?",
    )


@exercise("06.reporter_loaded_words", expects="a whole number")
def reporter_loaded_words(answer) -> Result:
    nbc, _ = load_pair()
    table = words.loaded_words(nbc)
    return feedback.number(
        answer,
        int((~table["in_quotation"]).sum()),
        hint="In the loaded-words table of NBC, count the rows whose in_quotation column is "
        "False: those words are outside every quotation.",
        right="Those words are the reporter's own choices, not a speaker's.",
    )


@exercise("06.commonest_verb_class", expects='a class in quotes, such as "emphatic"')
def commonest_verb_class(answer) -> Result:
    nbc, cnn = load_pair()
    totals = words.attribution_tally(nbc, cnn).sum()
    expected = str(totals.idxmax())
    return feedback.choice(
        answer,
        expected,
        options=list(totals.index),
        hint="Add up each class's column over both articles and pick the largest total.",
        right="Reporters are trained to prefer the neutral 'said'; the other classes stand out.",
    )


@exercise("06.vader_limit", expects="a sentence in quotes", written=True)
def vader_limit(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "says how VADER works: it looks up each word in a fixed list of scored words;",
            "names a word from these articles whose score misleads (such as 'strength');",
            "says what the word means in its sentence here (a threat of military force), "
            "which the list cannot know;",
            "says what follows for the score: it measures words, not what a sentence means.",
        ],
        model=keys.model_answer("06.vader_limit"),
        prompt='In one sentence of your own: why does VADER score "met with American '
        'strength" as positive, and what does that tell you about tone scores for news?',
    )
