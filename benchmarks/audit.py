"""Fact audit: the precision of kgraph's facts on news its rules were not written for.

    python benchmarks/audit.py sample bbc         # 40 facts of each kind -> benchmarks/audit/bbc.jsonl
    python benchmarks/audit.py render bbc         # views for judges -> benchmarks/.cache/audit/bbc-batch-K.md
    python benchmarks/audit.py judge bbc FILE...  # merge filled verdict files into the sheet
    python benchmarks/audit.py report             # precision per kind, rule -> benchmarks/results/audit.md

Method
------
A corpus is built as kgraph builds it (``corpora.extracted`` and ``kgraph.link.link``), and every
fact of seven kinds becomes a candidate:

- ``type``: a document-local entity with its type (its name, type and name mentions);
- ``alias``: a mention whose text differs from its entity's name (another name, a pronoun, a
  description, a demonym): does it refer to that entity?
- ``merge``: two local entities of two documents linked to one cross-document node: are they the
  same real-world entity? Every local entity of a node that spans several documents gives one
  pair, with a partner drawn from the node's members in other documents (by hash), so the
  precision estimated is that of a local entity's cross-document links (B-cubed-like, weighted by
  local entity), not of all pairs, which the big country nodes would swamp;
- ``quote``: a quotation or reported speech with its speaker (or none);
- ``relation``: subject, predicate, object or literal value, evidence span;
- ``event``: label, trigger, roles, place, date, evidence span;
- ``count``: quantity, what is counted, unit, reporter, evidence span.

Identity: each fact has an ``id``, a short hash of the corpus, the document, the kind and what
the fact says (for a quote its spans, kind and speaker name; for a relation subject name,
predicate, object name or value and evidence span; ...), never of how it was made (rule,
confidence). The same fact in a later build has the same id, so its verdict carries over; a
changed speaker or type is a new fact.

Sampling: the candidates of a kind are ranked by sha256(seed:id) and the first N are taken. The
rank of a fact does not depend on the other facts, so after a code change the facts that persist
keep their places and a new sample mostly re-uses judged facts. Facts are drawn whatever their
confidence; each keeps its confidence and rule id, so precision can be reported at any minimum
confidence (kgraph writes only facts of confidence >= 0.5 by default; types, aliases and merges
have no confidence and are always written). Judged facts that leave the sample stay in the sheet
with ``current: false`` (history, and their verdicts come back if they return) and are not
counted; facts that leave it unjudged are dropped.

Judging: judges read only the rendered view (article headline and the paragraphs or sentences
holding the evidence, with the evidence marked) and answer y or n by the guide printed at the top
of every batch: a fact is right only if the text supports it. Confidence and rule are not shown
to them.

Copyright: the corpora's text never enters the repository. Sheets (``benchmarks/audit/``) hold
document ids, offsets, entity names, predicates, numbers, rule ids, confidences, verdicts and short
notes only; the rendered views with text go to ``benchmarks/.cache/audit/`` (git-ignored), and
``judge`` refuses a note that copies six words in a row from the article.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

from kgraph.types import Article, DocFacts, Entity  # noqa: E402

SHEETS = ROOT / "benchmarks" / "audit"
RENDERED = corpora.CACHE / "audit"
REPORT = ROOT / "benchmarks" / "results" / "audit.md"
KINDS = ("type", "alias", "merge", "quote", "relation", "event", "count")
VERDICTS = ("y", "n")
NOTE_MAX = 160  # characters: a few words, never a passage
COPY_WORDS = 6  # a note sharing this many words in a row with the article is refused
SHORT_PARAGRAPH = 500  # characters: longer paragraphs are cut to the sentences around the evidence


# --- candidate facts ----------------------------------------------------------------------------

@dataclass
class Candidate:
    """One fact of a build, with what the sheet keeps of it and what a view needs to show it."""

    id: str
    corpus: str
    doc: str
    kind: str
    fact: dict[str, Any]  # names, offsets, predicates, numbers: nothing copied from the text
    rule: str
    confidence: float | None  # None: the kind has no confidence (always written)
    cls: str  # a finer class for the report (entity type, mention kind, predicate, ...)
    facts: tuple[DocFacts, ...] = ()  # the document(s), for rendering
    record: Any = None  # the kgraph record (Entity, Mention, Quote, ...), or (a, b) for merges
    dupes: int = 0  # other records of the build with the same id


def fact_id(corpus: str, doc: str, kind: str, content: Any) -> str:
    blob = json.dumps([corpus, doc, kind, content], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def rank_key(seed: int, fid: str) -> str:
    return hashlib.sha256(f"{seed}:{fid}".encode()).hexdigest()


def _rule(record: Any, *names: str) -> str:
    for name in names:
        value = getattr(record, name, None)
        if value:
            return str(value)
    return ""


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _spans(spans: Iterable[Sequence[int]]) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in spans]


def _short(label: str | None, words: int = 3) -> str | None:
    """A count's label is kept in the sheet only when it is a word or three ("miners")."""
    if label and len(label.split()) <= words:
        return label
    return None


class _Doc:
    """One document's facts with the look-ups the candidates and views need."""

    def __init__(self, d: DocFacts) -> None:
        self.d = d
        self.id = d.article.id
        self.text = d.article.text
        self.ents: dict[str, Entity] = {e.key: e for e in d.entities}
        self.names: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # key -> (s, e, sent)
        for m in d.mentions:
            if m.kind == "name":
                self.names[m.entity].append((m.start, m.end, m.sent))

    def spans(self, key: str) -> dict[str, list[list[int]]]:
        """Where an entity is named; where it is mentioned at all when it is never named."""
        names = [[s, e] for s, e, _ in self.names.get(key, [])]
        if names:
            return {"name_mentions": names}
        return {"name_mentions": [], "other_mentions": [[m.start, m.end] for m in self.d.mentions
                                                         if m.entity == key]}

    def name(self, key: str | None) -> str | None:
        if key is None or key not in self.ents:
            return None
        return self.ents[key].name

    def typed(self, key: str | None) -> str | None:
        return self.ents[key].type if key in self.ents else None


