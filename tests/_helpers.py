"""Helpers that several test files share (pytest puts this folder on the import path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (from the kit's folder), imported from its file.

    Benchmark scripts are not a package, so a test cannot import them by name;
    the module is named after the file (``benchmarks/one_sentence_check.py`` is
    ``one_sentence_check``). Each call imports the file afresh, and the module is
    registered under that name while it runs, as an import would (a dataclass in the
    script looks its module up there).
    """
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
