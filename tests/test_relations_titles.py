"""Rules of relations/titles.py on hand-built parses: job titles and the organisations of roles."""

from __future__ import annotations

from conftest import EntSpec, build_ctx, make_doc
from test_relations import made, triples

from kgraph.extract.context import DocContext
from kgraph.types import Mention


def test_two_titles_and_nationality_from_appos() -> None:
    # "Brandt , a German novelist and climate activist , wrote ."
    words = ["Brandt", ",", "a", "German", "novelist", "and", "climate", "activist", ",", "wrote", "."]
    ctx = build_ctx(words, [9, 0, 4, 4, 0, 4, 7, 4, 0, 9, 9],
                    ["nsubj", "punct", "det", "amod", "appos", "cc", "compound", "conj", "punct",
                     "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT",
                     "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Place", "demonym", True)])
    found = triples(ctx)
    assert {("e0", "jobTitle", "novelist"), ("e0", "jobTitle", "climate activist"),
            ("e0", "nationality", "e1")} <= found
    assert not any(t[1] == "jobTitle" and "German" in str(t[2]) for t in found)


def test_member_of_party_is_membership_not_a_title() -> None:
    words = ["Raman", ",", "a", "member", "of", "Labour", ",", "spoke", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)])
    found = triples(ctx)
    assert ("e0", "memberOf", "e1") in found
    assert not any(t[1] == "jobTitle" for t in found)


def test_a_student_at_a_university_does_not_work_there() -> None:
    # "Lightbody , a student at Dundee University , formed it ." vs "a lecturer at"; a student
    # holds no job either.
    for noun, expected in (("student", False), ("lecturer", True)):
        words = ["Lightbody", ",", "a", noun, "at", "Dundee", "University", ",", "left", "."]
        ctx = build_ctx(words, [8, 0, 3, 0, 3, 6, 4, 0, 8, 8],
                        ["nsubj", "punct", "det", "appos", "prep", "compound", "pobj", "punct", "ROOT",
                         "punct"],
                        ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB",
                         "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False),
                         (5, 7, "e1", "Organization", "name", False)])
        assert (("e0", "worksFor", "e1") in triples(ctx)) is expected
        assert (("e0", "jobTitle", noun) in triples(ctx)) is expected


def test_member_of_one_and_of_another() -> None:
    # "Eid is a member of Alpha Academy and of Beta Academy ." with the second "of" on the copula.
    words = ["Eid", "is", "a", "member", "of", "Alpha", "Academy", "and", "of", "Beta", "Academy", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 6, 4, 1, 1, 10, 8, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "compound", "pobj", "cc", "conj",
                     "compound", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "ADP", "PROPN",
                     "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 7, "e1", "Organization", "name", False),
                     (9, 11, "e2", "Organization", "name", False)],
                    lemmas=["Eid", "be", "a", "member", "of", "Alpha", "Academy", "and", "of", "Beta",
                            "Academy", "."])
    found = triples(ctx)
    assert ("e0", "memberOf", "e1") in found and ("e0", "memberOf", "e2") in found


# --- rule ids, and constructions the moved tests did not cover ---------------------------------

def test_title_and_organisation_carry_their_rules() -> None:
    # "Raman , a lawyer at Reuters , left ." and "Eid is a member of Alpha Academy and of Beta Academy"
    words = ["Raman", ",", "a", "lawyer", "at", "Reuters", ",", "left", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)])
    assert made(ctx) == {("e0", "jobTitle", "lawyer", "relations.titles.job_title"),
                         ("e0", "worksFor", "e1", "relations.titles.title_of_org")}
    words = ["Eid", "is", "a", "member", "of", "Alpha", "Academy", "and", "of", "Beta", "Academy", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 6, 4, 1, 1, 10, 8, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "compound", "pobj", "cc", "conj",
                     "compound", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "ADP", "PROPN",
                     "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 7, "e1", "Organization", "name", False),
                     (9, 11, "e2", "Organization", "name", False)],
                    lemmas=["Eid", "be", "a", "member", "of", "Alpha", "Academy", "and", "of", "Beta",
                            "Academy", "."])
    assert made(ctx) == {("e0", "memberOf", "e1", "relations.titles.title_of_org"),
                         ("e0", "memberOf", "e2", "relations.titles.also_of")}


