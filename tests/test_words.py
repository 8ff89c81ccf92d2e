"""kitlib.words: tokens, log-odds z-scores, permutation check, KWIC, loaded words, verbs, tone."""

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kitlib
from kitlib.errors import ShortTextWarning
from kitlib.vocab import speech_verb_class
from kitlib.words import tables as words


@pytest.fixture(scope="module")
def table(pair):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        return words.distinctive_words(*pair)


def test_tokens_repair_cnn_tokenisation():
    assert words.tokens("It was n’t the only time. Trump ’s running mate.") == [
        "it", "wasn't", "the", "only", "time", "trump", "running", "mate",
    ]  # fmt: skip
    assert words.tokens("a Syrian […] zone") == ["a", "syrian", "zone"]
    assert words.tokens("The U.S. military; the US military; let us") == [
        "the", "u.s", "military", "the", "u.s", "military", "let", "us",
    ]  # fmt: skip


def test_z_scores_equal_a_direct_computation(pair, table):
    """Recompute Monroe et al.'s (2008) z for a few words from the counts, by hand, with
    the pooled texts as the prior and half the shorter text as its strength."""
    nbc, cnn = pair
    tok_a, tok_b = words.tokens(nbc), words.tokens(cnn)
    n_a, n_b = len(tok_a), len(tok_b)
    a0 = words.PRIOR_SHARE * min(n_a, n_b)
    rows = table.set_index("word")
    for w in ["russia", "zone", "the", "barbaric", "people"]:
        y_a, y_b = tok_a.count(w), tok_b.count(w)
        alpha_w = a0 * (y_a + y_b) / (n_a + n_b)
        delta = math.log((y_a + alpha_w) / (n_a + a0 - y_a - alpha_w)) - math.log(
            (y_b + alpha_w) / (n_b + a0 - y_b - alpha_w)
        )
        z = delta / math.sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))
        assert (rows.loc[w, "count_a"], rows.loc[w, "count_b"]) == (y_a, y_b)
        assert rows.loc[w, "z"] == pytest.approx(z, rel=1e-12)


def test_table_shape_and_meaning(pair, table):
    assert table["z"].is_monotonic_decreasing
    assert table.iloc[0]["word"] == "russia"  # NBC's story is about Russia
    assert set(table["favours"]) <= {"NBC News", "CNN", "neither"}
    assert list(table.loc[table["beyond_chance"], "word"]) == ["russia"]
    assert (table[table["favours"] == "NBC News"]["z"] >= words.Z_THRESHOLD).all()
    assert table["per_1000_a"].sum() == pytest.approx(1000)


def test_swapping_the_articles_flips_the_sign(pair, table):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        flipped = words.distinctive_words(pair[1], pair[0]).set_index("word")["z"]
    original = table.set_index("word")["z"]
    assert list(flipped[original.index]) == pytest.approx(list(-original))


def test_short_texts_warn(pair):
    with pytest.warns(ShortTextWarning, match="permutation_check"):
        words.distinctive_words(*pair)


def test_identical_texts_have_no_distinctive_words(pair):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        same = words.distinctive_words(pair[0], pair[0])
    assert (same["z"].abs() < 1e-9).all()
    assert set(same["favours"]) == {"neither"}


SHORT = "The mayor said the bridge will open. The council and the mayor agree. " * 3
LONG = (
    "You know, you can ask the people of the valley what they think of the bridge, and "
    "they will tell you the same thing: the bridge is late, and you pay for it. "
) * 40


def test_a_short_text_is_too_short_to_say():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        table = words.distinctive_words(SHORT, LONG)
    assert set(table["favours"]) == {words.TOO_SHORT}
    assert not table["beyond_chance"].any()
    assert words.verdict(table) == words.TOO_SHORT


def test_no_word_credited_to_a_text_that_uses_it_less_or_never():
    """A text of 300+ words against a much longer one: the prior must not hand the
    shorter text the longer one's common words ("you", "the")."""
    short = SHORT * 6 + "Residents asked about tolls. "
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        table = words.distinctive_words(short, LONG * 2)
    names = table.attrs["articles"]
    mine = table[table["favours"] == names[0]]
    assert (mine["count_a"] > 0).all() and (mine["per_1000_a"] > mine["per_1000_b"]).all()
    theirs = table[table["favours"] == names[1]]
    assert (theirs["count_b"] > 0).all() and (theirs["per_1000_b"] > theirs["per_1000_a"]).all()
    assert "you" not in set(mine["word"])


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from("war peace the a you said and tax road bridge".split()), min_size=1),
    st.lists(st.sampled_from("war peace the a you said and tax road bridge".split()), min_size=1),
)
def test_favours_never_goes_against_the_rates(a, b):
    table = words.log_odds(words._counts(a), words._counts(b))
    rate_a = table["count_a"] / len(a)
    rate_b = table["count_b"] / len(b)
    # With the pooled prior, a positive z never goes to the text that uses the word less.
    assert not ((table["z"] > 1e-9) & (rate_a < rate_b)).any()
    assert not ((table["z"] > 1e-9) & (table["count_a"] == 0)).any()


def test_permutation_check_is_reproducible_and_shows_chance(pair):
    first = words.permutation_check(*pair, rounds=30)
    again = words.permutation_check(*pair, rounds=30)
    assert first.equals(again)
    assert len(first) == 31 and not first.loc[0, "shuffled"] and first.loc[1:, "shuffled"].all()
    other_seed = words.permutation_check(*pair, rounds=30, seed=7)
    assert not first.equals(other_seed)
    # Chance alone makes some "distinctive" words: the point of the check.
    assert first.loc[1:, "words_beyond"].max() >= 1


