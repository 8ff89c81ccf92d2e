"""A surname two people share: does the kit credit a bare "Clinton" to the right Clinton?

On PolNeAR (``POLNEAR_GIT``; ``--split train`` to tune, ``dev`` to report, ``test``
refused), the name finder (:func:`kitlib.actors.grouping.find_cast`) reads each raw text
and links every bare surname to a person or, when two people of the article share it,
perhaps to nobody ("ambiguous"). Stanford CoreNLP's coreference chains
(``data/<split>/corenlp/*.xml``) are the silver standard: the chain that holds the
surname's token says whom it means when one of the chain's mentions holds the first name
of exactly one of the people sharing the surname ("Hillary Clinton ... Clinton ...
she"). Surnames whose chain names neither, or both, are not scored.

Printed: how many bare shared surnames were credited to the person their chain means,
to another person, or to nobody. Corpus text is read from the mirror and never written.
"""

from __future__ import annotations

import sys
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _polnear  # noqa: E402

from kitlib.actors import grouping  # noqa: E402


def chains(xml: str) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """CoreNLP's coreference chains: the character spans of their mentions and their words."""
    root = ET.fromstring(xml)
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    for sentence in root.iter("sentence"):
        sid = int(sentence.get("id", 0))
        for token in sentence.iter("token"):
            begin, end = (
                token.findtext("CharacterOffsetBegin"),
                token.findtext("CharacterOffsetEnd"),
            )
            if begin is not None and end is not None:
                offsets[(sid, int(token.get("id", 0)))] = (int(begin), int(end))
    found = []
    outer = root.find(".//coreference")
    for chain in outer.findall("coreference") if outer is not None else []:
        spans, words = [], []
        for mention in chain.findall("mention"):
            sid = int(mention.findtext("sentence") or 0)
            start, end = int(mention.findtext("start") or 0), int(mention.findtext("end") or 0)
            if (sid, start) in offsets and (sid, end - 1) in offsets:
                spans.append((offsets[(sid, start)][0], offsets[(sid, end - 1)][1]))
                words.append(mention.findtext("text") or "")
        found.append((spans, words))
    return found


def score(split: str) -> Counter:
    counts: Counter = Counter()
    for name, text in _polnear.texts(split).items():
        xml = _polnear.corenlp_xml(split, name)
        if xml is None:  # a few articles have no CoreNLP file
            continue
        cast = grouping.find_cast(text)
        by_last: dict[str, list[int]] = {}
        for i, person in enumerate(cast.people):
            if len(person.name.split()) > 1:
                by_last.setdefault(person.last, []).append(i)
        shared = {last: who for last, who in by_last.items() if len(who) > 1}
        if not shared:
            continue
        found = chains(xml)
        for start, end, who, how in cast.links:
            word = text[start:end].replace("’", "'").removesuffix("'s")
            if how not in ("surname", "ambiguous") or word not in shared:
                continue
            chain = next((c for c in found if any(s <= start < e for s, e in c[0])), None)
            if chain is None:
                counts["no CoreNLP chain (not scored)"] += 1
                continue
            meant = {
                i
                for i in shared[word]
                for words in chain[1]
                if cast.people[i].first in words.split()
            }
            if len(meant) != 1:
                counts["the chain names neither or both (not scored)"] += 1
                continue
            if who < 0:
                counts["credited to nobody (ambiguous)"] += 1
            elif who in meant:
                counts["credited to the person meant"] += 1
            else:
                counts["credited to the other person"] += 1
    return counts


def main() -> int:
    parser = _polnear.split_parser(__doc__.splitlines()[0])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    counts = score(args.split)
    scored = sum(n for k, n in counts.items() if "not scored" not in k)
    print(f"PolNeAR {args.split}: bare surnames two people of the article share")
    for key, n in counts.most_common():
        print(f"  {n:5d}  {key}")
    right = counts["credited to the person meant"]
    print(f"right {right}/{scored} ({right / scored:.3f})" if scored else "nothing scored")
    return 0


if __name__ == "__main__":
    sys.exit(main())
