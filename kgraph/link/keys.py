"""Blocking: the name keys under which local entities meet (countries, cities, names, single words)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from kgraph import gazetteer, knowledge
from kgraph.extract.registry import declare
from kgraph.link.base import Local, Node, Unions, name_words
from kgraph.names import CONNECTORS
from kgraph.types import Entity

COUNTRY_CODE = declare(
    "link.keys.country_code", "merge",
    'Countries are one node per ISO code, whatever the name ("UK", "Britain", "United Kingdom").').id
CITY = declare(
    "link.keys.city", "merge",
    'A place known to the gazetteer as a city joins the places of that name ("Paris").').id
SAME_NAME = declare(
    "link.keys.same_name", "merge",
    'Non-people with the same name of two or more folded words, legal forms left out ("Wave FM Ltd" / '
    '"Wave FM").').id
SINGLE_WORD = declare(
    "link.keys.single_word", "merge",
    'Organisations and places with the same one-word name or acronym, whatever the type ("Zembla", '
    '"BBC").').id
KNOWN_ORGANISATION = declare(
    "link.keys.known_organisation", "merge",
    'Names that kgraph.knowledge lists for one organisation are one node ("Labour" / "Labour Party", '
    '"Tories" / "Conservative Party", "SNP" / "Scottish National Party").').id
AMBIGUOUS_ACRONYM = declare(
    "link.keys.ambiguous_acronym", "merge",
    'An acronym articles expand two ways ("BSA": the Building Societies Association, the Business '
    'Software Alliance) keys neither expansion; a bare one is a node of its own in its article.').id
NAMED_BY_COUNTRY = declare(
    "link.keys.named_by_country", "merge",
    'An organisation named by a country ("England" for a national side, "France" for its government) '
    'is a node of its own in its article: a country\'s teams in several sports share its name.').id
UNKEYED = declare(
    "link.keys.unkeyed", "merge",
    "An entity with no name key joins only entities of its type with the very same name.").id

KEY_RULES = {"country": COUNTRY_CODE, "place": CITY, "name": SAME_NAME, "word": SINGLE_WORD,
             "org": KNOWN_ORGANISATION, "acronym": AMBIGUOUS_ACRONYM, "team": NAMED_BY_COUNTRY}


@dataclass
class Blocks:
    """The locals the later rules look at: people by the form of their name, and organisations."""

    full_people: list[Local] = field(default_factory=list)  # two words or more and a parsed last name
    single_people: list[Local] = field(default_factory=list)  # one word
    orgs: list[Local] = field(default_factory=list)
    holders: dict[Node, set[str]] = field(default_factory=dict)  # name key -> types of the locals it keys


def is_city(name: str) -> bool:
    return gazetteer.city(name) is not None


def known_organisation(e: Entity) -> str | None:
    """The canonical name of the well-known organisation an entity surely is (kgraph.knowledge): its
    name's, else the one all its known aliases name. An alias naming another organisation than the
    name ("Scottish Labour" with "Labour") is an article's grouping, not knowledge: it is left out."""
    if e.country or e.type == "Person":
        return None
    return _known(e.name, e.aliases)


@lru_cache(maxsize=65536)
def _known(name: str, aliases: tuple[str, ...]) -> str | None:
    own = knowledge.organisation(name)
    if own is not None:
        return own.name
    # An acronym the article defines is the article's: "World Tourism Organisation (WTO)" is not
    # the WTO of the list.
    found = {o.name for a in aliases if not a.isupper() and (o := knowledge.organisation(a)) is not None}
    return found.pop() if len(found) == 1 else None


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _expansion(name: str) -> frozenset[str]:
    """The words an acronym's expansion is compared by: folded, connectors left out, singular."""
    return frozenset(_stem(w) for w in name_words(name) if w not in CONNECTORS)


