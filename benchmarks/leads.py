"""Who leads: is the headline found, and is paragraph 1 the story's true lead?

Scores what cleaning takes for the headline (``meta["headline"]``) and what it leaves
as paragraph 1 (``Article.paragraphs[0]``, the lead every table calls paragraph 1)
on three collections the kit's rules were not written from. Corpus text is read
from bare git mirrors at run time and never written anywhere; ``--show`` prints
file names and the first words of a mismatch for train and the saved pages only.

PolNeAR (``POLNEAR_GIT``; default the mirror beside the project), ``--split train``
to tune, ``dev`` to report; ``test`` is refused (the release check). What "true" means:

* **headline**: the ``title`` of ``data/metadata.tsv``. An archive copy writes a
  headline and its dek on two lines, the first ending in a semicolon, and the
  metadata joins them with "; ": there the true headline is the part before the
  first "; " and the true dek the rest; otherwise the whole title is the headline.
* **lead**: the first paragraph (one line of the text file) of the story proper:
  after the title's line or lines, after an ``ABSTRACT.`` … ``FULL TEXT.`` block when
  the text has one, and skipping what is not story prose: a line of at most six
  words written in capital letters or ending in a colon (a label such as
  "FACEBOOK." or "PREVIOUSLY:", a dateline standing alone), a note to the reader (a
  line starting "Editor's note", "Update", "Correction" or "Clarification" and a
  colon or dash), and a byline (at most twelve words, starting with "By " or holding
  a capitalised word of the metadata's ``author``). A dateline that opens the lead paragraph is
  part of it: the kit's paragraph 1 is right when it equals the true lead or is
  its end after at most eight words were taken off its start ("WASHINGTON (AP) —").
  A dateline opens a story: when one of the first three story lines opens with one
  ("BERLIN — ..."), that line is the lead and the lines above it are a subheading.
  Known limit: any other subheading printed as a paragraph of its own, of which the
  metadata keeps no trace, counts as the lead.

trafilatura's evaluation pages (``TRAFILATURA_GIT``; ``tests/evaldata.json`` and the
pages in ``tests/eval`` and ``tests/cache``): the pages with a non-empty ``title``
in ``evaldata.json``. The headline is right when it equals that title. The
annotators did not mark the lead, so paragraph 1 is scored as *not furniture*: it
is not the title, holds none of the page's ``without`` segments (text the
annotators marked as not part of the main text), and is not a byline (at most
twelve words holding a word of the page's ``author``). Most pages are German or
Polish: the English ones (the kit's language check) are counted separately.

The article-extraction benchmark (``AEB_GIT``; ``ground-truth.json`` and
``html/*.html.gz``): 181 English pages whose ground truth is the article's body
and no headline, so only whether a headline was found is counted; the true lead
is the first paragraph of ``articleBody``, compared as for PolNeAR.

Run ``.venv/bin/python benchmarks/leads.py`` (every collection) or name some:
``--corpus polnear-train polnear-dev trafilatura aeb``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _polnear  # noqa: E402
from _common import mirror  # noqa: E402

from kitlib.articles import article_from_html, article_from_text, decode  # noqa: E402
from kitlib.errors import ArticleError  # noqa: E402

CORPORA = ("polnear-train", "polnear-dev", "trafilatura", "aeb")

#: Words the kit may take off the start of the true lead (a dateline, a byline).
MAX_PREFIX_WORDS = 8

NOTE = re.compile(
    r"^(?:editor['’]?s['’]? note|editors['’] note|update|updated|correction|clarification)"
    r"\s*(?:\([^)]*\))?\s*[:—–-]",
    re.I,
)
#: A dateline opening a paragraph: a place in capitals, perhaps a state and a news agency
#: in brackets, and a dash ("WASHINGTON —", "NASHUA, N.H. -", "RENO, Nev. (AP) —").
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]+(?:, [A-Z][\w. ]{1,15})?(?: \([A-Z]\w+\))? ?(?:—|–|―| -) ?[A-Z\"“]"
)
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "―": "—"})


def git_bytes(repo: Path, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def normal(text: str | None) -> str:
    """Case, quotation marks, spacing and final punctuation do not count."""
    text = " ".join((text or "").translate(QUOTES).split()).casefold()
    return re.sub(r"[\s.;:,!?\"']+$", "", text).strip(" \"'")


def same_lead(kit: str, true: str) -> bool:
    """The kit's paragraph 1 is the true lead, or its end after a dateline or byline."""
    k, t = normal(kit), normal(true)
    if not k:
        return False
    return k == t or (t.endswith(k) and len(t[: len(t) - len(k)].split()) <= MAX_PREFIX_WORDS)


