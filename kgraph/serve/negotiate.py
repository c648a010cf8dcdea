"""HTTP content negotiation: which of the media types a server offers an Accept header prefers."""

from __future__ import annotations


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """(media type, q) pairs of an Accept header in the order written; parameters other than q
    are dropped, and a missing or empty header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out: list[tuple[str, float]] = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        out.append((media, q))
    return out


def choose(header: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers, or None when it accepts none of them.

    Each offer gets the q of the most specific range that matches it (``text/turtle`` before
    ``text/*`` before ``*/*``); the highest q wins, and on a tie the offer named exactly, then the
    server's order (so ``*/*`` gets the first offer).
    """
    ranges = parse_accept(header)
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, offer in enumerate(offers):
        major = offer.split("/")[0] + "/*"
        match: tuple[int, float] | None = None
        for media, q in ranges:
            specificity = 2 if media == offer else 1 if media == major else 0 if media == "*/*" else -1
            if specificity >= 0 and (match is None or specificity > match[0]):
                match = (specificity, q)
        if match is None or match[1] <= 0:
            continue
        score = (match[1], match[0], -rank)
        if best is None or score > best:
            best, chosen = score, offer
    return chosen
