"""Coreference rules `coref.nominals.*`: definite descriptions resolved to entities, on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_ctx, make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.coref import nominal_phrase, nominals, resolve_references
from kgraph.extract.registry import RuleSet
from kgraph.types import Article, Entity, Mention


def _ctx(doc, names: dict[str, tuple[int, int, str, str | None]]) -> DocContext:  # type: ignore[no-untyped-def]
    entities, mentions = [], []
    for key, (start, end, etype, gender) in names.items():
        span = doc[start:end]
        entities.append(Entity(key, etype, span.text, gender=gender))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))


def found(ctx: DocContext, rules: str = "") -> list[tuple[str, str, str, str]]:
    ctx = replace(ctx, rules=RuleSet.parse(rules))
    return [(m.text, m.entity, m.kind, m.rule) for m in resolve_references(ctx)]


# "<name> grew . The <noun> hired ."
SIMPLE = ([1, 2, 2, 2, 5, 6, 6, 6], ["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
          ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"])


def _simple(first: str, second: str, noun: str, etype: str = "Organization", country: bool = False
            ) -> DocContext:
    heads, deps, pos = SIMPLE
    return build_ctx([first, second, "grew", ".", "The", noun, "hired", "."], heads, deps, pos,
                     [(0, 2, "e0", etype, "name", country)])


# --- nominal_phrase -----------------------------------------------------------------------------

def test_a_definite_description_is_the_head_with_its_the() -> None:
    doc = make_doc(["The", "transport", "minister", "spoke"], heads=[2, 2, 3, 3],
                   deps=["det", "compound", "nsubj", "ROOT"], pos=["DET", "NOUN", "NOUN", "VERB"],
                   tags=["DT", "NN", "NN", "VBD"])
    np = nominal_phrase(doc[2])
    assert np is not None and np.text == "The transport minister"


def test_plurals_indefinites_and_descriptions_with_a_name_are_no_nominal_phrase() -> None:
    doc = make_doc(["The", "ministers", "met", "a", "minister", "and", "the", "minister", "Okafor"],
                   heads=[1, 2, 2, 4, 2, 4, 7, 4, 7],
                   deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "appos"],
                   pos=["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PROPN"],
                   tags=["DT", "NNS", "VBD", "DT", "NN", "CC", "DT", "NN", "NNP"],
                   ents=["O"] * 8 + ["B-PERSON"])
    assert [nominal_phrase(doc[i]) for i in (1, 4, 7)] == [None, None, None]


# --- role ---------------------------------------------------------------------------------------

def _minister(noun: str) -> DocContext:
    # "Okafor, the minister, arrived. The <noun> spoke."
    doc = make_doc(
        ["Okafor", ",", "the", "minister", ",", "arrived", ".", "The", noun, "spoke", "."],
        heads=[5, 0, 3, 0, 0, 5, 5, 8, 9, 9, 9],
        deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "det", "nsubj", "ROOT",
              "punct"],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB",
             "PUNCT"],
        lemmas=["Okafor", ",", "the", "minister", ",", "arrive", ".", "the", noun, "speak", "."],
        sent_starts=[True, False, False, False, False, False, False, True, False, False, False],
    )
    return _ctx(doc, {"e0": (0, 1, "Person", None)})


def test_description_matches_an_earlier_apposition() -> None:
    assert found(_minister("minister")) == [("The minister", "e0", "nominal", nominals.ROLE)]


def test_description_without_a_known_role_stays_unresolved() -> None:
    doc = make_doc(
        ["Okafor", "arrived", ".", "The", "senator", "spoke", "."],
        heads=[1, 1, 1, 4, 5, 5, 5],
        deps=["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        lemmas=["Okafor", "arrive", ".", "the", "senator", "speak", "."],
        sent_starts=[True, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None)})
    assert found(ctx) == []


def test_description_of_another_role_stays_unresolved() -> None:
    assert found(_minister("senator")) == []


def test_role_switched_off_makes_no_mention() -> None:
    assert found(_minister("minister"), "-coref.nominals.role") == []


# --- age ----------------------------------------------------------------------------------------

AGE_DEPS = ["nsubj", "punct", "appos", "punct", "ROOT"]


def test_an_age_description_is_the_one_person_of_that_age() -> None:
    # "Okafor , 52 , spoke . The 52-year-old left ."
    ctx = build_ctx(["Okafor", ",", "52", ",", "spoke", ".", "The", "52-year-old", "left", "."],
                    [4, 0, 0, 0, 4, 4, 7, 8, 8, 8], [*AGE_DEPS, "punct", "det", "nsubj", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)])
    assert found(ctx) == [("The 52-year-old", "e0", "nominal", nominals.AGE)]
    assert found(ctx, "-coref.nominals.age") == []


def test_an_age_two_people_share_is_nobody() -> None:
    # "Okafor , 52 , met Mensah , 52 , today . The 52-year-old left ."
    words = ["Okafor", ",", "52", ",", "met", "Mensah", ",", "52", ",", "today", ".", "The", "52-year-old",
             "left", "."]
    ctx = build_ctx(words, [4, 0, 0, 0, 4, 4, 5, 5, 5, 4, 4, 12, 13, 13, 13],
                    [*AGE_DEPS, "dobj", "punct", "appos", "punct", "npadvmod", "punct", "det", "nsubj",
                     "ROOT", "punct"],
                    ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PROPN", "PUNCT", "NUM", "PUNCT", "NOUN",
                     "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False)])
    assert found(ctx) == []


# --- ensemble -----------------------------------------------------------------------------------

def _band() -> DocContext:
    """'Inner Life is a band . The band toured .'"""
    return build_ctx(["Inner", "Life", "is", "a", "band", ".", "The", "band", "toured", "."],
                     [1, 2, 2, 4, 2, 2, 7, 8, 8, 8],
                     ["compound", "nsubj", "ROOT", "det", "attr", "punct", "det", "nsubj", "ROOT", "punct"],
                     ["PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                     [(0, 2, "e0", "Organization", "name", False)],
                     lemmas=["inner", "life", "be", "a", "band", ".", "the", "band", "tour", "."])


def test_the_band_is_the_organisation_described_as_one() -> None:
    assert found(_band()) == [("The band", "e0", "nominal", nominals.ENSEMBLE)]


def test_the_band_is_no_organisation_nothing_calls_a_band() -> None:
    assert found(_simple("Inner", "Life", "band")) == []


def test_ensemble_switched_off_makes_no_mention() -> None:
    assert found(_band(), "-coref.nominals.ensemble") == []


# --- organisation -------------------------------------------------------------------------------

def test_the_company_goes_to_the_last_company() -> None:
    doc = make_doc(
        ["Acme", "Corp", "grew", ".", "The", "company", "hired", "."],
        heads=[1, 2, 2, 2, 5, 6, 6, 6],
        deps=["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        lemmas=["Acme", "Corp", "grow", ".", "the", "company", "hire", "."],
        sent_starts=[True, False, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 2, "Organization", None)})
    assert found(ctx) == [("The company", "e0", "nominal", nominals.ORGANISATION)]


def test_the_bank_is_an_organisation_whose_name_says_bank() -> None:
    assert found(_simple("Acme", "Bank", "bank")) == [("The bank", "e0", "nominal", nominals.ORGANISATION)]
    assert found(_simple("Acme", "Motors", "bank")) == []


def test_organisation_switched_off_makes_no_mention() -> None:
    assert found(_simple("Acme", "Bank", "bank"), "-coref.nominals.organisation") == []


# --- place --------------------------------------------------------------------------------------

def test_the_country_is_the_last_country_and_the_city_the_last_other_place() -> None:
    assert found(_simple("North", "Korea", "country", "Place", True)) == [
        ("The country", "e0", "nominal", nominals.PLACE)]
    assert found(_simple("Port", "Harcourt", "city", "Place")) == [
        ("The city", "e0", "nominal", nominals.PLACE)]


def test_the_country_is_no_city_and_the_city_no_country() -> None:
    assert found(_simple("Port", "Harcourt", "country", "Place")) == []
    assert found(_simple("North", "Korea", "city", "Place", True)) == []


def test_place_switched_off_makes_no_mention() -> None:
    assert found(_simple("North", "Korea", "country", "Place", True), "-coref.nominals.place") == []


# --- qualified roles ----------------------------------------------------------------------------

def _leaders(party: str) -> DocContext:
    # "Tory leader Howard spoke. Lib Dem leader Kennedy spoke. The <party> leader left."
    words = ["Tory", "leader", "Howard", "spoke", ".", "Lib", "Dem", "leader", "Kennedy", "spoke", ".",
             "The", party, "leader", "left", "."]
    doc = make_doc(
        words, lemmas=[w.lower() for w in words], heads=[2, 2, 3, 3, 3, 8, 8, 8, 9, 9, 9, 13, 13, 14, 14, 14],
        deps=["compound", "compound", "nsubj", "ROOT", "punct", "compound", "compound", "compound",
              "nsubj", "ROOT", "punct", "det", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "NOUN", "PROPN", "VERB",
             "PUNCT", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "NN", "NNP", "VBD", ".", "NNP", "NNP", "NN", "NNP", "VBD", ".", "DT", "NNP", "NN",
              "VBD", "."],
        ents=["B-NORP", "O", "B-PERSON", "O", "O", "B-NORP", "I-NORP", "O", "B-PERSON", "O", "O", "O",
              "B-NORP", "O", "O", "O"],
        sent_starts=[True, False, False, False, False, True, False, False, False, False, False, True,
                     False, False, False, False],
    )
    entities = (Entity("e0", "Person", "Howard"), Entity("e1", "Person", "Kennedy"))
    mentions = tuple(Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, key)
                     for i, key in ((2, "e0"), (8, "e1")))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), entities, mentions)


def test_a_role_qualified_by_a_name_is_the_person_seen_with_that_role_so_qualified() -> None:
    # "The Tory leader" is Howard, though Kennedy, a leader too, was named last.
    assert found(_leaders("Tory")) == [("The Tory leader", "e0", "nominal", nominals.ROLE)]


def test_a_role_qualified_by_a_name_nobody_had_names_nobody() -> None:
    assert found(_leaders("Labour")) == []
