"""Event rules on hand-built parses, and date resolution against the article date."""

from __future__ import annotations

from test_relations import build_ctx

from kgraph.dates import resolve_date
from kgraph.extract.events import extract_events


def test_noun_event_with_possessive_agent() -> None:
    # "China 's takeover of the port"
    words = ["China", "'s", "takeover", "of", "the", "port", "worried", "Lagos", "."]
    ctx = build_ctx(words, [2, 0, 6, 2, 5, 3, 6, 6, 6],
                    ["poss", "case", "nsubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"],
                    ["PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Place", "name", True), (7, 8, "e1", "Place", "name", False)])
    (event,) = [e for e in extract_events(ctx) if e.trigger == "takeover"]
    assert event.agent == "e0"
    assert event.label == "takeover of the port"
    assert event.actors == ("e0",)


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


def test_recipient_of_a_transfer_verb_and_passive_patient() -> None:
    words = ["Brandt", "published", "a", "letter", "to", "Weber", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False)],
                    lemmas=["Brandt", "publish", "a", "letter", "to", "Weber", "."])
    (event,) = extract_events(ctx)
    assert (event.agent, event.recipient) == ("e0", "e1")
    words = ["Obi", "was", "arrested", "by", "police", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Obi", "be", "arrest", "by", "police", "."],
                    tags=["NNP", "VBD", "VBN", "IN", "NN", "."])
    (event,) = extract_events(ctx)
    assert event.patient == "e0" and event.agent is None


def test_events_without_participants_are_left_out() -> None:
    words = ["They", "signed", "a", "deal", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                    ["PRON", "VERB", "DET", "NOUN", "PUNCT"], [],
                    lemmas=["they", "sign", "a", "deal", "."])
    assert extract_events(ctx) == []


def test_date_without_article_date_stays_text() -> None:
    words = ["Weber", "resigned", "on", "Tuesday", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"], [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Weber", "resign", "on", "Tuesday", "."], date=None)
    ctx.doc[3].ent_type_ = "DATE"
    (event,) = extract_events(ctx)
    assert event.date is None and event.date_text == "Tuesday"


def test_resolve_date() -> None:
    assert resolve_date("on Tuesday", "2024-03-05") == "2024-03-05"  # the article's own day
    assert resolve_date("Saturday", "2024-03-05") == "2024-03-02"
    assert resolve_date("next Friday", "2024-03-05") == "2024-03-08"
    assert resolve_date("December 30", "2024-01-10") == "2023-12-30"  # nearest, not this year
    assert resolve_date("13 March 1963", None) == "1963-03-13"
    assert resolve_date("last week", "2024-03-05") is None  # not one day
    assert resolve_date("March 3", None) is None
