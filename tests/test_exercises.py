"""Feedback that tells the truth: what the exercise checks say, and what the lessons' hints hold.

- No exercise says "Correct" to nonsense or to a sentence stuffed with the
  topic's words; a written answer is recorded, never marked right, and its
  model answer comes only after an attempt.
- Answer forms forgive what is not the point (case, dashes, percentages,
  lesson 05's sheet), and every problem in an answer is reported.
- Every hint's code runs in its own notebook, at the place of its exercise,
  and gives no value that the exercise's check would accept.
- One time per lesson everywhere; numbers the lessons print in prose agree
  with the kit.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import re
import warnings
from pathlib import Path

import nbformat
import pytest

from kitlib.classroom import lessons
from kitlib.exercises import check, exercise_ids, feedback, forget_answers
from kitlib.exercises._core import _load_all

ROOT = Path(lessons.__file__).resolve().parents[2]

NONSENSE = "I have no idea what the name of this is, more or less."
#: A sentence made of the words the old keyword checks looked for, and of names in the lessons.
STUFFED = (
    "NBC CNN Russia Trump Pence first lead headline salience important frame chance random "
    "agree count number more mention pronoun name because evidence paragraph shows damage "
    "artifact pipeline published original word context meaning responsibility blame "
    '"Republican Mike Pence" Courier Post conflict economic strength VADER lexicon.'
)


@pytest.fixture(autouse=True)
def fresh_answers(tmp_path, monkeypatch):
    """A fresh session, in an empty folder (lesson 05's check saves my_coding.csv there)."""
    monkeypatch.chdir(tmp_path)
    forget_answers()
    yield
    forget_answers()


def _said(capsys, exercise_id, answer, **kwargs):
    verdict = check(exercise_id, answer, **kwargs)
    return verdict, capsys.readouterr().out


@pytest.mark.parametrize("exercise_id", exercise_ids())
@pytest.mark.parametrize("answer", [NONSENSE, STUFFED, STUFFED.lower(), [STUFFED], (NONSENSE, 1)])
def test_nonsense_is_never_correct(capsys, exercise_id, answer):
    verdict, out = _said(capsys, exercise_id, answer)
    assert "Correct" not in out and not verdict
    assert "Traceback" not in out and out.strip()


@pytest.mark.parametrize("exercise_id", exercise_ids(written=True))
def test_written_answer_is_recorded_with_a_checklist_and_a_model_after_an_attempt(
    capsys, exercise_id
):
    good = (
        'This NBC article quotes "Republican Mike Pence dramatically split" first, which is '
        "a careful, well-supported claim about the framing of the story, with evidence."
    )
    first, out1 = _said(capsys, exercise_id, good)
    if "Recorded" not in out1:  # a checkable part failed (e.g. the quotation is not in CNN)
        assert "Not yet" in out1 and "Correct" not in out1
        return
    second, out2 = _said(capsys, exercise_id, good)
    assert not first and not second and first.recorded
    assert "Correct" not in out1 + out2
    assert "☐" in out1 and "One good answer" not in out1 and "run this check again" in out1
    assert "One good answer" in out2


def test_reveal_shows_the_model_at_once_but_not_without_an_attempt(capsys):
    real = (
        "Kappa is lower because part of the agreement is what two readers would reach by "
        "chance anyway, and kappa takes that part away."
    )
    _, out = _said(capsys, "05.why_kappa_lower", real)
    assert "One good answer" not in out
    forget_answers()
    _, out = _said(capsys, "05.why_kappa_lower", real, reveal=True)
    assert "One good answer" in out
    _, out = _said(capsys, "05.why_kappa_lower", """ """, reveal=True)
    assert "Not answered yet" in out and "One good answer" not in out


JUNK = [
    "Kappa is lower because of chance, I think so.",  # too short to be an attempt
    "blah " * 40,  # the same word again and again
    "qwe rty uio pas dfg hjk lzx cvb nmq wer tyu iop asd fgh jkl zxc",  # not sentences
]


@pytest.mark.parametrize("exercise_id", exercise_ids(written=True))
@pytest.mark.parametrize("junk", JUNK)
def test_a_junk_answer_never_earns_the_model_answer(capsys, exercise_id, junk):
    for reveal in (False, False, True):
        _, out = _said(capsys, exercise_id, junk, reveal=reveal)
        assert "One good answer" not in out and "Your teacher has a model" not in out


def test_written_answers_are_kept_for_the_session(capsys):
    from kitlib.exercises import written_answers

    check("06.vader_limit", "VADER reads each word alone and cannot see the threat of force.")
    capsys.readouterr()
    assert written_answers() == [
        {
            "exercise": "06.vader_limit",
            "attempt": 1,
            "answer": "VADER reads each word alone and cannot see the threat of force.",
        }
    ]


def test_every_exercise_is_either_written_or_has_a_right_answer_in_a_solution():
    written = set(exercise_ids(written=True))
    assert {"01.why_mentions_change", "02.salience", "05.responsibility_argument"} <= written
    assert not written & {"00.cnn_words", "05.kappa"}


def test_a_verdict_shows_nothing_under_a_check_cell(capsys):
    verdict, _ = _said(capsys, "00.more_russia", "nbc")
    assert verdict == True and bool(verdict)  # noqa: E712 (it compares equal to a bool)
    assert verdict._ipython_display_() is None


# --------------------------------------------------------------------------
# Forgiving answer forms
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, same",
    [("Trump–Pence campaign", "trump-pence campaign"), ('"Russia."', "russia"),
     ("Trump\u2014Pence  Campaign", "Trump-Pence campaign")],
)  # fmt: skip
def test_fold_ignores_case_dashes_and_quotes(given, same):
    assert feedback.fold(given) == feedback.fold(same)


