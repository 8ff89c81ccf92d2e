"""Every word list of the kit, in one place.

A list that two modules need is defined here once and imported by both, so the
two can never disagree. Each section says which module mainly uses it; a list
that only one rule needs may stay beside that rule, with a comment saying so.
Lists longer than a few lines, or with a note per entry, live in data files
(``data/lexicons/``) and are read by the module that owns them.

>>> "Sen." in TITLE_ABBREVIATIONS and "Senator" in TITLE_WORDS
True
>>> "However" in NOT_NAMES
True
>>> SUBJECT_PRONOUNS["she"]
'female'
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "ABBREVIATIONS",
    "SPEECH_VERB_CLASSES",
    "SPEECH_VERB_FILE",
    "DAYS",
    "MONTHS",
    "NOT_NAMES",
    "SUBJECT_PRONOUNS",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "TITLE_FOR_NOUN",
    "TITLE_WORDS",
    "speech_verb_class",
    "speech_verb_table",
]

# --------------------------------------------------------------------------
# Titles before a name (actors, attribution, quotes)
# --------------------------------------------------------------------------

#: Abbreviated titles that stand before a name ("Gov. Mike Pence", "Sen. Tim Kaine").
TITLE_ABBREVIATIONS = frozenset(
    (
        "Adm.",
        "Amb.",
        "Atty.",
        "Capt.",
        "Col.",
        "Dr.",
        "Gen.",
        "Gov.",
        "Lt.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Prof.",
        "Rep.",
        "Rev.",
        "Sen.",
        "Sgt.",
    )
)

#: Whole words that stand before a name as a title or label ("Treasurer David Okoye");
#: the full name the kit reports leaves them out.
TITLE_WORDS = frozenset(
    """
    Admiral Ambassador Bishop Captain Chair Chairman Chairwoman Chief Coach Colonel
    Commissioner Congressman Congresswoman Councillor Councilman Councilwoman Democrat
    Democratic Detective Director Father Former General Governor Judge Justice Leader
    Lieutenant Mayor Minister Officer Pastor President Prime Principal Professor
    Representative Republican Secretary Senator Sergeant Sheriff Sister Speaker
    Treasurer Vice
    """.split()
)

#: Every title, abbreviated or whole.
TITLES = TITLE_ABBREVIATIONS | TITLE_WORDS

#: The titles written before a name that a description such as "the senator" refers back to.
TITLE_FOR_NOUN = {
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "president": ("President",),
    "representative": ("Rep.", "Representative"),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "mayor": ("Mayor",),
    "secretary": ("Secretary",),
    "general": ("Gen.", "General"),
    "judge": ("Judge",),
    "treasurer": ("Treasurer",),
    "chairman": ("Chairman",),
    "professor": ("Prof.", "Professor"),
}

# --------------------------------------------------------------------------
# Capitalised words that are not names (actors, attribution, comparison)
# --------------------------------------------------------------------------

#: Days of the week and months: capitalised, never a person.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Words that start with a capital letter (at the start of a sentence, or in a
#: headline) but are not names: function words, pronouns, sentence adverbs, days
#: and months.
NOT_NAMES = frozenset(
    """
    A About According After All Also Although Among An And Another April As Asked At
    Aug August Because Before Between Both But By Dec December Democrat Democratic
    Democrats Despite During Each Earlier Even Every Feb February Five Following For
    Former Four Friday From GOP He Her Here His How However I If In Indeed Instead Into
    It Its Jan January July June Just Later Like Many March May Meanwhile Monday
    Moreover Most My No Nor Not Nov November Now Oct October Of On One Only Or Other
    Our Outside Over Presidential Republican Republicans Said Saturday Sept September
    Several She Since So Some Speaking Still Such Sunday That The Their Then There
    These They This Those Though Three Thursday Thus To Told Tuesday Two Under Unless
    Unlike Until Vice We Wednesday What When Whenever Where Which While Who Whom Whose
    Why With Without Yes Yet You Your
    """.split()
)

# --------------------------------------------------------------------------
# Pronouns (attribution, actors)
# --------------------------------------------------------------------------

#: Subject pronouns, and whom they can stand for.
SUBJECT_PRONOUNS = {"he": "male", "she": "female", "they": "plural", "we": "plural", "i": "first"}

# --------------------------------------------------------------------------
# Abbreviations (sentence ends; quotes, text)
# --------------------------------------------------------------------------

#: Abbreviations (lower-case, without the full stop) after which a full stop does
#: not end a sentence: titles, months, US states, company words.
ABBREVIATIONS = frozenset(
    """
    adm ala amb apr ariz ark atty aug calif capt co col colo conn corp dec del dr feb
    fla ga gen gov ill inc ind jan jr jul jun kan ky la lt mar mass md mich minn miss
    mo mont mr mrs ms neb nev no nov oct okla ore pa prof rep rev sen sep sept sgt sr
    st tenn tex va vs vt wash wis wyo
    """.split()
)

# --------------------------------------------------------------------------
# Speech verbs (attribution, quotes, words)
# --------------------------------------------------------------------------

#: The one table of speech verbs (``data/lexicons/attribution_verbs.csv``): each
#: verb's forms, its class, why, and which forms ``find_quotes`` reads as a cue.
SPEECH_VERB_FILE = "lexicons/attribution_verbs.csv"

#: The classes of speech verbs, from "adds no judgement" to "presents it as an attack".
#: "other" is a manner that none of the five judges (joked, whispered).
SPEECH_VERB_CLASSES = ("neutral", "distancing", "concessive", "emphatic", "confrontational",
                       "other")


@cache
def speech_verb_table() -> tuple[dict[str, str], ...]:
    """The rows of the speech-verb table (lemma, forms, class, note, cue_forms), as read.

    >>> next(row for row in speech_verb_table() if row["lemma"] == "claim")["class"]
    'distancing'
    """
    import csv
    import io

    from kitlib import data

    return tuple(csv.DictReader(io.StringIO(data.read_text(SPEECH_VERB_FILE))))


@cache
def _verb_classes() -> dict[str, str]:
    return {
        form.strip().lower(): row["class"]
        for row in speech_verb_table() for form in row["forms"].split("|")
    }


def speech_verb_class(verb: str) -> str:
    """The class of a speech verb as written ("said", "Called", "described … as"), or
    "other" when it is not in the table. The one rule for every table of the kit.

    >>> speech_verb_class("said"), speech_verb_class("Claimed"), speech_verb_class("described … as")
    ('neutral', 'distancing', 'neutral')
    >>> speech_verb_class("responded"), speech_verb_class("calling"), speech_verb_class("sang")
    ('neutral', 'neutral', 'other')
    """
    word = " ".join(str(verb).strip().lower().split(" … ")[0].split())
    classes = _verb_classes()
    if word in classes:
        return classes[word]
    return classes.get(word.split(" ")[0], "other") if word else "other"
