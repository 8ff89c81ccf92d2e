"""The side-by-side comparison of two or more articles, and its HTML and Markdown report.

The public face of ``kitlib.report``: import from here. The modules inside:

- ``sections``: one builder per part of the report.
- ``render``: the HTML page and the Markdown.
- ``comparison``: Comparison and compare(.
"""

from __future__ import annotations

from kitlib.report.comparison import (
    Comparison,
    compare,
)

__all__ = [
    "Comparison",
    "compare",
]
