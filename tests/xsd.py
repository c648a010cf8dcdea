"""Loading the GraphML and GEXF XML Schemas offline, and validating files against them.

The XSDs live in ``../shared/schemas/`` (next to the repository). They include and import each other
by relative path, and some schemas on the web import others by URL (xlink, the ``xml:`` namespace).
Nothing here ever touches the network: the parser has ``no_network=True`` and a resolver maps any
http(s) schema URL to a file of the same name under the schemas folder, or to a small built-in
schema for the ``xml:`` namespace. An URL that cannot be resolved locally is an error, not a fetch.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas"
GRAPHML_XSD = SCHEMAS / "graphml" / "graphml.xsd"
GEXF_XSD = SCHEMAS / "gexf-1.2draft" / "gexf.xsd"

# Enough of http://www.w3.org/2001/xml.xsd for schemas that reference xml:lang, xml:space, xml:base.
_XML_NAMESPACE_XSD = b"""<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://www.w3.org/XML/1998/namespace" xml:lang="en">
  <xs:attribute name="lang"><xs:simpleType><xs:union memberTypes="xs:language">
    <xs:simpleType>
      <xs:restriction base="xs:string"><xs:enumeration value=""/></xs:restriction>
    </xs:simpleType>
  </xs:union></xs:simpleType></xs:attribute>
  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName">
    <xs:enumeration value="default"/><xs:enumeration value="preserve"/>
  </xs:restriction></xs:simpleType></xs:attribute>
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="id" type="xs:ID"/>
  <xs:attributeGroup name="specialAttrs">
    <xs:attribute ref="xml:base"/><xs:attribute ref="xml:lang"/>
    <xs:attribute ref="xml:space"/><xs:attribute ref="xml:id"/>
  </xs:attributeGroup>
</xs:schema>
"""


class OfflineResolver(etree.Resolver):
    """Resolves remote schema URLs to local files; refuses anything it cannot find locally."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.local = {p.name: p for p in sorted(root.rglob("*.xsd"))}

    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        if url is None or not url.startswith(("http://", "https://", "ftp://")):
            return None  # a local (relative or file:) path: lxml loads it from disk
        if url.rstrip("/").endswith(("/XML/1998/namespace", "/xml.xsd")) and "xml.xsd" not in self.local:
            return self.resolve_string(_XML_NAMESPACE_XSD, context, base_url=url)
        name = url.rstrip("/").rsplit("/", 1)[-1]
        if name in self.local:
            return self.resolve_filename(str(self.local[name]), context)
        raise OSError(f"schema {url} is not available offline under {self.root}; refusing to fetch it")


@cache
def load_schema(xsd: Path) -> etree.XMLSchema:
    """The compiled schema at ``xsd``, with every import resolved offline."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(OfflineResolver(SCHEMAS if SCHEMAS.is_dir() else xsd.parent))
    return etree.XMLSchema(etree.parse(str(xsd), parser))


def schema_errors(xsd: Path, document: Path) -> list[str]:
    """Every validation error of ``document`` against ``xsd`` as 'line N: message' (empty if valid)."""
    schema = load_schema(xsd)
    doc = etree.parse(str(document), etree.XMLParser(no_network=True, resolve_entities=False))
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def summarise(errors: list[str], limit: int = 8) -> str:
    """Errors grouped by message (without line numbers), with a count and the first line of each."""
    groups: dict[str, list[str]] = {}
    for err in errors:
        line, _, message = err.partition(": ")
        groups.setdefault(message, []).append(line)
    out = [f"{len(lines)}x ({lines[0]}) {msg}" for msg, lines in list(groups.items())[:limit]]
    if len(groups) > limit:
        out.append(f"... and {len(groups) - limit} more kinds of error")
    return "\n".join(out)


def as_gexf_12(path: Path) -> Path:
    """The GEXF 1.3 file in 1.2draft's namespaces, without 1.3's edge ``kind``: the one GEXF
    schema available offline is 1.2draft's, and 1.3 differs from it by the kind (and its names)."""
    text = path.read_text(encoding="utf-8")
    text = text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    text = text.replace('version="1.3"', 'version="1.2"')
    text = re.sub(r' kind="[^"]*"', "", text)
    # The official 1.2draft schema imports viz.xsd so that it expects colour and size in the GEXF
    # namespace itself (a known quirk of that schema): move them there for the check.
    text = text.replace("<viz:", "<").replace("</viz:", "</")
    out = path.with_name(path.stem + ".as-1.2draft.gexf")
    out.write_text(text, encoding="utf-8")
    return out
