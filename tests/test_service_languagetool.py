"""The LanguageTool-compatible endpoints /v2/check and /v2/languages, with Flask's test client.

The expected shapes come from LanguageTool's server (RuleMatchesAsJsonSerializer.java,
ApiV2.java) and from what its clients read (language-tool-python, LTeX, Obsidian).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.engine import lint_text
from models import Config
from service import create_app
from service.languagetool import utf16_converter, utf16_len

ROOT = Path(__file__).resolve().parent.parent
BLAMEFUL = (ROOT / "examples" / "blameful.md").read_text(encoding="utf-8")
BLAME = "Dave forgot to renew the certificate, so the API went down."
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def client():
    return create_app({"preload_model": False}).test_client()


def check(client, query: dict | None = None, content_type: str = FORM, **params):
    """POST `params` as a form body (whatever `content_type` says); the JSON answer."""
    from urllib.parse import urlencode

    r = client.post(
        "/v2/check", data=urlencode(params), content_type=content_type, query_string=query or {}
    )
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def triples(body: dict) -> list[tuple[str, int, int]]:
    return [(m["rule"]["id"], m["offset"], m["length"]) for m in body["matches"]]


def expected(text: str, config: Config | None = None) -> list[tuple[str, int, int]]:
    """pmlint's own findings for `text`, in code points."""
    return [(f.rule, f.offset, f.length) for f in lint_text(text, config).findings]


def utf16_slice(text: str, offset: int, length: int) -> str:
    """What a Java or JavaScript client reads at a UTF-16 `offset`."""
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def rules_of(body: dict) -> set[str]:
    return {m["rule"]["id"] for m in body["matches"]}


# The answer's shape -------------------------------------------------------------------

MATCH_KEYS = [
    "message",
    "shortMessage",
    "replacements",
    "offset",
    "length",
    "context",
    "sentence",
    "type",
    "rule",
    "ignoreForIncompleteSentence",
    "contextForSureMatch",
]
ISSUE_TYPES = {
    "PM1": "style",
    "PM2": "non-conformance",
    "PM3": "non-conformance",
    "PM4": "non-conformance",
    "PM5": "style",
}
FAMILIES = {
    "PM1": "Blame and language",
    "PM2": "Root cause",
    "PM3": "Action items",
    "PM4": "Structure",
    "PM5": "Readability",
}


def test_response_has_languagetool_shape(client) -> None:
    body = check(client, language="en-US", text=BLAMEFUL)
    assert list(body) == ["software", "warnings", "language", "matches"]
    software = body["software"]
    assert list(software) == ["name", "version", "buildDate", "apiVersion", "premium", "status"]
    assert software["name"] == "pmlint" and software["apiVersion"] == 1
    assert software["premium"] is False and software["status"] == ""
    assert isinstance(software["version"], str) and software["version"]
    assert len(software["buildDate"]) == len("2021-10-02 12:33:00 +0000")
    assert body["warnings"] == {"incompleteResults": False}
    lang = body["language"]
    assert (lang["name"], lang["code"]) == ("English (US)", "en-US")
    assert set(lang["detectedLanguage"]) == {"name", "code", "confidence", "source"}
    assert lang["detectedLanguage"]["code"] == "en-US"
    assert isinstance(lang["detectedLanguage"]["confidence"], float)
    assert len(body["matches"]) >= 10
    for m in body["matches"]:
        assert list(m) == MATCH_KEYS
        assert isinstance(m["message"], str) and m["message"]
        assert m["shortMessage"].startswith(m["rule"]["id"] + " ")
        assert m["replacements"] == []
        assert set(m["context"]) == {"text", "offset", "length"}
        assert m["context"]["length"] == m["length"]
        assert isinstance(m["sentence"], str)
        assert m["type"]["typeName"] in ("Hint", "Other")
        rule = m["rule"]
        assert list(rule) == ["id", "description", "issueType", "category", "urls"]
        family = rule["id"][:3]
        assert rule["category"] == {"id": family, "name": FAMILIES[family]}
        assert rule["issueType"] == ISSUE_TYPES[family]
        assert rule["description"] and [list(u) for u in rule["urls"]] == [["value"]]
        assert m["ignoreForIncompleteSentence"] is False and m["contextForSureMatch"] == 0