@pytest.mark.parametrize(
    "given, value",
    [("0.25", 0.25), ("1/4", 0.25), ("25%", 0.25), ("0,25", 0.25), (0.25, 0.25), ("-16", -16)],
)
def test_numbers_are_read_from_text_fractions_and_percentages(given, value):
    assert feedback.to_number(given) == pytest.approx(value)


def test_a_share_may_be_a_percentage_and_says_so_when_wrong():
    assert feedback.number(33.3, 1 / 3, tolerance=0.01, share=True, hint="h").correct
    wrong = feedback.number(50, 1 / 3, tolerance=0.01, share=True, hint="h")
    assert not wrong.correct and "50% (that is 0.5) is too high" in wrong.message


def test_names_in_any_case_and_with_any_dash(capsys):
    from kitlib import quotes

    nbc = __import__("kitlib").load_pair()[0]
    camp = quotes.quote_share(nbc, by="camp")["camp"].iloc[0]
    assert check("04.top_camp_nbc", camp.replace("-", "–").upper())
    assert check("02.most_mentioned", "russia")
    assert check("02.lead_actors", ["pence", "TRUMP", "syria", "russia", "assad"])
    assert "Correct" in capsys.readouterr().out


def _nbc_sheet_lines(coder="Test Coder"):
    from kitlib import frames

    ref = frames.reference_coding()
    ref = ref[ref["article"] == "NBC News"]
    return [f"coder: {coder}"] + [
        f"{q}: {a}" + (f" | {e}" if a == "yes" else "")
        for q, a, e in zip(ref["question_id"], ref["answer"], ref["evidence"], strict=True)
    ]


def test_lesson05_sheet_accepts_the_reference_with_slips(capsys):
    lines = _nbc_sheet_lines()
    slipped = [lines[0], lines[1].lower().replace(": yes", ":  YES")] + lines[2:]
    verdict, out = _said(capsys, "05.my_coding", "\n".join(slipped))
    assert verdict and "Complete" in out and "agree on all 20 questions" in out
    assert "Saved to my_coding.csv" in out


def test_lesson05_sheet_accepts_evidence_copied_from_the_marked_column(capsys):
    from kitlib import frames

    nbc = __import__("kitlib").load_pair()[0]
    marked = frames.frame_evidence(nbc)["marked"]
    bold = next(m for m in marked if "**" in m and len(m.split()) > 12)
    lines = _nbc_sheet_lines()
    yes = next(i for i, line in enumerate(lines) if ": yes" in line)
    lines[yes] = lines[yes].split("|")[0] + "| " + bold[:90] + "..."
    verdict, out = _said(capsys, "05.my_coding", "\n".join(lines))
    assert verdict and "not a sentence of the NBC text" not in out


def test_lesson05_sheet_reports_every_problem_and_never_raises(capsys):
    lines = _nbc_sheet_lines(coder="your name")
    lines[1] = "r1: perhaps"
    lines[2] = lines[2].split("|")[0] + "| words that are not in the article at all"
    lines[3] = "Q9: yes"
    verdict, out = _said(capsys, "05.my_coding", "\n".join(lines[:-1]))
    assert not verdict and "Traceback" not in out
    for piece in ("R1", "Q9", "E3", "not a sentence of the NBC text", "your own name"):
        assert piece in out
    assert not Path("my_coding.csv").exists()
    _, out = _said(capsys, "05.my_coding", {"R1": "yes"})
    assert "Not yet" in out


