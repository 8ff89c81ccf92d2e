"""The invented examples that lessons print for classification exercises, without answers.

Written for the kit. The answers live with the checks (``lesson_objectives.py``,
``lesson09.py``), keyed by letter, so printing these shows a student only the
examples. Each is a tuple of ``(letter, text)``.
"""

from __future__ import annotations

__all__ = [
    "ALPHA_VALUES",
    "ENTMAN_SENTENCES",
    "NEIGHBOUR_EXAMPLES",
    "PYRAMID_PARAGRAPHS",
    "QUOTE_SENTENCES",
]

#: Lesson 02: four paragraphs of an invented story, out of order.
PYRAMID_PARAGRAPHS = (
    (
        "A",
        "The bridge on Mill Lane will close for six months from Monday while engineers "
        "replace two of its supports, the council said on Friday.",
    ),
    (
        "B",
        "Drivers will be sent along Castle Road, which the council says adds about ten "
        "minutes to a trip into the town centre.",
    ),
    (
        "C",
        "The bridge was opened in 1931 by the town's first mayor, whose name is carved "
        "into its east side.",
    ),
    (
        "D",
        "Engineers found cracks in the two supports during a routine inspection in March.",
    ),
)

#: Lesson 04: six sentences that report speech.
QUOTE_SENTENCES = (
    (
        "a",
        'The mayor said: "We will reopen the bridge before the winter, whatever it costs."',
    ),
    (
        "b",
        'The mayor promised to reopen the bridge "before the winter".',
    ),
    (
        "c",
        "The mayor said the bridge would reopen before the winter.",
    ),
    (
        "d",
        'Shop owners called the closure "a disaster" at the meeting.',
    ),
    (
        "e",
        '"It is a disaster for every shop on this street," said Ann Price, who runs the bakery.',
    ),
    (
        "f",
        "According to the engineer, two of the supports were badly cracked.",
    ),
)

#: Lesson 05: four sentences, one for each of Entman's functions.
ENTMAN_SENTENCES = (
    (
        "a",
        "Three hundred shops will lose their passing trade for half a year.",
    ),
    (
        "b",
        "Years of cuts to the maintenance budget let the cracks grow unnoticed.",
    ),
    (
        "c",
        "Keeping a crumbling bridge open to school buses would have been reckless.",
    ),
    (
        "d",
        "The council should build a temporary footbridge before the summer.",
    ),
)

#: Lesson 09: six examples of framing and its neighbours.
NEIGHBOUR_EXAMPLES = (
    (
        "a",
        "For a month, the evening newscasts run forty stories about crime and two about "
        "housing. At the end of the month, more viewers than before name crime as the "
        "country's most important problem.",
    ),
    (
        "b",
        "Two reports on the same trial of a new medicine: one says it 'saves 80 of every "
        "100 patients', the other that '20 of every 100 patients die'.",
    ),
    (
        "c",
        "One paper reports a factory closure as a story about the owner's costs and the "
        "market; another reports the same closure through the workers who lose their jobs"
        " and what happens to their town.",
    ),
    (
        "d",
        "After weeks of coverage of a crisis abroad, voters judge the president mostly by"
        " how they think the crisis was handled, and hardly by the economy.",
    ),
    (
        "e",
        "A study of one newspaper's election coverage over a whole year finds that, story"
        " after story, one party's candidates are quoted twice as often and described in "
        "kinder words than the other party's.",
    ),
    (
        "f",
        "A city's press office says its new scheme 'works for 9 of every 10 families'; a "
        "rival's statement about the same figures says it 'fails 1 family in 10'.",
    ),
)

#: Lesson 05: Krippendorff's alpha for three questions of an invented study
#: (40 articles, three coders each): ``(question_id, alpha)``.
ALPHA_VALUES = (("C1", 0.86), ("R3", 0.71), ("M1", 0.42))