def _same_word(x: str, y: str) -> bool:
    """One word spelt two ways: "broadcast" / "broadcasting", "accosiation" / "association"."""
    if x == y:
        return True
    if min(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    return x.startswith(y) or y.startswith(x) or SequenceMatcher(None, x, y).ratio() >= 0.8


def _same_expansion(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two expansions are spellings of one name: every word of the shorter is in the longer."""
    short, long_ = sorted((a, b), key=len)
    return all(any(_same_word(x, y) for y in long_) for x in short)


def _expands(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether a name can be what an acronym stands for: its initials hold the acronym's letters in
    order, from the first ("Securities and Exchange Commission" for "SEC"), and the acronym is not
    one of its words ("BT Together", "Non-EU", "Team GB" are names that use the acronym)."""
    if acronym in words or not words or words[0][0] != acronym[0]:
        return False
    letters = iter(w[0] for w in words)
    return all(c in letters for c in acronym)


def ambiguous_acronyms(locals_: list[Local]) -> frozenset[str]:
    """Folded acronyms that the corpus's articles expand to two different names."""
    seen: dict[str, list[frozenset[str]]] = defaultdict(list)
    for loc in locals_:
        e = loc.entity
        if e.type == "Person" or len(name_words(e.name)) < 2:
            continue
        for a in e.aliases:
            words = name_words(a)
            if len(words) == 1 and a.isupper() and _expands(words[0], name_words(e.name)):
                sig = _expansion(e.name)
                if not any(_same_expansion(sig, other) for other in seen[words[0]]):
                    seen[words[0]].append(sig)
    return frozenset(acr for acr, sigs in seen.items() if len(sigs) > 1)


def keys(local: Local, ambiguous: frozenset[str] = frozenset()) -> list[Node]:
    """Name keys under which a local entity may meet others in the corpus (people excepted).
    ``ambiguous``: acronyms the corpus expands two ways, which key no expansion."""
    e = local.entity
    known = known_organisation(e)
    if known is None and e.type == "Organization" and _a_country(e.name):
        return [("team", " ".join(name_words(e.name)), local.doc)]
    # An alias that knowledge says is another organisation does not key this one.
    names = [n for n in (e.name, *e.aliases)
             if known is None or (o := knowledge.organisation(n)) is None or o.name == known]
    out: list[Node] = [("org", known)] if known is not None else []
    if ambiguous:
        acronyms = {n for n in names if n.isupper() and len(w := name_words(n)) == 1 and w[0] in ambiguous}
        if e.name in acronyms and known is None:
            out.append(("acronym", name_words(e.name)[0], local.doc))
        names = [n for n in names if n not in acronyms]
    return out + _name_keys(e, names)


def _a_country(name: str) -> bool:
    """A country's name, or a country of the United Kingdom's ("England", "Wales")."""
    sub = knowledge.subdivision(name)
    return gazetteer.country(name) is not None or (sub is not None and sub.type == "Country")


def _name_keys(e: Entity, names: Sequence[str]) -> list[Node]:
    if e.type == "Place":
        if e.country:
            found = gazetteer.country(e.name)
            if found is not None:
                return [("country", found.code)]
        out: list[Node] = []
        for n in names:
            words = name_words(n)
            if not words:
                continue
            if is_city(n):
                out.append(("place", " ".join(words)))
            elif len(words) == 1:
                out.append(("word", words[0]))
            else:
                out.append(("name", " ".join(words)))
        return out
    out = []
    for n in names:
        words = name_words(n)
        if len(words) >= 2:
            out.append(("name", " ".join(words)))
        elif e.type == "Organization" and words and (n.isupper() or n == e.name):
            out.append(("word", words[0]))
    return out


def block(locals_: list[Local], unions: Unions) -> Blocks:
    """Join every non-person to its name keys; sort the people out for the people rules."""
    found = Blocks()
    ambiguous = ambiguous_acronyms(locals_)
    for loc in locals_:
        if loc.entity.type == "Person":
            words = loc.words
            if len(words) >= 2 and loc.parts is not None and loc.parts.last:
                found.full_people.append(loc)
            elif words:
                found.single_people.append(loc)
            else:
                unions.union(loc.id, ("solo", "Person", loc.entity.name), UNKEYED)
            continue
        own = keys(loc, ambiguous)
        if not own:
            unions.union(loc.id, ("solo", loc.entity.type, " ".join(loc.words) or loc.entity.name), UNKEYED)
        for k in own:
            unions.union(loc.id, k, KEY_RULES[k[0]])
            found.holders.setdefault(k, set()).add(loc.entity.type)
        if loc.entity.type == "Organization":
            found.orgs.append(loc)
    return found
