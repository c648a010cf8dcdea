"""What the text says next to a name that a description may repeat: role nouns and ages."""

from __future__ import annotations

from spacy.tokens import Span

from kgraph.extract.context import DocContext
from kgraph.extract.cues import ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS
from kgraph.extract.toolkit import age_of_words
from kgraph.types import Mention


def collect_roles(ctx: DocContext, spans: list[tuple[Mention, Span]]) -> dict[str, dict[str, int]]:
    """For each entity, the role nouns seen with its names and the first token they were seen at.

    Sources: titles the entity extractor kept, title words before a name ("Transport Minister
    Amara Okafor"), appositions ("Okafor, the transport minister," / "the minister, Okafor,")
    and copulas ("Okafor is the minister").
    """
    doc = ctx.doc
    roles: dict[str, dict[str, int]] = {}
    for ent in ctx.entities:
        for title in ent.titles:
            roles.setdefault(ent.key, {}).setdefault(title.lower(), len(doc))
    for m, span in spans:
        if m.kind != "name":
            continue
        seen = roles.setdefault(m.entity, {})
        for word in _roles_around(span):
            if seen.get(word, len(doc) + 1) > span.start:
                seen[word] = span.start
    return roles


def _roles_around(span: Span) -> list[str]:
    """Role nouns next to a name, each also with the names qualifying it ("Tory leader Michael
    Howard": "leader" and "tory leader"; "Howard, the Tory leader," too)."""
    head = span.root
    found = []
    before = [c for c in head.children if c.i < span.start and c.dep_ in ("compound", "amod", "nmod")
              and c.pos_ in ("NOUN", "PROPN")]
    for n, c in enumerate(before):
        found.append(c.lower_)
        names = [b.lower_ for b in before[:n] if b.pos_ == "PROPN"]
        if names and c.pos_ == "NOUN":
            found.append(" ".join([*names, c.lower_]))
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            found.append(c.lemma_.lower())
            names = [b.lower_ for b in c.lefts if b.dep_ in ("compound", "amod") and b.pos_ == "PROPN"]
            if names:
                found.append(" ".join([*names, c.lemma_.lower()]))
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        found.append(head.head.lemma_.lower())
    j = span.start - 1
    while j >= 0 and span.doc[j].is_title and span.doc[j].pos_ in ("NOUN", "PROPN"):
        found.append(span.doc[j].lower_)
        j -= 1
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        found.extend(c.lemma_.lower() for c in head.head.children if c.dep_ == "attr"
                     and c.pos_ == "NOUN")
    return [w for w in found if w.rsplit(" ", 1)[-1] in PERSON_ROLE_NOUNS or w in ORG_ROLE_NOUNS]


def collect_ages(ctx: DocContext, spans: list[tuple[Mention, Span]]) -> dict[str, int]:
    """Ages given next to a person's name ("Okafor, 52," / "52-year-old Okafor")."""
    doc = ctx.doc
    lowers = ctx.token_lowers()
    ages: dict[str, int] = {}
    for m, span in spans:
        if m.kind != "name":
            continue
        if lowers[span.end:span.end + 3:2] == [",", ","]:  # "Okafor, 52,"
            age_text = doc[span.end + 1].text
            if age_text.isdigit() and 0 < int(age_text) < 120:
                ages.setdefault(m.entity, int(age_text))
        age = age_of_words(lowers[max(span.start - 5, 0):span.start])
        if age is not None:
            ages.setdefault(m.entity, age)
    return ages
