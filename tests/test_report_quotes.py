"""The report's quotation counts (issue 24): speakers are speakers, the rows to check
by hand are counted, anonymous sources follow ``anonymous``."""

import pytest

from kitlib.articles import article_from_text
from kitlib.quotes import (
    CHECK_BELOW,
    NOT_NAMED,
    find_quotes,
    quote_share,
    quote_speakers,
    spoken_quotations,
)
from kitlib.report import compare
from kitlib.report.render import cautions

#: One quotation with no speaker (first), one named, one anonymous, one "he" between
#: two people (the chooser is unsure of it).
TOWN = (
    "The council met on Monday to vote on the new bridge over the river.\n\n"
    '"The bridge will open next spring and the town will be better for it, whatever the '
    'cost turns out to be."\n\n'
    'Tom Berg, the mayor, spoke first. "We have waited ten years for this bridge," Berg said.\n\n'
    '"The money is not there," said a senior official who asked not to be named.\n\n'
    'Ana Ruiz and Tom Berg talked. "It will be fine," he said.'
)
OTHER = (
    "The school board met on Tuesday to talk about the budget for next year.\n\n"
    '"We will hire four new teachers," said Priya Nand, the board\'s chair.'
)


@pytest.fixture(scope="module")
def made():
    town = article_from_text(TOWN, outlet="Town")
    other = article_from_text(OTHER, outlet="Other")
    result = compare(town, other)
    rows = result.summary[result.summary["section"] == "quotes"].set_index("measure")
    return result, rows, find_quotes(town)


def test_the_invented_text_has_each_shape(made):
    _, _, found = made
    assert found["speaker"].isna().tolist() == [True, False, False, False]
    unsure = found["speaker"].notna() & (found["confidence"] <= CHECK_BELOW)
    assert unsure.sum() >= 1, "the 'he' between two people should be a row to check by hand"


def test_different_speakers_leave_out_no_speaker_found(made):
    _, rows, found = made
    named = found.loc[found["speaker_kind"] != "unsure", "speaker"]  # "he" is nobody's name
    assert rows.loc["different speakers", "Town"] == named.dropna().nunique() == 2


def test_the_first_speaker_quoted_is_a_speaker(made):
    _, rows, _ = made
    assert rows.loc["first speaker quoted", "Town"] == "Tom Berg"
    assert rows.loc["first speaker quoted", "Other"] == "Priya Nand"


def test_anonymous_counts_follow_the_anonymous_column(made):
    _, rows, found = made
    assert rows.loc["anonymous sources' quotations", "Town"] == int(found["anonymous"].sum()) == 1


def test_the_count_to_check_by_hand_holds_the_unsure_rows(made):
    result, rows, found = made
    unsure = found["speaker"].notna() & (found["confidence"] <= CHECK_BELOW)
    expected = int(found["speaker"].isna().sum() + unsure.sum())
    assert rows.loc["quotations to check by hand", "Town"] == expected >= 2
    assert any(f"Town: {expected} quotations to check by hand" in c for c in cautions(result))
    examples = result.sections[[s.key for s in result.sections].index("quotes")].examples
    marked = examples[(examples["article"] == "Town") & (examples["check"] != "")]
    assert len(marked) == expected
    assert any("speaker uncertain" in c for c in marked["check"])


def test_a_he_left_unnamed_is_no_person_in_the_counts():
    """The "he" between two people, shown as written with the kit's guess beside it when
    the guess is more likely wrong than right (kitlib.quotes.NAME_BELOW), is counted as
    no speaker's name: not a different speaker, not the first speaker, not in the people
    table, not a speaker found missing either."""
    town = article_from_text(TOWN, outlet="Town")
    uniform = {"(intercept)": 0.0}  # every candidate alike: no guess is more likely right
    found = find_quotes(town, weights=uniform)
    he = found.iloc[3]
    assert he["speaker"] == "he" and he["speaker_kind"] == "unsure" and he["check_by_hand"]
    assert he["best_guess"] in ("Tom Berg", "Ana Ruiz")
    spoken = spoken_quotations(found)
    assert spoken["who"].tolist()[3] == NOT_NAMED
    table = quote_speakers(town, found=[found])
    assert "he" not in set(table["speaker"])
    share = quote_share(found)
    assert "he" not in set(share["speaker"]) and NOT_NAMED in set(share["speaker"])
    camps = quote_share(found, by="camp")
    named = {s for s in found["speaker"].dropna() if s != "he"}
    assert camps["speakers"].sum() == len(named)