def test_lesson05_evidence_is_a_sentence_not_a_cue(capsys):
    """'in support of' is in the text, but it is no evidence: a sentence, or 8 words of one."""
    lines = _nbc_sheet_lines()
    yes = [i for i, line in enumerate(lines) if ": yes" in line]
    for i in yes:
        lines[i] = lines[i].split("|")[0] + "| in support of"
    verdict, out = _said(capsys, "05.my_coding", "\n".join(lines))
    assert not verdict and "not a sentence of the NBC text" in out
    nbc = __import__("kitlib").load_pair()[0]
    short = min(nbc.sentences, key=lambda s: len(s.split()))
    assert len(short.split()) < 8
    lines = _nbc_sheet_lines()
    lines[yes[0]] = lines[yes[0]].split("|")[0] + "| " + short  # a whole sentence, however short
    verdict, out = _said(capsys, "05.my_coding", "\n".join(lines))
    assert verdict, out


def test_lesson05_a_different_coding_is_complete_never_wrong_and_saved_first(capsys):
    from kitlib import frames
    from kitlib.frames import codings

    nbc = __import__("kitlib").load_pair()[0]
    ref = frames.reference_coding()
    ref = ref[ref["article"] == "NBC News"].set_index("question_id")
    clear_yes = [
        q for q in ref.index if ref.loc[q, "certainty"] == "clear" and ref.loc[q, "answer"] == "yes"
    ]
    sentence = nbc.sentences[0]
    lines = ["coder: Ana Lopez"]
    for q in ref.index:  # the opposite of every reference answer, each yes with a real sentence
        lines.append(f"{q}: no" if ref.loc[q, "answer"] == "yes" else f"{q}: yes | {sentence}")
    verdict, out = _said(capsys, "05.my_coding", "\n".join(lines))
    assert verdict and "Complete" in out and "Not yet" not in out and "wrong" not in out.lower()
    assert "differ on 20 of 20" in out and "For discussion, not a mark" in out
    assert clear_yes and all(q in out for q in clear_yes)
    assert out.index("Saved to my_coding.csv") < out.index("Complete")
    first = codings.read_codings(["my_coding.csv"]).set_index("question_id")
    assert first.loc[clear_yes[0], "answer"] == "no" and set(first["coder"]) == {"Ana Lopez"}
    verdict, out = _said(capsys, "05.my_coding", "\n".join(_nbc_sheet_lines(coder="Ana Lopez")))
    assert verdict and "already holds your first complete coding" in out
    again = codings.read_codings(["my_coding.csv"]).set_index("question_id")
    assert again.loc[clear_yes[0], "answer"] == "no"  # the first, independent coding is kept


def test_lesson07_hand_check_reports_every_problem(capsys):
    verdict, out = _said(
        capsys, "07.hand_check", {"No such words here": "Priya Nand", "I don't know how": "Tom"}
    )
    assert not verdict
    assert "at least 3" in out and "could not be found" in out and "not who says" in out


def test_student_cells_for_written_answers_hold_the_quotation_marks():
    written = set(exercise_ids(written=True))
    seen = set()
    for path in lessons.solution_notebooks():
        student = nbformat.read(lessons.LESSONS / path.name, as_version=4)
        for cell in student.cells:
            for exercise_id in re.findall(r'check\("([^"]+)"', cell.source):
                if exercise_id in written:
                    seen.add(exercise_id)
                    assert '""" """' in cell.source, exercise_id
    assert seen == written


def test_pre_filled_values_stay_in_the_student_version():
    source = (
        'sheet = """\nR1: \n"""\n### BEGIN SOLUTION\nsheet = """\nR1: no\n"""\n### END SOLUTION'
    )
    stripped = lessons._strip_code(source)
    assert "R1: no" not in stripped and stripped.count("sheet =") == 1


def test_written_solution_becomes_empty_quotation_marks():
    source = '### BEGIN SOLUTION\nanswer = """It is so."""\n### END SOLUTION\ncheck("x", answer)'
    assert lessons._strip_code(source).startswith('answer = """ """')


# --------------------------------------------------------------------------
# Hints: their code runs where they stand, and gives no accepted answer
# --------------------------------------------------------------------------

