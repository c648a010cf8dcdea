"""What coreference reads of the discourse: the references so far, quotes, asides, the topic."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Span, Token

from kgraph.extract.context import DocContext
from kgraph.extract.cues import PRONOUNS
from kgraph.extract.toolkit import SUBJECT_DEPS
from kgraph.names import first_name_gender
from kgraph.types import Entity, Mention

# The topic is sought among the subjects of this many first sentences.
TOPIC_SENTENCES = 3


@dataclass(frozen=True)
class Reference:
    """One reference to an entity at a token: the history antecedents are picked from."""

    token: int
    entity: str
    sent: int
    subject: bool
    in_quote: bool
    aside: bool = False
    embedded: bool = False  # a subject of a clause inside another ("X said Y had left": Y)


def mention_spans(ctx: DocContext) -> list[tuple[Mention, Span]]:
    """Each mention with its tokens (mentions that fit no tokens left out)."""
    doc = ctx.doc
    out = []
    for m in ctx.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append((m, span))
    return out


def candidate_tokens(ctx: DocContext) -> list[int]:
    """Indices of the tokens that may be resolved, in order: pronouns, and the heads of "the"
    (a definite description, see ``nominal_phrase``, starts with its head's child "the")."""
    doc = ctx.doc
    lowers = ctx.token_lowers()
    heads = {doc[i].head.i for i, low in enumerate(lowers) if low == "the"}
    return [i for i, low in enumerate(lowers) if low in PRONOUNS or i in heads]


class SentenceDistance:
    """Sentences between two tokens, not counting sentences inside quotes.

    The parser splits quotes into many sentences; a pronoun after a long quote still refers to
    whoever was named just before it.
    """

    def __init__(self, ctx: DocContext, quoted: set[int]) -> None:
        self.ctx = ctx
        # Punctuation or space, per token.
        no_word = [p or s for p, s in ctx.doc.to_array([IS_PUNCT, IS_SPACE]).tolist()]
        counted = [0]
        for start, end in sentence_bounds(ctx):
            first = next((i for i in range(start, end) if not no_word[i]), None)
            narrative = first is None or first not in quoted
            counted.append(counted[-1] + (1 if narrative else 0))
        self.counted = counted

    def __call__(self, from_sent: int, to_sent: int) -> int:
        return self.counted[to_sent + 1] - self.counted[from_sent + 1]


@lru_cache(maxsize=8)
def _junk_lines(text: str) -> tuple[tuple[int, int], ...]:
    from kgraph.extract.quotes import is_junk_line, paragraphs

    return tuple(p for p in paragraphs(text) if is_junk_line(text, p))


def junk_line_tokens(ctx: DocContext) -> set[int]:
    """Tokens on short unpunctuated lines ("Advert"): never antecedents of a pronoun."""
    out: set[int] = set()
    for start, end in _junk_lines(ctx.text):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def quoted_tokens(ctx: DocContext) -> set[int]:
    """Indices of tokens inside direct quotes, where he/she usually means someone else."""
    from kgraph.extract.quotes import find_quote_regions

    doc = ctx.doc
    inside: set[int] = set()
    for region in find_quote_regions(ctx.text):
        for start, end in region.pieces:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def name_references(ctx: DocContext, quoted: set[int], spans: list[tuple[Mention, Span]]
                    ) -> list[Reference]:
    """One reference per existing mention, at the mention's syntactic head, in token order."""
    refs = []
    bracketed = _bracketed_tokens(ctx)
    for m, span in spans:
        head = span.root
        aside = head.i in bracketed or _listed_under_plural(head)
        refs.append(Reference(head.i, m.entity, ctx.sentence_index(head),
                              is_subject(head) and not aside, head.i in quoted, aside, in_clause(head)))
    refs.sort(key=lambda ev: ev.token)
    return refs


def _bracketed_tokens(ctx: DocContext) -> set[int]:
    """Indices of tokens between round brackets, within one sentence."""
    inside: set[int] = set()
    if "(" not in ctx.text:
        return inside
    lowers = ctx.token_lowers()
    for start, end in sentence_bounds(ctx):
        opened: int | None = None
        for i in range(start, end):
            if lowers[i] == "(":
                opened = i
            elif lowers[i] == ")" and opened is not None:
                inside.update(range(opened + 1, i))
                opened = None
    return inside


def sentence_bounds(ctx: DocContext) -> Iterator[tuple[int, int]]:
    """(first token, end) of each sentence, in order."""
    starts = ctx.sentence_starts()
    yield from zip(starts, [*starts[1:], len(ctx.doc)], strict=True)


def sentence_of(ctx: DocContext, i: int) -> tuple[int, int]:
    """(first token, end) of the sentence holding token ``i`` (cheaper than ``Token.sent``)."""
    starts = ctx.sentence_starts()
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(ctx.doc)


def _listed_under_plural(tok: Token) -> bool:
    """A name given as one of the members of a plural noun ("his sons, Tom and Ben")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "appos" and tok.head.tag_ in ("NNS", "NNPS")


def topic_person(refs: list[Reference], entities: dict[str, Entity]) -> str | None:
    """The person the text is about: the first-named subject of its opening sentences, when
    named again later (a person named once is no topic)."""
    first_sent = refs[0].sent if refs else 0
    for ev in refs:
        if ev.sent >= first_sent + TOPIC_SENTENCES:
            return None
        ent = entities.get(ev.entity)
        if ev.subject and not ev.in_quote and ent is not None and ent.type == "Person":
            again = sum(1 for other in refs if other.entity == ev.entity)
            return ev.entity if again > 1 else None
    return None


def is_subject(tok: Token) -> bool:
    """Whether a token stands as the subject of its clause: the subject itself, a conjunct of it
    ("Okafor and Mensah arrived"), or a name compounded or in apposition with its head ("Okafor,
    the minister, said"). Not the subject *of* a verb: that is ``toolkit.subject_of``."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Okafor and Mensah arrived": both are subjects
    if tok.dep_ in SUBJECT_DEPS:
        return True
    # "Okafor, the minister, said": the name heads the subject through an apposition or compound.
    return tok.dep_ in ("compound", "appos", "poss") and tok.head.dep_ in SUBJECT_DEPS \
        and tok.dep_ != "poss"


# Dependencies of a clause inside another: its subject is less salient than the main clause's.
_INNER_CLAUSES = frozenset({"ccomp", "acl", "advcl", "relcl", "pcomp", "csubj"})


def in_clause(tok: Token) -> bool:
    """Whether a subject belongs to a clause inside another ("Balls rejected the claim that Brown
    was sidelined": Brown): the main clause's subject is the one a pronoun after it continues."""
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in _INNER_CLAUSES


def gender_of(entity: Entity) -> str | None:
    """'female'/'male' as the entity extractor found it, else by the first word of its name."""
    if entity.gender in ("female", "male"):
        return entity.gender
    first = entity.name.split()[0] if " " in entity.name else ""
    g = first_name_gender(first) if first else None
    return g if g in ("female", "male") else None
