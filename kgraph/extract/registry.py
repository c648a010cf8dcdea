"""The rules that make facts: each has a stable id, every fact records the id of its rule, and a
run can switch rules off.

A rule is a small named function (or one branch of one) registered here with an id such as
``relations.kinship.apposition``: the first part names the extractor, the second the family of
constructions (one module), the last the construction. A fact's ``rule`` field holds the id, the
RDF output writes it as ``kg:rule``, and ``benchmarks/rules.py`` measures each rule on every dev
corpus. ``RuleSet`` says which rules run; ids and prefixes can be switched off
(``-relations.bands`` switches off every rule of that family).

Each rule also has a ``prior``: the confidence its facts carried before anybody measured it. The
confidence a fact finally gets comes from ``confidence()``, the rule's measured precision where
the audit has measured it (kgraph/data/confidence.tsv), else that prior.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from kgraph.errors import RuleError

FactKind = Literal["mention", "type", "quote", "relation", "event", "count", "merge", "descriptor"]
FACT_KINDS: tuple[FactKind, ...] = ("mention", "type", "quote", "relation", "event", "count", "merge",
                                    "descriptor")

F = TypeVar("F", bound=Callable[..., object])




@dataclass(frozen=True)
class Rule:
    """One registered rule: what it makes, how sure it was thought to be, what it reads."""

    id: str
    kind: FactKind
    summary: str  # one line: the construction it reads
    prior: float | None = None  # confidence of its facts before measurement (None: set per fact)
    needs: tuple[str, ...] = ()  # rule ids or prefixes whose facts it reads (it runs after them)

    @property
    def family(self) -> str:
        """The module-level family: ``relations.kinship`` for ``relations.kinship.apposition``."""
        return self.id.rsplit(".", 1)[0]


RULES: dict[str, Rule] = {}


def _check_id(rule_id: str) -> None:
    parts = rule_id.split(".")
    if len(parts) < 3 or not all(p and p.replace("_", "").isalnum() and p.islower() for p in parts):
        raise RuleError(f"rule id {rule_id!r} must be lower_case words joined by dots, at least "
                        "extractor.family.construction")


def declare(rule_id: str, kind: FactKind, summary: str, *, prior: float | None = None,
            needs: Sequence[str] = ()) -> Rule:
    """Register a rule that is not a function of its own (one branch of a function, a linking
    decision). Registering the same id twice with different settings is an error."""
    _check_id(rule_id)
    found = Rule(rule_id, kind, summary.strip().split("\n", 1)[0], prior, tuple(needs))
    old = RULES.get(rule_id)
    if old is not None and old != found:
        raise RuleError(f"rule {rule_id!r} is registered twice with different settings")
    RULES[rule_id] = found
    return found


def rule(rule_id: str, kind: FactKind, *, prior: float | None = None, needs: Sequence[str] = (),
         summary: str | None = None) -> Callable[[F], F]:
    """Decorator: register ``func`` as rule ``rule_id``; its docstring's first line is the summary.

    The function is returned unchanged, with the Rule as its ``rule`` attribute.
    """
    def register(func: F) -> F:
        text = summary or (func.__doc__ or rule_id)
        func.rule = declare(rule_id, kind, text, prior=prior, needs=needs)  # type: ignore[attr-defined]
        return func

    return register


def get(rule_id: str) -> Rule:
    try:
        return RULES[rule_id]
    except KeyError:
        raise RuleError(_unknown(rule_id)) from None


def _unknown(rule_id: str) -> str:
    close = difflib.get_close_matches(rule_id, list(RULES), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `kgraph rules` lists them"
    return f"no rule or rule family {rule_id!r}{hint}"


def load_all() -> dict[str, Rule]:
    """Every rule, after importing every module that registers some."""
    import kgraph.extract  # noqa: F401 - registers the extractors' rules
    import kgraph.link  # noqa: F401 - registers the linking rules

    return RULES


def _matches(rule_id: str, pattern: str) -> bool:
    return rule_id == pattern or rule_id.startswith(pattern + ".")


@dataclass(frozen=True)
class RuleSet:
    """Which rules run: all of them, but for switches that turn rules (by id or by prefix) off
    and on again. Switches apply in order: the last one that matches a rule decides."""

    switches: tuple[tuple[bool, str], ...] = ()  # (on?, id or prefix)

    def enabled(self, rule_id: str) -> bool:
        if not self.switches:
            return True
        return _enabled(self.switches, rule_id)

    def __contains__(self, rule_id: object) -> bool:
        return isinstance(rule_id, str) and self.enabled(rule_id)

    @classmethod
    def parse(cls, spec: str | Iterable[str] | None) -> RuleSet:
        """Rules from switches such as ``"-relations.bands,-quotes.indirect.claim_noun"``.

        Each item is ``-ID`` (off) or ``+ID`` (on again, after a broader ``-``); an id may name a
        rule, a family or a whole extractor. An id no rule has is an error naming the closest.
        """
        items = [spec] if isinstance(spec, str) else list(spec or ())
        words = [s.strip() for item in items for s in item.replace(" ", ",").split(",") if s.strip()]
        known = load_all()
        switches = []
        for word in words:
            on, name = (word[0] == "+", word[1:]) if word[0] in "+-" else (False, word)
            if not any(_matches(r, name) for r in known):
                raise RuleError(_unknown(name))
            switches.append((on, name))
        return cls(tuple(switches))

    def describe(self) -> str:
        return ",".join(("+" if on else "-") + name for on, name in self.switches) or "all rules"


@lru_cache(maxsize=4096)
def _enabled(switches: tuple[tuple[bool, str], ...], rule_id: str) -> bool:
    for on, name in reversed(switches):
        if _matches(rule_id, name):
            return on
    return True


ALL_RULES = RuleSet()


def ordered(rules: Iterable[Rule]) -> list[Rule]:
    """Rules in an order where each comes after the rules it ``needs``; otherwise in the order
    given. A cycle is an error."""
    pending = list(rules)
    done: list[Rule] = []
    while pending:
        for r in pending:
            waits = [o for o in pending if o is not r and any(_matches(o.id, n) for n in r.needs)]
            if not waits:
                done.append(r)
                pending.remove(r)
                break
        else:
            raise RuleError("rules need each other: " + ", ".join(r.id for r in pending))
    return done


def confidence(rule_id: str, raw: float) -> float:
    """The confidence a fact of rule ``rule_id`` gets, given the one its rule worked out (``raw``).

    Until the rule audit has measured a rule this is ``raw`` itself; afterwards, the measured
    precision (see kgraph/data/confidence.tsv and benchmarks/rules.py).
    """
    from kgraph.extract import calibration

    r = RULES.get(rule_id)
    weak = r is not None and r.prior is not None and raw < r.prior - 1e-9
    return calibration.calibrated(rule_id, raw, "weak" if weak else "", r.kind if r is not None else "")
