"""Any input, any size: is every analysis linear in the length of its input, whatever the shape?

Each *shape* of text is made at a base length and at 4 and 16 times that
length (words counted by the kit's rule), and every *stage* (loading, each
analysis, the comparison and its reports) is timed on it:

* ``one sentence``: one long sentence of ordinary lower-case words, no
  punctuation until the final full stop (words drawn at random, as often as
  they occur, from the synthetic articles; fixed seed);
* ``repetitive``: ``"the people said no to the plan and "`` said over and over;
* ``many paragraphs``: one short sentence per paragraph, blank lines between;
* ``one paragraph``: the synthetic articles' paragraphs joined by spaces (many
  sentences in one paragraph: a transcript pasted whole);
* ``names``: short sentences crowded with capitalised names, titles and
  pronouns, one paragraph (what the people and speaker finders read);
* ``furniture``: a story pasted as one line, with a photo credit and a
  "subscribe" line between its sentences (what cleaning reads sentence by
  sentence in a long line).

Each stage is timed in CPU seconds of this process (``time.process_time``)
and in wall-clock seconds, the fastest of :data:`REPEAT` runs after a garbage
collection; the machine may be shared, so CPU time is the figure to trust.
Printed per shape: seconds at each length and the ratio of seconds per word at
16x to seconds per word at 1x. Linear cost gives about 1; the target is at
most :data:`TARGET_RATIO`. A stage that takes more than :data:`GIVE_UP_SECONDS`
at one length is not run at the next (printed as ``skipped``): a cost that
grows with the square of the length would take hours.

Run:  .venv/bin/python benchmarks/input_scaling.py [--base WORDS] [--shape NAME ...]
      [--stage NAME ...] [--factors 1,4,16]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
import warnings

from _common import machine

#: The ratio of seconds per word (16x / 1x) above which a stage is not linear.
TARGET_RATIO = 2.0

#: Below this many CPU seconds at 1x, a ratio is mostly timer noise.
NOISE_SECONDS = 0.005

#: A stage that takes longer than this at one length is not run at the next.
GIVE_UP_SECONDS = 60.0

#: Each stage runs this many times; the fastest counts.
REPEAT = 2

#: The lengths, as multiples of the base.
FACTORS = (1, 4, 16)

REPEATED = "the people said no to the plan and "

FIRST = ("Ada", "Tom", "Maria", "John", "Li", "Omar", "Grace", "Peter", "Sara", "Ken")
LAST = ("Quill", "Reyes", "Hale", "Novak", "Okafor", "Brandt", "Lindqvist", "Moreau", "Park")
TITLE = ("Senator", "Mayor", "Gov.", "Dr.", "Mr.", "Ms.", "President", "Judge")


def _vocabulary() -> list[str]:
    from synth import synthetic_texts

    return re.findall(r"\b[a-z]+\b", " ".join(synthetic_texts(8, seed=7)))


def one_sentence(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    pool = _vocabulary()
    return " ".join(rng.choice(pool) for _ in range(words)).capitalize() + "."


def repetitive(words: int) -> str:
    n = max(1, words // len(REPEATED.split()))
    return (REPEATED * n).strip().capitalize() + "."


def synthetic_sentences(words: int, seed: int = 3) -> list[str]:
    from synth import synthetic_texts

    from kitlib.text import split_paragraphs, split_sentences

    found: list[str] = []
    for text in synthetic_texts(max(2, words // 600), seed=seed):
        paragraphs = split_paragraphs(text)
        found += [text[s:e] for _, s, e in split_sentences(text, paragraphs)]
    while sum(len(s.split()) for s in found) < words:
        found += found
    out, count = [], 0
    for sentence in found:
        if count >= words:
            break
        out.append(sentence)
        count += len(sentence.split())
    return out


def many_paragraphs(words: int) -> str:
    return "\n\n".join(synthetic_sentences(words))


def one_paragraph(words: int) -> str:
    return " ".join(synthetic_sentences(words))


def names(words: int, seed: int = 4) -> str:
    rng = random.Random(seed)
    sentences, count = [], 0
    verbs = ("said", "told reporters", "met", "answered", "thanked", "called")
    while count < words:
        who = f"{rng.choice(TITLE)} {rng.choice(FIRST)} {rng.choice(LAST)}"
        other = rng.choice(LAST)
        pick = rng.random()
        if pick < 0.3:
            sentence = f"{who} {rng.choice(verbs)} {other} on Monday."
        elif pick < 0.6:
            sentence = f"\u201cWe will wait,\u201d {rng.choice(LAST)} said. He met {who}."
        else:
            sentence = f"She said {other} and {who} spoke to the {rng.choice(LAST)} Group."
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def furniture(words: int) -> str:
    out, count = [], 0
    for i, sentence in enumerate(synthetic_sentences(words)):
        out.append(sentence)
        if i % 3 == 1:
            out.append("Photo: John Smith/Getty Images.")
        if i % 3 == 2:
            out.append("Readers can subscribe to the paper and sign up today.")
        count += len(sentence.split())
    return " ".join(out)


SHAPES = {
    "one sentence": one_sentence,
    "repetitive": repetitive,
    "many paragraphs": many_paragraphs,
    "one paragraph": one_paragraph,
    "names": names,
    "furniture": furniture,
}


def stages():
    """(name, function of the text, its Article and a second Article of the same shape)."""
    import kitlib
    from kitlib import actors, frames, quotes, readability, words
    from kitlib.articles import paragraph_lengths

    def report(text, a, b):
        result = kitlib.compare(a, b)
        result.to_markdown()
        return result

    return [
        ("load", lambda text, a, b: kitlib.article_from_text(text)),
        ("paragraph lengths", lambda text, a, b: paragraph_lengths(a)),
        ("readability", lambda text, a, b: readability.readability(a)),
        ("sentence grades", lambda text, a, b: readability.sentence_readability(a)),
        ("actors", lambda text, a, b: actors.find_mentions(a)),
        ("people", lambda text, a, b: actors.people(a)),
        ("names", lambda text, a, b: actors.names(a)),
        ("quotes", lambda text, a, b: quotes.find_quotes(a)),
        ("quote speakers", lambda text, a, b: quotes.quote_speakers(a)),
        ("frames", lambda text, a, b: frames.frame_evidence(a)),
        ("frame indicators", lambda text, a, b: frames.frame_indicators(a)),
        ("distinctive", lambda text, a, b: words.distinctive_words(a, b)),
        ("kwic", lambda text, a, b: words.kwic(a, "the")),
        ("loaded words", lambda text, a, b: words.loaded_words(a)),
        ("speech verbs", lambda text, a, b: words.speech_verbs(a)),
        ("tone", lambda text, a, b: words.tone(a)),
        ("compare + markdown", report),
        ("analyze_many", lambda text, a, b: kitlib.analyze_many([a], progress=False)),
    ]


def timed(function, *args) -> tuple[float, float]:
    """CPU and wall-clock seconds of a call: the fastest of :data:`REPEAT` (a call that
    takes over a second runs once), each after a garbage collection, so that a
    collection of what the stage before left does not count against this one."""
    best = (float("inf"), float("inf"))
    for _ in range(REPEAT):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        function(*args)
        best = min(best, (time.process_time() - start_cpu, time.perf_counter() - start))
        if best[0] > 1.0:
            break
    return best


def run(base: int, shapes: list[str], wanted: list[str], factors: tuple[int, ...]) -> int:
    import kitlib

    stage_list = [(n, f) for n, f in stages() if not wanted or n in wanted]
    kitlib.compare(kitlib.article_from_text(one_paragraph(400)), *kitlib.load_pair()[:1])
    worst, worst_at = 0.0, ""
    for shape in shapes:
        make = SHAPES[shape]
        texts = {f: make(base * f) for f in factors}
        count = {f: len(kitlib.text.words(t)) for f, t in texts.items()}
        given_up: set[str] = set()
        cpu: dict[str, dict[int, float]] = {n: {} for n, _ in stage_list}
        wall: dict[str, dict[int, float]] = {n: {} for n, _ in stage_list}
        for f in factors:
            a = kitlib.article_from_text(texts[f])
            # the second article of a comparison: the same shape, a few words changed
            b = kitlib.article_from_text(texts[f].replace(" the ", " a ", 50))
            for name, function in stage_list:
                if name in given_up:
                    continue
                cpu[name][f], wall[name][f] = timed(function, texts[f], a, b)
                if cpu[name][f] > GIVE_UP_SECONDS:
                    given_up.add(name)
        words = ", ".join(f"{count[f]:,}" for f in factors)
        print(f"\n{shape}: {words} words")
        header = "".join(f"{f'{f}x CPU|wall':>16}" for f in factors)
        print(f"{'stage':>20}{header}{'per word, ' + str(factors[-1]) + 'x/1x':>20}")
        for name, _ in stage_list:
            cells = "".join(
                f"{cpu[name][f]:8.3f}|{wall[name][f]:7.3f}"
                if f in cpu[name]
                else f"{'skipped':>16}"
                for f in factors
            )
            last = factors[-1]
            if last in cpu[name]:
                ratio = (cpu[name][last] / count[last]) / max(
                    cpu[name][factors[0]] / count[factors[0]], 1e-12
                )
                noisy = cpu[name][factors[0]] < NOISE_SECONDS
                if not noisy and ratio > worst:
                    worst, worst_at = ratio, f"{name} on {shape}"
                flag = "" if ratio <= TARGET_RATIO else ("  (noise)" if noisy else "  NOT LINEAR")
                print(f"{name:>20}{cells}{ratio:20.2f}{flag}")
            else:
                worst, worst_at = float("inf"), f"{name} on {shape}"
                print(f"{name:>20}{cells}{'over ' + str(int(GIVE_UP_SECONDS)) + ' s':>20}")
    print(
        f"\nworst ratio of CPU seconds per word, {factors[-1]}x vs {factors[0]}x: {worst:.2f} "
        f"({worst_at}; {'within' if worst <= TARGET_RATIO else 'ABOVE'} the target {TARGET_RATIO})"
    )
    return 0 if worst <= TARGET_RATIO else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1000, help="words at 1x (default 1000)")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), default=[])
    parser.add_argument("--stage", action="append", default=[], help="only these stages")
    parser.add_argument("--factors", default=",".join(map(str, FACTORS)))
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    print(f"machine: {machine()}")
    factors = tuple(int(f) for f in args.factors.split(","))
    return run(args.base, args.shape or list(SHAPES), args.stage, factors)


if __name__ == "__main__":
    sys.exit(main())
