"""``python -m kitlib``: the command line of :mod:`kitlib.cli`.

``python -m`` puts the working folder first on ``sys.path``. Run from a folder
of submissions, a student's ``pandas.py`` or ``nbformat.py`` would then be
imported by the teacher's own command, so the working folder is taken off the
path before anything else is imported (kitlib itself is already found).
"""

import os
import sys

sys.path[:] = [p for p in sys.path if p not in ("", ".", os.getcwd())]

from kitlib.cli import main  # noqa: E402 (after the path is made safe)

if __name__ == "__main__":
    raise SystemExit(main())
