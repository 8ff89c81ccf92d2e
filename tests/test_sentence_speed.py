"""The faster sentence splitter and the loader's memory find what they found before.

``kitlib.text`` gives pysbd 0.3.4 a segmenter of its own that skips work pysbd
would do for nothing (see ``_fast_segmenter_class``), and cleaning keeps the
furniture and headline it found for the last few texts. Here the fast segmenter
is compared with pysbd itself on the kit's articles, on invented paragraphs
full of what pysbd treats specially, and on random paragraphs; loading an
article with either segmenter gives the same article. No corpus is needed
(``benchmarks/loading_speed.py compare`` does the same on real news).
"""

from __future__ import annotations

import warnings

import pysbd
import pytest
from _helpers import load_script

import kitlib
from kitlib import text as kit_text
from kitlib.articles import article_from_text, cleaning, load_invented_pair

#: Paragraphs built to reach each special case of pysbd's English rules.
TRICKY = [
    "Gov. Mike Pence spoke. Then Sen. Tim Kaine answered.",
    "The U.S. economy grew. The U.S. Senate did not. I.V. drips are used in the U.K.",
    "He met Dr. Ruth at 9 a.m. and left at 5 p.m. The next day he came back.",
    "See No. 5 and art. 12 of the Co. agreement. Then pp. 4-6. It was p. 7.",
    "Apple Inc. and Example Co. KG merged. Messrs. Smith and Jones agreed.",
    "St. Louis is in Mo. and Springfield, Ill. is not. He lives on Main St. now.",
    "She said e.g. this and i.e. that. He has a Ph.D. from the Univ. of Va. in 2001.",
    "The list: 1. apples 2. pears 3. plums. Then a. one b. two c. three.",
    "Items: i. first ii. second iii. third. And (a) this (b) that (c) more.",
    "1) one 2) two 3) three. The end.",
    "“Go now.” he said. “Mr. Smith is here,” she said. ‘Yes.’ He left.",
    "He shouted “Stop!” and left. Yahoo! is a company. Wow!! Really?!",
    "Wait... what? He paused . . . then spoke. It was 3.5 percent.",
    "The {co} case. The {gen} one. The {Mr} Smith.",  # pysbd's braces, as its pattern reads
    "İstanbul Co. grew. The Kelvin sign K and the long ſ appear. Gen. Lee won.",
    "ıt was Gen. Lee. İt was Dr. Who. Mr. Brown and Mrs. Brown met Capt. Hook.",
    "He was born Jan. 5, 1950 in the U.S.A. He died in Dec. 2020.",
    "The vote was 52-48. The bill passed (again). [Editor's note: corrected.] It ends.",
    "A sentence. A sentence. A sentence. A sentence.",  # the same sentence four times
    "Look at www.example.com. Send it to a@b.com now. The file.pdf is there.",
    "He is the No. 2 man. Vol. 3 came out. The Fig. 4 shows it.",
    "Gen.Lee spoke.He left.",
    "The co-op. The co. op. The Co.op. CO. KG.",
    "It cost $5.50. That was cheap. Rev. Al Sharpton came.",
    "Sgt. Pepper. Lt. Dan. Maj. Tom. Col. Sanders. Prof. X. Gov. Y.",
    "He said: «Non.» Then left. The 2nd. place. The vs. match.",
    "Line one.\nLine two. Gov.\nPence spoke.\rThe end.",
]


def plain_segmenter():
    return pysbd.Segmenter(language="en", clean=False)


def kit_paragraphs() -> list[str]:
    found = []
    for article in (*kitlib.load_pair(), *load_invented_pair()):
        found += article.paragraphs + article.sentences + article.raw.split("\n")
    return found


def random_paragraphs(n: int) -> list[str]:
    module = load_script("benchmarks/one_sentence_check.py")
    known = kit_paragraphs()
    words = sorted({w for t in known for w in t.split()})
    made = module.random_texts(n, words)
    # Several made paragraphs joined, so abbreviations meet each other in one text.
    return made + [" ".join(made[i : i + 5]) for i in range(0, len(made), 5)]


def test_the_fast_segmenter_is_used_for_the_pysbd_it_repeats():
    segmenter = kit_text._segmenter()
    if pysbd.__version__ == kit_text.FAST_PYSBD_VERSION:
        assert type(segmenter) is not pysbd.Segmenter
        assert isinstance(segmenter, pysbd.Segmenter)
    else:
        assert type(segmenter) is pysbd.Segmenter


@pytest.mark.parametrize("paragraph", TRICKY)
def test_tricky_paragraphs_split_as_pysbd_splits_them(paragraph):
    assert kit_text._segmenter().segment(paragraph) == plain_segmenter().segment(paragraph)


def test_the_kits_articles_split_as_pysbd_splits_them():
    slow, fast = plain_segmenter(), kit_text._segmenter()
    differ = [p for p in kit_paragraphs() if fast.segment(p) != slow.segment(p)]
    assert differ == []


def test_random_paragraphs_split_as_pysbd_splits_them():
    slow, fast = plain_segmenter(), kit_text._segmenter()
    tried = random_paragraphs(1500)
    differ = [p for p in tried if fast.segment(p) != slow.segment(p)]
    assert differ == [], differ[:3]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("aaa. aaa. aaa.", ["aaa.", "aaa.", "aaa."]),
        ("aa aa aa", ["aa", "aa", "aa"]),  # occurrences next to each other
        ("One.\u00a0\u2003Two.\n\nThree.", ["One.", "Two.", "Three."]),  # every white space
        ("One. Two.", ["One.", "Gone.", "Two."]),  # a sentence not in the text is left out
        ("One. Two.", ["Two.", "One."]),  # out of order
        ("x", ["", "x"]),  # an empty sentence: pysbd's own way
    ],
)
def test_sentence_spans_are_pysbds(text, sentences):
    segmenter = plain_segmenter()
    segmenter.original_text = text
    expected = segmenter.sentences_with_char_spans(sentences)
    found = kit_text._sentence_spans(text, sentences)
    assert [(s.sent, s.start, s.end) for s in found] == [(s.sent, s.start, s.end) for s in expected]


