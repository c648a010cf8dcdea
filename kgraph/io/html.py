"""The main text of an HTML page, block by block, through trafilatura."""

from __future__ import annotations

import re
from typing import Any


def extract_html(html: str) -> tuple[str | None, str, dict[str, str]]:
    """Headline, main text and metadata (url, date) of an HTML page, via trafilatura.

    The main text comes from trafilatura's XML tree of the article (``Document.body``), so every
    block (paragraph, heading, list item, paragraph of a block quote) becomes a paragraph of its
    own, separated by a blank line; a ``<br>`` inside a block is a single newline, which cleaning
    then treats as any other text's single newline. The text still opens with the page's headline
    when trafilatura found it in the article (``drop_repeated_headline`` takes it out).
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True,
    )
    if result is None:
        return None, "", {}
    doc = result if isinstance(result, dict) else result.as_dict()
    meta = {k: doc[k] for k in ("url", "date") if doc.get(k)}
    body = doc.get("body") if isinstance(result, dict) else getattr(result, "body", None)
    if body is None:  # no tree: trafilatura's text has one block per line
        blocks = [line for line in (doc.get("text") or "").split("\n") if line.strip()]
    else:
        blocks = html_blocks(body)
    title = doc.get("title") or None
    return title, "\n\n".join(blocks), meta


def drop_repeated_headline(title: str | None, body: str) -> str:
    """``body`` without its first paragraph when that paragraph is the headline again.

    An HTML page's text opens with its ``<h1>``, which is most often the headline too; the
    article's text puts the headline first once, as it does for text files (headline, blank line,
    body). A first heading that is another text than the headline (a section heading) stays.
    """
    if not title:
        return body
    first, sep, rest = body.lstrip().partition("\n\n")
    return rest if sep and same_headline(title, first) else body


_WORDS = re.compile(r"\w+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", ": ", " · ")


def same_headline(a: str, b: str) -> bool:
    """Whether two headlines are the same but for case, punctuation or a site name ("X | Site")."""
    wa, wb = _WORDS.findall(a.casefold()), _WORDS.findall(b.casefold())
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    (short, long_words), longer = ((wa, wb), b) if len(wa) < len(wb) else ((wb, wa), a)
    if len(short) < 3 or not any(sep in longer for sep in _TITLE_SEPARATORS):
        return False
    return long_words[:len(short)] == short or long_words[-len(short):] == short


# Tags of trafilatura's XML output that start and end a paragraph (inline ones: hi, ref, del, lb).
_BLOCK_TAGS = frozenset({"head", "p", "item", "list", "quote", "code", "div", "ab", "table", "row",
                         "graphic", "main", "body", "article", "doc", "note", "figure"})
_SPACE_RUN = re.compile(r"\s+")


def html_blocks(tree: Any) -> list[str]:
    """The text of each block of trafilatura's XML tree, in order; ``<lb/>`` is a newline."""
    from lxml import etree

    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        lines = [line.strip() for line in "".join(current).split("\n")]
        current.clear()
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        if lines:
            blocks.append("\n".join(lines))

    for event, elem in etree.iterwalk(tree, events=("start", "end")):
        tag = elem.tag if isinstance(elem.tag, str) else ""  # comments have no text of the article
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            elif tag == "lb":
                current.append("\n")
            elif tag == "cell":
                current.append(" ")
            if tag and elem.text:
                current.append(_SPACE_RUN.sub(" ", elem.text))
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if elem is not tree and elem.tail:
                current.append(_SPACE_RUN.sub(" ", elem.tail))
    flush()
    return blocks
