"""Pooling a class's coding sheets: generated codings whose agreement is known in advance."""

import random

import pandas as pd
import pytest

from kitlib.__main__ import main
from kitlib.frames import codings
from kitlib.frames import tables as frames
from kitlib.reliability import by_variable, krippendorff_alpha

QUESTIONS = list(frames.codebook("generic")["question_id"])

# Krippendorff (2011), section A: binary data, two observers, ten units. Published alpha = 0.095.
KRIPPENDORFF_2011_BINARY = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]


def truth(articles: int, seed: int = 7) -> dict:
    """A 'true' yes/no for every article and question, with both answers for each question."""
    rng = random.Random(seed)
    table = {}
    for q in QUESTIONS:
        answers = ["yes", "no"] + [rng.choice(["yes", "no"]) for _ in range(articles - 2)]
        rng.shuffle(answers)
        for i, answer in enumerate(answers):
            table[(f"story {i:02d}", q)] = answer
    return table


def sheet(answers: dict, coder: str | None = None) -> pd.DataFrame:
    rows = [
        {"article": a, "question_id": q, "answer": v, "evidence": "", "note": ""}
        for (a, q), v in answers.items()
    ]
    table = pd.DataFrame(rows)
    if coder is not None:
        table.insert(0, "coder", coder)
    return table


def write_class(tmp_path, answer_sets: dict) -> list:
    paths = []
    for name, answers in answer_sets.items():
        path = tmp_path / f"{name}.csv"
        codings.save_coding(sheet(answers), path, coder=name)
        paths.append(path)
    return paths


def test_identical_codings_agree_perfectly(tmp_path):
    gold = truth(12)
    paths = write_class(tmp_path, {f"student{i}": gold for i in range(5)})
    table = codings.question_reliability(codings.read_codings(paths))
    assert list(table["question_id"]) == QUESTIONS
    assert (table["units"] == 12).all() and (table["coders"] == 5).all()
    assert (table["values"] == 60).all()
    assert (table["percent_agreement"] == 1).all()
    assert (table["alpha"] == 1).all() and (table["kappa"] == 1).all()
    assert (table["note"] == "").all()


def test_one_dissenting_coder_on_one_question_gives_the_known_figures(tmp_path):
    gold = truth(12)
    changed = dict(gold)
    flipped = [f"story {i:02d}" for i in range(3)]  # the third coder differs on 3 of 12 stories
    for article in flipped:
        changed[(article, "C2")] = "no" if gold[(article, "C2")] == "yes" else "yes"
    paths = write_class(tmp_path, {"ana": gold, "ben": gold, "chloe": changed})
    table = codings.question_reliability(codings.read_codings(paths)).set_index("question_id")
    # a unit where one of three coders differs: 2 of its 6 ordered pairs agree
    assert table.loc["C2", "percent_agreement"] == pytest.approx((9 + 3 * (1 / 3)) / 12)
    column = [gold[(f"story {i:02d}", "C2")] for i in range(12)]
    dissent = [changed[(f"story {i:02d}", "C2")] for i in range(12)]
    assert table.loc["C2", "alpha"] == pytest.approx(krippendorff_alpha([column, column, dissent]))
    assert table.loc["C2", "alpha"] < 0.8
    others = table.drop(index="C2")
    assert (others["percent_agreement"] == 1).all() and (others["alpha"] == 1).all()


def test_published_binary_example_as_two_coding_sheets(tmp_path):
    word = {0: "no", 1: "yes"}
    sets = {}
    for name, row in zip(("first", "second"), KRIPPENDORFF_2011_BINARY, strict=True):
        sets[name] = {(f"unit {i}", "E1"): word[v] for i, v in enumerate(row)}
    table = codings.question_reliability(codings.read_codings(write_class(tmp_path, sets)))
    assert round(table.loc[0, "alpha"], 3) == 0.095
    assert table.loc[0, "percent_agreement"] == pytest.approx(0.6)


def test_coders_who_answer_at_random_reach_about_chance(tmp_path):
    rng = random.Random(3)
    sets = {
        name: {(f"story {i:03d}", "H1"): rng.choice(["yes", "no"]) for i in range(400)}
        for name in ("a", "b", "c")
    }
    table = codings.question_reliability(codings.read_codings(write_class(tmp_path, sets)))
    assert abs(table.loc[0, "alpha"]) < 0.1 and abs(table.loc[0, "kappa"]) < 0.1
    assert "below 0.667" in table.loc[0, "note"]


