"""kitlib.quotes against the hand annotation, and on any string at all (property tests)."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kitlib
from kitlib.articles import looks_like_path
from kitlib.evaluation import compare_with_gold, evaluate, gold_quotes
from kitlib.quotes import find_quotes


@pytest.fixture(scope="module")
def pair():
    return dict(zip(("nbc", "cnn"), kitlib.load_pair(), strict=True))


def test_gold_rows_slice_the_texts(pair):
    gold = gold_quotes()
    assert set(gold["article"]) == {"nbc", "cnn"}
    for row in gold.itertuples():
        text = pair[row.article].text
        assert text[row.start : row.end] == row.quote
        if not pd.isna(row.speaker_start):
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
    assert set(gold["kind"]) <= {"full", "partial", "fragment", "title/scare"}


@pytest.mark.parametrize("article", ["nbc", "cnn"])
def test_end_to_end_f1_on_gold_is_one(pair, article):
    scores = evaluate(find_quotes(pair[article]), gold_quotes(article)).set_index("measure")
    assert scores.loc["end to end", "f1"] == 1.0
    assert (
        scores.loc["quotation spans", "gold_total"]
        == (gold_quotes(article)["kind"] != "title/scare").sum()
    )


@pytest.mark.parametrize("article", ["nbc", "cnn"])
def test_cues_kinds_and_mentions_match_gold(pair, article):
    found = find_quotes(pair[article])
    both = found.merge(gold_quotes(article), on=["start", "end"], suffixes=("", "_gold"))
    assert len(both) == len(found)
    assert (both["cue"].fillna("") == both["cue_gold"].fillna("")).all()
    assert (both["kind"] == both["kind_gold"]).all()
    assert (both["anonymous"] == both["anonymous_gold"]).all()
    kit = both["speaker_start"].astype("float").fillna(-1)
    ref = both["speaker_start_gold"].astype("float").fillna(-1)
    assert (kit == ref).all()


def test_evaluation_counts_misses_and_extras():
    gold = pd.DataFrame(
        {
            "start": [0, 10, 20],
            "end": [5, 15, 25],
            "quote": list("abc"),
            "speaker": ["A", "B", None],
            "kind": ["full"] * 3,
        }
    )
    found = pd.DataFrame(
        {
            "start": [0, 10, 40],
            "end": [5, 15, 45],
            "quote": list("abd"),
            "speaker": ["A", "C", "D"],
            "kind": ["full"] * 3,
        }
    )
    table = compare_with_gold(found, gold)
    assert table["outcome"].tolist() == ["right", "wrong speaker", "missed", "extra"]
    scores = evaluate(found, gold).set_index("measure")
    assert scores.loc["quotation spans", "precision"] == round(2 / 3, 3)
    assert scores.loc["end to end", "recall"] == round(1 / 3, 3)
    assert scores.loc["speaker (of spans found)", "f1"] == 0.5


def test_cnn_flags_rest_on_artifacts(pair):
    found = find_quotes(pair["cnn"])
    flagged = found[found["artifact_flag"].str.contains("speaker mention inside")]
    spans = pair["cnn"].artifacts
    for row in flagged.itertuples():
        assert ((spans["start"] < row.speaker_end) & (row.speaker_start < spans["end"])).any()
    assert len(flagged) >= 2


PIECES = list("\"“”‘’'`«»„ \n.,:;—-?!aAbBhHeEsSiIdD") + [
    "said",
    " he ",
    "Pence",
    " according to ",
    '<a b="c">',
    "''",
    "[…]",
    "\n\n",
    "Jane Smith",
    " the businessman ",
    " told ",
    " a Trump aide ",
    "The aide added:",
    "Sen. ",
    " she ",
    " called ",
    " described ",
    " as ",
    "'s ",
    "’",
    "Morning Joe",
    " the senator ",
    " — ",
]
QUOTE_HEAVY = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(QUOTE_HEAVY, st.text(max_size=200)))
def test_never_raises_and_offsets_slice(text):
    assume(not looks_like_path(text))  # '".aa' is a file's name, by the kit's one rule
    table = find_quotes(text)
    for row in table.itertuples():
        assert text[row.start : row.end] == row.quote
        assert row.quote.strip() and row.start < row.end
        if not pd.isna(row.speaker_start):
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
