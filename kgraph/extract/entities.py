"""Named entities and their name mentions, linked within one document.

spaCy's small model often mislabels names ("Amara Okafor" as GPE, a surname as ORG), so a name's
type is decided by a vote over all of its mentions and the cues around them (titles, first names,
organisation words, the gazetteer), after the mentions of one entity have been grouped by name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IS_TITLE, LOWER, POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kgraph import gazetteer
from kgraph.extract import lexicon as lx
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.names import (
    CONNECTORS,
    FEMALE_TITLES,
    HONORIFICS,
    LEADING_JUNK,
    LEGAL_SUFFIXES,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_LEGAL,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSONAL_HONORIFICS,
    PLACE_NOUNS,
    PORTFOLIO_TITLES,
    WORK_NOUNS,
    NameParts,
    first_name_gender,
    fold,
    is_role_word,
    is_title_word,
    name_parts,
    org_core,
    same_person_name,
)
from kgraph.types import Entity, Mention

LABEL_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
}
@dataclass
class _Candidate:
    span: Span  # the cleaned name, title and possessive left out
    label: str
    titles: list[str]
    key: tuple[str, ...] = ()
    # What the cues say about this one name, worked out once: clustering asks many times.
    text: str = field(init=False, repr=False, compare=False)
    org_cue: bool = field(init=False, repr=False, compare=False)
    first_name_cue: bool = field(init=False, repr=False, compare=False)
    person_evidence: bool = field(init=False, repr=False, compare=False)
    appositive_types: set[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = [fold(t.text) for t in self.span if not t.is_punct or t.text in "&"]
        while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
            words.pop()
        self.key = tuple(w for w in words if w)
        self.text = self.span.text  # spaCy builds a span's text anew on every call
        self.org_cue = _org_cue(self)
        self.first_name_cue = _first_name_cue(self)
        self.person_evidence = bool(self.label == "PERSON" or self.titles or self.first_name_cue)
        self.appositive_types = _appositive_types(self)


@dataclass(eq=False)
class _Cluster:
    """The names grouped as one entity; ``members[0]``, its fullest name, never changes."""

    members: list[_Candidate] = field(default_factory=list)
    order: int = 0  # position among the clusters, in order of creation
    person: bool = False  # some member has person evidence
    org: bool = False  # some member has an organisation cue
    org_label: bool = False  # some member was tagged ORG

    def __post_init__(self) -> None:
        members, self.members = self.members, []
        for m in members:
            self.add(m)

    def add(self, m: _Candidate) -> None:
        self.members.append(m)
        self.person = self.person or m.person_evidence
        self.org = self.org or m.org_cue
        self.org_label = self.org_label or m.label == "ORG"

    @property
    def full(self) -> tuple[str, ...]:
        return self.members[0].key

    @cached_property
    def name_parts(self) -> NameParts:
        return name_parts(self.members[0].text)

    @cached_property
    def org_core(self) -> tuple[str, tuple[str, ...], str]:
        return org_core(self.members[0].text)

    @cached_property
    def initials(self) -> str:
        return _initials(self.members[0].span)


class _Clusters:
    """The clusters built so far, with the clusters each name key belongs to."""

    def __init__(self) -> None:
        self.all: list[_Cluster] = []
        self._by_key: dict[tuple[str, ...], list[_Cluster]] = {}
        self.first_seen: dict[tuple[str, ...], int] = {}  # each name's first token

    def __iter__(self) -> Iterator[_Cluster]:
        return iter(self.all)

    def new(self, cand: _Candidate) -> None:
        cluster = _Cluster([cand], order=len(self.all))
        self.all.append(cluster)
        self._by_key.setdefault(cand.key, []).append(cluster)

    def add(self, cluster: _Cluster, cand: _Candidate) -> None:
        holders = self._by_key.setdefault(cand.key, [])
        if not any(c is cluster for c in holders):
            holders.append(cluster)
            holders.sort(key=lambda c: c.order)
        cluster.add(cand)

    def with_key(self, key: tuple[str, ...]) -> list[_Cluster]:
        """Clusters holding a name with this key, in order of creation."""
        return self._by_key.get(key, [])


# Roles in a group: a name modifying one is the group's ("Fall Out Boy bassist Pete Wentz").
_GROUP_ROLE_NOUNS = {"member", "members", "founder", "co-founder", "cofounder", "bassist", "guitarist",
                     "drummer", "frontman", "frontwoman", "vocalist", "keyboardist", "singer",
                     "lead", "rapper", "percussionist", "saxophonist", "trumpeter"}
_GROUP_HEAD_NOUNS = {"party", "band", "movement", "front", "orchestra", "choir", "ensemble", "duo",
                     "trio", "quartet"}
# Nouns for a firm that as often name a person's trade ("a producer", "a publisher").
_PERSON_OR_ORG_NOUNS = {"producer", "publisher", "broadcaster", "developer", "operator", "contractor"}


def _appositive_types(c: _Candidate) -> set[str]:
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
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and (
            root.head.lower_ in _GROUP_ROLE_NOUNS or root.head.lower_ in _GROUP_HEAD_NOUNS):
        # "Sha Na Na member Jon Bauman", "Coldplay singer Chris Martin", "the MAPAR party" (not
        # "the Biden team" or "the Trump administration": those name a person's people).
        found.add("Organization")
    for noun in nouns:
        word = noun.lemma_.lower() if noun.lemma_ else noun.lower_
        if word in WORK_NOUNS:
            found.add("Work")
        elif word in _PERSON_OR_ORG_NOUNS:
            continue  # "X is an American screenwriter and television producer"
        elif word in ORG_NOUNS:
            found.add("Organization")
        elif word in PLACE_NOUNS:
            found.add("Place")
        elif word in PERSON_NOUNS or (noun.pos_ == "NOUN" and is_title_word(noun.text)):
            found.add("Person")
    return found


def _has_cue(c: _Candidate) -> bool:
    """Whether anything besides the model's label says what a name is."""
    return bool(c.titles or c.first_name_cue or c.org_cue or c.appositive_types
                or gazetteer.country(c.text) or gazetteer.city(c.text))


