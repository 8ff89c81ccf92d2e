"""Each cleaning rule on small invented texts, so the rules are general, not fitted to two files."""

import pandas as pd
import pytest

import kitlib
from kitlib import article_from_text
from kitlib.articles.cleaning import GAP_MARK, clean, looks_tokenised, undo

pytestmark = pytest.mark.filterwarnings("ignore::kitlib.errors.ShortTextWarning")

TOKENISED = (
    "The mayor said she did n't know . It was n’t her team ’s plan , and it cost $ 4 million .   "
    "A second paragraph starts here , after three spaces .   "
    '" We will see , " the mayor said .'
)


def test_detokenises_punctuation_contractions_and_currency():
    text = clean(TOKENISED).text
    assert "didn't know." in text
    assert "wasn’t her team’s plan, and it cost $4 million." in text
    assert '"We will see," the mayor said.' in text


def test_three_spaces_after_a_sentence_are_a_paragraph_break():
    text = clean(TOKENISED).text
    assert text.count("\n\n") == 2


def test_spaces_inside_a_sentence_are_a_marked_gap_not_a_guess():
    result = clean("The council backed a    plan on Monday , officials said . Then it voted .")
    assert f"backed a {GAP_MARK} plan on Monday," in result.text
    assert [result.text[s:e] for s, e in result.gaps] == [GAP_MARK]


def test_a_quotation_across_sentences_stays_in_one_paragraph():
    text = clean('She said : " Why now ?   And why here ? " Nobody knew , the paper said .').text
    assert "\n" not in text


def test_an_authors_own_ellipsis_mark_is_not_reported_as_a_gap():
    result = clean(f"He cited the report {GAP_MARK} at length, aides said. It was long.")
    assert result.gaps == ()


def test_plain_text_is_not_detokenised():
    assert not looks_tokenised("Pence said, plainly, that it wasn't so. Kaine disagreed.")
    assert looks_tokenised(TOKENISED)


@pytest.mark.parametrize(
    "line",
    [
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Related: How the debate unfolded",
        "The candidate waves to supporters in Ohio. (AP Photo/Jane Doe)Jane Doe / AP",
    ],
)
def test_boilerplate_lines_are_removed_with_a_reason(line):
    raw = f"{line}\n\nThe story begins here, with a full sentence. It goes on."
    result = clean(raw)
    assert result.text == "The story begins here, with a full sentence. It goes on."
    assert (result.log["step"] == "boilerplate").sum() == 1
    assert undo(result.text, result.log) == raw


def test_headline_and_dek_become_metadata():
    raw = (
        "Council Votes to Close Library\n\n"
        "The decision follows months of debate over the budget\n\n"
        "The town council voted on Monday to close the library. Residents objected."
    )
    article = article_from_text(raw * 1)
    assert article.meta["headline"] == "Council Votes to Close Library"
    assert article.meta["dek"].startswith("The decision follows")
    assert article.paragraphs == [
        "The town council voted on Monday to close the library. Residents objected."
    ]


def test_windows_line_endings_are_normalised_and_logged():
    raw = "First paragraph, a sentence.\r\n\r\nSecond paragraph, another one."
    result = clean(raw)
    assert "\r" not in result.text
    assert result.text.count("\n\n") == 1
    assert undo(result.text, result.log) == raw


def test_log_has_documented_columns():
    log = clean(TOKENISED).log
    assert list(log.columns) == ["step", "before", "after", "start", "end", "why"]
    assert pd.api.types.is_integer_dtype(log["start"])
    assert log["why"].str.len().min() > 10


def test_mismatched_quote_marks_are_an_artifact():
    article = article_from_text(
        'The senator said the plan was “all for show." Her rival disagreed strongly today. ' * 3
    )
    assert "mismatched_quote_marks" in set(article.artifacts["kind"])


def test_coreference_shapes_are_flagged_in_invented_text():
    article = article_from_text(
        "Smith said Smith wanted a vote on the bridge. Jones, for Smith part, said little. "
        "The mayor praised Lee and him campaign manager. Voters spoke of he and the council. "
        "Officials asked how It could be paid for."
    )
    flagged = article.artifacts[article.artifacts["kind"] == "coreference_substitution"]
    found = {article.text[r.start : r.end] for r in flagged.itertuples()}
    assert {"Smith said Smith", "Smith part", "him campaign manager", "of he", "It"} <= found


