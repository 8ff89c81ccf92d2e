"""Who handed in what, and the gradebook an LMS imports.

A folder of submissions comes in one of these shapes, and each gives every
notebook a student and a student id (:func:`submissions`):

- **Canvas** ("Download submissions"): flat, each file named
  ``lopezana_123456_7890123_05_frames.ipynb`` (the student's name, ``LATE``
  for a late one, the Canvas user id, the submission's id, the file's own
  name); the user id is what Canvas's gradebook import matches on;
- **Moodle**: flat, ``Ana Lopez_123456_assignsubmission_file_05_frames.ipynb``,
  or one folder per student (``Ana Lopez_123456_assignsubmission_file``); the
  participant number goes in the grading worksheet's ``Identifier`` column;
- **one folder per student** (nbgrader's ``submitted/``, or a hub copy): the
  folder's name is the student and the id;
- **flat** with plain names: the file's name is the student.

A student who handed in the same lesson more than once (a late copy, a
second upload that became ``05_frames-1.ipynb`` or ``05_frames (1).ipynb``)
is graded once, on the latest (the highest Canvas submission id, then the
copy's number, then the newest file); the others are listed beside the grade.

From the grader's rows (one per student and exercise) :func:`gradebook`
writes one row per student in one of three shapes: ``wide`` (points per
exercise, a total and the most points possible), ``canvas`` (Canvas's
gradebook import: ``Student, ID, SIS User ID, SIS Login ID, Section``, a
``Points Possible`` row, then the total and the points of each exercise) or
``moodle`` (Moodle's grading worksheet: ``Identifier, Full name, Grade,
Maximum Grade``, the exercises, ``Feedback comments``). Written answers are
marked by hand: :func:`written_answers` lists them in one file with empty
``points`` and ``comment`` columns; :func:`read_marks` reads it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kitlib.errors import KitError

__all__ = [
    "CANVAS_FILE",
    "COPY_NUMBER",
    "FORMATS",
    "GradebookError",
    "MARK_COLUMNS",
    "MOODLE_FILE",
    "MOODLE_FOLDER",
    "Submission",
    "fold",
    "gradebook",
    "parse_submission",
    "read_marks",
    "submissions",
    "written_answers",
]

#: The shapes of gradebook :func:`gradebook` writes.
FORMATS = ("wide", "canvas", "moodle")

#: The columns of the written-answers file a teacher marks (and gives back with ``--marks``).
MARK_COLUMNS = ["student", "student_id", "lesson", "exercise", "answer", "points", "max_points",
                "comment"]  # fmt: skip

CANVAS_FILE = re.compile(
    r"^(?P<name>[^_]+?)(?P<late>_LATE)?_(?P<uid>\d+)_(?P<sub>\d+)_(?P<file>.+)$"
)
MOODLE_FILE = re.compile(r"^(?P<name>.+?)_(?P<pid>\d+)_assignsubmission_file_(?P<file>.*)$")
MOODLE_FOLDER = re.compile(r"^(?P<name>.+?)_(?P<pid>\d+)_assignsubmission_file_?$")
#: A copy's number at the end of a file's stem: "05_frames-1", "05_frames (1)".
COPY_NUMBER = re.compile(r"^(?P<stem>.*?)(?:-(?P<dash>\d{1,3})| \((?P<paren>\d{1,3})\))$")


class GradebookError(KitError, ValueError):
    """A marks file that cannot be read."""


@dataclass(frozen=True)
class Submission:
    """One submitted file: whose it is, and where it stands among that student's copies."""

    path: Path
    student: str
    student_id: str
    source: str  # "canvas", "moodle", "folder" or "file"
    original: str  # the file's own name, LMS prefix and copy number taken off
    late: bool
    order: tuple  # larger is later

    @property
    def owner(self) -> str:
        """The key that groups a student's files: the source and the id."""
        return f"{self.source}:{self.student_id}"


def _original(name: str) -> tuple[str, int]:
    """A file name without its copy number, and the number (0 for the first copy)."""
    path = Path(name)
    match = COPY_NUMBER.match(path.stem)
    if not match:
        return name, 0
    number = int(match.group("dash") or match.group("paren"))
    return match.group("stem") + path.suffix, number


