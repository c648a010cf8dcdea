"""What the pages show, read from the graph with SPARQL: each query starts from a bound IRI (an
entity or a document), so it stays fast on a store of a million triples."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kgraph.serve.facts import (
    Fact,
    count_fact,
    describe,
    event_fact,
    one,
    quote_fact,
    ref,
    short,
    span_of,
    statement_fact,
    v,
)
from kgraph.serve.source import Name, Snapshot, fold
from kgraph.vocab import ITSRDF, KG, NIF, RDF, SCHEMA


def _subjects(snap: Snapshot, where: str, limit: int) -> tuple[list[str], bool]:
    """The distinct ?f matching ``where``, at most ``limit`` (and whether there were more)."""
    rows = snap.query(f"SELECT DISTINCT ?f WHERE {{ {where} }} LIMIT {limit + 1}")
    iris = [v(r, "f") or "" for r in rows]
    return iris[:limit], len(iris) > limit


# -- entities ------------------------------------------------------------------------------


@dataclass
class EntityView:
    iri: str
    types: list[str] = field(default_factory=list)
    name: str = ""
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    mentions: int | None = None
    properties: list[tuple[str, str]] = field(default_factory=list)  # other literal properties
    link_rules: list[str] = field(default_factory=list)
    articles: list[dict[str, object]] = field(default_factory=list)
    quotes_by: list[Fact] = field(default_factory=list)
    quotes_about: list[Fact] = field(default_factory=list)
    relations_out: list[Fact] = field(default_factory=list)
    relations_in: list[Fact] = field(default_factory=list)
    events: list[Fact] = field(default_factory=list)
    counts: list[Fact] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # names of the other entities shown
    limited: list[str] = field(default_factory=list)  # lists cut at the page's limit


ENTITY_TYPES = {SCHEMA + t for t in ("Person", "Organization", "Place", "Country")}


def entity(snap: Snapshot, iri: str, limit: int = 100) -> EntityView | None:
    """Everything the graph says about one entity, or None if it is not an entity."""
    e = ref(iri)
    view = EntityView(iri)
    for row in snap.query(f"SELECT ?p ?o WHERE {{ {e} ?p ?o }}"):
        p, o = v(row, "p") or "", v(row, "o") or ""
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            view.types.append(short(o))
        elif p == SCHEMA + "name":
            view.names.append(o)
        elif p == SCHEMA + "alternateName":
            view.aliases.append(o)
        elif p == SCHEMA + "sameAs":
            view.same_as.append(o)
        elif p == KG + "mentionCount":
            view.mentions = int(o)
        elif p == KG + "linkRule":
            view.link_rules.append(o)
        elif p in (SCHEMA + "latitude", SCHEMA + "longitude", SCHEMA + "identifier", KG + "age",
                   SCHEMA + "jobTitle"):
            view.properties.append((short(p), o))
    if not ENTITY_TYPES & {SCHEMA + t for t in view.types}:
        return None
    view.types.sort()
    view.names.sort()
    view.aliases.sort()
    view.properties.sort()
    view.name = view.names[0] if view.names else short(iri)

    # The articles, with how often each names the entity (mentions are named by their document).
    per_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row in snap.query(f"SELECT ?m WHERE {{ ?m itsrdf:taIdentRef {e} }}"):
        m = v(row, "m") or ""
        span = span_of(m)
        if span:
            per_doc[m.split("#", 1)[0]].append(span)
    docs: dict[str, dict[str, object]] = {}
    for row in snap.query(f"""SELECT ?d ?h ?date WHERE {{ ?d schema:mentions {e} ; a schema:NewsArticle .
            OPTIONAL {{ ?d schema:headline ?h }} OPTIONAL {{ ?d schema:datePublished ?date }} }}"""):
        d = v(row, "d") or ""
        docs[d] = {"iri": d, "headline": v(row, "h") or short(d), "date": v(row, "date"),
                   "mentions": len(per_doc.get(d, [])), "first": min(per_doc[d]) if per_doc.get(d) else None}
    view.articles = sorted(docs.values(), key=lambda a: (-len(per_doc.get(str(a["iri"]), [])), str(a["iri"])))
    if len(view.articles) > limit:
        view.articles = view.articles[:limit]
        view.limited.append("articles")

    me = iri

    def facts(where: str, what: str, make: Callable[[str, dict[str, list[object]]], Fact]) -> list[Fact]:
        iris, more = _subjects(snap, where, limit)
        if more:
            view.limited.append(what)
        props = describe(snap, iris)
        return sorted((make(i, props[i]) for i in iris), key=lambda f: (f.doc, f.begin or 0, f.iri))

    view.quotes_by = facts(f"?f schema:creator {e} .", "quotes by", quote_fact)
    about = {f.iri: f for f in facts(f"?f schema:mentions {e} . ?f a schema:Quotation", "quotes about",
                                     quote_fact)}
    for f in facts(f"?f kg:addressee {e} .", "quotes to", quote_fact):
        about.setdefault(f.iri, f)
    view.quotes_about = sorted(about.values(), key=lambda f: (f.doc, f.begin or 0))
    view.relations_out = facts(f"?f rdf:subject {e} .", "relations out",
                               lambda i, p: statement_fact(i, p, me))
    view.relations_in = facts(f"?f rdf:object {e} .", "relations in", lambda i, p: statement_fact(i, p, me))
    for rel in (view.relations_out, view.relations_in):
        rel.sort(key=lambda f: (f.fields["property"] or "", -(f.confidence or 0), f.iri))
    view.events = facts(f"VALUES ?role {{ kg:agent kg:patient kg:recipient sem:hasActor sem:hasPlace }} "
                        f"?f ?role {e} .", "events", lambda i, p: event_fact(i, p, me))
    view.counts = facts(f"?f kg:reportedBy {e} .", "counts", count_fact)
    others = {f.fields.get("other") for f in view.relations_out + view.relations_in}
    others |= {f.fields.get("speaker") for f in view.quotes_about}
    for f in view.events:
        others |= set((f.fields.get("with") or "").split())
    view.labels = labels(snap, {o for o in others if o and o.startswith(("http:", "https:", "urn:"))})
    return view


def labels(snap: Snapshot, iris: set[str]) -> dict[str, str]:
    """The names of entities (by the name index, which holds every entity)."""
    if not iris:
        return {}
    index = snap.name_map()
    return {i: index[i].name for i in iris if i in index}


# -- search --------------------------------------------------------------------------------


def search(snap: Snapshot, text: str, kind: str | None = None, limit: int = 50) -> list[tuple[Name, str]]:
    """Entities whose name or an alias contains ``text`` (accents and case ignored): exact matches
    first, then names that start with it, then the rest, each by mention count. Each comes with
    the name or alias that matched."""
    key = fold(text.strip())
    if not key:
        return []
    found: list[tuple[int, int, Name, str]] = []
    for n, entry in enumerate(snap.names()):
        if kind and kind not in entry.types:
            continue
        best: tuple[int, str] | None = None
        for i, k in enumerate(entry.keys):
            if key not in k:
                continue
            rank = 0 if k == key else 1 if k.startswith(key) else 2 if f" {key}" in f" {k}" else 3
            matched = entry.name if i == 0 else entry.aliases[i - 1]
            if best is None or rank < best[0]:
                best = (rank, matched)
        if best is not None:
            found.append((best[0], n, entry, best[1]))
    found.sort(key=lambda x: (x[0], x[1]))
    return [(entry, matched) for _, _, entry, matched in found[:limit]]


# -- documents -----------------------------------------------------------------------------


@dataclass
class DocView:
    iri: str
    headline: str = ""
    date: str | None = None
    url: str | None = None
    identifier: str | None = None
    source: str | None = None
    text: str | None = None
    mentions: list[dict[str, object]] = field(default_factory=list)
    quotes: list[Fact] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)  # statements, events, counts
    labels: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)


def document(snap: Snapshot, iri: str) -> DocView | None:
    """A document: its text, and every mention, quotation and fact in its own graph (read whole,
    in one query: a document's graph is a few thousand triples at most)."""
    d = ref(iri)
    nodes: dict[str, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for row in snap.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {d} {{ ?s ?p ?o }} }}"):
        nodes[v(row, "s") or ""][v(row, "p") or ""].append(row["o"])
    me = nodes.get(iri)
    if not me or SCHEMA + "NewsArticle" not in {getattr(t, "value", None) for t in me.get(RDF + "type", [])}:
        return None
    view = DocView(iri, headline=one(me, SCHEMA + "headline") or short(iri),
                   date=one(me, SCHEMA + "datePublished"), url=one(me, SCHEMA + "url"),
                   identifier=one(me, SCHEMA + "identifier"), source=one(me, KG + "sourcePath"))
    for node, props in nodes.items():
        types = {getattr(t, "value", "") for t in props.get(RDF + "type", [])}
        if NIF + "Context" in types and one(props, NIF + "sourceUrl") == iri:
            view.text = one(props, NIF + "isString")
        elif NIF + "Phrase" in types:
            span = span_of(node)
            entity_iri = one(props, ITSRDF + "taIdentRef")
            if span and entity_iri:
                view.mentions.append({"begin": span[0], "end": span[1], "entity": entity_iri,
                                      "type": short(one(props, KG + "mentionType"))})
        elif SCHEMA + "Quotation" in types:
            view.quotes.append(quote_fact(node, props))
        elif RDF + "Statement" in types:
            view.facts.append(statement_fact(node, props))
        elif SCHEMA + "Event" in types:
            view.facts.append(event_fact(node, props))
        elif KG + "Count" in types:
            view.facts.append(count_fact(node, props))
    view.mentions.sort(key=lambda m: (m["begin"], m["end"]))  # type: ignore[arg-type,return-value]
    view.quotes.sort(key=lambda f: (f.begin or 0, f.iri))
    view.facts.sort(key=lambda f: (f.begin or 0, f.kind, f.iri))
    index = snap.name_map()
    wanted = {str(m["entity"]) for m in view.mentions} | {str(q.fields["speaker"]) for q in view.quotes}
    wanted |= {str(f.fields[k]) for f in view.facts for k in ("subject", "object", "reporter")
               if f.fields.get(k)}
    wanted |= {x for f in view.facts for x in (f.fields.get("with") or "").split()}
    view.labels = {i: index[i].name for i in wanted if i in index}
    view.types = {i: index[i].types[0] for i in wanted if i in index and index[i].types}
    return view


