"""Near-duplicate articles: the same wire story published twice (another outlet, another file).

Each article keeps a sketch of its text: the smallest hashes of its overlapping 5-word shingles
(bottom-k, k = ``SKETCH``). Two articles whose sketches estimate a Jaccard resemblance of at least
``RESEMBLANCE`` are near-duplicates: the later one (by document id) is ``kg:duplicateOf`` the
earliest of its group, so a question can count each story once. Candidates are only articles that
share a sketch value, so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from kgraph.extract.registry import ALL_RULES, RuleSet, declare

SHINGLE = 5
SKETCH = 64
RESEMBLANCE = 0.8
MIN_WORDS = 60  # shorter texts share too much by chance (briefs, captions)
RULE = "link.duplicates.resemblance"
declare(RULE, "merge", "Two articles whose word 5-grams mostly agree (a sketch's Jaccard >= 0.8): one story")

_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The ``SKETCH`` smallest 64-bit hashes of the text's word shingles (empty for a short text)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return ()
    hashes = {int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest(),
                             "big") for i in range(len(words) - SHINGLE + 1)}
    return tuple(sorted(hashes)[:SKETCH])


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Jaccard estimated from two bottom-k sketches: the share of the union's k smallest values
    that both hold."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def duplicates(sketches: Iterable[tuple[str, tuple[int, ...]]], rules: RuleSet = ALL_RULES) -> dict[str, str]:
    """Document id -> the earliest document (by id) whose text it nearly repeats."""
    if not rules.enabled(RULE):
        return {}
    by_doc = dict(sketches)
    index: dict[int, list[str]] = defaultdict(list)
    for doc in sorted(by_doc):
        for h in by_doc[doc][: SKETCH // 4]:  # similar sketches share their smallest values
            index[h].append(doc)
    original: dict[str, str] = {}
    for doc in sorted(by_doc):
        own = by_doc[doc]
        candidates = sorted({d for h in own[: SKETCH // 4] for d in index[h] if d < doc})
        for other in candidates:
            if resemblance(own, by_doc[other]) >= RESEMBLANCE:
                original[doc] = original.get(other, other)
                break
    return original
