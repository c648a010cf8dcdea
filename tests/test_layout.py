"""Paragraph layouts: one paragraph per line, hard-wrapped lines, blank-line paragraphs, HTML blocks.

kgraph starts a sentence at every blank line and reads quotes paragraph by paragraph, so every
layout must come out of cleaning as paragraphs separated by one blank line. The articles here are
made up for these tests.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from kgraph.errors import SourceError
from kgraph.extract.quotes import find_quote_regions
from kgraph.io.clean import clean_text, ends_like_sentence, lines_are_paragraphs
from kgraph.io.readers import load_articles, same_headline
from kgraph.types import Article

LAYOUT = ROOT / "tests" / "data" / "layout"

HEADLINE = "Harbour ferry to sail again in May"
# One paragraph per line, as many scrapers save articles: byline and dateline lines, a quote
# that runs over two paragraphs (the second opens with a quote mark), no blank lines.
PARAGRAPHS = [
    "By Lena Marsh",
    "Portvale, 12 April",
    "The harbour ferry between Portvale and Sandwick will run again from 1 May, the county council "
    "said on Thursday, after a winter of repairs to the landing stage.",
    "The service stopped in November, when storm damage left the Sandwick pier unsafe.",
    "Council leader Tomas Reyes said the repairs had cost more than planned. “We found rot in timbers "
    "nobody had looked at for thirty years, and we could not open the pier until each one was replaced.",
    "“I know people have waited a long time, and I am grateful for their patience,” he said.",
    "Ferry users welcomed the news.",
    "Ines Okoro, who crosses every day to work at the fish market, said the winter bus had added an "
    "hour to her journey. “It will be a relief,” she said.",
    "Tickets go on sale next week.",
]
ONE_PER_LINE = HEADLINE + "\n" + "\n".join(PARAGRAPHS) + "\n"
EXPECTED = "\n\n".join([HEADLINE, *PARAGRAPHS])

# Prose of our own, hard-wrapped at 72 characters as in e-mail and Project Gutenberg texts.
PROSE = [
    "The lighthouse keeper had kept a log for forty-one years, and in all that time he had never "
    "missed a night, not even in the winter when the causeway flooded and the supply boat could not "
    "land for nine days.",
    "Nobody in the village remembered who had appointed him. The harbour board assumed the county "
    "paid him, the county assumed the board did, and the keeper, when anyone asked, said only that "
    "the light needed looking after.",
    "When the board finally sent an inspector, she found the lamp spotless, the log complete, and a "
    "kettle always on the stove for whoever came up the stairs.",
]


def read(paths: list[Path]) -> tuple[list[Article], list[SourceError]]:
    errors: list[SourceError] = []
    articles = list(load_articles([str(p) for p in paths], on_error=errors.append))
    return articles, errors


def paragraphs_of(text: str) -> list[str]:
    return text.split("\n\n")


# --- one paragraph per line -------------------------------------------------------------------


def test_one_paragraph_per_line_text_file_gets_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "ferry.txt"
    f.write_text(ONE_PER_LINE, encoding="utf-8")
    (a,), errors = read([f])
    assert not errors
    assert a.title == HEADLINE
    assert a.text == EXPECTED


def test_a_quote_over_two_one_line_paragraphs_is_one_quote(tmp_path: Path) -> None:
    f = tmp_path / "ferry.txt"
    f.write_text(ONE_PER_LINE, encoding="utf-8")
    (a,), _ = read([f])
    regions = [r for r in find_quote_regions(a.text) if not r.single]
    long_quote = next(r for r in regions if a.text[r.start:].startswith("We found rot"))
    assert len(long_quote.pieces) == 2
    assert a.text[long_quote.pieces[1][0]:long_quote.pieces[1][1]].startswith("I know people")
    assert a.text[long_quote.pieces[1][0]:long_quote.pieces[1][1]].endswith("patience,")


def test_windows_line_endings_and_blank_looking_lines(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(ONE_PER_LINE.replace("\n", "\r\n").encode("utf-8"))
    # Trailing spaces and tabs, and lines of only spaces, tabs, no-break or zero-width spaces.
    spaced = tmp_path / "spaced.txt"
    spaced.write_text(" \u200b \n" + HEADLINE + "  \n" + "\t\n".join(PARAGRAPHS[:2]) + "\n"
                      + "\n".join(PARAGRAPHS[2:]) + "\n \t \n", encoding="utf-8")
    (a,), _ = read([crlf])
    assert a.text == EXPECTED
    (b,), _ = read([spaced])
    assert b.title == HEADLINE and b.text == EXPECTED
    blank_looking = "First paragraph ends here.\r\n \t\r\n\u00a0\r\n\u200b\r\nSecond paragraph ends here."
    assert clean_text(blank_looking) == "First paragraph ends here.\n\nSecond paragraph ends here."


def test_junk_lines_between_one_line_paragraphs_are_dropped_and_the_quote_goes_on() -> None:
    raw = "\n".join(PARAGRAPHS[2:5]) + "\nAdvert\n" + "\n".join(PARAGRAPHS[5:]) + "\nREAD MORE: Other news"
    assert clean_text(raw) == "\n\n".join(PARAGRAPHS[2:])
    regions = [r for r in find_quote_regions(clean_text(raw)) if len(r.pieces) == 2]
    assert len(regions) == 1


def test_jsonl_text_with_one_paragraph_per_line_is_split_the_same_way(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    records = [{"id": "ferry-1", "title": HEADLINE, "text": "\n".join(PARAGRAPHS)},
               {"id": "ferry-2", "text": ONE_PER_LINE.replace("\n", "\r\n")}]
    f.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (a, b), errors = read([f])
    assert not errors
    assert a.title == HEADLINE and a.text == EXPECTED
    assert b.title is None and b.text == EXPECTED  # no title field: the headline line is text


def test_long_lines_that_end_with_a_name_are_paragraphs_too() -> None:
    # Readers' comments, each a paragraph of its own ending with the writer's name, no blank lines.
    comments = [
        f"“The bus is the only way my {who} gets to the clinic on the other side of town, and the "
        f"council never once asked us what closing the depot would mean for people like us.” ― {name}"
        for who, name in (("mother", "R. Alvarez"), ("son", "Dee Mensah"), ("neighbour", "Sam Ortiz"),
                          ("sister", "K. Byrne"))
    ]
    assert clean_text("\n".join(comments)) == "\n\n".join(comments)


# --- hard-wrapped text ------------------------------------------------------------------------


def wrapped(paragraphs: list[str], sep: str) -> str:
    return sep.join(textwrap.fill(p, width=72) for p in paragraphs)


def test_hard_wrapped_paragraphs_are_joined_back_into_lines(tmp_path: Path) -> None:
    f = tmp_path / "keeper.txt"
    f.write_text("The Keeper\n\n" + wrapped(PROSE, "\n\n") + "\n", encoding="utf-8")
    (a,), _ = read([f])
    assert a.text == "\n\n".join(["The Keeper", *PROSE])
    crlf = wrapped(PROSE, "\n\n").replace("\n", "\r\n")
    assert clean_text(crlf) == "\n\n".join(PROSE)


def test_hard_wrapped_text_without_blank_lines_is_never_cut_mid_sentence() -> None:
    email = wrapped(PROSE, "\n")  # as in an e-mail whose paragraphs are not set apart
    assert "\n" in email and email.count("\n") > 8
    assert clean_text(email) == " ".join(PROSE)


def test_hard_wrapped_lines_that_end_at_full_stops_stay_joined() -> None:
    # Every line ends with a full stop, but the lines are cut at one width: a wrapped text.
    lines = [
        "The ferry left at six. The crossing took an hour and the sea was calm.",
        "Nobody on board had made the trip before, so they watched the coast.",
        "At seven the pier came into view. A crowd stood waiting at the rails.",
        "The captain sounded the horn twice. Children waved from the harbour.",
        "By eight the last passenger was ashore and the crew began to unload.",
    ]
    assert lines_are_paragraphs([lines]) is False
    assert clean_text("\n".join(lines)) == " ".join(lines)


# --- blank-line paragraphs and mixed layouts ---------------------------------------------------


def test_blank_line_paragraphs_are_unchanged(tmp_path: Path) -> None:
    f = tmp_path / "ferry.txt"
    f.write_text(HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    (a,), _ = read([f])
    assert a.text == EXPECTED


def test_mixed_layouts_stay_as_they_were() -> None:
    # A headline line glued to the first paragraph, the rest set apart by blank lines.
    glued = HEADLINE + "\n" + PARAGRAPHS[2] + "\n\n" + "\n\n".join(PARAGRAPHS[3:])
    assert clean_text(glued) == HEADLINE + " " + "\n\n".join(PARAGRAPHS[2:])
    # A short list on single lines inside an article of blank-line paragraphs.
    listed = ("\n\n".join(PARAGRAPHS[2:6])
              + "\n\n - First stop: Sandwick pier.\n - Second stop: the fish market.")
    assert clean_text(listed).endswith("- First stop: Sandwick pier. - Second stop: the fish market.")
    # A headline, a blank line, then one paragraph per line: the paragraphs are split.
    headed = HEADLINE + "\n\n" + "\n".join(PARAGRAPHS)
    assert clean_text(headed) == EXPECTED


@pytest.mark.parametrize("line,ends", [
    ("He said it was over.", True), ("Was it?", True), ("Stop!", True), ("He said:", True),
    ("“It is over,” he said.", True), ("He called it “a disgrace”", True), ("(See below.)", True),
    ("And then…", True), ("the light needed", False), ("By Lena Marsh", False), ("one, two,", False),
    ("", False),
])
def test_ends_like_sentence(line: str, ends: bool) -> None:
    assert ends_like_sentence(line) is ends


def test_short_texts_long_lines_are_paragraphs_short_wrapped_lines_are_not() -> None:
    # A headline over two long one-line paragraphs: half the broken lines end a paragraph.
    short_story = "\n".join([HEADLINE, PARAGRAPHS[2], PARAGRAPHS[4]])
    assert clean_text(short_story) == "\n\n".join([HEADLINE, PARAGRAPHS[2], PARAGRAPHS[4]])
    # A short wrapped note, one of whose two broken lines happens to end at a full stop.
    note = ("The board met on Monday and agreed the budget. The vote was six\n"
            "to one, and the chair thanked everyone for their patience.\n"
            "We meet again in June.")
    assert clean_text(note) == note.replace("\n", " ")


def test_a_single_line_or_a_headline_over_one_paragraph_is_no_layout() -> None:
    assert lines_are_paragraphs([["Only one line."]]) is False
    assert lines_are_paragraphs([["Ferry returns", "The ferry returns in May."]]) is False
    assert lines_are_paragraphs([["The ferry returns in May.", "Tickets go on sale next week."]]) is True


# --- HTML ---------------------------------------------------------------------------------------


DEPOT_TEXT = "\n\n".join([
    "Council votes to close Millbrook bus depot",
    "Riverside council voted by 31 to 12 on Tuesday night to close the Millbrook bus depot, ending a "
    "year of argument over the site and the 140 jobs based there.",
    "Councillor Hana Petrov, who led the campaign to keep the depot open, said the vote was a mistake. "
    "“This is a sad day for the town and for every driver who has given years of their life to this "
    "service.",
    "“We will keep fighting, and we will be back in the chamber next month with a better plan,” she said.",
    "What happens next",
    "The depot closes at the end of June, after the summer timetable starts.",
    "Drivers and mechanics move to the Eastgate garage.",
    "In a letter to staff, the council leader, Owen Hale, defended the decision.",
    "“It was the only option left to us once the repair bill for the roof arrived.",
    "“Nobody on this council wanted to close Millbrook,” he wrote.",
    "Residents can comment on the plans until 30 April. Letters should go to the town hall.",
])


def test_html_blocks_become_paragraphs_and_the_headline_comes_once() -> None:
    (a,), errors = read([LAYOUT / "depot-vote.html"])
    assert not errors
    assert a.title == "Council votes to close Millbrook bus depot"
    assert a.text == DEPOT_TEXT
    assert a.text.count("Council votes to close") == 1
    assert a.url == "https://example.org/local/millbrook-depot-vote"


def test_html_quotes_over_several_paragraphs_keep_their_marks() -> None:
    (a,), _ = read([LAYOUT / "depot-vote.html"])
    long_quotes = [r for r in find_quote_regions(a.text) if len(r.pieces) == 2]
    starts = [a.text[r.start:r.start + 20] for r in long_quotes]
    assert starts == ["This is a sad day fo", "It was the only opti"]  # <p> to <p>, and inside <blockquote>


def test_html_page_in_a_jsonl_record_reads_as_the_html_file(tmp_path: Path) -> None:
    html = (LAYOUT / "depot-vote.html").read_text(encoding="utf-8")
    f = tmp_path / "pages.jsonl"
    f.write_text(json.dumps({"id": "depot", "text": html}) + "\n"
                 + json.dumps({"id": "depot-2", "title": "Council votes to close Millbrook bus depot.",
                               "text": html}), encoding="utf-8")
    (a, b), errors = read([f])
    assert not errors
    assert a.text == DEPOT_TEXT and a.record_id == "depot"
    assert b.title == "Council votes to close Millbrook bus depot." and b.text.count("Council votes") == 1


def test_html_paragraphs_set_apart_by_line_breaks(tmp_path: Path) -> None:
    body = [PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[4], PARAGRAPHS[5]]
    for sep in ("<br>\n", "<br><br>\n"):
        f = tmp_path / "breaks.html"
        f.write_text(f"<html><head><title>{HEADLINE}</title></head><body><article>"
                     + sep.join(body) + "</article></body></html>", encoding="utf-8")
        (a,), _ = read([f])
        assert a.text == "\n\n".join([HEADLINE, *body]), sep


def test_the_mine_example_has_its_paragraphs() -> None:
    (a,), _ = read([ROOT / "examples" / "mine-collapse.html"])
    paras = paragraphs_of(a.text)
    assert paras[0] == a.title == "At least 23 dead after shaft collapse at Limpopo coal mine"
    assert paras[1].startswith("At least 23 workers were killed")
    assert len(paras) == 11 and a.text.count("At least 23 dead") == 1


@pytest.mark.parametrize("a,b,same", [
    ("Council votes to close depot", "Council votes to close depot", True),
    ("Council votes to close depot", "COUNCIL VOTES TO CLOSE DEPOT.", True),
    ("Council votes to close depot", "Council votes to close depot | The Riverside Post", True),
    ("The Riverside Post - Council votes to close depot", "Council votes to close depot", True),
    ("Council votes to close depot", "What happens next", False),
    ("Depot", "Depot | Riverside Post", False),  # too short to tell from a site name
    ("Council votes to close depot", "Council votes to close depot after a year of argument", False),
])
def test_same_headline(a: str, b: str, same: bool) -> None:
    assert same_headline(a, b) is same
