"""Verb triggers (kgraph/extract/events/verbs.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx
from handparse import parse

from kgraph.dates import resolve_date
from kgraph.extract.events import extract_events


def test_verb_event_with_place_and_resolved_date() -> None:
    # "The army moved tanks into Ukraine on March 3"
    words = ["The", "army", "moved", "tanks", "into", "Ukraine", "on", "March", "3", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 2, 4, 2, 6, 7, 2],
                    ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "nummod", "punct"],
                    ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "NUM", "PUNCT"],
                    [(4 + 1, 6, "e0", "Place", "name", True)],
                    lemmas=["the", "army", "move", "tank", "into", "Ukraine", "on", "March", "3", "."])
    for i in (7, 8):
        ctx.doc[i].ent_type_ = "DATE"
    (event,) = extract_events(ctx)
    assert event.place == "e0"
    assert event.date_text == "March 3"
    assert event.date == "2024-03-03"
    assert event.label == "moved tanks into Ukraine"
    assert event.rule == "events.verbs.trigger" and event.confidence == 0.65  # a place, nobody named


def test_recipient_of_a_transfer_verb_and_passive_patient() -> None:
    words = ["Brandt", "published", "a", "letter", "to", "Weber", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False)],
                    lemmas=["Brandt", "publish", "a", "letter", "to", "Weber", "."])
    (event,) = extract_events(ctx)
    assert (event.agent, event.recipient) == ("e0", "e1")
    assert event.confidence == 0.8  # two participants
    words = ["Obi", "was", "arrested", "by", "police", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Obi", "be", "arrest", "by", "police", "."],
                    tags=["NNP", "VBD", "VBN", "IN", "NN", "."])
    (event,) = extract_events(ctx)
    assert event.patient == "e0" and event.agent is None


def test_the_with_object_of_a_meeting_verb_is_its_patient() -> None:
    words = ["Weber", "met", "with", "Okafor", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Person", "name", False)],
                    lemmas=["Weber", "meet", "with", "Okafor", "."])
    (event,) = extract_events(ctx)
    assert (event.agent, event.patient, event.actors) == ("e0", "e1", ("e0", "e1"))


def test_a_future_verb_is_no_event() -> None:
    # "Weber will resign on Friday": planned, not happened (the resolver still dates forwards).
    words = ["Weber", "will", "resign", "on", "Friday", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Weber", "will", "resign", "on", "Friday", "."])
    ctx.doc[4].ent_type_ = "DATE"
    assert extract_events(ctx) == []
    assert resolve_date("on Friday", "2024-03-05", future=True) == "2024-03-08"


def test_date_without_article_date_stays_text() -> None:
    words = ["Weber", "resigned", "on", "Tuesday", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"], [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Weber", "resign", "on", "Tuesday", "."], date=None)
    ctx.doc[3].ent_type_ = "DATE"
    (event,) = extract_events(ctx)
    assert event.date is None and event.date_text == "Tuesday"


def test_events_without_participants_are_left_out() -> None:
    words = ["They", "signed", "a", "deal", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                    ["PRON", "VERB", "DET", "NOUN", "PUNCT"], [],
                    lemmas=["they", "sign", "a", "deal", "."])
    assert extract_events(ctx) == []


def test_a_negated_verb_is_no_event() -> None:
    words = ["Weber", "did", "not", "resign", "."]
    ctx = build_ctx(words, [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "punct"],
                    ["PROPN", "AUX", "PART", "VERB", "PUNCT"], [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Weber", "do", "not", "resign", "."])
    assert extract_events(ctx) == []


def test_a_verb_used_as_a_modifier_is_no_event() -> None:
    # "attacked" parsed as a modifier of "villages" (as in "the attacked villages").
    words = ["Weber", "attacked", "villages", "."]
    ctx = build_ctx(words, [2, 2, 2, 2], ["compound", "amod", "ROOT", "punct"],
                    ["PROPN", "VERB", "NOUN", "PUNCT"], [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Weber", "attack", "village", "."])
    assert extract_events(ctx) == []


def _dated(spec: str) -> str | None:
    """The date text of the one event of a hand-built parse of "Weber <verb> ..."."""
    ctx = parse(spec, [(0, 1, "e0", "Person")])
    (event,) = extract_events(ctx)
    return event.date_text


def test_a_length_an_end_or_a_slot_is_not_the_event_s_date() -> None:
    # "Weber was jailed for 15 years": a length, not a date.
    assert _dated("""
        Weber  PROPN nsubjpass 2
        was    AUX   auxpass   2 be VBD
        jailed VERB  ROOT      2 jail VBN
        for    ADP   prep      2
        15     NUM   nummod    5 - CD DATE
        years  NOUN  pobj      3 year NNS DATE
        .      PUNCT punct     2
    """) is None
    # "Weber was suspended until the end of the year": the end of a ban.
    assert _dated("""
        Weber     PROPN nsubjpass 2
        was       AUX   auxpass   2 be VBD
        suspended VERB  ROOT      2 suspend VBN
        until     ADP   prep      2
        the       DET   det       5 - DT DATE
        end       NOUN  pobj      3 - NN DATE
        of        ADP   prep      5 - IN DATE
        the       DET   det       8 - DT DATE
        year      NOUN  pobj      6 - NN DATE
        .         PUNCT punct     2
    """) is None
    # "Weber resigned as host of the Saturday morning show": the show's slot.
    assert _dated("""
        Weber    PROPN nsubj    1
        resigned VERB  ROOT     1 resign VBD
        as       ADP   prep     1
        host     NOUN  pobj     2
        of       ADP   prep     3
        the      DET   det      8
        Saturday PROPN compound 7 - NNP DATE
        morning  NOUN  compound 8 - NN DATE
        show     NOUN  pobj     4
        .        PUNCT punct    1
    """) is None


def test_a_date_on_the_trigger_s_own_phrase_is_its_date() -> None:
    # "Weber was sold in an auction last year"
    assert _dated("""
        Weber   PROPN nsubjpass 2
        was     AUX   auxpass   2 be VBD
        sold    VERB  ROOT      2 sell VBN
        in      ADP   prep      2
        an      DET   det       5
        auction NOUN  pobj      3
        last    ADJ   amod      7 - JJ DATE
        year    NOUN  npadvmod  5 - NN DATE
        .       PUNCT punct     2
    """) == "last year"


def test_the_passive_subject_of_an_award_is_its_recipient() -> None:
    # "Okafor was awarded the medal": Okafor received it.
    ctx = parse("""
        Okafor  PROPN nsubjpass 2
        was     AUX   auxpass   2 be VBD
        awarded VERB  ROOT      2 award VBN
        the     DET   det       4
        medal   NOUN  dobj      2
        .       PUNCT punct     2
    """, [(0, 1, "e0", "Person")])
    (event,) = extract_events(ctx)
    assert (event.recipient, event.patient, event.agent) == ("e0", None, None)


def test_who_died_is_the_patient_of_the_death() -> None:
    ctx = parse("""
        Crutcher PROPN nsubj 1
        died     VERB  ROOT  1 die VBD
        .        PUNCT punct 1
    """, [(0, 1, "e0", "Person")])
    (event,) = extract_events(ctx)
    assert (event.agent, event.patient) == (None, "e0")


def test_a_pronoun_object_resolved_to_the_subject_is_dropped_unless_reflexive() -> None:
    # "Weber accused him" with him wrongly resolved to Weber; "Weber hurt himself" stands.
    for pron, kept in (("him", False), ("himself", True)):
        ctx = parse(f"""
            Weber   PROPN nsubj 1
            accused VERB  ROOT  1 accuse VBD
            {pron}  PRON  dobj  1
            .       PUNCT punct 1
        """, [(0, 1, "e0", "Person"), (2, 3, "e0", "Person")])
        (event,) = extract_events(ctx)
        assert event.agent == "e0" and (event.patient == "e0") is kept


def test_a_place_alone_needs_a_particular_doer() -> None:
    # "The army moved tanks into Ukraine" is an event; "Europeans travelled to Ukraine" is not.
    for det, noun, tag, event in (("The", "army", "NN", True), ("", "Europeans", "NNS", False)):
        first = f"{det} DET det 1" if det else "Some DET det 1"
        ctx = parse(f"""
            {first}
            {noun}  NOUN  nsubj 2 - {tag}
            moved   VERB  ROOT  2 move VBD
            tanks   NOUN  dobj  2 tank NNS
            into    ADP   prep  2
            Ukraine PROPN pobj  4
            .       PUNCT punct 2
        """, [(5, 6, "e0", "Place")])
        assert bool(extract_events(ctx)) is event
