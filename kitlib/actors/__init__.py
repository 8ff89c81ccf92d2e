"""Actors: who is in the story, how often, and how early?

The public face of ``kitlib.actors``: import from here. The modules inside:

- ``name_rules``: finding runs of capitalised words and what each is.
- ``grouping``: mentions into people; pronouns and surnames resolved.
- ``tables``: the bundled actor table and the people/names tables of any article.
"""

from __future__ import annotations

from kitlib.actors.tables import (
    actor_table,
    actor_table_fits,
    cast,
    find_mentions,
    mentions,
    mentions_by_camp,
    mentions_by_paragraph,
    named_actors,
    names,
    names_in_text,
    people,
    people_by_paragraph,
    resolve,
    resolve_person,
)

__all__ = [
    "actor_table",
    "actor_table_fits",
    "cast",
    "find_mentions",
    "mentions",
    "mentions_by_camp",
    "mentions_by_paragraph",
    "named_actors",
    "names",
    "names_in_text",
    "people",
    "people_by_paragraph",
    "resolve",
    "resolve_person",
]
