"""Synthetic portal downloads for the import benchmark: a World Bank WDI bulk CSV.

The file has the real layout (UTF-8 BOM, four preamble lines, quoted cells, a trailing
comma on every line, one column per year 1960-2023, countries and aggregates) with seeded
random values and about 5 % empty cells, so its observation count is known exactly.
"""

from __future__ import annotations

import random
from pathlib import Path

import pycountry

YEARS = tuple(range(1960, 2024))
EMPTY_SHARE = 0.05


def write_wdi_bulk(path: Path, observations: int, seed: int = 7) -> int:
    """Write a WDI bulk CSV with about ``observations`` values; returns the exact count."""
    rng = random.Random(seed)
    places = [(c.name.replace('"', ""), c.alpha_3) for c in pycountry.countries]
    places += [("World", "WLD"), ("Euro area", "EMU"), ("High income", "HIC")]
    rows = max(1, round(observations / (len(YEARS) * (1 - EMPTY_SHARE))))
    header = ["Country Name", "Country Code", "Indicator Name", "Indicator Code", *map(str, YEARS)]
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="\n") as f:
        f.write('"Data Source","World Development Indicators",\n\n')
        f.write('"Last Updated Date","2024-11-13",\n\n')
        f.write(",".join(f'"{h}"' for h in header) + ",\n")
        for i in range(rows):
            name, code = places[i % len(places)]
            ind = i // len(places) + 1
            values = [
                "" if rng.random() < EMPTY_SHARE else f"{rng.uniform(0, 1e9):.6g}" for _ in YEARS
            ]
            count += sum(1 for v in values if v)
            cells = [name, code, f"Indicator {ind} (current US$)", f"BENCH.IND.{ind}.CD", *values]
            f.write(",".join(f'"{c}"' for c in cells) + ",\n")
    return count
