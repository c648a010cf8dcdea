"""What linking keeps of an article (kgraph/link/doclinks.py): roles, context keys, the stored form."""

from __future__ import annotations

from test_link import person

from kgraph.link import DocLinks
from kgraph.link.doclinks import context_key, roles
from kgraph.types import Entity, Relation


def test_roles_leave_out_honorifics_and_filler_and_spell_out_acronyms() -> None:
    d = person("a", "Mary Barra", titles=("Ms", "former CEO"))
    d = type(d)(d.article, d.entities, d.mentions, relations=(
        Relation("e0", "jobTitle", (0, 1), 0.9, value="Senior Vice-President of Sales"),))
    assert roles(d, d.entities[0]) == {"chief", "executive", "president", "sales"}


def test_context_keys_are_coarse_and_leave_countries_out() -> None:
    assert context_key(Entity("e0", "Organization", "Ford Motor Company")) == ("Organization", "ford")
    assert context_key(Entity("e0", "Person", "John Watson")) == ("Person", "watson")
    assert context_key(Entity("e0", "Place", "United Kingdom", country=True)) is None
    assert context_key(Entity("e0", "Place", "Lagos")) == ("Place", "lagos")


def test_doclinks_round_trip_through_its_stored_form() -> None:
    d = person("a", "John A. Smith", ("Organization", "Leeds United", ()), titles=("striker",))
    links = DocLinks.of(d)
    assert DocLinks.from_dict(links.to_dict()) == links
    assert links.mentions == (1, 1) and links.roles[0] == {"striker"} and links.parts[1] is None