def _first_name_cue(c: _Candidate) -> bool:
    return len(c.span) >= 2 and first_name_gender(c.span[0].text) in ("female", "male", "unknown")


def _org_cue(c: _Candidate) -> bool:
    words = [t.lower_ for t in c.span]
    if not words:
        return False
    # "Royal Swedish Academy of Sciences": the word before "of" is the name's head.
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in ORG_WORDS or words[-1] in ORG_WORDS or words[0] in ORG_WORDS - {"the"}


def clean_name(span: Span) -> tuple[Span, list[str]] | None:
    """The name inside an entity span, without determiners, titles and possessives.

    Returns the trimmed span and the titles found in or just before it, or None when the span is
    not a plausible name (NER debris such as "pro-government French TV" tagged as a person).
    """
    doc = span.doc
    label = span.label_
    toks = list(span)  # spaCy makes a new Token on every doc[i]: take them once
    texts = [t.text for t in toks]
    start, end = 0, len(toks)  # positions in ``toks``
    while start < end and (toks[start].lower_ in LEADING_JUNK or toks[start].is_punct
                           or toks[start].is_space):
        start += 1
    while end > start and (toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].lower_ in ("'s", "’s", "'", "’")
                           or (toks[end - 1].is_lower and toks[end - 1].lower_ in CONNECTORS)):
        end -= 1  # ... and "Frederik IX of" (the model's span stopping before "Denmark")
    # A nationality opening a person's name ("Malagasy Hery Rajaonarimampianina") is a demonym.
    while (end - start > 1 and label == "PERSON" and texts[start][:1].isupper()
           and gazetteer.demonym(texts[start])):
        start += 1
    titles: list[str] = []
    if (label == "GPE" and end - start > 2 and toks[start + 1].lower_ == "of"
            and is_title_word(texts[start]) and gazetteer.country(span[start + 2:end].text)):
        start += 2  # "King of Romania" tagged a place: the place is Romania
    while end - start > 1 and is_title_word(texts[start]) and label in ("PERSON", "ORG", "GPE", ""):
        if label not in ("PERSON", "") and not _person_title(toks[start], toks[start + 1]):
            break
        titles.append(texts[start].strip("."))
        start += 1
    if start >= end:
        return None
    # A title just before the name ("President Macron", "Ms. Okafor").
    j = span.start - 1
    while j >= 0:
        before = doc[j]
        text = before.text
        if not (text.strip(".") and is_title_word(text) and before.is_title):
            break
        titles.insert(0, text.strip("."))
        j -= 1
    name_texts = texts[start:end]
    if any("\n" in text for text in name_texts):
        return None
    words = [(t, text) for t, text in zip(toks[start:end], name_texts, strict=True) if not t.is_punct]
    # (The span's text is its tokens' texts with spaces between: a letter must be in one of them.)
    if not words or not any(c.isalpha() for text in name_texts for c in text):
        return None
    first = words[0][1][:1]
    if not (first.isupper() or first.isdigit()):
        return None
    if label in ("PERSON", ""):
        for _, text in words:
            if not text[:1].isupper() and fold(text) not in NAME_PARTICLES:
                return None
    else:
        for t, text in words:
            if text[:1].islower() and t.lower_ not in CONNECTORS and not t.like_num:
                return None
    if len(words) == 1 and words[0][0].is_stop and not words[0][1].isupper():
        return None
    # Titles and roles alone are not names ("CEO" from "Apple CEO Steve Jobs", "Prime Minister").
    if all(is_role_word(text) for _, text in words):
        return None
    return doc[span.start + start:span.start + end], titles


