"""Events the sentence does not state (kgraph/extract/events/modality.py) on hand-built parses."""

from __future__ import annotations

import pytest
from handparse import parse

from kgraph.extract.events import extract_events

WEBER_OKAFOR = [(0, 1, "e0", "Person"), (3, 4, "e1", "Person")]


def triggers(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger for e in extract_events(ctx)]


def test_a_past_verb_is_stated() -> None:
    ctx = parse("""
        Weber   PROPN nsubj 1
        charged VERB  ROOT  1 charge VBD
        Okafor  PROPN dobj  1
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (2, 3, "e1", "Person")])
    assert triggers(ctx) == ["charged"]


@pytest.mark.parametrize("aux", ["could", "will", "can", "might", "would", "should"])
def test_a_modal_auxiliary_makes_no_event(aux: str) -> None:
    # "Weber could charge Okafor", "Weber will host Okafor"
    ctx = parse(f"""
        Weber   PROPN nsubj 2
        {aux}   AUX   aux   2 {aux} MD
        charge  VERB  ROOT  2 charge VB
        Okafor  PROPN dobj  2
        .       PUNCT punct 2
    """, [(0, 1, "e0", "Person"), (3, 4, "e1", "Person")])
    assert triggers(ctx) == []


def test_a_verb_conjoined_to_a_modal_one_shares_it_unless_it_has_its_own_clause() -> None:
    # "Weber could charge Okafor and fine Obi": no event; "... and has fined Obi": one.
    spec = """
        Weber   PROPN nsubj 2
        could   AUX   aux   2 could MD
        charge  VERB  ROOT  2 charge VB
        Okafor  PROPN dobj  2
        and     CCONJ cc    2
        {aux}
        fined   VERB  conj  2 fine VBN
        Obi     PROPN dobj  {obj}
        .       PUNCT punct 2
    """
    ents = [(0, 1, "e0", "Person"), (3, 4, "e1", "Person")]
    shared = parse(spec.format(aux="", obj=6).replace("fined   VERB", "fine    VERB"),
                   [*ents, (6, 7, "e2", "Person")])
    assert triggers(shared) == []
    own = parse(spec.format(aux="has AUX aux 6 have VBZ", obj=7), [*ents, (7, 8, "e2", "Person")])
    assert triggers(own) == ["fined"]


def test_a_conditional_clause_makes_no_event() -> None:
    # "If Weber loses to Okafor, he quits."
    ctx = parse("""
        If      SCONJ mark  2
        Weber   PROPN nsubj 2
        loses   VERB  advcl 7 lose VBZ
        to      ADP   prep  2
        Okafor  PROPN pobj  3
        ,       PUNCT punct 7
        he      PRON  nsubj 7
        quits   VERB  ROOT  7 quit VBZ
        .       PUNCT punct 7
    """, [(1, 2, "e0", "Person"), (4, 5, "e1", "Person")])
    assert "loses" not in triggers(ctx)


def test_a_negated_verb_and_a_doubting_adverb_make_no_event() -> None:
    for word, dep in (("not", "neg"), ("nearly", "advmod"), ("never", "neg")):
        ctx = parse(f"""
            Weber     PROPN nsubj  2
            {word}    PART  {dep}  2
            collapsed VERB  ROOT   2 collapse VBD
            in        ADP   prep   2
            London    PROPN pobj   3
            .         PUNCT punct  2
        """, [(0, 1, "e0", "Person"), (4, 5, "e1", "Place")])
        assert triggers(ctx) == []


@pytest.mark.parametrize("head, stated", [("refused", False), ("urged", False), ("plans", False),
                                          ("managed", True)])
def test_a_to_infinitive_is_stated_only_under_an_implicative_verb(head: str, stated: bool) -> None:
    # "Weber refused to release Okafor" (no event), "Weber managed to release Okafor" (one).
    lemma = {"refused": "refuse", "urged": "urge", "plans": "plan", "managed": "manage"}[head]
    ctx = parse(f"""
        Weber   PROPN nsubj 1
        {head}  VERB  ROOT  1 {lemma} VBD
        to      PART  aux   3 to TO
        release VERB  xcomp 1 release VB
        Okafor  PROPN dobj  3
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (4, 5, "e1", "Person")])
    assert ("release" in triggers(ctx)) is stated


