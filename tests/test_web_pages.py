"""The web app's pages in a real browser: Debian's headless Chromium driven by Playwright,
against ``newsevents serve`` started as a subprocess on a free port over a copy of the
examples store (writable, with a token). One server and one browser for the module.

Each test uses a page as a person would (paste an article and code it, upload a file,
click events, filter the event browser, follow the charts' links), fails on any console
error or uncaught script error (a Content-Security-Policy violation is one), and saves a
screenshot: into a temporary folder, or into ``$NEWSEVENTS_SCREENSHOTS`` when set (the
README's come from ``NEWSEVENTS_SCREENSHOTS=docs/screenshots pytest tests/test_web_pages.py``).

Chromium is Debian's ``/usr/bin/chromium`` (``.ci/run`` installs it); without it these
tests skip, except in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TOKEN = "pages-token-5678"

# Invented reports, written for these tests.
ARTICLE = ("NAIROBI, June 3 (Wire) - Kenyan police fired tear gas at hundreds of protesters who "
           "marched on parliament in Nairobi on Tuesday against a new finance bill, and arrested "
           "at least 40 people.\n\nInterior minister Kipchumba Murkomen said officers had acted "
           "to protect public property. \"We will not allow anarchy,\" he told reporters.\n\n"
           "The Law Society of Kenya condemned the arrests and urged the government to release "
           "the detainees.")
XSS = ("Police detained 20 protesters in Minsk on Friday. <script>window.__xss = 1;"
       "alert('x')</script> Witnesses said <img src=x onerror=\"window.__xss = 2; alert(2)\"> "
       "officers beat several of them. <a href=\"javascript:window.__xss = 3\">Read more</a> "
       "<svg onload=\"window.__xss = 4\"></svg> The European Union condemned the arrests.")


def _chromium() -> str:
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run in CI: {reason}")
        pytest.skip(reason)
    pytest.importorskip("playwright.sync_api")
    return CHROMIUM


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"newsevents serve exited: {log.read_text()[-2000:]}")
        try:  # up: the pipeline goes on loading, the first coding waits for it
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"newsevents serve did not come up: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def server(examples_store, tmp_path_factory):
    """``newsevents serve --write --token ...`` on a free port; yields its base URL."""
    _chromium()
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "pages.duckdb"
    shutil.copy(examples_store, db)
    port = _free_port()
    log = folder / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port",
             str(port), "--write", "--token", TOKEN, "--log-level", "warning"],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/api/stats", process, log)
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the group we started: server and coder
            process.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    wanted = os.environ.get("NEWSEVENTS_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server):
    """A fresh page on the server; the test fails on console errors and script errors,
    and on any dialog (alert) opened."""
    context = browser.new_context(base_url=server, viewport={"width": 1360, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
            if r.status >= 400 else None)

    def dialog(d):
        problems.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not problems, problems


def test_paste_an_article_code_it_and_select_an_event(page, shots):
    page.goto("/")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=title]", "Nairobi finance bill protest")
    page.fill("input[name=published]", "2025-06-03")
    page.click("button.primary")
    page.wait_for_selector("button.event-item", timeout=60_000)  # the pipeline may load
    assert page.locator("h2.article-title").inner_text() == "Nairobi finance bill protest"
    for kind in ("k-actor", "k-place", "k-time", "k-quote", "k-trigger"):
        assert page.locator(f"#annotated .{kind}").count() > 0, kind
    tear_gas = page.locator("button.event-item", has_text="fired").first
    tear_gas.click()
    assert "selected" in tear_gas.get_attribute("class")
    assert page.locator("#annotated.focus").count() == 1
    assert page.locator("#annotated .on-trigger").inner_text() == "fired"
    assert page.locator("#annotated .on-actor").first.inner_text().lower() == "kenyan police"
    places = page.locator("#annotated .on-place").all_inner_texts()
    assert "nairobi" in " ".join(places).lower()
    assert page.url.endswith("#" + tear_gas.get_attribute("data-event"))
    page.screenshot(path=str(shots / "code.png"))
    page.keyboard.press("Escape")
    assert page.locator("#annotated .on-trigger").count() == 0


def test_upload_a_text_file(page, tmp_path):
    path = tmp_path / "nairobi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    page.goto("/")
    page.set_input_files("input[name=file]", str(path))
    page.fill("input[name=published]", "2025-06-03")
    page.click("button.primary")
    page.wait_for_selector("button.event-item")
    assert "tear gas" in page.locator("#annotated").inner_text()


def test_a_stored_article_opens_on_its_event(page, shots):
    page.goto("/articles/attack#V3")
    selected = page.locator("button.event-item.selected")
    assert selected.get_attribute("data-event") == "V3"
    assert page.locator("#annotated .on-trigger").inner_text() == "shelled"
    assert page.locator("#annotated .on-actor").first.inner_text() == "Russian forces"
    assert page.locator("#annotated .on-place").count() > 0
    page.screenshot(path=str(shots / "article.png"))
    # a trigger in the text selects its event
    page.locator("#annotated .k-trigger:not(.on-trigger)").first.click()
    chosen = page.locator("button.event-item.selected").get_attribute("data-event")
    assert chosen != "V3"
    # an actor chip lights up all its mentions; the legend hides a kind
    page.click("summary:has-text('Actors')") if not page.is_visible("button.chip") else None
    page.locator("button.chip.k-actor", has_text="Kharkiv").first.click()
    assert page.locator("#annotated .on-entity").count() >= 2
    page.uncheck("input[data-toggle=place]")
    assert "hide-place" in page.locator("#annotated").get_attribute("class")


def test_filter_the_event_browser_and_follow_an_event(page, server, shots):
    page.goto("/events")
    page.fill("input[name=event]", "ASSAULT")
    page.fill("input[name=actor]", "RUS")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?event=ASSAULT&actor=RUS")  # empty fields are not sent
    with urllib.request.urlopen(f"{server}/api/events?event=ASSAULT&actor=RUS") as response:
        total = json.load(response)["total"]
    assert page.locator("strong.total").inner_text() == str(total)
    badges = page.locator("table.events-table .badge").all_inner_texts()
    assert badges and set(badges) == {"ASSAULT"}
    page.screenshot(path=str(shots / "events.png"))
    page.locator("table.events-table td a").first.click()
    page.wait_for_selector("button.event-item.selected")
    assert page.locator("#annotated .on-trigger").count() == 1


def test_timeline_bars_lead_to_their_events(page, shots):
    page.goto("/timeline?interval=week")
    assert page.locator("svg.timeline-chart rect.bar").count() > 5
    page.screenshot(path=str(shots / "timeline.png"))
    page.select_option("select[name=by]", "quad")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**by=quad**")
    page.locator("svg.timeline-chart a").first.click()
    page.wait_for_url("**/events?**since=**")
    assert "quad=" in page.url and page.locator("table.events-table tbody tr").count() > 0


def test_map_points_lead_to_their_events(page, shots):
    page.goto("/map")
    points = page.locator("svg.map-chart circle.point")
    assert points.count() >= 5
    assert page.locator("svg.map-chart path.country").count() > 150
    page.screenshot(path=str(shots / "map.png"))
    page.goto("/map?quad=material_conflict")
    assert set(page.locator("svg.map-chart circle.point").evaluate_all(
        "els => els.map(e => e.dataset.quad)")) == {"material_conflict"}
    page.locator("svg.map-chart a").last.click()  # the smallest circle: drawn on top
    page.wait_for_url("**/events?**place=**")
    assert page.locator("table.events-table tbody tr").count() > 0


def test_network_lights_up_an_actors_links(page, shots):
    page.goto("/network")
    nodes = page.locator("svg.network-chart a.node-link")
    assert nodes.count() >= 10 and page.locator("svg.network-chart path.edge").count() >= 5
    page.screenshot(path=str(shots / "network.png"))
    busiest = page.locator("svg.network-chart a.node-link circle").first
    busiest.hover()
    assert "dim" in page.locator("svg.network-chart").get_attribute("class")
    assert page.locator("svg.network-chart path.edge.lit").count() >= 1


def test_every_page_loads_without_errors(page):
    for path in ("/", "/?example=1", "/articles", "/articles?q=police", "/events?sort=-date",
                 "/timeline?by=quad&interval=month", "/map?event=PROTEST", "/network?nodes=20",
                 "/docs"):
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("header nav a.active").count() == 1, path


def test_article_html_never_runs(page, server):
    """Markup in an article's text, title and url is shown as text, in the coding page and
    in every page that shows the stored article: no script runs, no dialog opens."""
    page.goto("/")
    page.fill("textarea[name=text]", XSS)
    page.fill("input[name=title]", "<img src=x onerror=\"window.__xss = 5\">")
    page.fill("input[name=published]", "2025-05-02")
    page.check("input[name=store]")
    page.fill("input[name=token]", TOKEN)
    page.click("button.primary")
    page.wait_for_selector("button.event-item")
    assert "stored" in page.locator("p.meta").inner_text()
    shown = page.locator("#annotated").inner_text()
    assert "<script>window.__xss = 1;" in shown and "<img src=x onerror=" in shown
    stored_id = page.locator("p.meta code").inner_text()
    request = urllib.request.Request(
        f"{server}/api/code", method="POST",
        data=json.dumps({"text": XSS + " Two were released.", "id": "xss-url",
                         "url": "javascript:window.__xss = 6", "store": True,
                         "title": "</title><script>window.__xss = 7</script>"}).encode(),
        headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 201
    for path in ("/", f"/articles/{stored_id}", "/articles/xss-url", "/articles",
                 "/events?article=xss-url", "/events?text=onerror", "/network?text=Minsk"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator('a[href^="javascript:"]').count() == 0, path
        assert page.locator("#annotated script, #annotated img, #annotated svg").count() == 0
    page.goto("/articles/xss-url")
    for button in page.locator("button.event-item").all():
        button.click()
    page.locator("#annotated", has_text="Read more").click()
    assert page.evaluate("typeof window.__xss") == "undefined"
