"""Every way a student's file can go wrong gets a message that says what to do.

One test per message of issue 8: missing file, folder, binary file,
non-UTF-8 bytes, a web page with no article, a text under 50 words and a
text that is not English. Plus: loading never writes next to the input.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

import kitlib
from kitlib import articles
from kitlib.articles import language, load_article
from kitlib.errors import (
    ArticleError,
    EncodingGuessWarning,
    KitError,
    NonEnglishWarning,
    ShortTextWarning,
)

ENGLISH = (
    "Republican vice presidential nominee Mike Pence said on Tuesday that the "
    "United States should be prepared to strike military targets of the Assad "
    "regime. His rival said the position was different from that of his running "
    "mate, who has spoken well of the Russian president. "
)
SAMPLES = {
    "fr": "Le candidat à la vice-présidence a déclaré mardi soir que les États-Unis "
    "devraient être prêts à frapper les cibles militaires du régime syrien. Son "
    "adversaire a répondu que cette position était différente de celle de son colistier.",
    "de": "Der Kandidat für das Amt des Vizepräsidenten sagte am Dienstagabend, die "
    "Vereinigten Staaten sollten bereit sein, militärische Ziele des syrischen Regimes "
    "anzugreifen. Sein Gegner antwortete, diese Position unterscheide sich von der seines "
    "Mitstreiters.",
    "es": "El candidato a vicepresidente dijo el martes por la noche que Estados Unidos "
    "debería estar preparado para atacar objetivos militares del régimen sirio. Su rival "
    "respondió que esa posición era diferente de la de su compañero de fórmula.",
    "it": "Il candidato alla vicepresidenza ha detto martedì sera che gli Stati Uniti "
    "dovrebbero essere pronti a colpire obiettivi militari del regime siriano. Il suo "
    "avversario ha risposto che questa posizione era diversa da quella del suo compagno.",
    "nl": "De kandidaat voor het vicepresidentschap zei dinsdagavond dat de Verenigde "
    "Staten bereid moeten zijn om militaire doelen van het Syrische regime aan te vallen. "
    "Zijn tegenstander antwoordde dat dit standpunt anders was dan dat van zijn partner.",
    "pt": "O candidato a vice-presidente disse na terça-feira à noite que os Estados "
    "Unidos deveriam estar preparados para atacar alvos militares do regime sírio. O seu "
    "adversário respondeu que essa posição era diferente da do seu companheiro de chapa.",
    "zh": "副总统候选人周二晚上表示，美国应该准备好打击叙利亚政权的军事目标。"
    "他的对手回应说，这一立场与他的竞选伙伴不同。",
    "ru": "Кандидат в вице-президенты заявил во вторник вечером, что Соединенные Штаты "
    "должны быть готовы нанести удар по военным целям сирийского режима.",
    "ar": "قال المرشح لمنصب نائب الرئيس مساء الثلاثاء إن الولايات المتحدة يجب أن تكون "
    "مستعدة لضرب أهداف عسكرية للنظام السوري.",
}


def write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


# -- missing file, folder, pasted text ------------------------------------------


def test_missing_file_names_the_path_and_the_folder_searched(tmp_path):
    with pytest.raises(ArticleError, match="There is no file at .*nope.txt.*Check the spelling"):
        load_article(tmp_path / "nope.txt")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(ArticleError, match="is a folder, not a file.*inside it"):
        load_article(tmp_path)


def test_text_pasted_where_a_file_name_belongs():
    with pytest.raises(ArticleError, match=r"not the name of a file.*article_from_text"):
        load_article(ENGLISH * 3)


@pytest.mark.parametrize("path", [42, None, "", "   "])
def test_not_a_path_at_all(path):
    with pytest.raises(ArticleError, match=r"needs the name of a file, in quotes"):
        load_article(path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", ENGLISH * 3)
    if os.name == "posix" and os.geteuid() != 0:
        path.chmod(0)
    else:  # root (as in CI containers) can read anything: make the read fail as it would
        real_read_bytes = Path.read_bytes

        def refuse(self):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_read_bytes(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    try:
        with pytest.raises(ArticleError, match="could not be read.*copy it"):
            load_article(path)
    finally:
        path.chmod(0o600)


# -- binary files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("story.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "a PDF"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml", "Word"),
        ("story.txt", b"{\\rtf1\\ansi This is {\\b rich} text.\\par}", "Rich Text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("data.bin", bytes(range(256)) * 4, "not text"),
    ],
)
def test_binary_file_says_what_it_looks_like_and_what_to_save(tmp_path, name, data, kind):
    with pytest.raises(ArticleError, match=rf"not a text file: it looks like .*{kind}.*plain text"):
        load_article(write(tmp_path / name, data))


# -- encodings --------------------------------------------------------------------

CURLY = "The senator’s café plan – “a naïve idea,” critics said – was rejected. " * 8


def test_windows_1252_is_read_correctly_with_a_warning_naming_the_encoding(tmp_path):
    path = write(tmp_path / "win.txt", CURLY.encode("cp1252"))
    with pytest.warns(EncodingGuessWarning, match=r"not UTF-8; the kit read it as cp1252"):
        article = load_article(path)
    assert "“a naïve idea,”" in article.text
    assert article.meta["encoding"] == "cp1252"


def test_given_encoding_is_used_without_guessing(tmp_path):
    path = write(tmp_path / "mac.txt", CURLY.encode("mac_roman"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", EncodingGuessWarning)
        article = load_article(path, encoding="mac_roman")
    assert "“a naïve idea,”" in article.text
    assert article.meta["encoding"] == "mac_roman"


def test_wrong_given_encoding_suggests_others(tmp_path):
    path = write(tmp_path / "win.txt", CURLY.encode("cp1252"))
    with pytest.raises(ArticleError, match=r"not in utf-8 .*Leave out encoding=.*cp1252"):
        load_article(path, encoding="utf-8")


def test_unknown_encoding_name(tmp_path):
    path = write(tmp_path / "a.txt", CURLY)
    with pytest.raises(ArticleError, match=r"does not know an encoding called 'klingon'"):
        load_article(path, encoding="klingon")


def test_utf16_with_byte_order_mark_is_text_not_binary(tmp_path):
    path = write(tmp_path / "notepad.txt", CURLY.encode("utf-16"))
    article = load_article(path)
    assert "“a naïve idea,”" in article.text
    assert article.meta["encoding"] == "utf-16"


def test_utf8_with_byte_order_mark_counts_as_utf8(tmp_path):
    article = load_article(write(tmp_path / "bom.txt", CURLY.encode("utf-8-sig")))
    assert "encoding" not in article.meta
    assert not article.text.startswith("\ufeff")


def test_utf8_with_a_few_damaged_bytes_keeps_the_good_letters(tmp_path):
    data = CURLY.encode("utf-8") + b"\xff broken byte. " + CURLY.encode("utf-8")
    with pytest.warns(EncodingGuessWarning, match="damaged"):
        article = load_article(write(tmp_path / "damaged.txt", data))
    assert "“a naïve idea,”" in article.text and "\ufffd" in article.text


def test_undetectable_encoding_says_which_encoding_to_try(tmp_path, monkeypatch):
    class NoGuess:
        def best(self):
            return None

    import charset_normalizer

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda raw: NoGuess())
    path = write(tmp_path / "odd.txt", b"caf\xe9 \x81\x8d " * 40)
    with pytest.raises(ArticleError, match=r"could not be detected\. Try .*encoding=\"cp1252\""):
        load_article(path)


# -- web pages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>News</title></head><body></body></html>",
        "<!DOCTYPE html><html><head><script>var app = 1;</script></head><body>"
        '<div id="root"></div><noscript>Please enable JavaScript.</noscript></body></html>',
        "<html><body><nav>Home | World | Politics</nav></body></html>",
    ],
)
def test_web_page_without_article_text(tmp_path, page):
    with pytest.raises(ArticleError, match=r"No article text was found in page.html.*Save Page As"):
        load_article(write(tmp_path / "page.html", page))


def test_web_page_with_an_article_is_loaded(tmp_path):
    body = "".join(f"<p>{ENGLISH}</p>" for _ in range(5))
    page = (
        "<html><head><title>Pence on Syria</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Pence on Syria</h1>{body}</article></body></html>"
    )
    article = load_article(write(tmp_path / "page.html", page), outlet="Test Outlet")
    assert "Mike Pence" in article.text and "Home | World" not in article.text
    assert article.meta["outlet"] == "Test Outlet"


# -- empty, short and non-English texts ----------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "... — !!", "\u200b\u200b"])
def test_text_without_words(text):
    with pytest.raises(ArticleError, match="no words in it"):
        kitlib.article_from_text(text)


def test_not_a_string():
    with pytest.raises(ArticleError, match="must be a string"):
        kitlib.article_from_text(["a", "list"])


def test_short_text_warns_but_still_runs():
    with pytest.warns(ShortTextWarning, match=r"only 7 words; .* mean little below 50 words"):
        article = kitlib.article_from_text("Pence said Russia was a small problem.")
    assert article.meta["short_text"] is True
    assert len(article.sentences) == 1


def test_short_text_warning_counts_one_word_in_the_singular():
    with pytest.warns(ShortTextWarning, match="only 1 word;"):
        kitlib.article_from_text("Russia")


def test_long_english_text_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = kitlib.article_from_text(ENGLISH * 3)
    assert article.meta["short_text"] is False
    assert article.meta["looks_english"] is True
    assert article.meta["language_warning"] is None


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_non_english_text_is_detected_and_flagged(code):
    with pytest.warns(NonEnglishWarning, match="does not look like English.*readability"):
        article = kitlib.article_from_text(SAMPLES[code] * 3)
    assert article.meta["looks_english"] is False
    assert article.meta["english_share"] < language.ENGLISH_SHARE_THRESHOLD
    assert "English" in article.meta["language_warning"]


def test_the_bundled_articles_are_english_with_a_wide_margin():
    nbc, cnn = kitlib.load_pair()
    for article in (nbc, cnn):
        assert article.meta["looks_english"] is True
        assert article.meta["english_share"] > 2 * language.ENGLISH_SHARE_THRESHOLD


def test_threshold_separates_the_samples():
    """The documented calibration: English well above, the other languages well below."""
    nbc, cnn = kitlib.load_pair()
    english = [language.english_share(t) for t in (ENGLISH, nbc.text, cnn.text)]
    others = [language.english_share(t) for t in SAMPLES.values()]
    assert min(english) > language.ENGLISH_SHARE_THRESHOLD + 0.1
    assert max(others) < language.ENGLISH_SHARE_THRESHOLD - 0.1


def test_too_few_words_to_judge_the_language():
    assert language.english_share("Moscou, Damas.") is None
    assert language.looks_english("Moscou, Damas.")


def test_all_capitals_text_is_still_judged():
    assert language.looks_english(ENGLISH.upper())
    assert not language.looks_english(SAMPLES["fr"].upper())


# -- nothing is written -------------------------------------------------------------


def snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(folder.rglob("*"))
    }


def test_loading_writes_nothing_next_to_the_input(tmp_path):
    write(tmp_path / "story.txt", ENGLISH * 3)
    page = f"<html><body><article><p>{ENGLISH * 3}</p></article></body></html>"
    write(tmp_path / "page.html", page)
    write(tmp_path / "win.txt", CURLY.encode("cp1252"))
    before = snapshot(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in ("story.txt", "page.html", "win.txt"):
            load_article(tmp_path / name)
    assert snapshot(tmp_path) == before


def test_loading_the_pair_writes_nothing_in_the_data_folder():
    before = snapshot(kitlib.DATA)
    articles.loading._metadata.cache_clear()
    kitlib.load_pair()
    assert snapshot(kitlib.DATA) == before


def test_every_loader_error_is_a_kit_error_and_a_value_error():
    assert issubclass(ArticleError, KitError) and issubclass(ArticleError, ValueError)


def test_comparing_and_batch_runs_write_nothing(tmp_path, monkeypatch):
    """compare() and analyze_many() leave the user's folder and the kit's data alone."""
    first = write(tmp_path / "first.txt", "\n\n".join([ENGLISH] * 3))
    second = write(tmp_path / "second.txt", "\n\n".join([ENGLISH.replace("Pence", "Kaine")] * 3))
    monkeypatch.chdir(tmp_path)
    before, data_before = snapshot(tmp_path), snapshot(kitlib.DATA)
    one, two = load_article(first), load_article(second)
    kitlib.compare(one, two).to_markdown()
    kitlib.analyze_many([first, second])
    assert snapshot(tmp_path) == before
    assert snapshot(kitlib.DATA) == data_before


def test_the_examples_in_the_docstrings_run():
    """The Examples of kitlib.articles.language and of load_article work as shown."""
    import doctest

    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner()
    tests = finder.find(language) + finder.find(articles.load_article, globs=vars(articles))
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted >= 6