def _person_title(title: Token, nxt: Token) -> bool:
    """Whether a title opening a span the model tagged ORG or GPE makes it a person's name."""
    low = title.lower_.strip(".")
    if low not in HONORIFICS:
        return False
    return low in PERSONAL_HONORIFICS or first_name_gender(nxt.text) in ("female", "male", "unknown")


def _attach(cand: _Candidate, clusters: _Clusters) -> _Cluster | None:
    """The cluster a shorter name belongs to, if exactly one fits (nearest mention on ties)."""
    key = cand.key
    exact = clusters.with_key(key)
    if exact:
        return _nearest(cand, exact)
    if len(key) >= 2:
        if not cand.org_cue and cand.label in ("PERSON", ""):
            people = [c for c in clusters if c.full != key and c.person and not c.org]
            if people:  # nameparser is slow: only split the name when some cluster could fit
                parts = name_parts(cand.text)
                fits = [c for c in people if same_person_name(parts, c.name_parts)
                        and _may_shorten(cand, c, clusters)]
                if len(fits) > 1 and len({c.full for c in fits}) > 1:
                    return None  # "Paul Desmarais" between "... Jr." and "... Sr.": a name of its own
                if fits:
                    return _nearest(cand, fits)
        org = _org_fit(cand, clusters)
        if org is not None:
            return org
        fits = [c for c in clusters if len(c.full) > len(key) and c.person
                and key[0] == c.full[0] and key[-1] == c.full[-1] and _may_shorten(cand, c, clusters)]
        return _nearest(cand, fits) if fits else None
    word = key[0]
    if cand.label == "ORG":
        org = _org_fit(cand, clusters)
        if org is not None:
            return org
    surname = [c for c in clusters if len(c.full) >= 2 and c.person and not c.org
               and (word == c.full[-1] or word == c.name_parts.last)]
    if surname:
        gender = _title_gender(cand.titles)
        if gender and len(surname) > 1:
            surname = [c for c in surname if _cluster_gender(c) in (gender, None)] or surname
        return _nearest(cand, surname)
    if cand.label == "PERSON":
        given = [c for c in clusters if len(c.full) >= 2 and c.full[0] == word and c.person
                 and not c.org]
        if len(given) == 1:
            return given[0]
    text = cand.text
    if text.isupper() and len(text) >= 2:
        acro = [c for c in clusters if c.initials == text]
        if len(acro) == 1:
            return acro[0]
    return _org_fit(cand, clusters)


