"""The linked graph as a networkx graph, written as GraphML and GEXF that Gephi reads right.

Gephi's traps, and what this module does about them:
- GraphML key ids are written by name (Gephi reads key ``d3``/``d7`` as labels otherwise);
- node and edge ids are XML NMTOKENs (``n`` + a hash of the IRI), edge ids unique in the file;
- an edge's label is ``edgelabel`` (and ``rel``), never ``label``;
- attribute values are str, int, float or bool, one type per name, never None; lists as "a|b";
- GEXF never uses its reserved names (type, start, end, id, label, weight) for data.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from kgraph.link import LinkedGraph
from kgraph.types import DocFacts

GRAPH_FORMATS = {"graphml": ".graphml", "gexf": ".gexf"}

# Colours by entity type (Gephi's viz colour): people blue, organisations orange, places green.
COLOURS = {
    "Person": (31, 119, 180),
    "Organization": (255, 127, 14),
    "Place": (44, 160, 44),
}


def node_id(iri: str) -> str:
    return "n" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:16]


def edge_id(source: str, target: str, rel: str) -> str:
    return "e" + hashlib.sha1(f"{source}\x00{target}\x00{rel}".encode()).hexdigest()[:16]


# The rule of an edge that comes from two entities named in one sentence, not from an extractor.
COOCCURRENCE_RULE = "graph.cooccurrence.sentence"


def _edge_pairs(graph: LinkedGraph, facts: DocFacts, min_confidence: float
                ) -> Iterable[tuple[str, str, str, str]]:
    """(source IRI, target IRI, relation name, rule id) for each piece of evidence in one document."""
    doc_id = facts.article.id
    iri = graph.entity_iri
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


def to_networkx(graph: LinkedGraph, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """Entities as nodes; co-occurrence, relation and quotation edges weighted by evidence."""
    g = nx.MultiDiGraph()
    for iri in sorted(graph.entities):
        e = graph.entities[iri]
        r, gr, b = COLOURS[e.type]
        g.add_node(
            node_id(iri), label=e.name, iri=iri, kind=e.type, mentions=int(e.mention_count),
            aliases="|".join(e.aliases), country=bool(e.is_country), documents=len(e.docs),
            viz={"color": {"r": r, "g": gr, "b": b, "a": 1.0},
                 "size": float(4 + 2 * min(e.mention_count, 50) ** 0.5)},
        )
    weights: Counter[tuple[str, str, str]] = Counter()
    rules: dict[tuple[str, str, str], set[str]] = {}
    for facts in graph.docs:
        for s, o, rel, rule in _edge_pairs(graph, facts, min_confidence):
            weights[(s, o, rel)] += 1
            rules.setdefault((s, o, rel), set()).add(rule)
    for (s, o, rel), w in sorted(weights.items()):
        sid, oid = node_id(s), node_id(o)
        key = edge_id(s, o, rel)
        # The rules behind the edge's evidence, "|"-joined (one for most edges).
        made_by = "|".join(sorted(r for r in rules[(s, o, rel)] if r))
        g.add_edge(sid, oid, key=key, id=key, rel=rel, edgelabel=rel, weight=float(w), rule=made_by)
    return g


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    from kgraph.io.writers import atomic_write

    plain = _without_viz(g)
    with atomic_write(path, "wb") as handle:
        # Edge keys are the edge ids; named key ids keep Gephi from reading d3/d7 as labels.
        nx.write_graphml(plain, handle, named_key_ids=True)


def write_gexf(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """GEXF 1.2draft as the schema wants it: no graph name, colour and size in the GEXF namespace,
    and no networkx bookkeeping attribute."""
    import io

    from lxml import etree

    from kgraph.io.writers import atomic_write

    buf = io.BytesIO()
    nx.write_gexf(g, buf, version="1.2draft")
    root = etree.fromstring(buf.getvalue())
    ns = root.nsmap[None]
    for graph in root.iter(f"{{{ns}}}graph"):
        graph.attrib.pop("name", None)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag.startswith("{") and "viz" in el.tag.split("}")[0]:
            el.tag = f"{{{ns}}}{etree.QName(el).localname}"
    dropped = set()
    for attr in root.iter(f"{{{ns}}}attribute"):
        if attr.get("title") == "networkx_key":
            dropped.add(attr.get("id"))
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


def _without_viz(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy without GEXF's viz data and without the edge 'id' attribute (the key is the id)."""
    plain = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        plain.add_node(n, **{k: v for k, v in data.items() if k != "viz"})
    for s, o, k, data in g.edges(keys=True, data=True):
        plain.add_edge(s, o, key=k, **{a: v for a, v in data.items() if a != "id"})
    return plain
