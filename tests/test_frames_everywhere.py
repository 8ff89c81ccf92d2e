"""The machine frame coder where the kit speaks of frames: the report and batch (issue 23)."""

from __future__ import annotations

import pandas as pd
import pytest

import kitlib
from kitlib import frames
from kitlib.report.sections import frame_difference


@pytest.fixture(scope="module")
def result():
    return kitlib.compare(*kitlib.load_pair())


def test_a_difference_is_stated_only_where_the_coder_is_confident_for_both():
    sure = frames.CONFIDENT + 0.05
    assert frame_difference({"A": (True, sure), "B": (False, sure)}) == (
        "the coder finds it in A, not in B (confident for both)"
    )
    unsure = frame_difference({"Ann": (True, 0.95), "Bob": (False, frames.CONFIDENT - 0.01)})
    assert unsure.startswith("unsure:") and "Bob" in unsure and "Ann" not in unsure
    assert frame_difference({"A": (True, sure), "B": (True, sure)}).startswith("the same: present")
    assert frame_difference({"A": (False, sure), "B": (False, sure)}).startswith("the same: absent")
    # both unsure: never a difference, even when the answers differ
    both = frame_difference({"A": (True, 0.51), "B": (False, 0.52)})
    assert both.startswith("unsure:") and "finds it" not in both


def test_the_report_frame_section_shows_the_coder_with_confidence_and_evidence(result):
    section = result.section("frames")
    assert section.available, section.note
    coded = section.tables["frames"]
    assert set(coded["article"]) == set(result.names) and len(coded) == 5 * len(result.names)
    # the section's table is the coder's answers, read from the tables it was built from
    for row in coded.itertuples():
        shown = section.table.set_index("frame").loc[row.frame.replace("_", " "), row.article]
        assert shown == f"{'present' if row.present else 'absent'} ({row.confidence:.2f})"
    # a difference is stated only where both are confident; otherwise "unsure"
    for _, row in section.table.iterrows():
        confidences = [float(row[n].split("(")[1].rstrip(")")) for n in result.names]
        assert row["difference"].startswith("unsure:") == (min(confidences) < frames.CONFIDENT)
    # evidence: one row per question answered yes, with the coder's sentences
    coding = section.tables["coding"]
    assert len(section.examples) == int((coding["answer"] == "yes").sum())
    assert (section.examples["evidence"].str.len() > 0).all()
    assert "cue" not in section.title.lower()


def test_the_summary_speaks_of_articles_not_outlets(result):
    rows = result.summary[result.summary["section"] == "frames"]
    assert list(rows["measure"]) == [
        f"{f.replace('_', ' ')} frame (machine coder)" for f in frames.FRAMES
    ]
    stated = rows[rows["difference"].str.startswith("the coder finds it")]
    for text in stated["difference"]:
        assert all(f"this {n} article" in text for n in result.names)
    # each article is named once, as every other difference names it
    for text in rows["difference"]:
        assert "the this" not in text and "article article" not in text
    assert not rows["difference"].str.contains("percentage points").any()


def test_the_report_pages_show_the_frame_evidence(result):
    page = result.to_html()
    assert "The questions the coder answered yes" in page
    text = result.to_markdown()
    assert "frame (machine coder)" in text


def test_analyze_many_gives_each_frame_present_and_confidence():
    nbc, cnn = kitlib.load_pair()
    table = kitlib.analyze_many([nbc, cnn], analyses=["frames"])
    for article, name in ((nbc, "NBC News"), (cnn, "CNN")):
        mine = table[table["article"] == name].set_index("measure")["value"]
        coder = frames.suggest_frames(article).set_index("frame")
        assert len(mine) == 2 * len(frames.FRAMES)
        for frame in frames.FRAMES:
            assert mine[f"{frame}: present"] == int(coder.loc[frame, "present"])
            assert mine[f"{frame}: confidence"] == pytest.approx(coder.loc[frame, "confidence"])
            assert 0.5 <= mine[f"{frame}: confidence"] <= 1


def test_analyze_many_frame_columns_are_deterministic():
    text = ("Critics say the plan will cost taxpayers $4 billion. But the mayor, who proposed "
            "it, insists it will save jobs and help families.")  # fmt: skip
    first = kitlib.analyze_many([text], analyses=["frames"])
    pd.testing.assert_frame_equal(first, kitlib.analyze_many([text], analyses=["frames"]))


def test_the_dev_figures_the_report_and_lesson_05_read_are_recorded():
    from kitlib import evaluation

    frame_rows = evaluation.accuracy("frames")
    assert set(frame_rows["split"]) == {"dev"}
    assert -1 <= evaluation.figure("frames", "macro kappa") <= 1
    questions = [q for q in frames.codebook("generic")["question_id"] if q != "H5"]
    for q in questions:
        machine = evaluation.figure("frame questions", f"kappa with a trained coder ({q})")
        people = evaluation.figure("frame questions", f"coders' kappa with each other ({q})")
        assert -1 <= machine <= 1 and -1 <= people <= 1
    share = evaluation.figure("frame questions", "share of questions at the coders' level")
    at_level = sum(
        evaluation.figure("frame questions", f"kappa with a trained coder ({q})")
        >= evaluation.figure("frame questions", f"coders' kappa with each other ({q})")
        for q in questions
    )
    assert share == pytest.approx(at_level / len(questions), abs=0.001)