def candidates(corpus: str, facts: list[DocFacts], graph: Any, seed: int) -> dict[str, list[Candidate]]:
    """Every fact of the build, by kind, one per id."""
    out: dict[str, dict[str, Candidate]] = {k: {} for k in KINDS}

    def add(c: Candidate) -> None:
        have = out[c.kind].get(c.id)
        if have is None:
            out[c.kind][c.id] = c
            return
        have.dupes += 1
        if (c.confidence or 0) > (have.confidence or 0):  # keep the surest record of the same fact
            c.dupes = have.dupes
            out[c.kind][c.id] = c

    docs = [_Doc(d) for d in facts]
    content: dict[str, Any]
    fact: dict[str, Any]
    for doc in docs:
        d, did = doc.d, doc.id
        for e in d.entities:
            fact = {"entity": e.name, "type": e.type, "aliases": list(e.aliases), "country": e.country,
                    **doc.spans(e.key)}
            add(Candidate(fact_id(corpus, did, "type", {"entity": e.name, "type": e.type}), corpus, did,
                          "type", fact, _rule(e, "rule", "type_rule"), None, e.type, (d,), e))
        for m in d.mentions:
            ent = doc.ents.get(m.entity)
            if ent is None or _norm(m.text) == _norm(ent.name):
                continue
            fact = {"mention": [m.start, m.end], "mention_kind": m.kind, "entity": ent.name,
                    "entity_type": ent.type,
                    "alias_name": m.text if m.kind in ("name", "demonym") else None,
                    "name_mentions": [[s, t] for s, t, _ in doc.names.get(m.entity, [])]}
            content = {"mention": [m.start, m.end], "entity": ent.name}
            add(Candidate(fact_id(corpus, did, "alias", content), corpus, did, "alias", fact,
                          _rule(m, "rule", "link_rule"), None, m.kind, (d,), m))
        for q in d.quotes:
            speaker = doc.name(q.speaker)
            fact = {"spans": _spans(q.spans), "kind": q.kind, "speaker": speaker,
                    "speaker_type": doc.typed(q.speaker),
                    "speaker_span": list(q.speaker_span) if q.speaker_span else None, "cue": q.cue,
                    "addressee": doc.name(q.addressee)}
            content = {"spans": _spans(q.spans), "kind": q.kind, "speaker": speaker}
            cls = q.kind if speaker else f"{q.kind}, no speaker"
            add(Candidate(fact_id(corpus, did, "quote", content), corpus, did, "quote", fact,
                          _rule(q, "rule"), q.confidence, cls, (d,), q))
        for r in d.relations:
            content = {"subject": doc.name(r.subject), "predicate": r.predicate,
                       "object": doc.name(r.object), "value": r.value, "evidence": list(r.evidence)}
            fact = {**content, "subject_type": doc.typed(r.subject), "object_type": doc.typed(r.object)}
            add(Candidate(fact_id(corpus, did, "relation", content), corpus, did, "relation", fact,
                          _rule(r, "rule"), r.confidence, r.predicate, (d,), r))
        for ev in d.events:
            roles: dict[str, Any] = {"agent": doc.name(ev.agent), "patient": doc.name(ev.patient),
                     "recipient": doc.name(ev.recipient), "place": doc.name(ev.place), "date": ev.date}
            content = {"trigger": ev.trigger, "evidence": list(ev.evidence), "label": ev.label, **roles}
            # The label is a stretch of the article's words: it is hashed into the id, never stored.
            fact = {"trigger": ev.trigger, "evidence": list(ev.evidence), **roles,
                    "date_text": ev.date_text, "actors": [doc.name(a) for a in ev.actors]}
            add(Candidate(fact_id(corpus, did, "event", content), corpus, did, "event", fact,
                          _rule(ev, "rule"), ev.confidence, ev.trigger.lower(), (d,), ev))
        for n in d.counts:
            content = {"quantity": n.quantity, "count_type": n.count_type, "label": n.label,
                       "unit": n.unit, "evidence": list(n.evidence), "reported_by": doc.name(n.reported_by)}
            fact = {**content, "label": _short(n.label)}
            add(Candidate(fact_id(corpus, did, "count", content), corpus, did, "count", fact,
                          _rule(n, "rule"), n.confidence, n.count_type, (d,), n))
    for pair in _merges(corpus, docs, graph, seed):
        add(pair)
    return {k: list(v.values()) for k, v in out.items()}


def _merges(corpus: str, docs: list[_Doc], graph: Any, seed: int) -> Iterable[Candidate]:
    by_id = {doc.id: doc for doc in docs}
    rule_of: dict[tuple[str, str], str] = getattr(graph, "rule_of", {}) or {}
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (did, key), iri in graph.iri_of.items():
        if did in by_id and key in by_id[did].ents:
            members[iri].append((did, key))
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()

    def local(m: tuple[str, str]) -> tuple[str, str]:
        return m[0], by_id[m[0]].ents[m[1]].name

    for iri in sorted(members):
        group = sorted(members[iri])
        if len({did for did, _ in group}) < 2:
            continue
        for m in group:
            me = local(m)
            others = [o for o in group if o[0] != m[0]]
            partner = min(others, key=lambda o: rank_key(seed, json.dumps([me, local(o)])))
            a, b = sorted([m, partner], key=local)
            la, lb = local(a), local(b)
            if (la, lb) in seen:
                continue
            seen.add((la, lb))
            node = graph.entities.get(iri)
            sides: list[dict[str, Any]] = []
            for side in (a, b):
                doc = by_id[side[0]]
                e = doc.ents[side[1]]
                sides.append({"doc": side[0], "entity": e.name, "type": e.type, **doc.spans(e.key),
                              "rule": rule_of.get(side, "")})
            fact = {"a": sides[0], "b": sides[1], "node": node.name if node else None,
                    "node_type": node.type if node else None,
                    "node_docs": len(node.docs) if node else None}
            rules = sorted({s["rule"] for s in sides if s["rule"]})
            cls = "same name" if _norm(la[1]) == _norm(lb[1]) else "different names"
            yield Candidate(fact_id(corpus, la[0], "merge", {"pair": [list(la), list(lb)]}), corpus, la[0],
                            "merge", fact, "+".join(rules), None, cls,
                            (by_id[a[0]].d, by_id[b[0]].d), (a[1], b[1]))


