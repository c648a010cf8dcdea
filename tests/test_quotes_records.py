"""Quote records: confidence from the rule's prior and how the speaker is named, the cue's words."""

from __future__ import annotations

import pytest
from test_quotes import parse, person

from kgraph.extract import calibration
from kgraph.extract.quotes import extract_quotes

SAID = ("“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/7 ,/PUNCT/punct/7 "
        "”/PUNCT/punct/7 {who}/{pos}/{dep}/7 said/VERB/ROOT/7/say ./PUNCT/punct/7")


def confidence(text: str, who: str, pos: str = "PRON", dep: str = "nsubj", kind: str = "") -> float:
    ents = [person(6, 7, kind=kind)] if kind else []
    [q] = extract_quotes(parse(text, SAID.format(who=who, pos=pos, dep=dep), ents))
    assert q.rule == "quotes.direct.cue_after"
    return q.confidence


def test_confidence_is_the_prior_less_what_the_speaker_lacks_of_a_name() -> None:
    assert confidence("“We will win,” Okafor said.", "Okafor", "PROPN", kind="name") == 0.9
    assert confidence("“We will win,” she said.", "she", kind="pronoun") == 0.8
    assert confidence("“We will win,” I said.", "I") == 0.7  # words naming no entity
    assert confidence("“We will win,” was said.", "was", "AUX", "auxpass") == 0.35  # nobody at all


def test_a_measured_rule_gets_its_measured_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    measured = calibration.Measured("quotes.direct.cue_after", 40, 30, 0.74)
    monkeypatch.setattr(calibration, "table", lambda: {measured.key: measured})
    assert confidence("“We will win,” Okafor said.", "Okafor", "PROPN", kind="name") == 0.74


def test_cue_keeps_its_particle() -> None:
    ctx = parse("“We will win,” Okafor pointed out.",
                SAID.format(who="Okafor", pos="PROPN", dep="nsubj").replace("said/VERB/ROOT/7/say",
                                                                           "pointed/VERB/ROOT/7/point")
                .replace(" ./PUNCT", " out/ADP/prt/7 ./PUNCT"), [person(6, 7)])
    [q] = extract_quotes(ctx)
    assert (q.cue, q.speaker) == ("pointed out", "e0")