def _may_shorten(cand: _Candidate, cluster: _Cluster, clusters: _Clusters) -> bool:
    """Whether a name of two words or more may be a short form of a cluster's fuller name.

    Not when both carry different generational suffixes ("Paul Desmarais Jr." / "Sr."), nor when
    the shorter name was written out first and the fuller one comes later: a text introduces a
    person by the fullest name, so "Luis Roche ... his children ... Luis Armando Roche" are two.
    """
    a = [w for w in cand.key if w.strip(".") in NAME_SUFFIXES]
    b = [w for w in cluster.full if w.strip(".") in NAME_SUFFIXES]
    if a and b and a[-1].strip(".") != b[-1].strip("."):
        return False
    if cand.key == cluster.full:
        return True
    return clusters.first_seen.get(cand.key, cand.span.start) >= cluster.members[0].span.start


def _org_fit(cand: _Candidate, clusters: _Clusters) -> _Cluster | None:
    """The one organisation whose name is this one plus a legal form, a descriptive tail or a
    country ("Ford" / "Ford Motor Company", "Air Force" / "U.S. Air Force")."""
    if cand.label not in ("ORG", "") or cand.titles:
        return None
    qualifier, core, tail = org_core(cand.text)
    if tail or not core:
        return None
    fits = []
    for c in clusters:
        if not c.org and not c.org_label:
            continue
        q, k, t = c.org_core
        if k == core and (q, t) != (qualifier, tail) and (not qualifier or q == qualifier):
            fits.append(c)
            if len(fits) > 1:
                return None
    return fits[0] if fits else None


def _title_gender(titles: list[str]) -> str | None:
    for t in titles:
        if t.lower() in FEMALE_TITLES:
            return "female"
        if t.lower() in MALE_TITLES:
            return "male"
    return None


def _cluster_gender(cluster: _Cluster) -> str | None:
    for m in cluster.members:
        g = _title_gender(m.titles) or (first_name_gender(m.span[0].text) if len(m.span) > 1 else None)
        if g in ("female", "male"):
            return g
    return None


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in CONNECTORS)


def _nearest(cand: _Candidate, clusters: list[_Cluster]) -> _Cluster:
    """Among fitting clusters, the one mentioned last before the candidate (or first after)."""
    def distance(c: _Cluster) -> tuple[int, int]:
        before = [cand.span.start - m.span.start for m in c.members if m.span.start <= cand.span.start]
        if before:
            return (0, min(before))
        return (1, min(m.span.start for m in c.members) - cand.span.start)

    return min(clusters, key=distance)


def _vote(cluster: _Cluster) -> str:
    votes: Counter[str] = Counter()
    for m in cluster.members:
        weight = 2 if len(m.key) >= 2 else 1
        if m.label in LABEL_TYPES:
            votes[LABEL_TYPES[m.label]] += weight
        for etype in m.appositive_types:
            votes[etype] += 5  # the text says what it is: "Rheinland Energie, the utility"
        if m.titles:
            votes["Person"] += 3
        if m.first_name_cue:
            votes["Person"] += 2
        if m.org_cue:
            votes["Organization"] += 3
        if gazetteer.country(m.text):
            votes["Place"] += 5
        elif len(m.key) == 1 and m.label != "PERSON" and gazetteer.city(m.text):
            votes["Place"] += 2
    order = {"Person": 0, "Organization": 1, "Place": 2, "Work": 3}
    if not votes:
        return "Person"
    return max(votes, key=lambda t: (votes[t], -order[t]))