def test_ordinary_prose_has_no_coreference_flags():
    article = article_from_text(
        "Smith said he wanted a vote on the bridge. Jones, for her part, said little. "
        "The mayor praised his campaign manager and thanked them warmly. "
        "Who do you let in and who do you let out? It was, he said, a hard question."
    )
    assert "coreference_substitution" not in set(article.artifacts["kind"])


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Additional reporting by Jane Roe in Lisbon; Editing by Sam Lee", "credit line"),
        ("(Reporting by Ann Lee; Writing by Bo Chen; Editing by Kim Park.)", "credit line"),
        ("Our Standards: The Example News Trust Principles.", "standards"),
        ("© Example News 2020", "copyright"),
        ("(c) Example Media Group 2021. All rights reserved.", "copyright"),
        ("Submit your letter to the editor via this form.", "invitation"),
        ("Sign up for our morning newsletter here.", "invitation"),
    ],
)
def test_site_furniture_lines_are_removed_and_logged(line, why):
    story = "The story begins here, with a full sentence. It goes on.\n\n"
    raw = f"{story}{line}\n\nMore of the story follows in a second paragraph."
    result = clean(raw)
    assert line not in result.text and "second paragraph" in result.text
    assert result.log["why"].str.contains(why).any()
    assert undo(result.text, result.log) == raw


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Gazette found that the council had overspent.",
        "Our Principles Fund was started by a former aide to the mayor.",
        "In a letter to the editor, the mayor wrote that the bridge would reopen.",
    ],
)
def test_story_sentences_that_look_like_furniture_stay(line):
    raw = f"The story begins here, with a full sentence.\n\n{line}"
    assert line in clean(raw).text


@pytest.mark.parametrize(
    "headline",
    [
        "Who won the debate?",
        "Council votes to close library.",
        "Mayor: 'We will rebuild the bridge.'",
        "Mayor Says the Bridge Will Reopen.",
    ],
)
def test_headlines_ending_in_punctuation_are_headlines(headline):
    body = "The town council voted on Monday night to close the library, after a long debate."
    article = article_from_text(f"{headline}\n\n{body}")
    assert article.meta["headline"] == headline
    assert article.paragraphs == [body]


def test_a_short_first_paragraph_is_not_taken_for_a_headline():
    raw = (
        "The mayor resigned on Monday.\n\n"
        "She had served ten years and said the council had lost its way in a long letter."
    )
    article = article_from_text(raw)
    assert article.meta["headline"] is None
    assert len(article.paragraphs) == 2


def test_given_headline_matches_ignoring_trailing_punctuation_and_site_name():
    body = "The river rose overnight and the town closed its only bridge on Sunday."
    article = article_from_text(
        f"Floods close the bridge.\n\n{body}", headline="Floods close the bridge | DW | 19.01.2020"
    )
    assert article.paragraphs == [body]
    assert article.meta["headline"] == "Floods close the bridge"
    assert article.meta["headline_site_suffix"] == "DW | 19.01.2020"


def test_a_page_with_nothing_but_furniture_is_an_error():
    from kitlib.errors import ArticleError

    with pytest.raises(ArticleError, match="No article text is left after cleaning"):
        article_from_text("The mayor waves to residents. (AP Photo/Jane Doe)Jane Doe / AP")


@pytest.mark.parametrize(
    ("headline", "kept"),
    [
        ("Floods close the bridge | Example News | 19.01.2020", "Floods close the bridge"),
        ("Opinion | Why the bridge matters to us all", "Why the bridge matters to us all"),
        ("How we test our code - Example Blog", "How we test our code"),
        ("Review - shoots for the moon, lands among the stars", None),
    ],
)
def test_site_names_around_a_headline_are_removed(headline, kept):
    from kitlib.articles.cleaning import strip_site_suffix

    assert strip_site_suffix(headline)[0] == (kept or headline)


