"""Mixed quotes on hand-built parses: a quoted fragment inside reported speech, and what is not one."""

from __future__ import annotations

from test_quotes import found, parse, person

from kgraph.extract.quotes import extract_quotes


def test_fragment_in_a_reported_clause_reports_the_clause() -> None:
    ctx = parse("Okafor said the plan was “a total disgrace”.",
                "Okafor/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 plan/NOUN/nsubj/4 "
                "was/AUX/ccomp/1/be “/PUNCT/punct/8 a/DET/det/8 total/ADJ/amod/8 disgrace/NOUN/attr/4 "
                "”/PUNCT/punct/8 ./PUNCT/punct/1", [person(0, 1)])
    [q] = extract_quotes(ctx)
    assert (q.rule, q.kind, q.text, q.speaker, q.cue, q.confidence) == (
        "quotes.mixed.fragment", "mixed", "the plan was a total disgrace", "e0", "said", 0.9)


def test_fragment_naming_what_was_said_is_the_fragment_alone() -> None:
    ctx = parse("Okafor described it as “a farce”.",
                "Okafor/PROPN/nsubj/1 described/VERB/ROOT/1/describe it/PRON/dobj/1 as/ADP/prep/1 "
                "“/PUNCT/punct/6 a/DET/det/6 farce/NOUN/pobj/3 ”/PUNCT/punct/6 ./PUNCT/punct/1",
                [person(0, 1)])
    assert found(ctx) == [("quotes.mixed.fragment", "a farce", "e0", "mixed")]


def test_fragment_refuses_scare_quotes_under_no_cue() -> None:
    ctx = parse("The “smart” plan failed.",
                "The/DET/det/4 “/PUNCT/punct/2 smart/ADJ/amod/4 ”/PUNCT/punct/2 plan/NOUN/nsubj/5 "
                "failed/VERB/ROOT/5/fail ./PUNCT/punct/5")
    assert extract_quotes(ctx) == []


def test_a_quote_right_after_its_cue_is_direct_not_a_fragment() -> None:
    ctx = parse("Okafor said “we will win”.",
                "Okafor/PROPN/nsubj/1 said/VERB/ROOT/1/say “/PUNCT/punct/5 we/PRON/nsubj/5 "
                "will/AUX/aux/5 win/VERB/ccomp/1 ”/PUNCT/punct/5 ./PUNCT/punct/1", [person(0, 1)])
    assert found(ctx) == [("quotes.direct.cue_before", "we will win", "e0", "direct")]