def test_loading_gives_the_same_article_with_pysbd_itself(monkeypatch):
    texts = [a.raw for a in (*kitlib.load_pair(), *load_invented_pair())] + TRICKY
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fast = [article_from_text(t) for t in texts]
        monkeypatch.setattr(kit_text, "_segmenter", plain_segmenter)
        slow = [article_from_text(t) for t in texts]
    for a, b in zip(fast, slow, strict=True):
        assert (a.text, a.paragraph_spans, a.sentence_spans) == (
            b.text,
            b.paragraph_spans,
            b.sentence_spans,
        )
        assert a.log.equals(b.log) and a.artifacts.equals(b.artifacts)


def test_the_furniture_found_once_is_a_fresh_list_each_time():
    text = "Photo: Jane Doe/Example News\n\nThe council voted on Monday to close the road."
    first = cleaning._boilerplate(text)
    first.append("changed by the caller")
    assert "changed by the caller" not in cleaning._boilerplate(text)
    assert cleaning._boilerplate(text) == first[:-1]


def test_the_headline_kept_is_the_one_for_the_headline_given():
    text = "Council Votes To Close Road\n\nThe council voted on Monday to close the road."
    for _ in range(2):  # the second time from what was kept
        assert cleaning.headline_and_dek(text) == ("Council Votes To Close Road", None)
        assert cleaning.headline_and_dek(text, "Another headline") == (None, None)
        assert cleaning.headline_and_dek(text, "Another headline") == (
            cleaning.find_headline_and_dek(text, "Another headline")
        )


#: Paragraphs that look plain but hold something pysbd reads (and plain ones).
NEARLY_PLAIN = [
    "He said no. Then he left.",
    "He will ups. I am here.",  # pysbd's "u.s" is a pattern that "ups" matches
    "He will use. I am here.",
    "He met Dr phil. I left.",
    "Example Co. KG merged. Then it grew.",
    "We met DisCo. KG is big.",  # pysbd's Kommanditgesellschaft rule reads "...Co. KG"
    "He is 25. Then he left. It was 2016. The year 1990s. The end?",
    "It was 5. The end.",
    "The list had 1. Then 2. Then 3.",
    "She said -' The end.",
    "He said 'no. Never' and left.",
    "Trump's dog. It isn't his.",
    "Sen. Smith spoke. Gov. Jones answered.",
    "The vote was at 10 a.m. Then at noon.",
    "Was it? Yes. No? Maybe.",
    "Why? Because.",
    "A b. C d.",
    "Go. Go. Go.",
    "It is in the U.S. Army. The end.",
    "The fig. It is ripe.",
    "It was the fig. I ate it.",
    "He went to St. Louis. Then home.",
    "The word is yahoo. It is fine.",
    "The end of it ’s. The next.",
    "Cost: $5, or 5%. Then 10% & more/less; user_name@example #tag +1.",
    " Leading space. Here.",
    "No final mark. Here",
]


def plain_or_none(paragraph):
    from pysbd.lang.english import English

    return kit_text._plain_sentences(paragraph, English.Abbreviation.ABBREVIATIONS)


def pysbd_processor(paragraph):
    from pysbd.lang.english import English
    from pysbd.processor import Processor

    return Processor(paragraph, English).process()


@pytest.mark.parametrize("paragraph", NEARLY_PLAIN)
def test_a_plain_paragraph_is_cut_where_pysbd_cuts_it(paragraph):
    found = plain_or_none(paragraph)
    assert found is None or found == pysbd_processor(paragraph)
    assert kit_text._segmenter().segment(paragraph) == plain_segmenter().segment(paragraph)


def test_the_plain_shortcut_is_taken_and_refused():
    assert plain_or_none("He said yes. Then he left.") == ["He said yes.", "Then he left."]
    assert plain_or_none("He said no. Then he left.") is None  # pysbd knows "No." (number)
    assert plain_or_none("Trump's dog. It isn't his.") is not None
    for refused in ("Sen. Smith spoke. Gov. Jones answered.", "He will ups. I am here."):
        assert plain_or_none(refused) is None


def _plain_sentences_check():
    """benchmarks/plain_sentences_check.py, imported from its file."""
    return load_script("benchmarks/plain_sentences_check.py")


def test_made_paragraphs_the_shortcut_takes_are_cut_as_pysbd_cuts_them():
    module = _plain_sentences_check()
    known = module.kit_paragraphs()
    words = sorted({w for t in known for w in t.split()})
    taken, wrong = module.check(known + module.made_paragraphs(4000, words))
    assert wrong == 0
    assert taken > 200  # the check is only worth something if the shortcut is used


def test_words_around_a_full_stop_the_shortcut_takes_are_cut_as_pysbd_cuts_them():
    module = _plain_sentences_check()
    made = module.boundary_paragraphs()
    tried = made[::37] + [p for p in made if "Co. KG" in p]  # a sample, and pysbd's "Co. KG"
    taken, wrong = module.check(tried)
    assert wrong == 0
    assert taken > 2000  # the check is only worth something if the shortcut is used
