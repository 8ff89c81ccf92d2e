"""The student edition: a copy of the kit without the answer keys.

``python -m kitlib.classroom.lessons release DIR`` writes into ``DIR`` what students
need to run the lessons (the student notebooks, the glossary, ``kitlib``,
``data``, ``binder`` and the project files) and leaves out what they should
not see or do not need: ``lessons/solutions/`` (the answer keys), the
teacher's package (``lessons/TEACHER.md`` and ``lessons/teacher/``), the
tests and the benchmarks.

Why: nbgitpuller copies the *whole* repository it is given into each
student's home folder. Pointed at the kit itself, it hands every student
the answer keys beside the lessons. Publish the edition to a class
repository of your own and point the hub links at that.

The exercise checkers (``kitlib/exercises``) travel with the edition: they
compute the expected values from the data when a student checks an answer,
so a determined student can read how an answer is checked, but no answer is
written in them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kitlib.data import ROOT
from kitlib.errors import KitError

__all__ = [
    "EXCLUDED",
    "INCLUDED",
    "JUNK",
    "ReleaseError",
    "release",
]


#: What the edition holds (top-level files and folders of the kit), when present.
INCLUDED = (
    "README.md", "LICENSE", "LICENSE-CONTENT.md", "pyproject.toml",
    "binder", "data", "docs", "kitlib", "lessons",
)  # fmt: skip

#: Paths inside the included folders that stay out (relative to the kit's folder).
EXCLUDED = ("lessons/solutions", "lessons/TEACHER.md", "lessons/teacher")

#: Files and folders never copied, wherever they are.
JUNK = ("__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".DS_Store")


class ReleaseError(KitError, ValueError):
    """The edition cannot be written there (a non-empty folder, or inside the kit)."""


def _ignore(root: Path):
    excluded = {(root / e).resolve() for e in EXCLUDED}

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).resolve()
        return {
            n for n in names
            if n in JUNK or n.endswith(".pyc") or (here / n).resolve() in excluded
        }  # fmt: skip

    return ignore


def release(target, root: Path = ROOT) -> list[Path]:
    """Write the student edition into ``target``; return the top-level paths written.

    Parameters
    ----------
    target : str or Path
        A new or empty folder outside the kit.
    root : Path
        The kit's folder (the one holding ``kitlib``).

    Raises
    ------
    ReleaseError
        When ``target`` is a non-empty folder, a file, or inside the kit.
    """
    target = Path(target)
    root = Path(root).resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ReleaseError(
            f"{target} already exists and is not an empty folder. Give a new folder "
            "(the edition is written from scratch, so nothing of yours is overwritten)."
        )
    if target.resolve().is_relative_to(root):
        raise ReleaseError(
            f"{target} is inside the kit's folder. Write the edition somewhere else, "
            "for example next to it: python -m kitlib.classroom.lessons release ../class-edition"
        )
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in INCLUDED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_ignore(root))
        elif source.is_file():
            shutil.copy2(source, target / name)
        else:
            continue
        written.append(target / name)
    return written
