"""The concept exercises (lesson 09, and the objectives of 02, 04 and 05 that had none)."""

import subprocess
import sys

import pytest

from kitlib.exercises import check, examples


def said(capsys, exercise_id, answer):
    verdict = check(exercise_id, answer)
    return bool(verdict), capsys.readouterr().out


@pytest.mark.parametrize(
    "exercise_id, right, wrong",
    [
        ("09.framing_neighbours",
         ["agenda setting", "equivalence framing", "emphasis", "priming", "bias", "Equivalence"],
         ["agenda setting", "emphasis framing", "emphasis", "priming", "bias", "equivalence"]),
        ("02.inverted_pyramid", ["A", "B", "D", "C"], ["B", "A", "D", "C"]),
        ("04.quote_kinds",
         ["full quotation", "partial", "paraphrase", "fragment", "full", "paraphrase"],
         ["full quotation", "full quotation", "paraphrase", "partial", "full", "paraphrase"]),
        ("05.entman_functions",
         ["problem_definition", "causal interpretation", "moral-evaluation",
          "treatment_recommendation"],
         ["causal_interpretation", "problem_definition", "moral_evaluation",
          "treatment_recommendation"]),
        ("05.read_alpha", ["reliable", "tentative", "not reliable"],
         ["reliable", "reliable", "unreliable"]),
        ("05.split_questions", ["R4", "R5", "C4", "M1", "E1", "E3"], ["R4", "R5"]),
        ("09.omitted_people", ["John Podesta", "jesse lehrich"], ["John Podesta"]),
    ],
)  # fmt: skip
def test_right_and_wrong_answers(capsys, exercise_id, right, wrong):
    ok, out = said(capsys, exercise_id, right)
    assert ok, out
    ok, out = said(capsys, exercise_id, wrong)
    assert not ok and "Correct" not in out and out.strip()


def test_a_wrong_classification_names_letters_not_answers(capsys):
    _, out = said(capsys, "09.framing_neighbours",
                  ["bias", "equivalence framing", "emphasis framing", "priming", "bias",
                   "equivalence framing"])  # fmt: skip
    assert "Look again at a" in out and "agenda setting)" in out  # the definitions, not a verdict
    _, out = said(capsys, "04.quote_kinds", ["full"] * 5)
    assert "Give 6 answers" in out


def test_episodic_thematic_checks_the_evidence_word_for_word(capsys):
    good = {
        "NBC News": ("Episodic", "Republican Mike Pence dramatically split from the top"),
        "CNN": ("thematic", "The White House, however, has opposed"),
    }
    ok, out = said(capsys, "09.episodic_thematic", good)
    assert ok and "kit's reading" in out
    bad = {"NBC News": ("episodic", "words that are not in the article at all"),
           "cnn": ("both", "The White House, however, has opposed")}  # fmt: skip
    ok, out = said(capsys, "09.episodic_thematic", bad)
    assert not ok
    assert "NBC News: the evidence is not in the article" in out
    assert "'episodic' or 'thematic'" in out


def test_episodic_thematic_checks_that_the_evidence_shows_the_label(capsys):
    """Issue 26: any label with any four words was accepted; now the words must show it."""
    from kitlib.exercises.lesson09 import CLEAR_MAJORITY, frame_shares

    shares = frame_shares("episodic_thematic")
    mainly = {a: shares.loc[a].idxmax() for a in ("nbc", "cnn")}
    assert all(shares.loc[a, mainly[a]] >= CLEAR_MAJORITY for a in mainly)
    # a thematic label on episodic words (NBC's lead) is refused, and says why
    swapped = {
        "NBC News": ("thematic", "Republican Mike Pence dramatically split from the top"),
        "CNN": ("thematic", "The White House, however, has opposed"),
    }
    ok, out = said(capsys, "09.episodic_thematic", swapped)
    assert not ok and "reads as episodic, not thematic" in out
    # the right kind of evidence for the minority label: refused, with a pointer to the count
    minority = {
        "NBC News": ("thematic", "have cut off bilateral talks after a short-lived ceasefire"),
        "CNN": ("thematic", "The White House, however, has opposed"),
    }
    ok, out = said(capsys, "09.episodic_thematic", minority)
    assert not ok and "most of this article is not" in out


def test_the_printed_examples_hold_no_answers():
    tables = (examples.PYRAMID_PARAGRAPHS, examples.QUOTE_SENTENCES, examples.ENTMAN_SENTENCES,
              examples.NEIGHBOUR_EXAMPLES, examples.ALPHA_VALUES)  # fmt: skip
    for table in tables:
        assert all(len(row) == 2 for row in table)


def test_importing_one_lesson_module_first_still_finds_every_exercise():
    code = (
        "import kitlib.exercises.lesson09\n"
        "from kitlib.exercises import check\n"
        "check('02.lead_actors', ...)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "There is no exercise" not in done.stdout and "Not answered yet" in done.stdout
