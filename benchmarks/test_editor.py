"""Speed for editors: re-linting a 3,000-word post-mortem after one paragraph changed.

    make bench      (or: .venv/bin/python -m pytest benchmarks/test_editor.py -s)

Editors re-send the whole document on every pause in typing. Target (issue 4): a warm
re-lint with one paragraph changed takes <= 15% of a cold lint of the same text. "Cold"
empties every cache (`linter.memo.clear_all`) but keeps the loaded model; "warm" has
linted the previous version. Each round edits the paragraph differently, so nothing is
served whole from a cache. That the findings are identical is checked in
tests/test_editor_cache.py, not here.

Two edits are measured: one that adds a plain sentence, and one that adds a sentence a
language rule must parse ("Dave forgot ..."), which costs a spaCy parse when warm too.
"""

from __future__ import annotations

import itertools
import statistics
import sys

import pytest

from benchmarks.conftest import CORPUS, RESULTS, cold, words
from linter.engine import lint_text
from models import Config

#: 3,372 words: prose, lists, tables, action items (PostHog, MIT licence).
DOC = CORPUS / "PostHog__post-mortems__feature-flags-recurring-outages-2025-10.md"
EDITS = {
    "plain": "We also restarted node {n} after the alert fired.",
    "parsed": "Dave forgot to restart node {n} after the alert fired.",
}
_counter = itertools.count()


@pytest.fixture(scope="module")
def paragraphs() -> tuple[list[str], int]:
    if not DOC.is_file():
        pytest.skip("../shared/corpus is not available")
    parts = DOC.read_text(encoding="utf-8").split("\n\n")
    prose = [
        i
        for i in range(len(parts) // 3, 2 * len(parts) // 3)
        if parts[i][:1].isalnum() and len(parts[i].split()) >= 30
    ]
    return parts, prose[0]


def _edited(paragraphs: tuple[list[str], int], kind: str) -> str:
    parts, at = paragraphs
    changed = list(parts)
    changed[at] = f"{parts[at]} {EDITS[kind].format(n=next(_counter))}"
    return "\n\n".join(changed)


def _run(benchmark, paragraphs, kind: str, warm: bool, config: Config, rounds: int) -> None:
    base = "\n\n".join(paragraphs[0])

    def setup():
        if warm:
            lint_text(base, config)  # the version the editor sent last (cached)
        else:
            cold()
        return (_edited(paragraphs, kind), config), {}

    benchmark.pedantic(lint_text, setup=setup, rounds=rounds)
    RESULTS[f"editor {kind} {'warm' if warm else 'cold'}{' full' * config.full_parse}"] = (
        benchmark.stats.stats.median
    )


@pytest.mark.benchmark(group="editor: 3,000-word post-mortem, one paragraph edited")
@pytest.mark.parametrize("kind", sorted(EDITS))
def test_cold(benchmark, model, paragraphs, kind) -> None:
    _run(benchmark, paragraphs, kind, warm=False, config=Config(), rounds=15)


@pytest.mark.benchmark(group="editor: 3,000-word post-mortem, one paragraph edited")
@pytest.mark.parametrize("kind", sorted(EDITS))
def test_warm(benchmark, model, paragraphs, kind) -> None:
    _run(benchmark, paragraphs, kind, warm=True, config=Config(), rounds=60)


@pytest.mark.benchmark(group="editor, full-parse mode")
@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_full_parse(benchmark, model, paragraphs, warm) -> None:
    _run(benchmark, paragraphs, "parsed", warm, Config(full_parse=True), 5 if not warm else 20)


def test_editor_report(paragraphs) -> None:
    """Print the warm / cold ratios (run with -s to see them)."""
    keys = [k for k in RESULTS if k.startswith("editor ")]
    if len(keys) < 6:
        pytest.skip("run the whole benchmarks/test_editor.py to get the report")
    n = words("\n\n".join(paragraphs[0]))
    lines = ["", f"editor re-lint, {n}-word post-mortem, one paragraph edited (medians):"]
    for kind, suffix in [("plain", ""), ("parsed", ""), ("parsed", " full")]:
        c, w = RESULTS[f"editor {kind} cold{suffix}"], RESULTS[f"editor {kind} warm{suffix}"]
        label = f"{kind} sentence added{' (full-parse mode)' if suffix else ''}"
        lines.append(
            f"  {label:<38} cold {c * 1000:7.1f} ms  warm {w * 1000:6.1f} ms"
            f"  warm/cold = {w / c:.1%} (target <= 15%)"
        )
    ratios = [
        RESULTS[f"editor {k} warm"] / RESULTS[f"editor {k} cold"] for k in ("plain", "parsed")
    ]
    lines.append(f"  default mode, mean of the two edits: {statistics.mean(ratios):.1%}")
    print("\n".join(lines), file=sys.stderr)
