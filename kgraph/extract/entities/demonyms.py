"""Demonyms ("Nigerian", "British") as mentions of their country."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IS_TITLE, POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span

from kgraph import gazetteer
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.types import Entity, Mention

DEMONYM = declare("entities.demonyms.demonym", "mention",
                  'A demonym outside the names, tied to its country: "British officials", "a Malagasy '
                  'politician"').id
COUNTRY = declare("entities.demonyms.country", "type",
                  'A place for a country the article names only by its demonym ("Nigeria" for "the '
                  'Nigerian minister")').id


def add_demonyms(doc: Doc, entities: list[Entity], mentions: list[Mention], taken: set[int],
                 countries: dict[str, str], sent_starts: list[int], rules: RuleSet = ALL_RULES) -> None:
    """Append a ``demonym`` mention of its country for each demonym outside ``taken``, the country
    being the entity in ``countries`` (country code -> key) or a new one."""
    if not rules.enabled(DEMONYM):
        return
    new_countries = rules.enabled(COUNTRY)
    for span in demonym_spans(doc):
        if span.start in taken:
            continue
        found = gazetteer.demonym(span.text)
        if found is None:
            continue
        key = countries.get(found.code)
        if key is None:
            if not new_countries:
                continue
            key = f"e{len(entities)}"
            countries[found.code] = key
            entities.append(Entity(key, "Place", found.name, (), True, rule=COUNTRY))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key, "demonym",
                                bisect_right(sent_starts, span.start) - 1, DEMONYM))


def demonym_spans(doc: Doc) -> list[Span]:
    """The spans that may be demonyms: one-word NORP entities (or whole demonyms), and capitalised
    adjectives and nouns the gazetteer knows as one."""
    # A NORP span that is no demonym as a whole ("Pakistani-American", "Cuban-American") is
    # read word by word below.
    spans = [e for e in doc.ents if e.label_ == "NORP" and (len(e) == 1 or gazetteer.demonym(e.text))]
    seen = {i for s in spans for i in range(s.start, s.end)}
    # The model tags "Malagasy" in "a Malagasy politician" PERSON, NOUN or PROPN as often as ADJ.
    pos = doc.to_array(POS)
    titled = (doc.to_array(IS_TITLE) != 0) & ((pos == ADJ) | (pos == PROPN) | (pos == NOUN))
    for i in titled.nonzero()[0].tolist():
        if i not in seen and gazetteer.demonym(doc[i].text):
            spans.append(doc[i:i + 1])
    return spans