def test_a_file_whose_first_line_is_a_question_gets_that_headline(tmp_path):
    import kitlib

    path = tmp_path / "debate.txt"
    body = "Both candidates claimed victory on Tuesday night, after ninety minutes on stage."
    path.write_text(f"Who won the debate?\n\n{body}\n", encoding="utf-8")
    article = kitlib.load_article(path)
    assert article.meta["headline"] == "Who won the debate?"
    assert article.paragraphs == [body]


def test_a_story_pasted_as_one_line_keeps_its_text_and_loses_only_its_credits():
    """A one-line article that mentions a photo agency is not thrown away as a caption:
    only the sentences that are credits go, each in the log (issue 23)."""
    story = "Climate talks resumed in Bonn on Monday as delegates sought a deal. " * 8
    text = "(Photo by Jane Doe/Getty Images) " + story + "Officials said more talks are planned."
    article = kitlib.article_from_text(text)
    assert article.text.startswith("Climate talks resumed")
    assert article.text.endswith("more talks are planned.")
    removed = article.log[article.log["step"] == "boilerplate"]
    assert list(removed["before"].str.strip()) == ["(Photo by Jane Doe/Getty Images)"]
    assert undo(article.text, article.log) == article.raw


def test_a_long_paragraph_with_a_credit_inside_keeps_its_other_sentences():
    story = "Delegates argued over money for poorer countries until late at night. " * 5
    text = story + "Photo: Getty Images. " + story
    article = kitlib.article_from_text(text)
    assert "Getty" not in article.text and article.text.count("Delegates argued") == 10


# --------------------------------------------------------------------------
# Issue 25: who leads, and furniture out. Every text below is invented, shaped like
# the archive, wire and web layouts the kit meets; none is copied from a corpus.
# --------------------------------------------------------------------------

STORY = (
    "The town council voted 6 to 3 on Monday to pay for a second bridge over the river, "
    "ending a decade of argument about the crossing."
)
MORE = "Mayor Helen Marsh said the vote was overdue, and residents cheered in the hall."


def _undoes(article):
    assert undo(article.text, article.log) == article.raw


def test_archive_headline_and_dek_split_by_a_semicolon():
    raw = f"Council backs a new bridge; \nMayor says the vote ends a decade of delay.\n\n{STORY}"
    article = article_from_text(raw + "\n\n" + MORE)
    assert article.meta["headline"] == "Council backs a new bridge"
    assert article.meta["dek"] == "Mayor says the vote ends a decade of delay."
    assert article.paragraphs[0] == STORY
    _undoes(article)


def test_archive_abstract_and_full_text_marks():
    raw = (
        "Council backs a new bridge; \nMayor says the vote ends a decade of delay.\n\n"
        "ABSTRACT.\n\nThe council approved money for a second bridge over the river.\n\n"
        f"FULL TEXT.\n\n{STORY}\n\n{MORE}"
    )
    article = article_from_text(raw)
    assert (
        article.meta["abstract"] == "The council approved money for a second bridge over the river."
    )
    assert article.paragraphs == [STORY, MORE]
    assert "ABSTRACT" not in article.text and "FULL TEXT" not in article.text
    assert set(article.log["step"]) >= {"headline and dek", "abstract"}
    _undoes(article)


def test_an_abstract_with_no_full_text_after_it_stays():
    raw = f"ABSTRACT.\n\n{STORY}\n\nFULL TEXT."
    article = article_from_text(raw)
    assert STORY in article.text and "abstract" not in article.meta


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WASHINGTON —", "WASHINGTON"),
        ("RIVERSIDE, Calif. (AP) —", "RIVERSIDE, Calif. (AP)"),
        ("NASHUA, N.H. -", "NASHUA, N.H."),
        ("LONDON, June 5 (Reuters) -", "LONDON, June 5 (Reuters)"),
        ("ST. LOUIS ―", "ST. LOUIS"),
        ("(CNN) —", "(CNN)"),
    ],
)
def test_a_wire_dateline_is_metadata_not_the_lead(opening, dateline):
    raw = f"Flood waters close the harbour road\n\n{opening} {STORY}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.meta["dateline"] == dateline
    assert article.paragraphs[0] == STORY
    assert (article.log["step"] == "dateline").sum() == 1
    _undoes(article)


