"""Near-duplicate articles: the same story twice is one story (link/duplicates.py)."""

from __future__ import annotations

from kgraph.extract.registry import RuleSet
from kgraph.link import link
from kgraph.link.duplicates import RULE, duplicates, resemblance, sketch
from kgraph.types import Article, DocFacts

STORY = ("The harbour authority of Temple Quay said on Monday that the new container terminal would "
         "open in March after two years of building work, and that the first ships from the north "
         "would berth there within a week of the opening. Amara Okafor, who chairs the authority, "
         "told reporters the terminal would double the port's trade and bring four hundred jobs to a "
         "town that lost its shipyard a decade ago. Unions welcomed the news but asked for the new "
         "jobs to go to people from the town first, and the council promised a training scheme. ")


def facts(doc_id: str, text: str) -> DocFacts:
    return DocFacts(article=Article(doc_id, text, doc_id))


def test_the_same_story_with_another_intro_is_a_duplicate_of_the_earlier_one() -> None:
    wire = STORY + "The terminal cost 120 million pounds."
    copy = "Updated at noon. " + STORY + "The terminal cost 120 million pounds, officials said."
    assert resemblance(sketch(wire), sketch(copy)) >= 0.8
    graph = link([facts("b-outlet/story", copy), facts("a-wire/story", wire)])
    assert graph.duplicate_of == {"b-outlet/story": "a-wire/story"}


def test_different_stories_and_short_texts_are_no_duplicates() -> None:
    other = ("The city council of Lagos voted on Tuesday to close the old market for repairs, after a fire "
             "last month destroyed forty stalls and left traders without a place to sell. ") * 3
    assert resemblance(sketch(STORY), sketch(other)) < 0.2
    assert sketch("Brief: the port opens in March.") == ()
    graph = link([facts("a", STORY), facts("b", other), facts("c", "Brief: the port opens."),
                  facts("d", "Brief: the port opens.")])
    assert graph.duplicate_of == {}


def test_the_rule_can_be_switched_off() -> None:
    pairs = [("a", sketch(STORY)), ("b", sketch(STORY))]
    assert duplicates(pairs) == {"b": "a"}
    assert duplicates(pairs, RuleSet.parse(f"-{RULE}")) == {}
