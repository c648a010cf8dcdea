"""Score kgraph's entity mentions and linking against MEANTIME English (within and across documents).

MEANTIME (NewsReader, CC BY 4.0) has 120 Wikinews articles in four topics; 106 of them carry entity
annotation, with coreference chains whose instance ids are shared across the corpus. This script
rebuilds each article's text from the tokens (keeping a token -> character map), runs kgraph's real
pipeline (``kgraph.nlp.load_model``, ``kgraph.extract.extract``, then ``kgraph.link.link`` over all
articles) and scores kgraph's clusters against the gold chains over the gold *named* mentions of
people, organisations and places.

Named mentions: the data has no NAM/NOM attribute, but every mention record carries the part of
speech of its head token (``mention_head_pos``); a mention is named when its head is a proper noun
(PROPN). "Boeing", "the Senate" and "Apple Inc." are named; "the company", "it" and "Jobs, born in
..." (head "Jobs, born" tagged NOUN) are not. The preprocessor also tagged role words PROPN ("Apple
CEO", "the Prime Minister", "President of the United States", heads "CEO", "Minister", "President"):
those are descriptions, not names, and are left out (ROLE_HEADS; the count is printed). Demonyms
("Japanese" as a mention of Japan, head ADJ)
are scored separately, as ``named+demonyms``.

Matching: a gold mention is detected when a kgraph mention overlaps its characters; the kgraph
mention that covers the gold head token wins, then name and demonym mentions over others, then the
largest overlap. Its cluster is the kgraph entity of that mention: the document's local entity for
the within-document scores, the linked node (IRI) for the across-document scores. An undetected gold
mention is a singleton of its own in kgraph's response, so missed mentions cost recall. Gold chains:
the instance id of ``coref_chain`` (the part after ``cross_``/``intra_``), scoped to the document for
the within-document scores.

Metrics (implemented here): MUC (Vilain et al. 1995), B-cubed (Bagga & Baldwin 1998), CEAF-e (Luo
2005, entity-level phi4, optimal alignment by scipy's linear_sum_assignment), CoNLL F1 = mean of the
three F1s. The within-document scores are computed over all documents at once with clusters scoped
to their document (so every mention weighs the same).

Usage: python benchmarks/meantime.py [DATA_DIR] [--show-errors N] [--link-scale N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "meantime-en"
sys.path.insert(0, str(ROOT))

from kgraph.types import Article, DocFacts, Mention  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
# Heads that make a mention a description of a role, not a name, although tagged PROPN.
ROLE_HEADS = {"ceo", "cfo", "coo", "officer", "executive", "chief", "president", "minister", "secretary",
              "chairman", "chairwoman", "director", "governor", "senator", "spokesman", "spokeswoman",
              "founder", "co-founder", "chancellor", "premier", "mayor", "king", "queen"}
TARGET_B3 = 0.85
TARGET_RECALL = 0.80

_QUOTES = {"``": '"', "''": '"', "“": '"', "”": '"'}
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "'s", "'", "n't", "?", "!", "'re", "'ve",
                    "'ll", "'d", "'m", "...", "’s", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "US$", "£", "€", "¥"}


# --- data -------------------------------------------------------------------------------------

def read_conll(path: Path) -> dict[str, list[list[str]]]:
    """Document key -> sentences -> tokens."""
    docs: dict[str, list[list[str]]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, sent, tok, word = line.split("\t")[:4]
        sents = docs.setdefault(doc, [])
        s = int(sent)
        while len(sents) <= s:
            sents.append([])
        assert int(tok) == len(sents[s]), (doc, sent, tok)
        sents[s].append(word)
    return docs


def detokenize(sents: list[list[str]]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """Readable text, and (sentence, token) -> character span.

    Sentence 0 is the headline and sentence 1 the dateline (Wikinews), each on a paragraph of its
    own; the rest are joined by spaces. Penn Treebank quotes become '"'.
    """
    parts: list[str] = []
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    pos = 0
    for si, sent in enumerate(sents):
        if si in (1, 2) and parts:
            parts.append("\n\n")
            pos += 2
        open_quote = False
        prev = None
        for ti, tok in enumerate(sent):
            text = _QUOTES.get(tok, tok)
            space = prev is not None or (si > 2 and ti == 0)
            if prev is not None and (text in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER
                                     or text == "-" or prev == "-"):
                space = False
            if prev == "'" and ti >= 2 and sent[ti - 2] in ("O", "D") and text[:1].isupper():
                space = False  # "O ' Leary" -> "O'Leary"
            if text == '"':
                if open_quote:
                    space = False
                open_quote = not open_quote
            elif prev == '"' and open_quote:
                space = False
            if space:
                parts.append(" ")
                pos += 1
            offsets[(si, ti)] = (pos, pos + len(text))
            parts.append(text)
            pos += len(text)
            prev = text
    return "".join(parts), offsets


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    head: tuple[int, int]
    text: str
    chain: str  # corpus-level instance id
    type: str
    named: bool
    demonym: bool
    role: bool = False


def read_gold(path: Path, docs: dict[str, list[list[str]]],
              offsets: dict[str, dict[tuple[int, int], tuple[int, int]]]) -> list[Gold]:
    from kgraph import gazetteer

    out = []
    for rec in json.loads(path.read_text("utf-8")):
        if rec["mention_type"] not in TYPES:
            continue
        doc = rec["conll_doc_key"]
        sent = rec["sent_id"]
        spans = [offsets[doc][(sent, t)] for t in rec["tokens_number"]]
        # mention_head_id counts tokens of the preprocessor's own parse, not of the CoNLL file: find
        # the head by its text (the last token when none matches).
        words = docs[doc][sent]
        heads = [t for t in rec["tokens_number"] if words[t] == rec["mention_head"]]
        head = offsets[doc][(sent, (heads or rec["tokens_number"])[-1])]
        chain = re.sub(r"^(cross_|intra_)+", "", rec["coref_chain"])
        head_pos = rec["mention_head_pos"]
        role = head_pos == "PROPN" and rec["mention_head"].lower().strip(".") in ROLE_HEADS
        named = head_pos == "PROPN" and not role
        demonym = (not named and rec["mention_type"] == "LOC" and head_pos == "ADJ"
                   and (rec["mention_ner"] == "NORP" or gazetteer.demonym(rec["mention_head"]) is not None))
        out.append(Gold(doc, spans[0][0], spans[-1][1], head, rec["tokens_str"], chain,
                        rec["mention_type"], named, demonym, role))
    return out


# --- metrics ----------------------------------------------------------------------------------

Partition = dict[Hashable, Hashable]  # mention -> cluster id


def _clusters(p: Partition) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for m, c in p.items():
        groups[c].add(m)
    return list(groups.values())


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Partition, response: Partition) -> tuple[float, float, float]:
    def score(a: Partition, b: Partition) -> float:
        num = den = 0
        for cluster in _clusters(a):
            parts = {b.get(m, ("missing", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def b_cubed(key: Partition, response: Partition) -> tuple[float, float, float]:
    def score(a: Partition, b: Partition) -> float:
        a_groups: dict[Hashable, set[Hashable]] = defaultdict(set)
        b_groups: dict[Hashable, set[Hashable]] = defaultdict(set)
        for m, c in a.items():
            a_groups[c].add(m)
        for m, c in b.items():
            b_groups[c].add(m)
        total = 0.0
        for m, c in a.items():
            mine = a_groups[c]
            other = b_groups[b[m]] if m in b else {m}
            total += len(mine & other) / len(mine)
        return total / len(a) if a else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f(p, r)


def ceaf_e(key: Partition, response: Partition) -> tuple[float, float, float]:
    from scipy.optimize import linear_sum_assignment

    k, s = _clusters(key), _clusters(response)
    if not k or not s:
        return 0.0, 0.0, 0.0
    index = {}
    for j, cluster in enumerate(s):
        for m in cluster:
            index[m] = j
    import numpy as np

    sim = np.zeros((len(k), len(s)))
    for i, cluster in enumerate(k):
        for j in {index[m] for m in cluster if m in index}:
            sim[i, j] = 2 * len(cluster & s[j]) / (len(cluster) + len(s[j]))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    best = float(sim[rows, cols].sum())
    r, p = best / len(k), best / len(s)
    return p, r, _f(p, r)


def score_all(key: Partition, response: Partition) -> dict[str, tuple[float, float, float]]:
    out = {"MUC": muc(key, response), "B3": b_cubed(key, response), "CEAFe": ceaf_e(key, response)}
    conll = sum(v[2] for v in out.values()) / 3
    out["CoNLL"] = (conll, conll, conll)
    return out


def _self_check() -> None:
    """Known values: key {a b c}{d e}, response {a b}{c d e}."""
    key = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    resp = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    p, r, _ = muc(key, resp)
    assert (round(p, 3), round(r, 3)) == (0.667, 0.667), (p, r)
    p, r, _ = b_cubed(key, resp)
    # recall: a, b 2/3 each, c 1/3, d, e 1 each; precision: a, b 1 each, c 1/3, d, e 2/3 each
    assert abs(r - 11 / 15) < 1e-9 and abs(p - 11 / 15) < 1e-9, (p, r)
    p, r, _ = ceaf_e(key, resp)
    # phi4: {abc}-{ab} 0.8, {de}-{cde} 0.8 -> 1.6/2 both ways
    assert abs(p - 0.8) < 1e-9 and abs(r - 0.8) < 1e-9, (p, r)
    assert score_all(key, key)["CoNLL"][0] == 1.0


# --- matching ---------------------------------------------------------------------------------

def match(gold: Gold, mentions: list[Mention]) -> Mention | None:
    best = None
    best_rank: tuple[int, int, int] | None = None
    for m in mentions:
        overlap = min(m.end, gold.end) - max(m.start, gold.start)
        if overlap <= 0:
            continue
        covers_head = m.start < gold.head[1] and m.end > gold.head[0]
        rank = (int(covers_head), int(m.kind in ("name", "demonym")), overlap)
        if best_rank is None or rank > best_rank:
            best, best_rank = m, rank
    return best


@dataclass
class Result:
    subset: str
    gold: int
    detected: int
    head_detected: int
    within: dict[str, tuple[float, float, float]]
    across: dict[str, tuple[float, float, float]]


def evaluate(subset: str, golds: list[Gold], facts: dict[str, DocFacts], iri_of: dict[tuple[str, str], str],
             errors: list[str] | None = None) -> Result:
    key_w: Partition = {}
    key_x: Partition = {}
    resp_w: Partition = {}
    resp_x: Partition = {}
    detected = head_detected = 0
    by_doc: dict[str, list[Mention]] = {d: list(f.mentions) for d, f in facts.items()}
    for n, g in enumerate(golds):
        key_w[n] = (g.doc, g.chain)
        key_x[n] = g.chain
        m = match(g, by_doc.get(g.doc, []))
        if m is None:
            resp_w[n] = resp_x[n] = ("missed", n)
            if errors is not None:
                errors.append(f"missed  {g.doc}  {g.type}  {g.text!r}")
            continue
        detected += 1
        if m.start < g.head[1] and m.end > g.head[0]:
            head_detected += 1
        resp_w[n] = (g.doc, m.entity)
        resp_x[n] = iri_of.get((g.doc, m.entity), ("unlinked", g.doc, m.entity))
    return Result(subset, len(golds), detected, head_detected, score_all(key_w, resp_w),
                  score_all(key_x, resp_x))


def linking_errors(golds: list[Gold], facts: dict[str, DocFacts], iri_of: dict[tuple[str, str], str],
                   limit: int) -> list[str]:
    """Gold chains split over several kgraph nodes, and kgraph nodes holding several gold chains."""
    by_doc = {d: list(f.mentions) for d, f in facts.items()}
    chain_nodes: dict[str, Counter[str]] = defaultdict(Counter)
    node_chains: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for g in golds:
        m = match(g, by_doc.get(g.doc, []))
        if m is None:
            continue
        node = iri_of.get((g.doc, m.entity), "?")
        chain_nodes[g.chain][node] += 1
        node_chains[node][g.chain] += 1
        texts[(g.chain, node)][m.text] += 1
    lines = ["-- gold chains split over kgraph nodes"]
    split = sorted(chain_nodes.items(), key=lambda kv: -sum(kv[1].values()) + max(kv[1].values()))
    for chain, nodes in split[:limit]:
        if len(nodes) > 1:
            lines.append(f"{chain}: " + "; ".join(
                f"{n.rsplit('/', 1)[-1]} x{c} {dict(texts[(chain, n)])}" for n, c in nodes.most_common()))
    lines.append("-- kgraph nodes holding several gold chains")
    merged = sorted(node_chains.items(), key=lambda kv: -sum(kv[1].values()) + max(kv[1].values()))
    for node, chains in merged[:limit]:
        if len(chains) > 1:
            lines.append(f"{node.rsplit('/', 1)[-1]}: " + "; ".join(
                f"{c} x{k} {dict(texts[(c, node)])}" for c, k in chains.most_common()))
    return lines


# --- running ----------------------------------------------------------------------------------

def build_facts(data: Path, model: str | None
                ) -> tuple[dict[str, DocFacts], dict[str, list[list[str]]], dict[str, dict], float, str]:
    from kgraph.extract import extract
    from kgraph.nlp import load_model, model_description

    docs = read_conll(data / "meantime.conll")
    nlp = load_model(model)
    offsets = {}
    articles = []
    for key, sents in docs.items():
        text, offs = detokenize(sents)
        offsets[key] = offs
        title = text.split("\n", 1)[0]
        articles.append(Article(key, text, key, title=title))
    started = time.perf_counter()
    facts = {}
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=16), strict=True):
        facts[article.id] = extract(doc, article)
    return facts, docs, offsets, time.perf_counter() - started, model_description(nlp)


def time_link(facts: list[DocFacts], scale: int) -> tuple[float, float, int]:
    """Seconds to link the corpus once, and ``scale`` copies of it (distinct document ids)."""
    from kgraph.link import link

    started = time.perf_counter()
    link(facts)
    once = time.perf_counter() - started
    copies = [replace(f, article=replace(f.article, id=f"{f.article.id}#{n}"))
              for n in range(scale) for f in facts]
    started = time.perf_counter()
    link(copies)
    return once, time.perf_counter() - started, len(copies)


def fmt(scores: dict[str, tuple[float, float, float]]) -> str:
    return " | ".join(f"{scores[m][0]:.3f} / {scores[m][1]:.3f} / {scores[m][2]:.3f}"
                      for m in ("MUC", "B3", "CEAFe")) + f" | {scores['CoNLL'][2]:.3f}"


def report(results: list[Result]) -> str:
    lines = ["| mentions | scope | gold | detected (recall) | head detected | MUC P / R / F1 | "
             "B3 P / R / F1 | CEAF-e P / R / F1 | CoNLL F1 |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for scope, scores in (("within docs", r.within), ("across docs", r.across)):
            lines.append(f"| {r.subset} | {scope} | {r.gold} | {r.detected} ({r.detected / r.gold:.3f}) | "
                         f"{r.head_detected / r.gold:.3f} | {fmt(scores)} |")
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default=None)
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print missed mentions and the N worst split/merged chains")
    ap.add_argument("--link-scale", type=int, default=25, metavar="N",
                    help="also time link() over N copies of the corpus (0: skip)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    _self_check()

    from kgraph.link import link

    facts, docs, offsets, seconds, model = build_facts(args.data, args.model)
    graph = link(list(facts.values()))
    golds = read_gold(args.data / "entities_mentions.json", docs, offsets)
    named = [g for g in golds if g.named]
    roles = sum(1 for g in golds if g.role)
    with_demonyms = [g for g in golds if g.named or g.demonym]
    errors: list[str] | None = [] if args.show_errors else None
    results = [evaluate("named", named, facts, graph.iri_of, errors)]
    results.append(evaluate("named+demonyms", with_demonyms, facts, graph.iri_of))
    for t in TYPES:
        results.append(evaluate(f"named {t}", [g for g in named if g.type == t], facts, graph.iri_of))
    print(f"model {model}; {len(facts)} articles parsed and extracted in {seconds:.1f}s; "
          f"{len(graph.entities)} linked entities; {len(named)} named gold mentions "
          f"({roles} role descriptions with a PROPN-tagged head left out)")
    print(report(results))
    main_result = results[0]
    recall = main_result.detected / main_result.gold
    b3 = main_result.across["B3"][2]
    met = b3 >= TARGET_B3 and recall >= TARGET_RECALL
    print(f"target: B3 F1 across docs >= {TARGET_B3} ({b3:.3f}) with detection recall >= "
          f"{TARGET_RECALL} ({recall:.3f}): {'met' if met else 'NOT met'}")
    if args.link_scale:
        once, scaled, n = time_link(list(facts.values()), args.link_scale)
        print(f"link(): {once:.3f}s for {len(facts)} articles; {scaled:.2f}s for {n} articles")
    if errors is not None:
        print("\n".join(errors))
        print("\n".join(linking_errors(named, facts, graph.iri_of, args.show_errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
