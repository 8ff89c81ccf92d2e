"""The whole comparison over pairs of real news articles, with sanity figures.

Runs ``kitlib.compare`` on pairs of PolNeAR's development articles (US election
news, 2016: 84 articles, 42 pairs; article i is paired with article i + 42 in
name order, so most pairs are from different outlets) and prints figures that
should stay low on professionally edited news. A regression in any analysis
shows up here at once:

* coreference flags per article (clean news has no resolver damage);
* speakers that are not people: quotations whose speaker is a capitalised
  name whose last word Stanford CoreNLP (PolNeAR's silver annotation) never
  tags as a person in that article ("Republicans", "Oversight Chairman"; CoreNLP
  also misses a few real people, so this is an upper bound);
* distinctive words credited to an article that uses them less often, or never
  (both in the report's table and in ``words.distinctive_words`` either way round);
* frame differences the summary states although the machine coder is not
  confident for one of the articles (it must say "unsure" instead);
* articles with no text left after cleaning, and analyses that failed.

Run:  .venv/bin/python benchmarks/real_articles.py [--split dev] [--pairs N]
"""

from __future__ import annotations

import re
import subprocess
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter

from _polnear import _git, repository, split_parser, texts

#: Words that are not a surname when they end a speaker's name.
NOT_SURNAMES = {"jr", "sr", "ii", "iii"}


def corenlp_surnames(split: str, name: str) -> set[str] | None:
    """Last words (lower-case) of every PERSON CoreNLP tagged in an article, or None."""
    try:
        xml = _git(repository(), "show", f"HEAD:data/{split}/corenlp/{name}.xml")
    except subprocess.CalledProcessError:
        return None
    found = set()
    for sentence in ET.fromstring(xml).iter("sentence"):
        for token in sentence.iter("token"):
            if token.findtext("NER") == "PERSON":
                found.add(token.findtext("word").lower().strip(".’'"))
    return found


def surname(speaker: str) -> str | None:
    words = [w for w in re.findall(r"[A-Z][\w’'.-]*", speaker)]
    words = [w for w in words if w.lower().strip(".") not in NOT_SURNAMES]
    return re.sub(r"['’]s?$", "", words[-1]).lower().strip(".") if words else None


def main() -> None:
    parser = split_parser(__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=0, help="only the first N pairs")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    from kitlib import quotes, words
    from kitlib.articles import article_from_text
    from kitlib.errors import ArticleError
    from kitlib.frames import CONFIDENT
    from kitlib.report.comparison import compare

    corpus = texts(args.split)
    names = sorted(corpus)
    half = len(names) // 2
    pairs = list(zip(names[:half], names[half:], strict=False))
    if args.pairs:
        pairs = pairs[: args.pairs]

    figures: Counter = Counter()
    for key in (
        "empty articles",
        "distinctive words with a lower rate",
        "frame differences stated",
        "... of them where the coder is unsure",
    ):
        figures[key] = 0  # printed even when nothing is found
    seconds = 0.0
    for first, second in pairs:
        loaded = []
        for name in (first, second):
            try:
                loaded.append((name, article_from_text(corpus[name], outlet=name.split("_")[0])))
            except ArticleError:
                figures["empty articles"] += 1
        if len(loaded) < 2:
            continue
        (name_a, a), (name_b, b) = loaded
        if a.meta["outlet"] == b.meta["outlet"]:
            b.meta["outlet"] += " (2)"
        figures["pairs"] += 1
        start = time.process_time()
        result = compare(a, b)
        seconds += time.process_time() - start
        figures["sections that could not run"] += sum(not s.available for s in result.sections)
        for name, article in ((name_a, a), (name_b, b)):
            figures["articles"] += 1
            kinds = article.artifacts["kind"]
            figures["coreference flags"] += int((kinds == "coreference_substitution").sum())
            figures["unbalanced quotation marks"] += int((kinds == "unbalanced_quote_marks").sum())
            people = corenlp_surnames(args.split, name)
            found = quotes.find_quotes(article)
            spoken = found[found["speaker"].notna() & (found["kind"] != "title/scare")]
            figures["quotations with a speaker"] += len(spoken)
            if people is not None:
                for speaker in spoken["speaker"]:
                    if not str(speaker)[:1].isupper():
                        continue  # a description ("one Democratic source"), not a name
                    key = surname(str(speaker))
                    if key and key not in people:
                        figures["speakers that are not people"] += 1
        table = result.table("words")
        rows = table[table["z"].notna()]
        figures["distinctive words listed"] += len(rows)
        figures["distinctive words with zero count"] += int((rows["uses here"] == 0).sum())
        for first_article, second_article in ((a, b), (b, a)):
            own = words.distinctive_words(first_article, second_article)
            own = own[own["favours"] == own.attrs["articles"][0]]
            figures["distinctive words with a lower rate"] += int(
                (own["per_1000_a"] <= own["per_1000_b"]).sum()
            )
        coded = result.section("frames").tables["frames"]
        summary = result.summary[result.summary["section"] == "frames"]
        for row, frame in zip(summary.itertuples(), dict.fromkeys(coded["frame"]), strict=True):
            if str(row.difference).startswith("the coder finds it"):
                figures["frame differences stated"] += 1
                lowest = coded.loc[coded["frame"] == frame, "confidence"].min()
                figures["... of them where the coder is unsure"] += int(lowest < CONFIDENT)
        words_row = result.summary[result.summary["section"] == "words"].iloc[0]
        for name in (a.name, b.name):
            value = str(words_row[name])
            figures["articles where no word stands out or too short"] += value in (
                "no word stands out",
                "too short to say",
            )

    articles = max(figures["articles"], 1)
    print(f"PolNeAR {args.split}: {figures['pairs']} pairs compared")
    for key, value in figures.items():
        if key != "pairs":
            print(f"  {key:50} {value}")
    per_article = figures["coreference flags"] / articles
    print(f"  {'coreference flags per article':50} {per_article:.3f}")
    spoken = max(figures["quotations with a speaker"], 1)
    print(
        "  speakers that are not people, share of quotations with a speaker "
        f"{figures['speakers that are not people'] / spoken:.1%}"
    )
    per_pair = seconds / max(figures["pairs"], 1)
    print(f"  {'seconds of CPU per pair (compare only)':50} {per_pair:.2f}")


if __name__ == "__main__":
    main()