def author_words(author: str | list[str] | None) -> set[str]:
    """The names in an author field (one string or a list of them): its capitalised words
    of three letters or more."""
    if isinstance(author, list):  # some of trafilatura's pages list their authors
        author = " ".join(a for a in author if isinstance(a, str))
    return {w.casefold() for w in re.findall(r"\b[A-Z][^\W\d_]{2,}", author or "")} - {"by"}


def is_byline(line: str, author: str | list[str] | None) -> bool:
    words = line.split()
    if len(words) > 12:
        return False
    if line.startswith(("By ", "BY ")):
        return True
    found = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", line)}
    return bool(found & author_words(author))


def is_story(line: str, author: str | None) -> bool:
    words = line.split()
    if len(words) <= 6 and (line.upper() == line or line.endswith(":")):
        return False  # a label in capitals, a dateline standing alone, "PREVIOUSLY:"
    return not NOTE.match(line.translate(QUOTES)) and not is_byline(line, author)


@dataclass
class Score:
    """Counts for one collection."""

    name: str
    articles: int = 0
    refused: int = 0
    english: int = 0
    with_headline: int = 0
    headline_found: int = 0
    headline_right: int = 0
    lead_scored: int = 0
    lead_right: int = 0
    lead_right_english: int = 0
    datelines: int = 0
    bylines: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        def share(a, b):
            return f"{a}/{b} ({a / b:.3f})" if b else "–"

        parts = [
            f"{self.name}: {self.articles} articles",
            f"headline right {share(self.headline_right, self.with_headline)}",
            f"found {share(self.headline_found, self.articles - self.refused)}",
            f"lead right {share(self.lead_right, self.lead_scored)}",
        ]
        if self.english and self.english != self.lead_scored:
            parts.append(
                f"English pages: lead right {share(self.lead_right_english, self.english)}"
            )
        if self.refused:
            parts.append(f"refused {self.refused}")
        parts.append(f"datelines {self.datelines}, bylines {self.bylines}")
        return "; ".join(parts)


def record_meta(score: Score, article) -> None:
    score.datelines += bool(article.meta.get("dateline"))
    score.bylines += bool(article.meta.get("byline"))


# --------------------------------------------------------------------------
# PolNeAR
# --------------------------------------------------------------------------


