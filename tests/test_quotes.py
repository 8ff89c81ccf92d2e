"""kitlib.quotes: one test per rule of news writing, on invented sentences.

Every sentence here was written for these tests (the people are made up,
except where a test needs the actor table: then the kit's known names are used).
"""

import pandas as pd
import pytest

import kitlib
from kitlib import quotes
from kitlib.quotes import RULES_ONLY, attribution_verbs, find_quotes, quote_share


def rows(text, titles=True):
    """Every quoted string, titles and scare quotes included, so tests can see how each is read."""
    return find_quotes(text, titles=titles).to_dict("records")


def only(text):
    found = rows(text)
    assert len(found) == 1, found
    return found[0]


def pairs(text):
    return [(r["quote"], r["speaker"]) for r in rows(text)]


# --------------------------------------------------------------------------
# Quotation marks
# --------------------------------------------------------------------------


def test_straight_marks():
    r = only('"The bridge will open in May," Maria Lopez said.')
    assert (r["quote"], r["speaker"], r["cue"]) == (
        "The bridge will open in May",
        "Maria Lopez",
        "said",
    )


def test_curly_marks():
    r = only("“The bridge will open in May,” Maria Lopez said.")
    assert r["quote"] == "The bridge will open in May" and r["speaker"] == "Maria Lopez"


def test_opened_curly_closed_straight():
    text = 'Ann Ruiz said she was “all for it." Then she left.'
    r = only(text)
    assert r["quote"] == "all for it." and r["speaker"] == "Ann Ruiz"


def test_opened_straight_closed_curly():
    r = only('Ann Ruiz called the plan "a good start” on Monday.')
    assert r["quote"] == "a good start" and r["speaker"] == "Ann Ruiz"


def test_two_apostrophes_as_double_quotes():
    r = only("''We are ready,'' Coach Dan Webb said.")
    assert r["quote"] == "We are ready" and r["speaker"] == "Dan Webb"


def test_closing_mark_with_the_wrong_glyph():
    r = only("“We are ready,“ Dan Webb said.")
    assert r["quote"] == "We are ready" and r["speaker"] == "Dan Webb"


def test_blockquote_nests_curly_inside_straight():
    text = '"She told me “no” twice, and I believed her," Dan Webb said.'
    r = only(text)
    assert r["quote"] == "She told me “no” twice, and I believed her"
    assert r["speaker"] == "Dan Webb"


def test_headline_single_quotes():
    text = "Mayor calls budget ‘a disaster’\n\nMayor Lena Ortiz said the city would cut jobs."
    r = only(text)
    assert r["quote"] == "a disaster"


def test_apostrophes_are_not_quotation_marks():
    assert rows("Lena Ortiz’s plan isn’t the city's first; the Smiths' house stays.") == []


def test_markup_attribute_quotes_are_not_quotations():
    text = '<tweet author="realPerson" id="12">Big day</tweet> Lena Ortiz said it went well.'
    assert rows(text) == []


def test_inch_mark_is_not_a_quotation():
    assert rows("The player is 6'2\" tall and fast.") == []


def test_unclosed_quotation_runs_to_paragraph_end_and_continues():
    text = (
        '"We have waited ten years for this school," said Principal Rosa Diaz. '
        '"The children deserve it.\n\n'
        '"And the town will be proud of it," she added.'
    )
    found = rows(text)
    assert [r["quote"] for r in found] == [
        "We have waited ten years for this school",
        "The children deserve it.",
        "And the town will be proud of it",
    ]
    assert [r["speaker"] for r in found] == ["Rosa Diaz"] * 3
    assert found[1]["rule"] == "continues previous quotation"


def test_quotation_opening_the_next_paragraph_carried_over():
    text = (
        'Rosa Diaz spoke last. "We have waited ten years for this school."\n\n'
        '"The children deserve it."'
    )
    found = rows(text)
    assert found[1]["quote"] == "The children deserve it."
    assert found[1]["speaker"] == "Rosa Diaz"
    assert found[1]["rule"] == "continued from previous paragraph"


def test_multi_paragraph_quotation_is_one_row():
    """News style leaves a quotation open at the end of its paragraph and opens the next
    paragraph with a new mark: the paragraphs are one quotation, so one row."""
    text = (
        'Rosa Diaz spoke last. "We have waited ten years for this school.\n\n'
        '"The children deserve it. So do their teachers.\n\n'
        '"And the town will be proud of it."\n\n'
        "The vote is on Monday."
    )
    r = only(text)
    start = text.index("We have")
    end = text.index("proud of it.") + len("proud of it.")
    assert (r["start"], r["end"], r["quote"]) == (start, end, text[start:end])
    assert (r["speaker"], r["paragraph"], r["kind"]) == ("Rosa Diaz", 1, "full")


