"""Decoding bytes and cleaning article text before it is analysed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Whole lines that publishers put between paragraphs and that are not part of the article.
DEFAULT_BOILERPLATE = (
    r"advert(isement)?s?",
    r"sponsored( content)?",
    r"read more(\s*[:|\-–—>»].*|\s*(here|\.\.\.|…)?)",
    r"(story|article) continues( below)?(\s+(the\s+)?advert(isement)?)?\.?",
    r"continue reading( (below|the main story))?\.?",
    r"related( articles?| stories| content| topics)?:.*",
    r"(also )?read( also)?:.*",
    r"see also:.*",
    r"share this (article|story|page)\.?",
    r"(click|tap) here to .*",
    r"sign up (for|to) (our|the) .*newsletter.*",
    r"subscribe( now| today)?[.!]?",
    r"follow (us|@\w+) on .*",
    r"(image|photo|picture|video)( source| caption)?:.*",
    r"getty images",
    r"media caption.*",
    r"skip (advert|ad|to content)\.?",
)

# Format and other invisible characters that only confuse tokenisation: zero-width space, joiners,
# word joiner, BOM, soft hyphen, and bidi controls.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves, e.g. from JSON "\ud800" escapes


class NotText(ValueError):
    """The bytes are not text in any encoding kgraph recognises."""


def decode(data: bytes) -> str:
    """Decode article bytes: BOMs, then UTF-8, then the most likely legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        utf16 = _guess_utf16(data)
        if utf16 is not None:
            return utf16
        if data.count(0) > max(4, 0.01 * len(data)) or _looks_binary(data):
            raise NotText("binary data (NUL bytes), not a text file")
        data = data.replace(b"\x00", b"")  # a few stray NULs in otherwise plain text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise NotText("binary data, not a text file")
    text = _legacy_decode(data)
    return text


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return data.decode("utf-16-le", errors="replace")
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return data.decode("utf-16-be", errors="replace")
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"\x1f\x8b")):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.05 * max(len(sample), 1)


def _legacy_decode(data: bytes) -> str:
    """Text that is not UTF-8: mostly-UTF-8 with a few bad bytes, or a legacy code page."""
    # Western news sites' legacy files are cp1252 far more often than anything else; trust a
    # detector only when cp1252 cannot decode the bytes at all.
    strict_utf8_share = _utf8_share(data)
    if strict_utf8_share > 0.999:
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _utf8_share(data: bytes) -> float:
    """Share of the bytes that sit in valid UTF-8 sequences (1.0 for clean UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return 1 - bad / max(len(data), 1)


def compile_boilerplate(patterns: Iterable[str] = DEFAULT_BOILERPLATE) -> re.Pattern[str]:
    """One case-insensitive regex that matches a whole boilerplate line."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^\s*(?:{joined})\s*$", re.IGNORECASE)


_DEFAULT_RE = compile_boilerplate()


def normalise(text: str) -> str:
    """NFC, one kind of newline and space, no invisible or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _SPACES.sub(" ", text)


def clean_text(text: str, boilerplate: re.Pattern[str] | None = None) -> str:
    """Article text as kgraph analyses it: normalised, junk lines dropped, paragraphs kept.

    Paragraphs end up separated by one blank line and lines keep their order, so a quote that runs
    over several paragraphs stays intact once the junk line between them is gone.
    """
    pattern = boilerplate or _DEFAULT_RE
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in normalise(text).split("\n"):
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if pattern.match(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


_MD_RULES = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\n\1\n"),  # headings
    (re.compile(r"^[ \t]*([-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis with *
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis with _
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
]


def strip_markdown(text: str) -> str:
    """Plain text from Markdown: markup gone, headings as paragraphs of their own."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
