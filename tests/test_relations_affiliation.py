"""Rules of relations/affiliation.py on hand-built parses: work and membership verbs, group
members, countries in organisations, and the league-players filter."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_who_works_for() -> None:
    words = ["Park", ",", "who", "works", "for", "Reuters", ",", "left", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "nsubj", "relcl", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)],
                    lemmas=["Park", ",", "who", "work", "for", "Reuters", ",", "leave", "."])
    assert ("e0", "worksFor", "e1") in triples(ctx)


def test_teaches_at() -> None:
    words = ["Sara", "Black", "teaches", "at", "Antioch", "College", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 5, 3, 2],
                    ["compound", "nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False),
                     (4, 6, "e1", "Organization", "name", False)],
                    lemmas=["sara", "black", "teach", "at", "antioch", "college", "."])
    assert ("e0", "worksFor", "e1") in triples(ctx)


def test_subject_of_a_gerund_after_before() -> None:
    # "Hale played in Graz before joining Ajax ."
    words = ["Hale", "played", "in", "Graz", "before", "joining", "Ajax", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1, 4, 5, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "prep", "pcomp", "dobj", "punct"],
                    ["PROPN", "VERB", "ADP", "PROPN", "ADP", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Place", "name", False),
                     (6, 7, "e2", "Organization", "name", False)],
                    lemmas=["Hale", "play", "in", "Graz", "before", "join", "Ajax", "."])
    assert ("e0", "memberOf", "e2") in triples(ctx)


def test_country_member_of_organisation() -> None:
    # "NATO member Turkey and Sweden , a member state of the EU , met ."
    words = ["NATO", "member", "Turkey", "and", "Sweden", ",", "a", "member", "state", "of", "the",
             "EU", ",", "met", "."]
    ctx = build_ctx(words, [1, 2, 13, 2, 2, 4, 8, 8, 4, 8, 11, 9, 4, 13, 13],
                    ["compound", "compound", "nsubj", "cc", "conj", "punct", "det", "compound",
                     "appos", "prep", "det", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "NOUN", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "NOUN", "NOUN",
                     "ADP", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "nato", "Organization", "name", False),
                     (2, 3, "tr", "Place", "name", True), (4, 5, "se", "Place", "name", True),
                     (11, 12, "eu", "Organization", "name", False)],
                    lemmas=["NATO", "member", "Turkey", "and", "Sweden", ",", "a", "member",
                            "state", "of", "the", "EU", ",", "meet", "."])
    found = triples(ctx)
    assert ("tr", "memberOf", "nato") in found
    assert ("se", "memberOf", "eu") in found
    assert ("tr", "memberOf", "eu") not in found


def test_country_joined_organisation_and_negated_membership() -> None:
    # "Sweden joined the EU , but Norway is not a member of the EU ."
    words = ["Sweden", "joined", "the", "EU", ",", "but", "Norway", "is", "not", "a", "member",
             "of", "the", "EU", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1, 1, 7, 1, 7, 10, 7, 10, 13, 11, 1],
                    ["nsubj", "ROOT", "det", "dobj", "punct", "cc", "nsubj", "conj", "neg", "det",
                     "attr", "prep", "det", "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "PROPN", "PUNCT", "CCONJ", "PROPN", "AUX", "PART",
                     "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
                    [(0, 1, "se", "Place", "name", True), (3, 4, "eu", "Organization", "name", False),
                     (6, 7, "no", "Place", "name", True), (13, 14, "eu", "Organization", "name", False)],
                    lemmas=["Sweden", "join", "the", "EU", ",", "but", "Norway", "be", "not", "a",
                            "member", "of", "the", "EU", "."])
    found = triples(ctx)
    assert ("se", "memberOf", "eu") in found
    assert ("no", "memberOf", "eu") not in found


def test_the_band_consisted_of_its_members() -> None:
    # "The band consisted of singer Ana Lima and Tom Reed ." ("The band" resolved to the group)
    words = ["The", "band", "consisted", "of", "singer", "Ana", "Lima", "and", "Tom", "Reed", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 6, 6, 3, 6, 9, 6, 2],
                    ["det", "nsubj", "ROOT", "prep", "compound", "compound", "pobj", "cc",
                     "compound", "conj", "punct"],
                    ["DET", "NOUN", "VERB", "ADP", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN",
                     "PROPN", "PUNCT"],
                    [(0, 2, "g", "Organization", "nominal", False),
                     (5, 7, "e0", "Person", "name", False), (8, 10, "e1", "Person", "name", False)],
                    lemmas=["the", "band", "consist", "of", "singer", "Ana", "Lima", "and", "Tom",
                            "Reed", "."])
    found = triples(ctx)
    assert ("e0", "memberOf", "g") in found and ("e1", "memberOf", "g") in found


def test_formed_by_makes_members_only_of_a_group() -> None:
    # "Blue Band was formed by Ana Lima . Nordhavn was formed by Tom Reed ."
    words = ["Blue", "Band", "was", "formed", "by", "Ana", "Lima", ".", "Nordhavn", "was",
             "formed", "by", "Tom", "Reed", "."]
    ctx = build_ctx(words, [1, 3, 3, 3, 3, 6, 4, 3, 10, 10, 10, 10, 13, 11, 10],
                    ["compound", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj",
                     "punct", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"],
                    ["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN",
                     "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "g", "Organization", "name", False), (5, 7, "e0", "Person", "name", False),
                     (8, 9, "c", "Organization", "name", False),
                     (12, 14, "e1", "Person", "name", False)],
                    lemmas=["Blue", "Band", "be", "form", "by", "Ana", "Lima", ".", "Nordhavn", "be",
                            "form", "by", "Tom", "Reed", "."])
    found = triples(ctx)
    assert ("e0", "memberOf", "g") in found
    assert ("e1", "memberOf", "c") not in found


def test_founder_of_a_band_is_a_member_of_a_company_is_not() -> None:
    for noun, expected in (("band", True), ("company", False)):
        # "Sol formed the band Harbour ." / "Sol formed the company Harbour ."
        words = ["Sol", "formed", "the", noun, "Harbour", "."]
        ctx = build_ctx(words, [1, 1, 3, 1, 3, 1],
                        ["nsubj", "ROOT", "det", "dobj", "appos", "punct"],
                        ["PROPN", "VERB", "DET", "NOUN", "PROPN", "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False),
                         (4, 5, "e1", "Organization", "name", False)],
                        lemmas=["Sol", "form", "the", noun, "Harbour", "."])
        assert (("e0", "memberOf", "e1") in triples(ctx)) is expected


def test_organisation_member_of_an_organisation_only_through_a_copula() -> None:
    # "The Catholic is a member of the Press Association ."
    words = ["The", "Catholic", "is", "a", "member", "of", "the", "Press", "Association", "."]
    ctx = build_ctx(words, [1, 2, 2, 4, 2, 4, 8, 8, 5, 2],
                    ["det", "nsubj", "ROOT", "det", "attr", "prep", "det", "compound", "pobj", "punct"],
                    ["DET", "PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                    [(1, 2, "e0", "Organization", "name", False),
                     (7, 9, "e1", "Organization", "name", False)],
                    lemmas=["the", "Catholic", "be", "a", "member", "of", "the", "Press", "Association", "."])
    assert ("e0", "memberOf", "e1") in triples(ctx)


def test_no_league_membership_for_players_and_no_job_for_a_ruler_of_a_realm() -> None:
    # "NHL player Wayne Gretzky scored ." and "Hulagu II of the Ilkhanate attacked ."
    words = ["NHL", "player", "Wayne", "Gretzky", "scored", ",", "Hulagu", "II", "of", "the",
             "Ilkhanate", "attacked", "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4, 7, 11, 7, 10, 8, 4, 4],
                    ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "compound",
                     "nsubj", "prep", "det", "pobj", "conj", "punct"],
                    ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "ADP",
                     "DET", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Organization", "name", False), (2, 4, "e1", "Person", "name", False),
                     (6, 8, "e2", "Person", "name", False), (10, 11, "e3", "Organization", "name", False)])
    found = triples(ctx)
    assert ("e1", "jobTitle", "player") in found
    assert not [t for t in found if t[1] in ("memberOf", "worksFor")]


def test_founder_of_a_named_party() -> None:
    # "the Mapar party , founded by Andry Rajoelina" (the name modifies "party").
    words = ["the", "Mapar", "party", ",", "founded", "by", "Andry", "Rajoelina"]
    ctx = build_ctx(words, [2, 2, 2, 2, 2, 4, 7, 5],
                    ["det", "compound", "ROOT", "punct", "acl", "agent", "compound", "pobj"],
                    ["DET", "PROPN", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN"],
                    [(1, 2, "e0", "Organization", "name", False), (6, 8, "e1", "Person", "name", False)],
                    lemmas=["the", "Mapar", "party", ",", "found", "by", "Andry", "Rajoelina"],
                    tags=["DT", "NNP", "NN", ",", "VBN", "IN", "NNP", "NNP"])
    assert ("e1", "memberOf", "e0") in triples(ctx)


def test_joining_the_faculty_and_representing_a_party() -> None:
    # "Halin joined the faculty of Hamburg University ."
    words = ["Halin", "joined", "the", "faculty", "of", "Hamburg", "University", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 6, 4, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 7, "e1", "Organization", "name", False)],
                    lemmas=["Halin", "join", "the", "faculty", "of", "Hamburg", "University", "."])
    assert ("e0", "worksFor", "e1") in triples(ctx)
    # "Rova represented the Mapar party ." but not "Rova represented Acme Corp ."
    for org, expected in ((["the", "Mapar", "party"], True), (["the", "Acme", "company"], False)):
        words = ["Rova", "represented", *org, "."]
        ctx = build_ctx(words, [1, 1, 4, 4, 1, 1],
                        ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                        ["PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Organization", "name", False)],
                        lemmas=["Rova", "represent", "the", org[1], org[2], "."])
        assert (("e0", "memberOf", "e1") in triples(ctx)) is expected


def test_an_ensemble_consisting_of_a_list_of_names() -> None:
    # "Hub is an ensemble consisting of Ann Bo , Cy Dee and Ed Fay ." (B in apposition to A).
    words = ["Hub", "is", "an", "ensemble", "consisting", "of", "Ann", "Bo", ",", "Cy", "Dee",
             "and", "Ed", "Fay", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 4, 7, 5, 7, 10, 7, 10, 13, 10, 1],
                    ["nsubj", "ROOT", "det", "attr", "acl", "prep", "compound", "pobj", "punct",
                     "compound", "appos", "cc", "compound", "conj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT",
                     "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Organization", "name", False), (6, 8, "e1", "Person", "name", False),
                     (9, 11, "e2", "Person", "name", False), (12, 14, "e3", "Person", "name", False)],
                    lemmas=["Hub", "be", "an", "ensemble", "consist", "of", "Ann", "Bo", ",", "Cy",
                            "Dee", "and", "Ed", "Fay", "."],
                    tags=["NNP", "VBZ", "DT", "NN", "VBG", "IN", "NNP", "NNP", ",", "NNP", "NNP",
                          "CC", "NNP", "NNP", "."])
    found = triples(ctx)
    assert {("e1", "memberOf", "e0"), ("e2", "memberOf", "e0"), ("e3", "memberOf", "e0")} <= found


def test_admitted_to_a_club() -> None:
    # "Angell was admitted to Ull Club ."
    words = ["Angell", "was", "admitted", "to", "Ull", "Club", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 5, 3, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "compound", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 6, "e1", "Organization", "name", False)],
                    lemmas=["Angell", "be", "admit", "to", "Ull", "Club", "."])
    assert ("e0", "memberOf", "e1") in triples(ctx)


# --- rule ids, and constructions the moved tests did not cover ---------------------------------

def test_standing_for_a_party_and_not_standing() -> None:
    # "Hale is standing for Labour ." but not "Hale is not standing for Labour ."
    for negated in (False, True):
        words = ["Hale", "is", *(["not"] if negated else []), "standing", "for", "Labour", "."]
        n = len(words)
        verb = n - 4
        heads = [verb, verb, *([verb] if negated else []), verb, verb, verb + 1, verb]
        deps = ["nsubj", "aux", *(["neg"] if negated else []), "ROOT", "prep", "pobj", "punct"]
        pos = ["PROPN", "AUX", *(["PART"] if negated else []), "VERB", "ADP", "PROPN", "PUNCT"]
        ctx = build_ctx(words, heads, deps, pos,
                        [(0, 1, "e0", "Person", "name", False),
                         (n - 2, n - 1, "e1", "Organization", "name", False)],
                        lemmas=["hale", "be", *(["not"] if negated else []), "stand", "for", "labour", "."])
        fact = ("e0", "memberOf", "e1", "relations.affiliation.stands_for")
        assert made(ctx) == (set() if negated else {fact})


def test_hired_by_an_organisation_only_in_the_passive() -> None:
    # "Hale was hired by Reuters ." but not "Hale hired Reuters ."
    words = ["Hale", "was", "hired", "by", "Reuters", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Organization", "name", False)],
                    lemmas=["hale", "be", "hire", "by", "reuters", "."],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "."])
    assert made(ctx) == {("e0", "worksFor", "e1", "relations.affiliation.hired_by")}
    words = ["Hale", "hired", "Reuters", "."]
    ctx = build_ctx(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                    ["PROPN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Organization", "name", False)],
                    lemmas=["hale", "hire", "reuters", "."], tags=["NNP", "VBD", "NNP", "."])
    assert made(ctx) == set()


def test_verb_and_list_facts_carry_their_rules() -> None:
    # "Park , who works for Reuters , left ." / "Sol formed the band Harbour ."
    words = ["Park", ",", "who", "works", "for", "Reuters", ",", "left", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "nsubj", "relcl", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)],
                    lemmas=["Park", ",", "who", "work", "for", "Reuters", ",", "leave", "."])
    assert made(ctx) == {("e0", "worksFor", "e1", "relations.affiliation.works_for")}
    words = ["Sol", "formed", "the", "band", "Harbour", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj", "appos", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Organization", "name", False)],
                    lemmas=["Sol", "form", "the", "band", "Harbour", "."])
    assert made(ctx) == {("e0", "memberOf", "e1", "relations.affiliation.founded_group")}
    # "NATO member Turkey met ."
    words = ["NATO", "member", "Turkey", "met", "."]
    ctx = build_ctx(words, [1, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "NOUN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "nato", "Organization", "name", False), (2, 3, "tr", "Place", "name", True)],
                    lemmas=["nato", "member", "turkey", "meet", "."])
    assert made(ctx) == {("tr", "memberOf", "nato", "relations.affiliation.country_member")}


def _works(form: str, tag: str) -> set[tuple[str, str, object]]:
    """Facts of "Ann Bo FORM for Acme ."."""
    words = ["Ann", "Bo", form, "for", "Acme", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 3, 2], ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (4, 5, "e1", "Organization", "name", False)],
                    tags=["NNP", "NNP", tag, "IN", "NNP", "."],
                    lemmas=["Ann", "Bo", "work", "for", "Acme", "."])
    return triples(ctx)


def test_work_in_the_past_is_no_employer_now() -> None:
    assert _works("worked", "VBD") == set()  # "Ann Bo worked for Acme ."


def test_refused_work_in_the_present() -> None:
    assert _works("works", "VBZ") == {("e0", "worksFor", "e1")}  # "Ann Bo works for Acme ."


def test_running_for_an_office_is_no_membership() -> None:
    # "Hale ran for the White House ." against "Hale ran for Labour ."
    for name, expected in ((["White", "House"], set()), (["Labour"], {("e0", "memberOf", "e1")})):
        words = ["Hale", "ran", "for", "the", *name, "."]
        n = len(words)
        ctx = build_ctx(words, [1, 1, 1, n - 2, *([n - 2] * (len(name) - 1)), 2, 1],
                        ["nsubj", "ROOT", "prep", "det", *(["compound"] * (len(name) - 1)), "pobj", "punct"],
                        ["PROPN", "VERB", "ADP", "DET", *(["PROPN"] * len(name)), "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False),
                         (4, n - 1, "e1", "Organization", "name", False)],
                        lemmas=["hale", "run", "for", "the", *[w.lower() for w in name], "."])
        assert triples(ctx) == expected, name


def _chairman_of(name: list[str]) -> set[tuple[str, str, object]]:
    """Facts of "NAME chairman Ann Bo spoke ." with NAME an organisation."""
    n = len(name)
    words = [*name, "chairman", "Ann", "Bo", "spoke", "."]
    ctx = build_ctx(words, [n] * n + [n + 2, n + 2, n + 3, n + 3, n + 3],
                    ["compound"] * n + ["compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN"] * n + ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, n, "e1", "Organization", "name", False),
                     (n + 1, n + 3, "e0", "Person", "name", False)])
    return triples(ctx)


def test_an_organisation_named_by_a_common_noun_alone_is_no_tie() -> None:
    # "Committee chairman Ann Bo spoke .": which committee?
    assert _chairman_of(["Committee"]) == {("e0", "jobTitle", "chairman")}


def test_refused_an_organisation_with_a_name() -> None:
    # "Budget Committee chairman Ann Bo spoke ."
    assert ("e0", "affiliation", "e1") in _chairman_of(["Budget", "Committee"])
