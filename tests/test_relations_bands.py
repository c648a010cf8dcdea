"""Rules of relations/bands.py on hand-built parses: band roles whose band is not named beside them."""

from __future__ import annotations

from conftest import build_ctx, make_doc
from test_relations import made, triples

from kgraph.extract.context import DocContext
from kgraph.types import Article, Entity, Mention


def test_a_band_role_without_a_band_takes_the_one_band_of_the_sentence() -> None:
    # "The Hub , a rock group , added drummer Paul Lind ." : Lind plays in The Hub; with two
    # bands in the sentence nobody is chosen.
    words = ["The", "Hub", ",", "a", "rock", "group", ",", "added", "drummer", "Paul", "Lind", "."]
    ents = [(1, 2, "e0", "Organization", "name", False), (9, 11, "e1", "Person", "name", False)]
    ctx = build_ctx(words, [1, 7, 1, 5, 5, 1, 1, 7, 10, 10, 7, 7],
                    ["det", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT",
                     "compound", "compound", "dobj", "punct"],
                    ["DET", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "NOUN",
                     "PROPN", "PROPN", "PUNCT"],
                    [*ents, (3, 6, "e0", "Organization", "nominal", False)],
                    lemmas=["the", "Hub", ",", "a", "rock", "group", ",", "add", "drummer", "Paul",
                            "Lind", "."])
    assert ("e1", "memberOf", "e0") in triples(ctx)
    words = ["Hub", "Band", "and", "Vox", "Band", "added", "drummer", "Paul", "Lind", "."]
    ctx = build_ctx(words, [1, 5, 1, 4, 1, 5, 8, 8, 5, 5],
                    ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "compound", "compound",
                     "dobj", "punct"],
                    ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "NOUN", "PROPN", "PROPN",
                     "PUNCT"],
                    [(0, 2, "e0", "Organization", "name", False),
                     (3, 5, "e2", "Organization", "name", False), (7, 9, "e1", "Person", "name", False)],
                    lemmas=["Hub", "Band", "and", "Vox", "Band", "add", "drummer", "Paul", "Lind", "."])
    assert not [t for t in triples(ctx) if t[1] == "memberOf"]


def test_a_name_on_an_instrument_plays_in_the_one_band() -> None:
    # "Vox Band 's album featuring Jay Bentley on bass ." but not "on piano".
    for instrument, expected in (("bass", True), ("piano", False)):
        words = ["Vox", "Band", "'s", "album", "featuring", "Jay", "Bentley", "on", instrument, "."]
        ctx = build_ctx(words, [1, 3, 1, 3, 3, 6, 4, 4, 7, 3],
                        ["compound", "poss", "case", "ROOT", "acl", "compound", "dobj", "prep", "pobj",
                         "punct"],
                        ["PROPN", "PROPN", "PART", "NOUN", "VERB", "PROPN", "PROPN", "ADP", "NOUN",
                         "PUNCT"],
                        [(0, 2, "e0", "Organization", "name", False), (5, 7, "e1", "Person", "name", False)],
                        lemmas=["Vox", "Band", "'s", "album", "feature", "Jay", "Bentley", "on",
                                instrument, "."])
        assert (("e1", "memberOf", "e0") in triples(ctx)) is expected


def test_a_bare_singer_joins_a_band_only_when_the_sentence_is_about_the_band() -> None:
    # "Vox Band recruited singer Ann Bo ." vs "Ann Bo , a singer , met Vox Band ."
    words = ["Vox", "Band", "recruited", "singer", "Ann", "Bo", "."]
    ctx = build_ctx(words, [1, 2, 2, 5, 5, 2, 2],
                    ["compound", "nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Organization", "name", False), (4, 6, "e1", "Person", "name", False)],
                    lemmas=["Vox", "Band", "recruit", "singer", "Ann", "Bo", "."])
    assert ("e1", "memberOf", "e0") in triples(ctx)
    words = ["Ann", "Bo", ",", "a", "singer", ",", "met", "Vox", "Band", "."]
    ctx = build_ctx(words, [1, 6, 1, 4, 1, 1, 6, 8, 6, 6],
                    ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "compound", "dobj",
                     "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "e1", "Person", "name", False), (7, 9, "e0", "Organization", "name", False)],
                    lemmas=["Ann", "Bo", ",", "a", "singer", ",", "meet", "Vox", "Band", "."])
    assert ("e1", "memberOf", "e0") not in triples(ctx)


def _band_then_drummer(bands: int) -> DocContext:
    # "Vox Band played ." (or "Vox Band and Hub Band played .") then "Drummer Paul Lind left ."
    first = ["Vox", "Band", "played", "."] if bands == 1 else [
        "Vox", "Band", "and", "Hub", "Band", "played", "."]
    heads = [1, 2, 2, 2] if bands == 1 else [1, 5, 1, 4, 1, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct"] if bands == 1 else [
        "compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT"] if bands == 1 else [
        "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    n = len(first)
    words = [*first, "Drummer", "Paul", "Lind", "left", "."]
    doc = make_doc(words, heads=[*heads, n + 2, n + 2, n + 3, n + 3, n + 3],
                   deps=[*deps, "compound", "compound", "nsubj", "ROOT", "punct"],
                   pos=[*pos, "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], lemmas=[w.lower() for w in words],
                   sent_starts=[True] + [False] * (n - 1) + [True, False, False, False, False])
    ents = [Entity("b0", "Organization", "Vox Band"), Entity("e0", "Person", "Paul Lind")]
    spans = [(0, 2, "b0"), (n + 1, n + 3, "e0")]
    if bands == 2:
        ents.append(Entity("b1", "Organization", "Hub Band"))
        spans.append((3, 5, "b1"))
    mentions = tuple(Mention(doc[a:b].start_char, doc[a:b].end_char, doc[a:b].text, k) for a, b, k in spans)
    return DocContext(doc, Article("t", doc.text, "-"), tuple(ents), mentions)


def test_a_band_role_with_no_band_in_its_sentence_takes_the_one_band_of_the_article() -> None:
    assert ("e0", "memberOf", "b0", "relations.bands.band_of_article") in made(_band_then_drummer(1))
    assert not [f for f in made(_band_then_drummer(2)) if f[1] == "memberOf"]
