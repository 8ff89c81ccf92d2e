"""The damage detector: machine signatures are flagged, ordinary writing is not.

Every sentence here is invented, shaped like the resolver's damage in the CNN
text or like the rhetoric of clean news that an earlier version flagged.
"""

import pytest

from kitlib.articles import article_from_text


def _flags(text: str) -> list[str]:
    article = article_from_text(text)
    rows = article.artifacts[article.artifacts["kind"] == "coreference_substitution"]
    return [article.text[r.start : r.end] for r in rows.itertuples()]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "The mayor wants the towns to pay more of Riverton towns own costs.",
            "Riverton towns own",
        ),
        (
            "She praised Jane Doe and him campaign manager, Sam Roe, on Monday.",
            "him campaign manager",
        ),
        ("Moreover, in an interview, Lopez said Lopez wanted to leave.", "Lopez said Lopez"),
        ("Both have spoken warmly of he and the governor said so.", "of he"),
        ("Rivera, for Lopez part, said nothing at the meeting.", "Lopez part"),
        ("The mayor said she would help them, Lopez though we owe a lot.", "Lopez though"),
        ("It is a question about how It you do it in the end.", "It"),
        (
            "They will strike the depots of the Harbor Front to stop "
            "the depots of the Harbor Front from burning.",
            "the depots of the Harbor Front",
        ),
    ],
)
def test_resolver_signatures_are_flagged(text, flagged):
    assert flagged in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I apologized to my family; I apologized to the town of Riverton.",
        "He gets to run his campaign. He gets to decide who speaks.",
        "Channel Four News and Radio Nine News reported it first.",
        "Ann Lee and Bob Lee were both there, with Tom Roe and Jill Roe.",
        "If indeed Sam Roe is not ready, if indeed Sam Roe is not able, who is?",
        "Let him go, help them vote, and make him feel welcome.",
        "The company's shareholders own at least half of the stock.",
        "Mayor Says He Will Run Again In The Fall",
        "Readers will decide on their own, as the Riverton Times put it.",
        "Most exports to the United States came from the United States in the first place.",
        "Lopez was Lopez, as ever, at the rally in Riverton.",
    ],
)
def test_ordinary_writing_is_not_flagged(text):
    assert _flags(text) == []


def test_quotation_over_several_paragraphs_is_news_style():
    text = (
        "“We will fix the bridge first,” the mayor said. “Then the roads.\n\n"
        "“And then the schools,” she added."
    )
    article = article_from_text(text)
    assert "unbalanced_quote_marks" not in set(article.artifacts["kind"])


def test_quotation_left_open_for_good_is_flagged():
    text = "The mayor said “we will fix the bridge.\n\nShe left after that."
    article = article_from_text(text)
    assert list(article.artifacts["kind"]) == ["unbalanced_quote_marks"]
