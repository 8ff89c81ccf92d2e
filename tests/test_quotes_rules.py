"""Each attribution rule, and each failure shape of issue 14, on an invented sentence.

Every row is (text, the quotation to look at, its speaker, the rule that must decide).
None of these sentences comes from an article: they are written to have the shape of
real news (PolNeAR), so a rule that breaks shows up here by name.
"""

from __future__ import annotations

import pandas as pd
import pytest

from kitlib.quotes import RULES, find_quotes


def row_of(text: str, quote_begins: str) -> pd.Series:
    table = find_quotes(text, titles=True)
    hits = table[table["quote"].str.startswith(quote_begins)]
    assert len(hits) == 1, f"no single quotation starting {quote_begins!r} in {table['quote']}"
    return hits.iloc[0]


def speaker_of(row: pd.Series):
    return row["speaker"] if isinstance(row["speaker"], str) else None


RULE_TABLE = [
    # speaker after quote: name, title, pronoun, inverted, description, appositive
    (
        '"We will finish the bridge," Mayor Ana Ruiz said.',
        "We will",
        "Ana Ruiz",
        "speaker after quote",
    ),
    ('"It is done," said Gov. Ana Ruiz.', "It is", "Ana Ruiz", "speaker after quote"),
    (
        '"The budget is sound," said one former city hall aide.',
        "The budget",
        "one former city hall aide",
        "speaker after quote",
    ),
    (
        '"Prices will rise," Tom Berg, an economist at the river port, told the paper.',
        "Prices",
        "Tom Berg",
        "speaker after quote",
    ),
    ('"Is it legal?" asked Sen. Ana Ruiz of Ohio.', "Is it", "Ana Ruiz", "speaker after quote"),
    # dash, according to, colon
    ("“Never again.” — Ana Ruiz", "Never", "Ana Ruiz", "dash attribution"),
    ('Turnout fell by "a third," according to Tom Berg.', "a third", "Tom Berg", "according to"),
    (
        "- Tom Berg: “Turnout was higher than anyone expected.”",
        "Turnout",
        "Tom Berg",
        "colon introduction",
    ),
    # speaker before quote, told / said of / wrote in a statement
    (
        'Ana Ruiz told reporters, "The vote was fair."',
        "The vote",
        "Ana Ruiz",
        "speaker before quote",
    ),
    (
        'Tom Berg wrote in a statement that the plan was "a disaster for farmers."',
        "a disaster",
        "Tom Berg",
        "speaker before quote",
    ),
    (
        'Ana Ruiz said of the mayor, "She has done her best."',
        "She has",
        "Ana Ruiz",
        "speaker before quote",
    ),
    (
        'Senators were irritated, with Sen. Ana Ruiz calling it a "broken promise."',
        "broken",
        "Ana Ruiz",
        "speaker before quote",
    ),  # "with X calling": Reading.with_participle
    # organisations and documents as sources
    (
        '"Rates will stay low," the Federal Reserve said.',
        "Rates",
        "Federal Reserve",
        "speaker after quote",
    ),
    (
        'The report said the river was "badly polluted."',
        "badly",
        "the report",
        "speaker before quote",
    ),
    (
        'The memo was sent on Monday. "This must change," it said.',
        "This must",
        "the memo",
        "speaker after quote",
    ),
    # relative clause, subject of the sentence
    (
        '"It is over," said Tom Berg, who added that the vote was "a farce."',
        "a farce",
        "Tom Berg",
        "relative clause",
    ),
    ('Ana Ruiz dismissed the debate as "a mess."', "a mess", "Ana Ruiz", "subject of the sentence"),
    (
        "At a long rally in the valley on a cold Monday night, Ana Ruiz dismissed the plan as "
        '"a fantasy."',
        "a fantasy",
        "Ana Ruiz",
        "subject of the sentence",
    ),
    (
        'It will carry "real weight" and bring "new voters" in, Ana Ruiz said.',
        "real weight",
        "Ana Ruiz",
        "speaker at end of sentence",
    ),
    # continued quotations
    ('"Yes," Ana Ruiz said. "We will."', "We will", "Ana Ruiz", "continues previous quotation"),
    (
        'Ana Ruiz spoke first. She said the plan was ready.\n\n"It will pass."',
        "It will",
        "Ana Ruiz",
        "continued from previous paragraph",
    ),
    (
        'Ana Ruiz took the stage and said the town had waited long enough. "We begin today."',
        "We begin",
        "Ana Ruiz",
        "speaker in previous sentence",
    ),
    # a transcript, and a speaker no rule names but the chooser finds near the quotation
    (
        'Tim Kaine and Mike Pence met.\n\n"PENCE: We will win."',
        "PENCE",
        "Mike Pence",
        "transcript line",
    ),  # fmt: skip
    (
        'Mayor Ana Ruiz on the vote. The turnout, in her words, was "a surprise to all of us."',
        "a surprise",
        "Ana Ruiz",
        "near the quotation",
    ),
    # nobody's words
    (
        'She watched "Morning Harbour" on the station\'s show every day.',
        "Morning",
        None,
        "title or scare quotes",
    ),
    (
        'Painted on the door were the words "closed until further notice by order."',
        "closed",
        None,
        "no attribution found",
    ),
]


