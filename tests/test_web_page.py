"""The review page at GET /: served by the app alone, and working in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
BLAMEFUL = (ROOT / "examples" / "blameful.md").read_text(encoding="utf-8")
# Astral characters (two UTF-16 units each, one code point) before a finding and inside
# another: a page that mixes up the two units puts the highlights on the wrong letters.
EMOJI = (
    "# Outage 🔥\n\n## Root Cause\n\n"
    "👩‍💻🚀 At 𝟗:10 Dave forgot to renew the certificate, so the API went down.\n"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# ---- served by the app ---------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    return create_app({"preload_model": False}).test_client()


class _Refs(HTMLParser):
    """The URLs an HTML page points at: what it loads, and where its links go."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "action", "formaction", "srcset", "poster"} and value:
                (self.links if tag == "a" else self.loads).append(value)


def _refs(path: str, text: str, *, links: bool = False) -> list[str]:
    """The URLs a page, stylesheet or module loads (and, with `links`, links to)."""
    if path.endswith(".js"):
        return re.findall(r"""(?:import|from)\s*\(?\s*["']([^"']+)["']""", text)
    if path.endswith(".css"):
        return re.findall(r"""(?:url\(\s*|@import\s+)["']?([^"')\s]+)""", text)
    parser = _Refs()
    parser.feed(text)
    return parser.loads + parser.links if links else parser.loads


def _crawl(client) -> dict[str, object]:
    """The page and everything it loads from the app, by path, following imports."""
    seen: dict[str, object] = {}
    todo = ["/"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        response = client.get(path)
        seen[path] = response
        for ref in _refs(path, response.get_data(as_text=True)):
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc:  # data: URLs; anything else fails the test below
                continue
            base = path.rsplit("/", 1)[0]
            todo.append(ref if ref.startswith("/") else f"{base}/{ref.removeprefix('./')}")
    return seen


def test_page_is_html_with_a_same_origin_policy(client) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.mimetype == "text/html" and r.mimetype_params["charset"] == "utf-8"
    csp = r.headers["Content-Security-Policy"]
    for directive in ("default-src 'none'", "script-src 'self'", "connect-src 'self'"):
        assert directive in csp
    page = r.get_data(as_text=True)
    assert '<label for="text">' in page and '<label for="token">' in page
    assert 'role="status"' in page and 'role="alert"' in page


def test_page_and_its_assets_are_served_with_their_types(client) -> None:
    seen = _crawl(client)
    expected = {"/static/review.css", "/static/review.js", "/static/highlight.js"}
    expected.add("/static/report.js")
    assert expected <= set(seen)
    types = {".css": "text/css", ".js": "text/javascript", "/": "text/html"}
    for path, response in seen.items():
        assert response.status_code == 200, path
        suffix = "/" if path == "/" else Path(path).suffix
        assert response.mimetype == types[suffix], path


def test_nothing_comes_from_another_origin(client) -> None:
    for path, response in _crawl(client).items():
        text = response.get_data(as_text=True)
        for ref in _refs(path, text, links=True):
            parts = urlsplit(ref)
            assert parts.scheme in ("", "data") and not parts.netloc, (path, ref)
        assert "http://" not in text and "https://" not in text, path


def test_rules_page_documents_every_rule_at_its_anchor(client) -> None:
    from rules import RULES

    r = client.get("/rules")
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    page = r.get_data(as_text=True)
    for rule in RULES:
        assert f'id="{rule.code.lower()}-{rule.name}"' in page, rule.code
        assert "Why is this bad?" in page
    assert all(not urlsplit(ref).netloc for ref in _refs("/rules", page, links=True))
    assert 'href="/rules"' in client.get("/").get_data(as_text=True)


# ---- in a real browser -----------------------------------------------------------------


def _post(base: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        base + path, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def browser(request, tmp_path_factory):
    """(page, base URL, page errors): headless Debian Chromium on `pmlint serve`."""
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("no 'chromium' on PATH: install Debian's chromium to run the browser test")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[dev]'")
    base = request.getfixturevalue("live_server")
    with sync_playwright() as pw:
        try:
            context = pw.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("chromium-profile")),
                executable_path=exe,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
            )
        except Error as exc:
            pytest.skip(f"Playwright could not launch {exe}: {exc.message.splitlines()[0]}")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        context.set_default_timeout(10_000)
        page = context.pages[0] if context.pages else context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(base)
        yield page, base, errors
        context.close()