def test_block_quotation_after_a_colon_paragraph_is_one_row():
    """A statement quoted over several paragraphs after 'Mayor Ann Cole said:' is one
    quotation of hers, not one per paragraph."""
    text = (
        'Mayor Ann Cole said:\n\n"The budget is balanced.\n\n"The parks will stay open all year."'
    )
    r = only(text)
    assert r["quote"] == 'The budget is balanced.\n\n"The parks will stay open all year.'
    assert (r["speaker"], r["rule"]) == ("Ann Cole", "colon introduction")


def test_next_paragraph_with_its_own_speech_verb_is_its_own_quotation():
    """'"…," she continued.' in the next paragraph is a new attribution, even when the
    quotation before was left open (the reader and the annotators count two)."""
    text = (
        'Rosa Diaz spoke last. "We have waited ten years for this school.\n\n'
        '"The children deserve it," she continued.'
    )
    found = rows(text)
    assert [r["quote"] for r in found] == [
        "We have waited ten years for this school.",
        "The children deserve it",
    ]
    assert [r["speaker"] for r in found] == ["Rosa Diaz"] * 2


# --------------------------------------------------------------------------
# Where the speaker is
# --------------------------------------------------------------------------


def test_colon_at_the_end_of_the_previous_paragraph():
    text = 'Then Tom Baker turned to the crowd and said:\n\n"We are not going anywhere."'
    r = only(text)
    assert r["speaker"] == "Tom Baker" and r["rule"] == "colon introduction"


def test_speaker_after_inverted():
    r = only('"It is over," said Tom Baker.')
    assert r["speaker"] == "Tom Baker" and r["rule"] == "speaker after quote"


def test_speaker_before():
    r = only('Tom Baker said the vote was "a turning point" for the town.')
    assert r["speaker"] == "Tom Baker" and r["rule"] == "speaker before quote"
    assert r["kind"] == "partial"


def test_speaker_inside_split_quotation():
    text = '"We will build it," Tom Baker said, "and we will pay for it ourselves."'
    found = rows(text)
    assert [r["speaker"] for r in found] == ["Tom Baker", "Tom Baker"]
    assert found[1]["kind"] == "full"


def test_speaker_after_a_possessive_description():
    r = only('"We will win," Lena Ortiz’s running mate, Tom Baker, said.')
    assert r["speaker"] == "Tom Baker" and r["rule"] == "speaker after quote"


def test_speaker_in_previous_sentence():
    text = 'Tom Baker said he would not give up. "This fight is not over."'
    r = only(text)
    assert r["speaker"] == "Tom Baker" and r["rule"] == "speaker in previous sentence"


def test_colon_introduction():
    r = only("The spokesman for the mayor added: “We will appeal.”")
    assert r["cue"] == "added" and r["rule"] == "colon introduction"


def test_colon_without_a_verb():
    r = only("Tom Baker on the result: “We will appeal.”")
    assert r["speaker"] == "Tom Baker" and r["cue"] == ":"


def test_dash_attribution():
    r = only("“We will appeal.” — Tom Baker")
    assert r["speaker"] == "Tom Baker" and r["rule"] == "dash attribution"


@pytest.mark.parametrize(
    "text",
    [
        '"The plant will close," according to Tom Baker.',
        'According to Tom Baker, "the plant will close."',
    ],
)
def test_according_to(text):
    r = only(text)
    assert r["speaker"] == "Tom Baker" and r["cue"].lower() == "according to"


@pytest.mark.parametrize("verb", ["tweeted", "wrote", "insisted", "warned", "claimed"])
def test_speech_verbs_beyond_said(verb):
    r = only(f'"The deal is dead," Tom Baker {verb}.')
    assert r["speaker"] == "Tom Baker" and r["cue"] == verb


def test_told_names_the_listener_not_the_speaker():
    text = 'The mayor, Lena Ortiz, told CNN’s Dana Bash that the plan was "a mistake."'
    r = only(text)
    assert r["speaker"] == "Lena Ortiz" and r["cue"] == "told"


def test_described_as():
    r = only("Tom Baker described the budget as “a road to ruin.”")
    assert r["speaker"] == "Tom Baker" and r["cue"] == "described … as"


