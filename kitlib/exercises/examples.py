"""The invented examples that lessons print for classification exercises, without answers.

Written for the kit. The answers live with the checks (``lesson_objectives.py``,
``lesson09.py``), keyed by letter, so printing these shows a student only the
examples. Each is a tuple of ``(letter, text)``.
"""

from __future__ import annotations

__all__ = [
    "ALPHA_VALUES",
    "COMPETITION_CHOICES",
    "GAME_PARAGRAPHS",
    "INDEXING_CHOICES",
    "NAME_ERROR_LINES",
    "PER_1000_COLUMNS",
    "PROCESS_EXAMPLES",
    "SAMPLING_PLANS",
    "ENTMAN_SENTENCES",
    "NEIGHBOUR_EXAMPLES",
    "PYRAMID_PARAGRAPHS",
    "QUOTE_SENTENCES",
]

#: Lesson 00: four lines that stopped with a NameError, and the message each gave.
NAME_ERROR_LINES = (
    ("a", "kwic(cnn, Syria)", "NameError: name 'Syria' is not defined"),
    ("b", "len(NBC.words)", "NameError: name 'NBC' is not defined"),
    (
        "c",
        "len(cnn.words)   (the first cell run after Kernel → Restart Kernel)",
        "NameError: name 'cnn' is not defined",
    ),
    ("d", 'check("00.more_russia", CNN)', "NameError: name 'CNN' is not defined"),
)

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

#: Lesson 09: four invented observations about framing as a process (Scheufele 1999).
PROCESS_EXAMPLES = (
    (
        "a",
        "A campaign's spokesman gives reporters a ready phrase for the rival's debate answer, "
        "and by the morning three outlets use it in their headlines.",
    ),
    (
        "b",
        "Readers who were shown only the 'ticket split' story describe the debate afterwards "
        "mostly as a quarrel between the running mates; readers shown the 'safe zone' story "
        "describe it mostly as a choice about Syria.",
    ),
    (
        "c",
        "Asked in a survey what the Syria debate is about, one voter answers: 'whether we can "
        "afford another Iraq'.",
    ),
    (
        "d",
        "A content analysis of 200 stories finds that most present Syria as a choice between "
        "intervening and staying out.",
    ),
)

#: Lesson 09: a prediction about competing frames (Chong & Druckman 2007), and four answers.
COMPETITION_CHOICES = (
    (
        "question",
        "Two groups read about a safe zone in Syria. Group A reads one article that frames it "
        "as protecting civilians, a strong frame from a credible source. Group B reads the same "
        "article and a second one, just as strong and credible, that frames the safe zone as "
        "risking war with Russia. Compared with group A, how far does group B move towards "
        "supporting a safe zone?",
    ),
    ("a", "Just as far: each reader keeps the first frame read."),
    ("b", "Less far: the competing strong frame reduces the first frame's effect, though it "
          "need not cancel it."),
    ("c", "Further: reading two articles makes any frame more persuasive."),
    ("d", "Not at all, in either group: frames have no effect on readers."),
)  # fmt: skip

#: Lesson 09: four paragraphs of the bundled pair to code as strategy (game) or issue:
#: ``(letter, article, paragraph)``, paragraphs numbered from 1, the lead.
GAME_PARAGRAPHS = (("a", "nbc", 19), ("b", "nbc", 8), ("c", "nbc", 18), ("d", "cnn", 9))

#: Lesson 08: four columns of the class table; which would you divide by length?
PER_1000_COLUMNS = (
    "quotes: quotations",
    "readability: flesch_kincaid_grade",
    "artifacts: dropped_words",
    "words",
)

#: Lesson 08: four ways a class might choose articles to compare two outlets.
SAMPLING_PLANS = (
    (
        "a",
        "Each student saves the five election articles from either outlet that they found "
        "most striking.",
    ),
    (
        "b",
        "The class takes every article each outlet published about the election in October "
        "2016, from the outlets' archives.",
    ),
    (
        "c",
        "The class lists every election article of October 2016 from both outlets and draws "
        "50 from each list at random.",
    ),
    (
        "d",
        "The class takes one article from each outlet about the vice-presidential debate, "
        "chosen because both are about Pence.",
    ),
)


#: Lesson 04, exercise 9: which prediction follows from indexing (Bennett 1990)?
INDEXING_CHOICES = (
    (
        "a",
        "Both articles give most of their quoted words to people who hold or seek office, or "
        "speak for them, and they make news of Pence's break with Trump because it is a "
        "disagreement inside the political elite.",
    ),
    (
        "b",
        "Both articles quote ordinary voters as often as candidates, because a televised "
        "debate is watched by millions of them.",
    ),
    (
        "c",
        "Each article gives exactly half of its quoted words to each campaign, because "
        "reporters are bound to balance the two sides.",
    ),
    (
        "d",
        "The articles list their sources at the end, in an index, so that readers can check them.",
    ),
)
