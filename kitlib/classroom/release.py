"""The student edition: a copy of the kit without the answer keys.

``python -m kitlib.classroom.lessons release DIR`` writes into ``DIR`` what students
need to run the lessons (the student notebooks, the glossary, ``kitlib``,
``data``, ``binder`` and the project files) and leaves out what they should
not see or do not need: ``lessons/solutions/`` (the answer keys), the
teacher's package (``lessons/TEACHER.md`` and ``lessons/teacher/``, with the
answer-key file of the model answers and tables), the tests and the benchmarks.

Only files the kit's git repository tracks are copied: a notebook copy
(``05_frames-Copy1.ipynb``), a gradebook or a folder of submissions left in
the working folder never reach the edition. Without git (a downloaded
archive), an explicit list of what the edition holds is used instead
(:func:`edition_files`).

The edition's README keeps no link to a file it does not hold, and with
``--class-repo URL`` its launch links (Binder, nbgitpuller) point at the class
repository the edition is published to, not at the kit's.

Why: nbgitpuller copies the *whole* repository it is given into each
student's home folder. Pointed at the kit itself, it hands every student
the answer keys beside the lessons. Publish the edition to a class
repository of your own and point the hub links at that.

The exercise checkers (``kitlib/exercises``) travel with the edition: they
compute the expected values from the data when a student checks an answer,
so a determined student can read how an answer is checked, but no answer is
written in them (answer tables are salted digests; model answers stay in the
teacher's file: see :mod:`kitlib.exercises.keys`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from kitlib.classroom.launch import END_MARKER, START_MARKER, readme_block
from kitlib.data import ROOT
from kitlib.errors import KitError

__all__ = [
    "EXCLUDED",
    "INCLUDED",
    "JUNK",
    "LINK",
    "ReleaseError",
    "edition_files",
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

#: A Markdown link or image to a file of the kit: ``[text](path)`` or ``![text](path)``.
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")


class ReleaseError(KitError, ValueError):
    """The edition cannot be written there (a non-empty folder, or inside the kit)."""


def _wanted(relative: str) -> bool:
    parts = relative.split("/")
    if parts[0] not in INCLUDED or any(p in JUNK for p in parts) or relative.endswith(".pyc"):
        return False
    return not any(relative == e or relative.startswith(e + "/") for e in EXCLUDED)


def _tracked(root: Path) -> list[str] | None:
    """The files git tracks in ``root`` (None when it is not a git checkout)."""
    if not (root / ".git").exists() or shutil.which("git") is None:
        return None
    done = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z", "--cached"],
        capture_output=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return None
    return [name for name in done.stdout.decode("utf-8").split("\0") if name]


def _listed(root: Path) -> list[str]:
    """Without git: the edition's files by an explicit list, nothing else."""
    found = [name for name in INCLUDED[:4] if (root / name).is_file()]
    found += [p.relative_to(root).as_posix() for p in sorted((root / "kitlib").rglob("*.py"))]
    found += [p.relative_to(root).as_posix() for p in sorted((root / "binder").glob("*"))]
    manifest = root / "data" / "MANIFEST.sha256"
    if manifest.is_file():
        found.append("data/MANIFEST.sha256")
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append("data/" + line.split(maxsplit=1)[1].strip().lstrip("*"))
    found += [p.relative_to(root).as_posix() for p in sorted((root / "data").rglob("README.md"))]
    for solution in sorted((root / "lessons" / "solutions").glob("[0-9][0-9]_*.ipynb")):
        found.append(f"lessons/{solution.name}")
    found += ["lessons/GLOSSARY.md", "docs/ARCHITECTURE.md"]
    found += [p.relative_to(root).as_posix() for p in sorted((root / "docs").rglob("*.png"))]
    return list(dict.fromkeys(found))


def edition_files(*, root: Path = ROOT) -> list[str]:
    """The files the edition holds, relative to the kit's folder, in order.

    Examples
    --------
    >>> files = edition_files()
    >>> "lessons/05_frames.ipynb" in files, "lessons/solutions/05_frames.ipynb" in files
    (True, False)
    >>> any(f.startswith("lessons/teacher/") for f in files)
    False
    """
    root = Path(root)
    names = _tracked(root)
    if names is None:
        names = _listed(root)
    return [n for n in names if _wanted(n) and (root / n).is_file()]


def _unlink_missing(text: str, here: Path, top: Path) -> str:
    """Markdown with every link to a file the edition does not hold turned into plain text."""

    def replace(match: re.Match) -> str:
        bang, label, target = match.groups()
        if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^//", target, re.I):
            return match.group(0)
        path = (here / target.split("#", 1)[0]).resolve()
        if path.exists() and path.is_relative_to(top.resolve()):
            return match.group(0)
        return label if not bang else f"({label})"

    return LINK.sub(replace, text)


def release(target, *, root: Path = ROOT, class_repo: str | None = None) -> list[Path]:
    """Write the student edition into ``target``; return the top-level paths written.

    Parameters
    ----------
    target : str or Path
        A new or empty folder outside the kit.
    root : Path
        The kit's folder (the one holding ``kitlib``).
    class_repo : str, optional
        The address of the class repository the edition will be published to
        (``https://github.com/YOUR-COURSE/framing-class``): the edition's README
        then has launch links to it, not to the kit's repository.

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
    block = readme_block(class_repo, root=root) if class_repo else None
    files = edition_files(root=root)
    target.mkdir(parents=True, exist_ok=True)
    for name in files:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, destination)
    for name in files:
        if name.endswith(".md"):
            path = target / name
            text = _unlink_missing(path.read_text(encoding="utf-8"), path.parent, target)
            if name == "README.md" and block:
                start, end = text.find(START_MARKER), text.find(END_MARKER)
                if start >= 0 and end > start:
                    text = text[:start] + block + text[end + len(END_MARKER) :]
            path.write_text(text, encoding="utf-8")
    return [target / name for name in dict.fromkeys(n.split("/")[0] for n in files)]
