"""Words for a political party used as one ("a Republican senator", "X, a Democrat,", "the Tories")."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kgraph import knowledge
from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.names import fold
from kgraph.types import Entity, Mention

PARTY_WORD = declare("entities.parties.party_word", "mention",
                     'A party\'s adjective or noun used for the party: "a Republican member", "X, a '
                     'Democrat,", "fellow Tory X", "the Liberal Democrats"').id
PARTY = declare("entities.parties.party", "type",
                "An organisation for a party the article names only by its words (the Republican Party "
                'for "a Republican senator")').id

# Capitalised words before a party word that leave it a party word of its own ("fellow Democrat").
_BEFORE_PARTY = words("entities", "before_party_words")


def add_parties(doc: Doc, entities: list[Entity], mentions: list[Mention], taken: set[int],
                people: set[int], sent_starts: list[int], rules: RuleSet = ALL_RULES) -> None:
    """Append the party words' mentions to ``mentions`` (and to ``taken`` their tokens), each tied to
    the organisation of that party named in the article, else to a new entity for the party."""
    if not rules.enabled(PARTY_WORD):
        return
    parties = party_spans(doc, taken, people)
    if not parties:
        return
    new_parties = rules.enabled(PARTY)
    by_name = {fold(e.name): e.key for e in entities if e.type == "Organization"}
    for e in entities:  # "the Conservatives" named: "a Conservative MP" is that party's word
        if e.type == "Organization":
            for n in (e.name, *e.aliases):
                known = knowledge.organisation(n)
                if known is not None:
                    by_name.setdefault(fold(known.name), e.key)
    texts: dict[str, list[str]] = {}  # the words of each party named by no name of its own
    for span, party in parties:
        party_key = by_name.get(fold(party)) or by_name.get(fold("the " + party))
        if party_key is None:  # no such party named in the article: one entity for its words
            if not new_parties:
                continue
            party_key = by_name[fold(party)] = f"e{len(entities)}"
            entities.append(Entity(party_key, "Organization", party, rule=PARTY))
            texts[party_key] = []
        if party_key in texts:
            texts[party_key].append(span.text)
        mentions.append(Mention(span.start_char, span.end_char, span.text, party_key, "name",
                                bisect_right(sent_starts, span.start) - 1, PARTY_WORD))
        taken.update(range(span.start, span.end))
    for i, ent in enumerate(entities):
        if ent.key in texts:
            extra = tuple(dict.fromkeys(t for t in texts[ent.key] if t != ent.name))
            entities[i] = Entity(ent.key, ent.type, ent.name, extra, ent.country, ent.gender,
                                 ent.titles, ent.rule)


def party_spans(doc: Doc, taken: set[int], people: set[int]) -> list[tuple[Span, str]]:
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
            and prev.lower_ not in _BEFORE_PARTY:
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
