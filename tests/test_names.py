"""Name structure: the shortcut for plain two-word names says what nameparser would say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.names import _nameparser_parts, name_parts

# Words nameparser treats specially, mixed with ordinary given names and surnames.
WORDS = ["Amara", "Okafor", "Mr", "Dr", "Jr", "Sr", "III", "VII", "Ivanovich", "Aliyev", "oglu",
         "van", "de", "la", "and", "y", "St", "Mac", "Li", "Xi", "Al", "bin", "Sir", "King", "Mary",
         "ELIZABETH", "mcdonald", "O", "Ng", "Esq", "PhD", "MD", "Von", "Da", "Jo"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(WORDS))
def test_two_word_names_parse_as_nameparser_parses_them(first: str, last: str) -> None:
    name = f"{first} {last}"
    assert name_parts.__wrapped__(name) == _nameparser_parts(name)


def test_examples() -> None:
    assert name_parts("Amara Okafor") == _nameparser_parts("Amara Okafor")
    assert name_parts("Paul Desmarais Jr.").suffix == "jr"
    assert name_parts("Charles VII") == _nameparser_parts("Charles VII")