def build(corpus: str) -> tuple[list[DocFacts], Any]:
    from kgraph.link import link

    if corpus not in corpora.CORPORA:
        raise SystemExit(f"unknown corpus {corpus!r}: one of {', '.join(sorted(corpora.CORPORA))}")
    facts = corpora.extracted(corpus)
    return facts, link(facts)


def draw(cands: dict[str, list[Candidate]], n: int, seed: int) -> dict[str, list[Candidate]]:
    return {k: sorted(v, key=lambda c: rank_key(seed, c.id))[:n] for k, v in cands.items()}


# --- the sheet ----------------------------------------------------------------------------------

def sheet_path(sheets: Path, corpus: str) -> Path:
    return sheets / f"{corpus}.jsonl"


def load_sheet(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = []
    for i, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{i}: not JSON ({err})") from None
    return rows


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(path)


def write_sheet(path: Path, rows: list[dict[str, Any]]) -> None:
    order = {k: i for i, k in enumerate(KINDS)}
    rows = sorted(rows, key=lambda r: (order.get(r["kind"], 99), r["doc"], r["id"]))
    _atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def _git_version() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "kgraph"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def cmd_sample(args: argparse.Namespace) -> int:
    facts, graph = build(args.corpus)
    cands = candidates(args.corpus, facts, graph, args.seed)
    picked = draw(cands, args.n, args.seed)
    path = sheet_path(args.sheets, args.corpus)
    rows = {r["id"]: r for r in load_sheet(path)}
    for r in rows.values():
        r["current"] = False
    kept: Counter[str] = Counter()
    for kind, cs in picked.items():
        for c in cs:
            old = rows.get(c.id)
            if old is not None and old.get("verdict") is not None:
                kept[kind] += 1
            rows[c.id] = {"id": c.id, "corpus": c.corpus, "doc": c.doc, "kind": c.kind, "fact": c.fact,
                          "class": c.cls, "rule": c.rule, "confidence": c.confidence,
                          "verdict": old.get("verdict") if old else None,
                          "note": old.get("note", "") if old else "",
                          "judged_by": old.get("judged_by") if old else None, "current": True}
    # Facts that left the sample stay when judged (history); never-judged ones carry nothing.
    write_sheet(path, [r for r in rows.values() if r["current"] or r.get("verdict") is not None])

    def at(cs: list[Candidate], x: float) -> int:
        return sum(1 for c in cs if c.confidence is None or c.confidence >= x)

    meta = {"corpus": args.corpus, "seed": args.seed, "n": args.n, "sampled_on": date.today().isoformat(),
            "kgraph": _git_version(), "model": corpora.model_name(), "documents": len(facts),
            "candidates": {k: len(v) for k, v in cands.items()},
            "candidates_at_0.5": {k: at(v, 0.5) for k, v in cands.items()},
            "duplicate_records": {k: sum(c.dupes for c in v) for k, v in cands.items()},
            "sampled": {k: len(v) for k, v in picked.items()}}
    _atomic_write(args.sheets / f"{args.corpus}.meta.json", json.dumps(meta, indent=1) + "\n")
    print(f"{args.corpus}: {len(facts)} documents; sheet {_rel(path)}")
    print(f"{'kind':10} {'candidates':>10} {'>=0.5':>7} {'sampled':>8} {'judged':>7} {'to judge':>9}")
    for k in KINDS:
        s = len(picked[k])
        print(f"{k:10} {len(cands[k]):10} {meta['candidates_at_0.5'][k]:7} {s:8} {kept[k]:7} {s - kept[k]:9}")
    return 0


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# --- rendering views for judges -----------------------------------------------------------------

GUIDE = """\
# Fact audit: {corpus}, batch {k} of {batches} ({count} facts)

You judge facts that a program extracted from news articles. Read only what is shown here (the
article's headline and the paragraphs or sentences around the fact) and decide for each fact:
**y** (right) or **n** (wrong). Be strict: a fact is right only if the text shown supports it. When
the text does not let you decide, answer **n** with the note `unclear`. Use general knowledge
only to know well-known entities (countries, cities, big companies, famous people) and word
meanings, never to supply a fact the text does not state.

Marks: `[[ ]]` is the evidence being judged (the quoted or reported content, the evidence span,
the mention); `{{{{ }}}}` marks the speaker's mention (quotes) or the entity's name (aliases, types,
merges). `[...]` is text left out.

Write your verdicts in `{template}`: one line per fact, the same `id`,
`"verdict": "y"` or `"n"`, a `note` of a few words saying what is wrong (required for "n", e.g.
`wrong speaker: Smith`, `not a quote: plan`, `value 500 should be 500m`, `club, not place`), and
`"judged_by"`: your name. **Never copy article text into a note** (names are fine; six words in a
row from the article are refused). Leave a line's verdict `null` if you skip it. The file is then
merged with `python benchmarks/audit.py judge {corpus} FILE`, which checks every line.

## What counts as right, by kind

- **type** (an entity and its type, Person / Organization / Place): right only if the name is a
  real, complete name of one person, organisation or place (no missing or extra words, no stray
  punctuation: `Davies (Tottenham` or `Mr Brown said` or `Brown and Blair` are wrong), and the type
  fits this article's use. A sports team named after a place is an Organization ("Newcastle" the
  club is not a Place); a country or city standing for its government or people ("Britain said")
  stays a Place; bands, firms, parties, ministries, newspapers, courts, teams are Organizations;
  fictional characters are Persons. Products, works (films, songs, books), events, awards,
  languages, nationalities and common nouns are none of the three: wrong.
- **alias** (a mention linked to an entity): right only if the marked mention refers, in this
  text, to exactly that entity (a pronoun to the right person, "the firm" to the right company, a
  short name to the same entity). Wrong if it refers to something else, to a group including the
  entity, or to nobody, or if the entity itself is no real entity. A demonym ("British") is right
  when it stands for that country ("British exports") and wrong when it is part of another name
  ("British Airways") or a title ("American Skin").
- **merge** (two entities in two articles linked as one): right only if both are the same
  real-world entity. Wrong for namesakes (two different people called John Smith: different jobs,
  countries or fields), a club vs the city it is named after, a company vs its country unit when
  the texts show they differ, or when either side is no real entity. If the texts cannot tell two
  people apart and nothing but the name ties them, answer n with `unclear`.
- **quote** (content and speaker): right only if (1) the marked content is speech or writing that
  someone produced, either quoted or reported after a verb of saying, writing, announcing, denying,
  arguing, telling...: an expectation, plan, belief or event is no quote ("the LSE is expected to
  hold talks", "the firm plans to cut jobs", "it is thought that"); (2) the speaker is right: the
  named speaker produced it (a spokesperson's words may be credited to their organisation when the
  individual is not named; a pronoun speaker must resolve to that entity); a quote with SPEAKER:
  none is right only if the text really names nobody for it ("a source said", "critics say"); (3)
  the marked span is the content (small edge slips are fine; a span that takes in the attribution
  or leaves out most of the content, or a kind `direct` with no quotation marks, is wrong).
- **relation** (subject, predicate, object or value): right only if the text states it of these
  two. `worksFor` S is employed by / plays for / works at O; `memberOf` S is a member of O (a party,
  a club, a band, an alliance); `affiliation` S is tied to O (studies at, represents, is part of);
  `jobTitle` S holds (or held, if the value says "former") the title/role VALUE; `nationality` S is a
  national of country O; `age` S is VALUE years old; `locatedIn` S is in place O; `supports` /
  `opposes` S supports / opposes O; `children` O is a child of S; `parent` O is a parent of S;
  `spouse`, `sibling`, `relatedTo` family. A former role given as current is wrong.
- **event** (label, trigger and roles): right only if the text states that this event happened (or
  is happening) as labelled: a planned, possible, denied, negated or asked-about event is wrong,
  unless the label itself says so. Each role shown must be right: agent = who did it, patient = who
  or what it was done to, recipient = who received, place = where, date = when. A role left empty
  is no error; a wrong role is.
- **count** (a number the article reports): right only if the number is the one the text gives,
  at the right scale ("$500m" as 500 is wrong), the unit or currency is right, the type and label
  fit what is counted ("died": people who died), and the reporter is right (REPORTED BY: none is
  right when no source is named or the article states the number itself). OF: none is no error
  when the type says what is counted (money); a label that names the wrong thing is.

---
"""

PREDICATE_WORDS = {
    "worksFor": "works for", "memberOf": "is a member of", "affiliation": "is affiliated with",
    "jobTitle": "has the title/role", "nationality": "is a national of", "age": "is aged",
    "locatedIn": "is located in", "supports": "supports", "opposes": "opposes",
    "children": "has the child", "parent": "has the parent", "spouse": "is the spouse of",
    "sibling": "is a sibling of", "relatedTo": "is related to",
}


class _View:
    """An article's text cut into paragraphs and sentences, with marked excerpts."""

    def __init__(self, d: DocFacts) -> None:
        self.doc = _Doc(d)
        self.text = d.article.text
        self.sents = [(int(a), int(b)) for a, b in d.sentences] or [(0, len(self.text))]
        self.starts = [a for a, _ in self.sents]
        self.paras: list[tuple[int, int]] = []
        pos = 0
        for m in re.finditer(r"\n\s*\n", self.text):
            self._add_para(pos, m.start())
            pos = m.end()
        self._add_para(pos, len(self.text))

    def _add_para(self, s: int, e: int) -> None:
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        if e > s:
            self.paras.append((s, e))

    def headline(self) -> str:
        a: Article = self.doc.d.article
        if a.title:
            return " ".join(a.title.split())
        first = self.text.strip().split("\n", 1)[0]
        return " ".join(first.split())[:200]

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def marked(self, lo: int, hi: int, marks: Sequence[tuple[int, int, str, str]]) -> str:
        """text[lo:hi] with each mark (start, end, open, close) inserted, clipped to the window."""
        inserts: list[tuple[int, int, int, str]] = []
        for n, (s, e, op, cl) in enumerate(marks):
            s, e = max(s, lo), min(e, hi)
            if s < e:
                inserts.append((s, 1, -n, op))  # at one position: closers first, then openers
                inserts.append((e, 0, n, cl))
        out, pos = [], lo
        for at, _, _, tag in sorted(inserts):
            out.append(self.text[pos:at])
            out.append(tag)
            pos = at
        out.append(self.text[pos:hi])
        return " ".join("".join(out).split())

    def sentence(self, i: int, marks: Sequence[tuple[int, int, str, str]]) -> str:
        s, e = self.sents[i]
        return self.marked(s, e, marks)

    def _window(self, i: int, spans: Sequence[Sequence[int]]) -> tuple[int, int]:
        """The part of paragraph ``i`` to show: all of it when short, else the sentences from two
        before the spans in it to one after."""
        ps, pe = self.paras[i]
        inside = [(max(s, ps), min(e, pe)) for s, e in spans if s < pe and e > ps]
        if pe - ps <= SHORT_PARAGRAPH or not inside or not self.sents:
            return ps, pe
        first = max(self.sent_of(min(s for s, _ in inside)) - 2, self.sent_of(ps))
        last = min(self.sent_of(max(e for _, e in inside) - 1) + 1, self.sent_of(pe - 1))
        return max(ps, self.sents[first][0]), min(pe, self.sents[last][1])

    def _tail(self, i: int) -> tuple[int, int]:
        """The end of paragraph ``i`` as context ahead of the evidence: all when short, else its
        last two sentences."""
        ps, pe = self.paras[i]
        if pe - ps <= SHORT_PARAGRAPH or not self.sents:
            return ps, pe
        return max(ps, self.sents[max(self.sent_of(pe - 1) - 1, self.sent_of(ps))][0]), pe

    def excerpt(self, spans: Sequence[Sequence[int]], marks: Sequence[tuple[int, int, str, str]]
                ) -> tuple[str, tuple[int, int]]:
        """The paragraphs holding the spans, marked, as quoted Markdown: long paragraphs cut to the
        sentences around the spans, and the end of the paragraph before when the evidence opens its
        paragraph. Also returns the character range shown."""
        hit = sorted({i for s, e in spans for i, (ps, pe) in enumerate(self.paras) if s < pe and e > ps})
        if not hit:
            return "> (the evidence lies outside the text's paragraphs)", (0, 0)
        parts = [(i, *self._window(i, spans)) for i in hit]
        if parts[0][1] == self.paras[hit[0]][0] and hit[0] > 0 and hit[0] - 1 not in hit:
            parts.insert(0, (hit[0] - 1, *self._tail(hit[0] - 1)))
        blocks, prev = [], None
        for i, lo, hi in parts:
            ps, pe = self.paras[i]
            if prev is not None and i != prev + 1:
                blocks.append("> [...]")
            blocks.append("> " + ("[...] " if lo > ps else "") + self.marked(lo, hi, marks)
                          + (" [...]" if hi < pe else ""))
            prev = i
        return "\n>\n".join(blocks), (parts[0][1], parts[-1][2])

    def key_of(self, name: str | None) -> str | None:
        """The key of this document's entity of that name (the first, if several)."""
        return next((e.key for e in self.doc.d.entities if e.name == name), None) if name else None

    def name_anchor(self, key: str | None, near: int, shown: tuple[int, int]) -> str | None:
        """Where the text names entity ``key``, when no name of it is in the excerpt shown: the
        sentence of its last name mention before ``near`` (else its first)."""
        if key is None:
            return None
        names = self.doc.names.get(key, [])
        if not names or any(shown[0] <= s < shown[1] for s, _, _ in names):
            return None
        earlier = [n for n in names if n[0] < near]
        s, e, sent = earlier[-1] if earlier else names[0]
        if sent >= len(self.sents):
            sent = self.sent_of(s)
        marks = [(ms, me, "{{", "}}") for ms, me, _ in names]
        return self.sentence(sent, marks)


def _q(text: str | None) -> str:
    return f"'{text}'" if text else "none"


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _mentions(f: dict[str, Any]) -> list[tuple[int, int]]:
    """An entity's name mentions from a sheet fact, or its other mentions when it is never named."""
    return [(a, b) for a, b in (f.get("name_mentions") or f.get("other_mentions") or [])]


def render_fact(row: dict[str, Any], views: dict[str, _View], live: Candidate | None) -> str:
    """One section of a batch, from the sheet's record of the fact (offsets and names) and the
    article: the fact in plain words, the question, and the article context. ``live`` is the same
    fact in the current build, when it is there (for what the sheet does not keep: event labels)."""
    kind, f, v = row["kind"], row["fact"], views[row["doc"]]
    lines: list[str] = []
    anchors: list[str | None] = []  # names of entities to show a naming sentence for
    shown, near = (0, 0), 0

    def context(spans: Sequence[Sequence[int]], marks: list[tuple[int, int, str, str]]) -> tuple[int, int]:
        text, window = v.excerpt(spans, marks)
        lines.extend([f"Headline: {v.headline()}", "", text])
        return window

    def sentences(w: _View, spans: list[tuple[int, int]], marks: list[tuple[int, int, str, str]]) -> None:
        sents = sorted({w.sent_of(s) for s, _ in spans})
        lines.extend(f"> {w.sentence(i, marks)}\n>" for i in sents[:3])
        if not sents:
            lines.append("> (never mentioned)")
        elif len(sents) > 3:
            lines.append(f"> [... mentioned {len(spans)} times in all]")

    if kind == "type":
        an = "an" if f["type"][0] in "AEIOU" else "a"
        lines.append(f"**Fact:** ENTITY: {_q(f['entity'])}; TYPE: {f['type']}")
        lines.append(f"**Question:** is {_q(f['entity'])} a real, complete name, and is it {an} {f['type']} "
                     "here?")
        lines.extend(["", f"Headline: {v.headline()}", ""])
        spans = _mentions(f)
        sentences(v, spans, [(s, t, "{{", "}}") for s, t in spans])
    elif kind == "alias":
        ms, me = f["mention"]
        lines.append(f"**Fact:** MENTION [[ ]] ({f['mention_kind']}) REFERS TO: {_q(f['entity'])} "
                     f"({f['entity_type']})")
        lines.append(f"**Question:** does the marked mention refer to {_q(f['entity'])}?")
        lines.extend(["", f"Headline: {v.headline()}", ""])
        names = [(s, t) for s, t in (f.get("name_mentions") or []) if s != ms]
        marks = [(ms, me, "[[", "]]")] + [(s, t, "{{", "}}") for s, t in names]
        here = v.sent_of(ms)
        show = [here - 1, here] if here > 0 else [here]
        first_name = v.sent_of(names[0][0]) if names else None
        last_before = max((v.sent_of(s) for s, _ in names if s < ms), default=None)
        prev = None
        for i in sorted({i for i in (first_name, last_before) if i is not None} | set(show)):
            if prev is not None and i != prev + 1:
                lines.append("> [...]\n>")
            lines.append(f"> {v.sentence(i, marks)}\n>")
            prev = i
        if not names:
            lines.append(f"> ({_q(f['entity'])} is not named anywhere else in the text)")
    elif kind == "merge":
        a, b = f["a"], f["b"]
        lines.append(f"**Fact:** A: {_q(a['entity'])} ({a['type']}) in {a['doc']} IS THE SAME AS "
                     f"B: {_q(b['entity'])} ({b['type']}) in {b['doc']}")
        lines.append("**Question:** are A and B the same real-world entity?")
        for label, side in (("A", a), ("B", b)):
            w = views[side["doc"]]
            spans = _mentions(side)
            lines.extend(["", f"*{label}: {_q(side['entity'])} in {side['doc']}*, headline: {w.headline()}",
                          ""])
            sentences(w, spans, [(s, t, "{{", "}}") for s, t in spans])
    elif kind == "quote":
        speaker, sspan = f["speaker"], f.get("speaker_span")
        if speaker and sspan:
            said = v.text[sspan[0]:sspan[1]]
            spk = f"{_q(speaker)}, marked {{{{ }}}}" + ("" if _norm(said) == _norm(speaker) else
                                                           " where the text refers to them")
        else:
            spk = _q(speaker)
        lines.append(f"**Fact:** SPEAKER: {spk}; QUOTE KIND: {f['kind']}; CUE: {_q(f.get('cue'))}"
                     + (f"; ADDRESSEE: {_q(f['addressee'])}" if f.get("addressee") else ""))
        who = f"by {_q(speaker)}" if speaker else "with nobody named for it"
        lines.append(f"**Question:** is the [[ ]] content speech or writing someone produced, {who}?")
        lines.append("")
        marks = [(s, e, "[[", "]]") for s, e in f["spans"]]
        spans = list(f["spans"])
        if speaker and sspan:
            marks.append((sspan[0], sspan[1], "{{", "}}"))
            spans.append(sspan)
        shown = context(spans, marks)
        anchors.append(speaker)
        near = sspan[0] if speaker and sspan else f["spans"][0][0]
    elif kind == "relation":
        pred = f["predicate"]
        obj = _q(f["object"]) if f.get("object") else f"VALUE {f.get('value')!r}"
        words = PREDICATE_WORDS.get(pred, pred)
        lines.append(f"**Fact:** SUBJECT: {_q(f['subject'])}; PREDICATE: {pred} ({words}); OBJECT: {obj}")
        lines.append(f"**Question:** does the text state that {_q(f['subject'])} {words} {obj}?")
        lines.append("")
        ev = f["evidence"]
        shown = context([ev], [(ev[0], ev[1], "[[", "]]")])
        anchors += [f["subject"], f.get("object")]
        near = ev[0]
    elif kind == "event":
        ev_label: str | None = live.record.label if live is not None else None
        roles = "; ".join(f"{k.upper()}: {_q(f.get(k))}" for k in ("agent", "patient", "recipient", "place"))
        when = f"{f['date']} ({_q(f.get('date_text'))})" if f.get("date") else _q(f.get("date_text"))
        lines.append(f"**Fact:** EVENT: {_q(ev_label) if ev_label else '(see the trigger)'}; TRIGGER: "
                     f"{_q(f['trigger'])}; {roles}; DATE: {when}")
        lines.append("**Question:** did this event happen as stated, with these roles?")
        lines.append("")
        ev = f["evidence"]
        shown = context([ev], [(ev[0], ev[1], "[[", "]]")])
        anchors += [f.get(k) for k in ("agent", "patient", "recipient", "place")]
        near = ev[0]
    elif kind == "count":
        label = live.record.label if live is not None else f.get("label")
        unit = f" {f['unit']}" if f.get("unit") else ""
        lines.append(f"**Fact:** NUMBER: {_number(f['quantity'])}{unit}; TYPE: {f['count_type']}; "
                     f"OF: {_q(label)}; REPORTED BY: {_q(f.get('reported_by'))}")
        lines.append("**Question:** is the number right, of the right thing, with the right reporter?")
        lines.append("")
        ev = f["evidence"]
        shown = context([ev], [(ev[0], ev[1], "[[", "]]")])
        anchors.append(f.get("reported_by"))
        near = ev[0]
    done: set[str] = set()
    for name in anchors:
        if not name or name in done:
            continue
        done.add(name)
        where = v.name_anchor(v.key_of(name), near, shown)
        if where:
            lines.extend(["", f"Where the text names {_q(name)}:", "", f"> {where}"])
    return "\n".join(lines)


def _batches(rows: list[Any], size: int) -> list[list[Any]]:
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


def cmd_render(args: argparse.Namespace) -> int:
    path = sheet_path(args.sheets, args.corpus)
    rows = [r for r in load_sheet(path) if r.get("current")]
    if not rows:
        raise SystemExit(f"{_rel(path)} has no current facts: run `sample {args.corpus}` first")
    if args.only_unjudged:
        rows = [r for r in rows if r.get("verdict") is None]
    meta_path = args.sheets / f"{args.corpus}.meta.json"
    seed = json.loads(meta_path.read_text("utf-8"))["seed"] if meta_path.exists() else 1
    facts, graph = build(args.corpus)
    live = {c.id: c for cs in candidates(args.corpus, facts, graph, seed).values() for c in cs}
    views = {d.article.id: _View(d) for d in facts}
    unknown = sorted({r["doc"] for r in rows} - views.keys())
    if unknown:
        raise SystemExit(f"documents of the sheet are not in corpus {args.corpus}: {unknown[:5]}")
    missing = [r["id"] for r in rows if r["id"] not in live]
    if missing:
        print(f"note: {len(missing)} sampled facts are not made by the code as it is now (it changed since "
              f"`sample`); they are rendered from the sheet. Run `sample {args.corpus}` again to follow the "
              f"code (verdicts are kept). First: {', '.join(missing[:5])}", file=sys.stderr)
    order = {k: i for i, k in enumerate(KINDS)}
    chosen = sorted(rows, key=lambda r: (order[r["kind"]], r["doc"], r["id"]))
    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{args.corpus}-batch-*"):
        old.unlink()
    batches = _batches(chosen, args.batch_size)
    written = []
    number = 0
    for k, batch in enumerate(batches, 1):
        template = out / f"{args.corpus}-batch-{k}.verdicts.jsonl"
        parts = [GUIDE.format(corpus=args.corpus, k=k, batches=len(batches), count=len(batch),
                              template=template.resolve())]
        for r in batch:
            number += 1
            body = render_fact(r, views, live.get(r["id"]))
            parts.append(f"## {number}. {r['kind']} `{r['id']}` ({r['doc']})\n\n{body}\n\n---\n")
        md = out / f"{args.corpus}-batch-{k}.md"
        _atomic_write(md, "\n".join(parts))
        blank = ({"id": r["id"], "verdict": None, "note": "", "judged_by": ""} for r in batch)
        _atomic_write(template, "".join(json.dumps(b) + "\n" for b in blank))
        written.append((md, len(batch)))
    for md, count in written:
        print(f"{_rel(md)}  ({count} facts; verdicts: {_rel(md.with_suffix('.verdicts.jsonl'))})")
    return 0


# --- judging ------------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.replace("’", "'").casefold())


def copied(note: str, texts: Iterable[str], n: int = COPY_WORDS) -> bool:
    """Whether a note shares ``n`` words in a row with any of the texts."""
    words = _words(note)
    if len(words) < n:
        return False
    grams = {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    for text in texts:
        tw = _words(text)
        if any(tuple(tw[i:i + n]) in grams for i in range(len(tw) - n + 1)):
            return True
    return False


def cmd_judge(args: argparse.Namespace) -> int:
    path = sheet_path(args.sheets, args.corpus)
    rows = {r["id"]: r for r in load_sheet(path)}
    if not rows:
        raise SystemExit(f"{_rel(path)} is empty or missing: run `sample {args.corpus}` first")
    texts = {a.id: a.text for a in corpora.CORPORA[args.corpus]()} if args.corpus in corpora.CORPORA else {}
    errors: list[str] = []
    updates: dict[str, dict[str, Any]] = {}
    skipped = 0
    for file in args.files:
        for i, line in enumerate(Path(file).read_text("utf-8").splitlines(), 1):
            where = f"{file}:{i}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                errors.append(f"{where}: not JSON ({err.msg})")
                continue
            if not isinstance(rec, dict) or "id" not in rec:
                errors.append(f"{where}: a line needs an object with an \"id\"")
                continue
            fid, verdict = rec["id"], rec.get("verdict")
            note = rec.get("note") or ""
            by = rec.get("judged_by") or args.by
            if fid not in rows:
                errors.append(f"{where}: unknown id {fid!r} (not in {_rel(path)})")
                continue
            if verdict is None:
                skipped += 1
                continue
            if verdict not in VERDICTS:
                errors.append(f"{where}: verdict {verdict!r} for {fid}: must be \"y\", \"n\" or null")
                continue
            if not isinstance(note, str) or len(note) > NOTE_MAX:
                errors.append(f"{where}: the note for {fid} must be a string of at most {NOTE_MAX} "
                              "characters")
                continue
            if verdict == "n" and not note.strip():
                errors.append(f"{where}: a \"n\" verdict for {fid} needs a note saying what is wrong")
                continue
            row = rows[fid]
            docs = ([row["fact"]["a"]["doc"], row["fact"]["b"]["doc"]] if row["kind"] == "merge"
                    else [row["doc"]])
            if copied(note, (texts.get(d, "") for d in docs)):
                errors.append(f"{where}: the note for {fid} copies {COPY_WORDS}+ words from the article: "
                              "say it in your own few words")
                continue
            if not by:
                errors.append(f"{where}: no judged_by for {fid} (give it in the line or with --by)")
                continue
            if fid in updates and updates[fid]["verdict"] != verdict:
                errors.append(f"{where}: {fid} is judged twice, differently, in these files")
                continue
            updates[fid] = {"verdict": verdict, "note": note.strip(), "judged_by": str(by)}
    if errors:
        print(f"nothing merged: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    changed = [fid for fid, u in updates.items() if rows[fid].get("verdict") not in (None, u["verdict"])]
    for fid, u in updates.items():
        rows[fid].update(u)
    write_sheet(path, list(rows.values()))
    print(f"merged {len(updates)} verdicts into {_rel(path)} ({skipped} lines left null"
          + (f"; {len(changed)} changed an earlier verdict: {', '.join(changed[:10])}" if changed else "")
          + ")")
    return 0


# --- the report ---------------------------------------------------------------------------------

def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _cell(rows: list[dict[str, Any]]) -> str:
    n = len(rows)
    k = sum(1 for r in rows if r["verdict"] == "y")
    if n == 0:
        return "0 | | |"
    lo, hi = wilson(k, n)
    return f"{n} | {k} | {k / n:.2f} | {lo:.2f}-{hi:.2f}"


def _at(rows: list[dict[str, Any]], x: float) -> list[dict[str, Any]]:
    return [r for r in rows if r.get("confidence") is None or r["confidence"] >= x]


def report(corpora_: list[str], sheets: Path, thresholds: list[float]) -> str:
    out = ["# Fact audit: precision on news the rules were not written for", "",
           "Made by `python benchmarks/audit.py report`; the method is in the docstring of "
           "`benchmarks/audit.py`. Facts of each kind are a fixed-seed random sample of all the facts "
           "of a build, judged y/n by readers of the article text only. Precision = right / judged, "
           "with a 95% Wilson interval. At min confidence x, only facts of confidence >= x count "
           "(kgraph writes facts >= 0.5 by default); type, alias and merge facts have no confidence "
           "and count at every x. Sheets: `benchmarks/audit/CORPUS.jsonl`.", ""]
    for corpus in corpora_:
        rows = [r for r in load_sheet(sheet_path(sheets, corpus)) if r.get("current")]
        meta_path = sheets / f"{corpus}.meta.json"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
        judged = [r for r in rows if r.get("verdict") in VERDICTS]
        out += [f"## {corpus}", ""]
        if meta:
            out += [f"{meta.get('documents')} documents, kgraph {meta.get('kgraph')}, model "
                    f"{meta.get('model')}, sampled on {meta.get('sampled_on')} (seed {meta.get('seed')}, "
                    f"n {meta.get('n')} per kind). {len(judged)} of {len(rows)} sampled facts judged.", ""]
        head = "| kind | candidates | sampled |"
        sep = "|---|---:|---:|"
        for x in thresholds:
            head += f" judged (>= {x:g}) | right | precision | 95% CI |"
            sep += "---:|---:|---:|---|"
        out += [head, sep]
        for kind in KINDS:
            kr = [r for r in judged if r["kind"] == kind]
            line = (f"| {kind} | {meta.get('candidates', {}).get(kind, '')} | "
                    f"{sum(1 for r in rows if r['kind'] == kind)} |")
            for x in thresholds:
                line += f" {_cell(_at(kr, x))} |"
            out.append(line)
        total = "| all | | |"
        for x in thresholds:
            total += f" {_cell(_at(judged, x))} |"
        out += [total, ""]

        out += ["### By class (entity type, mention kind, merge names, quote kind, predicate, count type)",
                "",
                "| kind | class | judged | right | precision | 95% CI |", "|---|---|---:|---:|---:|---|"]
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in judged:
            if r["kind"] != "event":
                groups[(r["kind"], r.get("class") or "")].append(r)
        order = {k: i for i, k in enumerate(KINDS)}
        ranked = sorted(groups.items(), key=lambda kv: (order[kv[0][0]], -len(kv[1]), kv[0][1]))
        for (kind, cls), rs in ranked:
            out.append(f"| {kind} | {cls} | {_cell(rs)} |")
        if not ranked:
            out.append("| (nothing judged yet) | | | | | |")
        out.append("")

        out += ["### By rule (all confidences)", "",
                "| rule | kind | judged | right | precision | 95% CI |", "|---|---|---:|---:|---:|---|"]
        by_rule: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in judged:
            by_rule[(r.get("rule") or "(no rule id)", r["kind"])].append(r)
        for (rule, kind), rs in sorted(by_rule.items(), key=lambda kv: (order[kv[0][1]], kv[0][0])):
            out.append(f"| {rule} | {kind} | {_cell(rs)} |")
        if not by_rule:
            out.append("| (nothing judged yet) | | | | | |")
        out.append("")

        wrong = [r for r in judged if r["verdict"] == "n"]
        out += [f"### Wrong facts ({len(wrong)})", ""]
        for kind in KINDS:
            kr = sorted((r for r in wrong if r["kind"] == kind), key=lambda r: (r["doc"], r["id"]))
            if kr:
                out.append(f"**{kind}**")
                out.append("")
                for r in kr:
                    conf = "" if r.get("confidence") is None else f", conf {r['confidence']:g}"
                    out.append(f"- `{r['id']}` {r['doc']} ({r.get('rule') or 'no rule id'}{conf}): "
                               f"{r.get('note') or ''}")
                out.append("")
        unjudged = Counter(r["kind"] for r in rows if r.get("verdict") not in VERDICTS)
        if unjudged:
            out += [f"Still unjudged in the current sample: {sum(unjudged.values())} ("
                    + ", ".join(f"{k} {unjudged[k]}" for k in KINDS if unjudged[k]) + ").", ""]
        else:
            out += ["Every fact of the current sample is judged.", ""]
    return "\n".join(out)


def cmd_report(args: argparse.Namespace) -> int:
    names = args.corpora or sorted(p.name[:-len(".meta.json")] for p in args.sheets.glob("*.meta.json")
                                   if sheet_path(args.sheets, p.name[:-len(".meta.json")]).exists())
    if not names:
        raise SystemExit(f"no sheets in {_rel(args.sheets)}: run `sample CORPUS` first")
    text = report(names, args.sheets, args.min_confidence)
    _atomic_write(args.out, text)
    print(text)
    print(f"(written to {_rel(args.out)})", file=sys.stderr)
    return 0


# --- command line -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None,
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Run `audit.py COMMAND --help` for each command's options.")
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--sheets", type=Path, default=SHEETS,
                       help=f"folder of the sheets (default {_rel(SHEETS)}; a scratch copy for trials)")

    p = sub.add_parser("sample", help="build a corpus, draw the sample, write/update its sheet",
                       description="Build CORPUS, rank every fact of each kind by sha256(seed:id), take the "
                       "first N of each kind, and write benchmarks/audit/CORPUS.jsonl (verdicts of facts "
                       "already there are kept; judged facts that left the sample stay with current=false) "
                       "and CORPUS.meta.json (candidate counts, seed, kgraph version).")
    p.add_argument("corpus", help=f"one of {', '.join(sorted(corpora.CORPORA))}")
    p.add_argument("--n", type=int, default=40, help="facts per kind (default 40; all when fewer)")
    p.add_argument("--seed", type=int, default=1, help="sampling seed (default 1)")
    common(p)
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("render", help="write readable batches for judges (with article text) to the cache",
                       description="Write benchmarks/.cache/audit/CORPUS-batch-K.md (a judging guide, then "
                       "one section per current fact with its article context) and an empty verdict "
                       "template CORPUS-batch-K.verdicts.jsonl for each. Old batches of CORPUS are removed.")
    p.add_argument("corpus")
    p.add_argument("--only-unjudged", action="store_true", help="only facts with no verdict yet")
    p.add_argument("--batch-size", type=int, default=70, help="facts per batch (default 70)")
    p.add_argument("--out-dir", type=Path, default=RENDERED, help=f"default {_rel(RENDERED)}")
    common(p)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("judge", help="merge filled verdict files into a sheet",
                       description="Merge lines {\"id\", \"verdict\": \"y\"|\"n\"|null, \"note\", "
                       "\"judged_by\"} into benchmarks/audit/CORPUS.jsonl. Null verdicts are skipped. "
                       "Nothing is merged when any line has an unknown id, a bad verdict, a \"n\" without a "
                       "note, a note "
                       f"over {NOTE_MAX} characters or copying {COPY_WORDS} words from the article, or "
                       "no judge named.")
    p.add_argument("corpus")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--by", help="judged_by for lines that do not name their judge")
    common(p)
    p.set_defaults(func=cmd_judge)

    p = sub.add_parser("report", help="precision per corpus, kind, class and rule -> "
                       "benchmarks/results/audit.md",
                       description="Precision of the judged facts of the current samples, per corpus and "
                       "kind at each minimum confidence, per class and per rule id, with 95% Wilson "
                       "intervals; the wrong facts' notes; and how many are still unjudged.")
    p.add_argument("corpora", nargs="*", metavar="CORPUS", help="default: every sheet there is")
    p.add_argument("--min-confidence", type=float, nargs="+", default=[0.0, 0.5],
                   help="thresholds to report at (default 0 0.5)")
    p.add_argument("--out", type=Path, default=REPORT, help=f"default {_rel(REPORT)}")
    common(p)
    p.set_defaults(func=cmd_report)

    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
