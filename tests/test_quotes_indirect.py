"""Reported speech on hand-built parses: each construction a cue reports, and what it refuses."""

from __future__ import annotations

from conftest import make_doc
from test_quotes import found, parse, person

from kgraph.extract.context import DocContext
from kgraph.extract.quotes import extract_quotes
from kgraph.types import Article, Entity, EntityType, Mention


def _ctx(doc, names: dict[str, tuple[int, int, EntityType, str | None]]) -> DocContext:  # type: ignore[no-untyped-def]
    """Context with one entity per name: key -> (first token, end token, type, gender)."""
    entities, mentions = [], []
    for key, (start, end, etype, gender) in names.items():
        span = doc[start:end]
        entities.append(Entity(key, etype, span.text, gender=gender))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))



def test_according_to_reports_the_rest_of_the_clause() -> None:
    words = ["According", "to", "Okafor", ",", "the", "mine", "will", "close", "."]
    doc = make_doc(
        words,
        spaces=[True, True, False, True, True, True, True, False, False],
        heads=[7, 0, 1, 7, 5, 7, 7, 7, 7],
        deps=["prep", "prep", "pobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        lemmas=["accord", "to", "Okafor", ",", "the", "mine", "will", "close", "."],
    )
    [q] = extract_quotes(_ctx(doc, {"e0": (2, 3, "Person", None)}))
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "the mine will close", "e0",
                                                  "according to")
    assert (q.rule, q.confidence) == ("quotes.indirect.according_to", 0.8)


def test_indirect_speech_needs_a_clause() -> None:
    # "Okafor said that the mine closed." reports; "Okafor said nothing." does not.
    doc = make_doc(
        ["Okafor", "said", "that", "the", "mine", "closed", ".", "Mensah", "said", "nothing", "."],
        spaces=[True, True, True, True, True, False, True, True, True, False, False],
        heads=[1, 1, 5, 4, 5, 1, 1, 8, 8, 8, 8],
        deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct", "nsubj", "ROOT",
              "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "VERB",
             "PRON", "PUNCT"],
        lemmas=["Okafor", "say", "that", "the", "mine", "close", ".", "Mensah", "say",
                "nothing", "."],
        sent_starts=[True, False, False, False, False, False, False, True, False, False, False],
    )
    quotes = extract_quotes(_ctx(doc, {"e0": (0, 1, "Person", None),
                                       "e1": (7, 8, "Person", None)}))
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "that the mine closed", "e0")]
    assert [(q.rule, q.confidence) for q in quotes] == [("quotes.indirect.clause", 0.8)]


# --- quotes.indirect.clause -----------------------------------------------------------------

def test_a_belief_is_not_speech() -> None:
    # "Okafor believes the plan failed": no one is said to have said it.
    spec = ("Okafor/PROPN/nsubj/1 {verb}/VERB/ROOT/1/{lemma} the/DET/det/3 plan/NOUN/nsubj/4 "
            "failed/VERB/ccomp/1/fail ./PUNCT/punct/1")
    for verb, lemma in (("believes", "believe"), ("knows", "know"), ("expects", "expect")):
        ctx = parse(f"Okafor {verb} the plan failed.", spec.format(verb=verb, lemma=lemma), [person(0, 1)])
        assert extract_quotes(ctx) == [], verb


FOUND = ("{who} found/VERB/ROOT/{n}/find that/SCONJ/mark/{m} the/DET/det/{p} plan/NOUN/nsubj/{m} "
         "failed/VERB/ccomp/{n}/fail ./PUNCT/punct/{n}")


def test_a_finding_is_a_documents_or_an_organisations_not_a_persons() -> None:
    survey = parse("The Acme survey found that the plan failed.",
                   FOUND.format(who="The/DET/det/2 Acme/PROPN/compound/2 survey/NOUN/nsubj/3", n=3, m=7, p=6),
                   [(1, 2, "e0", "Organization", "name")])
    assert found(survey) == [("quotes.indirect.clause", "that the plan failed", "e0", "indirect")]
    okafor = parse("Okafor found that the plan failed.",
                   FOUND.format(who="Okafor/PROPN/nsubj/1", n=1, m=5, p=4), [person(0, 1)])
    assert extract_quotes(okafor) == []


