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


# --- participles: ", saying ..." -----------------------------------------------------------

def test_a_participle_after_a_content_clause_is_the_main_subjects() -> None:
    # The parse hangs "saying" off "sidelined" (the claim's clause): Balls says, not Brown.
    ctx = parse("Balls mocked the claim that Brown was sidelined, saying he had won.",
                "Balls/PROPN/nsubj/1 mocked/VERB/ROOT/1/mock the/DET/det/3 claim/NOUN/dobj/1 "
                "that/SCONJ/mark/7 Brown/PROPN/nsubjpass/7 was/AUX/auxpass/7 "
                "sidelined/VERB/acl/3/sideline/VBN ,/PUNCT/punct/7 saying/VERB/advcl/7/say/VBG "
                "he/PRON/nsubj/12 had/AUX/aux/12 won/VERB/ccomp/9/win ./PUNCT/punct/1",
                [person(0, 1), person(5, 6, "e1")])
    assert [(q.text, q.speaker) for q in extract_quotes(ctx)] == [("he had won", "e0")]


def test_a_participle_after_what_someone_said_is_theirs() -> None:
    ctx = parse("Okafor said the firm had failed, adding that it would close.",
                "Okafor/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 firm/NOUN/nsubj/5 "
                "had/AUX/aux/5 failed/VERB/ccomp/1/fail ,/PUNCT/punct/5 adding/VERB/advcl/5/add/VBG "
                "that/SCONJ/mark/11 it/PRON/nsubj/11 would/AUX/aux/11 close/VERB/ccomp/7/close "
                "./PUNCT/punct/1", [person(0, 1)])
    assert [(q.text, q.speaker) for q in extract_quotes(ctx)] == [
        ("the firm had failed", "e0"), ("that it would close", "e0")]


def test_a_participle_after_a_clause_with_its_own_subject_stays_there() -> None:
    # "The talks began after Okafor spoke, warning that ...": Okafor warns, not the talks.
    ctx = parse("The talks began after Okafor spoke, warning that it would fail.",
                "The/DET/det/1 talks/NOUN/nsubj/2 began/VERB/ROOT/2/begin after/SCONJ/mark/5 "
                "Okafor/PROPN/nsubj/5 spoke/VERB/advcl/2/speak ,/PUNCT/punct/5 "
                "warning/VERB/advcl/5/warn/VBG that/SCONJ/mark/11 it/PRON/nsubj/11 "
                "would/AUX/aux/11 fail/VERB/ccomp/7/fail ./PUNCT/punct/2", [person(4, 5)])
    assert [(q.text, q.speaker) for q in extract_quotes(ctx)] == [("that it would fail", "e0")]


def test_a_participle_describing_a_person_is_theirs_not_the_next_names() -> None:
    # "Beattie, seething, insisting Gallas “would have stayed down”": Beattie's words, and the
    # name after the participle is the subject of what he said, never the speaker.
    ctx = parse("Beattie, seething, insisting Gallas “would have stayed down”, apologised.",
                "Beattie/PROPN/nsubj/13 ,/PUNCT/punct/0 seething/VERB/acl/0/seethe/VBG "
                ",/PUNCT/punct/0 insisting/VERB/acl/0/insist/VBG Gallas/PROPN/nsubj/9 "
                "“/PUNCT/punct/9 would/AUX/aux/9 have/AUX/aux/9 stayed/VERB/ccomp/4/stay "
                "down/ADP/prt/9 ”/PUNCT/punct/9 ,/PUNCT/punct/13 apologised/VERB/ROOT/13/apologise "
                "./PUNCT/punct/13", [person(0, 1), person(5, 6, "e1")])
    [q] = extract_quotes(ctx)
    assert (q.kind, q.speaker, q.speaker_text) == ("mixed", "e0", "Beattie")


