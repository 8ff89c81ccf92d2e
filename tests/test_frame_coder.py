"""kitlib.frames.coder and kitlib.frames.features: the machine frame coder.

Invented texts only: the coder's weights come from the Narrative Frames Corpus,
but these tests need neither the corpus nor the network. The one test that
rebuilds the weights from the corpus is skipped, with the reason, when the
corpus or scikit-learn is missing.
"""

import csv
import importlib.util
import itertools
import math
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from _helpers import load_script

from kitlib import frames
from kitlib.errors import ArticleError
from kitlib.frames import codings
from kitlib.frames.coder import (
    CODING_COLUMNS,
    FRAME_COLUMNS,
    RULE_INPUT,
    bench_predict,
    code_article,
    explain,
    machine_coding,
    suggest_coding,
    suggest_frames,
    weights_table,
    word_table,
)
from kitlib.frames.features import (
    article_features,
    cue_hits,
    describe,
    feature_names,
    quotations,
    words_of,
)

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "data" / "frames" / "build.py"

#: A plain story with no conflict, money, people's lives, morals or urgency to speak of.
NEUTRAL = (
    "The county road department resurfaced Elm Street this week. The work began on "
    "Monday morning and ended on Thursday afternoon. Crews laid new asphalt along "
    "two miles of the road between the library and the river bridge. The street "
    "was closed to traffic during the day and opened again each evening. Signs "
    "showed drivers the way around the work. The department resurfaces several "
    "streets each summer. Elm Street was last resurfaced eleven years ago. The "
    "next street on the list is Oak Avenue, which the department expects to "
    "resurface in August."
)

#: One sentence or paragraph per feature family, and the question it should move.
ADDITIONS = {
    "C3": (
        "Supporters of the work say the new surface is safer. But critics argue the "
        "money should have gone to the bridge instead. \u201cThis was the wrong choice,\u201d "
        "said council member Ann Lee. \u201cIt was the right road to fix,\u201d replied "
        "the department head, Tom Ray, who disputed her figures."
    ),
    "C2": (
        "Hundreds of protesters rallied outside the county office on Tuesday and "
        "demanded that the department reopen the old road. Organisers started a "
        "petition and called for a boycott of the paving firm."
    ),
    "E2": "The work cost $2.4 million, and the county expects to spend another $1.8 million.",
    "H4": (
        "Maria Lopez, 67, has lived on Elm Street with her husband and their three "
        "grandchildren since she was born. \u201cMy family loves this street,\u201d she "
        "said, holding back tears. \u201cMy children grew up here.\u201d"
    ),
    "M1": (
        "It is simply wrong, and a shame, that the town ignores its duty to the poor. "
        "Greed is not a value; honesty and fairness are. We should be ashamed of this "
        "injustice."
    ),
    "R5": (
        "Residents urged the council to act now: the crisis is urgent, they said, and "
        "the bridge must be repaired immediately, before it is too late."
    ),
}


@pytest.fixture(scope="module")
def neutral_coding():
    return suggest_coding(NEUTRAL).set_index("question_id")


# --------------------------------------------------------------------------
# Each family of features moves its question
# --------------------------------------------------------------------------


@pytest.mark.parametrize("question_id", sorted(ADDITIONS))
def test_each_feature_family_raises_its_question(question_id, neutral_coding):
    before = neutral_coding.loc[question_id, "probability"]
    coding = suggest_coding(NEUTRAL + " " + ADDITIONS[question_id]).set_index("question_id")
    after = coding.loc[question_id, "probability"]
    assert after > before + 0.05, (question_id, before, after, coding.loc[question_id, "because"])


def test_a_two_sided_paragraph_counts_two_sides_and_contrast():
    found = article_features(NEUTRAL + " " + ADDITIONS["C3"])
    assert found.values["two_sides"] == 1.0
    assert found.values["contrast"] > 0 and found.values["critics"] > 0


def test_a_protest_paragraph_counts_protest_and_demands():
    found = article_features(NEUTRAL + " " + ADDITIONS["C2"])
    hits = cue_hits(ADDITIONS["C2"])
    assert found.values["protest"] == pytest.approx(math.log1p(4))
    # protesters, demanded, petition, boycott
    assert [ADDITIONS["C2"][i : i + 8] for i in hits["protest"]] == [
        "proteste",
        "demanded",
        "petition",
        "boycott ",
    ]
    assert cue_hits("In March the mayor spoke.").get("protest", []) == []  # the month is no march