def test_matches_are_pmlint_findings(client) -> None:
    body = check(client, language="en-US", text=BLAMEFUL)
    assert triples(body) == expected(BLAMEFUL)
    found = {f.rule: f for f in lint_text(BLAMEFUL).findings}
    for m in body["matches"]:
        f = found[m["rule"]["id"]]
        assert m["shortMessage"] == f"{f.rule} {f.name}"
    pm101 = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    f = next(f for f in lint_text(BLAMEFUL).findings if f.rule == "PM101")
    assert pm101["message"] == f"{f.message}. Suggestion: {f.suggestion}"
    assert pm101["type"]["typeName"] == "Other"  # an error


def test_info_findings_are_hints(client) -> None:
    body = check(client, language="en", text=BLAMEFUL)
    severity = {f.rule: f.severity.value for f in lint_text(BLAMEFUL).findings}
    assert "info" in severity.values()
    for m in body["matches"]:
        hint = severity[m["rule"]["id"]] == "info"
        assert m["type"]["typeName"] == ("Hint" if hint else "Other")


def test_rule_url_points_at_its_documentation(client) -> None:
    body = check(client, language="en-US", text=BLAME)
    url = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")["rule"]["urls"][0]
    assert url["value"] == "http://localhost/rules#pm101-person-blame"
    page = client.get("/rules")
    assert page.mimetype == "text/html"
    assert 'id="pm101-person-blame"' in page.get_data(as_text=True)
    anchors = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "(#pm101-person-blame)" in anchors


def test_context_is_cut_like_languagetool(client) -> None:
    text = "x" * 100 + "\n" + BLAME + "\n" + "y" * 100
    m = next(
        m for m in check(client, language="en", text=text)["matches"] if m["rule"]["id"] == "PM101"
    )
    ctx = m["context"]
    assert ctx["text"] == "..." + "x" * 39 + " " + BLAME[:51] + "..."
    assert ctx["offset"] == 43
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == "Dave forgot"
    short = "Dave forgot to renew the certificate."
    m = next(
        m for m in check(client, language="en", text=short)["matches"] if m["rule"]["id"] == "PM101"
    )
    assert m["context"] == {"text": short, "offset": 0, "length": 11}


def test_sentence_is_the_one_the_finding_is_in(client) -> None:
    text = "## Root Cause\n\nThe pager was silent. " + BLAME + " Nobody saw it.\n"
    body = check(client, language="en", text=text)
    pm101 = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    assert pm101["sentence"] == BLAME
    whole_document = [m for m in body["matches"] if m["rule"]["id"] == "PM401"]
    assert whole_document and all(m["sentence"] == "## Root Cause" for m in whole_document)


def test_empty_text_has_string_sentences(client) -> None:
    body = check(client, language="en", text="")
    assert body["matches"] and all(m["sentence"] == "" for m in body["matches"])
    assert all((m["offset"], m["length"]) == (0, 0) for m in body["matches"])


# Reading the request --------------------------------------------------------------------


def test_form_body_labelled_json_is_read_as_a_form(client) -> None:
    """LTeX sends a form body with Content-Type: application/json."""
    body = check(client, content_type="application/json", language="en-US", text=BLAME)
    assert triples(body) == expected(BLAME)


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", ""])
def test_any_content_type_is_read_as_a_form(client, content_type: str) -> None:
    body = check(client, content_type=content_type, language="en-US", text=BLAME)
    assert "PM101" in rules_of(body)


def test_multipart_body_is_read_as_a_form(client) -> None:
    r = client.post(
        "/v2/check", data={"language": "en-US", "text": BLAME}, content_type="multipart/form-data"
    )
    assert r.status_code == 200 and triples(r.get_json()) == expected(BLAME)


def test_get_reads_the_query_string(client) -> None:
    r = client.get("/v2/check", query_string={"language": "en-US", "text": BLAME})
    assert r.status_code == 200 and triples(r.get_json()) == expected(BLAME)


def test_query_string_overrides_the_body(client) -> None:
    body = check(
        client, query={"language": "en-GB", "text": BLAME}, language="fr", text="Nothing here."
    )
    assert body["language"]["code"] == "en-GB"
    assert triples(body) == expected(BLAME)


