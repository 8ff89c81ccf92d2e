"""The command line: python -m kitlib compare A B --html report.html."""

import subprocess
import sys

import pytest

from kitlib.cli import main

FRENCH = (
    "Le candidat républicain à la vice-présidence a pris ses distances avec son colistier "
    "sur la Syrie mardi soir, lors du seul débat entre les colistiers. Il a critiqué la "
    "Russie pour sa campagne militaire qui tue des milliers de civils, et il a demandé aux "
    "États-Unis de se préparer à frapper des cibles militaires du régime syrien.\n"
)


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_writes_the_html_report(tmp_path, capsys):
    target = tmp_path / "report.html"
    status, out, err = run(["compare", "nbc", "cnn", "--html", str(target)], capsys)
    assert status == 0
    page = target.read_text(encoding="utf-8")
    assert "<h2>Headline facts</h2>" in page and "NBC News" in page
    assert out == ""  # progress goes to stderr
    assert "loading nbc" in err and "analysing: readability" in err and f"wrote {target}" in err


def test_prints_the_summary_without_html(capsys):
    status, out, err = run(["compare", "courier", "evening_post", "--quiet"], capsys)
    assert status == 0
    assert out.startswith("| section | measure | Brindlemoor Courier | Valley Evening Post |")
    assert err == ""


def test_markdown_and_options_for_text_files(tmp_path, capsys):
    from kitlib.articles import load_invented_pair

    courier, post = load_invented_pair()
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(courier.text, encoding="utf-8")
    second.write_text(post.text, encoding="utf-8")
    memo = tmp_path / "memo.md"
    argv = ["compare", str(first), str(second), "--markdown", str(memo), "--quiet",
            "--outlet", "Daily A", "--outlet", "Daily B", "--title", "Library to close",
            "--report-title", "Class 3 report"]  # fmt: skip
    status, _, _ = run(argv, capsys)
    assert status == 0
    text = memo.read_text(encoding="utf-8")
    assert text.startswith("# Class 3 report")
    assert "| section | measure | Daily A | Daily B | difference |" in text
    assert "**Daily A**: Library to close" in text


def test_file_name_labels_a_file_without_outlet(tmp_path, capsys):
    from kitlib.articles import load_invented_pair

    path = tmp_path / "my_story.txt"
    path.write_text(load_invented_pair()[0].text, encoding="utf-8")
    status, out, _ = run(["compare", str(path), "nbc", "--quiet"], capsys)
    assert status == 0 and "| my_story | NBC News |" in out


def test_missing_file(capsys):
    status, out, err = run(["compare", "nbc", "no/such/file.txt"], capsys)
    assert status == 1 and out == ""
    assert "error: no/such/file.txt: There is no file" in err
    assert "Traceback" not in err


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    status, _, err = run(["compare", "nbc", str(path)], capsys)
    assert status == 1 and "no words" in err


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00" * 50)
    status, _, err = run(["compare", str(path), "cnn"], capsys)
    assert status == 1 and "not a text file" in err


def test_non_english_text(tmp_path, capsys):
    path = tmp_path / "article_fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    status, _, err = run(["compare", "nbc", str(path)], capsys)
    assert status == 1
    assert "does not look like English" in err
    assert err.count("does not look like English") == 1  # said once, as the error


def test_a_folder_is_not_an_article(tmp_path, capsys):
    status, _, err = run(["compare", "nbc", str(tmp_path)], capsys)
    assert status == 1 and "is a folder" in err


def test_usage_mistakes(capsys):
    assert run(["compare", "nbc"], capsys)[0] == 2
    status, _, err = run(["compare", "nbc", "cnn", "--outlet", "A", "--outlet", "B",
                          "--outlet", "C"], capsys)  # fmt: skip
    assert status == 2 and "at most one per article" in err
    assert run([], capsys)[0] == 2
    with pytest.raises(SystemExit) as stop:
        main(["compare"])
    assert stop.value.code == 2


def test_python_dash_m_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kitlib", "compare", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0
    assert "--html" in done.stdout and "--outlet" in done.stdout


def test_a_saved_web_page(tmp_path, capsys):
    from kitlib.articles import load_invented_pair

    courier, _ = load_invented_pair()
    paragraphs = "".join(f"<p>{p}</p>" for p in courier.paragraphs)
    page = tmp_path / "courier.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Library to close</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Library to close</h1>{paragraphs}</article><footer>© Courier</footer></body></html>",
        encoding="utf-8",
    )
    memo = tmp_path / "memo.md"
    argv = ["compare", str(page), "evening_post", "--outlet", "Courier web", "--quiet",
            "--markdown", str(memo)]  # fmt: skip
    status, _, err = run(argv, capsys)
    assert status == 0, err
    text = memo.read_text(encoding="utf-8")
    assert "| section | measure | Courier web | Valley Evening Post | difference |" in text
    assert "Home" not in text.split("## Headline facts")[1].split("## Readability")[0]


def test_a_relative_report_path_is_the_working_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, _, err = run(["compare", "courier", "evening_post", "--html", "ours.html"], capsys)
    assert status == 0 and (tmp_path / "ours.html").exists()
    assert f"wrote {tmp_path / 'ours.html'}" in err  # the full path, so it can be found