def test_the_money_sentence_is_the_evidence_for_costs():
    coding = suggest_coding(NEUTRAL + " " + ADDITIONS["E2"]).set_index("question_id")
    assert coding.loc["E2", "answer"] == "yes"
    assert "$2.4 million" in coding.loc["E2", "evidence"]
    assert "sums of money" in coding.loc["E2", "because"]


def test_cue_words_are_whole_words_and_phrases():
    text = "He won't win. Critics say a left-wing plan costs $5 million."
    hits = cue_hits(text)
    assert hits["winlose"] == [text.index("win.")]  # "win", not "won't"
    assert hits["critics"] == [text.index("Critics")]  # "Critics say" is one hit
    assert hits["partisan"] == [text.index("left-wing")]
    assert hits["money"] == [text.index("$")]
    assert cue_hits("The government's plan")["government"] == [4]  # possessive


def test_describe_says_what_was_found():
    assert describe("money", math.log1p(3)) == "sums of money ×3"
    assert describe("contrast", 0.0) == "no contrast words"
    assert describe("two_sides", 0.0) == "fewer than two people quoted"


# --------------------------------------------------------------------------
# Shape, determinism, inputs
# --------------------------------------------------------------------------


def test_coding_shape_and_columns(neutral_coding):
    coding = suggest_coding(NEUTRAL)
    assert list(coding.columns) == CODING_COLUMNS
    assert list(coding["question_id"]) == list(frames.codebook("generic")["question_id"])
    assert set(coding["answer"]) <= {"yes", "no"}
    answered = coding[coding["question_id"] != "H5"]
    assert answered["probability"].between(0, 1).all()
    assert answered["confidence"].between(0, 1).all()
    yes = answered[answered["answer"] == "yes"]
    assert (yes["confidence"] == yes["probability"]).all()
    h5 = coding.set_index("question_id").loc["H5"]
    assert h5["answer"] == "no" and "Pictures cannot be coded from text" in h5["note"]


def test_frames_shape_and_columns():
    table = suggest_frames(NEUTRAL + " " + ADDITIONS["E2"])
    assert list(table.columns) == FRAME_COLUMNS
    assert list(table["frame"]) == list(frames.FRAMES)
    assert table["present"].map(type).eq(bool).all()
    assert table.set_index("frame").loc["economic", "questions"] == "E1, E2, E3"
    assert table["probability"].between(0, 1).all()


def test_the_coder_is_deterministic():
    text = NEUTRAL + " " + ADDITIONS["C3"] + " " + ADDITIONS["E2"]
    pd.testing.assert_frame_equal(suggest_coding(text), suggest_coding(text))
    pd.testing.assert_frame_equal(suggest_frames(text), suggest_frames(text))
    assert bench_predict(text) == bench_predict(text)


def test_article_path_and_text_give_the_same_answers(tmp_path, pair):
    nbc = pair[0]
    path = tmp_path / "nbc.txt"
    path.write_text(nbc.raw, encoding="utf-8")
    columns = ["question_id", "answer", "probability"]
    from_article = suggest_coding(nbc)[columns]
    from_path = suggest_coding(str(path))[columns]
    from_text = suggest_coding(nbc.raw)[columns]
    pd.testing.assert_frame_equal(from_article, from_path)
    pd.testing.assert_frame_equal(from_article, from_text)


def test_code_article_gives_both_tables(pair):
    coding, frame_table = code_article(pair[1])
    pd.testing.assert_frame_equal(coding, suggest_coding(pair[1]))
    pd.testing.assert_frame_equal(frame_table, suggest_frames(pair[1]))


def test_bench_records_cover_every_question_and_frame():
    records = bench_predict(NEUTRAL)
    assert {r["question_id"] for r in records if "question_id" in r} == (
        set(frames.codebook("generic")["question_id"]) - {"H5"}
    )
    assert {r["frame"] for r in records if "frame" in r} == set(frames.FRAMES)


# --------------------------------------------------------------------------
# Texts the kit's loader refuses are still coded
# --------------------------------------------------------------------------


