"""Check the plain-paragraph shortcut of the sentence splitter against pysbd itself.

``kitlib.text`` does not run pysbd's rules on a paragraph that
``_plain_sentences`` finds plain (nothing in it that any rule reads); it cuts
the paragraph after each full stop and question mark. This script asks pysbd's
English processor anyway, for every paragraph the shortcut takes, and fails if
pysbd would have found other sentences.

Paragraphs tried: every paragraph and sentence of the bundled and invented
articles; random paragraphs made to be plain often, from the articles' words
mixed with pysbd's abbreviations, numbers, "I", "ups" and capitals (fixed
seed); every pair of a word before a full stop (abbreviations in three casings,
with letters around them, numbers) and a word after it; and, when the corpora
are here, the paragraphs of the **train** splits of PolNeAR and the Narrative
Frames Corpus (never dev or test), cleaned by the kit, with their sentences
joined in runs.

Run:  .venv/bin/python benchmarks/plain_sentences_check.py [random paragraphs, default 50000]
                                                          [--polnear N] [--nfc N] [--whole]
It prints every disagreement and a last line ``disagreements=N``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import warnings

SEED = 2027

#: Words that a plain paragraph may hold and pysbd may treat specially.
TEMPTING = (
    "I I’m I’ll use ups u-s uns Co DisCo KG Inc Gov Sen Mr Mrs Dr St No no Jr Ph Phil D DR u s "
    "e g i ie eg us US U S UK EU am pm AM PM 1 2 3 9 10 12 99 100 2016 1990s 5th ’s ’90s "
    "a b c x v iv xi xx A B Z Yahoo Rev Gen Lt Col Capt Sgt Va Ill Mo Calif Ariz Ave Blvd "
    "Fig fig vs v etc al Co-op art Art pp p Nos ext Messrs Univ Corp Ltd Bros Dept Est Mt "
    "jpg pdf html txt docx don't it's Trump's 'Yes' 'No 'em"
).split()

#: What may stand between two words of a made paragraph.
BETWEEN = (" ",) * 20 + (", ", ": ", " — ", " – ", "-", "’", " $", "% ", " & ", "/", "'", " '")
BETWEEN += ("; ", "_", "@", " #", "+", "-' ", "' ")


def kit_paragraphs() -> list[str]:
    import kitlib
    from kitlib.articles import load_invented_pair

    found = []
    for article in (*kitlib.load_pair(), *load_invented_pair()):
        found += article.paragraphs + article.sentences
    return found


def made_paragraphs(n: int, words: list[str]) -> list[str]:
    """``n`` paragraphs of one to six sentences, most of them plain."""
    rng = random.Random(SEED)
    pool = words + list(TEMPTING) * 30
    made = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(1, 6)):
            parts = []
            for _ in range(rng.randint(1, 12)):
                parts += [rng.choice(pool), rng.choice(BETWEEN)]
            sentence = "".join(parts[:-1])
            if rng.random() < 0.9:
                sentence = sentence[:1].upper() + sentence[1:]
            sentences.append(sentence + rng.choice(".......?"))
        made.append(" ".join(sentences))
    return made


def boundary_paragraphs() -> list[str]:
    """Every pair of a word before a full stop and a word after it, in two places.

    Before: pysbd's abbreviations in three casings, with letters before or after
    them ("DisCo", "Gove"), numbers of one to four digits, words with
    apostrophes; after: a capital word, "I", "I’m", "KG" (pysbd's "Co. KG") and
    the abbreviations capitalised. Each pair stands inside a paragraph ("He saw
    DisCo. KG went on.") and at its start ("DisCo. KG went on."): the words
    around a full stop are what pysbd's rules read."""
    from pysbd.lang.english import English

    abbreviations = sorted({a.strip() for a in English.Abbreviation.ABBREVIATIONS})
    before = "1 2 12 123 2016 1990s it’s don't O'Brien A B x I KG".split()
    for a in abbreviations:
        before += [a, a.capitalize(), a.upper(), "x" + a, "Dis" + a.capitalize(), a + "e"]
    after = "KG I I’m I'm I’ll I'll A The He".split() + [a.capitalize() for a in abbreviations]
    made = []
    for word in before:
        for start in after:
            made += [f"He saw {word}. {start} went on.", f"{word}. {start} went on?"]
    return made


def corpus_paragraphs(polnear: int, nfc: int) -> list[str]:
    """Paragraphs of train texts, cleaned by the kit; and runs of their sentences joined."""
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import loading_speed

    found = []
    for texts in loading_speed.groups(polnear, nfc).values():
        for _, text in texts:
            article = loading_speed.load(text)
            found += article.paragraphs
            sentences = article.sentences
            found += [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return found


def check(paragraphs: list[str], whole: bool = False) -> tuple[int, int]:
    """How many paragraphs the shortcut took, and on how many pysbd disagreed.

    With ``whole``, every paragraph is also split by the kit's segmenter and by
    pysbd's own, and a difference counts as a disagreement too (the kit's other
    shortcuts: the abbreviations, the list finder, numbers).
    """
    import pysbd
    from pysbd.lang.english import English
    from pysbd.processor import Processor

    from kitlib.text import _plain_sentences, _segmenter

    taken = wrong = 0
    plain = pysbd.Segmenter(language="en", clean=False)
    for paragraph in paragraphs:
        if whole and _segmenter().segment(paragraph) != plain.segment(paragraph):
            wrong += 1
            print(f"the kit's segmenter and pysbd's disagree: {paragraph!r}")
        found = _plain_sentences(paragraph, English.Abbreviation.ABBREVIATIONS)
        if found is None:
            continue
        taken += 1
        pysbd_says = Processor(paragraph, English).process()
        if found != pysbd_says:
            wrong += 1
            print(f"pysbd disagrees: {paragraph!r}\n  shortcut {found}\n  pysbd    {pysbd_says}")
    return taken, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("random", nargs="?", type=int, default=50000)
    parser.add_argument("--polnear", type=int, default=0, help="PolNeAR train texts")
    parser.add_argument("--nfc", type=int, default=0, help="NFC train texts")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="also compare the kit's whole segmenter with pysbd's on every paragraph",
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    known = kit_paragraphs()
    words = sorted({w for t in known for w in re.findall(r"[\w’]+", t)})
    groups = {
        "the kit's articles": known,
        "made paragraphs": made_paragraphs(args.random, words),
        "every pair of words around a full stop": boundary_paragraphs(),
        "train paragraphs of the corpora": corpus_paragraphs(args.polnear, args.nfc),
    }
    wrong = 0
    for name, tried in groups.items():
        taken, disagreed = check(tried, args.whole)
        wrong += disagreed
        print(f"{name}: {len(tried)} paragraphs tried; the shortcut took {taken}; "
              f"pysbd disagreed on {disagreed}")  # fmt: skip
    print(f"disagreements={wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