def test_percent_and_plus_encoding(client) -> None:
    raw = "language=en-US&text=" + BLAME.replace(" ", "+").replace(",", "%2C")
    r = client.post("/v2/check", data=raw, content_type=FORM)
    assert r.status_code == 200 and triples(r.get_json()) == expected(BLAME)


def test_a_repeated_key_keeps_its_last_value(client) -> None:
    r = client.post(
        "/v2/check", data=f"language=fr&text=x&language=en&text={BLAME}", content_type=FORM
    )
    assert r.status_code == 200 and triples(r.get_json()) == expected(BLAME)


@pytest.mark.parametrize(
    "extra",
    [
        {"motherTongue": "de"},
        {"preferredVariants": "en-GB,de-AT"},
        {"level": "picky"},
        {"level": "whatever"},
        {"username": "me@example.com", "apiKey": "k"},
        {"useragent": "x", "mode": "all", "allowIncompleteResults": "true"},
    ],
)
def test_other_languagetool_parameters_are_ignored(client, extra: dict) -> None:
    body = check(client, language="en-US", text=BLAME, **extra)
    assert triples(body) == expected(BLAME)
    assert body["language"]["code"] == "en-US"


# `data`: annotated text -------------------------------------------------------------------


def annotated(client, parts: list[dict], **params) -> tuple[str, dict]:
    """Check annotation `parts`; the text the client counts in, and the answer."""
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    body = check(client, language="en-US", data=json.dumps({"annotation": parts}), **params)
    return original, body


def test_data_text(client) -> None:
    body = check(client, language="en-US", data=json.dumps({"text": BLAME}))
    assert triples(body) == expected(BLAME)


def test_markup_counts_in_offsets_and_is_not_linted(client) -> None:
    parts = [
        {"text": "Intro. "},
        {"markup": "<!-- Kai forgot to renew the certificate -->"},
        {"markup": "<b>"},
        {"text": "Dave forgot"},
        {"markup": "</b>"},
        {"text": " to renew the certificate, so the API went down."},
    ]
    original, body = annotated(client, parts)
    pm101 = [m for m in body["matches"] if m["rule"]["id"] == "PM101"]
    assert len(pm101) == 1, "the comment is markup: only Dave is reported"
    m = pm101[0]
    assert original[m["offset"] : m["offset"] + m["length"]] == "Dave forgot"
    ctx = m["context"]
    assert "the certificate --><b>Dave forgot</b> to renew" in ctx["text"]
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == "Dave forgot"
    assert m["sentence"] == BLAME  # from the linted text: no markup


def test_interpret_as_is_linted_but_not_counted(client) -> None:
    """As in LanguageTool's HTTPServerTest: 'A test.<p attrib>Here comes...'."""
    parts = [
        {"text": "## Root Cause"},
        {"markup": "<p attrib>", "interpretAs": "\n\n"},
        {"text": BLAME},
    ]
    original, body = annotated(client, parts)
    m = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    assert m["offset"] == len("## Root Cause<p attrib>")
    assert original[m["offset"] : m["offset"] + m["length"]] == "Dave forgot"
    # The interpreted paragraph break ends the heading, so the section is found; without
    # it, heading and paragraph would run together and 'root cause' would be missing.
    missing = [m["message"] for m in body["matches"] if m["rule"]["id"] == "PM401"]
    assert missing and not any("'root cause'" in msg for msg in missing)
    del parts[1]["interpretAs"]
    _, body = annotated(client, parts)
    missing = [m["message"] for m in body["matches"] if m["rule"]["id"] == "PM401"]
    assert any("'root cause'" in msg for msg in missing)


def test_a_finding_that_starts_in_interpreted_markup_starts_at_the_markup(client) -> None:
    parts = [
        {"text": "Intro. "},
        {"markup": "<name id=7/>", "interpretAs": "Dave"},
        {"text": " forgot to renew the certificate, so the API went down."},
    ]
    original, body = annotated(client, parts)
    m = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    assert original[m["offset"] : m["offset"] + m["length"]] == "<name id=7/> forgot"


