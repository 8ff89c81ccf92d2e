"""Teaching materials made from the kit's sources, so they cannot drift.

The printable codebook and coding sheet come from the codebook CSV; the
opening session's slide deck comes from a notebook (nbconvert's slides output).

``framing-kit codebook --out coding_sheet.html`` writes one HTML page that
prints cleanly on A4 or Letter paper: the codebook (each question with how to
answer it, grouped by frame) and, on a new page, a coding sheet with a box for
yes/no, a line for the evidence and a line for a note, per question. A class
can code on paper, without Python, and type the answers into the lesson (or
a spreadsheet saved as CSV, which ``framing-kit reliability`` reads) later.

``framing-kit slides`` turns ``lessons/teacher/opening_slides.ipynb`` into a
reveal.js deck, ``opening_slides.slides.html``: open it in a browser and use
the arrow keys (the page loads reveal.js from a public CDN, so present it
with the network on, or print it from the notebook).

The kit ships both pages in ``lessons/teacher/``; tests rebuild them from
their sources and fail if they differ.
"""

from __future__ import annotations

import html
from pathlib import Path

from kitlib.data import ROOT
from kitlib.frames import tables as frames

__all__ = [
    "CSS",
    "SLIDES",
    "codebook_html",
    "slides_html",
]

#: The opening session's slides, as a notebook (each Markdown cell is a slide).
SLIDES = ROOT / "lessons" / "teacher" / "opening_slides.ipynb"

CSS = """
body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; color: #000;
       max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.35; }
h1 { font-size: 18pt; margin-bottom: .2rem; } h2 { font-size: 14pt; margin-top: 1.4rem; }
p.note { font-size: 10pt; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #000; padding: .3rem .4rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td.id { width: 3rem; font-weight: bold; }
td.box { width: 6rem; white-space: nowrap; }
td.line { height: 2.2rem; }
.sheet { page-break-before: always; break-before: page; }
.fields td { border: none; padding: .4rem 0; }
@media print { body { margin: 0; max-width: none; } th { background: none; }
               tr, td { page-break-inside: avoid; break-inside: avoid; } }
"""


def _frame_title(frame: str) -> str:
    return frame.replace("_", " ").capitalize()


def codebook_html() -> str:
    """The codebook and an empty coding sheet as one printable HTML page.

    Returns
    -------
    str
        A complete HTML document: every question of the generic-frames codebook,
        with its ``how_to_answer`` note, grouped by frame; then the coding sheet.

    Examples
    --------
    >>> page = codebook_html()
    >>> page.count("<td class='id'>") == 2 * len(frames.codebook("generic"))
    True
    """
    book = frames.codebook("generic")
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Generic frames: codebook and coding sheet</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Generic frames: codebook</h1>",
        "<p class='note'>Twenty yes/no questions for five generic frames, after Semetko &amp; "
        "Valkenburg (2000), in the Media Framing Kit's own words. Answer every question; "
        "answer <em>no</em> when the text gives no reason to say <em>yes</em>; for every "
        "<em>yes</em>, copy the words that decided it. Words inside quotation marks count as "
        "the story's framing (the outlet chose to quote them), unless a question says "
        "otherwise: M1 asks for the story's own moral message, not only a quoted speaker's. "
        "H5 needs the pictures that came with the story: with a text alone, answer "
        "<em>no</em> and write in the note that there was no picture to code. Made from "
        "<code>data/codebooks/generic_frames.csv</code> by <code>framing-kit codebook</code>.</p>",
    ]
    for frame in dict.fromkeys(book["frame"]):
        rows = book[book["frame"] == frame]
        parts.append(f"<h2>{html.escape(_frame_title(frame))}</h2><table>")
        parts.append("<tr><th>id</th><th>question</th><th>how to answer</th></tr>")
        for row in rows.itertuples():
            parts.append(
                f"<tr><td class='id'>{html.escape(row.question_id)}</td>"
                f"<td>{html.escape(row.question)}</td>"
                f"<td>{html.escape(row.how_to_answer)}</td></tr>"
            )
        parts.append("</table>")
    parts += [
        "<div class='sheet'><h1>Coding sheet</h1>",
        "<table class='fields'><tr><td>Coder: ______________________</td>"
        "<td>Article: ______________________</td><td>Date: __________</td></tr></table>",
        "<table><tr><th>id</th><th>question</th><th>answer</th>"
        "<th>evidence (copied words) and note</th></tr>",
    ]
    for row in book.itertuples():
        parts.append(
            f"<tr><td class='id'>{html.escape(row.question_id)}</td>"
            f"<td>{html.escape(row.question)}</td>"
            "<td class='box'>☐ yes&nbsp; ☐ no</td><td class='line'></td></tr>"
        )
    parts.append("</table></div></body></html>")
    return "\n".join(parts) + "\n"


def slides_html(notebook=SLIDES) -> str:
    """A notebook as a reveal.js slide deck (nbconvert's slides output), as HTML text.

    Each cell's ``slideshow.slide_type`` metadata ("slide", "subslide", "fragment")
    says how it is shown, as in JupyterLab's property inspector.
    """
    import nbformat
    from nbconvert import SlidesExporter

    node = nbformat.read(Path(notebook), as_version=4)
    body, _ = SlidesExporter().from_notebook_node(node)
    return body
