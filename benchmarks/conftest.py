"""Shared set-up for the benchmarks: the corpus, a 2,000-word post-mortem, cache control."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from linter import memo, nlp

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
#: About 2,200 words, with tables, lists, a timeline and action items (MIT licence).
LONG_DOC = CORPUS / "PostHog__post-mortems__persons-db-migration-2025-11-15.md"

#: Results shared between benchmarks of one run, for the ratio report.
RESULTS: dict[str, float] = {}


def words(text: str) -> int:
    """Words as `wc -w` counts them."""
    return len(text.split())


def cold() -> None:
    """Forget everything remembered about any text (the model itself stays loaded)."""
    memo.clear_all()


@pytest.fixture(scope="session")
def corpus() -> list[tuple[str, str]]:
    """(path, text) of every corpus post-mortem."""
    files = sorted(CORPUS.glob("*.md"))
    if not files:
        pytest.skip("../shared/corpus is not available")
    return [(str(p), p.read_text(encoding="utf-8")) for p in files]


@pytest.fixture(scope="session")
def long_doc() -> str:
    if not LONG_DOC.is_file():
        pytest.skip("../shared/corpus is not available")
    return LONG_DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def model():
    """The spaCy pipeline, loaded once, warmed up (and textstat's dictionary too)."""
    from linter.engine import lint_text

    warnings.filterwarnings("ignore")
    lint_text("## Root Cause\n\nDave forgot to renew it. " + "The alert fired. " * 30)
    return nlp.load(nlp.model_name())