def polnear_truth(text: str, title: str, author: str) -> dict:
    """The true headline, dek, abstract and lead of one PolNeAR text (see the docstring)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if lines and lines[0].endswith(";") and "; " in title:
        cut = len(lines[0].rstrip("; ")) if title.startswith(lines[0].rstrip("; ")) else None
        cut = cut if cut is not None else title.index("; ")
        headline, dek = title[:cut], title[cut:].lstrip("; ")
        rest = lines[2:]
    else:
        headline, dek, rest = title, None, lines[1:]
    abstract = []
    if rest and normal(rest[0]) == "abstract":
        end = next((i for i, line in enumerate(rest) if normal(line) == "full text"), None)
        if end is not None:
            abstract, rest = rest[1:end], rest[end + 1 :]
    story = [i for i, line in enumerate(rest) if is_story(line, author)]
    dated = [i for i in story[:3] if DATELINE.match(rest[i])]
    lead = rest[dated[0] if dated else story[0]] if story else None
    before = rest[: rest.index(lead)] if lead is not None else rest
    after = rest[rest.index(lead) + 1 :] if lead is not None else []
    return {
        "headline": headline,
        "dek": dek,
        "abstract": abstract,
        "lead": lead,
        "before": before,
        "after": after,
        "title_on_top": normal(lines[0]) == normal(headline) if lines else False,
    }


def what_p1_is(p1: str, truth: dict) -> str:
    """Why paragraph 1 is not the lead, in a few words."""
    p = normal(p1)
    if p == normal(truth["headline"]) or p.startswith(normal(truth["headline"])):
        return "the headline"
    if truth["dek"] and (p == normal(truth["dek"]) or p.startswith(normal(truth["dek"]))):
        return "the dek"
    if p in ("abstract", "full text") or any(p == normal(a) for a in truth["abstract"]):
        return "the abstract or its markers"
    if any(p == normal(b) or normal(b).endswith(p) for b in truth["before"]):
        return "a line above the lead (label, byline, note)"
    if any(p == normal(a) or normal(a).endswith(p) for a in truth["after"]):
        return "a later paragraph (the lead was taken out)"
    if truth["lead"] and normal(truth["lead"]).startswith(p):
        return "the start of the lead only"
    return "something else"


def run_polnear(split: str, show: int) -> Score:
    score = Score(f"PolNeAR {split}")
    meta = _polnear.metadata()
    shown = 0
    start = time.process_time()
    for name, text in _polnear.texts(split).items():
        row = meta[name.removesuffix(".txt")]
        truth = polnear_truth(text, row["title"], row["author"])
        score.articles += 1
        article = article_from_text(text)
        record_meta(score, article)
        score.with_headline += 1
        found = article.meta.get("headline")
        score.headline_found += bool(found)
        headline_ok = normal(found) == normal(truth["headline"])
        score.headline_right += headline_ok
        p1 = article.paragraphs[0] if article.paragraphs else ""
        if truth["lead"] is None:
            continue
        score.lead_scored += 1
        lead_ok = same_lead(p1, truth["lead"])
        score.lead_right += lead_ok
        if not lead_ok:
            score.errors[what_p1_is(p1, truth)] += 1
        if not headline_ok:
            score.errors["headline: " + ("not found" if not found else "another line")] += 1
        if (not lead_ok or not headline_ok) and shown < show and split == "train":
            shown += 1
            print(f"  {name}: headline {'ok' if headline_ok else repr((found or '')[:60])}")
            if not lead_ok:
                print(f"     p1 {p1[:90]!r}\n   true {truth['lead'][:90]!r}")
    score.seconds = time.process_time() - start
    return score


# --------------------------------------------------------------------------
# Saved pages
# --------------------------------------------------------------------------


def page_article(html_bytes: bytes, name: str):
    html, _ = decode(html_bytes, name)
    return article_from_html(html, name=name)


def run_trafilatura(show: int) -> Score:
    score = Score("trafilatura pages")
    repo = mirror("TRAFILATURA_GIT", "adbar+trafilatura")
    if repo is None:
        sys.exit("trafilatura's repository not found: set TRAFILATURA_GIT to a bare clone.")
    entries = json.loads(git_bytes(repo, "tests/evaldata.json"))
    start = time.process_time()
    shown = 0
    for entry in entries.values():
        title = (entry.get("title") or "").strip()
        if not title:
            continue
        for folder in ("tests/eval", "tests/cache"):
            try:
                raw = git_bytes(repo, f"{folder}/{entry['file']}")
                break
            except subprocess.CalledProcessError:
                raw = None
        if raw is None:
            continue
        score.articles += 1
        try:
            article = page_article(raw, entry["file"])
        except ArticleError:
            score.refused += 1
            continue
        record_meta(score, article)
        english = bool(article.meta.get("looks_english"))
        score.english += english
        score.with_headline += 1
        found = article.meta.get("headline")
        score.headline_found += bool(found)
        headline_ok = normal(found) == normal(title)
        score.headline_right += headline_ok
        p1 = article.paragraphs[0]
        p = normal(p1)
        problems = []
        if p == normal(title):
            problems.append("the headline")
        if any(normal(w) and normal(w) in p for w in entry.get("without", [])):
            problems.append("text marked as not the article")
        if is_byline(p1, entry.get("author")) and not p1.startswith(("By ", "BY ")):
            problems.append("a byline")
        elif p1.startswith(("By ", "BY ")) and len(p1.split()) <= 12:
            problems.append("a byline")
        score.lead_scored += 1
        score.lead_right += not problems
        score.lead_right_english += english and not problems
        for problem in problems:
            score.errors[problem] += 1
        if not headline_ok:
            score.errors["headline: " + ("not found" if not found else "another line")] += 1
        if (problems or not headline_ok) and english and shown < show:
            shown += 1
            print(f"  {entry['file']}: headline {found!r:.70} / true {title!r:.70}")
            if problems:
                print(f"     p1 ({', '.join(problems)}) {p1[:90]!r}")
    score.seconds = time.process_time() - start
    return score


def run_aeb(show: int) -> Score:
    score = Score("article-extraction-benchmark")
    repo = mirror("AEB_GIT", "scrapinghub+article-extraction-benchmark")
    if repo is None:
        sys.exit("The article-extraction benchmark not found: set AEB_GIT to a bare clone.")
    truth = json.loads(git_bytes(repo, "ground-truth.json"))
    start = time.process_time()
    shown = 0
    for key, item in sorted(truth.items()):
        body = [p.strip() for p in item["articleBody"].split("\n") if p.strip()]
        score.articles += 1
        try:
            article = page_article(gzip.decompress(git_bytes(repo, f"html/{key}.html.gz")), key)
        except ArticleError:
            score.refused += 1
            continue
        record_meta(score, article)
        score.headline_found += bool(article.meta.get("headline"))
        if not body:
            continue
        p1 = article.paragraphs[0]
        score.lead_scored += 1
        ok = same_lead(p1, body[0])
        score.lead_right += ok
        if not ok:
            p, later = normal(p1), [normal(b) for b in body[1:]]
            if normal(article.meta.get("headline")) == p:
                why = "the headline"
            elif any(p == b or b.endswith(p) for b in later):
                why = "a later paragraph (the lead was taken out)"
            elif normal(body[0]).startswith(p):
                why = "the start of the lead only"
            elif p.startswith(normal(body[0])):
                why = "the lead and more (joined by the extractor)"
            elif p not in normal(item["articleBody"]):
                why = "text that is not in the article"
            else:
                why = "something else"
            score.errors[why] += 1
            if shown < show:
                shown += 1
                print(f"  {key[:12]} ({why}): p1 {p1[:80]!r}\n     true {body[0][:80]!r}")
    score.seconds = time.process_time() - start
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--show", type=int, default=0, help="print N mismatches (train, pages)")
    parser.add_argument("--json", help="write the figures (no text) to this file")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    scores = []
    for corpus in args.corpus:
        if corpus.startswith("polnear-"):
            scores.append(run_polnear(corpus.split("-", 1)[1], args.show))
        elif corpus == "trafilatura":
            scores.append(run_trafilatura(args.show))
        else:
            scores.append(run_aeb(args.show))
        score = scores[-1]
        print(score.line())
        for why, count in score.errors.most_common():
            print(f"    {count:4d}  {why}")
        print(f"    ({score.seconds:.0f} s CPU)")
    if args.json:
        Path(args.json).write_text(
            json.dumps([{k: v for k, v in vars(s).items()} for s in scores], indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