def _sentence_index(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents]


def extract_entities(doc: Doc, rules: RuleSet = ALL_RULES) -> tuple[list[Entity], list[Mention]]:
    """People, organisations and places named in ``doc``, with one mention per name occurrence.

    Demonyms ("Nigerian") become ``demonym`` mentions of their country.
    """
    candidates = _candidates(doc)
    # Fullest names first, and at equal length a spelled-out first name before an initial.
    ordered = sorted(candidates, key=lambda c: (-len(c.key), len(c.key[0]) == 1, c.span.start))
    grouping = _Clusters()
    for cand in candidates:
        if grouping.first_seen.get(cand.key, cand.span.start) >= cand.span.start:
            grouping.first_seen[cand.key] = cand.span.start
    for cand in ordered:
        target = _attach(cand, grouping)
        if target is None:
            grouping.new(cand)
        else:
            grouping.add(target, cand)

    # A name only this module's recovery found, with nothing to say what it is, is dropped, and so
    # is a name the text calls a work ("X is a 1993 film"): no person, organisation or place.
    kept = [c for c in grouping if any(m.label for m in c.members) or any(_has_cue(m) for m in c.members)
            or len(c.members) > 1]
    types = {id(c): _vote(c) for c in kept}
    for c in kept:
        if types[id(c)] == "Work" and any(m.first_name_cue for m in c.members):
            # "the late Willie Rushden, superb children's programme": a parse can hang a work's
            # noun on a person; a name opening with a known first name stays a person.
            types[id(c)] = "Person"
    clusters = [c for c in kept if types[id(c)] != "Work"]
    candidates = [m for c in clusters for m in c.members]
    sent_starts = _sentence_index(doc)
    entities: list[Entity] = []
    mentions: list[Mention] = []
    countries: dict[str, str] = {}
    clusters.sort(key=lambda c: min(m.span.start for m in c.members))
    for cluster in clusters:
        key = f"e{len(entities)}"
        etype = types[id(cluster)]
        names = _names(cluster)
        name, aliases = names[0], names[1:]
        is_country = False
        if etype == "Place":
            found = next(filter(None, (gazetteer.country(n) for n in names)), None)
            if found is not None:
                is_country = True
                countries[found.code] = key
                if found.name != name:
                    aliases = [n for n in [name, *aliases] if n != found.name]
                    name = found.name
        titles = sorted({t for m in cluster.members for t in m.titles}, key=lambda t: (t.lower(), t))
        gender = _gender(cluster) if etype == "Person" else None
        entities.append(Entity(key, etype, name, tuple(aliases), is_country, gender, tuple(titles)))
        for m in cluster.members:
            mentions.append(Mention(m.span.start_char, m.span.end_char, m.text, key, "name",
                                    _bisect(sent_starts, m.span.start)))

    taken = {i for m in candidates for i in range(m.span.start, m.span.end)}
    people = {m.span.start for c, e in zip(clusters, entities, strict=True) if e.type == "Person"
              for m in c.members}
    parties = _party_spans(doc, taken, people)
    if parties:
        by_name = {fold(e.name): e.key for e in entities if e.type == "Organization"}
        texts: dict[str, list[str]] = {}  # the words of each party named by no name of its own
        for span, party in parties:
            party_key = by_name.get(fold(party)) or by_name.get(fold("the " + party))
            if party_key is None:  # no such party named in the article: one entity for its words
                party_key = by_name[fold(party)] = f"e{len(entities)}"
                entities.append(Entity(party_key, "Organization", party))
                texts[party_key] = []
            if party_key in texts:
                texts[party_key].append(span.text)
            mentions.append(Mention(span.start_char, span.end_char, span.text, party_key, "name",
                                    _bisect(sent_starts, span.start)))
            taken.update(range(span.start, span.end))
        for i, ent in enumerate(entities):
            if ent.key in texts:
                extra = tuple(dict.fromkeys(t for t in texts[ent.key] if t != ent.name))
                entities[i] = Entity(ent.key, ent.type, ent.name, extra, ent.country, ent.gender,
                                     ent.titles)
    for span in _demonym_spans(doc):
        if span.start in taken:
            continue
        found = gazetteer.demonym(span.text)
        if found is None:
            continue
        key = countries.get(found.code)
        if key is None:
            key = f"e{len(entities)}"
            countries[found.code] = key
            entities.append(Entity(key, "Place", found.name, (), True))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key, "demonym",
                                _bisect(sent_starts, span.start)))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions


