"""``python -m kitlib``: the command line of :mod:`kitlib.cli`."""

from kitlib.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
