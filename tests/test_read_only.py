"""Every student notebook runs from a copy of lessons/ with the kit's folder read-only.

This is how a JupyterHub image has it: the kit installed where students cannot
write, each student with their own copy of the lessons. A lesson (or a default
of the kit) that writes into the kit's folder fails here with "Read-only file
system" or "Permission denied".

The kit's folder is made read-only for real, also when the tests run as root
(as CI does, and root ignores file permissions): as root it is bind-mounted
read-only in a private mount namespace (``unshare``), or, where that is not
allowed, the notebooks run as the unprivileged user ``nobody`` on a copy whose
write permissions are removed. A probe write checks that the folder really is
read-only before any notebook runs, so the test cannot pass without biting.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534

#: Runs every notebook of a folder with nbclient, in that folder; prints one line each.
RUNNER = textwrap.dedent(
    """
    import sys, pathlib, nbformat
    from nbclient import NotebookClient

    folder = pathlib.Path(sys.argv[1])
    for path in sorted(folder.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(folder)}}).execute()
        print("ran", path.name, flush=True)
    """
)

#: Prints READ-ONLY if writing into the folder fails as on a read-only kit, WRITABLE if not.
PROBE = textwrap.dedent(
    """
    import errno, sys, pathlib
    try:
        pathlib.Path(sys.argv[1], "probe.txt").write_text("x")
    except OSError as error:
        print("READ-ONLY" if error.errno in (errno.EROFS, errno.EACCES) else repr(error))
    else:
        print("WRITABLE")
    """
)


def _copy_kit(target: Path) -> Path:
    kit = target / "kit"
    shutil.copytree(ROOT / "kitlib", kit / "kitlib", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data", kit / "data")
    shutil.copy2(ROOT / "pyproject.toml", kit / "pyproject.toml")
    return kit


def _wrappers(kit: Path) -> list[tuple[str, list[str], bool]]:
    """Ways to run a command with ``kit`` read-only: (name, prefix, needs chmod)."""
    if os.geteuid() != 0:
        return [("file permissions", [], True)]
    quoted = str(kit).replace("'", "'\\''")
    bind = (
        f"mount --bind '{quoted}' '{quoted}' && mount -o remount,bind,ro '{quoted}' && exec \"$@\""
    )
    return [
        (
            "read-only bind mount",
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", bind, "sh"],
            False,
        ),
        (
            "user nobody",
            ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"],
            True,
        ),
    ]


def _run(prefix: list[str], command: list[str], env: dict, cwd: Path, timeout: int):
    return subprocess.run(
        prefix + command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def open_tmp():
    """A temporary folder that another user (nobody) can reach: pytest's own is private."""
    path = Path(tempfile.mkdtemp(prefix="kit-read-only-"))
    path.chmod(0o755)
    yield path
    subprocess.run(["chmod", "-R", "u+w", str(path)], check=False)
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_student_notebooks_run_with_the_kit_read_only(open_tmp):
    tmp_path = open_tmp
    kit = _copy_kit(tmp_path)
    work = tmp_path / "student"
    shutil.copytree(ROOT / "lessons", work / "lessons", ignore=shutil.ignore_patterns("solutions"))
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(kit),
        "HOME": str(home),
        "MPLCONFIGDIR": str(home / "mpl"),
        "IPYTHONDIR": str(home / "ipython"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    chosen = None
    for name, prefix, needs_chmod in _wrappers(kit):
        if needs_chmod:
            for path in (tmp_path, work, home):  # the student's side stays writable
                for p in [path, *path.rglob("*")]:
                    p.chmod(0o777 if p.is_dir() else 0o666)
            subprocess.run(["chmod", "-R", "a-w", str(kit)], check=True)
            tmp_path.chmod(0o755)
        try:
            probe = _run(prefix, [sys.executable, "-c", PROBE, str(kit)], env, work, 60)
        except (OSError, subprocess.SubprocessError):
            continue
        # the probe must run (Python and the kit readable) and its write must fail
        if probe.stdout.strip() == "READ-ONLY" and not (kit / "probe.txt").exists():
            chosen = (name, prefix)
            break
    assert chosen, "could not make the kit's folder read-only here, so the check cannot bite"

    name, prefix = chosen
    result = _run(
        prefix, [sys.executable, "-c", RUNNER, str(work / "lessons")], env, work / "lessons", 3000
    )
    ran = [line for line in result.stdout.splitlines() if line.startswith("ran ")]
    expected = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    assert result.returncode == 0, f"({name}) {result.stderr[-3000:]}"
    assert [line.split()[1] for line in ran] == expected
    assert (work / "lessons" / "07_our_pair.html").exists(), "lesson 07 writes beside itself"
