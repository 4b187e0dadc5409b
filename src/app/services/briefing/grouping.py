"""Rows grouped by key texts, in order of appearance: the sections of a briefing found in
its pair's rows (an indicator and subject per section), on integer codes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.figures import pack


def grouped(keys: tuple[np.ndarray, ...]) -> dict[tuple[str, ...], np.ndarray]:
    """Positions of each distinct key (tuple of texts), in order, as a groupby's indices."""
    if not len(keys[0]):
        return {}
    # on codes (a groupby of text columns hashes them again per call: 10,000 rows, 3 calls)
    factorized = [pd.factorize(k) for k in keys]
    codes = [c for c, _u in factorized]
    keep = np.flatnonzero(np.logical_and.reduce([c >= 0 for c in codes]))  # no missing key
    packed = pack([c[keep] for c in codes])
    sort = np.argsort(packed, kind="stable")  # each group's rows in row order
    order, sk = keep[sort], packed[sort]
    starts = np.flatnonzero(np.append(True, sk[1:] != sk[:-1])) if len(sk) else sort
    ends = np.append(starts[1:], len(sk))
    by_first = np.argsort(order[starts], kind="stable")  # groups in order of appearance
    starts, ends = starts[by_first], ends[by_first]
    # each group's key texts read a column at a time (a dossier's upto has 400 groups)
    firsts = order[starts]
    texts = [u[c[firsts]].tolist() for c, (_c, u) in zip(codes, factorized, strict=True)]
    return {
        tuple(map(str, key)): order[start:end]
        for key, start, end in zip(
            zip(*texts, strict=True), starts.tolist(), ends.tolist(), strict=True
        )
    }