def test_a_clause_that_is_only_feared_is_no_event() -> None:
    # "Weber fears Okafor wins the vote" / "Weber said Okafor won the vote"
    for verb, lemma, stated in (("fears", "fear", False), ("said", "say", True)):
        ctx = parse(f"""
            Weber   PROPN nsubj 1
            {verb}  VERB  ROOT  1 {lemma} VBD
            Okafor  PROPN nsubj 3
            won     VERB  ccomp 1 win VBD
            the     DET   det   5
            vote    NOUN  dobj  3
            .       PUNCT punct 1
        """, [(0, 1, "e0", "Person"), (2, 3, "e1", "Person")])
        assert ("won" in triggers(ctx)) is stated


def test_a_question_is_no_event() -> None:
    ctx = parse("""
        Did     AUX   aux   2 do VBD
        Weber   PROPN nsubj 2
        meet    VERB  ROOT  2 meet VB
        Okafor  PROPN dobj  2
        ?       PUNCT punct 2
    """, [(1, 2, "e0", "Person"), (3, 4, "e1", "Person")])
    assert triggers(ctx) == []


def test_the_present_tense_is_an_event_in_the_headline_only() -> None:
    # "Weber sells port in Lagos" as a headline; in the body (after a line break) it is a habit.
    headline = parse("""
        Weber   PROPN nsubj 1
        sells   VERB  ROOT  1 sell VBZ
        port    NOUN  dobj  1
        in      ADP   prep  1
        Lagos   PROPN pobj  3
    """, [(0, 1, "e0", "Person"), (4, 5, "e1", "Place")])
    assert triggers(headline) == ["sells"]
    body = parse("""
        Headline PROPN ROOT  0
        \\n     SPACE dep   0
        Weber    PROPN nsubj 3
        sells    VERB  ROOT  3 sell VBZ
        port     NOUN  dobj  3
        in       ADP   prep  3
        Lagos    PROPN pobj  5
    """, [(2, 3, "e0", "Person"), (6, 7, "e1", "Place")])
    assert triggers(body) == []


def test_a_planned_or_wanted_noun_event_is_no_event() -> None:
    # "the planned merger with Siemens", "Weber called for a ban on Okafor"
    ctx = parse("""
        The     DET   det   2
        planned VERB  amod  2 plan VBN
        merger  NOUN  nsubjpass 5
        with    ADP   prep  2
        Siemens PROPN pobj  3
        failed  VERB  ROOT  5 fail VBD
        .       PUNCT punct 5
    """, [(4, 5, "e0", "Organization")])
    assert triggers(ctx) == []
    ctx = parse("""
        Weber   PROPN nsubj 1
        called  VERB  ROOT  1 call VBD
        for     ADP   prep  1
        a       DET   det   4
        ban     NOUN  pobj  2
        on      ADP   prep  4
        Okafor  PROPN pobj  5
        .       PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (6, 7, "e1", "Person")])
    assert triggers(ctx) == []


def test_a_definite_noun_event_stands_under_a_modal_verb() -> None:
    # "The trial of Okafor will cost millions": the trial is taken as given; "a trial would" is not.
    for det, aux, stated in (("The", "will", True), ("A", "would", False)):
        ctx = parse(f"""
            {det}    DET   det   1
            trial    NOUN  nsubj 5
            of       ADP   prep  1
            Okafor   PROPN pobj  2
            {aux}    AUX   aux   5 {aux} MD
            cost     VERB  ROOT  5 cost VB
            millions NOUN  dobj  5 million
            .        PUNCT punct 5
        """, [(3, 4, "e0", "Person")])
        assert ("trial" in triggers(ctx)) is stated


def test_a_gerund_someone_is_banned_from_is_no_event() -> None:
    # "Weber was banned from suing Okafor" / "Weber was praised for suing Okafor"
    for verb, lemma, stated in (("banned", "ban", False), ("praised", "praise", True)):
        prep = "from" if stated is False else "for"
        ctx = parse(f"""
            Weber   PROPN nsubjpass 2
            was     AUX   auxpass   2 be VBD
            {verb}  VERB  ROOT      2 {lemma} VBN
            {prep}  ADP   prep      2
            suing   VERB  pcomp     3 sue VBG
            Okafor  PROPN dobj      4
            .       PUNCT punct     2
        """, [(0, 1, "e0", "Person"), (5, 6, "e1", "Person")])
        assert ("suing" in triggers(ctx)) is stated
