"""Rebuild ``first_names.csv`` from the nomquamgender package (run by hand, offline).

The kit reads the small CSV this script writes; it never needs nomquamgender
itself. To rebuild (after ``pip install nomquamgender==0.1.4``)::

    python data/names/build.py
    python -m kitlib.data manifest

nomquamgender (Van Buskirk, Clauset and Larremore, MIT licence) gathers
first names and how often each was given to women and to men from 36 public
sources. This script keeps the names seen in at least ``MIN_SOURCES`` sources
and ``MIN_COUNT`` times, written in plain letters (an apostrophe or hyphen
inside is allowed), with the share of women (``p_female``) and the count.
"""

from __future__ import annotations

import csv
import importlib.resources
import json
import re
from pathlib import Path

MIN_SOURCES = 8
MIN_COUNT = 200
SHAPE = re.compile(r"[a-z][a-z'-]*[a-z]")
OUT = Path(__file__).with_name("first_names.csv")


def main() -> None:
    raw = importlib.resources.files("nomquamgender").joinpath("name_data.json")
    table = json.loads(raw.read_text(encoding="utf-8"))
    rows = sorted(
        (name, round(float(value[2]), 3), int(value[1]))
        for name, value in table.items()
        if value[0] >= MIN_SOURCES and value[1] >= MIN_COUNT and SHAPE.fullmatch(name)
    )
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "p_female", "count"])
        writer.writerows(rows)
    print(f"{OUT.name}: {len(rows)} names")


if __name__ == "__main__":
    main()
