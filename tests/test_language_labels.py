"""The labelled set (tests/data): accuracy per rule, and both parse modes agree."""

from __future__ import annotations

import pytest

from benchmarks.accuracy import CODES, Score, evaluate, load, predict
from linter.engine import lint_text
from models import Config
from tests.conftest import CORPUS

#: The issue's targets, checked on the split the rules were tuned on.
PRECISION, RECALL = 0.95, 0.90
#: Every split together (including the held-out items): a floor that catches regressions.
FLOOR_PRECISION, FLOOR_RECALL = 0.85, 0.75


@pytest.fixture(scope="module")
def dev() -> dict[str, Score]:
    return evaluate("dev")


@pytest.fixture(scope="module")
def everything() -> dict[str, Score]:
    return evaluate("all")


def test_the_set_is_big_enough() -> None:
    items = load("all")
    assert len(items) >= 200
    for code in CODES:
        assert sum(code in i["rules"] for i in items) >= 10, code


@pytest.mark.parametrize("code", CODES)
def test_targets_on_dev(dev: dict[str, Score], code: str) -> None:
    s = dev[code]
    assert s.precision >= PRECISION and s.recall >= RECALL, "\n".join(s.misses)


@pytest.mark.parametrize("code", CODES)
def test_floor_on_all_items(everything: dict[str, Score], code: str) -> None:
    s = everything[code]
    assert s.precision >= FLOOR_PRECISION and s.recall >= FLOOR_RECALL, "\n".join(s.misses)


def test_default_and_full_parse_agree_on_the_labelled_set() -> None:
    fast = Config(select=list(CODES))
    full = Config(select=list(CODES), full_parse=True)
    differ = [i["id"] for i in load("all") if predict(i, fast) != predict(i, full)]
    assert differ == []


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name[:50])
def test_default_and_full_parse_agree_on_the_corpus(path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = lint_text(text, Config(), path=str(path)).findings
    full = lint_text(text, Config(full_parse=True), path=str(path)).findings
    assert fast == full