@pytest.mark.parametrize(("text", "begins", "speaker", "rule"), RULE_TABLE)
def test_each_rule_on_an_invented_sentence(text, begins, speaker, rule):
    row = row_of(text, begins)
    assert (speaker_of(row), row["rule"]) == (speaker, rule)


def test_every_rule_has_a_row_above():
    tried = {rule for *_, rule in RULE_TABLE}
    assert set(RULES) - tried == set(), "add an invented sentence for each new rule"


FAILURE_SHAPES = [
    # a title or description before a name
    ('"We need more teachers," Vice President Ana Ruiz said.', "We need", "Ana Ruiz"),
    ('Campaign chairman Tom Berg told reporters, "We are ahead."', "We are", "Tom Berg"),
    ('Ana Ruiz spoke. "We are ready," Ms. Ruiz said.', "We are", "Ana Ruiz"),
    ('"Pray for the town," said the Rev. Tom Berg.', "Pray", "Tom Berg"),
    (
        '"The park will reopen," a spokesman for the zoo said.',
        "The park",
        "a spokesman for the zoo",
    ),
    ('"Thank you all," a smiling Ruiz said.', "Thank you", "Ruiz"),
    (
        '"The park will reopen," a spokesman for Lakeland Parks said.',
        "The park",
        "a spokesman for Lakeland Parks",
    ),
    (
        '"It is a tight race," Republican pollster Tom Berg, part of the bipartisan team, told '
        "the station.",
        "It is",
        "Tom Berg",
    ),
    # wrong speaker, confidently
    (
        '"You would lose," Ana Ruiz said. "Because you\'d be in court," Tom Berg interjected.',
        "Because",
        "Tom Berg",
    ),
    (
        "Ana Ruiz studied at Lake Ridge Law School.\n\nPolice Chief Tom Berg called the "
        'ruling "a mistake."',
        "a mistake",
        "Tom Berg",
    ),
    ('"The agency rewrote the rule," McCarthy wrote.', "The agency", "McCarthy"),
    (
        'Actor Tom Berg thanked actress Ana Ruiz. "It was a wonderful year," he said.',
        "It was",
        "Tom Berg",
    ),
    (
        'Actress Ana Ruiz thanked actor Tom Berg. "It was a wonderful year," she said.',
        "It was",
        "Ana Ruiz",
    ),
    (
        'Ruiz, during a town hall meeting in Akron, Ohio, said she was "going to fight."',
        "going to",
        "Ruiz",
    ),
    (
        'Berg, the only candidate to campaign in the valley, told voters it was "a battle."',
        "a battle",
        "Berg",
    ),
    ('The vote was close, Wells said, adding, "We were lucky."', "We were", "Wells"),
    ('Berg asked who would pay. "The town!" the crowd shouted back.', "The town", "the crowd"),
    ('"You are wrong," Ruiz barked.', "You are", "Ruiz"),
    # joint speakers
    ('"We want answers," Cummings and Berg wrote.', "We want", "Cummings and Berg"),
    # a quotation that ends its sentence: the next sentence's subject is not its speaker
    (
        '"We are ready," Ana Ruiz said. "We feel good about the state." Tom Berg noted a rally '
        "planned for Saturday.",
        "We feel",
        "Ana Ruiz",
    ),
    # a clause reported with "that": the one who reports it speaks
    (
        'Ana Ruiz told the station that Tom Berg "had a plan that failed," adding more.',
        "had a plan",
        "Ana Ruiz",
    ),
    ('Ana Ruiz said she recalls the mayor being "confused" at the time.', "confused", "Ana Ruiz"),
    # a described name and a verb in the past tense after the quotation
    (
        'The mayor spoke.\n\n"The town will stay," an angry Ana Ruiz retaliated.',
        "The town",
        "Ana Ruiz",
    ),
    # "it" with an adverb, resolved to a paper named with "the"
    ('"It fell," the Courier wrote.\n\n"It rose," it further wrote.', "It rose", "Courier"),
    # a capitalised word that opens an adverbial is not the subject
    (
        "The talks ended.\n\nHours later, Tom Berg returned the compliment, telling reporters, "
        '"We are friends."',
        "We are",
        "Tom Berg",
    ),
    # a name in which a cue word is capitalised ("United States") is not a cue
    (
        'Ana Ruiz told the crowd that we must push on in the United States, saying that "race '
        'still matters" here.',
        "race still",
        "Ana Ruiz",
    ),
    # the quotation dash (U+2015) and a paragraph ending in a colon
    ("\u201cWe stay.\u201d\u2015 Ana Ruiz", "We stay", "Ana Ruiz"),
    (
        'The river rose.\n\nThe Daily Courier reported:\n\n"The levee failed at noon."',
        "The levee",
        "Daily Courier",
    ),
    # a paragraph ending in a colon with no speech verb: the subject it opens with
    (
        "The storm hit the coast.\n\nIn response, Gov. Ana Ruiz issued the following "
        'statement:\n\n"Our prayers are with all those affected. This cannot go on."',
        "Our prayers",
        "Ana Ruiz",
    ),
    # "according to" and a noun phrase after it
    (
        'More than 100 people joined a "walk-in" at the schools, according to the organisers.',
        "walk-in",
        "the organisers",
    ),
    # a slip of punctuation: a full stop inside the marks, then only "Name said."
    ("\u201cFind the emails.\u201d Tom Berg said.\n\nThe hall was quiet.", "Find the", "Tom Berg"),
    # a relative pronoun, an interjection, then the cue
    (
        "There was the editor Tom Berg, who, after trading insults with the mayor, said on the "
        'radio that "the party became an echo chamber."',
        "the party",
        "Tom Berg",
    ),
    # titles are nobody's words
    ('The film "Silent Harbour" won the top prize.', "Silent", None),
    ('Her series "Fleabane" returns in May, the network said.', "Fleabane", None),
]