def test_called_for_is_not_speech():
    text = 'Tom Baker called for calm. Residents called it "a circus."'
    r = only(text)
    assert r["cue"] == "called" and r["speaker"] == "Residents"


def test_nouns_that_look_like_verbs_are_not_cues():
    text = 'Tom Baker said the remarks and claims were "out of line."'
    r = only(text)
    assert r["cue"] == "said" and r["speaker"] == "Tom Baker"


def test_description_followed_by_a_name_is_that_name():
    r = only('According to a city spokeswoman, Ann Lee, the mayor "was joking."')
    assert r["speaker"] == "Ann Lee" and not r["anonymous"]


CALLED_NAMES = 'The Democrat, who has called Tom Baker "unfit," said she would "not reply."'


def test_called_names_the_target_not_the_speaker_by_the_rules():
    # the rules alone give both to the Democrat
    rules = find_quotes(CALLED_NAMES, weights=RULES_ONLY)
    assert rules["speaker"].tolist() == ["the Democrat", "the Democrat"]


def test_the_chooser_marks_its_unsure_answer_for_checking():
    found = find_quotes(CALLED_NAMES)
    wrong = found[found["speaker"] == "Tom Baker"]
    assert wrong["check_by_hand"].all()  # if it errs, it says it is unsure


def test_called_names_the_target_not_the_speaker():
    assert pairs(CALLED_NAMES)[1] == ("not reply.", "the Democrat")
    assert "Tom Baker" not in dict(pairs(CALLED_NAMES)).values()  # called names, speaks not


def test_object_of_verb_is_not_speaker():
    text = 'Tom Baker criticized Lena Ortiz, saying her plan "will fail."'
    assert only(text)["speaker"] == "Tom Baker"


def test_possessive_is_not_speaker():
    text = 'Lena Ortiz’s aide, Sam Cole, said the plan "will pass."'
    assert only(text)["speaker"] == "Sam Cole"


def test_multiword_cue_pointed_out():
    r = only('Tom Baker pointed out that the mayor had "never visited the site."')
    assert r["cue"] == "pointed out" and r["speaker"] == "Tom Baker"


def test_subject_after_relative_pronoun():
    text = 'A reporter asked about costs, to which Mayor Lena Ortiz replied, "We can pay."'
    assert only(text)["speaker"] == "Lena Ortiz"


def test_such_as_introduces_no_speaker():
    text = "Tom Baker named rivals such as Lena Ortiz, calling them “small and noisy.”"
    assert only(text)["speaker"] == "Tom Baker"


def test_full_sentence_without_cue_continues_the_speaker():
    text = (
        "Tom Baker talked about his town “with a river at its heart.” "
        "If he lost, “I would go home.”"
    )
    assert pairs(text) == [
        ("with a river at its heart.", "Tom Baker"),
        ("I would go home.", "Tom Baker"),
    ]


def test_coordinated_verbs_share_their_subject():
    text = "Tom Baker called the plan “rushed” and said it “should wait.”"
    assert pairs(text) == [("rushed", "Tom Baker"), ("should wait.", "Tom Baker")]


# --------------------------------------------------------------------------
# Who the speaker is
# --------------------------------------------------------------------------


def test_surname_resolves_to_first_full_name():
    text = 'Jane Smith runs the shelter. "We are full," Smith said.'
    r = only(text)
    assert r["speaker"] == "Jane Smith" and r["speaker_mention"] == "Smith"


def test_actor_table_resolves_known_names():
    r = only('"Russia must answer for this," Gov. Mike Pence said.')
    assert r["speaker"] == "Mike Pence"


def test_pronoun_speaker_resolves_and_keeps_pronoun_offsets():
    text = 'Tom Baker left the hall early. "I have said enough," he said.'
    table = find_quotes(text)
    r = table.iloc[0]
    assert r["speaker"] == "Tom Baker"
    assert text[r["speaker_start"] : r["speaker_end"]] == "he"


def test_pronoun_uses_gender_from_actor_table():
    text = (
        'Donald Trump and Hillary Clinton met in the hall. "We disagree on everything," she said.'
    )
    assert only(text)["speaker"] == "Hillary Clinton"


