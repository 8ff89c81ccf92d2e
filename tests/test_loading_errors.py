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
from kitlib.articles import language, load_article, loading
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
    else:  # root (as in CI containers) can read anything: make the opening fail as it would
        real_open = loading._open_for_reading

        def refuse(opened):
            if opened == path:
                raise PermissionError(13, "Permission denied", str(opened))
            return real_open(opened)

        monkeypatch.setattr(loading, "_open_for_reading", refuse)
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


# -- any input, any size (issue 28) -------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_once_without_reading_it():
    with pytest.raises(ArticleError, match=r"/dev/zero is a device .*not a file.*ordinary files"):
        load_article("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ArticleError, match=r"pipe.txt is a pipe \(FIFO\), not a file"):
        load_article(tmp_path / "pipe.txt")


def test_a_file_over_the_size_limit_is_refused_with_what_to_do(tmp_path, monkeypatch):
    path = write(tmp_path / "archive.txt", ENGLISH * 20)
    with pytest.raises(ArticleError, match=r"larger than 1,000 bytes.*max_bytes="):
        load_article(path, max_bytes=1000)
    monkeypatch.setattr(loading, "MAX_BYTES", 1000)  # the session-wide setting
    with pytest.raises(ArticleError, match=r"archive.txt is larger than 1,000 bytes"):
        load_article(path)
    assert "Mike Pence" in load_article(path, max_bytes=len(ENGLISH) * 20).text


def test_a_2_gb_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "server.log"
    with open(path, "wb") as file:
        file.truncate(2_000_000_000)  # sparse: no disk space used
    monkeypatch.setattr(loading, "READ_CHUNK_BYTES", 1)  # reading would take forever
    with pytest.raises(ArticleError, match=r"server.log is larger than 20 MB"):
        load_article(path)


def test_reading_stops_at_the_limit_even_when_the_size_is_not_known(tmp_path, monkeypatch):
    """Files under /proc say they are empty: the limit holds while reading, chunk by chunk."""
    monkeypatch.setattr(loading, "READ_CHUNK_BYTES", 64)
    path = write(tmp_path / "big.txt", "x" * 10_000)
    with pytest.raises(ArticleError, match="larger than 1,000 bytes"):
        loading.read_limited(path, max_bytes=1000)
    assert len(loading.read_limited(path, max_bytes=10_000)) == 10_000


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_loop_of_links_and_a_link_to_nothing_are_named(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(ArticleError, match=r"loop.txt is a link that leads back to itself"):
        load_article(tmp_path / "loop.txt")
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ArticleError, match=r"moved.txt is a link to .*gone.txt, which does not"):
        load_article(tmp_path / "moved.txt")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_without_a_byte_order_mark_is_recognised_and_named(tmp_path, encoding):
    path = write(tmp_path / "export.txt", CURLY.encode(encoding))
    with pytest.warns(EncodingGuessWarning, match=rf"read it as {encoding} \(UTF-\d\d, \w+-endian"):
        article = load_article(path)
    assert "“a naïve idea,”" in article.text
    assert article.meta["encoding"] == encoding


def test_a_latin1_english_file_is_read_as_a_western_encoding_and_says_so(tmp_path):
    """A detector alone read this as cp775 (Baltic): 'The cafķ owner said the na’ve plan'."""
    text = "The café owner said the naïve plan would fail, and the mayor agreed. " * 3
    path = write(tmp_path / "latin1.txt", text.encode("latin-1"))
    with pytest.warns(EncodingGuessWarning, match=r"read it as cp1252 \(Windows Western European"):
        article = load_article(path)
    assert "café owner said the naïve plan" in article.text


def test_a_cyrillic_file_keeps_its_detected_encoding(tmp_path):
    path = write(tmp_path / "ru.txt", (SAMPLES["ru"] * 3).encode("cp1251"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonEnglishWarning)
        with pytest.warns(EncodingGuessWarning, match="read it as cp1251"):
            article = load_article(path)
    assert "Соединенные Штаты" in article.text


BODY = "".join(f"<p>{ENGLISH} Paragraph {i}.</p>" for i in range(5))


def page(inner: str) -> str:
    return f"<html><head><title>Pence on Syria</title></head><body>{inner}</body></html>"


def test_a_page_nested_deeper_than_the_parser_s_default_still_gives_its_text(tmp_path):
    deep = page("<div>" * 300 + f"<article>{BODY}</article>" + "</div>" * 300)
    article = load_article(write(tmp_path / "deep.html", deep))
    assert "Mike Pence" in article.text and "Paragraph 4" in article.text


def test_a_page_with_a_huge_attribute_still_gives_its_text(tmp_path):
    image = f'<img src="data:image/png;base64,{"A" * 11_000_000}">'  # the parser stops at 10 MB
    article = load_article(write(tmp_path / "inline.html", page(image + BODY)))
    assert "Mike Pence" in article.text


def test_a_page_too_deep_for_any_parser_is_named_with_the_limit(tmp_path):
    deep = page("<div>" * (loading.DEEPEST_PAGE + 50) + BODY + "</div>" * 2100)
    with pytest.raises(ArticleError, match=r"nested more than 2,048 elements deep.*copy"):
        load_article(write(tmp_path / "deep.html", deep))


@pytest.mark.parametrize("name", ["missing.docx", "their article.pdf", "notes.abc", "x.TXT"])
def test_a_path_with_any_file_ending_that_names_no_file_is_missing_not_text(name):
    assert articles.looks_like_path(name)
    with pytest.raises(ArticleError, match=rf"There is no file at {name}"):
        articles.as_article(name)


@pytest.mark.parametrize("text", ["U.S.", "3.5", "He said no.", "Visit cnn.com today"])
def test_a_sentence_ending_with_a_dot_is_still_text(text):
    assert not articles.looks_like_path(text)


def test_compare_says_the_files_are_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError, match=r"There is no file at missing.docx"):
        kitlib.compare("missing.docx", "their_article.pdf")
