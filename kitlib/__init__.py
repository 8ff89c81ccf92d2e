"""kitlib: the Media Framing Kit's helper library.

Start with::

    import kitlib
    nbc, cnn = kitlib.load_pair()

Each module answers one question; see the README for the map.

``import kitlib`` is quick because the names below are loaded only when
first used (PEP 562 module ``__getattr__``): pandas, textstat and the other
heavy libraries are imported by the module that needs them, when it is needed.
``from kitlib import load_pair`` works as usual.
"""

from __future__ import annotations

import importlib

#: Each public name, and the module it comes from.
_LAZY = {
    "Article": "kitlib.articles",
    "article_from_text": "kitlib.articles",
    "load_article": "kitlib.articles",
    "load_pair": "kitlib.articles",
    "DATA": "kitlib.data",
    "ArticleError": "kitlib.errors",
    "KitError": "kitlib.errors",
    "compare": "kitlib.report.comparison",
    "load_invented_pair": "kitlib.articles",
    "load_source": "kitlib.articles",
    "analyze_many": "kitlib.batch",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    """Import a public name's module the first time the name is used."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # next time, no lookup
        return value
    try:  # a submodule such as kitlib.quotes
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{name}":
            raise
    raise AttributeError(f"module 'kitlib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
