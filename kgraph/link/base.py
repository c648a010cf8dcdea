"""What every linking rule reads and writes: local entities, their name words, and the unions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.names import ORG_LEGAL, NameParts, fold
from kgraph.types import Entity

LocalId = tuple[str, str, str]  # ("local", document id, entity key)
Node = tuple[str, ...]  # a local's id, or a name key such as ("country", "GB")


@dataclass
class Local:
    """One document's entity, with what linking compares of it."""

    doc: str
    entity: Entity
    mentions: int
    roles: frozenset[str] = frozenset()
    context: frozenset[object] = frozenset()
    parts: NameParts | None = None
    countries: frozenset[str] = frozenset()  # ISO codes of the countries its article names
    id: LocalId = ("", "", "")

    def __post_init__(self) -> None:
        self.id = ("local", self.doc, self.entity.key)

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.entity.name)


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, without legal suffixes ('Wave FM Ltd.' -> ('wave', 'fm'))."""
    words = [w for w in re.sub(r"'s\b", "", fold(name).replace("-", " ")).split() if w not in "&,"]
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in ORG_LEGAL:
        words.pop()
    return tuple(words)


@dataclass(slots=True)
class _Group:
    """What the unions know of a group holding locals."""

    size: int  # how many locals
    first: Node  # the first local (the only one while size is 1)
    rules: set[str] = field(default_factory=set)  # rules of the unions on paths between its locals


class Unions:
    """Union-find over locals and name keys, where every union names the rule that made it.

    A union by a rule that ``rules`` switches off is not made. The unions that joined two groups
    form a spanning forest of each group; ``rules_of(root)`` is the set of rules of the unions on
    the paths between the group's locals, and ``rule_of[local]`` the rule of the first union that
    put that local together with another local.
    """

    def __init__(self, rules: RuleSet = ALL_RULES) -> None:
        self.rules = rules
        self._every_rule = not rules.switches
        self.parent: dict[Node, Node] = {}
        self.rule_of: dict[Node, str] = {}
        # Root of a group holding locals -> what the unions know of it; a name key alone has none.
        self._groups: dict[Node, _Group] = {}
        # A name key that joined a group alone: the rules of its unions count once a local joins
        # through it (a key only one local reached links nothing).
        self._pending: dict[Node, str] = {}

    def find(self, x: Node) -> Node:
        parent = self.parent
        if x not in parent:
            parent[x] = x
            if x[0] == "local":
                self._groups[x] = _Group(1, x)
            return x
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Node, b: Node, rule: str) -> None:
        if not self._every_rule and not self.rules.enabled(rule):
            return
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # The smaller key wins so that the result does not depend on input order.
        lo, hi = (ra, rb) if repr(ra) <= repr(rb) else (rb, ra)
        self.parent[hi] = lo
        groups = self._groups
        ga, gb = groups.pop(ra, None), groups.pop(rb, None)
        if ga is None or gb is None:  # a name key joins alone: it links nothing yet
            self._pending[a if ga is None else b] = rule  # (a key is alone only when new)
            kept = ga if ga is not None else gb
            if kept is not None:
                groups[lo] = kept
            return
        if ga.size == 1:
            self.rule_of[ga.first] = rule
        if gb.size == 1:
            self.rule_of[gb.first] = rule
        ga.size += gb.size
        joined = ga.rules
        joined |= gb.rules
        joined.add(rule)
        pending = self._pending
        if pending:  # a name key that held one local's union now holds two locals
            if a in pending:
                joined.add(pending.pop(a))
            if b in pending:
                joined.add(pending.pop(b))
        groups[lo] = ga

    def rules_of(self, root: Node) -> tuple[str, ...]:
        """The rules of the unions on the paths between the locals of the group ``root`` names."""
        group = self._groups.get(root)
        return tuple(sorted(group.rules)) if group is not None else ()
