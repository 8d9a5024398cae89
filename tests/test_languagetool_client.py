"""A real LanguageTool client (PyPI `language-tool-python`) against `pmlint serve`.

The client talks only to the loopback server of the `live_server` fixture: with
`remote_server=` it neither starts Java nor downloads anything. What it does with
positions is pinned here as version 3.4.0 does it: it turns `offset` from UTF-16 units
back into code points, and leaves `error_length` and `offset_in_context` in UTF-16 units.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from linter.engine import lint_text

language_tool_python = pytest.importorskip("language_tool_python")

ROOT = Path(__file__).resolve().parent.parent
BLAMEFUL = (ROOT / "examples" / "blameful.md").read_text(encoding="utf-8")
BLAME = "Dave forgot to renew the certificate, so the API went down."


@pytest.fixture(scope="module", autouse=True)
def loopback_only():
    """Keep `requests` off any proxy from the environment: the server is on loopback."""
    with pytest.MonkeyPatch.context() as mp:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            mp.delenv(name, raising=False)
            mp.delenv(name.lower(), raising=False)
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        yield


@pytest.fixture(scope="module")
def tool(live_server):
    lt = language_tool_python.LanguageTool("en-US", remote_server=live_server)
    yield lt
    lt.close()


def found(text: str) -> list[tuple[str, int, int]]:
    """pmlint's own findings: rule, code-point offset, code-point length."""
    return [(f.rule, f.offset, f.length) for f in lint_text(text).findings]


def got(matches) -> list[tuple[str, int, int]]:
    return [(m.rule_id, m.offset, m.error_length) for m in matches]


def test_matches_are_pmlint_findings(tool) -> None:
    matches = tool.check(BLAMEFUL)
    assert len(matches) > 10
    assert got(matches) == found(BLAMEFUL)
    for m, f in zip(matches, lint_text(BLAMEFUL).findings, strict=True):
        assert m.message.startswith(unicodedata.normalize("NFKC", f.message))
        assert m.category == f"PM{f.rule[2]}"
        assert m.rule_issue_type in ("style", "non-conformance")
        assert m.replacements == []
        assert isinstance(m.sentence, str)
        if f.length:
            # The context shows newlines as spaces, as LanguageTool's does.
            want = BLAMEFUL[f.offset : f.offset + f.length].replace("\n", " ")
            assert m.matched_text == want


def test_emoji_before_a_finding(tool) -> None:
    text = "🔥🚒 Outage 😀\n\n" + BLAME
    matches = tool.check(text)
    assert got(matches) == found(text)
    m = next(m for m in matches if m.rule_id == "PM101")
    assert text[m.offset : m.offset + m.error_length] == "Dave forgot"


def test_bmp_and_astral_cjk_before_a_finding(tool) -> None:
    text = "事故报告 𠀀𠀁。\n\n" + BLAME
    m = next(m for m in tool.check(text) if m.rule_id == "PM101")
    assert text[m.offset : m.offset + m.error_length] == "Dave forgot"


def test_emoji_inside_a_finding_keeps_its_utf16_length(tool) -> None:
    """The client converts `offset` only: an emoji inside the match still counts two."""
    long = "The deploy 🚀 " + " ".join(["went"] * 45) + " down."
    text = "😀 Start.\n\n" + long
    tool.enabled_rules = {"PM502"}
    tool.enabled_rules_only = True
    try:
        (m,) = tool.check(text)
    finally:
        tool.enabled_rules = set()
        tool.enabled_rules_only = False
    assert m.rule_id == "PM502"
    assert text[m.offset :].startswith(long)  # the offset is right, in code points
    assert m.error_length == len(long) + 1  # the length is UTF-16 units, as sent


def test_context_offset_stays_in_utf16_units(tool) -> None:
    """After an emoji in the context, the client's `matched_text` is one character late."""
    text = "Start 😀.\n\n" + BLAME
    m = next(m for m in tool.check(text) if m.rule_id == "PM101")
    assert text[m.offset : m.offset + m.error_length] == "Dave forgot"
    units = m.context.encode("utf-16-le")
    start = 2 * m.offset_in_context
    assert units[start : start + 2 * m.error_length].decode("utf-16-le") == "Dave forgot"
    assert m.matched_text == "ave forgot "


def test_rule_and_category_selection(tool) -> None:
    tool.disabled_rules = {"PM101", "WHITESPACE_RULE"}
    tool.disabled_categories = {"PM4"}
    try:
        rules = {m.rule_id for m in tool.check(BLAMEFUL)}
    finally:
        tool.disabled_rules = set()
        tool.disabled_categories = set()
    assert rules and "PM101" not in rules and not any(r.startswith("PM4") for r in rules)
    tool.enabled_categories = {"PM3"}
    tool.enabled_rules_only = True
    try:
        rules = {m.rule_id for m in tool.check(BLAMEFUL)}
    finally:
        tool.enabled_categories = set()
        tool.enabled_rules_only = False
    assert rules and all(r.startswith("PM3") for r in rules)


def test_picky_and_preferred_variants_are_ignored(tool) -> None:
    tool.picky = True
    tool.preferred_variants = {"en-GB"}
    try:
        assert got(tool.check(BLAME)) == found(BLAME)
    finally:
        tool.picky = False
        tool.preferred_variants = set()


@pytest.mark.parametrize("language", ["en", "en-GB", "en-AU", "auto"])
def test_other_english_variants(live_server, language: str) -> None:
    lt = language_tool_python.LanguageTool(language, remote_server=live_server)
    assert got(lt.check(BLAME)) == found(BLAME)


def test_non_english_is_refused_by_the_client(live_server) -> None:
    """/v2/languages lists English only, so the client refuses German before any check."""
    with pytest.raises(ValueError, match="unsupported language"):
        language_tool_python.LanguageTool("de-DE", remote_server=live_server)
