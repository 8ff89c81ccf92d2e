"""Long articles: is the cost proportional to the length, whatever the layout?

Two kinds of long text, each at a base length and at 16 times that length:

* ``transcript``: one paragraph with no blank line (a debate transcript pasted
  whole), made of the synthetic articles' paragraphs (``synth.py``) joined by
  spaces; 3,125 and 50,000 words;
* ``quotations``: invented short quotations with their speakers (``"We will
  not wait," Quill said.``), 1,500 and 24,000 words, once in paragraphs of
  three sentences and once as one paragraph.

For each, every stage is timed in CPU seconds (the machine may be busy; the
best of :data:`REPEAT` runs): cleaning, loading (cleaning, paragraphs,
sentences, artifacts), each analysis, and ``analyze_many`` on the article.
Printed: seconds at each length and the ratio of seconds per word at 16x to
seconds per word at 1x. Linear cost gives about 1; the target is at most 2.
The last line says whether the 50,000-word transcript loads and is fully
analysed in under :data:`TARGET_SECONDS` seconds.

Run:  .venv/bin/python benchmarks/long_article.py [--quick]
"""

from __future__ import annotations

import random
import re
import sys
import time
import warnings

from _common import machine

#: The longer text is this many times the shorter.
FACTOR = 16

#: Each stage runs this many times; the fastest counts.
REPEAT = 2

#: The 50,000-word transcript must load and be analysed in this many seconds.
TARGET_SECONDS = 5.0

#: The ratio of seconds per word (16x / 1x) above which a stage is not linear.
TARGET_RATIO = 2.0

SPEAKERS = ("Quill", "Reyes", "Senator Ada Quill", "Mayor Tom Reyes", "the spokesman", "she")
SAID = ("said", "told reporters", "added", "warned", "insisted")
QUOTED = (
    "We will not wait another winter",
    "The bridge is safe for now",
    "Nobody asked the families who live there",
    "This is about money, not safety",
    "I have read the report twice",
    "They should have acted in March",
)


def transcript(words: int, seed: int = 1) -> str:
    """One paragraph of about ``words`` words."""
    from synth import synthetic_texts

    pool = [t.replace("\n\n", " ") for t in synthetic_texts(max(4, words // 700), seed=seed)]
    found = " ".join(pool).split(" ")
    while len(found) < words:
        found += found
    return " ".join(found[:words])


def quotations(words: int, one_paragraph: bool, seed: int = 2) -> str:
    """Short quotations with speakers, about ``words`` words."""
    rng = random.Random(seed)
    sentences, count = [], 0
    while count < words:
        quote, who, verb = rng.choice(QUOTED), rng.choice(SPEAKERS), rng.choice(SAID)
        if rng.random() < 0.5:
            sentence = f"\u201c{quote},\u201d {who} {verb}."
        else:
            who = who[0].upper() + who[1:]
            sentence = f"{who} {verb}: \u201c{quote}.\u201d"
        sentences.append(sentence)
        count += len(sentence.split())
    if one_paragraph:
        return " ".join(sentences)
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def stages():
    """(name, function of the text and its Article) for every stage timed."""
    import kitlib
    from kitlib import actors, frames, quotes, readability, words
    from kitlib.articles import cleaning

    other = kitlib.load_pair()[0]
    return [
        ("clean", lambda text, a: cleaning.clean(text)),
        ("load", lambda text, a: kitlib.article_from_text(text)),
        ("readability", lambda text, a: readability.readability(a)),
        ("actors", lambda text, a: actors.find_mentions(a)),
        ("names", lambda text, a: actors.names_in_text(a)),
        ("quotes", lambda text, a: quotes.find_quotes(a)),
        ("frames", lambda text, a: frames.frame_evidence(a)),
        ("loaded words", lambda text, a: words.loaded_words(a)),
        ("speech verbs", lambda text, a: words.speech_verbs(a)),
        ("tone", lambda text, a: words.tone(a)),
        ("distinctive", lambda text, a: words.distinctive_words(a, other)),
        ("kwic", lambda text, a: words.kwic(a, "said")),
        ("analyze_many", lambda text, a: kitlib.analyze_many([a], progress=False)),
    ]


def cpu_seconds(function, *args) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        start = time.process_time()
        function(*args)
        best = min(best, time.process_time() - start)
    return best


def measure(text: str, stage_list) -> dict[str, float]:
    import kitlib

    article = kitlib.article_from_text(text)
    return {name: cpu_seconds(function, text, article) for name, function in stage_list}


def main(quick: bool = False) -> int:
    warnings.simplefilter("ignore")
    import kitlib

    print(f"machine: {machine()}")
    kitlib.analyze_many([transcript(600)], progress=False)  # warm up: word lists, patterns
    stage_list = stages()
    base = {"transcript": 3125, "quotations in paragraphs": 1500, "quotations, one paragraph": 1500}
    makers = {
        "transcript": transcript,
        "quotations in paragraphs": lambda n: quotations(n, one_paragraph=False),
        "quotations, one paragraph": lambda n: quotations(n, one_paragraph=True),
    }
    worst, long_total = 0.0, None
    for kind, words in base.items():
        if quick and kind != "transcript":
            continue
        small, large = makers[kind](words), makers[kind](words * FACTOR)
        n_small, n_large = (len(re.findall(r"\w+", t)) for t in (small, large))
        a, b = measure(small, stage_list), measure(large, stage_list)
        print(f"\n{kind}: {n_small:,} and {n_large:,} words (x{n_large / n_small:.1f})")
        print(f"{'stage':>14} {'s at 1x':>9} {'s at 16x':>9} {'s/word ratio':>13}")
        for name in a:
            ratio = (b[name] / n_large) / max(a[name] / n_small, 1e-9)
            if a[name] >= 0.002:  # below 2 ms at 1x the ratio is timer noise
                worst = max(worst, ratio)
            flag = "" if ratio <= TARGET_RATIO or a[name] < 0.002 else "  NOT LINEAR"
            print(f"{name:>14} {a[name]:9.3f} {b[name]:9.3f} {ratio:13.2f}{flag}")
        if kind == "transcript":
            long_total = b["load"] + b["analyze_many"]
    print(
        f"\nworst ratio of seconds per word, 16x vs 1x: {worst:.2f} "
        f"({'within' if worst <= TARGET_RATIO else 'ABOVE'} the target {TARGET_RATIO})"
    )
    print(
        f"50,000-word transcript, loaded and fully analysed (analyze_many): {long_total:.1f} s "
        f"CPU ({'meets' if long_total < TARGET_SECONDS else 'MISSES'} the "
        f"{TARGET_SECONDS:.0f} s target)"
    )
    return 0 if worst <= TARGET_RATIO and long_total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main("--quick" in sys.argv))