def _mark_texts(page) -> dict[int, str]:
    """For each finding index, the text of its highlight (its pieces joined in order)."""
    pieces = page.eval_on_selector_all(
        "#rendered mark",
        "ms => ms.map(m => [m.dataset.findings.split(' ').map(Number), m.textContent])",
    )
    texts: dict[int, str] = {}
    for items, text in pieces:
        for i in items:
            texts[i] = texts.get(i, "") + text
    return texts


def _review(page, text: str, *, keys: str | None = None) -> None:
    from playwright.sync_api import expect

    if page.is_visible("#edit"):
        page.click("#edit")
    page.fill("#text", text)
    page.evaluate("document.getElementById('status').textContent = ''")
    if keys:
        page.press("#text", keys)
    else:
        page.click("#review")
    expect(page.locator("#status")).to_have_text(re.compile(r"finding"))


def _assert_highlights_match(page, text: str, findings: list[dict]) -> None:
    assert page.text_content("#rendered") == text  # the rendering is the text, unchanged
    texts = _mark_texts(page)
    for i, f in enumerate(findings):
        # Python slices by code point, as the API counts: the ground truth.
        assert texts.get(i, "") == text[f["offset"] : f["offset"] + f["length"]], f


def test_review_highlights_lists_and_summarises(browser) -> None:
    from playwright.sync_api import expect

    page, base, errors = browser
    expected = _post(base, "/v1/lint", {"text": BLAMEFUL})
    findings, summary, stats = expected["findings"], expected["summary"], expected["stats"]
    _review(page, BLAMEFUL)

    _assert_highlights_match(page, BLAMEFUL, findings)
    by_text = {
        (m["text"], findings[i]["rule"])
        for m in page.eval_on_selector_all(
            "#rendered mark[tabindex='0']",
            "ms => ms.map(m => ({text: m.textContent, items: m.dataset.findings}))",
        )
        for i in map(int, m["items"].split())
    }
    assert ("Be more careful", "PM302") in by_text and ("Dave pushed", "PM101") in by_text

    assert page.locator("li.finding").count() == len(findings)
    sections: dict[str, int] = {}
    for f in findings:
        title = f["section"] or "Before the first heading"
        sections[title] = sections.get(title, 0) + 1
    headings = page.eval_on_selector_all(".group h3", "hs => hs.map(h => h.textContent)")
    assert headings == [f"{title} ({n})" for title, n in sections.items()]
    assert page.locator("li.finding details.why summary").count() == len(findings)

    counts = page.eval_on_selector_all(
        "[data-count]", "bs => Object.fromEntries(bs.map(b => [b.dataset.count, +b.textContent]))"
    )
    assert counts == {k: summary[k] for k in ("errors", "warnings", "infos")}
    assert page.text_content("[data-stat=words]") == str(stats["words"])
    assert page.text_content("[data-stat=sentences]") == str(stats["sentences"])
    ease = f"{stats['readability']['flesch_reading_ease']:.1f}"
    assert page.text_content("[data-stat=flesch_reading_ease]") == ease
    assert page.text_content("#status") == (
        f"{len(findings)} findings: {summary['errors']} errors, "
        f"{summary['warnings']} warnings, {summary['infos']} info."
    )

    # Hovering shows the finding under the pointer and the one around it (the TL;DR's).
    page.hover("#rendered mark:text-is('Dave pushed')")
    tip = page.locator("#tip")
    expect(tip).to_contain_text("'Dave' is named as the agent of 'pushed'")
    expect(tip).to_contain_text("PM404")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-page.png"))
    assert errors == []


def test_a_finding_in_the_list_shows_its_highlight_and_note(browser) -> None:
    from playwright.sync_api import expect

    page, _, errors = browser
    _review(page, BLAMEFUL)
    item = page.locator("li.finding", has=page.locator("code.rule", has_text="PM302"))
    message = item.locator(".message").text_content()
    suggestion = item.locator(".suggestion").text_content()
    item.locator("button.goto").click()

    focused = page.evaluate("document.activeElement.matches('#rendered mark')")
    assert focused and page.evaluate("document.activeElement.textContent") == "Be more careful"
    tip = page.locator("#tip")
    expect(tip).to_be_visible()  # once the highlight has scrolled into view
    assert message in tip.text_content() and suggestion in tip.text_content()
    assert page.get_attribute("#rendered mark:focus", "aria-describedby") == "tip"

    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.keyboard.press("Enter")  # from a highlight back to its entry in the list
    assert page.evaluate("document.activeElement.closest('li.finding').id") == item.get_attribute(
        "id"
    )
    assert errors == []


