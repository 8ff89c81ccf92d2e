"""The HTML and Markdown reports: valid, self-contained, complete, accessible."""

import base64
import time
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import kitlib
from kitlib.articles import article_from_text, load_invented_pair
from kitlib.errors import NotEnglishError
from kitlib.formatting import html_table, markdown_table
from kitlib.report import compare
from kitlib.report.sections import SECTIONS

#: Elements that have no closing tag in HTML.
VOID = {"meta", "img", "br", "hr", "link", "input", "source", "col", "area", "base", "wbr"}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Page(HTMLParser):
    """Collects what the tests check: nesting errors, ids, images, links, sources."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.ids = [], [], []
        self.images, self.links, self.sources, self.tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "img":
            self.images.append(attrs)
        if "href" in attrs:
            self.links.append(attrs["href"])
        for name in ("src", "srcset", "data", "action", "poster", "background"):
            if name in attrs:
                self.sources.append((tag, attrs[name]))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module", params=["bundled", "invented", "three"])
def made(request):
    articles = {
        "bundled": kitlib.load_pair,
        "invented": load_invented_pair,
        "three": lambda: (*kitlib.load_pair(), load_invented_pair()[1]),
    }[request.param]()
    result = compare(*articles)
    return result, result.to_html()


def test_html_is_well_formed(made):
    _, page = made
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse(page)
    assert parsed.errors == []
    assert parsed.stack == [], f"unclosed elements: {parsed.stack}"
    assert parsed.tags[:2] == ["html", "head"]
    assert "title" in parsed.tags and "main" in parsed.tags


def test_every_section_is_present(made):
    _, page = made
    ids = parse(page).ids
    expected = ["summary", *(key for key, _, _ in SECTIONS), "how-to-read"]
    assert [i for i in ids if i in expected] == expected
    assert len(ids) == len(set(ids)), "ids must be unique"
    for _, title, _ in SECTIONS:
        assert f"<h2>{title}</h2>" in page
    assert "what it cannot tell you" in page


def test_nothing_is_fetched(made):
    """Opens offline: every source is embedded; the only outside links are the articles' URLs."""
    result, page = made
    parsed = parse(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "iframe" not in parsed.tags
    for tag, source in parsed.sources:
        assert tag == "img" and source.startswith("data:image/png;base64,"), source
    urls = {a.meta.get("url") for a in result.articles if a.meta.get("url")}
    outside = [h for h in parsed.links if not h.startswith("#")]
    assert set(outside) <= urls, outside
    assert "@import" not in page and "url(" not in page
    assert "http://" not in page.replace("https://", "") or urls


def test_every_figure_has_alt_text_and_a_table(made):
    result, page = made
    images = parse(page).images
    drawn = [s for s in result.sections if s.available and s.draw is not None]
    first = [] if result.overview is None or result.overview.draw is None else [result.overview]
    assert len(images) == len(drawn) + len(first) and len(drawn) >= 2
    for image in images:
        assert len(image.get("alt", "").split()) >= 5
        data = base64.b64decode(image["src"].split(",", 1)[1])
        assert data.startswith(PNG_SIGNATURE)
    assert page.count("<div class='pair'><figure>") == len(drawn)
    assert page.count("</figure><div class='table'><table>") == len(drawn)


def test_report_is_deterministic(made):
    result, page = made
    assert result.to_html() == page


def test_summary_numbers_appear_in_the_page(made):
    result, page = made
    words = result.summary.set_index("measure").loc["words"]
    for name in result.names:
        assert f"{words[name]:,}" in page


def test_to_html_writes_the_file(tmp_path):
    result = compare(*load_invented_pair())
    target = tmp_path / "sub" / "report.html"
    page = result.to_html(target, title="Our class report")
    assert target.read_text(encoding="utf-8") == page
    assert "<title>Our class report</title>" in page


def test_report_is_quick():
    result = compare(*kitlib.load_pair())
    result.to_html()  # first run imports matplotlib
    # CPU time of this process, so other programs running on the machine do not count
    start = time.process_time()
    result.to_html()
    # target: under 3 s (about 2 s measured for six figures); slack for slow machines
    assert time.process_time() - start < 5


def test_text_from_articles_is_escaped(recwarn):
    hostile = "<script>alert('x')</script>"
    body = "The council said the plan was fine. " * 20
    a = article_from_text(body, outlet=hostile, headline=hostile)
    b = article_from_text(body + " The mayor said it was not.", outlet="B & C")
    page = compare(a, b).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page and "B &amp; C" in page
    assert parse(page).errors == []


def test_the_markdown_report_shows_html_from_articles_as_text(recwarn):
    """Markdown lets HTML through: a <script> or an <img onerror=...> in an article (in
    its outlet, headline, quotations or sentences) must reach the memo as text."""
    hostile = "<script>alert('x')</script>"
    image = '<img src=x onerror="alert(1)">'
    body = f'The council said the plan was fine. "It is {image} fine," Quill said. ' * 20
    a = article_from_text(body, outlet=hostile, headline=hostile)
    b = article_from_text(body + f" The mayor said {hostile} it was not.", outlet="B <b>C</b>")
    memo = compare(a, b).to_markdown()
    assert "<script" not in memo and "<img" not in memo and "<b>" not in memo
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in memo
    assert "B &lt;b&gt;C&lt;/b&gt;" in memo


def test_unavailable_section_is_said_plainly():
    from kitlib.report.render import _section_html

    result = compare(*load_invented_pair())
    section = result.section("facts")
    from dataclasses import replace

    missing = replace(section, available=False, note="This analysis is not part of it.")
    html = _section_html(missing)
    assert "class='unavailable'" in html and "<img" not in html


def test_markdown_has_every_section():
    result = compare(*kitlib.load_pair())
    text = result.to_markdown()
    assert text.startswith("# How two articles compare: NBC News vs CNN")
    for _, title, _ in SECTIONS:
        assert f"\n## {title}\n" in text
    assert "\n## How to read this report, and what it cannot tell you\n" in text
    assert "| section | measure | NBC News | CNN | difference |" in text
    assert "<em>" not in text


def test_tables_escape_and_truncate():
    import pandas as pd

    table = pd.DataFrame({"a": ["x|y", "<b>"], "n": [1234, 2.5]})
    assert "x\\|y" in markdown_table(table)
    html = html_table(table)
    assert "&lt;b&gt;" in html and "1,234" in html and "class='num'" in html
    long = pd.DataFrame({"n": range(100)})
    assert "Showing the first" in html_table(long)
    assert html_table(pd.DataFrame()).startswith("<p")


WORDS = (
    "the council said a plan would cost money and families were angry about the "
    "vote while Smith argued that the town had no choice but Jones disagreed"
).split()


@st.composite
def news_text(draw):
    """A made-up English text: paragraphs of sentences, some with quotations and names."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        sentences = []
        for _ in range(draw(st.integers(1, 4))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=18))
            sentence = " ".join(words).capitalize() + draw(st.sampled_from([".", "?", "!"]))
            style = draw(st.sampled_from(["plain", "quote", "curly", "partial", "open"]))
            if style == "quote":
                sentence = f'"{sentence}" Ann Smith said.'
            elif style == "curly":
                sentence = f"“{sentence}” said Bob Jones."
            elif style == "partial":
                sentence = f'Jones called it "{" ".join(words[:2])}" on Tuesday.'
            elif style == "open":
                sentence = f'"{sentence}'
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=news_text(), second=news_text())
def test_any_two_texts_make_a_valid_report(first, second):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = compare(
                article_from_text(first, outlet="A <one>"),
                article_from_text(second, outlet="B & two"),
            )
        except NotEnglishError:
            # a draw of mostly names ("Jones vote town") is refused as not English,
            # with its own test; this one is about the report of two English texts
            reject()
    expected = ["section", "measure", "A <one>", "B & two", "difference"]
    assert list(result.summary.columns) == expected
    page = result.to_html()
    parsed = parse(page)
    assert parsed.errors == [] and parsed.stack == []
    ids = set(parsed.ids)
    assert {"summary", "how-to-read", *(key for key, _, _ in SECTIONS)} <= ids
    assert all(image.get("alt") for image in parsed.images)
    assert "## Summary" in result.to_markdown()