def test_a_title_of_words_keeps_its_of_phrase_and_a_place_is_no_employer() -> None:
    # "Ola , the Minister of Transport , spoke ." / "Ola , the mayor of Lagos , spoke ."
    words = ["Ola", ",", "the", "Minister", "of", "Transport", ",", "spoke", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)])
    assert made(ctx) == {("e0", "jobTitle", "Minister of Transport", "relations.titles.job_title")}
    words = ["Ola", ",", "the", "mayor", "of", "Lagos", ",", "spoke", "."]
    ctx = build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
                    ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Place", "name", False)])
    assert made(ctx) == {("e0", "jobTitle", "mayor", "relations.titles.job_title")}


# --- awards ------------------------------------------------------------------------------------

def _named(noun: str) -> set[tuple[str, str, object]]:
    """Facts of "Ann Bo was named NOUN of the year by the Tennis Association ." (or "... NOUN of
    the club by ...")."""
    words = ["Ann", "Bo", "was", "named", noun, "of", "the", "year", "by", "the", "Tennis", "Association",
             "."]
    if noun == "captain":
        words[7] = "club"
    ctx = build_ctx(words, [1, 3, 3, 3, 3, 4, 7, 5, 3, 11, 11, 8, 3],
                    ["compound", "nsubjpass", "auxpass", "ROOT", "oprd", "prep", "det", "pobj", "agent",
                     "det", "compound", "pobj", "punct"],
                    ["PROPN", "PROPN", "AUX", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN",
                     "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (10, 12, "e1", "Organization", "name", False)],
                    tags=["NNP", "NNP", "VBD", "VBN", "NN", "IN", "DT", "NN", "IN", "DT", "NNP", "NNP",
                          "."],
                    lemmas=["Ann", "Bo", "be", "name", noun, "of", "the", words[7], "by", "the", "Tennis",
                            "Association", "."])
    return triples(ctx)


def test_an_award_is_no_job_nor_employer() -> None:
    # "Ann Bo was named player of the year by the Tennis Association ."
    assert _named("player") == set()
    # "Ann Bo , best actor at the Film Festival , smiled ."
    words = ["Ann", "Bo", ",", "best", "actor", "at", "the", "Film", "Festival", ",", "smiled", "."]
    ctx = build_ctx(words, [1, 10, 1, 4, 1, 4, 8, 8, 5, 1, 10, 10],
                    ["compound", "nsubj", "punct", "amod", "appos", "prep", "det", "compound", "pobj",
                     "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT",
                     "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (7, 9, "e1", "Organization", "name", False)])
    assert triples(ctx) == set()


def test_refused_a_role_of_something_else_than_a_period() -> None:
    # "Ann Bo was named captain of the club by the Tennis Association ." is an appointment.
    assert ("e0", "jobTitle", "captain") in _named("captain")
    assert ("e0", "worksFor", "e1") in _named("captain")


# --- what is no job ----------------------------------------------------------------------------

def _before_name(word: str) -> set[tuple[str, str, object]]:
    """Facts of "WORD Ann Bo spoke ."."""
    ctx = build_ctx([word, "Ann", "Bo", "spoke", "."], [2, 2, 3, 3, 3],
                    ["compound", "compound", "nsubj", "ROOT", "punct"],
                    ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(1, 3, "e0", "Person", "name", False)])
    return triples(ctx)


def test_a_rank_or_a_standing_is_no_job_title() -> None:
    for word in ("Lord", "Prince", "billionaire", "veteran"):
        assert _before_name(word) == set(), word


def test_refused_an_office_or_an_occupation_before_a_name() -> None:
    for word in ("King", "Senator", "novelist"):
        assert _before_name(word) == {("e0", "jobTitle", word)}, word


def _appos_at(noun: str, org: str = "Organization") -> set[tuple[str, str, object]]:
    """Facts of "Ann Bo , a NOUN at Acme , spoke ."."""
    words = ["Ann", "Bo", ",", "a", noun, "at", "Acme", ",", "spoke", "."]
    ctx = build_ctx(words, [1, 8, 1, 4, 1, 4, 5, 1, 8, 8],
                    ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (6, 7, "e1", org, "name", False)])
    return triples(ctx)


def test_a_leader_of_nothing_and_a_partner_of_someone_are_no_titles() -> None:
    # "Ann Bo is a leader ."
    ctx = build_ctx(["Ann", "Bo", "is", "a", "leader", "."], [1, 2, 2, 4, 2, 2],
                    ["compound", "nsubj", "ROOT", "det", "attr", "punct"],
                    ["PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)], tags=["NNP", "NNP", "VBZ", "DT", "NN", "."],
                    lemmas=["Ann", "Bo", "be", "a", "leader", "."])
    assert triples(ctx) == set()
    # "His partner Ann Bo spoke ."
    ctx = build_ctx(["His", "partner", "Ann", "Bo", "spoke", "."], [1, 4, 3, 1, 4, 4],
                    ["poss", "nsubj", "compound", "appos", "ROOT", "punct"],
                    ["PRON", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(2, 4, "e0", "Person", "name", False)])
    assert triples(ctx) == set()
    # "Ann Bo , a partner at Acme ," with Acme a place: no firm named.
    assert _appos_at("partner", "Place") == set()


def test_refused_a_partner_in_a_firm_and_a_head_of_something() -> None:
    assert _appos_at("partner") == {("e0", "jobTitle", "partner"), ("e0", "affiliation", "e1")}
    assert _appos_at("head") == {("e0", "jobTitle", "head"), ("e0", "affiliation", "e1")}


# --- the words of a title ----------------------------------------------------------------------

def _unspaced(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[EntSpec],
              glued: tuple[int, ...]) -> DocContext:
    """build_ctx with no space after the tokens ``glued`` ("vice-president")."""
    ctx = build_ctx(words, heads, deps, pos, ents)
    spaces = [i not in glued for i in range(len(words))]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words], spaces=spaces,
                   sent_starts=[True] + [False] * (len(words) - 1))
    mentions = tuple(Mention(doc[a:b].start_char, doc[a:b].end_char, doc[a:b].text, key, kind)
                     for a, b, key, _, kind, _ in ents)
    return DocContext(doc, ctx.article, ctx.entities, mentions)


