"""Where the kit's data lives, and a check that it has not been changed by accident.

Every file under ``data/`` is listed with its SHA-256 checksum in
``data/MANIFEST.sha256``. Before the kit reads a data file it compares the
file with the manifest, so a student who edits an article by mistake gets a
clear message (and the way to restore it) instead of quietly wrong results.

Run ``python -m kitlib.data manifest`` (or ``make manifest``) after a
*deliberate* change to a data file.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

from kitlib.errors import DataFileChanged

__all__ = [
    "DATA",
    "MANIFEST",
    "RESTORE_HINT",
    "ROOT",
    "data_files",
    "data_path",
    "main",
    "manifest",
    "read_text",
    "sha256",
    "write_manifest",
]

#: The kit's data folder (``data/`` at the top of the checkout).
#: The kit's folder (the checkout): data/, lessons/ and the project files are in it.
ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT / "data"

#: The checksum manifest: one ``<sha256>  <path relative to data/>`` line per file.
MANIFEST = DATA / "MANIFEST.sha256"

RESTORE_HINT = (
    "To restore it, run  git checkout -- {path}  in the kit's folder "
    "(or download the kit again). If you changed it on purpose, run  make manifest."
)


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes.

    Examples
    --------
    >>> len(sha256(data_path("articles.csv")))
    64
    """
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def manifest() -> dict[str, str]:
    """Return the manifest as ``{relative path: sha256}``."""
    entries = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            entries[name.strip()] = digest
    return entries


def data_path(name: str) -> Path:
    """Return the path of a kit data file, after checking it against the manifest.

    Parameters
    ----------
    name : str
        Path relative to ``data/``, for example ``"articles.csv"``.

    Raises
    ------
    DataFileChanged
        If the file is missing, or its bytes differ from the manifest.

    Examples
    --------
    >>> data_path("articles.csv").name
    'articles.csv'
    """
    path = DATA / name
    expected = manifest().get(name)
    shown = f"data/{name}"
    if expected is None:
        raise DataFileChanged(f"{shown} is not listed in data/MANIFEST.sha256. Run  make manifest.")
    if not path.is_file():
        raise DataFileChanged(f"{shown} is missing. " + RESTORE_HINT.format(path=shown))
    if sha256(path) != expected:
        raise DataFileChanged(
            f"{shown} has been changed: its contents no longer match the copy the kit "
            "shipped with, so its results would be wrong. " + RESTORE_HINT.format(path=shown)
        )
    return path


def read_text(name: str) -> str:
    """Read a verified kit data file as UTF-8 text.

    Examples
    --------
    >>> read_text("articles.csv").splitlines()[0].split(",")[0]
    'id'
    """
    return data_path(name).read_text(encoding="utf-8")


def data_files() -> list[str]:
    """List every file under data/ that the manifest should cover.

    Examples
    --------
    >>> "articles.csv" in data_files()
    True
    """
    return sorted(
        p.relative_to(DATA).as_posix()
        for p in DATA.rglob("*")
        if p.is_file() and p != MANIFEST and "__pycache__" not in p.parts
    )


def write_manifest(*, path: Path | None = None) -> Path:
    """Recompute the manifest from the files now under data/ (``make manifest``).

    ``path`` is where to write it: the kit's own manifest unless told otherwise.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "MANIFEST.sha256"
    >>> written = write_manifest(path=target)
    >>> written == target and "articles.csv" in target.read_text(encoding="utf-8")
    True
    """
    path = MANIFEST if path is None else path
    lines = [f"{sha256(DATA / name)}  {name}" for name in data_files()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest.cache_clear()
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m kitlib.data manifest``: rewrite the manifest after changing a data file on
    purpose. Returns the exit status (2 and a usage line for anything else).

    >>> main(["help"])
    2
    """
    args = sys.argv[1:] if argv is None else argv
    if args == ["manifest"]:
        path = write_manifest()
        print(f"wrote {path} ({len(manifest())} files)")
        return 0
    print("usage: python -m kitlib.data manifest", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