HINT = re.compile(r"<details><summary>Hint</summary>(.*?)</details>", re.S)
SPAN = re.compile(r"```(?:python)?\n(.*?)```|`([^`\n]+)`|<code>(.*?)</code>", re.S)


def _hint_spans(markdown: str) -> list[str]:
    spans = []
    for hint in HINT.findall(markdown):
        for fenced, inline, html in SPAN.findall(hint):
            spans.append((fenced or inline or html).replace("&gt;", ">").replace("&lt;", "<"))
    return spans


def _is_code(span: str) -> ast.AST | None:
    """The parsed span, if it is code worth running (not a bare name, word or literal)."""
    try:
        tree = ast.parse(span.strip(), mode="exec")
    except SyntaxError:
        return None
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        value = tree.body[0].value
        if isinstance(value, (ast.Name, ast.Constant, ast.Attribute)):
            return None
    return tree


def _run_hint(span: str, namespace: dict):
    """Run a hint's code in a copy of the namespace; return its value (or None)."""
    tree = _is_code(span)
    if tree is None:
        return None
    if "..." in span:  # a template: every name it uses must exist
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        missing = used - set(namespace) - set(dir(builtins))
        assert not missing, f"hint {span!r} uses names the notebook does not have: {missing}"
        return None
    scope = dict(namespace)
    with contextlib.redirect_stdout(io.StringIO()):
        if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
            return eval(compile(ast.Expression(tree.body[0].value), "<hint>", "eval"), scope)
        exec(compile(tree, "<hint>", "exec"), scope)
    return None


def _exercise_in(source: str) -> str | None:
    found = re.findall(r'check\("([^"]+)"', source)
    return found[0] if found else None


def _accepted(exercise_id: str, value) -> bool:
    checker = _load_all()[exercise_id].checker
    try:
        return bool(checker(value).correct)
    except Exception:
        return False


@pytest.mark.parametrize("path", lessons.solution_notebooks(), ids=lambda p: p.name)
def test_hint_code_runs_in_its_notebook_and_gives_no_answer(path, tmp_path, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)
    cells = nbformat.read(lessons.LESSONS / path.name, as_version=4).cells
    namespace: dict = {"__name__": "__main__"}
    before_last: dict = dict(namespace)
    last_exercise = None
    for i, cell in enumerate(cells):
        if cell.cell_type == "markdown":
            spans = _hint_spans(cell.source)
            if not spans:
                continue
            following = next((c for c in cells[i + 1 :] if c.cell_type == "code"), None)
            if following is not None and _exercise_in(following.source):
                scope, exercise_id = namespace, _exercise_in(following.source)
            else:
                scope, exercise_id = before_last, last_exercise
            for span in spans:
                try:
                    value = _run_hint(span, scope)
                except Exception as error:  # noqa: BLE001 (the message names the hint)
                    pytest.fail(f"hint {span!r} in {path.name} fails: {error!r}")
                if value is not None and exercise_id:
                    assert not _accepted(exercise_id, value), (
                        f"hint {span!r} gives the answer to {exercise_id}"
                    )
            continue
        if cell.cell_type != "code":
            continue
        before_last = dict(namespace)
        last_exercise = _exercise_in(cell.source)
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            exec(compile(cell.source, f"{path.name}:{i}", "exec"), namespace)


# --------------------------------------------------------------------------
# One story: times, counts, numbers in prose
# --------------------------------------------------------------------------


def _times() -> dict[str, dict[str, str]]:
    """Each lesson's time as its header, lesson 00's map, the README and TEACHER.md give it."""
    found: dict[str, dict[str, str]] = {}
    for path in lessons.solution_notebooks():
        number = path.name[:2]
        header = nbformat.read(path, as_version=4).cells[0].source
        found.setdefault(number, {})["header"] = re.search(
            r"\*\*Time\*\* \| (\d+) min", header
        ).group(1)
    start = "\n".join(
        c.source
        for c in nbformat.read(lessons.SOLUTIONS / "00_start_here.ipynb", as_version=4).cells
    )
    for where, text, pattern in [
        ("map", start, r"\| \[(\d\d) [^]]+\]\(\1_[^)]+\) \|[^|]*\| (\d+) min \|"),
        ("README", (ROOT / "README.md").read_text(encoding="utf-8"),
         r"\| \[(\d\d) [^]]+\]\(lessons/\1_[^)]+\) \|[^|]*\| (\d+) min \|"),
        ("TEACHER", (ROOT / "lessons" / "TEACHER.md").read_text(encoding="utf-8"),
         r"\| \[(\d\d) [^]]+\]\(\1_[^)]+\) \| ([^|]+) \|"),
    ]:  # fmt: skip
        for number, minutes in re.findall(pattern, text):
            found.setdefault(number, {})[where] = minutes.strip()
    return found