def test_kwic(pair):
    nbc, cnn = pair
    russia = words.kwic(nbc, "Russia")
    assert len(russia) == 21  # "Russia" and "Russia's", not "Russian"
    for row in russia.itertuples():
        assert nbc.text[row.start : row.end].lower() == "russia"
        assert nbc.text[row.start - len(row.left) : row.start].replace("\n", " ") == row.left
    assert len(words.kwic(cnn, "safe zone")) >= 5
    assert len(words.kwic(cnn, r"safe zones?", regex=True)) > len(words.kwic(cnn, "safe zone"))
    assert words.kwic(nbc, "nowhere-to-be-found").empty
    with pytest.raises(kitlib.KitError, match="word or phrase"):
        words.kwic(nbc, "  ")


def test_loaded_words_in_and_out_of_quotations(pair):
    nbc, _ = pair
    found = words.loaded_words(nbc)
    assert found["start"].is_unique  # one entry per use, even where two entries match
    table = found.drop_duplicates("word").set_index("word")
    assert table.loc["barbaric", "in_quotation"]  # Pence's word
    assert not table.loc["dramatically", "in_quotation"]  # the reporter's word
    assert table.loc["dramatically", "kind"] == "intensifier"
    assert table.loc["largely", "kind"] == "hedge"
    for row in found.itertuples():
        assert nbc.text[row.start : row.end] == row.word
        assert row.word in row.text
    # "aggressively" has its own entry, so it is not counted as "aggressive*".
    text = "Pence aggressively split from Trump. " * 20
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        own = words.loaded_words(text)
    assert set(own["entry"]) == {"aggressively"}


def test_attribution_verbs_and_tally(pair):
    assert speech_verb_class("insisted") == "distancing"
    assert speech_verb_class("admitted") == "concessive"
    assert speech_verb_class("warned") == "emphatic"
    assert speech_verb_class("accused") == "confrontational"
    assert speech_verb_class("said") == "neutral"
    assert speech_verb_class("according to") == "neutral"
    tally = words.attribution_tally(*pair)
    assert list(tally.index) == ["NBC News", "CNN"]
    assert (tally["neutral"] > 0).all()
    assert list(tally.columns)[:5] == [
        "neutral", "distancing", "concessive", "emphatic", "confrontational",
    ]  # fmt: skip


def test_vader_scores_strength_as_positive(pair):
    # The limit of a word list, taught in lesson 06: "strength" is a positive word.
    assert kitlib.words.phrase_tone("need to be met with American strength")["compound"].iloc[0] > 0
    tone = kitlib.words.tone(pair[0])
    assert len(tone) == len(pair[0].sentences)
    assert tone["compound"].between(-1, 1).all()
    with pytest.raises(kitlib.KitError):
        kitlib.words.phrase_tone("")


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="abc ’'-.\n", max_size=80))
def test_tokens_never_crash_and_are_lower_case(text):
    for w in words.tokens(text):
        assert w == w.lower() and w


def test_attribution_verbs_two_methods(pair):
    nbc, cnn = pair
    listed = words.speech_verbs(cnn, method="word list")
    assert set(listed["source"]) == {"word list"}
    pounced = listed[listed["verb"] == "pounced"]
    assert list(pounced["class"]) == ["confrontational"]
    assert listed["start"].is_unique  # "calling for" is not also counted as "calling"
    for row in listed.itertuples():
        assert cnn.text[row.start : row.end] == row.verb
    quoted = words.speech_verbs(nbc, method="quotes")
    assert set(quoted["source"]) == {"find_quotes"}
    assert quoted["speaker"].notna().any()
    assert "Morning Joe" not in " ".join(nbc.text[r.start : r.end] for r in quoted.itertuples())
    with pytest.raises(kitlib.KitError, match="method"):
        words.speech_verbs(nbc, method="guess")
    by_speaker = words.attribution_tally(nbc, cnn, by="speaker")
    assert "Mike Pence" in by_speaker.index.get_level_values("speaker")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab .*?()[]\\+’'", min_size=1, max_size=12))
def test_kwic_takes_any_search_text_literally(pattern):
    text = "Words of the article: a b ab (a) [b] a.b a*b ’a’ " * 6
    if not pattern.strip():
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = words.kwic(text, pattern)
    for row in found.itertuples():
        assert " ".join(row.match.split()).lower() == " ".join(pattern.split()).lower()
        assert text[row.start : row.end] == row.match


def test_retired_names_warn_and_give_the_same_answer():
    """words.verb_class and frames.cue_pattern are stand-ins for the one rule (CHANGELOG)."""
    from kitlib import frames, text
    from kitlib.errors import KitWarning, RenamedWarning

    with pytest.warns(RenamedWarning, match="kitlib.vocab.speech_verb_class"):
        assert kitlib.words.verb_class("described … as") == speech_verb_class("described … as")
    with pytest.warns(RenamedWarning, match="kitlib.text.phrase_pattern"):
        old = frames.cue_pattern("family|families")
    assert old.pattern == text.phrase_pattern("family|families").pattern
    assert issubclass(RenamedWarning, KitWarning) and issubclass(RenamedWarning, FutureWarning)