def test_copy_review_as_markdown_matches_the_review_endpoint(browser) -> None:
    from playwright.sync_api import expect

    page, base, errors = browser
    _review(page, BLAMEFUL)
    page.click("#copy")
    expect(page.locator("#status")).to_have_text("Copied the review as Markdown.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == _post(base, "/v1/review", {"text": BLAMEFUL, "path": "postmortem.md"})["body"]
    assert errors == []


def test_ctrl_enter_reviews_and_emoji_keep_highlights_in_place(browser) -> None:
    page, base, errors = browser
    findings = _post(base, "/v1/lint", {"text": EMOJI})["findings"]
    _review(page, EMOJI, keys="Control+Enter")

    _assert_highlights_match(page, EMOJI, findings)
    marks = page.eval_on_selector_all("#rendered mark", "ms => ms.map(m => m.textContent)")
    assert "Dave forgot" in marks and "Outage 🔥" in marks
    assert page.locator("li.finding").count() == len(findings)
    assert errors == []


def test_errors_are_shown_and_the_token_is_sent(browser) -> None:
    from playwright.sync_api import expect

    page, _, errors = browser
    alert = page.locator("#error")
    if page.is_visible("#edit"):
        page.click("#edit")
    page.fill("#text", "  ")
    page.click("#review")
    expect(alert).to_have_text(re.compile("Paste or open a post-mortem first"))

    sent: list[str | None] = []

    def invalid(route) -> None:
        sent.append(route.request.headers.get("authorization"))
        details = [{"loc": ["text"], "msg": "Field required", "type": "missing"}]
        body = {"error": "invalid_request", "message": "bad fields", "details": details}
        route.fulfill(status=422, content_type="application/json", body=json.dumps(body))

    page.click("summary:text('API token')")
    page.fill("#token", "s3cret")
    page.route("**/v1/lint", invalid)
    page.fill("#text", BLAMEFUL)
    page.click("#review")
    expect(alert).to_contain_text("bad fields (422 invalid_request)")
    expect(alert).to_contain_text("text: Field required")
    assert sent == ["Bearer s3cret"]
    page.unroute("**/v1/lint")

    page.route("**/v1/lint", lambda route: route.fulfill(status=401, json={"error": "x"}))
    page.click("#review")
    expect(alert).to_contain_text("needs a valid API token")
    page.unroute("**/v1/lint")

    page.route("**/v1/lint", lambda route: route.abort())
    page.click("#review")
    expect(alert).to_contain_text("Could not reach the pmlint server")
    page.unroute("**/v1/lint")
    assert errors == []


def test_overlapping_findings_nest_or_split_at_the_right_characters(browser) -> None:
    page, _, errors = browser
    html = page.evaluate(
        """async () => {
          const src = document.querySelector("script[type=module]").src;
          const { highlight, spanGroups } = await import(src.replace("review.js", "highlight.js"));
          const text = "😀abcdefgh";
          const spans = [[0, 5], [2, 6], [2, 6], [3, 1], [9, 0]];  // code points
          const findings = spans.map(([offset, length]) => ({ offset, length }));
          const root = document.createElement("div");
          root.append(highlight(text, spanGroups(text, findings), (group, continued) => {
            const mark = document.createElement("mark");
            mark.title = group.items.join(" ") + (continued ? " (continued)" : "");
            return mark;
          }));
          return root.innerHTML;
        }"""
    )
    # 0 contains 3 and crosses 1-2 (same span, one mark), which goes on after 0 ends;
    # 4 is empty, at the very end.
    assert html == (
        '<mark title="0">😀a<mark title="1 2">b<mark title="3">c</mark>d</mark></mark>'
        '<mark title="1 2 (continued)">efg</mark>h<mark title="4"></mark>'
    )
    assert errors == []
