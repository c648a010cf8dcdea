"""Where names come from: the model's entities and proper-noun runs it left untagged, cleaned."""

from __future__ import annotations

import re

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kgraph import gazetteer
from kgraph.data import words
from kgraph.extract.entities.candidate import LABEL_TYPES, PERSON_ADDRESS, Candidate, addressed
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.names import (
    CONNECTORS,
    HONORIFICS,
    LEADING_JUNK,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_LEGAL,
    ORG_WORDS,
    PERSONAL_HONORIFICS,
    PORTFOLIO_TITLES,
    first_name_gender,
    fold,
    is_role_word,
    is_title_word,
)

MODEL = declare("entities.names.model", "mention",
                'A name the model tagged PERSON, ORG, GPE, LOC or FAC, cleaned ("President Emmanuel '
                'Macron\'s" -> "Emmanuel Macron"): the first (fullest) name of its entity').id
RECOVERED = declare("entities.names.recovered", "mention",
                    'A run of capitalised proper nouns the model left untagged ("Thabo Sithole"), '
                    "kept when a cue or another name vouches for it; the first name of its entity").id

PIECES = declare("entities.names.pieces", "mention",
                  'A model\'s span holding several names is cut at its brackets, scores and spaced dashes: '
                  '"Davies (Tottenham", "Survivors Fund (SURF", "Scott - Brentley Vinson"; the part in '
                  "brackets needs a cue of its own").id

COMPLETION = declare("entities.names.completion", "mention",
                      'A surname an editor put in brackets after a person\'s name completes it: "Anna '
                      '[Petrova]" is Anna Petrova').id

# Labels whose tokens are never part of a person's, organisation's or place's name.
NOT_NAME_LABELS: frozenset[str] = words("entities", "not_name_labels")
# Words that end a name the model cut in two ("Chrysler" + "LLC", "Paul Desmarais" + "Jr.").
_NAME_TAILS = ORG_LEGAL | NAME_SUFFIXES


def find_candidates(doc: Doc, rules: RuleSet = ALL_RULES) -> list[Candidate]:
    """Names from the model's entities, plus proper-noun runs the model left untagged."""
    out: list[Candidate] = []
    pieces, completion = rules.enabled(PIECES), rules.enabled(COMPLETION)
    for ent in doc.ents if rules.enabled(MODEL) else ():
        if ent.label_ == "NORP" and _after_address(ent[0]) and len(ent) == 1:
            cleaned = clean_name(ent)  # "Mr Irish": a person's name, not a nationality
            if cleaned is not None:
                out.append(Candidate(cleaned[0], "", cleaned[1]))
            continue
        if ent.label_ not in LABEL_TYPES or _is_portfolio(ent):
            continue
        # "Chrysler" ORG + "LLC" ORG, or "Paul Desmarais" PERSON + "Jr." : one name.
        if out and out[-1].span.end == ent.start and all(
                fold(t.text) in _NAME_TAILS or t.is_punct for t in ent):
            prev = out[-1]
            out[-1] = Candidate(Span(doc, prev.span.start, ent.end), prev.label, prev.titles)
            continue
        for piece in split_name(ent) if pieces else [ent]:
            cleaned = clean_name(piece)
            if cleaned is None or (gazetteer.demonym(cleaned[0].text) is not None
                                   and not addressed(cleaned[1])):
                continue  # a nationality tagged as a name ("a Malagasy politician"); not "Mr Irish"
            name = _completed(cleaned[0]) if completion and piece.label_ == "PERSON" else cleaned[0]
            out.append(Candidate(name, piece.label_, cleaned[1]))
    if rules.enabled(RECOVERED):
        taken = {i for c in out for i in range(c.span.start, c.span.end)}
        out.extend(_recovered(doc, taken, rules.enabled(COMPLETION)))
    return out


_BRACKETS = frozenset("()[]")
_DASHES = frozenset({"-", "–", "—", "--"})


