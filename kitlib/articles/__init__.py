"""Articles: load the bundled pair or your own text, cleaned and split into parts.

The public face of ``kitlib.articles``: import from here. The modules inside:

- ``article``: the :class:`Article` itself (raw, text, paragraphs, sentences, log).
- ``loading``: every loader, and the one rule for "is this string a path or a text?".
- ``cleaning``: the logged, reversible cleaning steps; headline and dek.
- ``artifacts``: damage found in a text but not repaired.
- ``language``: does this text look like English?
- ``corrections``: a researcher's corrections file, applied on every run.
"""

from __future__ import annotations

from kitlib.articles.article import (
    Article,
)
from kitlib.articles.corrections import (
    apply_corrections,
    correct_people,
    correct_speakers,
    read_corrections,
)
from kitlib.articles.loading import (
    BUNDLED,
    ENCODINGS_TO_TRY,
    INVENTED,
    MAX_BYTES,
    MIN_WORDS,
    article_from_html,
    article_from_text,
    as_article,
    as_articles,
    decode,
    input_sha256,
    load_article,
    load_bundled,
    load_invented_pair,
    load_pair,
    load_source,
    looks_like_path,
    metadata,
    name_in_artifacts,
    paragraph_lengths,
    read_limited,
    unique_names,
    with_article,
)
from kitlib.text import (
    FIRST_PARAGRAPH,
)

__all__ = [
    "apply_corrections",
    "correct_people",
    "correct_speakers",
    "read_corrections",
    "Article",
    "BUNDLED",
    "ENCODINGS_TO_TRY",
    "FIRST_PARAGRAPH",
    "INVENTED",
    "MAX_BYTES",
    "MIN_WORDS",
    "article_from_html",
    "article_from_text",
    "as_article",
    "as_articles",
    "decode",
    "input_sha256",
    "load_article",
    "load_bundled",
    "load_invented_pair",
    "load_pair",
    "load_source",
    "looks_like_path",
    "metadata",
    "name_in_artifacts",
    "paragraph_lengths",
    "read_limited",
    "unique_names",
    "with_article",
]