def parse_submission(path, folder) -> Submission:
    """Who a submitted file belongs to, from its name (and its folder).

    Examples
    --------
    >>> s = parse_submission("subs/lopezana_LATE_123456_7890123_05_frames-1.ipynb", "subs")
    >>> s.student, s.student_id, s.source, s.original, s.late
    ('lopezana', '123456', 'canvas', '05_frames.ipynb', True)
    >>> s = parse_submission("subs/Ana Lopez_1042_assignsubmission_file_05_frames.ipynb", "subs")
    >>> s.student, s.student_id, s.source, s.original
    ('Ana Lopez', '1042', 'moodle', '05_frames.ipynb')
    >>> parse_submission("subs/ben/05_frames.ipynb", "subs").student
    'ben'
    """
    path, folder = Path(path), Path(folder)
    relative = path.relative_to(folder)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    if len(relative.parts) > 1:
        owner = relative.parts[0]
        original, copy = _original(path.name)
        moodle = MOODLE_FOLDER.match(owner)
        if moodle:
            return Submission(path, moodle["name"], moodle["pid"], "moodle", original, False,
                              (0, copy, mtime, str(relative)))  # fmt: skip
        return Submission(path, owner, owner, "folder", original, False,
                          (0, copy, mtime, str(relative)))  # fmt: skip
    canvas = CANVAS_FILE.match(path.name)
    if canvas:
        original, copy = _original(canvas["file"])
        order = (int(canvas["sub"]), copy, mtime, path.name)
        late = bool(canvas["late"])
        return Submission(path, canvas["name"], canvas["uid"], "canvas", original, late, order)
    moodle = MOODLE_FILE.match(path.name)
    if moodle:
        original, copy = _original(moodle["file"])
        return Submission(path, moodle["name"], moodle["pid"], "moodle", original, False,
                          (0, copy, mtime, path.name))  # fmt: skip
    original, copy = _original(path.name)
    stem = Path(original).stem
    return Submission(path, stem, stem, "file", original, False, (0, copy, mtime, path.name))


def submissions(paths, folder) -> list[Submission]:
    """Every notebook's :class:`Submission`, in the order given."""
    return [parse_submission(p, folder) for p in paths]


def fold(items: list[tuple[Submission, str]]) -> tuple[list, dict]:
    """Keep each student's latest submission of each lesson.

    ``items`` are (submission, lesson) pairs. Returns the kept pairs, in the
    order given, and for each kept path the names of the copies left out.
    """
    groups: dict[tuple, list] = {}
    for submission, lesson in items:
        groups.setdefault((submission.owner, lesson), []).append(submission)
    kept_paths, others = set(), {}
    for group in groups.values():
        latest = max(group, key=lambda s: s.order)
        kept_paths.add(latest.path)
        others[latest.path] = [s.path.name for s in group if s is not latest]
    kept = [(s, lesson) for s, lesson in items if s.path in kept_paths]
    return kept, others


# --------------------------------------------------------------------------
# The gradebook
# --------------------------------------------------------------------------


def written_answers(rows: pd.DataFrame) -> pd.DataFrame:
    """The written answers to mark by hand: one row each, ``points`` and ``comment`` empty.

    Columns :data:`MARK_COLUMNS`. ``max_points`` is 1; change it to weigh an
    exercise more. Only answers that were given (result "recorded") are listed.
    """
    written = rows[(rows["kind"] == "written") & (rows["result"] == "recorded")]
    table = written[["student", "student_id", "lesson", "exercise", "answer"]].copy()
    table["points"] = ""
    table["max_points"] = 1
    table["comment"] = ""
    return table[MARK_COLUMNS].reset_index(drop=True)


def read_marks(path) -> pd.DataFrame:
    """A marked written-answers file: ``student_id, lesson, exercise, points, max_points, comment``.

    Raises :class:`GradebookError` with what to do when the file cannot be used.
    """
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise GradebookError(
            f"{path}: there is no such file (the marked written answers)."
        ) from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise GradebookError(
            f"{path}: not a CSV file of marks ({type(error).__name__}). Save it as CSV, UTF-8."
        ) from None
    missing = {"student_id", "lesson", "exercise", "points"} - set(table.columns)
    if missing:
        raise GradebookError(
            f"{path}: no column {', '.join(sorted(missing))}. Mark the file the grader wrote "
            "(…-written.csv): fill its points column, keep the others."
        )
    if "max_points" not in table.columns:
        table["max_points"] = "1"
    if "comment" not in table.columns:
        table["comment"] = ""
    problems = []
    for column in ("points", "max_points"):
        text = table[column].str.strip().str.lstrip("'")
        values = pd.to_numeric(text.where(text != ""), errors="coerce")
        bad = table.loc[values.isna() & (text != ""), column]
        problems += [f"row {i + 2}: {column} {v!r} is not a number" for i, v in bad.items()]
        table[column] = values
    if problems:
        raise GradebookError(
            f"{path}: " + "; ".join(problems[:10]) + ". Correct them and run again."
        )
    table["max_points"] = table["max_points"].fillna(1.0)
    for column in ("student_id", "lesson", "exercise"):
        table[column] = table[column].str.strip().str.lstrip("'")
    return table[["student_id", "lesson", "exercise", "points", "max_points", "comment"]]