def test_pronoun_prefers_the_subject():
    text = 'Tom Baker praised Sam Cole at length. Later he said it was "a great day."'
    assert only(text)["speaker"] == "Tom Baker"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A Trump aide said the plan was "dead."', "a Trump aide"),
        ('Officials said the talks had "broken down."', "Officials"),
        ('Several experts warned that "the dam could fail."', "several experts"),
    ],
)
def test_anonymous_sources(text, speaker):
    r = only(text)
    assert r["anonymous"] and r["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Sen. Jo Park spoke first. "We need a vote," the senator said.', "Jo Park"),
        ('Mayor Ann Cole left early. "No comment," the mayor said.', "Ann Cole"),
        ('President Barack Obama spoke. "It is hard," the president said.', "Barack Obama"),
        (
            'Ann Lee, a former prosecutor, spoke first. "It is hard," the former prosecutor said.',
            "Ann Lee",
        ),
        # the kit does not know who a description names from outside the text
        (
            '"It is hard," the Republican vice presidential nominee said.',
            "the Republican vice presidential nominee",
        ),
        ('"It is hard," the Republican nominee said.', "the Republican nominee"),
    ],
)
def test_definite_descriptions_refer_back_or_stay_as_written(text, speaker):
    r = only(text)
    assert r["speaker"] == speaker and not r["anonymous"]


def test_organisation_as_speaker_takes_its_camp():
    text = 'The Trump campaign said in a statement that the report was "false."'
    r = only(text)
    assert r["speaker"] == "the Trump campaign"
    assert quotes.camp_of(r["speaker"]) == "Trump-Pence campaign"


def test_he_after_an_anonymous_source_is_that_source():
    text = (
        'Tom Baker spoke first. "Nobody believes that," a local strategist said. '
        'He added that Baker "cannot win."'
    )
    found = rows(text)
    assert [r["speaker"] for r in found] == ["a local strategist", "a local strategist"]
    assert found[1]["speaker_mention"] == "He" and found[1]["anonymous"]


def test_the_aide_refers_back_to_an_anonymous_aide():
    text = 'A city aide said the plan was "dead." The aide added: “It will not return.”'
    found = rows(text)
    assert [r["speaker"] for r in found] == ["a city aide", "a city aide"]
    assert all(r["anonymous"] for r in found)


# --------------------------------------------------------------------------
# Quoted strings that are nobody's words
# --------------------------------------------------------------------------


def test_titles_and_scare_quotes_are_left_out_unless_asked_for():
    text = 'Tom Baker said on NBC\'s "Meet the Press" that the so-called "reform" was "dead."'
    assert [r["quote"] for r in rows(text, titles=False)] == ["dead."]
    assert [r["kind"] for r in rows(text)] == ["title/scare", "title/scare", "fragment"]


def test_single_marks_are_quotations_only_in_a_text_that_quotes_with_them():
    british = "Ana Ruiz said the plan was ‘a disaster’ for the town."
    assert pairs(british) == [("a disaster", "Ana Ruiz")]
    american = 'Ruiz: ‘We Will Win’\n\n"We will win," Ana Ruiz said, calling it ‘our year.’'
    assert [r["quote"] for r in rows(american)] == ["We will win"]


def test_show_title_is_not_a_quotation():
    text = 'Tom Baker said on NBC\'s "Meet the Press" that the plan was "dead."'
    found = rows(text)
    assert found[0]["kind"] == "title/scare" and pd.isna(found[0]["speaker"])
    assert (found[1]["quote"], found[1]["speaker"]) == ("dead.", "Tom Baker")


def test_title_with_full_stop_inside_is_not_a_quotation():
    found = rows('"We are fine," Ann Lee told MSNBC\'s "Morning Joe."')
    assert [r["kind"] for r in found] == ["full", "title/scare"]


def test_title_before_a_noun_such_as_tape_is_not_a_quotation():
    found = rows('Tom Baker said the "Harbour Lights" tape was "old news."')
    assert found[0]["kind"] == "title/scare"
    assert (found[1]["quote"], found[1]["speaker"]) == ("old news.", "Tom Baker")


def test_any_description_next_to_a_cue_is_a_speaker():
    text = '"It was rigged," the businessman said on the radio, calling it "a disgrace."'
    assert pairs(text) == [("It was rigged", "the businessman"), ("a disgrace.", "the businessman")]


def test_book_title_is_not_a_quotation():
    r = only('Her book "The Long Road Home" came out in May.')
    assert r["kind"] == "title/scare" and pd.isna(r["speaker"])


def test_scare_quotes_get_no_speaker():
    r = only('The so-called "reform" passed on Tuesday.')
    assert r["kind"] == "title/scare" and pd.isna(r["speaker"])


