"""End to end in headless Chromium: uvicorn on a fixture DB, pages driven through playwright.

Needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium); skipped
without it unless LETOPIS_REQUIRE_BROWSER=1, which turns the skip into a failure.
Screenshots go to docs/screenshots/.
"""
from __future__ import annotations

import os
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_db import HOSTILE_IMG, HOSTILE_SCRIPT, build_fixture_db  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def require_browser() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("LETOPIS_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn serving the fixture DB (real pipeline for ingest) in a background thread."""
    require_browser()
    import uvicorn

    from letopis.api.app import create_app

    path = tmp_path_factory.mktemp("e2e") / "fixture.duckdb"
    docs = build_fixture_db(path)
    port = free_port()
    config = uvicorn.Config(create_app(str(path)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        if not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "docs": docs}
    srv.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that refuses any request off the local server and records dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.external = []
    page.dialogs = []

    def route(r):
        if r.request.url.startswith(server["base"]):
            r.continue_()
        else:
            page.external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    assert page.external == [], f"pages must work offline, but asked for {page.external}"
    assert page.dialogs == [], f"a dialog fired: {page.dialogs}"
    context.close()


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_explorer_filter_to_evidence(page, server):
    page.goto(server["base"] + "/")
    assert page.locator("tr.event-row").count() == 10
    page.fill("input[name=pair]", "KAZ-AZE")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**pair=KAZ-AZE**")
    rows = page.locator("tr.event-row")
    assert rows.count() == 7
    shoot(page, "explorer.png")
    first = rows.first
    doc_id, i = first.get_attribute("data-doc"), first.get_attribute("data-event")
    evidence = httpx.get(f"{server['base']}/api/events", params={"doc_id": doc_id}).json()["events"]
    expected = next(e["evidence"] for e in evidence if str(e["i"]) == i)
    first.locator("a.evidence-link").click()
    page.wait_for_url(f"**/documents/{doc_id}#event-{i}")
    marked = page.locator(f"#event-{i}")
    assert marked.is_visible()
    assert "evidence" in marked.get_attribute("class")
    assert expected in marked.inner_text()
    assert page.locator(".evidence.current").count() >= 1
    assert page.locator(".doc-text .trigger").count() >= 1 and page.locator(".doc-text .ent").count() >= 3
    shoot(page, "article.png")


def test_dyad_chart_has_bars(page, server):
    page.goto(server["base"] + "/dyad")
    assert page.locator("h1").inner_text().startswith("Dyad: KAZ")
    assert page.locator("#dyad-chart rect.bar").count() >= 3
    assert page.locator("#dyad-chart polyline.goldstein").count() == 1
    shoot(page, "dyad.png")
    page.select_option("select[name=kind]", "actor")
    page.fill("input[name=a]", "Токаев")
    page.fill("input[name=b]", "Алиев")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**kind=actor**")
    assert page.locator("#dyad-chart rect.bar").count() == 2


def test_network_and_actor_pages(page, server):
    page.goto(server["base"] + "/network")
    assert page.locator("#network-chart .node").count() == 4
    assert page.locator("#network-chart line.edge").count() >= 3
    shoot(page, "network.png")
    page.goto(server["base"] + "/actors")
    page.click("text=Касым-Жомарт Токаев")
    page.wait_for_url("**/actors/**")
    assert page.locator("h1.actor-name").inner_text().startswith("Касым-Жомарт Токаев")
    assert page.locator(".mentions-chart rect.bar").count() == 3
    assert page.locator("table.partners tbody tr").count() == 3
    shoot(page, "actor.png")


def test_hostile_article_shows_as_text(page, server):
    page.goto(server["base"] + "/documents?q=onerror")
    page.locator("table.documents a").first.click()
    page.wait_for_url("**/documents/**")
    assert HOSTILE_SCRIPT in page.locator("h1.doc-title").inner_text()
    body = page.locator("#doc-text").inner_text()
    assert HOSTILE_SCRIPT in body and HOSTILE_IMG in body
    assert page.locator("#doc-text img, #doc-text script, h1 script").count() == 0
    assert page.title().startswith(HOSTILE_SCRIPT)
    # the page fixture asserts after the test that no alert dialog fired


def test_ingest_seeds_through_the_api(page, server, shared_dir):
    """The two seeds through POST /api/ingest and the real pipeline: listed, and their pages render."""
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert len(seeds) == 2
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in seeds]
    response = httpx.post(server["base"] + "/api/ingest", files=files, timeout=600)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["errors"] == [] and len(body["documents"]) == 2, body
    page.goto(server["base"] + "/documents")
    links = [page.locator(f'table.documents a[href="/documents/{i}"]') for i in body["documents"]]
    assert all(link.count() == 1 for link in links)
    for doc_id in body["documents"]:
        page.goto(f"{server['base']}/documents/{doc_id}")
        assert len(page.locator("#doc-text").inner_text()) > 200
        assert page.locator("h1.doc-title").inner_text().strip()


def test_ingest_form_in_the_browser(page, server):
    page.goto(server["base"] + "/ingest")
    page.fill("textarea[name=text]", "Казахстан и Азербайджан обсудили развитие Среднего коридора.")
    page.fill("input[name=title]", "Средний коридор")
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#ingest-result a, #ingest-result .error-message", timeout=600_000)
    result = page.locator("#ingest-result").inner_text()
    assert "Written 1" in result, result
    page.locator("#ingest-result a").first.click()
    page.wait_for_url("**/documents/**")
    assert "Среднего коридора" in page.locator("#doc-text").inner_text()
