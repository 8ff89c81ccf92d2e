"""Read PolNeAR (real news the kit was not written from) from a bare git mirror.

PolNeAR (github.com/networkdynamics/PolNeAR) is read at run time; nothing of it
is copied into the kit. Rules are written on ``train`` and scored on ``dev``;
``test`` is the project's release check and is refused here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from _common import mirror

HOW_TO_GET = (
    "PolNeAR not found. Get a bare copy with\n"
    "  git clone --bare https://github.com/networkdynamics/PolNeAR\n"
    "and point the environment variable POLNEAR_GIT at it."
)


def split_parser(description: str) -> argparse.ArgumentParser:
    """A benchmark's command line with ``--split``: ``dev`` (the default) to report, ``train``
    to tune. ``test`` is not offered: it is the release check."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    return parser


def repository() -> Path | None:
    """The mirror: $POLNEAR_GIT, or the first default place that exists."""
    return mirror("POLNEAR_GIT", "networkdynamics+PolNeAR")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def texts(split: str = "dev") -> dict[str, str]:
    """Every article text of a split, by file name (sorted). Exits with a message
    if the corpus is missing; refuses the test split."""
    if split == "test":
        sys.exit("The test split is the project's release check: score on dev.")
    repo = repository()
    if repo is None:
        sys.exit(HOW_TO_GET)
    names = [
        p
        for p in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
        if p.startswith(f"data/{split}/text/")
    ]
    return {p.rsplit("/", 1)[1]: _git(repo, "show", f"HEAD:{p}") for p in sorted(names)}


def corenlp_xml(split: str, file: str) -> str | None:
    """CoreNLP's annotation of one article (``data/<split>/corenlp/<file>.xml``), or None
    when the corpus has none for it. Refuses the test split."""
    if split == "test":
        sys.exit("The test split is the project's release check: score on dev.")
    repo = repository()
    if repo is None:
        sys.exit(HOW_TO_GET)
    try:
        return _git(repo, "show", f"HEAD:data/{split}/corenlp/{file}.xml")
    except subprocess.CalledProcessError:
        return None


def metadata() -> dict[str, dict[str, str]]:
    """``data/metadata.tsv`` by file name (without ``.txt``): title, author, publisher, ..."""
    repo = repository()
    if repo is None:
        sys.exit(HOW_TO_GET)
    rows = _git(repo, "show", "HEAD:data/metadata.tsv").splitlines()
    header = rows[0].split("\t")
    return {
        row["filename"]: row
        for row in (dict(zip(header, r.split("\t"), strict=False)) for r in rows[1:])
    }
