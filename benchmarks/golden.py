"""Golden check: record what every public analysis returns, and compare later.

A restructure that only moves code must not change a single output. Run

    .venv/bin/python benchmarks/golden.py record /tmp/golden.pkl   # before the change
    .venv/bin/python benchmarks/golden.py compare /tmp/golden.pkl  # after it

``record`` calls every public function of the analysis modules that takes one
article, on the bundled pair, the invented pair and 200 generated articles
(benchmarks/synth.py), and pickles the results (or the error each raised).
``compare`` does the same again and lists every result that differs. A function
is found by its name in whichever module now holds it, so a function that moved
is still compared; a function that is gone is listed as missing.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import sys
import warnings

import pandas as pd

#: The modules whose public one-article functions are recorded (a package: every
#: module inside it).
MODULES = (
    "kitlib.text",
    "kitlib.articles",
    "kitlib.readability",
    "kitlib.actors",
    "kitlib.quotes",
    "kitlib.frames",
    "kitlib.words",
    "kitlib.report",
)


def _modules():
    import pkgutil

    for name in MODULES:
        module = importlib.import_module(name)
        yield module
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), prefix=name + "."):
            yield importlib.import_module(info.name)


#: The names a function's first parameter has when it takes one article.
ARTICLE_PARAMETERS = ("article", "text", "text_or_article")

#: Functions that take an article but are not analyses (loaders, writers).
SKIP = {"load_article", "as_article", "article_from_text", "load_source", "compare"}

GENERATED = 200


def _functions() -> dict[str, object]:
    found = {}
    for module in _modules():
        for fname, function in vars(module).items():
            if fname.startswith("_") or fname in SKIP or not inspect.isfunction(function):
                continue
            if function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            if not parameters or parameters[0].name not in ARTICLE_PARAMETERS:
                continue
            required = [p for p in parameters[1:] if p.kind is p.POSITIONAL_OR_KEYWORD]
            if any(p.default is p.empty for p in required):
                continue
            found[fname] = function
    return found


def _articles():
    import kitlib
    from kitlib import articles

    sys.path.insert(0, "benchmarks")
    import synth

    loaded = {"nbc": None, "cnn": None}
    loaded["nbc"], loaded["cnn"] = kitlib.load_pair()
    loaded["courier"], loaded["evening_post"] = articles.load_invented_pair()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, text in enumerate(synth.synthetic_texts(GENERATED)):
            loaded[f"synth{i:03d}"] = articles.article_from_text(text)
    return loaded


def _call(function, article):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return function(article)
        except Exception as error:  # noqa: BLE001 - the error is the recorded result
            return ("error", type(error).__name__, str(error))


def outputs() -> dict[tuple[str, str], object]:
    import kitlib

    functions = _functions()
    result = {}
    loaded = _articles()
    for key, article in loaded.items():
        for fname, function in functions.items():
            result[(fname, key)] = _call(function, article)
    for a, b in (("nbc", "cnn"), ("courier", "evening_post"), ("synth000", "synth001")):
        comparison = _call(lambda pair: kitlib.compare(*pair), (loaded[a], loaded[b]))
        result[("compare.summary", a)] = getattr(comparison, "summary", comparison)
        result[("compare.markdown", a)] = _call(lambda c: c.to_markdown(), comparison)
    return result


def _same(a, b) -> bool:
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        # a pair of tables (the frame coder), an article with texts (frames.features.load)
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    if dataclasses.is_dataclass(a) and not isinstance(a, type) and type(a) is type(b):
        # an Article, compared by what it holds (it has no == of its own); not by the
        # tables analyses kept in it (``_remembered``), which depend on what ran before
        return all(
            _same(getattr(a, f.name), getattr(b, f.name))
            for f in dataclasses.fields(a)
            if not f.name.startswith("_")
        )
    try:
        if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame):
            pd.testing.assert_frame_equal(a, b)
            return True
        if isinstance(a, pd.Series) and isinstance(b, pd.Series):
            pd.testing.assert_series_equal(a, b)
            return True
        return bool(a == b) if not isinstance(a, (pd.DataFrame, pd.Series)) else False
    except (AssertionError, ValueError, TypeError):
        return False


#: Where a module of an earlier layout lives now, so a recording made before a move
#: can be read after it.
MOVED = {
    "kitlib.names": "kitlib.actors.grouping",
    "kitlib.name_rules": "kitlib.actors.name_rules",
    "kitlib.actors": "kitlib.actors.tables",
    "kitlib.articles": "kitlib.articles.loading",
    "kitlib.quotes": "kitlib.quotes.tables",
    "kitlib.reading": "kitlib.quotes.reading",
    "kitlib.quotemarks": "kitlib.quotes.marks",
    "kitlib.phrases": "kitlib.quotes.phrases",
    "kitlib.attribution": "kitlib.quotes.rules",
    "kitlib.comparison": "kitlib.report.comparison",
    "kitlib.sections": "kitlib.report.sections",
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        module = MOVED.get(module, module)
        try:
            return super().find_class(module, name)
        except AttributeError:  # a class that moved to another module of its family
            if module == "kitlib.articles.loading" and name == "Article":
                return super().find_class("kitlib.articles.article", name)
            raise


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "compare"):
        print("usage: golden.py record|compare FILE.pkl", file=sys.stderr)
        return 2
    command, path = argv
    now = outputs()
    if command == "record":
        with open(path, "wb") as f:
            pickle.dump(now, f)
        print(f"recorded {len(now)} outputs of {len({k[0] for k in now})} functions in {path}")
        return 0
    with open(path, "rb") as f:
        before = _Unpickler(f).load()
    missing = sorted({k[0] for k in before} - {k[0] for k in now})
    differ = sorted({k[0] for k in before if k in now and not _same(before[k], now[k])})
    same = sum(1 for k in before if k in now and _same(before[k], now[k]))
    print(f"{same} of {len(before)} outputs identical")
    for name in missing:
        print(f"missing function: {name}")
    for name in differ:
        keys = [k[1] for k in before if k[0] == name and k in now and not _same(before[k], now[k])]
        print(f"differs: {name} on {len(keys)} articles (first: {keys[:3]})")
    return 1 if missing or differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
