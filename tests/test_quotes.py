"""The quote extractor as a whole on hand-built parses: rule ids, switching rules off, overlaps.

Also the builder of hand-made parses over real text that the other tests/test_quotes_*.py use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from conftest import make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.quotes import extract_quotes
from kgraph.extract.registry import RULES, RuleSet, load_all
from kgraph.types import Article, Entity, Mention

# --- hand-built parses over real text -----------------------------------------------------
# The quote rules read characters (marks, paragraphs) as well as the parse, so these Docs are
# built over a given text: spaces and blank lines come from the text, the parse from ``spec``.

# (first token, end token, entity key, type, mention kind); tokens index ``spec``'s tokens.
Ent = tuple[int, int, str, str, str]


def parse(text: str, spec: str, ents: Sequence[Ent] = (), *, gender: dict[str, str] | None = None,
          rules: str | None = None) -> DocContext:
    """A DocContext over ``text`` with a parse written by hand.

    ``spec`` holds one ``word/POS/dep/head[/lemma[/TAG]]`` per token, separated by spaces (heads
    index these tokens; the lemma defaults to the lower-cased word, the tag to none). Each gap in
    ``text`` other than one space between two words ("\\n\\n") becomes a whitespace token attached
    to the word before it.
    A token that is its own head is a sentence root: each tree is a sentence.
    """
    fields = [t.split("/") for t in spec.split()]
    words: list[str] = []
    spaces: list[bool] = []
    where: list[int] = []  # spec index -> doc index
    at = 0
    for n, (word, *_) in enumerate(fields):
        found = text.index(word, at)
        gap = text[at:found]
        assert gap.strip() == "" and (n or not gap), f"{word!r} is not next in the text after {at}"
        if gap == " ":
            spaces[-1] = True
        elif gap:
            words.append(gap)
            spaces.append(False)
        where.append(len(words))
        words.append(word)
        spaces.append(False)
        at = found + len(word)
    assert at == len(text), f"text after the last token: {text[at:]!r}"
    spec_of = {d: n for n, d in enumerate(where)}
    heads: list[int] = []
    deps: list[str] = []
    pos: list[str] = []
    lemmas: list[str] = []
    tags: list[str] = []
    for i, word in enumerate(words):
        if i in spec_of:
            _, tag, dep, head, *rest = fields[spec_of[i]]
            heads.append(where[int(head)])
            deps.append(dep)
            pos.append(tag)
            lemmas.append(rest[0] if rest and rest[0] else word.lower())
            tags.append(rest[1] if len(rest) > 1 else "")
        else:  # whitespace between paragraphs
            heads.append(i - 1)
            deps.append("dep")
            pos.append("SPACE")
            lemmas.append(word)
            tags.append("")
    doc = make_doc(words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
                   tags=tags if any(tags) else None)
    entities: dict[str, Entity] = {}
    mentions = []
    for start, end, key, etype, kind in ents:
        span = doc[where[start]:where[end - 1] + 1]
        if key not in entities or kind == "name" and entities[key].name == key:
            entities[key] = Entity(key, etype, span.text if kind == "name" else key,  # type: ignore[arg-type]
                                   gender=(gender or {}).get(key))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key, kind))  # type: ignore[arg-type]
    ctx = DocContext(doc, Article("t", doc.text, "-"), tuple(entities.values()), tuple(mentions))
    return replace(ctx, rules=RuleSet.parse(rules)) if rules else ctx


def person(start: int, end: int, key: str = "e0", kind: str = "name") -> Ent:
    return (start, end, key, "Person", kind)


def found(ctx: DocContext) -> list[tuple[str, str, str | None, str]]:
    """(rule, text, speaker key, kind) of each quote found."""
    return [(q.rule, q.text, q.speaker, q.kind) for q in extract_quotes(ctx)]


# --- the extractor ------------------------------------------------------------------------

# '“We lost,” Mensah said. Okafor said that the mine closed.'
TWO = ("“We lost,” Mensah said. Okafor said that the mine closed.",
       "“/PUNCT/punct/3 We/PRON/nsubj/3 lost/VERB/ccomp/6/lose ,/PUNCT/punct/6 ”/PUNCT/punct/6 "
       "Mensah/PROPN/nsubj/6 said/VERB/ROOT/6/say ./PUNCT/punct/6 "
       "Okafor/PROPN/nsubj/9 said/VERB/ROOT/9/say that/SCONJ/mark/13 the/DET/det/12 "
       "mine/NOUN/nsubj/13 closed/VERB/ccomp/9/close ./PUNCT/punct/9",
       [person(5, 6, "e1"), person(8, 9, "e0")])


def test_every_quote_has_the_rule_that_found_its_speaker() -> None:
    ctx = parse(*TWO)
    assert found(ctx) == [
        ("quotes.direct.cue_after", "We lost,", "e1", "direct"),
        ("quotes.indirect.clause", "that the mine closed", "e0", "indirect"),
    ]


def test_switching_a_rule_off_removes_exactly_its_quotes() -> None:
    everything = extract_quotes(parse(*TWO))
    for off in ("quotes.direct.cue_after", "quotes.indirect.clause", "quotes.indirect"):
        kept = extract_quotes(parse(*TWO, rules=f"-{off}"))
        assert kept == [q for q in everything if not (q.rule + ".").startswith(off + ".")]
    assert extract_quotes(parse(*TWO, rules="-quotes")) == []


def test_a_rule_switched_off_leaves_the_rules_that_read_its_quotes_alone() -> None:
    # The second paragraph continues the first quote's speaker even when cue_after writes nothing.
    text = "“We will win,” Okafor said.\n\n“Nobody can stop us.”"
    spec = ("“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/7 ,/PUNCT/punct/7 "
            "”/PUNCT/punct/7 Okafor/PROPN/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7 "
            "“/PUNCT/punct/12 Nobody/PRON/nsubj/12 can/AUX/aux/12 stop/VERB/ROOT/12 us/PRON/dobj/12 "
            "./PUNCT/punct/12 ”/PUNCT/punct/12")
    both = extract_quotes(parse(text, spec, [person(6, 7)]))
    assert [q.rule for q in both] == ["quotes.direct.cue_after", "quotes.direct.continued"]
    assert extract_quotes(parse(text, spec, [person(6, 7)], rules="-quotes.direct.cue_after")) == both[1:]


def test_a_direct_quote_hides_the_reported_clause_it_overlaps() -> None:
    # "said" has the quote's verb as its clause: one direct quote, no reported speech.
    ctx = parse(*TWO, rules="-quotes.direct.cue_after")
    assert [q.rule for q in extract_quotes(ctx)] == ["quotes.indirect.clause"]


def test_every_quote_rule_is_registered_with_a_prior_and_a_summary() -> None:
    load_all()
    quote_rules = {k: r for k, r in RULES.items() if k.startswith("quotes.")}
    assert len(quote_rules) >= 19
    for rule_id, r in quote_rules.items():
        assert r.kind == "quote" and r.summary and r.summary[0].isupper(), rule_id
        assert r.family in ("quotes.direct", "quotes.mixed", "quotes.indirect"), rule_id
        # Only the joining of split quotes makes no quote of its own, so only it has no prior.
        assert (r.prior is None) == (rule_id == "quotes.direct.split"), rule_id
