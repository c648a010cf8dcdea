"""One name found in the text, with what the words around it say about its type."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from kgraph import gazetteer, knowledge
from kgraph.data import words
from kgraph.names import (
    LEGAL_SUFFIXES,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    WORK_NOUNS,
    first_name_gender,
    fold,
    is_title_word,
)

# The model's labels for the three entity types (and the places it labels otherwise).
LABEL_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
}
GROUP_ROLE_NOUNS: frozenset[str] = words("entities", "group_role_nouns")
GROUP_HEAD_NOUNS: frozenset[str] = words("entities", "group_head_nouns")
PERSON_OR_ORG_NOUNS: frozenset[str] = words("entities", "person_or_org_nouns")
PERSON_ADDRESS: frozenset[str] = words("entities", "person_address_titles")
FAMILY_NOUNS: frozenset[str] = words("entities", "family_nouns")


def addressed(titles: list[str]) -> bool:
    """Whether a title of address is among a name's titles ("Mr" in "Mr Irish")."""
    return any(t.lower().strip(".") in PERSON_ADDRESS for t in titles)


@dataclass
class Candidate:
    """A name occurrence: the cleaned name (title and possessive left out), its label, titles."""

    span: Span
    label: str  # the model's label; "" for a name recovered from untagged proper nouns
    titles: list[str]
    key: tuple[str, ...] = ()
    rule: str = field(default="", compare=False)  # the rule that tied it to its entity
    team: bool = field(default=False, compare=False)  # a place's name used as a sports side
    # What the cues say about this one name, worked out once: clustering asks many times.
    text: str = field(init=False, repr=False, compare=False)
    org_cue: bool = field(init=False, repr=False, compare=False)
    first_name_cue: bool = field(init=False, repr=False, compare=False)
    initial_cue: bool = field(init=False, repr=False, compare=False)  # "G Cooper", "M. Butcher"
    person_evidence: bool = field(init=False, repr=False, compare=False)
    appositive_types: set[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        folded = [fold(t.text) for t in self.span if not t.is_punct or t.text in "&"]
        while len(folded) > 1 and folded[-1] in LEGAL_SUFFIXES:
            folded.pop()
        self.key = tuple(w for w in folded if w)
        # spaCy builds a span's text anew on every call; an editor's brackets are no part of the
        # name ("Anna [Petrova]" is Anna Petrova).
        span = self.span
        self.text = span.text if span[-1].text != "]" else "".join(
            t.text + t.whitespace_ for t in span if t.text not in "[]").strip()
        self.org_cue = _org_cue(self)
        self.first_name_cue = _first_name_cue(self)
        self.initial_cue = _initial_cue(self)
        self.person_evidence = bool(self.label == "PERSON" or self.titles or self.first_name_cue
                                    or self.initial_cue)
        self.appositive_types = _appositive_types(self)


def _appositive_types(c: Candidate) -> set[str]:
    """Entity types suggested by nouns in apposition to the name ("X, a footballer")."""
    root = c.span.root
    nouns = [t for t in root.children if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "X is a 1993 Japanese anime film"
        # Only for works, organisations and places: "Nvidia is the leader in chips" is no person.
        nouns += [t for t in root.head.children if t.dep_ == "attr" and t.pos_ == "NOUN"
                  and t.lemma_.lower() not in PERSON_NOUNS and not is_title_word(t.text)]
    # "automaker Toyota", "footballer Amara Okafor": a common noun right before the name.
    before = c.span.start - 1
    if before >= 0 and c.span.doc[before].pos_ == "NOUN" and c.span.doc[before].is_lower:
        nouns.append(c.span.doc[before])
    found = set()
    if root.dep_ == "poss" and root.head.lemma_.lower() in FAMILY_NOUNS:
        found.add("Person")  # "Keith Lamont Scott's wife"
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and (
            root.head.lower_ in GROUP_ROLE_NOUNS or root.head.lower_ in GROUP_HEAD_NOUNS):
        # "Sha Na Na member Jon Bauman", "Coldplay singer Chris Martin", "the MAPAR party" (not
        # "the Biden team" or "the Trump administration": those name a person's people).
        found.add("Organization")
    for noun in nouns:
        word = noun.lemma_.lower() if noun.lemma_ else noun.lower_
        if word in WORK_NOUNS:
            found.add("Work")
        elif word in PERSON_OR_ORG_NOUNS:
            continue  # "X is an American screenwriter and television producer"
        elif word in ORG_NOUNS:
            found.add("Organization")
        elif word in PLACE_NOUNS:
            found.add("Place")
        elif word in PERSON_NOUNS or (noun.pos_ == "NOUN" and is_title_word(noun.text)):
            found.add("Person")
    return found


def has_cue(c: Candidate) -> bool:
    """Whether anything besides the model's label says what a name is."""
    return bool(c.titles or c.first_name_cue or c.initial_cue or c.org_cue or c.appositive_types
                or gazetteer.country(c.text) or gazetteer.city(c.text) or knowledge.place(c.text)
                or knowledge.organisation_form(c.text))


def _first_name_cue(c: Candidate) -> bool:
    return len(c.span) >= 2 and first_name_gender(c.span[0].text) in ("female", "male", "unknown")


def _initial_cue(c: Candidate) -> bool:
    """An initial and a surname: "G Cooper", "M. Butcher" (squad lists, scoreboards)."""
    toks = [t for t in c.span if t.text != "."]
    if len(toks) != 2 or c.label in ("GPE", "LOC"):  # (not "S Korea")
        return False
    initial, surname = toks[0].text.rstrip("."), toks[1].text
    return (len(initial) == 1 and initial.isupper() and surname[:1].isupper() and surname[1:].islower()
            and len(surname) > 2 and not gazetteer.country(surname) and not knowledge.place(surname))


def _org_cue(c: Candidate) -> bool:
    lowers = [t.lower_ for t in c.span]
    if not lowers:
        return False
    # "Royal Swedish Academy of Sciences": the word before "of" is the name's head.
    head = lowers[lowers.index("of") - 1] if "of" in lowers[1:] else lowers[-1]
    return head in ORG_WORDS or lowers[-1] in ORG_WORDS or lowers[0] in ORG_WORDS - {"the"}
