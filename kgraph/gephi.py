"""The linked graph as networks for Gephi: networkx graphs written as GraphML and GEXF 1.3.

Networks (``--network``):
- ``entities`` (default): every entity; co-occurrence in a sentence (undirected), relations and
  quotation edges (directed: speaker -> addressee, speaker -> what the quote mentions);
- ``people``: the same, between people only;
- ``speakers``: who speaks to and about whom (quotation edges only);
- ``documents``: the articles and the entities they mention (a bipartite graph, undirected).

What Gephi, graphology and networkx need, and what this module does about it:
- an edge's direction is its own: co-occurrence and mention edges are undirected (GEXF per-edge
  ``type``, GraphML ``directed="false"``), the others directed;
- parallel edges of different meaning (co-occurs and speaks-about between the same two people)
  stay apart: GEXF 1.3 ``kind`` (Gephi keeps parallel edges of different kinds), and every edge
  has a ``label``, a ``kind`` attribute, its ``weight`` and the ``rule`` ids behind its evidence;
- node colour and size are in GEXF's ``viz`` namespace (Gephi, graphology and networkx read them),
  and in GraphML as ``r``/``g``/``b``/``size`` attributes, which Gephi's GraphML importer reads;
- GraphML key ids are attribute names; node and edge ids are NMTOKENs (``n``/``e`` + a hash),
  edge ids unique in the file; values are str, int, float or bool, never None; lists as "a|b";
  GEXF's reserved names (type, start, end, id, label, weight) are never data.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections import Counter
from collections.abc import Iterator

import networkx as nx

from kgraph.iri import Minter
from kgraph.link import LinkedGraph
from kgraph.types import DocFacts

GRAPH_FORMATS = {"graphml": ".graphml", "gexf": ".gexf"}
NETWORKS = ("entities", "people", "speakers", "documents")
DEFAULT_NETWORK = "entities"

# Colours by node kind (Gephi's viz colour): people blue, organisations orange, places green.
COLOURS = {
    "Person": (31, 119, 180),
    "Organization": (255, 127, 14),
    "Place": (44, 160, 44),
    "Document": (127, 127, 127),
}
# The rule of an edge that comes from two entities named in one sentence, not from an extractor.
COOCCURRENCE_RULE = "graph.cooccurrence.sentence"
MENTION_RULE = "graph.mentions.document"
UNDIRECTED = frozenset({"co-occurs", "mentions"})
_GEXF = "http://gexf.net/1.3"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def node_id(iri: str) -> str:
    return "n" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:16]


def edge_id(source: str, target: str, rel: str) -> str:
    return "e" + hashlib.sha1(f"{source}\x00{target}\x00{rel}".encode()).hexdigest()[:16]


Evidence = tuple[str, str, str, str]  # source IRI, target IRI, relation name, rule id


def _edge_pairs(graph: LinkedGraph, facts: DocFacts, min_confidence: float, network: str,
                mint: Minter) -> Iterator[Evidence]:
    """(source, target, relation, rule) for each piece of evidence one document gives the network."""
    doc_id = facts.article.id
    iri = graph.entity_iri
    if network == "documents":
        doc = mint.document(doc_id)
        for m in facts.mentions:
            target = iri(doc_id, m.entity)
            if target is not None:
                yield doc, target, "mentions", MENTION_RULE
        return
    if network != "speakers":
        by_sentence: dict[int, set[str]] = {}
        for m in facts.mentions:
            target = iri(doc_id, m.entity)
            if target is not None:
                by_sentence.setdefault(m.sent, set()).add(target)
        for members in by_sentence.values():
            for a, b in itertools.combinations(sorted(members), 2):
                yield a, b, "co-occurs", COOCCURRENCE_RULE
        for rel in facts.relations:
            if rel.object is None or rel.confidence < min_confidence:
                continue
            s, o = iri(doc_id, rel.subject), iri(doc_id, rel.object)
            if s and o and s != o:
                yield s, o, rel.predicate, rel.rule
    for quote in facts.quotes:
        speaker = iri(doc_id, quote.speaker)
        if speaker is None or quote.confidence < min_confidence:
            continue
        addressee = iri(doc_id, quote.addressee)
        if addressee and addressee != speaker:
            yield speaker, addressee, "speaks-to", quote.rule
        for key in quote.mentions:
            about = iri(doc_id, key)
            if about and about != speaker:
                yield speaker, about, "speaks-about", quote.rule


def _add_node(g: nx.MultiDiGraph, iri: str, label: str, kind: str, mentions: int, aliases: str,
              country: bool, documents: int) -> None:
    r, gr, b = COLOURS[kind]
    size = float(4 + 2 * min(mentions, 50) ** 0.5)
    g.add_node(node_id(iri), label=label, iri=iri, kind=kind, mentions=int(mentions), aliases=aliases,
               country=bool(country), documents=int(documents),
               viz={"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": size})


def to_networkx(graph: LinkedGraph, min_confidence: float = 0.0, network: str = DEFAULT_NETWORK,
                minter: Minter | None = None) -> nx.MultiDiGraph | nx.MultiGraph:
    """A network of the graph (see the module docstring), edges weighted by evidence; undirected
    as a whole (a MultiGraph) when all its edges are (``documents``)."""
    if network not in NETWORKS:
        raise ValueError(f"unknown network {network!r}; choose from {', '.join(NETWORKS)}")
    mint = minter or Minter()
    weights: Counter[tuple[str, str, str]] = Counter()
    rules: dict[tuple[str, str, str], set[str]] = {}
    headlines: dict[str, tuple[str, int]] = {}
    for facts in graph.docs:
        for s, o, rel, rule in _edge_pairs(graph, facts, min_confidence, network, mint):
            weights[(s, o, rel)] += 1
            rules.setdefault((s, o, rel), set()).add(rule)
            if network == "documents":
                headlines[s] = (facts.article.title or facts.article.id, len(facts.mentions))
    people_only = network == "people"
    if people_only:
        keep = {i for i, e in graph.entities.items() if e.type == "Person"}
        weights = Counter({k: w for k, w in weights.items() if k[0] in keep and k[1] in keep})
    used = {n for s, o, _ in weights for n in (s, o)}
    g: nx.MultiDiGraph | nx.MultiGraph = nx.MultiGraph() if network == "documents" else nx.MultiDiGraph()
    for iri in sorted(graph.entities):
        e = graph.entities[iri]
        if network in ("speakers", "documents") and iri not in used:
            continue  # an entity nobody speaks of, or (documents) that no edge reaches
        if people_only and e.type != "Person":
            continue
        _add_node(g, iri, e.name, e.type, e.mention_count, "|".join(e.aliases), e.is_country, len(e.docs))
    for doc, (title, mentions) in sorted(headlines.items()):
        _add_node(g, doc, title, "Document", mentions, "", False, 1)
    for (s, o, rel), w in sorted(weights.items()):
        key = edge_id(s, o, rel)
        made_by = "|".join(sorted(r for r in rules[(s, o, rel)] if r))
        g.add_edge(node_id(s), node_id(o), key=key, id=key, label=rel, kind=rel, rel=rel, edgelabel=rel,
                   weight=float(w), rule=made_by,
                   type="undirected" if rel in UNDIRECTED else "directed")
    return g


def write_graphml(g: nx.MultiDiGraph | nx.MultiGraph, path: str | os.PathLike[str]) -> None:
    """GraphML with named key ids, colours as r/g/b/size attributes, and undirected edges marked
    ``directed="false"``."""
    import io

    from lxml import etree

    from kgraph.io.writers import atomic_write

    plain = g.__class__()
    for n, data in g.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k != "viz"}
        viz = data.get("viz", {})
        if viz:
            colour = viz["color"]
            attrs.update(r=int(colour["r"]), g=int(colour["g"]), b=int(colour["b"]), size=float(viz["size"]))
        plain.add_node(n, **attrs)
    undirected = set()
    for s, o, k, data in g.edges(keys=True, data=True):
        # The key is the edge id; label, type and kind are GEXF's (rel and edgelabel say the kind,
        # and GraphML's key ids are shared by nodes and edges: a node's kind is its type).
        kept = {a: v for a, v in data.items() if a not in ("id", "label", "type", "kind")}
        plain.add_edge(s, o, key=k, **kept)
        if data.get("type") == "undirected" and g.is_directed():
            undirected.add(k)
    buf = io.BytesIO()
    nx.write_graphml(plain, buf, named_key_ids=True)
    root = etree.fromstring(buf.getvalue())
    ns = root.nsmap[None]
    for edge in root.iter(f"{{{ns}}}edge"):
        if edge.get("id") in undirected:
            edge.set("directed", "false")
    with atomic_write(path, "wb") as handle:
        handle.write(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def write_gexf(g: nx.MultiDiGraph | nx.MultiGraph, path: str | os.PathLike[str]) -> None:
    """GEXF 1.3: per-edge type and kind, viz colour and size, no graph name, no networkx key."""
    import io

    from lxml import etree

    from kgraph.io.writers import atomic_write

    buf = io.BytesIO()
    nx.write_gexf(g, buf, version="1.3")
    root = etree.fromstring(buf.getvalue())
    ns = root.nsmap[None]
    # networkx 3.x writes the xsi namespace without "www.": put the right one back.
    root.attrib.pop("{http://w3.org/2001/XMLSchema-instance}schemaLocation", None)
    root.set(f"{{{_XSI}}}schemaLocation", f"{_GEXF} {_GEXF}/gexf.xsd")
    for graph in root.iter(f"{{{ns}}}graph"):
        graph.attrib.pop("name", None)
    attr_ids = {}
    for attr in root.iter(f"{{{ns}}}attribute"):
        attr_ids[attr.get("id")] = attr.get("title")
    dropped = {i for i, title in attr_ids.items() if title == "networkx_key"}
    kind_id = next((i for i, title in attr_ids.items() if title == "kind"), None)
    for edge in root.iter(f"{{{ns}}}edge"):
        for value in edge.iter(f"{{{ns}}}attvalue"):
            if value.get("for") == kind_id and edge.getparent() is not None:
                edge.set("kind", value.get("value"))  # GEXF 1.3: parallel edges of other kinds stay
    for attr in list(root.iter(f"{{{ns}}}attribute")):
        if attr.get("id") in dropped:
            attr.getparent().remove(attr)
    for value in list(root.iter(f"{{{ns}}}attvalue")):
        if value.get("for") in dropped:
            parent = value.getparent()
            parent.remove(value)
            if len(parent) == 0:
                parent.getparent().remove(parent)
    etree.cleanup_namespaces(root)
    with atomic_write(path, "wb") as handle:
        handle.write(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
