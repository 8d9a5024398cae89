"""Re-linting an edited document: caches by content give the same answer as a cold lint.

Editors re-send the whole post-mortem on every pause in typing. The Markdown reader
parses it in parts between top-level headings and remembers each part by its text; the
sentence parses, gate verdicts and readability scores are remembered by text too. These
tests check that none of it changes a single finding, and that an edit really re-parses
only the edited part. (Speed is measured in benchmarks/test_editor.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import markdown, memo, nlp
from linter.engine import lint_text
from linter.markdown import read_markdown
from linter.source import Source
from linter.structure import freeze, is_exact_title
from models import Config

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DOCS = sorted(
    [*SHARED.glob("corpus/*.md"), *SHARED.glob("templates/*.md"), *ROOT.glob("examples/*.md")]
)
TABLE = freeze(Config().section_table())


def is_title(text: str) -> bool:
    return is_exact_title(text, TABLE)


def _both(text: str):
    parts = read_markdown(Source(text), is_title, segmented=True)
    return parts, read_markdown(Source(text), is_title, segmented=False)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_segmented_reading_equals_one_whole_parse(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for variant in (text, "\ufeff" + text.replace("\n", "\r\n")):
        parts, whole = _both(variant)
        assert parts == whole


# Lines that open, close or confuse Markdown blocks, so a wrong cut would show.
LINES = [
    "# Incident",
    "## Timeline",
    "### Root cause",
    "#",
    "#not a heading",
    "```",
    "```python",
    "~~~",
    "````",
    "    indented code",
    "<div>",
    "</div>",
    "<!-- pmlint-disable PM101 -->",
    "<!--",
    "-->",
    "<pre>",
    "</pre>",
    "- item",
    "1. step",
    "  - nested item",
    "> quoted",
    "| Owner | Due |",
    "|---|---|",
    "| Bob | 2026-03-01 |",
    "[ref]: https://example.com 'title'",
    "[Ref]: https://example.org",
    "see [the doc][ref] and [ref] and [x](http://y)",
    "Dave forgot to renew the certificate.",
    "Summary",
    "=======",
    "**Impact:** checkout was down",
    "14:02 UTC the alert fired",
    "",
    "",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), max_size=40), st.booleans())
def test_segmented_reading_equals_whole_on_generated_markdown(lines: list[str], crlf) -> None:
    text = ("\r\n" if crlf else "\n").join(lines)
    parts, whole = _both(text)
    assert parts == whole


def _dump(result) -> list[dict]:
    return [f.model_dump() for f in result.findings] + [
        {"suppressed": s.model_dump()} for s in result.suppressed
    ]


EDITS = [
    ("append a blaming sentence", lambda p: p + " Dave forgot to restart the node."),
    ("append a plain sentence", lambda p: p + " We restarted the node at 14:05."),
    ("delete the paragraph", lambda p: ""),
    ("split the paragraph with a heading", lambda p: "## Root cause\n\n" + p),
    ("open a fence that never closes", lambda p: "```\n" + p),
    ("define a link reference", lambda p: p + "\n\n[ref]: https://example.com"),
]
EDITED = [
    SHARED / "corpus" / "PostHog__post-mortems__feature-flags-recurring-outages-2025-10.md",
    SHARED / "corpus" / "Chia-Network__post-mortem__dust-storm-2021-10-31.md",
    ROOT / "examples" / "blameful.md",
]


@pytest.mark.parametrize("path", EDITED, ids=lambda p: p.name)
@pytest.mark.parametrize("what, edit", EDITS, ids=[e[0] for e in EDITS])
def test_warm_relint_after_an_edit_equals_a_cold_lint(path: Path, what: str, edit) -> None:
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    parts = path.read_text(encoding="utf-8").split("\n\n")
    at = next(i for i in range(len(parts) // 2, len(parts)) if parts[i][:1].isalpha())
    edited = "\n\n".join([*parts[:at], edit(parts[at]), *parts[at + 1 :]])
    for config in (Config(), Config(full_parse=True)):
        lint_text("\n\n".join(parts), config)  # the version the editor sent before
        warm = _dump(lint_text(edited, config))
        memo.clear_all()
        cold = _dump(lint_text(edited, config))
        assert warm == cold, what


def test_an_edit_reparses_only_the_edited_part(monkeypatch) -> None:
    path = EDITED[0]
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    text = path.read_text(encoding="utf-8")
    parts = text.split("\n\n")
    at = next(i for i in range(len(parts) // 2, len(parts)) if parts[i][:1].isalpha())
    edited = "\n\n".join(
        [*parts[:at], parts[at] + " Dave forgot to restart the node.", *parts[at + 1 :]]
    )
    config = Config(full_parse=True)
    lint_text(text, config)
    before = markdown._FRAGMENTS.misses
    model = nlp.load(nlp.model_name())
    sent: list[str] = []
    real_pipe = model.pipe

    def pipe(texts, **kwargs):
        texts = list(texts)
        sent.extend(texts)
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(model, "pipe", pipe)
    lint_text(edited, config)
    assert markdown._FRAGMENTS.misses - before == 1  # one part re-read
    # Full-parse mode reads every sentence, yet only the new one goes to spaCy.
    assert sent == ["Dave forgot to restart the node."]