def test_annotation_offsets_count_utf16_units(client) -> None:
    parts = [{"text": "🔥 Outage 🔥. "}, {"markup": "<em>"}, {"text": BLAME}]
    original, body = annotated(client, parts)
    m = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    assert utf16_slice(original, m["offset"], m["length"]) == "Dave forgot"
    assert m["offset"] == utf16_len("🔥 Outage 🔥. <em>")


def test_markup_only_document(client) -> None:
    _, body = annotated(client, [{"markup": "<html>"}, {"markup": "</html>"}])
    assert all(m["length"] == 0 for m in body["matches"])


_chars = st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("😀𠀀#-\n. "))
_words = st.text(alphabet=_chars, max_size=30) | st.sampled_from([BLAME, "## Root Cause\n"])
_parts = st.lists(
    st.one_of(
        st.builds(lambda t: {"text": t}, _words),
        st.builds(lambda m: {"markup": m}, st.text(alphabet=_chars, max_size=8)),
        st.builds(
            lambda m, i: {"markup": m, "interpretAs": i},
            st.text(alphabet=_chars, max_size=8),
            _words,
        ),
    ),
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(parts=_parts)
def test_any_annotation_maps_into_its_text(client, parts: list[dict]) -> None:
    original, body = annotated(client, parts)
    size = utf16_len(original)
    plain = "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    assert triples(body) and len(triples(body)) == len(expected(plain))
    for m in body["matches"]:
        assert 0 <= m["offset"] <= m["offset"] + m["length"] <= size
        ctx = m["context"]
        assert 0 <= ctx["offset"] <= ctx["offset"] + ctx["length"] <= utf16_len(ctx["text"])
    if all("text" in p for p in parts):  # no markup: the same answer as for plain text
        assert triples(body) == triples(check(client, language="en", text=original))


# UTF-16 offsets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix",
    ["😀 ", "😀😀👍🏽 ", "事故报告。", "𠀀𠀁 ", "e\u0301te\u0301 ", "🇫🇷 ", "\ufeff"],
    ids=["emoji", "emoji-modifier", "cjk-bmp", "cjk-astral", "combining", "flag", "bom"],
)
def test_offsets_count_utf16_units(client, prefix: str) -> None:
    text = prefix + "\n\n" + BLAME
    body = check(client, language="en-US", text=text)
    m = next(m for m in body["matches"] if m["rule"]["id"] == "PM101")
    assert utf16_slice(text, m["offset"], m["length"]) == "Dave forgot"
    ctx = m["context"]
    assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == "Dave forgot"
    code_points = [
        (r, utf16_len(text[:o]), utf16_len(text[o : o + n])) for r, o, n in expected(text)
    ]
    assert triples(body) == code_points


def test_an_emoji_inside_a_finding_counts_two(client) -> None:
    long = "The deploy 🚀 " + " ".join(["went"] * 45) + " down."
    text = "😀 Start.\n\n" + long
    body = check(client, language="en", text=text, enabledOnly="true", enabledRules="PM502")
    (m,) = body["matches"]
    assert utf16_slice(text, m["offset"], m["length"]) == long
    assert (m["offset"], m["length"]) == (len("😀 Start.\n\n") + 1, len(long) + 1)
    assert m["sentence"] == long


@pytest.mark.parametrize(
    ("text", "offset", "units"),
    [("", 0, 0), ("abc", 3, 3), ("😀a", 1, 2), ("😀a", 2, 3), ("a😀😀b", 3, 5), ("事𠀀", 2, 3)],
)
def test_utf16_converter(text: str, offset: int, units: int) -> None:
    assert utf16_converter(text)(offset) == units
    assert utf16_len(text[:offset]) == units


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",))), cut=st.integers(0))
def test_utf16_converter_agrees_with_an_encoder(text: str, cut: int) -> None:
    offset = cut % (len(text) + 1)
    units = len(text[:offset].encode("utf-16-le")) // 2
    assert utf16_converter(text)(offset) == units == utf16_len(text[:offset])


# Languages --------------------------------------------------------------------------------


def test_languages(client) -> None:
    r = client.get("/v2/languages")
    assert r.status_code == 200 and r.is_json
    langs = r.get_json()
    assert all(list(lang) == ["name", "code", "longCode"] for lang in langs)
    assert {"name": "English", "code": "en", "longCode": "en"} in langs
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in langs
    assert {"en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"} <= {lang["longCode"] for lang in langs}
    assert {lang["code"] for lang in langs} == {"en"}
    assert [lang["name"] for lang in langs] == sorted(lang["name"] for lang in langs)