def test_clause_refuses_speech_reported_inside_a_quote() -> None:
    ctx = parse("“Okafor said the plan failed,” Mensah wrote.",
                "“/PUNCT/punct/9 Okafor/PROPN/nsubj/2 said/VERB/ccomp/9/say the/DET/det/4 "
                "plan/NOUN/nsubj/5 failed/VERB/ccomp/2/fail ,/PUNCT/punct/9 ”/PUNCT/punct/9 "
                "Mensah/PROPN/nsubj/9 wrote/VERB/ROOT/9/write ./PUNCT/punct/9",
                [person(1, 2), person(8, 9, "e1")])
    assert found(ctx) == [("quotes.direct.cue_after", "Okafor said the plan failed,", "e1", "direct")]


def test_clause_with_quoted_words_is_mixed_and_as_sure_as_a_quote() -> None:
    # ("find" takes no fragment of its own: under "said" the fragment rule would report it.)
    ctx = parse('The Acme survey finds the plan "failed badly" again.',
                "The/DET/det/2 Acme/PROPN/compound/2 survey/NOUN/nsubj/3 finds/VERB/ROOT/3/find "
                'the/DET/det/5 plan/NOUN/nsubj/7 "/PUNCT/punct/7 failed/VERB/ccomp/3/fail '
                'badly/ADV/advmod/7 "/PUNCT/punct/7 again/ADV/advmod/7 ./PUNCT/punct/3',
                [(1, 2, "e0", "Organization", "name")])
    quotes = extract_quotes(ctx)
    # 0.8, less 0.15 for a speaker named by a description (the survey's owner), plus 0.1 for quoted words.
    assert [(q.rule, q.kind, q.confidence) for q in quotes] == [("quotes.indirect.clause", "mixed", 0.75)]


# --- quotes.indirect.parenthetical ----------------------------------------------------------

def test_parenthetical_cue_reports_the_clause_it_hangs_off() -> None:
    ctx = parse("The mine will close next year, Okafor said.",
                "The/DET/det/1 mine/NOUN/nsubj/3 will/AUX/aux/3 close/VERB/ROOT/3 next/ADJ/amod/5 "
                "year/NOUN/npadvmod/3 ,/PUNCT/punct/8 Okafor/PROPN/nsubj/8 said/VERB/parataxis/3/say "
                "./PUNCT/punct/3", [person(7, 8)])
    [q] = extract_quotes(ctx)
    assert (q.rule, q.text, q.speaker, q.confidence) == (
        "quotes.indirect.parenthetical", "The mine will close next year", "e0", 0.8)


def test_parenthetical_refuses_a_clause_too_short_to_be_a_statement() -> None:
    ctx = parse("It failed, Okafor said.",
                "It/PRON/nsubj/1 failed/VERB/ROOT/1/fail ,/PUNCT/punct/4 Okafor/PROPN/nsubj/4 "
                "said/VERB/parataxis/1/say ./PUNCT/punct/1", [person(3, 4)])
    assert extract_quotes(ctx) == []


# --- quotes.indirect.to_infinitive ----------------------------------------------------------

VOWED = ("{who}/{pos}/nsubj/1 vowed/VERB/ROOT/1/vow to/PART/aux/3 fight/VERB/xcomp/1 the/DET/det/5 "
         "plan/NOUN/dobj/3 ./PUNCT/punct/1")


def test_to_infinitive_of_a_speech_act() -> None:
    [q] = extract_quotes(parse("Okafor vowed to fight the plan.", VOWED.format(who="Okafor", pos="PROPN"),
                               [person(0, 1)]))
    assert (q.rule, q.text, q.speaker, q.cue, q.confidence) == (
        "quotes.indirect.to_infinitive", "to fight the plan", "e0", "vowed", 0.6)


def test_to_infinitive_refuses_an_unresolved_they() -> None:
    assert extract_quotes(parse("They vowed to fight the plan.", VOWED.format(who="They", pos="PRON"))) == []


# --- quotes.indirect.object -----------------------------------------------------------------

def test_object_of_a_speech_act() -> None:
    ctx = parse("Okafor denied the allegations.",
                "Okafor/PROPN/nsubj/1 denied/VERB/ROOT/1/deny the/DET/det/3 "
                "allegations/NOUN/dobj/1/allegation ./PUNCT/punct/1", [person(0, 1)])
    assert found(ctx) == [("quotes.indirect.object", "the allegations", "e0", "indirect")]


def test_object_refuses_a_lone_pronoun() -> None:
    ctx = parse("Okafor denied it.", "Okafor/PROPN/nsubj/1 denied/VERB/ROOT/1/deny it/PRON/dobj/1 "
                "./PUNCT/punct/1", [person(0, 1)])
    assert extract_quotes(ctx) == []


# --- quotes.indirect.stance_adjective -------------------------------------------------------