def test_short_quote_without_any_cue_is_scare_quote():
    r = only('The "experts" were wrong about the river again.')
    assert r["kind"] == "title/scare" and pd.isna(r["speaker"])


def test_unattributed_quotation_says_so():
    r = only('Painted on the door were the words "closed until further notice by order."')
    assert pd.isna(r["speaker"]) and r["rule"] == "no attribution found"


def test_a_document_can_be_the_source():
    r = only('The sign on the door read "closed until further notice by order."')
    assert r["speaker"] == "the sign on the door" and r["speaker_mention"] == "The sign on the door"


# --------------------------------------------------------------------------
# Kinds, offsets and the CNN artifacts
# --------------------------------------------------------------------------


def test_kinds():
    text = '"We will win," Tom Baker said. He called it "sad" and said it "must end soon."'
    assert [r["kind"] for r in rows(text)] == ["full", "fragment", "partial"]


@pytest.mark.filterwarnings("ignore:This text has only")
def test_speaker_mention_inside_an_artifact_is_flagged():
    article = kitlib.article_from_text(
        "The vote went the other way on Tuesday night after a long debate. "
        'Tom Baker said Baker wanted "a recount of every ballot."'
    )
    r = only(article)
    assert r["speaker"] == "Tom Baker"
    assert "speaker mention inside coreference_substitution" in r["artifact_flag"]


def test_offsets_slice_the_quoted_words():
    nbc, cnn = kitlib.load_pair()
    for article in (nbc, cnn):
        table = find_quotes(article)
        for r in table.itertuples():
            assert article.text[r.start : r.end] == r.quote
            if not pd.isna(r.speaker_start):
                assert article.text[r.speaker_start : r.speaker_end] == r.speaker_mention


def test_columns_and_empty_text():
    table = find_quotes("")
    assert list(table.columns) == quotes.QUOTE_COLUMNS and table.empty


def test_not_text_raises_kit_error():
    with pytest.raises(kitlib.KitError, match="string of text"):
        find_quotes(42)


# --------------------------------------------------------------------------
# quote_share and attribution_verbs
# --------------------------------------------------------------------------


def test_quote_share_counts_words_and_camps():
    text = (
        '"Russia must answer for this," Mike Pence said. '
        '"No," Tim Kaine said. A Trump aide said it was "fine."'
    )
    by_speaker = quote_share(text)
    assert by_speaker["words"].sum() == 7
    assert by_speaker.loc[by_speaker["speaker"] == "Mike Pence", "share"].item() == round(5 / 7, 3)
    by_camp = quote_share(text, by="camp")
    trump = by_camp.loc[by_camp["camp"] == "Trump-Pence campaign"]
    assert trump["speakers"].item() == 2 and trump["words"].item() == 6


def test_quote_share_rejects_unknown_grouping():
    with pytest.raises(kitlib.KitError):
        quote_share("", by="colour")


def test_attribution_verbs_counts_cues():
    text = '"Yes," Ann Lee said. "No," Tom Ray claimed. "Maybe," Ann Lee insisted.'
    table = attribution_verbs(text)
    assert dict(zip(table["cue"], table["neutral"], strict=True)) == {
        "claimed": False,
        "insisted": False,
        "said": True,
    }


# --------------------------------------------------------------------------
# Held out: the invented lesson-07 pair, written by another author for the kit
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "invented/courier.txt",
            [
                "Helen Marsh",
                "Helen Marsh",
                "David Okoye",
                "David Okoye",
                "Sam Hollis",
                "Helen Marsh",
                "Helen Marsh",
            ],
        ),
        (
            "invented/evening_post.txt",
            [
                None,
                "Priya Nand",
                "Priya Nand",
                "Helen Marsh",
                "Agnes Whitlow",
                "Agnes Whitlow",
                "Sam Hollis",
                "a member",
                "Tom Reyes",
                "Tom Reyes",
                "Walter Briggs",
            ],
        ),
    ],
)
def test_invented_pair_speakers(name, expected):
    from kitlib.data import read_text

    found = find_quotes(read_text(name))
    speakers = [None if pd.isna(s) else s for s in found["speaker"]]
    assert speakers == expected


def test_naive_quotes_pairs_only_matching_marks():
    text = 'Jane Smith met Tom Lee. "We agree," Lee said. He was “all for it." Then she left.'
    table = quotes.naive_quotes(text)
    assert table["quote"].tolist() == ["We agree"]
    assert table["speaker"].tolist() == ["Tom Lee"]
