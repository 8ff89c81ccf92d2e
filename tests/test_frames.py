"""kitlib.frames: codebook, evidence finder, coding sheets, scores, agreement, the kit's codings."""

import math
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kitlib
from kitlib.data import read_text
from kitlib.errors import KitError
from kitlib.frames import tables as frames
from kitlib.reliability import cohen_kappa, krippendorff_alpha
from kitlib.text import phrase_pattern


def test_generic_codebook_has_twenty_questions_in_five_frames():
    book = frames.codebook("generic")
    assert len(book) == 20
    assert book["question_id"].is_unique
    assert book.groupby("frame").size().to_dict() == {
        "responsibility": 5, "human_interest": 5, "conflict": 4, "morality": 3, "economic": 3,
    }  # fmt: skip
    assert (book["question"].str.len() > 20).all()


def test_other_codebooks():
    assert len(frames.codebook("entman")) == 4
    assert len(frames.codebook("policy")) == 15
    with pytest.raises(frames.CodingError, match="Choose one of"):
        frames.codebook("nope")


def test_every_cue_belongs_to_a_question_and_has_a_reason():
    cues = frames.cues()
    assert set(cues["question_id"]) <= set(frames.codebook()["question_id"])
    assert (cues["why"].str.strip() != "").all()
    assert set(cues["match_case"]) <= {"yes", "no"}


def test_cue_patterns():
    assert phrase_pattern("criticize|criticizing").search("sharply criticizing Russia")
    assert not phrase_pattern("win|wins").search("twin towers")
    assert not phrase_pattern("win|wins").search("a window in winter")
    assert not phrase_pattern("won").search("he won't say")
    assert phrase_pattern("didn't sound").search("a position that didn’t sound much like")
    assert phrase_pattern("at odds").search("put him at   odds with")
    assert phrase_pattern("US", match_case=True).search("the US military")
    assert not phrase_pattern("US", match_case=True).search("let us go")
    assert phrase_pattern("$").search("we owe $19 trillion")


def test_a_stem_is_refused():
    with pytest.raises(KitError, match="familiar"):
        phrase_pattern("famil*")


def test_every_cue_is_whole_words():
    assert not frames.cues()["cue"].str.contains("*", regex=False).any()


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("An official familiar with the matter said the talks would go on.", "H1"),
        ("Los Angeles voters went to the polls in the winter.", "C4"),
        ("He won't say whether the plan will work.", "C4"),
        ("Both men spoke at the rally now.", "C3"),
        ("He said it in a separate interview; he must go, and should.", "C1"),
    ],
)
def test_stray_words_are_not_cues(sentence, question):
    found = frames.frame_evidence(sentence)
    assert question not in set(found["question_id"])


@pytest.mark.parametrize("question", ["C1", "C2", "C3", "C4"])
def test_evidence_for_conflict_questions_in_both_articles(pair, question):
    for article in pair:
        found = frames.frame_evidence(article)
        assert (found["question_id"] == question).any(), (article.name, question)


def test_evidence_rows_point_at_real_sentences_with_marked_cues(pair):
    for article in pair:
        found = frames.frame_evidence(article)
        assert list(found.columns) == frames.EVIDENCE_COLUMNS
        for row in found.itertuples():
            assert article.text[row.start : row.end] == row.text
            assert row.marked.replace("**", "") == row.text
            for cue in row.cues.split(", "):
                assert f"**{cue}" in row.marked or cue in row.marked


def test_no_evidence_from_caption_or_boilerplate(pair):
    nbc, _ = pair
    caption_words = ["Patrick Semansky", "AP Photo", "Related:", "IE 11", "speaks during"]
    for text in frames.frame_evidence(nbc)["text"]:
        assert not any(w in text for w in caption_words)
    # The raw file, loaded as text of one's own, goes through the same cleaning.
    raw = kitlib.article_from_text(read_text("raw/000_bff022238aba6ced.txt"))
    for text in frames.frame_evidence(raw)["text"]:
        assert not any(w in text for w in caption_words)


def test_boilerplate_guard_for_texts_the_cleaner_does_not_know():
    assert frames.is_boilerplate("Related: Pence attacks Kaine")
    assert frames.is_boilerplate("Pence at the debate. (AP Photo/Jane Doe)")
    assert frames.is_boilerplate("Kaine speaks. Getty Images")
    assert not frames.is_boilerplate("Kaine attacked Pence on Russia.")