@pytest.mark.parametrize(
    ("language", "extra", "name", "code"),
    [
        ("en", {}, "English", "en"),
        ("en-US", {}, "English (US)", "en-US"),
        ("en-us", {}, "English (US)", "en-US"),
        ("en_GB", {}, "English (GB)", "en-GB"),
        ("EN-AU", {}, "English (Australian)", "en-AU"),
        ("en-IN", {}, "English", "en-IN"),
        ("en-US-x-twain", {}, "English", "en-US-x-twain"),
        ("auto", {}, "English (US)", "en-US"),
        ("auto", {"preferredVariants": "de-AT, en-GB"}, "English (GB)", "en-GB"),
        ("en-US", {"preferredVariants": "en-GB"}, "English (US)", "en-US"),
    ],
)
def test_english_languages_are_accepted(client, language, extra, name, code) -> None:
    body = check(client, language=language, text=BLAME, **extra)
    assert (body["language"]["name"], body["language"]["code"]) == (name, code)
    assert body["language"]["detectedLanguage"]["code"] == code
    assert triples(body) == expected(BLAME)


@pytest.mark.parametrize("language", ["fr", "de-DE", "english", "eng", "en-", "e", "zh-en"])
def test_other_languages_are_400(client, language: str) -> None:
    r = client.post("/v2/check", data={"language": language, "text": BLAME})
    assert r.status_code == 400 and r.is_json
    assert r.get_json()["error"] == "unsupported_language"
    assert "English" in r.get_json()["message"]


# Rules and categories -----------------------------------------------------------------------


@pytest.mark.parametrize("ids", ["PM101", "pm101", "person-blame", "PM101,PM999,WHITESPACE_RULE"])
def test_disabled_rules(client, ids: str) -> None:
    body = check(client, language="en", text=BLAMEFUL, disabledRules=ids)
    assert "PM101" not in rules_of(body)
    assert triples(body) == [t for t in expected(BLAMEFUL) if t[0] != "PM101"]


def test_disabled_categories(client) -> None:
    body = check(client, language="en", text=BLAMEFUL, disabledCategories="PM4, pm3,TYPOS")
    assert rules_of(body) and not any(r.startswith(("PM3", "PM4")) for r in rules_of(body))


def test_enabled_only_rules(client) -> None:
    body = check(
        client, language="en", text=BLAMEFUL, enabledOnly="true", enabledRules="PM101,missing-owner"
    )
    assert rules_of(body) == {"PM101", "PM303"}


def test_enabled_only_categories(client) -> None:
    body = check(client, language="en", text=BLAMEFUL, enabledOnly="yes", enabledCategories="PM3")
    assert rules_of(body) and all(r.startswith("PM3") for r in rules_of(body))


def test_enabled_only_minus_disabled(client) -> None:
    body = check(
        client,
        language="en",
        text=BLAMEFUL,
        enabledOnly="true",
        enabledCategories="PM1",
        disabledRules="PM101",
    )
    assert rules_of(body) and all(r.startswith("PM1") and r != "PM101" for r in rules_of(body))


def test_enabled_only_with_nothing_enabled_runs_nothing(client) -> None:
    body = check(
        client, language="en", text=BLAMEFUL, enabledOnly="true", enabledRules="WHITESPACE_RULE"
    )
    assert body["matches"] == []


def test_enabled_only_false_is_the_default(client) -> None:
    body = check(client, language="en", text=BLAMEFUL, enabledOnly="false", enabledRules="PM101")
    assert triples(body) == expected(BLAMEFUL)


def test_unknown_ids_change_nothing(client) -> None:
    body = check(
        client,
        language="en",
        text=BLAMEFUL,
        disabledRules="MORFOLOGIK_RULE_EN_US",
        enabledCategories="GRAMMAR",
        disabledCategories="TYPOS,PM9",
    )
    assert triples(body) == expected(BLAMEFUL)


