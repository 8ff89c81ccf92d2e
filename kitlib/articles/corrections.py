"""A researcher's corrections: a small CSV file beside the articles, applied on every run.

The kit's rules get some things wrong: a headline, a dek, a boilerplate paragraph
left in, a quotation given to the wrong speaker, a person's name or gender. Write
what is right in a corrections file and every run (``framing-kit compare`` and
``batch`` with ``--corrections FILE``, ``kitlib.compare(..., corrections=FILE)``,
``kitlib.analyze_many(..., corrections=FILE)``) uses it, and the report lists every
correction it applied. The file has four columns, one correction per row:

``article``
    which article: the file's name (``nbc.txt``) or the article's label (``CNN``).
``correct``
    what to correct, one of :data:`CORRECTIONS`.
``where``
    which one: a paragraph's number (1 is the lead), the first words of a quotation,
    or a person's name as the kit wrote it; empty for ``headline`` and ``dek``.
``value``
    what is right: the headline, the dek, the speaker, the name, or the gender
    (``female``, ``male`` or ``unknown``); empty for ``drop paragraph``.

>>> import pandas as pd
>>> rows = pd.DataFrame({"article": ["story.txt"], "correct": ["speaker"],
...                      "where": ["We will win"], "value": ["Mike Pence"]})
>>> read_corrections(rows)[["correct", "value"]].values.tolist()
[['speaker', 'Mike Pence']]
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from kitlib.articles import cleaning
from kitlib.articles.article import Article
from kitlib.errors import KitError
from kitlib.text import FIRST_PARAGRAPH, split_paragraphs, split_sentences

__all__ = [
    "CORRECTIONS",
    "CORRECTION_COLUMNS",
    "CORRECTION_RULE",
    "GENDERS",
    "apply_corrections",
    "correct_people",
    "correct_speakers",
    "corrections_for",
    "read_corrections",
]

#: The columns of a corrections file.
CORRECTION_COLUMNS = ["article", "correct", "where", "value"]

#: What a corrections file can correct, and what its ``where`` and ``value`` hold.
CORRECTIONS = {
    "headline": "the headline (value: the headline)",
    "dek": "the line under the headline (value: the dek)",
    "drop paragraph": "leave a paragraph out (where: its number, 1 is the lead)",
    "speaker": "who said a quotation (where: its first words; value: the speaker)",
    "name": "a person's name (where: the name as the kit wrote it; value: the right name)",
    "gender": "a person's gender (where: the name; value: female, male or unknown)",
}

#: The genders a ``gender`` correction may give.
GENDERS = ("female", "male", "unknown")

#: The ``rule`` (and ``gender_from``) of a row a correction changed.
CORRECTION_RULE = "corrected by hand (corrections file)"


def read_corrections(source: str | Path | pd.DataFrame) -> pd.DataFrame:
    """A corrections file (or table), checked row by row.

    Returns
    -------
    pandas.DataFrame
        Columns ``article, correct, where, value`` (text, stripped), and ``row``: the
        row's line in the file (2 is the first row under the header).

    Raises
    ------
    KitError
        The file cannot be read, lacks a column, or a row names an unknown correction,
        a paragraph that is not a number, a gender not in :data:`GENDERS`, or no value.

    Examples
    --------
    >>> import pandas as pd
    >>> read_corrections(pd.DataFrame({"article": ["a.txt"], "correct": ["colour"],
    ...                                "where": [""], "value": ["red"]}))
    Traceback (most recent call last):
    ...
    kitlib.errors.KitError: the corrections table, line 2: 'colour' is not a correction ...
    """
    if isinstance(source, pd.DataFrame):
        table, where = source.copy(), "the corrections table"
    else:
        where = str(source)
        try:
            table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
        except (OSError, ValueError) as error:
            raise KitError(f"Could not read the corrections file {where}: {error}") from None
    table.columns = [str(c).strip().lower() for c in table.columns]
    missing = [c for c in CORRECTION_COLUMNS if c not in table.columns]
    if missing:
        raise KitError(
            f"{where}: a corrections file has the columns {', '.join(CORRECTION_COLUMNS)}; "
            f"{missing[0]!r} is missing."
        )
    table = table[CORRECTION_COLUMNS].fillna("").astype(str)
    table = table.apply(lambda column: column.str.strip())
    table["row"] = range(2, len(table) + 2)
    for row in table.itertuples():
        problem = _problem(row)
        if problem:
            raise KitError(f"{where}, line {row.row}: {problem}")
    return table.reset_index(drop=True)


def _problem(row) -> str:
    """What is wrong with one row of a corrections file, or ""."""
    if row.correct not in CORRECTIONS:
        return f"{row.correct!r} is not a correction the kit knows; use one of: " + "; ".join(
            f"{k} ({v})" for k, v in CORRECTIONS.items()
        )
    if not row.article:
        return "say which article (its file's name or its label) in the 'article' column."
    if row.correct == "drop paragraph":
        if not row.where.isdigit() or int(row.where) < FIRST_PARAGRAPH:
            return f"'where' must be a paragraph's number (1 is the lead), not {row.where!r}."
        return ""
    if not row.value:
        return f"a {row.correct} correction needs the right {row.correct} in 'value'."
    if row.correct in ("speaker", "name", "gender") and not row.where:
        return f"a {row.correct} correction needs 'where': {CORRECTIONS[row.correct]}."
    if row.correct == "gender" and row.value not in GENDERS:
        return f"a gender is female, male or unknown, not {row.value!r}."
    return ""


def corrections_for(table: pd.DataFrame, article: Article) -> pd.DataFrame:
    """The rows of a corrections table that name ``article`` (its file's name or label).

    >>> import kitlib, pandas as pd
    >>> nbc, cnn = kitlib.load_pair()
    >>> rows = read_corrections(pd.DataFrame({"article": ["CNN"], "correct": ["dek"],
    ...                                       "where": [""], "value": ["A new dek"]}))
    >>> len(corrections_for(rows, nbc)), len(corrections_for(rows, cnn))
    (0, 1)
    """
    source = article.meta.get("source") or ""
    names = {article.name, str(article.meta.get("id") or "")}
    if source:
        names |= {Path(source).name, source}
    return table[table["article"].isin(names - {""})].reset_index(drop=True)


def apply_corrections(article: Article, corrections) -> Article:
    """The article with its corrections applied: a new Article, the old one unchanged.

    Headline and dek are set; dropped paragraphs are taken out of the text (logged in
    ``article.log`` as the step ``correction``, so :func:`kitlib.articles.cleaning.undo`
    still rebuilds the text received); speaker, name and gender corrections are kept
    in ``meta["corrections"]`` for the analyses (:func:`correct_speakers`,
    :func:`correct_people`). ``meta["corrections_applied"]`` says, one line each,
    every correction applied.

    Parameters
    ----------
    article : Article
    corrections : str, Path or pandas.DataFrame
        A corrections file or table (:func:`read_corrections`); only the rows naming
        this article are used.

    Raises
    ------
    KitError
        A paragraph number beyond the article, or a quotation or name that is not in it.

    Examples
    --------
    >>> import kitlib, pandas as pd
    >>> nbc, _ = kitlib.load_pair()
    >>> rows = pd.DataFrame({"article": ["NBC News"] * 2, "correct": ["headline", "drop paragraph"],
    ...                      "where": ["", "20"], "value": ["Pence on Russia", ""]})
    >>> fixed = apply_corrections(nbc, rows)
    >>> fixed.meta["headline"], len(fixed.paragraphs), len(nbc.paragraphs)
    ('Pence on Russia', 19, 20)
    >>> fixed.meta["corrections_applied"][1].split(" (")[0]
    'paragraph 20 left out'
    """
    rows = corrections_for(read_corrections(corrections), article)
    if rows.empty:
        return article
    meta = dict(article.meta)
    said = list(meta.get("corrections_applied", []))
    for row in rows[rows["correct"].isin(["headline", "dek"])].itertuples():
        said.append(f"{row.correct} set to {row.value!r} (was {meta.get(row.correct)!r})")
        meta[row.correct] = row.value
    later = rows[rows["correct"].isin(["speaker", "name", "gender"])]
    for row in later.itertuples():
        if _normal(row.where) not in _normal(article.text):
            raise KitError(
                f"Correction on line {row.row}: {row.where!r} is not in {article.name}'s "
                "text. Copy the words from the article (the first words of the quotation, "
                "or the name as the report writes it)."
            )
        said.append(_saying(row))
    meta["corrections"] = list(meta.get("corrections", [])) + later[
        ["correct", "where", "value"]
    ].to_dict("records")
    dropped = sorted({int(w) for w in rows.loc[rows["correct"] == "drop paragraph", "where"]})
    if dropped:
        article, lines = _drop_paragraphs(article, dropped)
        said += lines
    meta["corrections_applied"] = said
    return replace(article, meta=meta)


def _saying(row) -> str:
    if row.correct == "speaker":
        return f"speaker of the quotation starting {row.where!r} set to {row.value}"
    if row.correct == "name":
        return f"{row.where!r} read as {row.value}"
    return f"{row.where} taken to be {row.value}"


def _normal(text: str) -> str:
    """Case, curly quotation marks and spacing do not count when a correction is matched."""
    text = str(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def _drop_paragraphs(article: Article, numbers: list[int]) -> tuple[Article, list[str]]:
    """The article without the paragraphs numbered ``numbers`` (1 is the lead)."""
    spans = article.paragraph_spans
    beyond = [n for n in numbers if n - FIRST_PARAGRAPH >= len(spans)]
    if beyond:
        raise KitError(
            f"{article.name} has {len(spans)} paragraphs; there is no paragraph {beyond[0]} "
            "to leave out."
        )
    if len(numbers) == len(spans):
        raise KitError(f"The corrections leave out every paragraph of {article.name}.")
    edits, said = [], []
    for n in numbers:
        start, end = spans[n - FIRST_PARAGRAPH]
        words = article.text[start:end].split()
        said.append(f'paragraph {n} left out ("{" ".join(words[:6])}…")')
    for first, last in _runs([n - FIRST_PARAGRAPH for n in numbers]):
        if last + 1 < len(spans):  # up to the next paragraph kept
            cut = (spans[first][0], spans[last + 1][0])
        else:  # the end of the text: from the end of the paragraph kept before it
            cut = (spans[first - 1][1], spans[last][1])
        edits.append(cleaning.Edit(cut[0], cut[1], "", CORRECTION_RULE))
    text, log = cleaning.apply_edits(article.text, edits, "correction")
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    new = replace(
        article,
        text=text,
        log=pd.concat([article.log, pd.DataFrame(log)], ignore_index=True),
        artifacts=_shifted(article.artifacts, log),
        paragraph_spans=tuple(paragraphs),
        sentence_spans=tuple(sentences),
    )
    return new, said


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as runs of neighbours: [1, 2, 5] -> [(1, 2), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _shifted(artifacts: pd.DataFrame, log: list[dict]) -> pd.DataFrame:
    """The artifacts moved to their place in the shorter text; those cut out are dropped."""
    if artifacts.empty:
        return artifacts
    cut = [(row["start"], row["end"]) for row in log]
    kept = [
        not any(s <= start and end <= e for s, e in cut)
        for start, end in zip(artifacts["start"], artifacts["end"], strict=True)
    ]
    moved = artifacts[kept].copy()
    moved["start"] = [cleaning.shift_offset(int(v), log) for v in moved["start"]]
    moved["end"] = [cleaning.shift_offset(int(v), log) for v in moved["end"]]
    return moved.reset_index(drop=True)


def correct_speakers(table: pd.DataFrame, article) -> pd.DataFrame:
    """A quotations table with the article's speaker corrections applied.

    A quotation whose words start with (or hold) a correction's ``where`` gets its
    ``value`` as ``speaker`` and ``speaker_mention``, :data:`CORRECTION_RULE` as
    ``rule``, confidence 1, no check by hand and no ``best_guess``. Any other table is
    returned as it is.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"quote": ["We will win"], "speaker": ["Tim Kaine"],
    ...                        "rule": ["after the quotation"]})
    >>> article = type("A", (), {"meta": {"corrections": [
    ...     {"correct": "speaker", "where": "we will", "value": "Mike Pence"}]}})()
    >>> correct_speakers(quotes, article)[["speaker", "rule"]].values.tolist()
    [['Mike Pence', 'corrected by hand (corrections file)']]
    """
    wanted = [c for c in _meta_corrections(article) if c["correct"] == "speaker"]
    if not wanted or table.empty:
        return table
    table = table.copy()
    quotes = table["quote"].map(_normal)
    for correction in wanted:
        words = _normal(correction["where"])
        hit = pd.Series([words in q for q in quotes], index=table.index, dtype=bool)
        table.loc[hit, "speaker"] = correction["value"]
        table.loc[hit, "rule"] = CORRECTION_RULE
        for column, value in (("speaker_mention", correction["value"]), ("confidence", 1.0),
                              ("check_by_hand", False), ("anonymous", False),
                              ("best_guess", None)):  # fmt: skip
            if column in table.columns:
                table.loc[hit, column] = value
        if "speaker_kind" in table.columns:  # a name given by hand is shown, not "he"
            table.loc[hit & (table["speaker_kind"] == "unsure"), "speaker_kind"] = "person"
    return table


def correct_people(table: pd.DataFrame, article, *, column: str = "name") -> pd.DataFrame:
    """A people or actors table with the article's name and gender corrections applied.

    A name correction renames the rows whose ``column`` is ``where`` (adding their
    mentions to the right name's row if it is there already); a gender correction sets
    ``gender`` (and ``gender_from``) where the table has them.

    Examples
    --------
    >>> import pandas as pd
    >>> people = pd.DataFrame({"name": ["Comey", "James Comey"], "mentions": [2, 3],
    ...                        "rule": ["surname", "full name"]})
    >>> article = type("A", (), {"meta": {"corrections": [
    ...     {"correct": "name", "where": "Comey", "value": "James Comey"}]}})()
    >>> correct_people(people, article)[["name", "mentions"]].values.tolist()
    [['James Comey', 5]]
    """
    wanted = [c for c in _meta_corrections(article) if c["correct"] in ("name", "gender")]
    if not wanted or table.empty:
        return table
    table = table.copy()
    for correction in wanted:
        hit = table[column].map(_normal) == _normal(correction["where"])
        if correction["correct"] == "gender":
            if "gender" in table.columns:
                table.loc[hit, "gender"] = correction["value"]
            if "gender_from" in table.columns:
                table.loc[hit, "gender_from"] = CORRECTION_RULE
            continue
        table.loc[hit, column] = correction["value"]
        table.loc[hit, "rule"] = CORRECTION_RULE
    return _merge_same_names(table, column)


def _merge_same_names(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """One row per name: a renamed row's mentions added to the first row of that name."""
    if not table[column].duplicated().any():
        return table
    first = ~table[column].duplicated()
    if "mentions" in table.columns:
        totals = table.groupby(column, sort=False)["mentions"].sum()
        table.loc[first, "mentions"] = table.loc[first, column].map(totals)
    return table[first].reset_index(drop=True)


def _meta_corrections(article) -> list[dict]:
    meta = getattr(article, "meta", None) or {}
    return [c for c in meta.get("corrections", []) if isinstance(c, dict)]
