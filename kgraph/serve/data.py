"""What the pages show, read from the graph with SPARQL: each query starts from a bound IRI (an
entity or a document), so it stays fast on a store of a million triples."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from kgraph.serve.source import Name, Snapshot, fold
from kgraph.vocab import ITSRDF, KG, NIF, PROV, RDF, RDFS, SCHEMA, SEM

ROLES = {KG + "agent": "agent", KG + "patient": "patient", KG + "recipient": "recipient",
         SEM + "hasActor": "actor", SEM + "hasPlace": "place"}
QUOTE_KINDS = {"DirectQuote": "direct", "IndirectQuote": "indirect", "MixedQuote": "mixed"}
_SPAN = re.compile(r"#char=(\d+),(\d+)$")


def ref(iri: str) -> str:
    """An IRI as a SPARQL term, checked (a malformed IRI raises ValueError, never reaches the text)."""
    return str(NamedNode(iri))


def v(row: dict[str, object], key: str) -> str | None:
    term = row.get(key)
    return None if term is None else str(getattr(term, "value", term))


def num(row: dict[str, object], key: str) -> float | None:
    text = v(row, key)
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def short(iri: str | None) -> str:
    """The local name of a term: schema:worksFor -> worksFor."""
    if not iri:
        return ""
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


def span_of(iri: str | None) -> tuple[int, int] | None:
    m = _SPAN.search(iri or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


@dataclass
class Fact:
    """A quotation, statement, event or count, with where its evidence is."""

    iri: str
    kind: str  # quote, statement, event, count
    doc: str
    confidence: float | None = None
    rule: str | None = None
    begin: int | None = None  # of the first piece of evidence
    end: int | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    fields: dict[str, str | None] = field(default_factory=dict)

    @property
    def evidence(self) -> str:
        """The IRI of the characters to open the article at."""
        if self.kind == "quote":
            return self.iri
        return f"{self.doc}#char={self.begin},{self.end}" if self.begin is not None else self.doc


def describe(snap: Snapshot, iris: list[str], graph: str | None = None) -> dict[str, dict[str, list[object]]]:
    """Every property of each of ``iris`` (in ``graph``, else in any graph), in one query: quicker
    on Oxigraph than a join with an OPTIONAL per property."""
    out: dict[str, dict[str, list[object]]] = {i: defaultdict(list) for i in iris}
    for n in range(0, len(iris), 500):
        values = " ".join(ref(i) for i in iris[n:n + 500])
        where = f"VALUES ?s {{ {values} }} ?s ?p ?o ."
        if graph:
            where = f"GRAPH {ref(graph)} {{ {where} }}"
        for row in snap.query(f"SELECT ?s ?p ?o WHERE {{ {where} }}"):
            props = out.get(v(row, "s") or "")
            if props is not None:
                props[v(row, "p") or ""].append(row["o"])
    return out


def _one(props: dict[str, list[object]], prop: str) -> str | None:
    values = props.get(prop)
    if not values:
        return None
    return str(getattr(values[0], "value", values[0]))


def _fact(iri: str, kind: str, props: dict[str, list[object]]) -> Fact:
    """A Fact from its properties: confidence, rule, document and evidence spans."""
    conf = _one(props, KG + "confidence")
    doc = _one(props, PROV + "wasDerivedFrom") or _one(props, SCHEMA + "isPartOf") or iri.split("#", 1)[0]
    fact = Fact(iri, kind, doc, float(conf) if conf else None, _one(props, KG + "rule"))
    spans = (span_of(getattr(t, "value", None)) for t in props.get(KG + "evidence", []))
    fact.pieces = sorted(s for s in spans if s is not None)
    if fact.pieces:
        fact.begin, fact.end = fact.pieces[0]
    return fact


def _quote_fact(iri: str, props: dict[str, list[object]]) -> Fact:
    fact = _fact(iri, "quote", props)
    kind = short(_one(props, KG + "quoteKind"))
    fact.fields = {"text": _one(props, SCHEMA + "text"), "kind": QUOTE_KINDS.get(kind, kind),
                   "speaker": _one(props, SCHEMA + "creator"),
                   "speaker_text": _one(props, KG + "speakerText"),
                   "cue": _one(props, KG + "cue"), "addressee": _one(props, KG + "addressee")}
    return fact


def _statement_fact(iri: str, props: dict[str, list[object]], me: str | None = None) -> Fact:
    fact = _fact(iri, "statement", props)
    subject = _one(props, RDF + "subject")
    objects = props.get(RDF + "object", [])
    obj = objects[0] if objects else None
    fact.fields = {"subject": subject, "property": short(_one(props, RDF + "predicate")),
                   "object": obj.value if isinstance(obj, NamedNode) else None,
                   "value": obj.value if isinstance(obj, Literal) else None}
    # The other end of the relation, seen from the entity ``me``.
    incoming = me is not None and fact.fields["object"] == me
    fact.fields["other"] = fact.fields["subject"] if incoming else fact.fields["object"]
    return fact


def _event_fact(iri: str, props: dict[str, list[object]], me: str | None = None) -> Fact:
    fact = _fact(iri, "event", props)
    roles = sorted(ROLES[p] for p in ROLES
                   if me and any(getattr(t, "value", None) == me for t in props.get(p, [])))
    if len(roles) > 1:
        roles = [r for r in roles if r != "actor"]  # sem:hasActor repeats the agent, patient or recipient
    others = [t.value for p in ROLES for t in props.get(p, []) if isinstance(t, NamedNode) and t.value != me]
    fact.fields = {"label": _one(props, RDFS + "label"), "trigger": _one(props, KG + "trigger"),
                   "time": _one(props, SEM + "hasTimeStamp"), "role": ", ".join(roles),
                   "with": " ".join(dict.fromkeys(others))}
    return fact


def _count_fact(iri: str, props: dict[str, list[object]]) -> Fact:
    fact = _fact(iri, "count", props)
    fact.fields = {"quantity": _one(props, KG + "quantity"), "type": _one(props, KG + "countType"),
                   "label": _one(props, RDFS + "label"), "unit": _one(props, KG + "unit"),
                   "reporter": _one(props, KG + "reportedBy")}
    return fact


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

    view.quotes_by = facts(f"?f schema:creator {e} .", "quotes by", _quote_fact)
    about = {f.iri: f for f in facts(f"?f schema:mentions {e} . ?f a schema:Quotation", "quotes about",
                                     _quote_fact)}
    for f in facts(f"?f kg:addressee {e} .", "quotes to", _quote_fact):
        about.setdefault(f.iri, f)
    view.quotes_about = sorted(about.values(), key=lambda f: (f.doc, f.begin or 0))
    view.relations_out = facts(f"?f rdf:subject {e} .", "relations out",
                               lambda i, p: _statement_fact(i, p, me))
    view.relations_in = facts(f"?f rdf:object {e} .", "relations in", lambda i, p: _statement_fact(i, p, me))
    for rel in (view.relations_out, view.relations_in):
        rel.sort(key=lambda f: (f.fields["property"] or "", -(f.confidence or 0), f.iri))
    view.events = facts(f"VALUES ?role {{ kg:agent kg:patient kg:recipient sem:hasActor sem:hasPlace }} "
                        f"?f ?role {e} .", "events", lambda i, p: _event_fact(i, p, me))
    view.counts = facts(f"?f kg:reportedBy {e} .", "counts", _count_fact)
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
    view = DocView(iri, headline=_one(me, SCHEMA + "headline") or short(iri),
                   date=_one(me, SCHEMA + "datePublished"), url=_one(me, SCHEMA + "url"),
                   identifier=_one(me, SCHEMA + "identifier"), source=_one(me, KG + "sourcePath"))
    for node, props in nodes.items():
        types = {getattr(t, "value", "") for t in props.get(RDF + "type", [])}
        if NIF + "Context" in types and _one(props, NIF + "sourceUrl") == iri:
            view.text = _one(props, NIF + "isString")
        elif NIF + "Phrase" in types:
            span = span_of(node)
            entity_iri = _one(props, ITSRDF + "taIdentRef")
            if span and entity_iri:
                view.mentions.append({"begin": span[0], "end": span[1], "entity": entity_iri,
                                      "type": short(_one(props, KG + "mentionType"))})
        elif SCHEMA + "Quotation" in types:
            view.quotes.append(_quote_fact(node, props))
        elif RDF + "Statement" in types:
            view.facts.append(_statement_fact(node, props))
        elif SCHEMA + "Event" in types:
            view.facts.append(_event_fact(node, props))
        elif KG + "Count" in types:
            view.facts.append(_count_fact(node, props))
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
    facts = {q.iri: _quote_fact(q.iri, props[q.iri]) for q in page}
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