@pytest.fixture(scope="module")
def configured(tmp_path_factory):
    """A service whose config ignores the readability and structure rules."""
    path = tmp_path_factory.mktemp("cfg") / ".pmlint.toml"
    path.write_text('ignore = ["PM4", "PM5"]\nseverity = { PM104 = "off" }\n', encoding="utf-8")
    return create_app({"preload_model": False, "config": str(path)}).test_client()


def test_service_config_applies(configured) -> None:
    body = check(configured, language="en", text=BLAMEFUL)
    config = Config.from_mapping({"ignore": ["PM4", "PM5"], "severity": {"PM104": "off"}})
    assert triples(body) == expected(BLAMEFUL, config)
    assert not any(r.startswith(("PM4", "PM5")) or r == "PM104" for r in rules_of(body))


def test_enabled_rules_add_to_the_service_config(configured) -> None:
    found = rules_of(check(configured, language="en", text=BLAMEFUL, enabledRules="PM401"))
    assert {"PM401", "PM101"} <= found and "PM402" not in found
    found = rules_of(check(configured, language="en", text=BLAMEFUL, enabledCategories="PM4"))
    assert {"PM401", "PM402", "PM101"} <= found


def test_a_rule_off_by_severity_stays_off(configured) -> None:
    body = check(
        configured, language="en", text=BLAMEFUL, enabledOnly="true", enabledRules="PM104,PM101"
    )
    assert rules_of(body) == {"PM101"}


# Errors: JSON 4xx, never 5xx -------------------------------------------------------------


def _data(value) -> str:
    return json.dumps(value)


@pytest.mark.parametrize(
    ("params", "status", "error"),
    [
        (
            {"language": "en", "text": "a", "data": _data({"text": "b"})},
            400,
            "conflicting_parameters",
        ),
        ({"language": "en", "text": "a", "data": ""}, 400, "conflicting_parameters"),
        ({"language": "en"}, 422, "missing_parameter"),
        ({"text": BLAME}, 422, "missing_parameter"),
        ({"text": BLAME, "language": " "}, 422, "missing_parameter"),
        ({"language": "de", "text": BLAME}, 400, "unsupported_language"),
        ({"language": "en", "data": "{not json"}, 400, "malformed_data"),
        ({"language": "en", "data": "[" * 100_000}, 400, "malformed_data"),
        ({"language": "en", "data": _data([{"text": "a"}])}, 422, "invalid_data"),
        ({"language": "en", "data": _data({})}, 422, "invalid_data"),
        ({"language": "en", "data": _data({"text": "a", "annotation": []})}, 422, "invalid_data"),
        ({"language": "en", "data": _data({"annotation": {"text": "a"}})}, 422, "invalid_data"),
        (
            {"language": "en", "data": _data({"annotation": [{"text": "a", "markup": "<b>"}]})},
            422,
            "invalid_data",
        ),
        (
            {"language": "en", "data": _data({"annotation": [{"text": "a", "interpretAs": "b"}]})},
            422,
            "invalid_data",
        ),
        ({"language": "en", "data": _data({"annotation": [{}]})}, 422, "invalid_data"),
        ({"language": "en", "data": _data({"annotation": [{"text": 5}]})}, 422, "invalid_data"),
        ({"language": "en", "data": '{"text": "a\\ud800b"}'}, 400, "bad_encoding"),
    ],
)
def test_bad_requests_are_json_4xx(client, params: dict, status: int, error: str) -> None:
    r = client.post("/v2/check", data=params, content_type=FORM)
    assert r.status_code == status, r.get_data(as_text=True)
    assert r.is_json and r.get_json()["error"] == error
    assert r.get_json()["message"]


def test_invalid_data_has_field_errors(client) -> None:
    bad = _data({"annotation": [{"text": "a"}, {"markup": 3}]})
    r = client.post("/v2/check", data={"language": "en", "data": bad})
    details = r.get_json()["details"]
    assert r.status_code == 422 and details[0]["loc"][:2] == ["annotation", 1]


def test_a_body_that_is_not_utf8_is_400(client) -> None:
    r = client.post("/v2/check", data=b"language=en&text=\xff\xfe", content_type=FORM)
    assert r.status_code == 400 and r.get_json()["error"] == "bad_encoding"
    r = client.post("/v2/check", data=b"language=en&text=%ff%fe", content_type=FORM)
    assert r.status_code == 400 and r.get_json()["error"] == "bad_encoding"