def test_a_dateline_on_a_line_of_its_own():
    raw = f"Why the harbour road flooded again\n\nPHILADELPHIA | DETROIT\n\n{STORY}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.meta["dateline"] == "PHILADELPHIA | DETROIT"
    assert article.paragraphs[0] == STORY
    _undoes(article)


@pytest.mark.parametrize(
    "lead",
    [
        "NATO — the alliance — met in Brussels on Monday to discuss the harbour road.",
        "AFL-CIO leaders endorsed the plan on Monday, and the council thanked them.",
        "The council (its members, at least) voted on Monday to pay for the bridge.",
    ],
)
def test_a_capitalised_opening_that_is_no_dateline_stays(lead):
    article = article_from_text(f"{lead}\n\n{MORE}")
    assert "dateline" not in article.meta
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("BY JANE DOE | Example News", "JANE DOE | Example News"),
        ("Jane Doe, CNN", "Jane Doe, CNN"),
        ("By Ann de la Cruz, staff writer", "Ann de la Cruz, staff writer"),
    ],
)
def test_a_byline_is_metadata(line, byline):
    raw = f"Why the harbour road flooded again\n\n{line}\n\n{STORY}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.meta["byline"] == byline
    assert article.meta["headline"] == "Why the harbour road flooded again"
    assert article.paragraphs[0] == STORY
    _undoes(article)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the council had voted to close it.",
        "By the numbers, the bridge is the town's busiest road.",
        "Palm Springs, California",
    ],
)
def test_a_line_that_only_looks_like_a_byline_is_no_byline(line):
    from kitlib.articles.cleaning import is_byline

    assert not is_byline(line)


def test_a_byline_and_dateline_together_under_a_web_headline():
    raw = f"Why the harbour road flooded again\n\nBy Jane Doe\n\nWASHINGTON — {STORY}\n\n{MORE}"
    article = article_from_text(raw)
    assert (article.meta["byline"], article.meta["dateline"]) == ("Jane Doe", "WASHINGTON")
    assert article.paragraphs[0] == STORY


def test_a_headline_found_by_the_dateline_under_it_and_a_dek_above_one():
    """A sentence-style headline ending in a full stop is found when a dateline opens
    the next paragraph; a short line between the headline and the dateline is a dek."""
    raw = (
        "Harbour road floods for the third time this year.\n\n"
        "Residents want a sea wall before winter.\n\n"
        f"BRINDLEMOOR, Ore. — {STORY}\n\n{MORE}"
    )
    article = article_from_text(raw)
    assert article.meta["headline"] == "Harbour road floods for the third time this year."
    assert article.meta["dek"] == "Residents want a sea wall before winter."
    assert article.paragraphs[0] == STORY


def test_labels_in_capitals_above_the_story_go():
    raw = f"Council backs a new bridge\n\nLETTERS.\n\n{STORY}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.paragraphs[0] == STORY
    assert article.log["why"].str.startswith("label above the story").sum() == 1
    _undoes(article)


def test_a_title_case_headline_of_two_sentences_and_one_with_abbreviations():
    for headline in (
        "The Council Finally Voted. Is This the Last Word on the Bridge?",
        "Dr. Jane Doe: The U.S. Must Fund the Bridge.",
    ):
        article = article_from_text(f"{headline}\n\n{STORY}\n\n{MORE}")
        assert article.meta["headline"] == headline
        assert article.paragraphs[0] == STORY


def test_a_dash_and_a_word_ending_a_sentence_are_no_site_name():
    from kitlib.articles.cleaning import strip_site_suffix

    assert strip_site_suffix("Council Isn't Fighting Over the Bridge — Yet.")[1] == ""


