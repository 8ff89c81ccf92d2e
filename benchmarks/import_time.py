"""How long ``import kitlib`` takes in a fresh Python (target: under 0.3 s).

Also shows what the first real use costs (``kitlib.load_pair()``, which
imports pandas, pysbd and the cleaning tools), and the slowest imports
behind it, from ``python -X importtime``.

Run:  .venv/bin/python benchmarks/import_time.py
"""

from __future__ import annotations

import statistics

from _common import machine, run_python

RUNS = 7
TARGET = 0.3

TIMED = """
import time
start = time.perf_counter()
import kitlib
imported = time.perf_counter() - start
heavy = sorted(m for m in ("pandas", "numpy", "matplotlib", "textstat", "pysbd", "trafilatura",
    "sacremoses", "wordfreq") if m in __import__("sys").modules)
start = time.perf_counter()
kitlib.load_pair()
first = time.perf_counter() - start
print(imported, first, ",".join(heavy) or "-")
"""


def main() -> None:
    print(f"machine: {machine()}")
    imports, firsts, heavy = [], [], ""
    for _ in range(RUNS):
        imported, first, heavy = run_python(TIMED).stdout.split()
        imports.append(float(imported))
        firsts.append(float(first))
    median = statistics.median(imports)
    verdict = "meets" if median < TARGET else "MISSES"
    print(
        f"import kitlib: median {median:.3f} s, best {min(imports):.3f} s over {RUNS} fresh "
        f"runs ({verdict} the {TARGET} s target)"
    )
    print(f"heavy modules loaded by import kitlib: {heavy}")
    print(
        f"first kitlib.load_pair() after import: median {statistics.median(firsts):.2f} s, "
        f"best {min(firsts):.2f} s (imports pandas, pysbd, sacremoses, wordfreq)"
    )
    report = run_python("import kitlib; kitlib.load_pair()", "-X", "importtime").stderr
    rows = []
    for line in report.splitlines()[1:]:
        parts = line.split("|")
        if len(parts) == 3:
            rows.append((int(parts[1]), parts[2].rstrip()))
    top = [r for r in sorted(rows, reverse=True) if not r[1].startswith("  ")][:8]
    print("slowest top-level imports behind the first load_pair() (cumulative):")
    for micros, name in top:
        print(f"  {micros / 1e6:6.3f} s  {name.strip()}")


if __name__ == "__main__":
    main()
