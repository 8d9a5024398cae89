"""Meta-tests over the rule registry: codes, names, documentation, examples, test files."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

from linter.engine import lint_text
from models import Config, Severity
from rules import RULES

TESTS = Path(__file__).parent / "rules"
_FENCE = re.compile(r"```markdown([^\n]*)\n(.*?)```", re.S)


def examples(doc: str) -> tuple[tuple[str, dict], tuple[str, dict]]:
    """The fenced Example and Use-instead blocks of a rule's docstring, with their config."""
    head, _, tail = doc.partition("Use instead:")
    bad, good = _FENCE.search(head.partition("## Example")[2]), _FENCE.search(tail)
    assert bad and good, "docstring needs a ```markdown block after '## Example' and 'Use instead:'"

    def cfg(m: re.Match) -> dict:
        return json.loads(m.group(1)) if m.group(1).strip() else {}

    return (bad.group(2), cfg(bad)), (good.group(2), cfg(good))


def test_codes_unique_well_formed_and_sorted() -> None:
    codes = [r.code for r in RULES]
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"PM[1-5]\d\d", c) for c in codes)


def test_names_unique_and_kebab_case() -> None:
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", n) for n in names)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_module_and_test_file_named_after_rule(rule) -> None:
    stem = f"{rule.code.lower()}_{rule.name.replace('-', '_')}"
    assert Path(inspect.getfile(rule.check)).stem == stem
    assert (TESTS / f"test_{stem}.py").is_file(), f"missing tests/rules/test_{stem}.py"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_sections(rule) -> None:
    doc = rule.doc
    assert doc.splitlines()[0].endswith("."), "first line is a one-sentence summary"
    for heading in ("## Why is this bad?", "## Example", "Use instead:"):
        assert heading in doc, f"{rule.code} docstring lacks {heading!r}"
    if rule.options is not None:
        assert "## Options" in doc
        for field in rule.options.model_fields:
            assert f"`{field}`" in doc, f"option {field!r} is not documented"
    assert isinstance(rule.severity, Severity)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_examples_behave(rule) -> None:
    (bad, bad_cfg), (good, good_cfg) = examples(rule.doc)
    fired = lint_text(bad, Config.from_mapping({"select": [rule.code], **bad_cfg})).findings
    assert any(f.rule == rule.code for f in fired), f"{rule.code}: Example does not trigger"
    clean = lint_text(good, Config.from_mapping({"select": [rule.code], **good_cfg})).findings
    assert not clean, f"{rule.code}: 'Use instead' still triggers: {clean}"


def test_docs_rules_md_is_up_to_date() -> None:
    from linter.docs import render

    path = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert path.read_text(encoding="utf-8") == render(), "run `make docs` and commit"