def test_a_hyphenated_title_is_one_word() -> None:
    # "Ann Bo , vice-president of Acme , said it ."
    ctx = _unspaced(["Ann", "Bo", ",", "vice", "-", "president", "of", "Acme", ",", "said", "it", "."],
                    [1, 9, 1, 1, 1, 1, 5, 6, 1, 9, 9, 9],
                    ["compound", "nsubj", "punct", "appos", "appos", "appos", "prep", "pobj", "punct", "ROOT",
                     "dobj", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB",
                     "PRON", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (7, 8, "e1", "Organization", "name", False)],
                    (3, 4))
    assert triples(ctx) == {("e0", "jobTitle", "vice-president"), ("e0", "affiliation", "e1")}


def test_refused_a_time_prefix_hung_elsewhere() -> None:
    # "Ex-chairman Ann Bo said it .": the parser makes "Ex" a subject of its own.
    ctx = _unspaced(["Ex", "-", "chairman", "Ann", "Bo", "said", "it", "."], [5, 0, 4, 4, 5, 5, 5, 5],
                    ["nsubj", "punct", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                    ["NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                    [(3, 5, "e0", "Person", "name", False)], (0, 1))
    assert triples(ctx) == {("e0", "jobTitle", "ex-chairman")}


def test_a_resolved_description_keeps_its_own_words() -> None:
    # "Prime Minister Tony Blair spoke . The prime minister smiled .": "the prime minister" is a
    # mention of Blair.
    words = ["Prime", "Minister", "Tony", "Blair", "spoke", ".", "The", "prime", "minister", "smiled",
             "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4, 8, 8, 9, 9, 9],
                    ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "det", "amod", "nsubj",
                     "ROOT", "punct"],
                    ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB",
                     "PUNCT"],
                    [(2, 4, "e0", "Person", "name", False), (6, 9, "e0", "Person", "nominal", False)])
    assert made(ctx) == {("e0", "jobTitle", "Prime Minister", "relations.titles.job_title"),
                         ("e0", "jobTitle", "prime minister", "relations.titles.resolved_title")}


def test_refused_another_entitys_name_in_a_title() -> None:
    # "Acme chief executive Ann Bo spoke .": Acme is the employer, not part of the title.
    words = ["Acme", "chief", "executive", "Ann", "Bo", "spoke", "."]
    ctx = build_ctx(words, [2, 2, 4, 4, 5, 5, 5],
                    ["compound", "amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e1", "Organization", "name", False), (3, 5, "e0", "Person", "name", False)])
    assert triples(ctx) == {("e0", "jobTitle", "chief executive"), ("e0", "affiliation", "e1")}