def _points(rows: pd.DataFrame, marks: pd.DataFrame | None) -> pd.DataFrame:
    """Points and most possible per row: 1 for a right checked answer; a written one: its mark."""
    table = rows.copy()
    table["lesson"] = table["lesson"].astype(str)
    table["got"] = (table["result"] == "right").astype(float)
    table["possible"] = 1.0
    table["unmarked"] = False
    written = table["kind"].eq("written") | table["exercise"].isin(
        table.loc[table["kind"] == "written", "exercise"]
    )
    table.loc[written, "got"] = 0.0
    if marks is not None and not marks.empty:
        key = ["student_id", "lesson", "exercise"]
        marked = table[key].merge(marks.drop_duplicates(key, keep="last"), on=key, how="left")
        marked.index = table.index
        has_mark = written & marked["points"].notna()
        table.loc[has_mark, "got"] = marked.loc[has_mark, "points"]
        table.loc[written, "possible"] = marked.loc[written, "max_points"].fillna(1.0)
    else:
        has_mark = pd.Series(False, index=table.index)
    table["unmarked"] = written & ~has_mark & (table["result"] == "recorded")
    return table


def _notes(part: pd.DataFrame) -> str:
    notes = []
    for status in dict.fromkeys(part["status"]):
        if status and status != "ran":
            notes.append(status)
    unmarked = part.loc[part["unmarked"], "exercise"].tolist()
    if unmarked:
        notes.append("written answers not marked yet: " + ", ".join(unmarked))
    isolation = [i for i in dict.fromkeys(part["isolation"]) if i and i != "sandbox"]
    notes += isolation
    return "; ".join(notes)


def _wide(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str], dict]:
    exercises = list(dict.fromkeys(table.sort_values(["lesson"], kind="stable")["exercise"]))
    exercises = [e for e in exercises if e]
    possible = table.groupby("exercise")["possible"].max().to_dict()
    rows = []
    for (student_id, student), part in table.groupby(["student_id", "student"], sort=True):
        row = {"student": student, "student_id": student_id}
        for exercise in exercises:
            got = part.loc[part["exercise"] == exercise, "got"]
            row[exercise] = float(got.iloc[-1]) if len(got) else 0.0
        row["total"] = sum(row[e] for e in exercises)
        row["max_points"] = sum(possible.get(e, 1.0) for e in exercises)
        row["notes"] = _notes(part)
        rows.append(row)
    return pd.DataFrame(rows), exercises, possible


def gradebook(rows: pd.DataFrame, *, format: str = "wide", marks: pd.DataFrame | None = None):
    """One row per student, ready for a spreadsheet or an LMS import.

    Parameters
    ----------
    rows : pandas.DataFrame
        The grader's rows (:data:`kitlib.classroom.grading.GRADE_COLUMNS`).
    format : str
        "wide", "canvas" or "moodle" (see the module's description).
    marks : pandas.DataFrame, optional
        Marks for the written answers, from :func:`read_marks`.

    Returns
    -------
    pandas.DataFrame
        For "wide": ``student, student_id``, one column of points per exercise,
        ``total``, ``max_points``, ``notes`` (how a notebook ran, written answers
        not marked yet, an advisory gradebook). Points are 1 for a right checked
        answer and 0 otherwise; a written answer gets its mark (0 until marked).
    """
    if format not in FORMATS:
        raise GradebookError(
            f"Unknown gradebook format {format!r}: use one of {', '.join(FORMATS)}."
        )
    table = _points(rows[rows["exercise"] != ""].assign(), marks)
    empty = rows[rows["exercise"] == ""]
    if not empty.empty:  # a notebook with no exercise (unreadable, wrong file): still a row
        filler = empty.assign(got=0.0, possible=0.0, unmarked=False)
        table = pd.concat([table, filler], ignore_index=True)
    wide, exercises, possible = _wide(table)
    if wide.empty:
        return wide
    if format == "wide":
        return wide
    if format == "canvas":
        lessons = sorted({e.split(".")[0] for e in exercises})
        out = pd.DataFrame({
            "Student": wide["student"], "ID": wide["student_id"], "SIS User ID": "",
            "SIS Login ID": "", "Section": "",
        })  # fmt: skip
        top = {"Student": "Points Possible", "ID": "", "SIS User ID": "", "SIS Login ID": "",
               "Section": ""}  # fmt: skip
        for lesson in lessons:
            mine = [e for e in exercises if e.startswith(lesson + ".")]
            column = f"Lesson {lesson} (framing-kit)"
            out[column] = wide[mine].sum(axis=1)
            top[column] = sum(possible.get(e, 1.0) for e in mine)
        for exercise in exercises:
            out[exercise] = wide[exercise]
            top[exercise] = possible.get(exercise, 1.0)
        out["Notes"] = wide["notes"]
        top["Notes"] = ""
        return pd.concat([pd.DataFrame([top]), out], ignore_index=True)
    out = pd.DataFrame({
        "Identifier": "Participant " + wide["student_id"].astype(str),
        "Full name": wide["student"],
        "Grade": wide["total"],
        "Maximum Grade": wide["max_points"],
    })  # fmt: skip
    for exercise in exercises:
        out[exercise] = wide[exercise]
    out["Feedback comments"] = wide["notes"]
    return out
