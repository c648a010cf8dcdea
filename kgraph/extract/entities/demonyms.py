"""Demonyms ("Nigerian", "British") as mentions of their country."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Set as AbstractSet

from spacy.attrs import IS_TITLE, POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span

from kgraph import gazetteer
from kgraph.data import sequence
from kgraph.extract.lexicon import AGENT_SUFFIXES, NOT_AGENT_NOUNS, TITLE_NOUNS
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.names import first_name_gender, is_role_word
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
        if found is None or in_a_name(span, taken) or names_a_person(span):
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


# Labels of names that may hold a demonym without being about its country ("the French Open",
# "Bruce Springsteen's American Skin", "British Columbia", "the Irish Sea").
_NAME_LABELS = frozenset({"EVENT", "WORK_OF_ART", "ORG", "FAC", "LOC", "GPE", "PRODUCT", "LAW"})
# Endings of demonyms that are countable nouns ("an American", "a Briton"): kgraph/data/link.toml.
_COUNTABLE: tuple[str, ...] = sequence("link", "countable_demonym_endings")
# What follows a demonym that is a noun ("The American spent", "the American's serve", "a Briton
# who", "the Australian, ranked fifth").
_AFTER_A_NOUN = frozenset({"VERB", "AUX", "PART", "ADP", "CCONJ", "PUNCT", "PRON", "SCONJ"})


def in_a_name(span: Span, taken: AbstractSet[int] = frozenset()) -> bool:
    """Whether a demonym is a word of a longer name, which is no mention of the country: a span of
    another label holds it ("the French Open" tagged EVENT), or capitalised words follow it that
    hold no title or role ("French Open", "American Skin"; not "British Prime Minister Tony
    Blair", "French Foreign Minister"). A demonym before a name found in the text (``taken``: the
    tokens of the article's names) or a person's name describes it: "American Jeff Morrison"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.ent_type_ == "PERSON"
                              or first_name_gender(after.text) in ("female", "male")):
        return False
    for ent in doc.ents:
        inside = ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)
        if inside and ent.label_ in _NAME_LABELS:
            return True
    if after is not None and after.i in taken:
        return False  # "the German DAX"
    run = []
    for tok in doc[span.end:span.end + 4]:
        if (not tok.is_title or not tok.text[:1].isupper() or tok.is_sent_start or tok.ent_type_ == "NORP"
                or gazetteer.demonym(tok.text)):
            break
        run.append(tok)
    if not run or any(_a_role(t.text) for t in run):
        return False
    end = run[-1].i + 1  # "an Indian Sanskrit-language drama": a compound modifier, no name
    return not (end < len(doc) and doc[end].text == "-")


def _a_role(word: str) -> bool:
    """A title or a noun for a person ("Minister", "Grandmaster", "Painter"), not a name's word
    ("Open", "Museum", "Warriors")."""
    low = word.lower()
    if is_role_word(word) or low in TITLE_NOUNS:
        return True
    return low.endswith(AGENT_SUFFIXES) and not low.endswith("s") and low not in NOT_AGENT_NOUNS


def names_a_person(span: Span) -> bool:
    """Whether a demonym is a noun for one person ("The American spent three days at the camp",
    "a Briton was arrested"): a countable demonym after "the" or "a" with no noun after it."""
    doc = span.doc
    if span.start == 0 or not span.text.lower().endswith(_COUNTABLE):
        return False
    if span.root.dep_ in ("amod", "compound", "nmod") or span.root.pos_ == "ADJ":
        return False  # "an American retired professional wrestler"
    if doc[span.start - 1].lower_ not in ("the", "a", "an"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or (after.pos_ in _AFTER_A_NOUN and after.text not in "-/'\"‘’“”")
