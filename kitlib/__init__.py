"""kitlib: the Media Framing Kit's helper library.

Start with::

    import kitlib
    nbc, cnn = kitlib.load_pair()

Each module answers one question; see the README for the map.
"""

from kitlib.articles import Article, article_from_text, load_article, load_pair
from kitlib.data import DATA
from kitlib.errors import ArticleError, KitError

__all__ = [
    "DATA",
    "Article",
    "ArticleError",
    "KitError",
    "article_from_text",
    "load_article",
    "load_pair",
]