def test_two_articles_are_too_few_units_and_the_table_says_so():
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    pooled = pd.concat([ref.assign(coder="reference"), second.assign(coder="second")])
    table = codings.question_reliability(pooled)
    assert (table["units"] == 2).all()
    assert table["kappa"].isna().all() and table["alpha"].isna().all()
    assert table["note"].str.startswith("Only 2 units: too few").all()
    assert table["percent_agreement"].notna().all()


def test_frame_scores_are_compared_as_numbers(tmp_path):
    gold = truth(12)
    paths = write_class(tmp_path, {"ana": gold, "ben": gold})
    table = codings.frame_reliability(codings.read_codings(paths))
    assert list(table["frame"]) == list(frames.FRAMES)
    assert (table["alpha"] == 1).all() and table["kappa"].isna().all()


def test_coder_column_names_the_coder_and_repeated_file_names_are_told_apart(tmp_path):
    gold = truth(2)
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    sheet(gold).to_csv(tmp_path / "x" / "my_coding.csv", index=False)  # older files: no coder
    sheet(gold).to_csv(tmp_path / "y" / "my_coding.csv", index=False)
    codings.save_coding(sheet(gold), tmp_path / "z.csv", coder="Zoë")
    pooled = codings.read_codings(
        [tmp_path / "x" / "my_coding.csv", tmp_path / "y" / "my_coding.csv", tmp_path / "z.csv"]
    )
    assert set(pooled["coder"]) == {"x/my_coding", "y/my_coding", "Zoë"}


def test_the_lessons_sheet_round_trips():
    nbc, _ = __import__("kitlib").load_pair()
    filled = frames.fill_sheet(frames.coding_sheet(nbc), {"C1": "yes", "C2": "no"})
    long = filled.assign(coder="me")
    table = by_variable(long, unit="article", variable="question_id", coder="coder", value="answer")
    assert (table["note"] == "No unit was coded by two coders: nothing to compare.").all()