def test_evidence_accepts_plain_text():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = frames.frame_evidence("Kaine attacked Pence. They disagree on Russia.")
    assert {"C1", "C2"} <= set(found["question_id"])


def test_evidence_summary_has_all_twenty_questions(pair):
    summary = frames.evidence_summary(pair[0])
    assert len(summary) == 20
    assert summary["sentences"].min() >= 0
    assert summary.set_index("question_id").loc["C2", "sentences"] >= 1


def test_coding_sheet_is_empty_and_fill_sheet_does_not_change_the_original(pair):
    sheet = frames.coding_sheet(pair[0])
    assert list(sheet.columns) == frames.SHEET_COLUMNS
    assert (sheet["answer"] == "").all() and (sheet["article"] == "NBC News").all()
    filled = frames.fill_sheet(sheet, {"C1": ("yes", "split", "why"), "M2": "no"})
    assert (sheet["answer"] == "").all()
    row = filled.set_index("question_id").loc["C1"]
    assert (row["answer"], row["evidence"], row["note"]) == ("yes", "split", "why")
    with pytest.raises(frames.CodingError, match="no question"):
        frames.fill_sheet(sheet, {"Z9": "yes"})


def test_frame_scores_are_item_means():
    sheet = frames.coding_sheet(kitlib.load_pair()[0])
    sheet = frames.fill_sheet(sheet, {"C1": "yes", "C2": "yes", "C3": "no", "C4": "no",
                                      "E1": "yes"})  # fmt: skip
    scores = frames.frame_scores(sheet).set_index("frame")
    assert scores.loc["conflict", "score"] == 0.5
    assert scores.loc["economic", "score"] == 1.0  # blanks are left out of the mean
    assert scores.loc["economic", "blank"] == 2
    assert math.isnan(scores.loc["morality", "score"])
    with pytest.raises(frames.CodingError, match="yes' or 'no"):
        frames.frame_scores(frames.fill_sheet(sheet, {"M1": "maybe"}))


def test_reference_codings_are_complete_and_quote_the_text(pair):
    texts = {a.name: a.text for a in pair}
    for which in frames.CODINGS:
        coding = frames.reference_coding(which)
        assert len(coding) == 40
        assert set(coding["answer"]) <= {"yes", "no"}
        assert set(coding["certainty"]) <= {"clear", "arguable"}
        assert (coding["note"].str.len() > 10).all()
        for row in coding.itertuples():
            assert row.evidence in texts[row.article], (which, row.question_id)
            if row.answer == "yes":
                assert row.evidence, (which, row.article, row.question_id)


def test_the_two_codings_differ_only_on_arguable_items():
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    differ = frames.disagreements(ref, second)
    assert len(differ) == 7
    cert = ref.set_index(["article", "question_id"])["certainty"]
    assert all(cert[(r.article, r.question_id)] == "arguable" for r in differ.itertuples())


def test_agreement_table_equals_direct_computation():
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    table = frames.agreement_table(ref, second).set_index("measure")["value"]
    a, b = list(ref["answer"]), list(second["answer"])
    assert table["items compared"] == 40
    assert table["percent agreement"] == pytest.approx(33 / 40)
    assert table["Cohen's kappa"] == pytest.approx(cohen_kappa(a, b))
    assert table["Krippendorff's alpha"] == pytest.approx(krippendorff_alpha([a, b]))
    assert (frames.agreement_table(ref, second)["how_to_read"].str.len() > 30).all()


def test_agreement_matches_rows_by_question_not_by_order():
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    shuffled = second.sample(frac=1, random_state=1)
    pd.testing.assert_frame_equal(
        frames.agreement_table(ref, second), frames.agreement_table(ref, shuffled)
    )


def test_agreement_without_shared_questions_says_what_to_do():
    ref = frames.reference_coding()
    other = ref.assign(article="Some other paper")
    with pytest.raises(frames.CodingError, match="same\\s+article"):
        frames.agreement_table(ref, other)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["yes", "no", ""]), min_size=20, max_size=20))
def test_frame_scores_stay_between_zero_and_one(answers):
    sheet = frames.reference_coding().head(20).copy()
    sheet["answer"] = answers
    scores = frames.frame_scores(sheet)["score"].dropna()
    assert ((scores >= 0) & (scores <= 1)).all()
