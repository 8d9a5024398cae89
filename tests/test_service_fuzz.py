"""Property-based: no client input, to any endpoint, makes the service answer 5xx."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import create_app

APP = create_app({"preload_model": False, "max_request_bytes": 20_000})
ROUTES = sorted(
    {(str(r.rule), m) for r in APP.url_map.iter_rules() for m in r.methods - {"HEAD", "OPTIONS"}}
)
CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "text/markdown",
    "text/plain",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "",
]
#: JSON escapes can spell lone UTF-16 surrogates ("\ud800"), which are not characters.
_surrogates = st.text(st.characters(codec=None, categories=["Cs"]) | st.just("a"), max_size=6)
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=60)
    | _surrogates,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
_fields = st.dictionaries(
    st.sampled_from(["text", "data", "filename", "path", "config", "language", "enabledRules",
                     "disabledRules", "enabledOnly", "disabledCategories", "select", "x"]),
    _json,
    max_size=5,
)  # fmt: skip
_markdown = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("#-*|[]<>`\n\r")),
    max_size=400,
)


def _bodies():
    return st.one_of(
        _json.map(lambda v: json.dumps(v).encode()),
        _fields.map(lambda d: json.dumps(d).encode()),
        _fields.map(lambda d: "&".join(f"{k}={json.dumps(v)}" for k, v in d.items()).encode()),
        _markdown.map(lambda s: s.encode("utf-8")),
        st.binary(max_size=300),
    )


@pytest.fixture(scope="module")
def client():
    return APP.test_client()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    route=st.sampled_from(ROUTES),
    body=_bodies(),
    content_type=st.sampled_from(CONTENT_TYPES),
    query=st.dictionaries(
        st.sampled_from(["text", "language", "data", "filename"]), st.text(max_size=30), max_size=2
    ),
)
def test_no_input_makes_a_server_error(client, route, body, content_type, query) -> None:
    path, method = route
    path = path.replace("<path:filename>", "x.js").replace("<filename>", "x")
    headers = {"Content-Type": content_type} if content_type else {}
    r = client.open(path, method=method, data=body, headers=headers, query_string=query)
    assert r.status_code < 500, (path, method, r.status_code, r.get_data()[:300])
    if r.status_code >= 400 and not path.startswith("/static"):
        assert r.is_json, (path, r.status_code, r.get_data()[:200])


@settings(max_examples=150, deadline=None)
@given(text=_markdown)
def test_any_text_lints(client, text: str) -> None:
    r = client.post("/v1/lint", json={"text": text})
    assert r.status_code == 200
    for f in r.get_json()["findings"]:
        assert 0 <= f["offset"] <= f["offset"] + f["length"] <= len(text)


@pytest.mark.parametrize(
    "route, body",
    [
        ("/v1/lint", {"text": "\ud800 Dave broke prod."}),
        ("/v1/review", {"text": "x", "path": "\ud800.md"}),
        ("/v1/lint", {"text": "x", "config": {"options": {"PM401": {"required": ["\ud800"]}}}}),
    ],
)
def test_lone_surrogates_are_a_bad_encoding(client, route: str, body: dict) -> None:
    r = client.post(route, data=json.dumps(body), content_type="application/json")
    assert r.status_code == 400 and r.get_json()["error"] == "bad_encoding"
