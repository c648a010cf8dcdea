"""Which sense of a trigger is an event (kgraph/extract/events/senses.py), on hand-built parses."""

from __future__ import annotations

from handparse import parse

from kgraph.extract.events import extract_events


def triggers(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger for e in extract_events(ctx)]


def test_a_verb_that_needs_a_destination() -> None:
    # "Weber sent troops to Lagos" is an event; "Weber sent his shot wide" is not.
    ctx = parse("""
        Weber   PROPN nsubj 1
        sent    VERB  ROOT  1 send VBD
        troops  NOUN  dobj  1 troop
        to      ADP   prep  1
        Lagos   PROPN pobj  3
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (4, 5, "e1", "Place")])
    assert triggers(ctx) == ["sent"]
    ctx = parse("""
        Weber   PROPN nsubj 1
        sent    VERB  ROOT  1 send VBD
        his     PRON  poss  3
        shot    NOUN  dobj  1
        wide    ADV   advmod 1
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person")])
    assert triggers(ctx) == []


def test_shooting_needs_a_person_shot() -> None:
    # "Okafor was shot" is an event; "Weber shot to the top of the rankings" is not.
    ctx = parse("""
        Okafor PROPN nsubjpass 2
        was    AUX   auxpass   2 be VBD
        shot   VERB  ROOT      2 shoot VBN
        .      PUNCT punct     2
    """, [(0, 1, "e0", "Person")])
    assert triggers(ctx) == ["shot"]
    ctx = parse("""
        Weber  PROPN nsubj 1
        shot   VERB  ROOT  1 shoot VBD
        to     ADP   prep  1
        the    DET   det   4
        top    NOUN  pobj  2
        .      PUNCT punct 1
    """, [(0, 1, "e0", "Person")])
    assert triggers(ctx) == []


def test_leaving_an_organisation_but_not_leaving_something_in_a_state() -> None:
    # "Weber left Siemens" is an event; "Siemens left rates on hold" is not.
    ctx = parse("""
        Weber   PROPN nsubj 1
        left    VERB  ROOT  1 leave VBD
        Siemens PROPN dobj  1
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (2, 3, "e1", "Organization")])
    assert triggers(ctx) == ["left"]
    ctx = parse("""
        Siemens PROPN nsubj 1
        left    VERB  ROOT  1 leave VBD
        rates   NOUN  dobj  1 rate
        on      ADP   prep  1
        hold    NOUN  pobj  3
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Organization")])
    assert triggers(ctx) == []


def test_particles_that_make_and_unmake_an_event() -> None:
    # "Weber stepped down" is a resignation, "Weber stepped up" is not; "won him over" is no win.
    for prt, event in (("down", True), ("up", False)):
        ctx = parse(f"""
            Weber   PROPN nsubj 1
            stepped VERB  ROOT  1 step VBD
            {prt}   ADP   prt   1
            .       PUNCT punct 1
        """, [(0, 1, "e0", "Person")])
        assert bool(triggers(ctx)) is event
    ctx = parse("""
        Weber  PROPN nsubj 1
        won    VERB  ROOT  1 win VBD
        Okafor PROPN dobj  1
        over   ADP   prt   1
        .      PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (2, 3, "e1", "Person")])
    assert triggers(ctx) == []


def test_a_heart_attack_and_sales_are_no_events() -> None:
    for modifier, noun in (("heart", "attack"), ("Lagos", "sales")):
        ctx = parse(f"""
            The        DET   det      2
            {modifier} NOUN  compound 2
            {noun}     NOUN  nsubj    5
            in         ADP   prep     2
            Lagos      PROPN pobj     3
            ended      VERB  ROOT     5 end VBD
            .          PUNCT punct    5
        """, [(4, 5, "e0", "Place")])
        assert triggers(ctx) == [], noun


def test_a_trigger_word_inside_a_title_is_no_event() -> None:
    # "Weber then directed Die Hard in the old port of Lagos": "Die" is a capital mid-sentence.
    ctx = parse("""
        Weber    PROPN nsubj  2
        then     ADV   advmod 2
        directed VERB  ROOT   2 direct VBD
        Die      VERB  ccomp  2 die VB
        Hard     PROPN dobj   3
        in       ADP   prep   3
        the      DET   det    8
        old      ADJ   amod   8
        port     NOUN  pobj   5
        of       ADP   prep   8
        Lagos    PROPN pobj   9
        .        PUNCT punct  2
    """, [(0, 1, "e0", "Person"), (10, 11, "e1", "Place")])
    assert "Die" not in triggers(ctx)


def test_a_participle_describing_a_noun_is_passive() -> None:
    # "a report published by Reuters": Reuters published it.
    ctx = parse("""
        a         DET   det   1
        report    NOUN  ROOT  1
        published VERB  acl   1 publish VBN
        by        ADP   agent 2
        Reuters   PROPN pobj  3
    """, [(4, 5, "e0", "Organization")])
    (event,) = extract_events(ctx)
    assert event.agent == "e0" and event.patient is None
