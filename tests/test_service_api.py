"""The JSON API: inputs, outputs, errors, limits, token, CORS. Flask's test client."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
BLAMEFUL = (ROOT / "examples" / "blameful.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    return create_app({"preload_model": False}).test_client()


@pytest.fixture(scope="module")
def guarded():
    app = create_app(
        {"preload_model": False, "api_token": "s3cret", "cors_origins": ["https://ok.example"]}
    )
    return app.test_client()


def test_lint_json(client) -> None:
    r = client.post("/v1/lint", json={"text": BLAMEFUL, "filename": "blameful.md"})
    assert r.status_code == 200
    body = r.get_json()
    rules = {f["rule"] for f in body["findings"]}
    assert {"PM101", "PM201", "PM302", "PM401"} <= rules
    assert body["summary"]["errors"] == sum(f["severity"] == "error" for f in body["findings"])
    stats = body["stats"]
    assert stats["words"] > 100 and stats["sentences"] > 5 and stats["action_items"] == 5
    assert [s["kind"] for s in stats["sections"]][1:3] == ["summary", "timeline"]
    assert set(stats["readability"]) >= {"flesch_reading_ease", "flesch_kincaid_grade"}


def test_lint_matches_the_cli_engine(client) -> None:
    from linter.engine import lint_text

    r = client.post("/v1/lint", json={"text": BLAMEFUL})
    expected = [f.model_dump(mode="json") for f in lint_text(BLAMEFUL).findings]
    assert r.get_json()["findings"] == expected


@pytest.mark.parametrize("mime", ["text/markdown", "text/plain", "text/x-markdown"])
def test_lint_raw_text_body(client, mime: str) -> None:
    r = client.post("/v1/lint?filename=x.md", data=BLAMEFUL.encode(), content_type=mime)
    assert r.status_code == 200
    assert any(f["rule"] == "PM101" for f in r.get_json()["findings"])


def test_request_config_is_applied(client) -> None:
    body = {"text": BLAMEFUL, "config": {"select": ["PM3"], "severity": {"PM303": "info"}}}
    found = client.post("/v1/lint", json=body).get_json()["findings"]
    assert found and all(f["rule"].startswith("PM3") for f in found)
    assert {f["severity"] for f in found if f["rule"] == "PM303"} == {"info"}
    body = {"text": BLAMEFUL, "config": {"options": {"PM307": {"max_action_items": 2}}}}
    found = client.post("/v1/lint", json=body).get_json()["findings"]
    assert any(f["rule"] == "PM307" for f in found)


def test_review(client) -> None:
    r = client.post("/v1/review", json={"text": BLAMEFUL, "path": "docs/pm/payments.md"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["body"].startswith("### pmlint review of `docs/pm/payments.md`")
    assert "| Line | Rule | Severity | Finding |" in body["body"]
    lines = {f["line"] for f in body["findings"]}
    assert {c["line"] for c in body["comments"]} == lines
    assert all(
        c["side"] == "RIGHT" and c["path"] == "docs/pm/payments.md" for c in body["comments"]
    )


def test_review_needs_a_path(client) -> None:
    r = client.post("/v1/review", json={"text": BLAMEFUL})
    assert r.status_code == 422
    assert r.get_json()["details"][0]["loc"] == ["path"]


def test_rules_healthz_openapi(client) -> None:
    rules = client.get("/v1/rules").get_json()
    assert {r["code"] for r in rules} >= {"PM101", "PM303", "PM502"}
    assert all("## Why is this bad?" in r["doc"] for r in rules)
    health = client.get("/healthz").get_json()
    assert health["status"] == "ok" and health["model"]
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0"
    assert set(spec["paths"]) >= {"/v1/lint", "/v1/review", "/v1/rules", "/healthz"}
    schemas = spec["components"]["schemas"]
    assert {"LintRequest", "LintResponse", "Finding", "ErrorResponse"} <= set(schemas)
    assert set(schemas["Finding"]["required"]) >= {"rule", "offset", "length", "suggestion"}


@pytest.mark.parametrize(
    "kwargs, status, error",
    [
        ({"data": "{not json", "content_type": "application/json"}, 400, "malformed_json"),
        ({"data": "[1, 2]", "content_type": "application/json"}, 400, "malformed_json"),
        ({"data": "[" * 100_000, "content_type": "application/json"}, 400, "malformed_json"),
        ({"data": b"\xff\xfe", "content_type": "text/markdown"}, 400, "bad_encoding"),
        ({"data": "text", "content_type": "application/xml"}, 415, "unsupported_media_type"),
        ({"data": "text"}, 415, "unsupported_media_type"),
        ({"json": {"txt": "x"}}, 422, "invalid_request"),
        ({"json": {"text": 12}}, 422, "invalid_request"),
        ({"json": {"text": "x", "config": {"select": ["PM999"]}}}, 422, "invalid_config"),
        (
            {"json": {"text": "x", "config": {"severity": {"PM101": "loud"}}}},
            422,
            "invalid_request",
        ),
        (
            {"json": {"text": "x", "config": {"options": {"PM307": {"nope": 1}}}}},
            422,
            "invalid_config",
        ),
    ],
)
def test_client_errors_are_json(client, kwargs: dict, status: int, error: str) -> None:
    r = client.post("/v1/lint", **kwargs)
    assert r.status_code == status
    assert r.is_json and r.get_json()["error"] == error and r.get_json()["message"]


def test_unknown_route_and_method(client) -> None:
    r = client.get("/v1/nothing")
    assert r.status_code == 404 and r.get_json()["error"] == "not_found"
    r = client.get("/v1/lint")
    assert r.status_code == 405 and "POST" in r.headers["Allow"] and r.is_json


def test_limits() -> None:
    client = create_app({"preload_model": False, "max_request_bytes": 1000,
                         "max_text_chars": 200}).test_client()  # fmt: skip
    r = client.post("/v1/lint", json={"text": "x" * 2000})
    assert r.status_code == 413 and r.is_json
    r = client.post("/v1/lint", json={"text": "x" * 300})
    assert r.status_code == 413 and r.get_json()["error"] == "text_too_long"
    assert client.post("/v1/lint", json={"text": "x" * 100}).status_code == 200


def test_token_is_required_on_post_only(guarded) -> None:
    assert guarded.post("/v1/lint", json={"text": "x"}).status_code == 401
    bad = {"Authorization": "Bearer wrong"}
    assert guarded.post("/v1/lint", json={"text": "x"}, headers=bad).status_code == 401
    ok = {"Authorization": "Bearer s3cret"}
    assert guarded.post("/v1/lint", json={"text": "x"}, headers=ok).status_code == 200
    assert guarded.get("/healthz").status_code == 200
    assert guarded.get("/v1/rules").status_code == 200


def test_cors_only_for_configured_origins(guarded, client) -> None:
    r = guarded.options("/v1/lint", headers={"Origin": "https://ok.example",
                                             "Access-Control-Request-Method": "POST"})  # fmt: skip
    assert r.headers.get("Access-Control-Allow-Origin") == "https://ok.example"
    r = guarded.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers
    r = client.get("/healthz", headers={"Origin": "https://ok.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_settings_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("PMLINT_API_TOKEN", "envtoken")
    monkeypatch.setenv("PMLINT_MAX_TEXT_CHARS", "50")
    client = create_app({"preload_model": False}).test_client()
    headers = {"Authorization": "Bearer envtoken"}
    assert client.post("/v1/lint", json={"text": "x" * 60}, headers=headers).status_code == 413


def test_service_config_file(tmp_path) -> None:
    cfg = tmp_path / "pmlint.toml"
    cfg.write_text('select = ["PM303"]\n')
    client = create_app({"preload_model": False, "config": str(cfg)}).test_client()
    found = client.post("/v1/lint", json={"text": BLAMEFUL}).get_json()["findings"]
    assert {f["rule"] for f in found} == {"PM303"}


def test_log_has_sizes_and_timings_never_text(client, caplog) -> None:
    secret = "Zanzibar-7731 forgot the root password"
    with caplog.at_level(logging.INFO, logger="pmlint.service"):
        client.post("/v1/lint", json={"text": f"## Root Cause\n\n{secret}\n"})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /v1/lint 200" in logged and "ms" in logged
    assert "Zanzibar" not in logged and "password" not in logged


def test_openapi_covers_every_route_and_every_ref_resolves(client) -> None:
    app = client.application
    spec = client.get("/openapi.json").get_json()
    routes = {
        r.rule
        for r in app.url_map.iter_rules()
        if r.endpoint not in {"static", "web.index", "web.rules_page"}  # pages, not API
    }
    assert routes - {"/openapi.json"} <= set(spec["paths"])
    assert {"LtCheckParams", "LtCheckResponse", "LtLanguageInfo"} <= set(
        spec["components"]["schemas"]
    )
    refs = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.add(node["$ref"].rsplit("/", 1)[-1])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)
    assert refs <= set(spec["components"]["schemas"])


@pytest.mark.parametrize("path", ["/healthz", "/static/review.js", "/nope"])
def test_every_answer_forbids_content_sniffing(client, path: str) -> None:
    assert client.get(path).headers["X-Content-Type-Options"] == "nosniff"


def test_a_failing_rule_answers_200_with_the_other_findings(client, broken_pm303) -> None:
    r = client.post("/v1/lint", json={"text": "## Action Items\n\n- Fix it\n",
                                      "config": {"select": ["PM303", "PM305"]}})  # fmt: skip
    assert r.status_code == 200
    body = r.get_json()
    assert [f["rule"] for f in body["findings"]] == ["PM305"]
    assert body["errors"] == ["PM303 (missing-owner): KeyError: 'simulated bug'"]


def test_review_quotes_the_document_without_mentions_or_markup(client) -> None:
    from markdown_it import MarkdownIt

    text = (
        "## Action Items\n\n- [ ] Rotate the key *now* - @platform-team - Due 2026-05-01\n\n"
        "## Impact\n\n- Recording: <Link to the recording>\n"
        "- Customers: <fill in, cc &#64;support-leads>\n"
    )
    r = client.post("/v1/review", json={"text": text, "path": "pm/`odd` name.md"})
    body = r.get_json()
    texts = [body["body"], *(c["body"] for c in body["comments"])]
    assert any("@\u200bplatform-team" in t for t in texts)
    assert not any("@platform-team" in t for t in texts)  # GitHub would notify the team
    html = MarkdownIt("commonmark").enable("table").render(body["body"])
    assert "&lt;Link to the recording&gt;" in html and "<em>" not in html
    assert "@support-leads" not in html  # an entity spelling "@" stays text too
    assert body["body"].startswith("### pmlint review of ``pm/`odd` name.md``")


def test_lint_passes_on_notices(client) -> None:
    text = "## Action Items\n\n<!-- pmlint-disable-next-line PM3O3 -->\n- Fix it\n"
    body = client.post("/v1/lint", json={"text": text}).get_json()
    notice = "line 3: 'PM3O3' in a pmlint-disable-next-line comment names no rule"
    assert body["notices"] == [notice]


def test_review_says_when_a_rule_failed(client, broken_pm303) -> None:
    r = client.post("/v1/review", json={"text": "## Action Items\n\n- Fix it\n", "path": "a.md"})
    body = r.get_json()
    assert body["errors"] == ["PM303 (missing-owner): KeyError: 'simulated bug'"]
    assert "**Incomplete review:** pmlint failed to run PM303 on this file" in body["body"]
