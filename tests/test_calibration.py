"""The confidence a fact gets: the measured precision of the most specific group its rule is in."""

from __future__ import annotations

import pytest

from kgraph.extract import calibration, registry
from kgraph.extract.calibration import Measured


@pytest.fixture()
def measured(monkeypatch: pytest.MonkeyPatch) -> dict[str, Measured]:
    rows = {m.key: m for m in (
        Measured("quotes.direct.cue_after", 40, 36, 0.9),
        Measured("quotes.direct.cue_after|weak", 10, 4, 0.45),
        Measured("family:quotes.direct", 80, 64, 0.8),
        Measured("kind:quote", 200, 140, 0.7),
    )}
    monkeypatch.setattr(calibration, "table", lambda: rows)
    return rows


def test_a_measured_rule_gets_its_precision(measured: dict[str, Measured]) -> None:
    assert calibration.calibrated("quotes.direct.cue_after", 0.6) == 0.9


def test_a_weak_fact_gets_its_grade_s_precision(measured: dict[str, Measured]) -> None:
    assert calibration.calibrated("quotes.direct.cue_after", 0.6, "weak") == 0.45


def test_an_unmeasured_rule_gets_its_family_s_then_its_kind_s(measured: dict[str, Measured]) -> None:
    assert calibration.calibrated("quotes.direct.new_rule", 0.6, kind="quote") == 0.8
    assert calibration.calibrated("quotes.mixed.new_rule", 0.6, kind="quote") == 0.7
    assert calibration.calibrated("quotes.mixed.new_rule", 0.6) == 0.6  # no kind: its own


def test_nothing_measured_keeps_the_rule_s_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calibration, "table", lambda: {})
    assert calibration.calibrated("quotes.direct.cue_after", 0.63) == 0.63


def test_the_registry_passes_grade_and_kind(measured: dict[str, Measured]) -> None:
    rule = registry.Rule("quotes.mixed.trial", "quote", "a trial rule", prior=0.8)
    registry.RULES[rule.id] = rule
    try:
        assert registry.confidence(rule.id, 0.8) == 0.7  # the kind's: nothing nearer is measured
        measured["quotes.mixed.trial|weak"] = Measured("quotes.mixed.trial|weak", 5, 1, 0.3)
        assert registry.confidence(rule.id, 0.5) == 0.3  # below its prior: the weak grade's
    finally:
        del registry.RULES[rule.id]
