"""Tests for kitlib.readability: the kit's counts and formulas, against textstat 0.7.8."""

import math
import warnings

import pytest
import textstat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kitlib
from kitlib import readability as r
from kitlib.readability import counting

FIGURES = list(r.FIGURES)


def texts(pair):
    nbc, cnn = pair
    return {"nbc": nbc.text, "cnn": cnn.text, "nbc raw": nbc.raw, "cnn raw": cnn.raw}


def kit_formulas_on_textstat_counts(text: str) -> dict:
    """The kit's formulas, fed the counts textstat itself uses for ``text``."""
    c = r.textstat_counts(text)
    return {
        "flesch_reading_ease": r.flesch_reading_ease(c["words"], c["sentences"], c["syllables"]),
        "flesch_kincaid_grade": r.flesch_kincaid_grade(c["words"], c["sentences"], c["syllables"]),
        "gunning_fog": r.gunning_fog(c["words"], c["sentences"], c["complex_words"]),
        "smog": r.smog(c["sentences"], c["polysyllables"]),
        "coleman_liau": r.coleman_liau(
            c["letters"],
            c["words"],
            c["sentences"],
            letter_weight=r.TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT,
        ),
        # textstat's ARI divides characters by `tokens` but words by sentences with
        # `words`; giving the kit's formula `tokens` words and rescaled sentences
        # reproduces both parts exactly.
        "automated_readability_index": r.automated_readability_index(
            c["characters"], c["tokens"], c["sentences"] * c["tokens"] / c["words"]
        ),
        "dale_chall": r.dale_chall(c["difficult_words"], c["words"], c["sentences"]),
    }


@pytest.mark.parametrize("which", ["nbc", "cnn", "nbc raw", "cnn raw"])
def test_kit_formulas_equal_textstat_on_the_same_counts(pair, which):
    text = texts(pair)[which]
    ours = kit_formulas_on_textstat_counts(text)
    theirs = r.textstat_figures(text)
    for figure in FIGURES:
        assert math.isclose(ours[figure], theirs[figure], rel_tol=1e-12, abs_tol=1e-9), figure


def test_textstat_figures_are_textstat_itself(pair):
    nbc, _ = pair
    assert r.textstat_figures(nbc.text)["smog"] == textstat.smog_index(nbc.text)
    assert r.textstat_counts(nbc.text)["sentences"] == textstat.sentence_count(nbc.text)
    assert r.textstat_counts(nbc.text)["syllables"] == textstat.syllable_count(nbc.text)


def test_coleman_liau_weight_is_the_published_one(pair):
    nbc, _ = pair
    c = r.textstat_counts(nbc.text)
    published = r.coleman_liau(c["letters"], c["words"], c["sentences"])
    textstats = r.textstat_figures(nbc.text)["coleman_liau"]
    expected_gap = (0.0588 - 0.058) * 100 * c["letters"] / c["words"]
    assert math.isclose(published - textstats, expected_gap, rel_tol=1e-9)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "cat",
                "sat",
                "on",
                "a",
                "mat.",
                "Pence",
                "said",
                "Russia",
                "is",
                "aggressive.",
                "Gov.",
                "U.S.",
                "humanitarian",
                "crisis",
                "and",
                "zone,",
                "it?",
            ]
        ),  # fmt: skip
        min_size=3,
        max_size=60,
    )
)
def test_formulas_equal_textstat_on_generated_text(words):
    text = " ".join(words)
    ours = kit_formulas_on_textstat_counts(text)
    theirs = r.textstat_figures(text)
    for figure in FIGURES:
        if theirs[figure] == 0.0 and (math.isnan(ours[figure]) or ours[figure] != 0.0):
            continue  # textstat returns 0.0 where a count is zero; the kit returns NaN
        assert math.isclose(ours[figure], theirs[figure], rel_tol=1e-9, abs_tol=1e-9), figure


