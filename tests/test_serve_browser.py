"""kgraph serve in a real browser: Debian's chromium, headless, driven by Playwright (never a
downloaded browser). Search finds an entity, its page lists a quote, and clicking the quote opens
the article with the quote's characters highlighted; each page's screenshot is kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES

import kgraph
from kgraph.serve import create_app
from kgraph.serve.background import BackgroundServer

pytestmark = [pytest.mark.model, pytest.mark.browser]

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("KGRAPH_REQUIRE_TOOLS"):
            pytest.fail("chromium is not installed, and KGRAPH_REQUIRE_TOOLS is set")
        pytest.skip("chromium is not installed (CI installs Debian's)")
    return path


def test_search_entity_quote_article(tmp_path: Path) -> None:
    executable = chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    result = kgraph.build([str(EXAMPLES)], tmp_path / "out")
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with BackgroundServer(create_app(result.outputs["trig"])) as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(url)
            page.screenshot(path=str(shots / "home.png"), full_page=True)
            page.fill("header input[name=q]", "okafor")
            page.click("header button[type=submit]")
            page.wait_for_url("**/search?q=okafor")
            page.screenshot(path=str(shots / "search.png"), full_page=True)
            page.click("a.result:text('Amara Okafor')")
            page.wait_for_url("**/person/amara-okafor")
            assert page.locator("h1").inner_text().startswith("Amara Okafor")
            quote = page.locator("#quotes-by ~ table a.quote").first
            text = quote.inner_text().strip("“”")
            assert "harbours" in text
            page.screenshot(path=str(shots / "entity.png"), full_page=True)
            quote.click()
            page.wait_for_url("**/doc/examples/port-deal.txt#quote-*")
            focused = page.locator("#text .seg.focus")
            page.wait_for_function("document.querySelectorAll('#text .seg.focus').length > 0")
            marked = "".join(focused.all_inner_texts())
            # The quote's pieces, and nothing but them, are highlighted (the attribution between
            # the two pieces is not).
            assert marked.replace("“", "").replace("”", "").replace(",", "").replace(" ", "") == \
                text.replace(",", "").replace(" ", "")
            top = page.evaluate("document.querySelector('#text .seg.focus').getBoundingClientRect().top")
            assert 0 <= top < 900  # scrolled to
            page.screenshot(path=str(shots / "article.png"), full_page=False)
            # A fact's link (#char=b,e) highlights its characters too.
            page.goto(url + "doc/examples/port-deal.txt#char=970,991")
            page.wait_for_function("document.querySelectorAll('#text .seg.focus').length > 0")
            assert "".join(page.locator("#text .seg.focus").all_inner_texts()) == "Okafor's son, Kelechi"
            page.goto(url + "graph?iri=https%3A%2F%2Fexample.org%2Fkgraph%2Fperson%2Famara-okafor")
            assert page.locator("svg.neighbourhood g.node").count() >= 2
            page.screenshot(path=str(shots / "neighbourhood.png"), full_page=True)
            page.goto(url + "quotes?speaker=Amara+Okafor")
            page.screenshot(path=str(shots / "quotes.png"), full_page=True)
            page.goto(url + "sparql")
            page.click("form.sparql button[type=submit]")
            page.wait_for_selector("table.results")
            page.screenshot(path=str(shots / "sparql.png"), full_page=True)
        finally:
            browser.close()
    for name in ("home", "search", "entity", "article", "neighbourhood", "quotes", "sparql"):
        assert (shots / f"{name}.png").stat().st_size > 1000, name