def test_a_long_one_line_text_is_coded():
    text = " ".join([NEUTRAL, ADDITIONS["C3"], ADDITIONS["E2"]] * 8)  # one line, ~1,500 words
    assert "\n" not in text
    coding = suggest_coding(text)
    assert len(coding) == 20
    assert suggest_frames(text)["present"].map(type).eq(bool).all()


@pytest.mark.parametrize(
    "text", ["Getty Images", "Photo: Getty Images", "...", "A caption (Getty Images)"]
)
def test_a_text_empty_after_cleaning_does_not_raise(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        coding = suggest_coding(text)
        sheet = machine_coding(text)
        table = suggest_frames(text)
    assert len(coding) == 20 and len(sheet) == 20 and len(table) == 5
    # today's loader refuses all four; if it one day reads them, the notes are empty
    notes = coding[coding["question_id"] != "H5"]["note"]
    assert notes.str.startswith("The kit's loader refused this text").all() or notes.eq("").all()


def test_a_missing_file_is_still_an_error():
    with pytest.raises(ArticleError, match="no file"):
        suggest_coding("no_such_article_anywhere.txt")


# --------------------------------------------------------------------------
# The coder as one more coder
# --------------------------------------------------------------------------


def test_machine_coding_is_a_coding_sheet(pair):
    nbc = pair[0]
    sheet = machine_coding(nbc, coder="kit coder")
    assert list(sheet.columns) == ["coder", *frames.coding_sheet(nbc).columns]
    assert set(sheet["coder"]) == {"kit coder"}
    assert sheet["answer"].isin(["yes", "no"]).all()
    agreement = frames.agreement_table(frames.reference_coding(), sheet)
    assert agreement.set_index("measure").loc["items compared", "value"] == 20
    assert frames.frame_scores(sheet)["score"].between(0, 1).all()


def test_the_class_tools_take_the_machine_as_a_coder(pair, tmp_path):
    sheets = [machine_coding(article) for article in pair]
    path = codings.save_coding(pd.concat(sheets, ignore_index=True), tmp_path / "machine.csv")
    pooled = codings.read_codings([path])
    assert set(pooled["coder"]) == {"kit coder"}
    reference = frames.reference_coding().assign(coder="reference")
    both = pd.concat([pooled.drop(columns="file"), reference], ignore_index=True)
    table = codings.question_reliability(both)
    assert len(table) == 20 and (table["units"] == 2).all()


# --------------------------------------------------------------------------
# The shipped weights
# --------------------------------------------------------------------------


def test_every_question_but_pictures_has_a_model():
    table = weights_table()
    models = set(table["model"])
    questions = set(frames.codebook("generic")["question_id"]) - {"H5"}
    assert questions | {f"frame:{f}" for f in frames.FRAMES} == models
    word_inputs = {"words:" + m.removeprefix("frame:") for m in set(word_table()["model"])}
    known = set(feature_names()) | questions | word_inputs
    plain = table[~table["feature"].str.startswith("(")]
    rules = plain[plain["feature"].str.fullmatch(RULE_INPUT.pattern)]
    assert set(plain["feature"]) - set(rules["feature"]) <= known
    book = frames.codebook("generic")
    frame_of = dict(zip(book["question_id"], book["frame"], strict=True))
    for model, rule in zip(rules["model"], rules["feature"], strict=True):
        k, asked = rule.split(" of ")
        # a rule is read by a frame's model only, over that frame's own questions
        assert model.startswith("frame:") and set(asked.split()) <= questions
        assert 1 <= int(k) <= len(asked.split())
        assert {frame_of[q] for q in asked.split()} == {model.removeprefix("frame:")}
    thresholds = table[table["feature"] == "(threshold)"]["weight"]
    assert thresholds.between(0, 1).all()


def test_explain_adds_up_to_the_answer():
    text = NEUTRAL + " " + ADDITIONS["E2"]
    probability = suggest_coding(text).set_index("question_id").loc["E2", "probability"]
    table = explain(text, "E2")
    log_odds = table["push"].sum()
    assert abs(1 / (1 + math.exp(-log_odds)) - probability) < 0.01
    assert table.iloc[0]["feature"] == "money"
    frame = explain(text, "economic")
    assert {"E1", "E2", "E3", "(starting point)"} <= set(frame["feature"])
    assert set(frame["feature"]) <= {"E1", "E2", "E3", "words:economic", "(starting point)"}
    with pytest.raises(KeyError, match="no model"):
        explain(text, "H5")


def test_a_rule_frame_reads_the_chance_that_enough_of_its_questions_are_yes():
    weights = weights_table()
    rules = weights[weights["feature"].str.fullmatch(RULE_INPUT.pattern)]
    assert len(rules) > 0
    model, rule = rules.iloc[0]["model"], rules.iloc[0]["feature"]
    frame = model.removeprefix("frame:")
    k, asked = int(rule.split(" of ")[0]), rule.split(" of ")[1].split()
    text = NEUTRAL + " " + " ".join(ADDITIONS.values())
    coding = suggest_coding(text).set_index("question_id")
    chance = 0.0  # at least k of the questions yes, each answered independently
    for yes in itertools.product([False, True], repeat=len(asked)):
        if sum(yes) >= k:
            chance += math.prod(
                coding.loc[q, "probability"] if y else 1 - coding.loc[q, "probability"]
                for q, y in zip(asked, yes, strict=True)
            )
    row = explain(text, frame).set_index("feature").loc[rule]
    assert abs(1 / (1 + math.exp(-row["value"])) - chance) < 0.01  # probabilities rounded
    assert f"{chance:.2f}" in row["found"] and all(q in row["found"] for q in asked)
    said = suggest_frames(text).set_index("frame").loc[frame]
    assert said["questions"] == ", ".join(asked)
    # more yes to its questions, more of the frame
    lower = suggest_frames(NEUTRAL).set_index("frame").loc[frame, "probability"]
    assert said["probability"] >= lower


def test_kitlib_never_imports_scikit_learn():
    code = (
        "import sys, kitlib.frames.coder as c; c.suggest_coding('Pence spoke. Kaine answered.');"
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _build_module():
    spec = importlib.util.spec_from_file_location("frames_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_weights_rebuild_to_the_shipped_tables():
    build = _build_module()
    repo = build.corpus_path()
    if not repo.exists():
        pytest.skip(
            f"The Narrative Frames Corpus is not at {repo}: set NFC_GIT to a bare clone of "
            "github.com/phenixace/narrative-framing to check that data/frames/build.py "
            "rebuilds the shipped weights."
        )
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is not installed: pip install -e '.[train]' to rebuild.")
    polnear = build.polnear_path()
    if not polnear.exists():
        pytest.skip(
            f"PolNeAR is not at {polnear}: set POLNEAR_GIT to a bare clone of "
            "github.com/networkdynamics/PolNeAR (the word rule reads its train articles)."
        )
    features, weights, words = build.build(repo, polnear)
    for name, rows in (
        ("coder_features.csv", features),
        ("coder_weights.csv", weights),
        ("coder_words.csv", words),
    ):
        with (ROOT / "data" / "frames" / name).open(encoding="utf-8", newline="") as handle:
            assert list(csv.reader(handle)) == rows, name


# --------------------------------------------------------------------------
# The quick quotation reader and the word table
# --------------------------------------------------------------------------


def test_quotations_find_marks_and_speakers():
    text = ADDITIONS["C3"] + " " + ADDITIONS["H4"]
    found = quotations(text)
    # "she said": a pronoun is no name, so Maria Lopez's quotations have no speaker
    assert [speaker for *_, speaker in found] == ["Lee", "Ray", "", ""]
    assert all(text[s:e] == words for s, e, words, _ in found)
    # no speech verb near it: a quotation without a speaker
    assert quotations("The “green” plan is new.")[0][3] == ""
    values = article_features(text).values
    assert values["two_sides"] == 1.0 and values["speakers"] == pytest.approx(math.log1p(2))


#: Words about the corpus's topic (climate) or the kit's pair's (an election): none may
#: carry weight, since the word rule only admits words common in both kinds of news.
TOPIC_WORDS = {
    "climate", "warming", "carbon", "emissions", "fossil", "coal", "greenhouse", "temperature",
    "temperatures", "ice", "weather", "renewable", "solar", "paris", "epa", "environmental",
    "planet", "scientists", "election", "vote", "voters", "campaign", "candidate", "ballot",
    "trump", "clinton", "sanders", "republican", "democratic", "polls", "nominee", "primary",
}  # fmt: skip


def test_the_word_table_has_no_topic_words():
    table = word_table()
    words = table[~table["word"].str.startswith("(")]
    assert len(words) > 0
    weights = weights_table()
    inputs = weights[weights["feature"].str.startswith("words:")]
    # every word component is read by its model, and every model's word input has one
    assert set(table["model"]) == set(inputs["model"])
    assert set(inputs["feature"]) == {"words:" + m.removeprefix("frame:") for m in table["model"]}
    assert words["word"].str.fullmatch(r"[a-z]+").all()  # lower case, letters only: no names
    assert not set(words["word"]) & TOPIC_WORDS
    assert (words["weight"] != 0).all()


def test_explanations_name_the_words():
    weights = weights_table()
    inputs = weights[weights["feature"].str.startswith("words:")]
    model = inputs.sort_values("weight").iloc[-1]["model"]  # the frame words move most
    key = "words:" + model.removeprefix("frame:")
    table = word_table()
    words = table[(table["model"] == model) & ~table["word"].str.startswith("(")]
    top = words.sort_values("weight").iloc[-1]["word"]
    text = NEUTRAL + f" The council noted {top} in its report."
    frame = model.removeprefix("frame:")
    explained = explain(text, frame).set_index("feature")
    assert f"'{top}'" in explained.loc[key, "found"]
    before = explain(NEUTRAL, frame).set_index("feature").loc[key, "push"]
    assert explained.loc[key, "push"] > before
    assert words_of("Isn’t it") == ["isn't", "it"]


def test_the_word_rule_keeps_words_common_in_both_kinds_of_news():
    build = _build_module()
    climate = ["The climate plan would cost jobs, critics said."] * 10
    election = [set(words_of("The campaign said the plan would cost votes."))] * 10
    words = build.vocabulary(climate, election, share=0.5)
    assert "would" in words and "plan" in words and "said" in words
    assert "climate" not in words and "campaign" not in words and "critics" not in words
    # a name (capitalised in most of its uses) never passes
    assert "ruiz" not in build.vocabulary(["Ruiz said no."] * 4, [{"ruiz", "said"}] * 4)


def test_the_frames_reasons_can_show_words():
    table = word_table()
    model = sorted(set(table["model"]))[0]
    words = table[(table["model"] == model) & ~table["word"].str.startswith("(")]
    used = " ".join(words.sort_values("weight")["word"].iloc[-3:])
    text = NEUTRAL + " " + ADDITIONS["M1"] + f" They spoke of {used}."
    frame = suggest_frames(text).set_index("frame").loc[model.removeprefix("frame:")]
    assert "words '" in frame["because"]


# --------------------------------------------------------------------------
# The benchmark's human reference: how far trained coders agree on a frame
# --------------------------------------------------------------------------


def _coders(*answers: str) -> list[dict]:
    """Invented coders: each string lists the corpus questions that coder said yes to
    (every other question of the five frames answered no)."""
    keys = [k for keys in load_script("benchmarks/frames_coder.py").build.QUESTION_MAP.values()
            for k in keys]  # fmt: skip
    return [{k: k in said.split() for k in keys} for said in answers]


def _predicted(economic: bool) -> dict:
    frames = ("responsibility", "human_interest", "conflict", "morality", "economic")
    return {"frames": {f: (f == "economic" and economic, 0.5) for f in frames}}


def test_each_coder_has_a_frame_of_their_own():
    bench = load_script("benchmarks/frames_coder.py")
    one, two, none = _coders("ec1 ec2", "ec1", "")
    assert bench.coder_frame(one, "economic") is True  # 2 of E1-E3
    assert bench.coder_frame(two, "economic") is False
    assert bench.coder_frame(_coders("re2 re6")[0], "responsibility") is True  # R3 and R1
    assert bench.coder_frame(_coders("re2")[0], "responsibility") is False
    assert bench.coder_frame({"ec1": True}, "economic") is None  # ec2, ec3 unanswered
    # the majority's frame asks each question first: two coders who each have the
    # frame, through different questions, make a majority without it
    assert bench.majority_frame(_coders("ec1 ec2", "ec1 ec3"), "economic") is False
    assert bench.majority_frame(_coders("ec1 ec2", "ec1 ec2 ec3"), "economic") is True


def test_frame_agreement_pools_every_pair():
    bench = load_script("benchmarks/frames_coder.py")
    articles = [
        {"coders": _coders("ec1 ec2", "ec2 ec3")},  # both coders: economic
        {"coders": _coders("ec1 ec2", "ec3")},  # one of two
        {"coders": _coders("", "")},
        {"coders": _coders("ec1", "")},
    ]
    predictions = [_predicted(e) for e in (True, False, False, False)]
    figures = bench.frame_agreement(articles, predictions)["economic"]
    # coders with each other: pairs (yes, yes), (yes, no), (no, no), (no, no):
    # agreement 3/4, by chance 1/2 x 1/4 + 1/2 x 3/4 = 1/2, kappa (3/4 - 1/2) / (1/2)
    assert figures["coder_pairs"] == 4
    assert figures["coder_coder_kappa"] == pytest.approx(0.5)
    # the machine with each coder: 8 pairs, 7 agree; the machine says yes on 2 of 8,
    # the coders on 3 of 8: chance 2/8 x 3/8 + 6/8 x 5/8 = 9/16, kappa (7/8 - 9/16) / (7/16)
    assert figures["machine_pairs"] == 8
    assert figures["machine_coder_kappa"] == pytest.approx(5 / 7)
    assert figures["majority_pairs"] == 0  # no article has three coders
    assert math.isnan(figures["coder_majority_kappa"])
    # a frame nobody ever finds: kappa undefined, left out of the macro mean
    agreement = bench.frame_agreement(articles, predictions)
    assert math.isnan(agreement["conflict"]["coder_coder_kappa"])
    assert agreement["macro"]["coder_coder_kappa"] == pytest.approx(0.5)


def test_a_coder_against_the_others_majority():
    bench = load_script("benchmarks/frames_coder.py")
    articles = [
        # each coder has the frame, but of the first two only one other agrees on E2
        # (or E3): against the others' majority, only the third coder's frame holds
        {"coders": _coders("ec1 ec2", "ec1 ec2", "ec1 ec3")},
        {"coders": _coders("", "", "")},
    ]
    predictions = [_predicted(True), _predicted(False)]
    figures = bench.frame_agreement(articles, predictions)["economic"]
    assert figures["majority_pairs"] == 6
    # own frames yes, yes, yes, no, no, no against the others' no, no, yes, no, no, no:
    # agreement 4/6, by chance 1/2 x 1/6 + 1/2 x 5/6 = 1/2, kappa 1/3
    assert figures["coder_majority_kappa"] == pytest.approx(1 / 3)
    assert figures["coder_coder_kappa"] == pytest.approx(1.0)
    assert figures["machine_coder_kappa"] == pytest.approx(1.0)


def test_the_human_reference_is_recorded_for_the_kit():
    bench = load_script("benchmarks/frames_coder.py")
    articles = [
        {"coders": _coders("ec1 ec2 re2 re6", "ec2 ec3"), "gold": {}},
        {"coders": _coders("ec1 ec2", "ec3 re2 re6"), "gold": {}},
        {"coders": _coders("", "hi1 hi2"), "gold": {}},
    ]
    for article, truth in zip(articles, (True, False, False), strict=True):
        article["gold"] = {f: truth for f in bench.FRAMES}
    predictions = [_predicted(e) for e in (True, True, False)]
    for i, prediction in enumerate(predictions):
        prediction["questions"] = {q: (i == 0, 0.5) for q in bench.build.QUESTION_MAP}
    figures = {"split": "dev", "articles": 3,
               "frames": bench.frame_figures(articles, predictions),
               "questions": bench.question_figures(articles, predictions)}  # fmt: skip
    rows = bench.accuracy_rows(figures, "2026-01-01")
    measures = {r["measure"]: r for r in rows if r["analysis"] == "frames"}
    assert "macro kappa" in measures  # the rows the lessons already read are kept
    # economic, each coder's own: (yes, yes), (yes, no), (no, no): agreement 2/3,
    # by chance 2/3 x 1/3 + 1/3 x 2/3 = 4/9, kappa (2/3 - 4/9) / (5/9) = 0.4
    assert measures["coders' kappa with each other (economic)"]["value"] == "0.400"
    assert measures["coders' kappa with each other (economic)"]["note"] == "3 pairs"
    assert "kappa with a trained coder's own frame (responsibility)" in measures
    assert "macro kappa, trained coders with each other" in measures
    assert len(measures) == len([r for r in rows if r["analysis"] == "frames"])  # no name twice