def split_name(ent: Span) -> list[Span]:
    """The names in one model span: cut at each bracket, each score ("Lithuania 2-1 Iceland"), each
    comma ("Makelele, Lampard"; not before "Jr." or "Inc.") and each dash with spaces around it.

    The part before the first bracket keeps the model's label; a part in brackets gets none (it
    is often of another kind: "S Lamont (Glasgow", "International Labour Organisation (ILO").
    """
    doc = ent.doc
    out: list[Span] = []
    start, label, inside = ent.start, ent.label_, False
    for t in ent:
        if t.text in _BRACKETS or _SCORE.match(t.text) or (
                t.text in _DASHES and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_) or (
                t.text == "," and t.i + 1 < ent.end
                and fold(doc[t.i + 1].text).strip(".") not in _NAME_TAILS):
            if t.i > start:
                out.append(Span(doc, start, t.i, label=label))
            start = t.i + 1
            if t.text in _BRACKETS:
                inside = t.text in "(["
                label = "" if inside else ent.label_
    if ent.end > start:
        out.append(Span(doc, start, ent.end, label=label))
    return out


def _completed(ent: Span) -> Span:
    """The person's span with a bracketed completion of its name ("Anna [Petrova]"), else itself."""
    doc = ent.doc
    end = ent.end
    if end + 2 >= len(doc) or doc[end].text != "[":
        return ent
    close = next((i for i in range(end + 1, min(end + 4, len(doc))) if doc[i].text == "]"), None)
    if close is None or close == end + 1 or not all(
            doc[i].is_title and doc[i].is_alpha and not is_title_word(doc[i].text)
            for i in range(end + 1, close)):
        return ent
    return Span(doc, ent.start, close + 1, label=ent.label_)


def origin_rule(c: Candidate) -> str:
    """The rule that found a name that opens its entity: the model's, or a recovered run."""
    return MODEL if c.label else RECOVERED


def _is_portfolio(ent: Span) -> bool:
    """'Transport' in 'Transport Minister Amara Okafor' (whatever its label: ORG, GPE, ...) is part
    of a title, not an organisation or a place; a country before the title ("UK Minister") stays."""
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end >= len(doc) or doc[ent.end].lower_ not in PORTFOLIO_TITLES:
        return False
    # "South Africa's Minister of ...": the country, not a portfolio.
    text = ent[:-1].text if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s") else ent.text
    return gazetteer.country(text) is None and gazetteer.demonym(text) is None


def _recovered(doc: Doc, taken: set[int], completion: bool = True) -> list[Candidate]:
    """Runs of capitalised proper nouns outside the model's entities ("Raman", "Thabo Sithole").

    They get no label; a cue or a name already seen in the document must vouch for them.
    """
    # Only proper nouns can be recovered: look at those alone, then cut them into runs.
    propn = (doc.to_array(POS) == PROPN).nonzero()[0].tolist()  # (to_array gives numpy arrays)
    ok = [i for i in propn if i not in taken and _recoverable(doc[i], taken)]
    out: list[Candidate] = []
    k = 0
    while k < len(ok):
        first = k
        while k + 1 < len(ok) and ok[k + 1] == ok[k] + 1:
            k += 1
        span = Span(doc, ok[first], ok[k] + 1, label="")
        cleaned = clean_name(span)
        if cleaned is not None:
            name = _completed(cleaned[0]) if completion else cleaned[0]
            out.append(Candidate(name, "", cleaned[1]))
            while k + 1 < len(ok) and ok[k + 1] < name.end:
                k += 1  # the completion's words are in the name
        k += 1
    return out


def _recoverable(t: Token, taken: set[int]) -> bool:
    return (t.i not in taken and t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
            and t.ent_type_ not in NOT_NAME_LABELS and t.ent_type_ not in LABEL_TYPES
            and (gazetteer.demonym(t.text) is None or _after_address(t)) and "\n" not in t.whitespace_
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in PORTFOLIO_TITLES
                     and gazetteer.country(t.text) is None))


def _after_address(t: Token) -> bool:
    """Whether a title of address stands right before the token ("Mr" in "Mr Irish")."""
    return t.i > 0 and t.doc[t.i - 1].lower_.strip(".") in PERSON_ADDRESS and t.doc[t.i - 1].is_title