def test_formulas_by_hand():
    # 100 words, 5 sentences, 150 syllables: 206.835 - 1.015*20 - 84.6*1.5
    assert math.isclose(r.flesch_reading_ease(100, 5, 150), 206.835 - 20.3 - 126.9)
    assert math.isclose(r.flesch_kincaid_grade(100, 5, 150), 7.8 + 17.7 - 15.59)
    assert math.isclose(r.gunning_fog(100, 5, 10), 0.4 * 30)
    assert math.isclose(r.smog(30, 30), 1.043 * math.sqrt(30) + 3.1291)
    assert math.isclose(r.dale_chall(4, 100, 5), 0.1579 * 4 + 0.0496 * 20)  # no adjustment
    assert math.isclose(r.dale_chall(6, 100, 5), 0.1579 * 6 + 0.0496 * 20 + 3.6365)
    assert math.isnan(r.flesch_kincaid_grade(0, 0, 0))


def test_readability_row(pair):
    nbc, cnn = pair
    row = r.readability(nbc).iloc[0]
    with_words = [i for i, s in enumerate(nbc.sentences) if any(ch.isalnum() for ch in s)]
    assert row["sentences"] == len(with_words)
    assert row["words"] == len(r.syllables(nbc))
    assert row["syllables"] == r.syllables(nbc)["syllables"].sum()
    assert math.isclose(
        row["flesch_kincaid_grade"],
        r.flesch_kincaid_grade(row["words"], row["sentences"], row["syllables"]),
    )
    assert 0 < row["difficult_words"] < row["words"]


def test_gap_mark_is_not_a_word():
    base = "The White House has opposed a zone in Syria, officials said on Tuesday night. " * 6
    with_gap = base.replace("a zone", "a […] zone")
    assert len(r.syllables(base)) == len(r.syllables(with_gap))


def test_syllable_sources():
    assert r.syllable_count("Russia") == (2, "CMUdict")
    assert r.syllable_count("Aleppo")[1] == "hyphenation"
    assert r.syllable_count("275,000") == (1, "number")
    assert r.syllable_count("Pence’s")[1] == "CMUdict"
    assert r.syllable_count("al-Assad")[0] >= 3


def test_word_rules(pair):
    nbc, _ = pair
    table = r.syllables(nbc)
    assert set(table["source"]) <= {"CMUdict", "hyphenation", "number"}
    names = table[(table["word"] == "Pence")]
    assert not names["difficult"].any() and not names["complex"].any()
    # "supported" has 3 syllables only through -ed: not complex for Gunning
    assert not counting._is_complex("supported", 3, False)
    assert counting._is_complex("humanitarian", 6, False)
    assert counting._is_familiar("talked") and counting._is_familiar("countries")
    assert not counting._is_familiar("humanitarian")


def test_against_textstat_explains_every_difference(pair):
    for article in pair:
        table = r.against_textstat(article)
        assert list(table["figure"]) == [label for label, _ in r.FIGURES.values()]
        for row in table.itertuples():
            if abs(row.difference) > 1e-9:
                assert row.why != "same counts", row.figure
        sentences_why = table.loc[0, "why"]
        assert "sentences: kit" in sentences_why


def test_textstat_splits_abbreviations(pair):
    nbc, _ = pair
    stops = r.inner_stops(nbc)
    assert "Gov." in stops and "U.S." in stops
    assert r.textstat_counts(nbc.text)["sentences"] > r.readability(nbc).loc[0, "sentences"]


def test_preprocessing_effect_cnn_differs(pair):
    _, cnn = pair
    table = r.preprocessing_effect(cnn).set_index("measure")
    assert table.loc["words", "raw"] != table.loc["words", "cleaned"]
    assert table.loc["sentences", "raw"] != table.loc["sentences", "cleaned"]
    for figure in ("flesch_kincaid_grade", "gunning_fog", "automated_readability_index"):
        assert table.loc[figure, "raw"] != table.loc[figure, "cleaned"]
        assert math.isclose(
            table.loc[figure, "change"], table.loc[figure, "cleaned"] - table.loc[figure, "raw"]
        )
    assert table.loc["automated_readability_index", "textstat_raw"] != pytest.approx(
        table.loc["automated_readability_index", "textstat_cleaned"]
    )