SURE = ("{who}/{pos}/nsubj/1 {be}/AUX/ROOT/1/be {adj}/ADJ/acomp/1 that/SCONJ/mark/7 the/DET/det/5 "
        "plan/NOUN/nsubj/7 would/AUX/aux/7 fail/VERB/ccomp/2 ./PUNCT/punct/1")


def test_stance_adjective_with_its_clause_and_holder() -> None:
    ctx = parse("Okafor was adamant that the plan would fail.",
                SURE.format(who="Okafor", pos="PROPN", be="was", adj="adamant"), [person(0, 1)])
    [q] = extract_quotes(ctx)
    assert (q.rule, q.text, q.speaker, q.confidence) == (
        "quotes.indirect.stance_adjective", "that the plan would fail", "e0", 0.65)


def test_stance_adjective_refuses_a_belief() -> None:
    ctx = parse("Okafor was sure that the plan would fail.",
                SURE.format(who="Okafor", pos="PROPN", be="was", adj="sure"), [person(0, 1)])
    assert extract_quotes(ctx) == []


def test_stance_adjective_refuses_an_impersonal_it() -> None:
    ctx = parse("It is emphatic that the plan would fail.",
                SURE.format(who="It", pos="PRON", be="is", adj="emphatic"))
    assert extract_quotes(ctx) == []


# --- quotes.indirect.claim_noun -------------------------------------------------------------

CLAIM = ("{owner}/{pos}/poss/{n2} 's/PART/case/{n0} claim/NOUN/nsubjpass/{n8} that/SCONJ/mark/{n6} "
         "the/DET/det/{n5} plan/NOUN/nsubj/{n6} failed/VERB/acl/{n2}/fail was/AUX/auxpass/{n8}/be "
         "rejected/VERB/ROOT/{n8}/reject ./PUNCT/punct/{n8}")


def claim(owner: str, pos: str, at: int = 0) -> str:
    """The tokens of "<owner>'s claim that the plan failed was rejected.", from token ``at``."""
    return CLAIM.format(owner=owner, pos=pos, **{f"n{k}": k + at for k in (0, 2, 5, 6, 8)})


def test_claim_noun_with_its_owner_and_clause() -> None:
    ctx = parse("Okafor's claim that the plan failed was rejected.",
                claim("Okafor", "PROPN"), [person(0, 1)])
    [q] = extract_quotes(ctx)
    assert (q.rule, q.text, q.speaker, q.speaker_text, q.confidence) == (
        "quotes.indirect.claim_noun", "that the plan failed", "e0", "Okafor's", 0.7)


def test_claim_noun_refuses_an_owner_that_is_no_entity() -> None:
    ctx = parse("The union's claim that the plan failed was rejected.",
                "The/DET/det/1 " + claim("union", "NOUN", at=1))
    assert extract_quotes(ctx) == []


def test_claim_noun_refuses_a_belief() -> None:
    ctx = parse("Okafor's concern that the plan failed was rejected.",
                claim("Okafor", "PROPN").replace("claim/NOUN", "concern/NOUN"), [person(0, 1)])
    assert extract_quotes(ctx) == []


# --- quotes.indirect.according_to -----------------------------------------------------------

def test_according_to_refuses_a_phrase_with_no_clause() -> None:
    ctx = parse("A plan according to Okafor.",
                "A/DET/det/1 plan/NOUN/ROOT/1 according/VERB/prep/1/accord to/ADP/prep/2 "
                "Okafor/PROPN/pobj/3 ./PUNCT/punct/1", [person(4, 5)])
    assert extract_quotes(ctx) == []


def test_to_infinitive_refuses_an_act_without_words_or_an_intention() -> None:
    # "Okafor refused to fight the plan", "Okafor wants to fight the plan": no one said anything.
    for verb, lemma in (("refused", "refuse"), ("wants", "want"), ("agreed", "agree")):
        spec = VOWED.format(who="Okafor", pos="PROPN").replace("vowed/VERB/ROOT/1/vow",
                                                              f"{verb}/VERB/ROOT/1/{lemma}")
        assert extract_quotes(parse(f"Okafor {verb} to fight the plan.", spec, [person(0, 1)])) == [], verb


def test_a_passive_cues_subject_is_spoken_to_not_the_speaker() -> None:
    # "Okafor was urged to fight the plan": someone urged Okafor.
    ctx = parse("Okafor was urged to fight the plan.",
                "Okafor/PROPN/nsubjpass/2 was/AUX/auxpass/2/be urged/VERB/ROOT/2/urge to/PART/aux/4 "
                "fight/VERB/xcomp/2 the/DET/det/6 plan/NOUN/dobj/4 ./PUNCT/punct/2", [person(0, 1)])
    assert extract_quotes(ctx) == []


