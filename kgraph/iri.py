"""The only place kgraph mints IRIs: readable, valid and the same on every run and machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from kgraph.errors import InvalidBaseIri  # noqa: F401 - raised here, importable from here too

DEFAULT_BASE_IRI = "https://example.org/kgraph/"

_TYPE_PATHS = {"Person": "person", "Organization": "organization", "Place": "place"}
_NOT_SLUG = re.compile(r"[^\w]+", re.UNICODE)




def check_base(base: str) -> str:
    """The base IRI, ending in '/' (or ':' for URNs), or InvalidBaseIri."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`#]*$", base):
        if "#" in base:
            raise InvalidBaseIri(f"{base!r}: a base IRI cannot hold '#', since kgraph puts fragments on "
                                 "document IRIs (#char=...); end it with '/' instead")
        raise InvalidBaseIri(f"{base!r} is not an absolute IRI (like https://example.org/kg/)")
    return base if base.endswith(("/", ":")) else base + "/"


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def slug(text: str) -> str:
    """Lowercase words joined by '-', accents removed where that leaves a Latin letter.

    'Amara Okafor' -> 'amara-okafor'; "O'Brien & Co. <Ltd>" -> 'o-brien-co-ltd'. Letters of other
    scripts are kept (IRIs allow them). Returns '' when nothing word-like is left.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = unicodedata.normalize("NFC", folded).casefold()
    return _NOT_SLUG.sub("-", folded).strip("-_")[:80].strip("-_")


# RFC 3987's ucschar: the code points beyond ASCII an IRI may hold as they are.
_UCSCHAR = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), *(
    (plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)), (0xE1000, 0xEFFFD))


def kept_in_iri(ch: str) -> bool:
    """Whether an IRI holds this character as it is: a letter, digit or mark of any script that
    RFC 3987 allows (``é``, ``ß``, ``中``), not a space, a control or a tag character."""
    code = ord(ch)
    return (code > 0x7F and ch.isprintable() and not ch.isspace()
            and unicodedata.category(ch)[0] in "LNM" and any(a <= code <= b for a, b in _UCSCHAR))


def iri_quote(text: str, safe: str) -> str:
    """Percent-encode what an IRI path cannot hold; letters of any script stay readable."""
    out = []
    for ch in text:
        if ch in safe or (ch.isascii() and ch.isalnum()):
            out.append(ch)
        elif kept_in_iri(ch):
            out.append(ch)
        else:
            out.append(quote(ch, safe=""))
    return "".join(out)


@lru_cache(maxsize=65536)
def _entity_path(name: str, disambiguator: str | None) -> str:
    s = slug(name) or "x-" + short_hash(name)
    if disambiguator:
        s = f"{s}-{short_hash(disambiguator, 8)}"
    return iri_quote(s, safe="-_")


class Minter:
    """Mints every IRI of one graph under a base IRI."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = check_base(base)

    def document(self, article_id: str) -> str:
        """A document's IRI from its id: readable, and one-to-one (distinct ids never share an IRI).

        Characters an IRI path cannot hold are percent-encoded (``\\`` too, and ``%`` itself),
        and so is a ``/`` that would start, end or double a path segment, and the dots of a
        ``.`` or ``..`` segment (parsers would resolve them away): percent-decoding the path gives
        the id back.
        """
        if not article_id:
            raise ValueError("an article id cannot be empty")
        quoted = iri_quote(article_id, safe="/-._~!$'()*+,;=:@")
        parts = quoted.split("/")
        out: list[str] = []
        for n, part in enumerate(parts):
            if part in (".", ".."):
                part = part.replace(".", "%2E")
            # An empty segment is a slash of the id that would leave one: it is written encoded.
            if n and (not part or not out[-1] or out[-1].endswith("%2F")):
                out[-1] += "%2F" + part
            else:
                out.append(part)
        path = "/".join(out)
        return f"{self.base}doc/{path}"

    def entity(self, etype: str, name: str, disambiguator: str | None = None) -> str:
        """An entity's IRI from its type and name (and a disambiguator for namesakes)."""
        return f"{self.base}{_TYPE_PATHS[etype]}/{_entity_path(name, disambiguator)}"

    @staticmethod
    def span(doc_iri: str, start: int, end: int) -> str:
        return f"{doc_iri}#char={start},{end}"

    @staticmethod
    def fragment(doc_iri: str, kind: str, *parts: object) -> str:
        """A node inside a document's graph: a quote, a statement, an event or a count."""
        return f"{doc_iri}#{kind}-" + "-".join(str(p) for p in parts)

    @staticmethod
    def geonames(geonames_id: int) -> str:
        """GeoNames' IRI for a place (sws.geonames.org, as GeoNames publishes it)."""
        return f"https://sws.geonames.org/{int(geonames_id)}/"

    def entity_graph(self) -> str:
        """The named graph that holds the entity layer (entities and the direct triples between
        them): no triple is in the default graph, so every store's union-default-graph mode sees
        all of it."""
        return f"{self.base}graph/entities"

    def run(self, started: str, description: str) -> str:
        return f"{self.base}run/{short_hash(started + description, 16)}"

    def agent(self, description: str) -> str:
        return f"{self.base}agent/{slug(description)}"
