"""PM502 long-sentence."""

from __future__ import annotations

from tests.conftest import codes, lint, span

LONG = " ".join(["word"] * 41) + "."
AT_LIMIT = " ".join(["word"] * 40) + "."


def test_fires_above_the_limit() -> None:
    assert codes(lint(f"## What happened\n\n{LONG}\n", "PM502")) == ["PM502"]


def test_passes_at_the_limit_and_split_sentences() -> None:
    assert lint(f"## What happened\n\n{AT_LIMIT}\n", "PM502") == []
    halves = " ".join(["word"] * 25) + ". " + " ".join(["word"] * 25) + "."
    assert lint(f"## What happened\n\n{halves}\n", "PM502") == []


def test_punctuation_and_abbreviations() -> None:
    # "e.g." does not end a sentence; dashes and symbols are not words.
    text = "We paused, e.g. for the " + " ".join(["step"] * 34) + " - and – then stopped."
    assert codes(lint(f"## What happened\n\n{text}\n", "PM502")) == ["PM502"]


def test_not_in_quotes_or_headings() -> None:
    assert lint(f"## What happened\n\n> {LONG}\n", "PM502") == []


def test_max_words_option() -> None:
    text = "## What happened\n\nOne two three four five six.\n"
    assert codes(lint(text, "PM502", rules={"PM502": {"max_words": 5}})) == ["PM502"]


def test_exact_position() -> None:
    text = f"## What happened\n\nShort one. {LONG} Short two.\n"
    (f,) = lint(text, "PM502", dedent=False)
    assert (f.line, f.column) == (3, 12)
    assert span(text, f) == LONG
