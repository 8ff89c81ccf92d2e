"""Write a comparison as a report: one self-contained HTML page, or Markdown.

The HTML page needs nothing else: the style sheet is inside it and every
figure is a PNG picture stored in the page itself (a ``data:`` address), so
it opens offline, can be e-mailed, and fetches nothing. The only links that
point outside the page are the articles' own web addresses in the facts
table, written as ordinary links: nothing is loaded from them unless the
reader clicks.

Use it through :class:`kitlib.report.comparison.Comparison`::

    result = kitlib.compare(nbc, cnn)
    result.to_html("report.html")
    memo = result.to_markdown()
"""

from __future__ import annotations

import base64
import html
import io

import pandas as pd

from kitlib.differences import ONE_ARTICLE
from kitlib.formatting import html_table, markdown_table, markdown_text, readable

__all__ = [
    "CSS",
    "EVIDENCE",
    "EVIDENCE_SENTENCES",
    "EXAMPLES_HEADING",
    "FIGURE_DPI",
    "FIGURE_SIZE",
    "FIRST_WORDS",
    "HOW_TO_READ",
    "cautions",
    "figure_png",
    "to_html",
    "to_markdown",
]

#: The report's last section: what the numbers mean and what they cannot say.
HOW_TO_READ = [
    "Each section asks one question and answers it with a table and, where it helps, a "
    "figure. The table is the evidence; the figure is a picture of the same numbers.",
    "The summary's <em>difference</em> column says which article has more of something. "
    "It does not say whether the difference matters: a few words or one quotation more "
    "may be chance, or the work of an editor cutting for space.",
    "The kit counts; it does not understand. Readability formulas count syllables and "
    "sentence lengths, not ideas. Quotation finding follows quotation marks and verbs "
    "such as <em>said</em>, so it misses paraphrase and can name the wrong speaker. "
    "The frame coder learned from trained coders' answers on other news: it reads words "
    "and quotation marks, not meaning, and is often unsure; read its evidence sentences.",
    "Numbers depend on the text you gave the kit. A page saved from a browser may hold "
    "captions, links and other site furniture; a text that went through a language "
    "pipeline may have lost words or had pronouns replaced by names (see "
    "<em>Artifacts</em>). Check surprising numbers against the article itself.",
    "Framing is a claim about choices (what comes first, who speaks, which words), and "
    "every such claim needs a reader's judgement and the original text. Use this report "
    "to find where to look, not as the conclusion.",
]

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  color: #1a1a1a; background: #fff; line-height: 1.5; }
header, main, footer { max-width: 70rem; margin: 0 auto; padding: 0 1.5rem; }
header { border-bottom: 3px solid #0072B2; padding-bottom: 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
.question { font-style: italic; color: #444; margin-top: 0; }
nav ol { columns: 2; padding-left: 1.2rem; }
table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 1rem; max-width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top;
  overflow-wrap: normal; word-break: normal; hyphens: none; }
th { background: #f0f4f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pair figure { margin: 0 0 1rem; max-width: 46rem; }
.table { max-width: 100%; overflow-x: auto; }
.first-screen .side { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.first-screen figure { flex: 2 1 30rem; margin: 0; }
.first-screen .side > div { flex: 1 1 16rem; }
img { max-width: 100%; height: auto; }
figcaption, .note { font-size: 0.95rem; color: #333; }
.unavailable { background: #fff6e0; border-left: 4px solid #E69F00; padding: 0.5rem 1rem; }
.warning { background: #fdecea; border-left: 4px solid #D55E00; padding: 0.5rem 1rem; }
.caveat { background: #f0f4f8; border-left: 4px solid #0072B2; padding: 0.5rem 1rem; }
.corrections { background: #fff6e0; border-left: 4px solid #E69F00; padding: 0.5rem 1rem; }
details.evidence { margin: 0.2rem 0; }
details.evidence summary { cursor: pointer; }
details.provenance { font-size: 0.85rem; margin: 0.5rem 0; }
details.provenance td, td a { overflow-wrap: anywhere; }  /* a SHA-256 or a web address */
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: 0.85rem; color: #555; }
@media print { nav { display: none; } }
"""

#: Figure size (inches) and resolution for the report's pictures.
FIGURE_SIZE = (7.0, 4.2)
FIGURE_DPI = 96

#: The heading over each section's rows to read (its ``examples`` table).
EXAMPLES_HEADING = {
    "artifacts": "Where they are (with the words around each one)",
    "frames": "The questions the coder answered yes, with its evidence",
    "quotes": "The quotations, in order",
    "words": "The words in context",
}


# --------------------------------------------------------------------------
# Pieces
# --------------------------------------------------------------------------


def figure_png(draw) -> bytes:
    """Draw a figure with ``draw(ax)`` on the Agg renderer and return it as PNG bytes.

    A bare :class:`matplotlib.figure.Figure` is used, not pyplot, so nothing is
    shown on screen and no global figure is left behind.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=FIGURE_SIZE, dpi=FIGURE_DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    draw(ax)
    fig.tight_layout()
    buffer = io.BytesIO()
    # "tight" keeps a legend placed beside the plot inside the picture
    fig.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()


# --------------------------------------------------------------------------
# Evidence on the page: the sentences the actor and quotation rows rest on (issue 25)
# --------------------------------------------------------------------------

#: How many sentences of evidence a claim shows at most.
EVIDENCE_SENTENCES = 3


def _sentence_at(article, offset: int) -> str:
    """The sentence of ``article`` that holds character ``offset`` of its text."""
    for _, start, end in article.sentence_spans:
        if start <= offset < end:
            return article.text[start:end]
    return ""


def _evidence_block(claim: str, sentences: list[str]) -> str:
    """One claim, folded, with the sentences it rests on."""
    shown = list(dict.fromkeys(s for s in sentences if s))[:EVIDENCE_SENTENCES]
    if not shown:
        return ""
    items = "".join(f"<li>{html.escape(s)}</li>" for s in shown)
    return (f"<details class='evidence'><summary>{html.escape(claim)}</summary>"
            f"<ul>{items}</ul></details>")  # fmt: skip


def _actor_evidence(section, comparison) -> str:
    """Named first, in the headline and most mentioned: each with its sentences."""
    people = section.tables.get("people") if section.tables else None
    if people is None or people.empty:
        return ""
    blocks = []
    for name, article in zip(comparison.names, comparison.articles, strict=True):
        mine = people[people["article"] == name]
        if mine.empty:
            continue
        first = mine.sort_values("first_offset", kind="stable").iloc[0]
        blocks.append(_evidence_block(
            f"{name}: named first, {first['actor']} (paragraph {first['first_paragraph']})",
            [_sentence_at(article, int(first["first_offset"]))],
        ))  # fmt: skip
        top = mine.sort_values("mentions", ascending=False, kind="stable").iloc[0]
        blocks.append(_evidence_block(
            f"{name}: most mentioned, {top['actor']} ({top['mentions']} mentions); "
            "where the name first appears",
            [_sentence_at(article, int(top["first_offset"]))],
        ))  # fmt: skip
        headline = article.meta.get("headline") or ""
        named = mine.loc[mine["in_headline"].astype(bool), "actor"].tolist()
        if headline:
            blocks.append(_evidence_block(
                f"{name}: named in the headline, {', '.join(named) or 'nobody'}", [headline]
            ))  # fmt: skip
    return _evidence_section(blocks)


def _quote_evidence(section, comparison) -> str:
    """First speaker quoted and most quoted speaker: each with the quoted sentences."""
    quotes = section.tables.get("quotations") if section.tables else None
    if quotes is None or quotes.empty:
        return ""
    who = "who" if "who" in quotes.columns else "speaker"
    blocks = []
    for name, article in zip(comparison.names, comparison.articles, strict=True):
        mine = quotes[(quotes["article"] == name) & quotes["speaker"].notna()]
        if "speaker_kind" in mine.columns:  # a "he" the kit will not name is nobody's name
            mine = mine[mine["speaker_kind"] != "unsure"]
        if mine.empty:
            continue
        first = mine.iloc[0]
        blocks.append(_evidence_block(
            f"{name}: first speaker quoted, {first[who]} (rule: {first['rule']})",
            [_sentence_at(article, int(first["start"]))],
        ))  # fmt: skip
        words = mine.assign(n=mine["quote"].str.split().str.len()).groupby(who, sort=False)["n"]
        top = words.sum().sort_values(ascending=False, kind="stable").index[0]
        theirs = mine[mine[who] == top]
        blocks.append(_evidence_block(
            f"{name}: most quoted by words, {top} ({len(theirs)} quotations); the first ones",
            [_sentence_at(article, int(start)) for start in theirs["start"]],
        ))  # fmt: skip
    return _evidence_section(blocks)


def _evidence_section(blocks: list[str]) -> str:
    shown = "".join(b for b in blocks if b)
    if not shown:
        return ""
    return ("<div class='evidence-list'><h3>The sentences behind the summary's rows</h3>"
            "<p class='note'>Open a row to read the sentences it rests on.</p>"
            f"{shown}</div>")  # fmt: skip


#: The evidence shown under each section, by key (other sections show their own).
EVIDENCE = {"actors": _actor_evidence, "quotes": _quote_evidence}


def _evidence_html(section, comparison) -> str:
    """The folded evidence of a section's claims, or ""."""
    build = EVIDENCE.get(section.key)
    if build is None or not section.available:
        return ""
    return build(section, comparison)


def _section_html(section, names=(), *, evidence: str = "") -> str:
    parts = [
        f"<section id='{section.key}'>",
        f"<h2>{html.escape(section.title)}</h2>",
        f"<p class='question'>{html.escape(section.question)}</p>",
    ]
    if not section.available:
        parts.append(f"<p class='unavailable'>{html.escape(section.note)}</p></section>")
        return "".join(parts)
    link = "url" if section.key == "facts" else None
    shown = html_table(readable(section.table, keep=names), link_column=link)
    table = f"<div class='table'>{shown}</div>"
    if section.draw is not None:
        png = base64.b64encode(figure_png(section.draw)).decode("ascii")
        parts.append(
            "<div class='pair'><figure>"
            f"<img src='data:image/png;base64,{png}' alt='{html.escape(section.alt, quote=True)}'>"
            f"<figcaption>{html.escape(section.note)}</figcaption></figure>{table}</div>"
        )
    else:
        parts.append(f"<p class='note'>{html.escape(section.note)}</p>{table}")
    if section.examples is not None and not section.examples.empty:
        parts.append(f"<h3>{EXAMPLES_HEADING.get(section.key, 'Details')}</h3>")
        parts.append(html_table(readable(section.examples, keep=names)))
    parts.append(evidence)
    parts.append("</section>")
    return "".join(parts)


def cautions(comparison) -> list[str]:
    """Warnings specific to these articles (damage found, short texts, missing analyses).

    Returns
    -------
    list of str
        Plain sentences, one per caution; empty if there is nothing to add.
    """
    out = []
    quotes = next((s for s in comparison.sections if s.key == "quotes"), None)
    quotations = quotes.tables.get("quotations") if quotes is not None else None
    if quotations is None:  # the quotes section could not run: nothing to list
        quotations = pd.DataFrame(columns=["article", "check"])
    for name, article in zip(comparison.names, comparison.articles, strict=True):
        kinds = article.artifacts["kind"].value_counts()
        if kinds.get("coreference_substitution", 0):
            out.append(
                f"{name}: {_count(kinds['coreference_substitution'], 'place')} where pronouns "
                "seem to have been replaced by names. Counts of mentions and the speakers of "
                "quotations may be too high for the names involved."
            )
        if kinds.get("dropped_words", 0):
            out.append(
                f"{name}: {_count(kinds['dropped_words'], 'place')} where words were dropped "
                "before the kit saw the text (marked […]). Word counts and readability are "
                "off a little."
            )
        flagged = quotations[(quotations["article"] == name) & (quotations["check"] != "")]
        if len(flagged):
            listed = "; ".join(
                f"“{_first_words(row.quote)}” (paragraph {row.paragraph}: {row.check})"
                for row in flagged.itertuples()
            )
            out.append(
                f"{name}: {_count(len(flagged), 'quotation')} to check by hand against the "
                f"published article: {listed}."
            )
        if article.meta.get("short_text"):
            out.append(f"{name}: a very short text; its figures mean little.")
        if article.meta.get("language_warning"):
            out.append(f"{name}: {article.meta['language_warning']}")
        if str(article.meta.get("invented", "")).lower() == "yes":
            out.append(f"{name}: an invented article written for teaching; no real event.")
    for section in comparison.sections:
        if not section.available:
            out.append(f"{section.title}: {section.note}")
    return out


def _count(number: int, noun: str) -> str:
    """'1 place', '3 places'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


#: How many words of a quotation a caution shows.
FIRST_WORDS = 8


def _first_words(quote: str) -> str:
    words = str(quote).split()
    return " ".join(words[:FIRST_WORDS]) + ("…" if len(words) > FIRST_WORDS else "")


# --------------------------------------------------------------------------
# The opening: what one article can show (issue 25)
# --------------------------------------------------------------------------


def _opening_html(comparison) -> str:
    """The report's opening: what one article can and cannot show about an outlet."""
    return f"<p class='caveat'>{html.escape(ONE_ARTICLE)}</p>"


def _first_screen_html(comparison) -> str:
    """The first screen: the figure of the largest differences, the caveat beside it."""
    first = getattr(comparison, "overview", None)
    if first is None or first.draw is None:
        return f"<section id='overview'>{_opening_html(comparison)}</section>"
    png = base64.b64encode(figure_png(first.draw)).decode("ascii")
    return (
        f"<section id='overview' class='first-screen'><h2>{html.escape(first.title)}</h2>"
        "<div class='side'><figure>"
        f"<img src='data:image/png;base64,{png}' alt='{html.escape(first.alt, quote=True)}'>"
        f"<figcaption>{html.escape(first.note)}</figcaption></figure>"
        f"<div>{_opening_html(comparison)}</div></div></section>"
    )


def _opening_markdown(comparison) -> list[str]:
    """The Markdown lines of :func:`_opening_html`."""
    return [f"> {ONE_ARTICLE}"]


def _provenance(comparison) -> pd.DataFrame:
    table = getattr(comparison, "provenance", None)
    return table if isinstance(table, pd.DataFrame) else pd.DataFrame()


def _made_with(comparison) -> str:
    """One line: the kit's version, the date, the inputs and corrections (plain text)."""
    table = _provenance(comparison)
    if table.empty:
        return ""
    facts = dict(zip(table["what"], table["name"], strict=False))
    inputs = table[table["what"] == "article"]
    used = table[table["what"] == "corrections file"]
    applied = table[table["what"] == "correction applied"]
    return (
        f"Made with media-framing-kit {facts.get('kit', '?')} on {facts.get('made on', '?')} "
        f"from {len(inputs)} inputs"
        + (f" and the corrections file {used['name'].iloc[0]}" if len(used) else "")
        + f"; {_count(len(applied), 'correction')} applied."
    )


def _corrections_applied(comparison) -> list[str]:
    table = _provenance(comparison)
    if table.empty:
        return []
    applied = table[table["what"] == "correction applied"]
    return [f"{row.name}: {row.file}" for row in applied.itertuples()]


def _provenance_html(comparison) -> str:
    """The corrections applied (listed) and where the figures come from (folded)."""
    table = _provenance(comparison)
    if table.empty:
        return ""
    parts = []
    applied = _corrections_applied(comparison)
    if applied:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in applied)
        parts.append(
            f"<div class='corrections'><strong>Corrections applied</strong><ul>{items}</ul></div>"
        )
    parts.append(
        f"<details class='provenance'><summary>{html.escape(_made_with(comparison))} "
        "Inputs and their SHA-256</summary>"
        f"{html_table(table)}</details>"
    )
    return "".join(parts)


def _provenance_markdown(comparison) -> list[str]:
    table = _provenance(comparison)
    if table.empty:
        return []
    lines = ["", _made_with(comparison), ""]
    applied = _corrections_applied(comparison)
    if applied:
        lines += ["**Corrections applied**", ""] + [f"- {markdown_text(a)}" for a in applied]
        lines.append("")
    return lines + [markdown_table(table)]


def _title(comparison, title: str | None) -> str:
    return title or "How two articles compare: " + " vs ".join(comparison.names)


# --------------------------------------------------------------------------
# The two outputs
# --------------------------------------------------------------------------


def to_html(comparison, title: str | None = None) -> str:
    """The whole report as one self-contained HTML page.

    Parameters
    ----------
    comparison : kitlib.report.comparison.Comparison
    title : str, optional
        The page's heading (default: "How two articles compare: A vs B").

    Returns
    -------
    str
        The page. Sections have ids: ``summary``, one per analysis
        (``facts``, ``readability``, ``actors``, ``quotes``, ``frames``,
        ``words``, ``artifacts``) and ``how-to-read``.
    """
    heading = _title(comparison, title)
    nav = "".join(
        f"<li><a href='#{s.key}'>{html.escape(s.title)}</a></li>" for s in comparison.sections
    )
    compared = "; ".join(
        f"<strong>{html.escape(n)}</strong>: "
        + html.escape(a.meta.get("headline") or "(no headline)")
        for n, a in zip(comparison.names, comparison.articles, strict=True)
    )
    caution_items = "".join(f"<li>{html.escape(c)}</li>" for c in cautions(comparison))
    how = "".join(f"<li>{item}</li>" for item in HOW_TO_READ)
    body = [
        "<header>",
        f"<h1>{html.escape(heading)}</h1>",
        f"<p>{compared}</p>",
        _provenance_html(comparison),
        "<nav aria-label='Sections'><ol><li><a href='#summary'>Summary</a></li>",
        nav,
        "<li><a href='#how-to-read'>How to read this report</a></li></ol></nav>",
        "</header><main>",
        _first_screen_html(comparison),
        "<section id='summary'><h2>Summary</h2>",
        "<p class='question'>One row per measure, one column per article; the last column "
        "says in words what differs. The sections below show the tables behind each row.</p>",
        f"<div class='table'>{html_table(comparison.summary)}</div>",
        "</section>",
        *(
            _section_html(s, comparison.names, evidence=_evidence_html(s, comparison))
            for s in comparison.sections
        ),
        "<section id='how-to-read'><h2>How to read this report, and what it cannot tell you</h2>",
        f"<ul>{how}</ul>",
    ]
    if caution_items:
        body.append(
            "<h3>Cautions for these articles</h3>"
            f"<div class='warning'><ul>{caution_items}</ul></div>"
        )
    body += [
        "</section></main>",
        "<footer>Made with the Media Framing Kit (kitlib.compare). The numbers are counts "
        "made by rules a student can read in the kit's source; check them against the "
        "articles.</footer>",
    ]
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(heading)}</title><style>{CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def to_markdown(comparison, title: str | None = None) -> str:
    """The report's text and tables as Markdown (figures are only in the HTML report).

    Returns
    -------
    str
        Headings ``# title``, ``## Summary``, one ``##`` per section and
        ``## How to read this report, and what it cannot tell you``.
    """
    safe = markdown_text  # every text that may come from an article: HTML shown, not run
    parts = [f"# {safe(_title(comparison, title))}", ""]
    for name, article in zip(comparison.names, comparison.articles, strict=True):
        parts.append(f"- **{safe(name)}**: {safe(article.meta.get('headline') or '(no headline)')}")
    parts += ["", *_opening_markdown(comparison), *_provenance_markdown(comparison)]
    parts += ["", "## Summary", "", markdown_table(comparison.summary), ""]
    for section in comparison.sections:
        parts += [f"## {section.title}", "", f"*{section.question}*", "", safe(section.note), ""]
        if section.available:
            parts += [markdown_table(readable(section.table, keep=comparison.names)), ""]
            if section.examples is not None and not section.examples.empty:
                heading = EXAMPLES_HEADING.get(section.key, "Details")
                examples = readable(section.examples, keep=comparison.names)
                parts += [f"**{heading}**", "", markdown_table(examples), ""]
    parts += ["## How to read this report, and what it cannot tell you", ""]
    parts += [f"- {_strip_tags(item)}" for item in HOW_TO_READ]
    extra = cautions(comparison)
    if extra:
        parts += ["", "**Cautions for these articles**", ""] + [f"- {safe(c)}" for c in extra]
    return "\n".join(parts) + "\n"


def _strip_tags(text: str) -> str:
    return text.replace("<em>", "*").replace("</em>", "*")
