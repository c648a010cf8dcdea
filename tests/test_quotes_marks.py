"""Finding quote marks on characters alone: regions over paragraphs, nesting, apostrophes."""

from __future__ import annotations

from kgraph.extract.quotes import find_quote_regions, is_junk_line, paragraphs


def pieces(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in r.pieces] for r in find_quote_regions(text)]


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



def test_paragraphs_are_non_blank_lines_without_their_spaces() -> None:
    text = "  First line.  \n\n \nSecond line.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First line.", "Second line."]


def test_junk_lines_are_short_and_unpunctuated() -> None:
    text = "Advert\n\nRead more about this\n\nShe left.\n\nWatch: the video"
    assert [is_junk_line(text, p) for p in paragraphs(text)] == [True, True, False, False]


def test_a_quote_left_open_runs_on_only_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = '“We will win,\n\nshe said, and left.\n\n“Later,” he said.'
    assert pieces(text) == [["We will win,"], ["Later,"]]