# Labels whose tokens are never part of a person's, organisation's or place's name.
_NOT_NAME_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "NORP",
                    "LANGUAGE", "LAW", "EVENT"}


# Words that end a name the model cut in two ("Chrysler" + "LLC", "Paul Desmarais" + "Jr.").
_NAME_TAILS = ORG_LEGAL | NAME_SUFFIXES


def _candidates(doc: Doc) -> list[_Candidate]:
    """Names from the model's entities, plus proper-noun runs the model left untagged."""
    out: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in LABEL_TYPES or _is_portfolio(ent):
            continue
        # "Chrysler" ORG + "LLC" ORG, or "Paul Desmarais" PERSON + "Jr." : one name.
        if out and out[-1].span.end == ent.start and all(
                fold(t.text) in _NAME_TAILS or t.is_punct for t in ent):
            prev = out[-1]
            out[-1] = _Candidate(Span(doc, prev.span.start, ent.end), prev.label, prev.titles)
            continue
        cleaned = clean_name(ent)
        if cleaned is None or gazetteer.demonym(cleaned[0].text) is not None:
            continue  # a nationality tagged as a name ("a Malagasy politician"): a demonym
        out.append(_Candidate(cleaned[0], ent.label_, cleaned[1]))
    taken = {i for c in out for i in range(c.span.start, c.span.end)}
    out.extend(_recovered(doc, taken))
    return out


def _is_portfolio(ent: Span) -> bool:
    """'Transport' in 'Transport Minister Amara Okafor' (whatever its label: ORG, GPE, ...) is part
    of a title, not an organisation or a place; a country before the title ("UK Minister") stays."""
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end >= len(doc) or doc[ent.end].lower_ not in PORTFOLIO_TITLES:
        return False
    # "South Africa's Minister of ...": the country, not a portfolio.
    text = ent[:-1].text if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s") else ent.text
    return gazetteer.country(text) is None and gazetteer.demonym(text) is None


def _recovered(doc: Doc, taken: set[int]) -> list[_Candidate]:
    """Runs of capitalised proper nouns outside the model's entities ("Raman", "Thabo Sithole").

    They get no label; a cue or a name already seen in the document must vouch for them.
    """
    # Only proper nouns can be recovered: look at those alone, then cut them into runs.
    propn = (doc.to_array(POS) == PROPN).nonzero()[0].tolist()  # (to_array gives numpy arrays)
    ok = [i for i in propn if i not in taken and _recoverable(doc[i], taken)]
    out: list[_Candidate] = []
    k = 0
    while k < len(ok):
        first = k
        while k + 1 < len(ok) and ok[k + 1] == ok[k] + 1:
            k += 1
        span = Span(doc, ok[first], ok[k] + 1, label="")
        cleaned = clean_name(span)
        if cleaned is not None:
            out.append(_Candidate(cleaned[0], "", cleaned[1]))
        k += 1
    return out


def _recoverable(t: Token, taken: set[int]) -> bool:
    return (t.i not in taken and t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
            and t.ent_type_ not in _NOT_NAME_LABELS and t.ent_type_ not in LABEL_TYPES
            and gazetteer.demonym(t.text) is None and "\n" not in t.whitespace_
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in PORTFOLIO_TITLES
                     and gazetteer.country(t.text) is None))