# --- speech not made ------------------------------------------------------------------------

def test_speech_not_made_is_no_quote() -> None:
    # "did not say that", "will announce that", "declined to say whether": nothing was said (yet).
    said = ("the/DET/det/{p} plan/NOUN/nsubj/{c} failed/VERB/ccomp/{v}/fail ./PUNCT/punct/{r}")
    did_not = parse("Okafor did not say the plan failed.",
                    "Okafor/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 say/VERB/ROOT/3/say "
                    + said.format(p=5, c=6, v=3, r=3), [person(0, 1)])
    will = parse("Okafor will announce the plan failed.",
                 "Okafor/PROPN/nsubj/2 will/AUX/aux/2 announce/VERB/ROOT/2/announce "
                 + said.format(p=4, c=5, v=2, r=2), [person(0, 1)])
    declined = parse("Okafor declined to say the plan failed.",
                     "Okafor/PROPN/nsubj/1 declined/VERB/ROOT/1/decline to/PART/aux/3 say/VERB/xcomp/1/say "
                     + said.format(p=5, c=6, v=3, r=1), [person(0, 1)])
    for ctx in (did_not, will, declined):
        assert extract_quotes(ctx) == [], ctx.text


def test_speech_after_going_on_was_made() -> None:
    ctx = parse("Okafor went on to say the plan failed.",
                "Okafor/PROPN/nsubj/1 went/VERB/ROOT/1/go on/ADP/prt/1 to/PART/aux/4 say/VERB/xcomp/1/say "
                "the/DET/det/6 plan/NOUN/nsubj/7 failed/VERB/ccomp/4/fail ./PUNCT/punct/1", [person(0, 1)])
    assert found(ctx) == [("quotes.indirect.clause", "the plan failed", "e0", "indirect")]


def test_object_refuses_a_stance_that_needs_no_words() -> None:
    # "Acme supported the open system", "Okafor called the hearing" (convened it).
    for verb, lemma in (("supported", "support"), ("called", "call"), ("welcomed", "welcome")):
        ctx = parse(f"Okafor {verb} the open hearing.",
                    f"Okafor/PROPN/nsubj/1 {verb}/VERB/ROOT/1/{lemma} the/DET/det/4 open/ADJ/amod/4 "
                    "hearing/NOUN/dobj/1 ./PUNCT/punct/1", [person(0, 1)])
        assert extract_quotes(ctx) == [], verb


def test_object_of_calling_for() -> None:
    ctx = parse("Okafor called for a recount.",
                "Okafor/PROPN/nsubj/1 called/VERB/ROOT/1/call for/ADP/prep/1 a/DET/det/4 "
                "recount/NOUN/pobj/2 ./PUNCT/punct/1", [person(0, 1)])
    assert found(ctx) == [("quotes.indirect.object", "a recount", "e0", "indirect")]


def test_parenthetical_refuses_a_cue_under_the_clause_that_reports_it() -> None:
    # "Okafor said Mensah had denied the plan": "Okafor said" is the attribution, not what Mensah
    # said; the clause rule reports Okafor's statement.
    ctx = parse("Okafor said on Monday Mensah had denied the plan.",
                "Okafor/PROPN/nsubj/1 said/VERB/ROOT/1/say on/ADP/prep/1 Monday/PROPN/pobj/2 "
                "Mensah/PROPN/nsubj/6 had/AUX/aux/6 denied/VERB/ccomp/1/deny the/DET/det/8 "
                "plan/NOUN/dobj/6 ./PUNCT/punct/1", [person(0, 1), person(4, 5, "e1")])
    assert found(ctx) == [("quotes.indirect.clause", "Mensah had denied the plan", "e0", "indirect")]


def test_object_refuses_the_person_an_act_is_aimed_at() -> None:
    # "Okafor attacked the chancellor", "Okafor accused Mensah Jones": the target, not the content.
    ctx = parse("Okafor attacked the chancellor.",
                "Okafor/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack the/DET/det/3 chancellor/NOUN/dobj/1 "
                "./PUNCT/punct/1", [person(0, 1)])
    assert extract_quotes(ctx) == []
    ctx = parse("Okafor accused Mensah Jones.",
                "Okafor/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse Mensah/PROPN/compound/3 Jones/PROPN/dobj/1 "
                "./PUNCT/punct/1", [person(0, 1), person(2, 4, "e1")])
    assert extract_quotes(ctx) == []