def clean_name(span: Span) -> tuple[Span, list[str]] | None:
    """The name inside an entity span, without determiners, titles and possessives.

    Returns the trimmed span and the titles found in or just before it, or None when the span is
    not a plausible name (NER debris such as "pro-government French TV" tagged as a person).
    """
    doc = span.doc
    label = span.label_
    toks = list(span)  # spaCy makes a new Token on every doc[i]: take them once
    texts = [t.text for t in toks]
    start, end = 0, len(toks)  # positions in ``toks``
    while start < end and (toks[start].lower_ in LEADING_JUNK or toks[start].is_punct
                           or toks[start].is_space):
        start += 1
    while end > start and (toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].lower_ in ("'s", "’s", "'", "’")
                           or (toks[end - 1].is_lower and toks[end - 1].lower_ in CONNECTORS)
                           or _trailing_number(toks, start, end, label)):
        end -= 1  # ... and "Frederik IX of" (the model's span stopping before "Denmark")
    # A nationality opening a person's name ("Malagasy Hery Rajaonarimampianina") is a demonym.
    while (end - start > 1 and label == "PERSON" and texts[start][:1].isupper()
           and gazetteer.demonym(texts[start])):
        start += 1
    titles: list[str] = []
    if (label == "GPE" and end - start > 2 and toks[start + 1].lower_ == "of"
            and is_title_word(texts[start]) and gazetteer.country(span[start + 2:end].text)):
        start += 2  # "King of Romania" tagged a place: the place is Romania
    while end - start > 1 and is_title_word(texts[start]) and label in ("PERSON", "ORG", "GPE", ""):
        if label not in ("PERSON", "") and (not _person_title(toks[start], toks[start + 1])
                                            or toks[end - 1].lower_ in ORG_WORDS):
            break  # (not "Premier" of "Premier League": an organisation's name)
        titles.append(texts[start].strip("."))
        start += 1
    if start >= end:
        return None
    # A title just before the name ("President Macron", "Ms. Okafor").
    j = span.start - 1
    while j >= 0:
        before = doc[j]
        text = before.text
        if not (text.strip(".") and is_title_word(text) and before.is_title):
            break
        titles.insert(0, text.strip("."))
        j -= 1
    name_texts = texts[start:end]
    if any("\n" in text for text in name_texts):
        return None
    name = [(t, text) for t, text in zip(toks[start:end], name_texts, strict=True) if not t.is_punct]
    # (The span's text is its tokens' texts with spaces between: a letter must be in one of them.)
    if not name or not any(c.isalpha() for text in name_texts for c in text):
        return None
    first = name[0][1][:1]
    if not (first.isupper() or first.isdigit()):
        return None
    if len(name) == 1 and _NUMBER_WITH_UNIT.match(name[0][1]):
        return None  # "200bn", "1990s", "182nd": a number
    if label in ("PERSON", ""):
        for _, text in name:
            if not text[:1].isupper() and fold(text) not in NAME_PARTICLES:
                return None
    else:
        for t, text in name:
            if text[:1].islower() and t.lower_ not in CONNECTORS and not t.like_num:
                return None
    if len(name) == 1 and name[0][0].is_stop and not name[0][1].isupper():
        return None
    # Titles and roles alone are not names ("CEO" from "Apple CEO Steve Jobs", "Prime Minister").
    if all(is_role_word(text) for _, text in name):
        return None
    return doc[span.start + start:span.start + end], titles


_SCORE = re.compile(r"^\d+(?:[-–:/.]\d+)+$")  # "2-0", "1996-08-30", "212-859-1620"
_NUMBER_WITH_UNIT = re.compile(r"^\d[\d.,]*[a-z]+$")  # "200bn", "1990s", "20th"


def _trailing_number(toks: list[Token], start: int, end: int, label: str) -> bool:
    """Whether the name's last token is a number that is no part of it: a score or a date after any
    name ("Lithuania 2-1"), a number after a person's or a place's name ("Grady 29", "H. Morris
    69") or after a possessive ("Trump's 1995"); "Channel 4" and "Radio 2" keep theirs."""
    if end - start < 2:
        return False
    last = toks[end - 1]
    if _SCORE.match(last.text):
        return True
    if not last.text.isdigit():
        return False
    if toks[end - 2].lower_ in ("'s", "’s"):
        return True
    # (Not a sequel's number, "Shrek 2", nor a year, "Windows 2000": those are in works' names.)
    return label in ("PERSON", "GPE", "LOC", "") and (last.text == "0" or 10 <= int(last.text) < 1000)


def _person_title(title: Token, nxt: Token) -> bool:
    """Whether a title opening a span the model tagged ORG or GPE makes it a person's name."""
    low = title.lower_.strip(".")
    if low not in HONORIFICS:
        return False
    return low in PERSONAL_HONORIFICS or first_name_gender(nxt.text) in ("female", "male", "unknown")
