"""Docstring parts that many functions share, written once (as seaborn does).

A docstring writes ``%(ax)s`` on its own line where a shared part goes;
:func:`shared` puts the text there when the module is imported, with the
placeholder's indentation, so ``help()`` and the doctests see the whole text.

>>> @shared
... def draw(table, *, ax=None):
...     '''Draw it.
...
...     Parameters
...     ----------
...     %(ax)s
...     '''
>>> "Where to draw" in draw.__doc__
True
"""

from __future__ import annotations

import re

__all__ = ["PARTS", "shared"]

#: The shared parts, by name: a parameter's line and its description.
PARTS = {
    "article": (
        "article : Article or str\n"
        "    The article: an Article, a file's path, or the article's text (a string is read\n"
        "    by the kit's one rule, :func:`kitlib.articles.looks_like_path`)."
    ),
    "articles": (
        "*articles : Article or str\n"
        "    The articles, one by one or as one list (each an Article, a path or a text)."
    ),
    "names": (
        "names : list of str, optional\n"
        "    Labels for the articles in the table (default: their names, made unique)."
    ),
    "ax": (
        "ax : matplotlib Axes, optional\n"
        "    Where to draw (a new figure if not given). The Axes is returned, so its\n"
        "    title and labels can still be changed, or the figure saved."
    ),
}

_PLACEHOLDER = re.compile(r"^([ \t]*)%\((\w+)\)s[ \t]*$", re.MULTILINE)


def shared(function):
    """Fill the ``%(name)s`` lines of ``function``'s docstring from :data:`PARTS`.

    >>> @shared
    ... def f(article):
    ...     '''Parameters
    ...     ----------
    ...     %(article)s
    ...     '''
    >>> f.__doc__.split("\\n")[2].strip()
    'article : Article or str'
    """
    if function.__doc__:

        def fill(match: re.Match) -> str:
            indent, name = match.groups()
            return "\n".join(indent + line for line in PARTS[name].split("\n"))

        function.__doc__ = _PLACEHOLDER.sub(fill, function.__doc__)
    return function