def _resolved(first: list[str]) -> set[tuple[str, str, object, str]]:
    """Facts of "FIRST Ann Bo spoke . The minister smiled ." with "the minister" resolved to Bo."""
    n = len(first)
    words = [*first, "Ann", "Bo", "spoke", ".", "The", "minister", "smiled", "."]
    heads = [n + 1] * n + [n + 1, n + 2, n + 2, n + 2, n + 5, n + 6, n + 6, n + 6]
    deps = ["compound"] * n + ["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["NOUN"] * n + ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    ctx = build_ctx(words, heads, deps, pos, [(n, n + 2, "e0", "Person", "name", False),
                                              (n + 4, n + 6, "e0", "Person", "nominal", False)])
    return made(ctx)


def test_a_resolved_title_needs_the_same_title_at_the_name() -> None:
    # "Ann Bo spoke . The minister smiled .": only coreference says Bo is the minister.
    assert _resolved([]) == set()
    # "Shadow minister Ann Bo ...": the minister of the next sentence is another post.
    shadow = _resolved(["Shadow", "minister"])
    assert shadow == {("e0", "jobTitle", "Shadow minister", "relations.titles.job_title")}


def test_refused_a_resolved_title_the_name_confirms() -> None:
    # "Health minister Ann Bo spoke . The minister smiled ."
    assert _resolved(["Health", "minister"]) == {
        ("e0", "jobTitle", "Health minister", "relations.titles.job_title"),
        ("e0", "jobTitle", "minister", "relations.titles.resolved_title")}


def test_a_plural_noun_for_one_name_is_no_title() -> None:
    # "Bo , representatives of Acme , spoke .": the parser's apposition, not Bo's post.
    words = ["Bo", ",", "representatives", "of", "Acme", ",", "spoke", "."]
    ctx = build_ctx(words, [6, 0, 0, 2, 3, 0, 6, 6],
                    ["nsubj", "punct", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Organization", "name", False)],
                    tags=["NNP", ",", "NNS", "IN", "NNP", ",", "VBD", "."],
                    lemmas=["Bo", ",", "representative", "of", "Acme", ",", "speak", "."])
    assert triples(ctx) == set()


def test_refused_a_plural_noun_for_names_listed() -> None:
    # "Greek athletes Ann Bo and Eva Lo spoke .": each is an athlete.
    words = ["Greek", "athletes", "Ann", "Bo", "and", "Eva", "Lo", "spoke", "."]
    ctx = build_ctx(words, [1, 3, 3, 7, 3, 6, 3, 7, 7],
                    ["amod", "compound", "compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct"],
                    ["ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e2", "Place", "demonym", True), (2, 4, "e0", "Person", "name", False),
                     (5, 7, "e1", "Person", "name", False)],
                    tags=["JJ", "NNS", "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "."],
                    lemmas=["greek", "athlete", "Ann", "Bo", "and", "Eva", "Lo", "speak", "."])
    assert ("e0", "jobTitle", "athlete") in triples(ctx)