def test_a_json_body_gets_a_hint(client) -> None:
    r = client.post("/v2/check", json={"language": "en-US", "text": BLAME})
    assert r.status_code == 422 and "read as a form" in r.get_json()["message"]


def test_wrong_method_is_json_405(client) -> None:
    r = client.put("/v2/check", data={"language": "en", "text": "a"})
    assert r.status_code == 405 and r.is_json
    assert client.post("/v2/languages").status_code == 405


@pytest.fixture(scope="module")
def small():
    return create_app(
        {"preload_model": False, "max_text_chars": 100, "max_request_bytes": 2000}
    ).test_client()


def test_text_over_the_limit_is_413(small) -> None:
    assert small.post("/v2/check", data={"language": "en", "text": "a" * 100}).status_code == 200
    r = small.post("/v2/check", data={"language": "en", "text": "a" * 101})
    assert r.status_code == 413 and r.get_json()["error"] == "text_too_long"


def test_the_limit_counts_interpret_as_not_markup(small) -> None:
    markup = [{"text": "a" * 90}, {"markup": "<" + "b" * 50 + ">"}]
    r = small.post("/v2/check", data={"language": "en", "data": _data({"annotation": markup})})
    assert r.status_code == 200
    markup[1]["interpretAs"] = "\n" * 11
    r = small.post("/v2/check", data={"language": "en", "data": _data({"annotation": markup})})
    assert r.status_code == 413 and r.get_json()["error"] == "text_too_long"


def test_body_over_the_limit_is_413(small) -> None:
    r = small.post("/v2/check", data={"language": "en", "text": "a " * 1500})
    assert r.status_code == 413 and r.is_json


# Token and CORS ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guarded():
    app = create_app(
        {"preload_model": False, "api_token": "s3cret", "cors_origins": ["https://ok.example"]}
    )
    return app.test_client()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_check_needs_the_token(guarded, method: str) -> None:
    params = {"language": "en-US", "text": BLAME}
    kwargs = {"query_string": params} if method == "GET" else {"data": params}
    r = guarded.open("/v2/check", method=method, **kwargs)
    assert r.status_code == 401 and r.get_json()["error"] == "unauthorized"
    r = guarded.open(
        "/v2/check", method=method, headers={"Authorization": "Bearer wrong"}, **kwargs
    )
    assert r.status_code == 401
    r = guarded.open(
        "/v2/check", method=method, headers={"Authorization": "Bearer s3cret"}, **kwargs
    )
    assert r.status_code == 200 and "PM101" in rules_of(r.get_json())


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_check_takes_the_token_as_languagetools_api_key(guarded, method: str) -> None:
    # Editor plugins have a setting for LanguageTool's apiKey; few can add a header.
    def send(**params):
        params = {"language": "en-US", "text": BLAME, "username": "me", **params}
        kwargs = {"query_string": params} if method == "GET" else {"data": params}
        return guarded.open("/v2/check", method=method, **kwargs)

    r = send(apiKey="s3cret")
    assert r.status_code == 200 and "PM101" in rules_of(r.get_json())
    assert send(apiKey="wrong").status_code == 401
    assert send(apiKey="").status_code == 401
    # A malformed request without the token is told about the token, not the form.
    r = send(apiKey="wrong", language="xx-YY")
    assert r.status_code == 401
    assert send(apiKey="s3cret", language="xx-YY").status_code == 400


def test_the_api_key_opens_only_the_languagetool_endpoint(guarded) -> None:
    r = guarded.post("/v1/lint", json={"text": BLAME}, query_string={"apiKey": "s3cret"})
    assert r.status_code == 401


def test_languages_stay_open(guarded) -> None:
    assert guarded.get("/v2/languages").status_code == 200


def test_cors_preflight_needs_no_token(guarded) -> None:
    headers = {
        "Origin": "https://ok.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization",
    }
    r = guarded.options("/v2/check", headers=headers)
    assert r.status_code == 200
    assert r.headers["Access-Control-Allow-Origin"] == "https://ok.example"
    r = guarded.options("/v2/check", headers={**headers, "Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers
