"""PM404 long-tldr, and the sentence splitter it counts with."""

from __future__ import annotations

import pytest

from rules.pm404_long_tldr import split_sentences
from tests.conftest import codes, lint, span


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Checkout failed. The pool was full. We rolled back.", 3),
        ("Checkout failed! Why? Nobody knows...  Really.", 4),
        ("Errors rose, e.g. 500s and 503s, i.e. all writes. We rolled back.", 2),
        ("Latency rose to 1.5 s. Version v1.2.3 fixed it.", 2),
        ("Traffic (approx. 30%) failed. J. Smith paged Dr. Lee at 2 p.m. and fixed it", 2),
        ("It failed for 5 min. Then it recovered.", 2),
        ("Files, logs, etc. The end.", 2),
        ("On Oct. 26th the site broke.", 1),
        ('She said "roll back." Then it was fine.', 2),
        ("US-east failed vs. US-west. Both recovered.", 2),
        ("No full stop at the end", 1),
        ("First paragraph.\n\nSecond one, no stop\n\nThird.", 3),
        ("A line that wraps\nonto the next line.", 1),
        ("", 0),
    ],
)
def test_split_sentences(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


FAIL = [
    "TL;DR: Checkout failed for 40 minutes. The pool was exhausted. We rolled back.",
    "**TL;DR:** One. Two. Three.",
    "## TL;DR\n\nCheckout failed for 40 minutes.\n\nThe pool was exhausted.\n\n- We rolled back.\n",
    "| TL;DR | Checkout failed. The pool was full. We rolled back. |\n|---|---|\n",
]

PASS = [
    "TL;DR: Checkout failed for 40 minutes. A config change halved the pool.",
    "TL;DR: Checkout failed for approx. 40 min., e.g. for EU users. The pool was at 1.5x load.",
    "## TL;DR\n\nCheckout failed for 40 minutes (14:32 to 15:12 UTC).\n",
    # a long summary that is not a TL;DR is none of this rule's business
    "## Summary\n\nOne. Two. Three. Four.\n",
    "The TL;DR of it all: one. Two. Three.",  # not a TL;DR field, just prose
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(text, "PM404", dedent=False)) == ["PM404"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM404", dedent=False) == []


def test_exact_position() -> None:
    text = "# Outage\n\nTL;DR: One thing broke. Then another. Then a third.\n"
    (f,) = lint(text, "PM404", dedent=False)
    assert (f.line, f.column) == (3, 8)
    assert span(text, f) == "One thing broke. Then another. Then a third."
    assert f.message.startswith("TL;DR has 3 sentences: cut it to 2")
    assert f.severity == "info"
    assert f.suggestion


def test_option_max_sentences() -> None:
    text = "TL;DR: One. Two. Three.\n"
    assert lint(text, "PM404", dedent=False, rules={"PM404": {"max_sentences": 3}}) == []
    found = lint(text, "PM404", dedent=False, rules={"PM404": {"max_sentences": 1}})
    assert "cut it to 1" in found[0].message
