"""Rule tests for quote finding and attribution, on text and hand-built parses."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.quotes import extract_quotes, find_quote_regions
from kgraph.types import Article, Entity, Mention


def pieces(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in r.pieces] for r in find_quote_regions(text)]


# --- quote marks, on characters only --------------------------------------------------------

def test_straight_and_curly_marks() -> None:
    text = 'He said "one thing" and then “another thing” today.'
    assert pieces(text) == [["one thing"], ["another thing"]]


def test_multi_paragraph_quote_skips_junk_line() -> None:
    text = '“First part of it,\n\nAdvert\n\n“second part of it,” she said.\n\nAfter.'
    regions = find_quote_regions(text)
    assert len(regions) == 1
    assert [text[s:e] for s, e in regions[0].pieces] == ["First part of it,", "second part of it,"]


def test_apostrophe_marks_and_words_with_apostrophes() -> None:
    # Two apostrophes are one double mark, three are not; apostrophes inside words open nothing.
    text = "He said ''fine'' and '''odd''' then “ok” – ‘yes’ and rock 'n' roll."
    regions = find_quote_regions(text)
    found = [[text[s:e] for s, e in r.pieces] for r in regions]
    assert found == [["fine"], ["odd''"], ["ok"], ["yes"], ["n"]]
    assert [r.single for r in regions] == [False, True, False, True, True]
    text = "It's the firms' 'best' year, ''said'' he"
    assert pieces(text) == [["best"], ["said"]]


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    text = 'He called it "a mess.\n\nThe firm disagreed.\n\n"We are fine," a spokesman said.'
    assert pieces(text) == [["a mess."], ["We are fine,"]]


def test_nested_quote_of_another_family_stays_inside() -> None:
    text = '"She told me “never” and left," he said.'
    assert pieces(text) == [["She told me “never” and left,"]]


def test_apostrophes_are_not_single_quotes() -> None:
    text = "Clinton’s aides didn’t say. 'We will appeal,' he said. The voters’ choice stands."
    assert pieces(text) == [["We will appeal,"]]


def test_two_apostrophes_act_as_double_marks() -> None:
    text = "The plan is ''a misguided approach,'' he said."
    assert pieces(text) == [["a misguided approach,"]]


def test_transcript_labels_start_new_quotes() -> None:
    text = '"HOST: Welcome back.\n\n"GUEST: Thank you.\n\n"More from the guest.\n\nEnd.'
    regions = find_quote_regions(text)
    labels = [text[r.label[0]:r.label[1]] for r in regions if r.label]
    assert labels == ["HOST", "GUEST"]
    assert [text[s:e] for s, e in regions[1].pieces] == ["Thank you.", "More from the guest."]


# --- attribution on hand-built parses ---------------------------------------------------

def _ctx(doc, names: dict[str, tuple[int, int, str, str | None]]) -> DocContext:  # type: ignore[no-untyped-def]
    """Context with one entity per name: key -> (first token, end token, type, gender)."""
    entities, mentions = [], []
    for key, (start, end, etype, gender) in names.items():
        span = doc[start:end]
        entities.append(Entity(key, etype, span.text, gender=gender))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))


def test_quote_then_named_speaker() -> None:
    doc = make_doc(
        ["“", "We", "will", "win", ",", "”", "Okafor", "said", "."],
        spaces=[False, True, True, False, False, True, True, False, False],
        heads=[3, 3, 3, 7, 7, 7, 7, 7, 7],
        deps=["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["“", "we", "will", "win", ",", "”", "Okafor", "say", "."],
    )
    ctx = _ctx(doc, {"e0": (6, 7, "Person", "female")})
    [q] = extract_quotes(ctx)
    assert (q.kind, q.text, q.speaker, q.speaker_text, q.cue) == (
        "direct", "We will win,", "e0", "Okafor", "said")
    assert q.spans == ((1, 13),)
    assert q.confidence >= 0.85


def test_speaker_before_colon_with_addressee() -> None:
    doc = make_doc(
        ["Okafor", "told", "Mensah", ":", "“", "Resign", "now", ".", "”"],
        spaces=[True, True, False, True, False, True, False, False, False],
        heads=[1, 1, 1, 1, 5, 1, 5, 5, 5],
        deps=["nsubj", "ROOT", "dobj", "punct", "punct", "ccomp", "advmod", "punct", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT", "PUNCT"],
        lemmas=["Okafor", "tell", "Mensah", ":", "“", "resign", "now", ".", "”"],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None), "e1": (2, 3, "Person", None)})
    [q] = extract_quotes(ctx)
    assert (q.text, q.speaker, q.addressee, q.cue) == ("Resign now.", "e0", "e1", "told")


def test_quote_without_speaker_is_kept_unattributed() -> None:
    doc = make_doc(
        ["“", "Justice", "now", "!", "”"],
        spaces=[False, True, False, False, False],
        heads=[1, 1, 1, 1, 1],
        deps=["punct", "ROOT", "advmod", "punct", "punct"],
        pos=["PUNCT", "NOUN", "ADV", "PUNCT", "PUNCT"],
    )
    [q] = extract_quotes(_ctx(doc, {}))
    assert (q.text, q.speaker, q.speaker_text, q.kind) == ("Justice now!", None, None, "direct")
    assert q.confidence < 0.5


def test_according_to_reports_the_rest_of_the_clause() -> None:
    words = ["According", "to", "Okafor", ",", "the", "mine", "will", "close", "."]
    doc = make_doc(
        words,
        spaces=[True, True, False, True, True, True, True, False, False],
        heads=[7, 0, 1, 7, 5, 7, 7, 7, 7],
        deps=["prep", "prep", "pobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        lemmas=["accord", "to", "Okafor", ",", "the", "mine", "will", "close", "."],
    )
    [q] = extract_quotes(_ctx(doc, {"e0": (2, 3, "Person", None)}))
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "the mine will close", "e0",
                                                  "according to")


def test_indirect_speech_needs_a_clause() -> None:
    # "Okafor said that the mine closed." reports; "Okafor said nothing." does not.
    doc = make_doc(
        ["Okafor", "said", "that", "the", "mine", "closed", ".", "Mensah", "said", "nothing", "."],
        spaces=[True, True, True, True, True, False, True, True, True, False, False],
        heads=[1, 1, 5, 4, 5, 1, 1, 8, 8, 8, 8],
        deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct", "nsubj", "ROOT",
              "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "VERB",
             "PRON", "PUNCT"],
        lemmas=["Okafor", "say", "that", "the", "mine", "close", ".", "Mensah", "say",
                "nothing", "."],
        sent_starts=[True, False, False, False, False, False, False, True, False, False, False],
    )
    quotes = extract_quotes(_ctx(doc, {"e0": (0, 1, "Person", None),
                                       "e1": (7, 8, "Person", None)}))
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "that the mine closed", "e0")]