def test_each_lesson_has_one_time_everywhere():
    times = _times()
    assert len(times) == len(lessons.solution_notebooks())
    for number, places in times.items():
        assert set(places) == {"header", "map", "README", "TEACHER"}, (number, places)
        assert len(set(places.values())) == 1, f"lesson {number}: {places}"


def test_lesson00_counts_russia_by_the_one_rule_and_speaks_of_articles(capsys):
    from kitlib.exercises.lesson00 import russia_counts

    nbc_count, cnn_count = russia_counts()
    nb = nbformat.read(lessons.SOLUTIONS / "00_start_here.ipynb", as_version=4)
    outputs = "".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for c in nb.cells if c.cell_type == "code" for o in c.outputs
    )  # fmt: skip
    assert f"({nbc_count}, {cnn_count})" in outputs
    assert "CNN 5 times" not in outputs and "outlet puts in view" not in outputs
    text = "\n".join(c.source for c in nb.cells)
    assert "NameError" in text and "run the cells above" in text.lower()
    assert "debate night" in text  # the publication-time confound


def test_lesson03_prose_numbers_match_the_kit():
    import kitlib
    from kitlib import readability

    _, cnn = kitlib.load_pair()
    effect = readability.preprocessing_effect(cnn).set_index("measure")["change"].abs()
    text = "\n".join(
        c.source
        for c in nbformat.read(lessons.SOLUTIONS / "03_readability.ipynb", as_version=4).cells
    )
    labels = {
        "flesch_kincaid_grade": "Flesch–Kincaid",
        "gunning_fog": "Gunning fog",
        "automated_readability_index": "ARI",
    }
    for measure, label in labels.items():
        assert f"{label} {effect[measure]:.1f}" in text, measure
    assert "27(2)" in text and "one and a half grades (more" not in text


def test_lesson05_counts_what_the_quotation_rule_changed():
    from kitlib import frames

    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    differ = frames.disagreements(ref, second)
    notes = second.set_index(["article", "question_id"])["note"]
    by_rule = [
        (r.article, r.question_id)
        for r in differ.itertuples()
        if re.search(r"quotation|reporter's own words|garbled", notes[(r.article, r.question_id)])
    ]
    text = "\n".join(
        c.source for c in nbformat.read(lessons.SOLUTIONS / "05_frames.ipynb", as_version=4).cells
    )
    words = {5: "five", 7: "seven"}
    assert f"changed {words[len(by_rule)]} of them" in text
    assert f"differ on {words[len(differ)]} answers" in text


def test_no_check_message_claims_something_about_an_outlet(capsys):
    import kitlib

    nbc, cnn = kitlib.load_pair()
    for exercise_id, answer in [("00.more_russia", "nbc"), ("02.russia_rate", (0, 0))]:
        check(exercise_id, answer)
    out = capsys.readouterr().out
    assert "NBC gives Russia" not in out and "each outlet puts in view" not in out


#: The bold terms the lessons introduce as concepts (bold is also used for emphasis, for
#: labels such as "Exercise 01.1." and for learning-objective verbs, which are not terms).
TERMS = [
    "variable", "kernel", "code cell", "output", "check cell", "NameError", "string",
    "banner", "photo caption", "paragraph", "tokens", "detokenising", "artifact",
    "coreference resolver", "metadata", "provenance", "mention", "actor", "camp", "rate",
    "heat map", "salient", "inverted pyramid", "dek", "lead", "headline", "grade level",
    "syllables", "CMU Pronouncing Dictionary", "list of familiar words", "annotate",
    "guideline", "full quotation", "partial quotation", "fragment", "paraphrase", "speaker",
    "cue", "gold standard", "precision", "recall", "F1", "quote share", "attribution verbs",
    "anonymous source", "frame", "problem definition", "causal interpretation",
    "moral evaluation", "treatment recommendation", "generic frames", "codebook", "cue word",
    "coding sheet", "frame score", "mean", "reliability", "agreement statistics",
    "percent agreement", "Cohen's kappa", "Krippendorff's alpha", "Policy Frames Codebook",
    "keyword-in-context", "odds", "log-odds ratio", "prior", "z-score", "permutation check",
    "seed", "loaded word", "neutral", "distancing", "concessive", "emphatic",
    "confrontational", "reported speech", "VADER", "tone score", "warning", "framing memo",
    # issue 26: the theory a framing course needs
    "second level", "attribute agenda setting", "package", "framing devices", "catchphrase",
    "metaphor", "exemplar", "depiction", "media frames", "audience frames", "frame building",
    "frame setting", "strategy frame", "issue frame", "passage", "distortion bias",
    "content bias", "tables",
]  # fmt: skip


