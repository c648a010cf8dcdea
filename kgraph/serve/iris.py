"""Between the graph's IRIs and the server's URLs: the graph's base IRI is the server's root, so
``BASE person/amara-okafor`` is served at ``/person/amara-okafor``, and when the graph was built
with ``--base-iri`` pointing at the server, its IRIs are the URLs themselves."""

from __future__ import annotations

import re
from urllib.parse import quote

from kgraph.iri import kept_in_iri

_PCT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


_kept_in_iri = kept_in_iri  # what kgraph's IRIs hold as it is (kgraph.iri.iri_quote decides)


def uri_to_iri(path: str) -> str:
    """A URL path as kgraph's IRIs write it: percent-encoded UTF-8 of letters beyond ASCII is
    decoded (browsers encode them, kgraph's IRIs hold them as they are); everything else that was
    percent-encoded stays so, in upper case."""

    def fix(m: re.Match[str]) -> str:
        raw = bytes.fromhex(m.group(0).replace("%", ""))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0).upper()
        return "".join(ch if _kept_in_iri(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
                       for ch in text)

    return _PCT_RUN.sub(fix, path)


def iri_to_uri(iri: str) -> str:
    """An IRI as a URI: characters beyond ASCII percent-encoded as UTF-8 (the rest left alone)."""
    return "".join(ch if ch.isascii() else quote(ch, safe="") for ch in iri)


class Paths:
    """URLs on this server for a graph's IRIs."""

    def __init__(self, base: str | None) -> None:
        self.base = base

    def url(self, iri: str) -> str:
        """Where an IRI's page is: its path below the base, or /resource?iri= for other IRIs."""
        base = self.base
        if base and iri.startswith(base) and len(iri) > len(base):
            return "/" + iri_to_uri(iri[len(base):])
        node, sep, frag = iri.partition("#")
        return "/resource?iri=" + quote(node, safe="") + (sep + iri_to_uri(frag) if sep else "")

    def iri(self, raw_path: str) -> str | None:
        """The IRI a request path names (raw_path as sent, percent-encoded)."""
        if not self.base:
            return None
        return self.base + uri_to_iri(raw_path.lstrip("/"))