@pytest.mark.parametrize(("text", "begins", "speaker"), FAILURE_SHAPES)
def test_failure_shapes_from_real_news_get_the_right_speaker_or_none(text, begins, speaker):
    assert speaker_of(row_of(text, begins)) == speaker


def test_joint_speakers_are_all_listed():
    row = row_of('Sens. Ana Ruiz, Tom Berg and Li Wei said the bill was "cruel."', "cruel")
    assert row["speakers"] == ["Ana Ruiz", "Tom Berg", "Li Wei"]


def test_a_continued_quotation_points_at_the_mention_it_continues():
    text = '"Yes," Ana Ruiz said. "We will."'
    row = row_of(text, "We will")
    assert text[row["speaker_start"] : row["speaker_end"]] == "Ana Ruiz"
    assert row["speaker_mention"] == "Ana Ruiz"


def test_a_pronoun_is_the_mention_and_the_person_the_speaker():
    text = 'Ana Ruiz spoke first. "We are ready," she said.'
    row = row_of(text, "We are")
    assert (row["speaker_mention"], row["speaker"]) == ("she", "Ana Ruiz")


def test_a_pronoun_does_not_reach_back_past_another_man():
    # rule "pronoun not across another person": Tom Hale (a man) is named between Berg's
    # quotation and "he", so "he" is not Berg.
    text = (
        '"We will win," Mr. Berg said.\n\nMr. Tom Hale arrived late.\n\n'
        'The crowd cheered for an hour.\n\n"It is over," he said.'
    )
    assert speaker_of(row_of(text, "It is over")) != "Berg"


def test_a_pronoun_reaches_back_to_the_last_speaker_when_nobody_else_is_named():
    text = (
        '"We will win," Mr. Berg said.\n\nThe crowd cheered.\n\n'
        'The band played for an hour.\n\n"It is over," he said.'
    )
    assert speaker_of(row_of(text, "It is over")) == "Berg"


def test_an_article_is_read_with_its_own_sentences():
    import warnings

    from kitlib.articles import as_article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = as_article(
            'Sen. Ana Ruiz, R-Ky., told reporters the polls were "way off," and left the hall.'
        )
    table = find_quotes(article)
    assert list(table["speaker"]) == ["Ana Ruiz"]


def test_a_name_that_opens_a_sentence_is_a_subject():
    # phrases.is_subject_like: after "… vague." a name opens its sentence (it was taken
    # for the object of "vague", so a "he" later in the sentence went to someone else).
    from kitlib.quotes import phrases

    text = "The mayors were vague. Gov. Li Wei (D-Ohio), said he had not read it."
    name = next(p for p in phrases.speaker_phrases(text) if p.kind == "name")
    assert name.text == "Gov. Li Wei"
    assert phrases.is_subject_like(text, name)
