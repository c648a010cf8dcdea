"""Decoding bytes and cleaning article text before it is analysed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kgraph.errors import NotText  # noqa: F401 - raised here, importable from here too

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
    over several paragraphs stays intact once the junk line between them is gone. Lines that hold
    only whitespace (or invisible characters) count as blank. Whether a single newline inside a
    block of lines is a paragraph break or a space is decided once per text by
    ``lines_are_paragraphs``: one-paragraph-per-line texts get a blank line after every line,
    hard-wrapped and blank-line-separated texts keep their lines joined within each paragraph.
    """
    pattern = boilerplate or _DEFAULT_RE
    blocks = _blocks(normalise(text), pattern)
    if lines_are_paragraphs([[line for line, _ in block] for block in blocks]):
        return "\n\n".join(line for block in blocks for line, _ in block)
    paragraphs: list[str] = []
    for block in blocks:
        current: list[str] = []
        for line, after_junk in block:
            if after_junk and current:
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _blocks(text: str, pattern: re.Pattern[str]) -> list[list[tuple[str, bool]]]:
    """Runs of non-blank lines between blank lines, junk lines left out.

    Each line comes with whether a junk line stood right before it in its run: a junk line ends a
    paragraph as a blank line does, but it does not count as one when the layout is judged.
    """
    blocks: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    after_junk = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(current)
            current, after_junk = [], False
        elif pattern.match(line):
            after_junk = True
        else:
            current.append((line, after_junk))
            after_junk = False
    if current:
        blocks.append(current)
    return blocks


# What a paragraph's last character is: a sentence end, or a quote closing after one.
_SENTENCE_END = frozenset(".!?:…")
_CLOSING_QUOTES = frozenset("\"'”’»")
_CLOSING_BRACKETS = ")]"
# What a paragraph's first character is, besides a capital letter or a digit.
_OPENERS = frozenset("\"'“‘„«([—–-")
# No hard-wrapped line is longer than this; a longer line followed by a newline was cut on purpose.
MAX_WRAP_WIDTH = 100
# Share of the broken lines (see lines_are_paragraphs) that must end a paragraph for single
# newlines to be paragraph breaks: when some broken line is longer than any wrap width, and when
# all of them are short enough to be hard-wrapped. On the 2,225 BBC articles hard-wrapped at 72
# characters the share is 4% at the median and 33% at most; put one paragraph per line, 100% at
# the median (the headline, bylines, datelines and subheads are the lines that do not count).
MIN_PARAGRAPH_END_SHARE = 0.5
MIN_PARAGRAPH_END_SHARE_SHORT = 0.7
# Hard wrapping: the longest broken line is MIN_WRAP_WIDTH to MAX_WRAP_WIDTH characters wide and
# WRAP_SHARE of the broken lines come within WRAP_SLACK characters of it.
MIN_WRAP_WIDTH = 60
WRAP_SHARE = 0.75
WRAP_SLACK = 20


def ends_like_sentence(line: str) -> bool:
    """Whether a stripped line ends as a paragraph does: . ? ! : … or a closing quote mark."""
    if not line:
        return False
    if line[-1] in _CLOSING_QUOTES:
        return True
    core = line.rstrip(_CLOSING_BRACKETS)
    return bool(core) and core[-1] in _SENTENCE_END


def _ends_paragraph(line: str, following: str) -> bool:
    """Whether a line followed by a single newline and then ``following`` looks like a paragraph."""
    if ends_like_sentence(line):
        return True
    starts = following[:1]
    return len(line) > MAX_WRAP_WIDTH and (starts.isupper() or starts.isdigit() or starts in _OPENERS)


def lines_are_paragraphs(blocks: list[list[str]]) -> bool:
    """Whether a text puts one paragraph on each line, so a single newline is a paragraph break.

    ``blocks`` are the text's runs of non-blank lines (split at blank lines, junk lines left out).
    A "broken line" is a line followed by a single newline and then another line of its run (a
    run's last line is followed by a blank line and ends a paragraph in any layout). A broken line
    "ends a paragraph" when it ends like a sentence (. ? ! : … or a closing quote mark, also
    before a closing bracket), or when it is longer than any hard-wrap width (over 100
    characters) and the next line starts as a paragraph does (a capital, a digit, an opening quote
    mark or bracket, a dash): "... “a real disgrace.” ― A. Reader". The text is
    one-paragraph-per-line when all three hold:

    1. single newlines carry the layout: the runs of two or more lines hold at least as many
       characters as the one-line runs. A text whose paragraphs are already separated by blank
       lines (a headline line, then blank-line paragraphs; a short list of items on single lines
       in an otherwise blank-line-separated article; a <br> inside an HTML paragraph) stays as it
       was;
    2. enough broken lines end a paragraph: half of them when some broken line is over 100
       characters (no hard wrap makes such a line, and news paragraphs mostly are longer), 70% when
       all of them are short enough to be hard-wrapped lines. Hard-wrapped text (emails, Project
       Gutenberg: lines cut at 70-80 characters wherever the width runs out) ends most lines
       mid-sentence: 4% of them in a typical news article wrapped at 72, a third at most;
    3. the broken lines do not have a hard-wrap profile: with four or more of them, the longest
       is 60-100 characters wide and at least 75% of them lie within 20 characters of it. A
       backstop for wrapped text whose lines happen to end at full stops; news paragraphs put on
       one line vary much more in length (40 to 800 characters).

    Otherwise (no broken lines at all, hard-wrapped text, mixed layouts) a single newline is a
    space inside a paragraph, as it always was.
    """
    broken = [(line, block[i + 1]) for block in blocks for i, line in enumerate(block[:-1])]
    if not broken:
        return False
    in_runs = sum(len(line) for block in blocks if len(block) > 1 for line in block)
    alone = sum(len(block[0]) for block in blocks if len(block) == 1)
    if in_runs < alone:
        return False
    lengths = [len(line) for line, _ in broken]
    short = max(lengths) <= MAX_WRAP_WIDTH
    ends = sum(_ends_paragraph(line, following) for line, following in broken)
    if ends < (MIN_PARAGRAPH_END_SHARE_SHORT if short else MIN_PARAGRAPH_END_SHARE) * len(broken):
        return False
    return not (short and _hard_wrapped(lengths))


def _hard_wrapped(lengths: list[int]) -> bool:
    """Whether line lengths look cut at one width (most lines a little shorter than the longest)."""
    if len(lengths) < 4:
        return False
    width = max(lengths)
    if width < MIN_WRAP_WIDTH:
        return False
    return sum(n >= width - WRAP_SLACK for n in lengths) >= WRAP_SHARE * len(lengths)


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


def split_headline(text: str, markdown: bool = False) -> tuple[str | None, str]:
    """First non-empty line as the headline (a Markdown '#' heading unwrapped), rest as body.

    A line of only spaces or invisible characters (zero-width space, BOM...) is empty.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if normalise(line).strip():
            title = line.strip()
            if markdown or title.startswith("# "):
                title = title.lstrip("#").strip()
            rest = "\n".join(lines[i + 1:])
            if not rest.strip():
                return None, title
            return title, rest
    return None, ""


_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date or timestamp string, or None."""
    import datetime as dt

    if not value:
        return None
    m = _DATE.match(value)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    if not any(c.isdigit() for c in value):
        return None  # "yesterday", "last week": relative to an unknown moment
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False,
                                                   "RELATIVE_BASE": dt.datetime(2000, 1, 1)})
    except Exception:  # dateparser raises many kinds of errors on odd strings
        return None
    return parsed.date().isoformat() if parsed else None
