"""An entity's neighbourhood drawn as SVG on the server (networkx spring layout): no JavaScript,
and every node and edge a link."""

from __future__ import annotations

import math
from collections.abc import Callable

import networkx as nx
from markupsafe import Markup, escape

from kgraph.serve.source import Name

COLOURS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Place": "#59a14f", "Country": "#59a14f"}
WIDTH, HEIGHT, PAD = 900, 640, 60


def draw(centre: str, nodes: dict[str, Name], edges: list[tuple[str, str, str, str]],
         link: Callable[[str], str]) -> Markup:
    """SVG of ``nodes`` and ``edges`` (source, target, label, evidence IRI); ``link`` maps an IRI to
    the server's URL of its page."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(sorted(nodes))
    for s, o, label, ev in edges:
        graph.add_edge(s, o, label=label, evidence=ev)
    if len(graph) == 1:
        pos = {centre: (0.0, 0.0)}
    else:
        simple = nx.Graph(graph.to_undirected())
        pos = nx.spring_layout(simple, seed=7, k=1.6 / math.sqrt(len(simple)), iterations=100)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def at(node: str) -> tuple[float, float]:
        x, y = pos[node]
        if len(pos) == 1:
            return WIDTH / 2, HEIGHT / 2
        return (PAD + (x - min(xs)) / span_x * (WIDTH - 2 * PAD),
                PAD + (y - min(ys)) / span_y * (HEIGHT - 2 * PAD))

    most = max((n.mentions for n in nodes.values()), default=1) or 1
    title = nodes[centre].name if centre in nodes else centre
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="neighbourhood" '
           f'role="img" aria-label="{escape(title)} and its neighbours">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#888"/></marker></defs>']
    seen_pairs: dict[tuple[str, str], int] = {}
    for s, o, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        (x1, y1), (x2, y2) = at(s), at(o)
        pair = (min(s, o), max(s, o))
        bend = seen_pairs.get(pair, 0)
        seen_pairs[pair] = bend + 1
        mx, my = (x1 + x2) / 2 + bend * 12, (y1 + y2) / 2 - bend * 12
        r = _radius(nodes[o].mentions, most)
        length = math.hypot(x2 - mx, y2 - my) or 1.0
        ex, ey = x2 - (x2 - mx) / length * r, y2 - (y2 - my) / length * r
        quote = data["label"].startswith("speaks")
        out.append(f'<a href="{escape(link(data["evidence"]))}"><g class="edge{" quote" if quote else ""}">'
                   f'<title>{escape(nodes[s].name)} {escape(data["label"])} {escape(nodes[o].name)}</title>'
                   f'<path d="M {x1:.1f} {y1:.1f} Q {mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}" '
                   f'marker-end="url(#arrow)"/>'
                   f'<text x="{mx:.1f}" y="{my:.1f}">{escape(data["label"])}</text></g></a>')
    for node in sorted(nodes):
        x, y = at(node)
        entry = nodes[node]
        colour = COLOURS.get(entry.types[0] if entry.types else "", "#999")
        r = _radius(entry.mentions, most)
        cls = "node centre" if node == centre else "node"
        out.append(f'<a href="{escape(link(node))}"><g class="{cls}"><title>{escape(entry.name)} '
                   f'({escape(", ".join(entry.types))}, {entry.mentions} mentions)</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}"/>'
                   f'<text x="{x:.1f}" y="{y + r + 13:.1f}">{escape(entry.name)}</text></g></a>')
    out.append("</svg>")
    return Markup("".join(out))


def _radius(mentions: int, most: int) -> float:
    return 6 + 16 * math.sqrt(max(mentions, 0) / most)