def test_compare_readability_direction():
    easy = "The cat sat on the mat. It was a good day. We ran to the park and back. " * 8
    hard = (
        "Administrative considerations notwithstanding, the comprehensive humanitarian "
        "intervention necessitated extraordinary international coordination among "
        "governmental organizations, regardless of jurisdictional complications. "
    ) * 6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = r.compare_readability(easy, hard).set_index("figure")
    assert table.loc["Flesch–Kincaid grade", "difference"] > 5
    assert "harder" in table.loc["Flesch–Kincaid grade", "meaning"]
    assert "harder" in table.loc["Flesch Reading Ease", "meaning"]
    assert r.what_it_means("smog", 0.2, "A", "B").startswith("about the same")
    assert "easier" in r.what_it_means("gunning_fog", -2.2, "A", "B")


def test_sentence_and_paragraph_tables_add_up(pair):
    for article in pair:
        sentences = r.sentence_readability(article)
        paragraphs = r.paragraph_readability(article)
        total = r.readability(article).iloc[0]
        assert sentences["words"].sum() == total["words"] == paragraphs["words"].sum()
        assert paragraphs["sentences"].sum() == total["sentences"]
        hardest = r.hardest_sentences(article, n=3)
        assert hardest["flesch_kincaid_grade"].is_monotonic_decreasing
        assert hardest["flesch_kincaid_grade"].iloc[0] == sentences["flesch_kincaid_grade"].max()


def test_plot_tables(pair):
    lengths = r.sentence_lengths(*pair)
    assert list(lengths.columns) == ["article", "paragraph", "sentence", "words"]
    grades = r.paragraph_grades(*pair)
    assert grades["position"].between(0, 100).all()


def test_plots_draw(pair):
    import matplotlib

    matplotlib.use("Agg")
    from kitlib import plots

    ax = plots.sentence_length_distribution(r.sentence_lengths(*pair))
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    ax = plots.paragraph_grades(r.paragraph_grades(*pair))
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


def test_no_words_is_an_error_that_says_what_to_do():
    with pytest.raises(kitlib.ArticleError):
        r.readability("  ... ?! ")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcdeAB .,!?'’-\n", min_size=1, max_size=200))
def test_readability_never_crashes_on_odd_text(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            row = r.readability(text).iloc[0]
        except kitlib.ArticleError:
            return
    assert row["words"] >= 0 and row["sentences"] <= row["words"]


# --------------------------------------------------------------------------
# Lesson 03's checks: right answers pass, wrong ones fail
# --------------------------------------------------------------------------


def test_lesson03_checks(pair, capsys):
    from kitlib.exercises import check

    nbc, cnn = pair
    words = r.syllables(nbc)
    assert check("03.guessed_syllables", int((words["source"] != "CMUdict").sum()))
    assert not check("03.guessed_syllables", 0)
    row = r.passage_readability(nbc).iloc[0]  # the opening passage of 100+ words
    by_hand = 0.39 * (row["words"] / row["sentences"]) + 11.8 * (row["syllables"] / row["words"])
    assert check("03.fk_by_hand", by_hand - 15.59)
    assert not check("03.fk_by_hand", by_hand)  # forgot the constant
    extra = r.textstat_counts(nbc.text)["sentences"] - r.readability(nbc).loc[0, "sentences"]
    assert extra > 0 and check("03.textstat_sentences", extra)
    assert not check("03.textstat_sentences", extra + 1)
    assert check("03.harder", "CNN") and not check("03.harder", "NBC")
    change = r.preprocessing_effect(cnn).set_index("measure").loc["words", "change"]
    assert check("03.cleaning_words", change) and not check("03.cleaning_words", -change)
    written = check(
        "03.framing",
        "Partly not: the pipeline damage joins sentences, so the higher grade is an artifact.",
    )
    assert written.recorded and not written  # a written answer is recorded, never marked
    assert not check("03.framing", "yes")
    wrong_lines = [line for line in capsys.readouterr().out.splitlines() if "Not yet" in line]
    assert wrong_lines and all(f"{by_hand - 15.59:.2f}" not in line for line in wrong_lines)


def test_readability_says_when_its_figures_mean_little(pair):
    """English-only figures are flagged for a text that is not English or is short."""
    assert set(r.readability(pair[0])["note"]) == {""}
    german = "Der Bundestag hat am Mittwoch ein neues Gesetz über die Bahn beschlossen. " * 8
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        note = r.readability(german).loc[0, "note"]
        short = r.readability("Pence spoke first. Kaine answered.").loc[0, "note"]
    assert "English-only" in note and "short" not in note
    assert short == "short text; this figure means little"
