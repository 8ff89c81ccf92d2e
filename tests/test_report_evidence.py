"""The report shows the sentences its actor and quotation rows rest on, folded (issue 25)."""

from __future__ import annotations

import html
import re

import pytest

import kitlib


@pytest.fixture(scope="module")
def page(pair):
    return html.unescape(kitlib.compare(*pair).to_html())


def _blocks(page: str, section: str) -> list[str]:
    part = page.split(f"<section id='{section}'>")[1].split("</section>")[0]
    return re.findall(r"<details class='evidence'>(.*?)</details>", part, flags=re.S)


def test_actor_rows_show_their_sentences(page, pair):
    blocks = _blocks(page, "actors")
    nbc, cnn = pair
    first = next(b for b in blocks if b.startswith("<summary>NBC News: named first"))
    assert "Mike Pence" in first
    sentence = re.search(r"<li>(.*?)</li>", first).group(1)
    assert sentence in nbc.text and "Pence" in sentence
    headline = next(b for b in blocks if "CNN: named in the headline" in b)
    assert cnn.meta["headline"] in headline


def test_quotation_rows_show_the_quoted_sentences(page, pair):
    blocks = _blocks(page, "quotes")
    assert any(b.startswith("<summary>NBC News: first speaker quoted") for b in blocks)
    for block in blocks:
        for sentence in re.findall(r"<li>(.*?)</li>", block):
            assert any(sentence in a.text for a in pair)


def test_the_evidence_is_folded_and_small(page):
    for section in ("actors", "quotes"):
        for block in _blocks(page, section):
            assert block.count("<li>") <= kitlib.report.render.EVIDENCE_SENTENCES
