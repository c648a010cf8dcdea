"""Blocking: the name keys under which local entities meet (countries, cities, names, single words)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kgraph import gazetteer, knowledge
from kgraph.extract.registry import declare
from kgraph.link.base import Local, Node, Unions, name_words
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
UNKEYED = declare(
    "link.keys.unkeyed", "merge",
    "An entity with no name key joins only entities of its type with the very same name.").id

KEY_RULES = {"country": COUNTRY_CODE, "place": CITY, "name": SAME_NAME, "word": SINGLE_WORD,
             "org": KNOWN_ORGANISATION}


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
    own = knowledge.organisation(e.name)
    if own is not None:
        return own.name
    found = {o.name for o in map(knowledge.organisation, e.aliases) if o is not None}
    return found.pop() if len(found) == 1 else None


def keys(local: Local) -> list[Node]:
    """Name keys under which a local entity may meet others in the corpus (people excepted)."""
    e = local.entity
    known = known_organisation(e)
    if known is None:
        return _name_keys(e, (e.name, *e.aliases))
    # An alias that knowledge says is another organisation does not key this one.
    names = [n for n in (e.name, *e.aliases) if (o := knowledge.organisation(n)) is None or o.name == known]
    return [("org", known), *_name_keys(e, names)]


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
        own = keys(loc)
        if not own:
            unions.union(loc.id, ("solo", loc.entity.type, " ".join(loc.words) or loc.entity.name), UNKEYED)
        for k in own:
            unions.union(loc.id, k, KEY_RULES[k[0]])
            found.holders.setdefault(k, set()).add(loc.entity.type)
        if loc.entity.type == "Organization":
            found.orgs.append(loc)
    return found