# -- quotes --------------------------------------------------------------------------------


def quotes(snap: Snapshot, *, speakers: set[str] | None = None, doc: str | None = None,
           kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
           offset: int = 0, limit: int = 50) -> tuple[list[Fact], int]:
    """A page of quotations matching the filters (newest article first), and how many match."""
    docs = snap.documents()
    index = snap.quote_index()
    picked = []
    for q in index:
        if speakers is not None and q.speaker not in speakers:
            continue
        if doc is not None and q.doc != doc:
            continue
        if kind and q.kind != kind:
            continue
        date = docs.get(q.doc, ("", None))[1]
        if (date_from or date_to) and date is None:
            continue
        if date_from and str(date) < date_from or date_to and str(date) > date_to:
            continue
        picked.append(q)
    total = len(picked)
    page = picked[offset:offset + limit]
    props = describe(snap, [q.iri for q in page])
    facts = {q.iri: quote_fact(q.iri, props[q.iri]) for q in page}
    for q in page:
        facts[q.iri].fields.update(headline=docs.get(q.doc, (short(q.doc), None))[0],
                                   date=docs.get(q.doc, ("", None))[1])
    return [facts[q.iri] for q in page], total


def neighbourhood(snap: Snapshot, iri: str, steps: int = 1, max_nodes: int = 40) -> tuple[
        dict[str, Name], list[tuple[str, str, str, str]]]:
    """The entities one or two steps from ``iri`` along relations and quotations: (nodes, edges),
    an edge being (source, target, label, evidence IRI). Past ``max_nodes`` the most mentioned
    neighbours are kept."""
    index = snap.name_map()
    edges: dict[tuple[str, str, str], str] = {}
    frontier = {iri}
    seen = {iri}
    for _ in range(max(1, min(steps, 2))):
        if not frontier:
            break
        values = " ".join(ref(x) for x in sorted(frontier))
        found: list[tuple[str, str, str, str]] = []
        for row in snap.query(f"""
                SELECT ?s ?p ?o ?f WHERE {{ VALUES ?x {{ {values} }}
                  {{ ?f rdf:subject ?x }} UNION {{ ?f rdf:object ?x }}
                  ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  FILTER(isIRI(?o)) }}"""):
            found.append((v(row, "s") or "", v(row, "o") or "", short(v(row, "p")), v(row, "f") or ""))
        for row in snap.query(f"""
                SELECT ?s ?o ?rel ?q WHERE {{ VALUES ?x {{ {values} }}
                  {{ ?q schema:creator ?x }} UNION {{ ?q kg:addressee ?x }} UNION {{ ?q schema:mentions ?x }}
                  ?q a schema:Quotation ; schema:creator ?s .
                  {{ ?q kg:addressee ?o BIND("speaks to" AS ?rel) }} UNION
                  {{ ?q schema:mentions ?o BIND("speaks about" AS ?rel) }} }}"""):
            found.append((v(row, "s") or "", v(row, "o") or "", v(row, "rel") or "", v(row, "q") or ""))
        new: set[str] = set()
        for s, o, rel, ev in found:
            if s == o or s not in index or o not in index:
                continue
            edges.setdefault((s, o, rel), ev)
            new |= {s, o} - seen
        ranked = sorted(new, key=lambda x: (-index[x].mentions, x))
        room = max_nodes - len(seen)
        keep = set(ranked[:max(0, room)])
        seen |= keep
        frontier = keep
    nodes = {x: index[x] for x in seen if x in index}
    kept = [(s, o, rel, ev) for (s, o, rel), ev in sorted(edges.items()) if s in nodes and o in nodes]
    return nodes, kept
