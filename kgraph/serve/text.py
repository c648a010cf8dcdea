"""An article's text as HTML with its mentions, quotations and fact evidence marked, every span
addressable by its IRI's fragment (#char=b,e, #quote-b-e, #statement-rel-n...)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass
class Span:
    begin: int
    end: int
    kind: str  # mention, quote, fact
    fragment: str  # the fragment of the node it belongs to (quote-1-2, statement-rel-3, char=1,2)
    href: str | None = None  # where a mention links to
    css: str = ""  # extra classes (person, organization, place)
    title: str = ""


def mark_up(text: str, spans: list[Span]) -> Markup:
    """The text cut at every span boundary; each piece lists (in data-f) the fragments covering it
    and carries the classes of the kinds covering it. Offsets are code points, as kgraph's are."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.begin < s.end <= n]
    cuts = sorted({0, n} | {s.begin for s in spans} | {s.end for s in spans})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.begin, []).append(s)
    out: list[str] = []
    anchored: set[str] = set()
    active: list[Span] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        for s in starts.get(a, []):
            for frag in (s.fragment, f"char={s.begin},{s.end}"):
                if frag not in anchored:
                    anchored.add(frag)
                    out.append(f'<span class="anchor" id="{escape(frag)}"></span>')
        piece = escape(text[a:b])
        if not active:
            out.append(str(piece))
            continue
        kinds = sorted({s.kind for s in active})
        names = [s.fragment for s in active] + [f"char={s.begin},{s.end}" for s in active]
        frags = " ".join(dict.fromkeys(names))
        mention = next((s for s in reversed(active) if s.kind == "mention" and s.href), None)
        titles = " | ".join(dict.fromkeys(s.title for s in active if s.title))
        classes = " ".join(["seg"] + kinds + ([mention.css] if mention and mention.css else []))
        inner = str(piece)
        if mention is not None:
            inner = f'<a href="{escape(mention.href)}">{piece}</a>'
        out.append(f'<span class="{escape(classes)}" data-b="{a}" data-e="{b}" data-f="{escape(frags)}"'
                   f' title="{escape(titles)}">{inner}</span>')
    return Markup("".join(out))
