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


def place(start: int, end: int, key: str) -> tuple[int, int, str, str, str]:
    return (start, end, key, "Place", "name")


def test_a_place_modifying_the_speaker_is_not_the_speaker() -> None:
    # "The England coach, Andy Robinson, said": the coach the phrase names, not England.
    ctx = parse("“We will win,” the England coach, Andy Robinson, said.",
                WIN.format(cue=13) + "the/DET/det/8 England/PROPN/compound/8 coach/NOUN/nsubj/13 "
                ",/PUNCT/punct/8 Andy/PROPN/compound/11 Robinson/PROPN/appos/8 ,/PUNCT/punct/8 "
                "said/VERB/ROOT/13/say ./PUNCT/punct/13", [place(7, 8, "e1"), person(10, 12)])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == ("e0", "the England coach, Andy Robinson")


def test_a_spokeswoman_named_in_apposition_is_the_speaker() -> None:
    ctx = parse("“We will win,” the party's spokeswoman, Eleanor Scott, said.",
                WIN.format(cue=14) + "the/DET/det/7 party/NOUN/poss/9 's/PART/case/7 "
                "spokeswoman/NOUN/nsubj/14 ,/PUNCT/punct/9 Eleanor/PROPN/compound/12 "
                "Scott/PROPN/appos/9 ,/PUNCT/punct/9 said/VERB/ROOT/14/say ./PUNCT/punct/14",
                [(7, 8, "e1", "Organization", "name"), person(11, 13)])
    [q] = extract_quotes(ctx)
    assert q.speaker == "e0"


def test_a_firm_described_by_its_country_has_no_speaker_entity() -> None:
    ctx = parse("“We will win,” the US firm said.",
                WIN.format(cue=9) + "the/DET/det/8 US/PROPN/compound/8 firm/NOUN/nsubj/9 "
                "said/VERB/ROOT/9/say ./PUNCT/punct/9", [place(7, 8, "e1")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == (None, "the US firm")


def test_a_place_is_never_a_speaker_and_its_quotes_are_dropped() -> None:
    # "South Korea said" (and the quote paragraph that continues it) names no one who spoke.
    text = "“We will win,” South Korea said.\n\n“Nobody can stop us.”"
    spec = ("“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/8 ,/PUNCT/punct/8 "
            "”/PUNCT/punct/8 South/PROPN/compound/7 Korea/PROPN/nsubj/8 said/VERB/ROOT/8/say "
            "./PUNCT/punct/8 “/PUNCT/punct/13 Nobody/PRON/nsubj/13 can/AUX/aux/13 stop/VERB/ROOT/13 "
            "us/PRON/dobj/13 ./PUNCT/punct/13 ”/PUNCT/punct/13")
    assert extract_quotes(parse(text, spec, [place(6, 8, "e0")])) == []


def test_a_surname_the_mentions_missed_is_the_person_of_that_name() -> None:
    # "Mr Irish" after "Oliver Irish": read as a demonym of Ireland, but the person named Irish.
    text = "Oliver Irish edits the magazine. “We will win,” Mr Irish said."
    spec = ("Oliver/PROPN/compound/1 Irish/PROPN/nsubj/2 edits/VERB/ROOT/2 the/DET/det/4 "
            "magazine/NOUN/dobj/2 ./PUNCT/punct/2 " + WIN.format(cue=14).replace("/3 ", "/9 ")
            + "Mr/PROPN/compound/13 Irish/PROPN/nsubj/14 said/VERB/ROOT/14/say ./PUNCT/punct/14")
    ctx = parse(text, spec, [person(0, 2), place(13, 14, "e1")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == ("e0", "Mr Irish")


def test_a_surname_two_people_share_names_nobody() -> None:
    text = "Bill Clinton met Hillary Clinton. “We will win,” Clinton said."
    spec = ("Bill/PROPN/compound/1 Clinton/PROPN/nsubj/2 met/VERB/ROOT/2 Hillary/PROPN/compound/4 "
            "Clinton/PROPN/dobj/2 ./PUNCT/punct/2 " + WIN.format(cue=13).replace("/3 ", "/9 ")
            + "Clinton/PROPN/nsubj/13 said/VERB/ROOT/13/say ./PUNCT/punct/13")
    ctx = parse(text, spec, [person(0, 2), person(3, 5, "e1")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == (None, "Clinton")


def test_a_surname_with_other_name_words_must_be_the_persons_name() -> None:
    # "Highland Gold said" is not Barrick Gold (a name the mentions typed as a person).
    text = "Barrick Gold bought it. “We will win,” Highland Gold said."
    spec = ("Barrick/PROPN/compound/1 Gold/PROPN/nsubj/2 bought/VERB/ROOT/2 it/PRON/dobj/2 "
            "./PUNCT/punct/2 " + WIN.format(cue=13).replace("/3 ", "/8 ")
            + "Highland/PROPN/compound/12 Gold/PROPN/nsubj/13 said/VERB/ROOT/13/say ./PUNCT/punct/13")
    [q] = extract_quotes(parse(text, spec, [person(0, 2)]))
    assert (q.speaker, q.speaker_text) == (None, "Highland Gold")