def test_glossary_explains_every_term_the_lessons_bold():
    glossary = (ROOT / "lessons" / "GLOSSARY.md").read_text(encoding="utf-8")
    explained = {
        t.lower().rstrip("s")
        for t in re.findall(r"^### (.+?)(?: \(.*\))?$", glossary, re.M)
        + re.findall(r"\*\*([^*]+)\*\*", glossary)
    }
    explained |= {" ".join(t.replace("-", " ").split()) for t in explained}
    lessons_text = "\n".join(
        c.source
        for p in lessons.solution_notebooks()
        for c in nbformat.read(p, as_version=4).cells
        if c.cell_type == "markdown"
    )
    bolded = {t.lower().strip(" .`") for t in re.findall(r"\*\*([^*\n]+?)\*\*", lessons_text)}
    not_bold = [t for t in TERMS if t.lower() not in bolded and t.lower() + "s" not in bolded]
    missing = [t for t in TERMS if t.lower().replace("-", " ").rstrip("s") not in explained]
    assert not not_bold, f"not bold in any lesson: {not_bold}"
    assert not missing, f"the glossary lacks: {missing}"


def test_every_lesson_has_a_stop_and_think_prompt_as_the_teachers_guide_says():
    guide = (ROOT / "lessons" / "TEACHER.md").read_text(encoding="utf-8")
    assert "every lesson has a\n**Stop and think**" in guide or "every lesson has a" in guide
    for path in lessons.solution_notebooks():
        text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
        assert "**Stop and think.**" in text, path.name


def _lesson_text(name: str) -> str:
    return "\n".join(c.source for c in nbformat.read(lessons.SOLUTIONS / name, as_version=4).cells)


def test_numbers_in_lessons_02_and_05_prose_match_the_kit():
    import kitlib
    from kitlib import actors, frames

    nbc, cnn = kitlib.load_pair()
    text = _lesson_text("02_headlines_and_leads.ipynb")
    russia = [
        int(actors.mentions(a).set_index("actor").loc["Russia", "mentions"]) for a in (nbc, cnn)
    ]
    assert f"Russia: {russia[0]} against {russia[1]}" in text
    lengths = [round(len(a.words), -1) for a in (cnn, nbc)]
    assert f"about {lengths[0]:,} words against NBC's {lengths[1]}" in text
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    same = int((ref["answer"].to_numpy() == second["answer"].to_numpy()).sum())
    yes = int((ref["answer"] == "yes").sum())
    text = _lesson_text("05_frames.ipynb")
    assert f"agree on {same} of {len(ref)}" in text
    assert f"yes to {yes} of {len(ref)} questions ({yes / len(ref):g})" in text
    scores = frames.frame_scores(ref).set_index(["article", "frame"])["score"]
    conflict = {float(scores[(a, "conflict")]) for a in ("NBC News", "CNN")}
    assert len(conflict) == 1 and f"both score {conflict.pop():g} on conflict" in text


def test_lesson02_paragraph_numbers_in_prose_match_the_tables_and_heat_maps():
    import kitlib
    from kitlib import actors

    nbc, cnn = kitlib.load_pair()
    text = _lesson_text("02_headlines_and_leads.ipynb")
    first = actors.mentions(nbc).set_index("actor")["first_paragraph"]
    camp = ["Hillary Clinton", "John Podesta", "Tim Kaine", "Jesse Lehrich"]
    assert f"comes in from paragraph {first[camp].min()}" in text
    grid = actors.mentions_by_paragraph(cnn)
    peak = {a: int(grid.loc[grid[grid["actor"] == a]["mentions"].idxmax(), "paragraph"])
            for a in ("Iraq", "Donald Trump", "Barack Obama")}  # fmt: skip
    assert f"the US and Iraq in paragraph {peak['Iraq']}" in text
    assert f"Trump in paragraph {peak['Donald Trump']}" in text
    assert f"Obama in paragraph {peak['Barack Obama']}" in text