def test_a_participle_describing_a_thing_reports_nothing() -> None:
    ctx = parse("It hinges on a rule stating that decisions can be challenged.",
                "It/PRON/nsubj/1 hinges/VERB/ROOT/1/hinge on/ADP/prep/1 a/DET/det/4 rule/NOUN/pobj/2 "
                "stating/VERB/acl/4/state/VBG that/SCONJ/mark/10 decisions/NOUN/nsubjpass/10 "
                "can/AUX/aux/10 be/AUX/auxpass/10 challenged/VERB/ccomp/5/challenge ./PUNCT/punct/1")
    assert extract_quotes(ctx) == []


def test_a_statement_saying_is_its_authors() -> None:
    # "Acme issued a statement saying ..." (but "Fans got a message saying ..." names no author).
    spec = ("{0}/PROPN/nsubj/1 {1}/VERB/ROOT/1/{2} a/DET/det/3 {3}/NOUN/dobj/1 "
            "saying/VERB/acl/3/say/VBG that/SCONJ/mark/8 it/PRON/nsubj/8 had/AUX/aux/8 "
            "won/VERB/ccomp/4/win ./PUNCT/punct/1")
    ctx = parse("Acme issued a statement saying that it had won.",
                spec.format("Acme", "issued", "issue", "statement"), [(0, 1, "e0", "Organization", "name")])
    assert [(q.text, q.speaker) for q in extract_quotes(ctx)] == [("that it had won", "e0")]
    ctx = parse("Fans got a message saying that it had won.",
                spec.format("Fans", "got", "get", "message").replace("PROPN", "NOUN"))
    assert extract_quotes(ctx) == []


# --- the words between a quote and its cue --------------------------------------------------

def test_the_phrase_between_the_quote_and_its_cue_names_the_speaker() -> None:
    # The parse left "said" without a subject: the speaker is the phrase before the cue, never the
    # date after it.
    ctx = parse("“We will win,” Flynn, a top surrogate, said Thursday.",
                WIN.format(cue=12) + "Flynn/PROPN/npadvmod/12 ,/PUNCT/punct/6 a/DET/det/10 "
                "top/ADJ/amod/10 surrogate/NOUN/appos/6 ,/PUNCT/punct/6 said/VERB/ROOT/12/say "
                "Thursday/PROPN/npadvmod/12 ./PUNCT/punct/12", [person(6, 7)])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == ("e0", "Flynn, a top surrogate")


def test_a_cue_first_takes_the_name_after_it_but_not_a_date_or_a_preposition() -> None:
    said = WIN.format(cue=6) + "said/VERB/ROOT/6/say "
    ctx = parse("“We will win,” said Okafor.", said + "Okafor/PROPN/dobj/6 ./PUNCT/punct/6", [person(7, 8)])
    assert [q.speaker for q in extract_quotes(ctx)] == ["e0"]
    ctx = parse("“We will win,” said Monday.", said + "Monday/PROPN/npadvmod/6 ./PUNCT/punct/6")
    assert [q.speaker_text for q in extract_quotes(ctx)] == [None]
    ctx = parse("“We will win,” said in an interview.",
                said + "in/ADP/prep/6 an/DET/det/10 interview/NOUN/pobj/8 ./PUNCT/punct/6")
    assert [q.speaker_text for q in extract_quotes(ctx)] == [None]


def test_a_role_noun_names_the_person_in_its_phrase_never_the_club() -> None:
    ctx = parse("“We will win,” the Lions manager said.",
                WIN.format(cue=9) + "the/DET/det/8 Lions/PROPN/compound/8 manager/NOUN/nsubj/9 "
                "said/VERB/ROOT/9/say ./PUNCT/punct/9", [(7, 8, "e1", "Organization", "name")])
    [q] = extract_quotes(ctx)
    assert (q.speaker, q.speaker_text) == (None, "the Lions manager")
    ctx = parse("“We will win,” Mr Eavis' daughter said.",
                WIN.format(cue=10) + "Mr/PROPN/compound/7 Eavis/PROPN/poss/9 '/PART/case/7 "
                "daughter/NOUN/nsubj/10 said/VERB/ROOT/10/say ./PUNCT/punct/10", [person(6, 8)])
    [q] = extract_quotes(ctx)
    assert q.speaker is None