@pytest.mark.parametrize(
    "content, message",
    [
        ("question_id,answer\nC1,perhaps\n", "'perhaps' is not yes or no"),
        ("name,value\nC1,yes\n", "no column answer, question_id"),
        ("", "the file is empty"),
        ("coder,article,question_id,answer\n", "holds no answers \\(only its header line\\)"),
        ("coder,question_id,answer\nyour name,C1,yes\n", "the lesson's example"),
        ("coder,question_id,answer\nana,Q9,yes\n", "'Q9' is not a question id"),
        ("\xff\xfe not text", "not a coding sheet saved as CSV"),
    ],
)
def test_bad_files_get_a_message(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(frames.CodingError, match=message):
        codings.read_codings([path])


def test_one_coder_answering_twice_is_refused(tmp_path):
    gold = truth(2)
    codings.save_coding(sheet(gold, coder="ana"), tmp_path / "one.csv")
    codings.save_coding(sheet(gold, coder="ana"), tmp_path / "two.csv")
    with pytest.raises(frames.CodingError, match="the same coder 'ana' answers the same questions"):
        codings.read_codings([tmp_path / "one.csv", tmp_path / "two.csv"])


def test_command_line_pools_and_writes_summaries(tmp_path, capsys):
    gold = truth(12)
    paths = [str(p) for p in write_class(tmp_path, {"ana": gold, "ben": gold, "chloe": gold})]
    md, page, table = tmp_path / "r.md", tmp_path / "r.html", tmp_path / "r.csv"
    status = main(["reliability", *paths, "--markdown", str(md), "--html", str(page),
                   "--csv", str(table)])  # fmt: skip
    assert status == 0
    text = md.read_text(encoding="utf-8")
    assert "3 files, 3 coders, 12 articles, 720 answers given." in text
    assert "## Per question" in text and "## Per frame (frame scores)" in text
    assert "<h2>Per question</h2>" in page.read_text(encoding="utf-8")
    assert len(pd.read_csv(table)) == 20
    status = main(["reliability", *paths])
    assert status == 0 and capsys.readouterr().out.startswith("# Class reliability")


def test_command_line_missing_file(tmp_path, capsys):
    status = main(["reliability", str(tmp_path / "nobody.csv")])
    assert status == 1
    assert "there is no such file" in capsys.readouterr().err


def test_a_sheet_written_as_text_is_saved_and_pooled(tmp_path):
    text = "R1: yes | Pence criticized Russia\nR2: NO\nnot a sheet line\nc1: Yes\n"
    path = codings.save_coding(text, tmp_path / "me.csv", coder="ana")
    pooled = codings.read_codings([path]).set_index("question_id")
    assert list(pooled.index) == ["R1", "R2", "C1"]
    assert list(pooled["answer"]) == ["yes", "no", "yes"]
    assert set(pooled["article"]) == {"NBC News"} and set(pooled["coder"]) == {"ana"}
    with pytest.raises(frames.CodingError, match="no coding-sheet line"):
        codings.save_coding("hello", tmp_path / "x.csv", coder="ana")
    assert codings.read_codings([codings.save_coding("coder: Ben\nR1: no", tmp_path / "b.csv")])[
        "coder"
    ].tolist() == ["Ben"]


@pytest.mark.parametrize("coder", [None, "", "your name", "Your Name", "<your name>"])
def test_saving_needs_a_real_coder_name(tmp_path, coder):
    with pytest.raises(frames.CodingError, match="name"):
        codings.save_coding("R1: yes", tmp_path / "x.csv", coder=coder)
    assert not (tmp_path / "x.csv").exists()


def test_every_bad_file_is_reported_at_once_and_the_rest_pooled(tmp_path, capsys):
    gold = truth(12)
    good = write_class(tmp_path, {"ana": gold, "ben": gold, "chloe": gold})
    (tmp_path / "maybe.csv").write_text(
        "coder,question_id,answer\ndee,C1,maybe\n", encoding="utf-8"
    )
    (tmp_path / "header.csv").write_text("coder,article,question_id,answer\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    for name in ("eve", "fay"):  # two students who kept the example's name
        sheet(gold, coder="your name").to_csv(tmp_path / f"{name}.csv", index=False)
    bad = [tmp_path / n for n in ("maybe.csv", "header.csv", "folder", "eve.csv", "fay.csv")]
    with pytest.raises(frames.CodingError) as raised:
        codings.read_codings([*good, *bad])
    assert str(raised.value).startswith("5 coding sheet(s) cannot be pooled")
    pooled = codings.read_codings([*good, *bad], skip_bad=True)
    assert set(pooled["coder"]) == {"ana", "ben", "chloe"}
    assert len(pooled.attrs["problems"]) == 5
    status = main(["reliability", *map(str, [*good, *bad])])
    out, err = capsys.readouterr()
    assert status == 1 and out.startswith("# Class reliability")
    assert "5 file(s) left out" in err
    for piece in ("'maybe' is not yes or no", "only its header line", "is a folder",
                  "the lesson's example"):  # fmt: skip
        assert piece in err, piece


def test_question_ids_are_read_in_any_case_and_spacing(tmp_path):
    (tmp_path / "a.csv").write_text("coder,article,question_id,answer\nana,x, r1 ,yes\n",
                                    encoding="utf-8")  # fmt: skip
    (tmp_path / "b.csv").write_text("coder,article,question_id,answer\nben,x,R1,no\n",
                                    encoding="utf-8")  # fmt: skip
    pooled = codings.read_codings([tmp_path / "a.csv", tmp_path / "b.csv"])
    assert list(pooled["question_id"]) == ["R1", "R1"]
    assert codings.question_reliability(pooled).set_index("question_id").loc["R1", "coders"] == 2


def test_as_many_coders_as_files_is_pointed_out(tmp_path):
    """One coder's articles split over files without a coder column read as many coders."""
    gold = truth(12)
    paths = []
    for student in ("ana", "ben"):
        for article in sorted({a for a, _ in gold}):
            path = tmp_path / f"{student}_{article}.csv"
            part = sheet({k: v for k, v in gold.items() if k[0] == article})
            part.to_csv(path, index=False)
            paths.append(path)
    pooled = codings.read_codings(paths)
    notes = codings.pooling_notes(pooled)
    assert len(notes) == 1 and "24 files were read as 24 coders" in notes[0]
    assert "every coder coded a single article" in notes[0]
