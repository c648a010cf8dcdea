"""Who a cue's speaker is, on hand-built parses: the speaker's phrase, entity and addressee."""

from __future__ import annotations

from test_quotes import parse, person

from kgraph.extract.quotes import extract_quotes

WIN = ("“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/{cue} ,/PUNCT/punct/{cue} "
       "”/PUNCT/punct/{cue} ")


def test_speaker_phrase_leaves_out_a_relative_clause() -> None:
    ctx = parse("“We will win,” said Okafor, who leads the union.",
                WIN.format(cue=6) + "said/VERB/ROOT/6/say Okafor/PROPN/nsubj/6 ,/PUNCT/punct/7 "
                "who/PRON/nsubj/10 leads/VERB/relcl/7/lead the/DET/det/12 union/NOUN/dobj/10 "
                "./PUNCT/punct/6", [person(7, 8)])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == ("e0", "Okafor")


def test_a_spokesman_speaks_for_the_organisation() -> None:
    ctx = parse("“We will win,” a spokesman for Acme said.",
                WIN.format(cue=10) + "a/DET/det/7 spokesman/NOUN/nsubj/10 for/ADP/prep/7 "
                "Acme/PROPN/pobj/8 said/VERB/ROOT/10/say ./PUNCT/punct/10",
                [(9, 10, "e0", "Organization", "name")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text, q.confidence) == ("e0", "a spokesman for Acme", 0.75)


def test_a_name_right_before_a_cue_the_parse_left_without_a_subject() -> None:
    ctx = parse("“We will win,” Okafor said.",
                WIN.format(cue=7) + "Okafor/PROPN/npadvmod/7 said/VERB/ROOT/7/say ./PUNCT/punct/7",
                [person(6, 7)])
    [q] = extract_quotes(ctx)
    assert (q.rule, q.speaker, q.speaker_text) == ("quotes.direct.cue_after", "e0", "Okafor")


def test_the_person_spoken_to() -> None:
    ctx = parse("“We will win,” Okafor said to Mensah.",
                WIN.format(cue=7) + "Okafor/PROPN/nsubj/7 said/VERB/ROOT/7/say to/ADP/prep/7 "
                "Mensah/PROPN/pobj/8 ./PUNCT/punct/7", [person(6, 7), person(9, 10, "e1")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.addressee) == ("e0", "e1")


def test_a_speaker_in_the_first_person_is_words_only() -> None:
    ctx = parse("“We will win,” I said.",
                WIN.format(cue=7) + "I/PRON/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7")
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == (None, "I")