# --------------------------------------------------------------------------
# Furniture: each kind removed by a general rule, logged, and reversible
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Editor's note: This story was updated on Wednesday with the mayor's reply.", "editor"),
        ("EDITOR’S NOTE: This is the second of three stories about the harbour.", "editor"),
        ("Have a tip? Send it to tips@example.com.", "reader-tips"),
        ("Do you have information you want to share with Example News? Here's how.", "reader-tips"),
        ("Get the best of Example News delivered straight to your inbox.", "reader-tips"),
        ('<tweet tweet-id="123456789"><tweet/>.', "embedded"),
        ("[embedded content]", "embedded"),
        ("Embed from Getty Images", "embedded"),
        ("Watch a clip of the interview above.", "embedded"),
        ("View this post on Instagram", "embedded"),
        ("(Credit: Clayton Aldern / Example News)", "caption"),
        ("A view of the flooded road at dawn. (Photo credit: Jane Doe)", "caption"),
        ("Photo by Jane Doe for Example News", "caption"),
        ("RELATED: How the council decided", "link to another article"),
        ("Read More: The bridge, explained", "link to another article"),
        ("Related Coverage", "link to another article"),
    ],
)
def test_furniture_is_removed_logged_and_reversible(line, why):
    raw = f"{STORY}\n\n{line}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.paragraphs == [STORY, MORE]
    removed = article.log[article.log["step"] == "boilerplate"]
    assert len(removed) == 1 and why in removed["why"].iloc[0]
    _undoes(article)


def test_a_photo_credit_makes_no_person():
    from kitlib.actors import people

    raw = f"{STORY}\n\nThe flooded road at dawn. (Credit: Clayton Aldern / Example News)\n\n{MORE}"
    assert "Clayton Aldern" not in set(people(raw)["name"])


def test_a_credit_inside_a_story_sentence_goes_alone():
    sentence = (
        "The water (Credit: Jane Doe / Example News) rose a foot overnight and closed the "
        "road, and the council met at dawn to decide what to do about the harbour, the "
        "school and the shops along the quay that had flooded twice since the spring."
    )
    article = article_from_text(f"{sentence}\n\n{MORE}")
    assert article.paragraphs[0].startswith("The water rose a foot overnight")
    _undoes(article)


def test_a_story_sentence_about_tips_or_notes_stays():
    for line in (
        "The mayor said she had a tip for residents: move cars off the quay tonight.",
        "In a note to the editor, the mayor wrote that the bridge would reopen.",
        "Watch the river, officials told residents, because it could rise again tonight.",
    ):
        assert line in article_from_text(f"{STORY}\n\n{line}\n\n{MORE}").text


def test_a_pull_quote_repeated_from_the_story_goes_once():
    said = (
        '"We have asked for a sea wall for ten years and nobody listens to us," said Maria '
        "Lopez, who runs a cafe on the road."
    )
    pull = "“We have asked for a sea wall for ten years and nobody listens to us.”"
    raw = f"{STORY}\n\n{said}\n\n{pull}\n\n{MORE}"
    article = article_from_text(raw)
    assert article.paragraphs == [STORY, said, MORE]
    assert (article.log["step"] == "pull quotes").sum() == 1
    _undoes(article)


def test_a_pull_quote_with_its_speaker_after_a_dash():
    said = (
        "“Nobody has ever closed this road for a week before,” the harbour master, Tom Baker, "
        "told reporters on Tuesday."
    )
    pull = "“Nobody has ever closed this road for a week before.” — Tom Baker"
    article = article_from_text(f"{STORY}\n\n{pull}\n\n{said}\n\n{MORE}")
    assert pull not in article.text and said in article.text


def test_a_quotation_said_once_is_no_pull_quote():
    quote = "“We have asked for a sea wall for ten years and nobody listens to us.”"
    article = article_from_text(f"{STORY}\n\n{quote}\n\n{MORE}")
    assert quote in article.text
    assert "pull quotes" not in set(article.log["step"])


def test_what_cleaning_moved_is_read_back_from_its_log():
    from kitlib.articles.cleaning import moved_to_metadata

    raw = f"Flood waters close the harbour road\n\nBy Jane Doe\n\nRIVERSIDE (AP) — {STORY}"
    article = article_from_text(raw)
    assert moved_to_metadata(article.log) == {"byline": "Jane Doe", "dateline": "RIVERSIDE (AP)"}


def test_an_embedded_post_with_words_keeps_its_words_and_loses_its_tags():
    post = '<tweet id="1" author="@example" datetime="2016-06-29">The bridge is open.</tweet>.'
    article = article_from_text(f"{STORY}\n\n{post}\n\n{MORE}")
    assert article.paragraphs == [STORY, "The bridge is open.", MORE]
    assert article.log["why"].str.startswith("markup of an embedded post").sum() == 2
    _undoes(article)
