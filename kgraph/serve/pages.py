"""The HTML pages (search, entity, article, quotes, neighbourhood) and the graph's IRIs served with
content negotiation (HTML, Turtle, JSON-LD, N-Triples, RDF/XML)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from markupsafe import Markup
from pyoxigraph import QueryTriples
from starlette.requests import Request
from starlette.responses import Response

from kgraph.serve import data
from kgraph.serve.drawing import draw
from kgraph.serve.iris import Paths
from kgraph.serve.negotiate import choose
from kgraph.serve.results import FORMAT_NAMES, GRAPH_TYPES, content_type, normalise_accept, to_rdf
from kgraph.serve.source import Name, Snapshot, fold
from kgraph.serve.text import Span, mark_up

if TYPE_CHECKING:
    from kgraph.serve.app import Site

TYPE_ORDER = ["Person", "Organization", "Place"]
RESOURCE_TYPES = ["text/html", *GRAPH_TYPES]
PAGE_SIZE = 50
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def home(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    counts = snap.counts()
    labels = [("NewsArticle", "articles"), ("Person", "people"), ("Organization", "organisations"),
              ("Place", "places"), ("Quotation", "quotations"), ("Statement", "relations"),
              ("Event", "events"), ("Count", "counts")]
    names = snap.names()
    top = [(kind, [n for n in names if kind in n.types][:15]) for kind in TYPE_ORDER]
    return site.page("home.html", snap, title=f"{site.source.path.name}",
                     counts=[(label, counts.get(key, 0)) for key, label in labels], top=top)


def search(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    q = request.query_params.get("q", "")[:200]
    kind = request.query_params.get("type") or None
    limit = 50
    results = data.search(snap, q, kind, limit) if q.strip() else []
    return site.page("search.html", snap, q=q, kind=kind, results=results, limit=limit)


def _offset(request: Request) -> int:
    try:
        return max(0, int(request.query_params.get("offset", "0")))
    except ValueError:
        return 0


def _page_urls(path: str, params: dict[str, str], offset: int, shown: int, total: int,
               size: int) -> tuple[str | None, str | None]:
    kept = {k: v for k, v in params.items() if v and k != "offset"}

    def at(n: int) -> str:
        return f"{path}?{urlencode({**kept, 'offset': str(n)} if n else kept)}"

    prev_url = at(max(0, offset - size)) if offset > 0 else None
    next_url = at(offset + size) if offset + shown < total else None
    return prev_url, next_url


def quotes(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    p = request.query_params
    filters = {k: p.get(k, "").strip() for k in ("speaker", "doc", "from", "to", "kind")}
    notes = []
    speakers: set[str] | None = None
    if filters["speaker"]:
        speakers, note = _speakers(snap, filters["speaker"])
        notes.append(note)
    for key in ("from", "to"):
        if filters[key] and not _DATE.match(filters[key]):
            notes.append(f"“{filters[key]}” is not a date (YYYY-MM-DD): ignored")
            filters[key] = ""
    if filters["kind"] not in ("", "direct", "indirect", "mixed"):
        filters["kind"] = ""
    offset = _offset(request)
    found, total = data.quotes(snap, speakers=speakers, doc=filters["doc"] or None,
                               kind=filters["kind"] or None,
                               date_from=filters["from"] or None, date_to=filters["to"] or None,
                               offset=offset, limit=PAGE_SIZE)
    labels = data.labels(snap, {str(q.fields["speaker"]) for q in found if q.fields.get("speaker")})
    prev_url, next_url = _page_urls("/quotes", filters, offset, len(found), total, PAGE_SIZE)
    return site.page("quotes.html", snap, f=filters, quotes=found, total=total, offset=offset, labels=labels,
                     note="; ".join(n for n in notes if n), prev_url=prev_url, next_url=next_url)


def _speakers(snap: Snapshot, text: str) -> tuple[set[str], str]:
    """The entities a speaker filter names: an IRI, else every entity with that name or alias,
    else every entity whose name or alias contains it."""
    if "://" in text or text.startswith("urn:"):
        return {text}, ""
    key = fold(text)
    names = snap.names()
    exact = {n.iri for n in names if key in n.keys}
    if exact:
        return exact, f"speakers named “{text}”: {len(exact)}" if len(exact) > 1 else ""
    partial = {n.iri for n in names if any(key in k for k in n.keys)}
    return partial, f"speakers whose name contains “{text}”: {len(partial)}"


def docs(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    text = request.query_params.get("q", "").strip()[:200]
    key = fold(text)
    rows = sorted(((iri, h, d) for iri, (h, d) in snap.documents().items() if not key or key in fold(h)),
                  key=lambda r: (r[2] or "", r[0]))
    rows.sort(key=lambda r: r[2] or "", reverse=True)  # newest first, undated last
    offset = _offset(request)
    size = 100
    page = rows[offset:offset + size]
    prev_url, next_url = _page_urls("/docs", {"q": text}, offset, len(page), len(rows), size)
    return site.page("docs.html", snap, text=text, docs=page, total=len(rows), offset=offset,
                     prev_url=prev_url, next_url=next_url)


def _graph_args(request: Request) -> tuple[str, int]:
    iri = request.query_params.get("iri", "")
    try:
        steps = 2 if int(request.query_params.get("steps", "1")) >= 2 else 1
    except ValueError:
        steps = 1
    return iri, steps


Drawn = tuple[Markup, dict[str, Name], list[tuple[str, str, str, str]], bool]


def _neighbourhood(site: Site, snap: Snapshot, iri: str, steps: int) -> Drawn | None:
    if iri not in snap.name_map():
        return None
    limit = 40
    nodes, edges = data.neighbourhood(snap, iri, steps, max_nodes=limit)
    svg = draw(iri, nodes, edges, Paths(snap.base_iri).url)
    return svg, nodes, edges, len(nodes) >= limit


def graph(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    iri, steps = _graph_args(request)
    drawn = _neighbourhood(site, snap, iri, steps)
    if drawn is None:
        return site.error(404, "No such entity", f"The graph has no entity {iri}.", snap)
    svg, nodes, edges, capped = drawn
    return site.page("graph.html", snap, iri=iri, name=nodes[iri].name, steps=steps, svg=svg,
                     nodes=len(nodes), edges=edges, names={k: n.name for k, n in nodes.items()},
                     capped=capped)


def graph_svg(site: Site, request: Request) -> Response:
    snap = site.snapshot()
    iri, steps = _graph_args(request)
    drawn = _neighbourhood(site, snap, iri, steps)
    if drawn is None:
        return Response("no such entity\n", status_code=404, media_type="text/plain")
    return Response(str(drawn[0]), media_type="image/svg+xml")


# -- the graph's IRIs ----------------------------------------------------------------------


def resource(site: Site, request: Request) -> Response:
    """An entity or a document by its IRI: /person/..., /doc/..., or /resource?iri=..."""
    snap = site.snapshot()
    paths = Paths(snap.base_iri)
    if request.url.path == "/resource":
        iri = request.query_params.get("iri", "")
    else:
        raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        iri = paths.iri(raw.decode("latin-1").split("?", 1)[0]) or ""
    media = _resource_type(request)
    if media is None:
        return Response("406 Not Acceptable: this resource is served as " + ", ".join(RESOURCE_TYPES) + "\n",
                        status_code=406, media_type="text/plain", headers={"Vary": "Accept"})
    try:
        view = data.entity(snap, iri) if iri else None
        doc = data.document(snap, iri) if iri and view is None else None
    except ValueError:
        return site.error(400, "Not an IRI", f"“{iri}” is not an IRI.", snap)
    if view is None and doc is None:
        return site.error(404, "Not in this graph", f"The graph has no entity or article {iri}.", snap)
    link = f'<{paths.url(iri)}?format=turtle>; rel="alternate"; type="text/turtle"'
    headers = {"Vary": "Accept", "Link": link}
    if media != "text/html":
        triples = _triples(snap, iri, entity=view is not None)
        return Response(to_rdf(triples, media), media_type=content_type(media), headers=headers)
    if view is not None:
        labels = dict(view.labels)
        labels[iri] = view.name
        return _with(site.page("entity.html", snap, e=view, labels=labels), headers)
    assert doc is not None
    return _with(site.page("doc.html", snap, d=doc, labels=doc.labels, text=_text(doc, paths)), headers)


def _with(response: Response, headers: dict[str, str]) -> Response:
    response.headers.update(headers)
    return response


def _resource_type(request: Request) -> str | None:
    wanted = request.query_params.get("format")
    if wanted:
        media = FORMAT_NAMES.get(wanted.lower())
        return media if media in RESOURCE_TYPES else None
    return choose(normalise_accept(request.headers.get("accept")), RESOURCE_TYPES)


def _triples(snap: Snapshot, iri: str, entity: bool) -> list:  # type: ignore[type-arg]
    """An entity's triples in the entity layer (what it is, and its relations both ways), or a
    document's whole named graph (its provenance layer)."""
    node = data.ref(iri)
    if entity:
        graph = data.ref(f"{snap.base_iri}graph/entities") if snap.base_iri else "?g"
        query = (f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ "
                 f"{{ GRAPH {graph} {{ {node} ?p ?o }} }} UNION {{ GRAPH {graph} {{ ?s ?q {node} }} }} }}")
    else:
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}"
    answer = snap.store.query(query)
    assert isinstance(answer, QueryTriples)
    return list(answer)


def _text(doc: data.DocView, paths: Paths) -> Markup | None:
    """The article's text with its mentions, quotations and fact evidence marked."""
    if doc.text is None:
        return None
    spans: list[Span] = []
    for m in doc.mentions:
        entity_iri = str(m["entity"])
        kind = doc.types.get(entity_iri, "").lower()
        b, e = int(m["begin"]), int(m["end"])  # type: ignore[call-overload]
        spans.append(Span(b, e, "mention", f"char={b},{e}", paths.url(entity_iri), kind,
                          f"{doc.labels.get(entity_iri, entity_iri)} ({m['type']})"))
    for q in doc.quotes:
        who = doc.labels.get(str(q.fields.get("speaker"))) or q.fields.get("speaker_text") or "unknown"
        for b, e in q.pieces:
            spans.append(Span(b, e, "quote", q.iri.partition("#")[2], title=f"quote by {who}"))
    for f in doc.facts:
        what = f.fields.get("property") or f.fields.get("label") or f.kind
        for b, e in f.pieces:
            spans.append(Span(b, e, "fact", f.iri.partition("#")[2], title=f"{f.kind}: {what}"))
    return mark_up(doc.text, spans)