def _demonym_spans(doc: Doc) -> list[Span]:
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


_ARTICLES = {"a", "an", "the"}


def _party_spans(doc: Doc, taken: set[int], people: set[int]) -> list[tuple[Span, str]]:
    """Words for a major political party the text uses as one, with the party's name.

    "a Republican member", "Democratic senator X", "Conservative Party": before a political
    noun; "X, a Democrat,", "elected as a Whig", "fellow Tory X", "the Liberal Democrats": the
    noun form alone. Only capitalised words outside other names are read.
    """
    lowers = doc.to_array(LOWER)
    wanted = {doc.vocab.strings.add(w) for w in lx.PARTY_WORDS}
    hits = [i for i, h in enumerate(lowers.tolist()) if h in wanted and i not in taken]
    out: list[tuple[Span, str]] = []
    skip = -1
    for n, i in enumerate(hits):
        if i <= skip:
            continue
        end = i + 1
        form = doc[i].lower_
        if n + 1 < len(hits) and hits[n + 1] == i + 1 and f"{form} {doc[i + 1].lower_}" in lx.PARTY_FORMS:
            form, end = f"{form} {doc[i + 1].lower_}", i + 2  # "Liberal Democrats"
        if form not in lx.PARTY_FORMS or not all(t.is_title or t.is_upper for t in doc[i:end]):
            continue
        party, use = lx.PARTY_FORMS[form]
        span_end = _party_context(doc, i, end, use, people)
        if span_end:
            out.append((doc[i:span_end], party))
            skip = span_end - 1
    return out


def _party_context(doc: Doc, start: int, end: int, use: str, people: set[int]) -> int:
    """The end of the party's mention when the words at start:end are a party here, else 0."""
    prev = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
    if prev is not None and (prev.is_title or prev.is_upper) and prev.is_alpha \
            and prev.lower_ not in _ARTICLES and prev.lower_ != "fellow":
        return 0  # inside a longer name: "Irish Republican Brotherhood", "Social Democratic Party"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.lower_ in lx.PARTY_NOUNS or nxt.lemma_.lower() in lx.PARTY_ROLE_NOUNS):
        if nxt.lower_ in ("party", "parties"):
            return end + 1 if nxt.is_title else end
        return end
    if use == "adj":
        return 0
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    last = before[-1] if before else ""
    if use == "plural":
        return end if last == "the" and not (nxt is not None and nxt.is_title) else 0
    closed = nxt is None or nxt.is_punct or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
    if last in ("a", "an") and closed:
        return end  # "X, a Democrat,", "elected as a Whig", "A Republican, he"
    if before[-2:] == ["as", "the"] and closed:
        return end
    if end in people and use == "noun":
        return end  # "fellow Democrat Sidney Yates": a person's name follows
    return 0


def _names(cluster: _Cluster) -> list[str]:
    """The cluster's distinct names, fullest first (most words, then most frequent, then first)."""
    counts: Counter[str] = Counter(m.text for m in cluster.members)
    first: dict[str, int] = {}
    words: dict[str, int] = {}
    for m in cluster.members:
        first.setdefault(m.text, m.span.start)
        words[m.text] = len(m.key)
    return sorted(counts, key=lambda n: (-words[n], -counts[n], first[n]))


def _gender(cluster: _Cluster) -> str | None:
    votes: Counter[str] = Counter()
    for m in cluster.members:
        for t in m.titles:
            if t.lower() in FEMALE_TITLES:
                votes["female"] += 2
            elif t.lower() in MALE_TITLES:
                votes["male"] += 2
        if len(m.span) >= 2:
            g = first_name_gender(m.span[0].text)
            if g in ("female", "male"):
                votes[g] += 1
    if not votes or votes["female"] == votes["male"]:
        return None
    return votes.most_common(1)[0][0]


def _bisect(starts: list[int], i: int) -> int:
    return bisect_right(starts, i) - 1
