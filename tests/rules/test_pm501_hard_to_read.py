"""PM501 hard-to-read."""

from __future__ import annotations

from rules.pm501_hard_to_read import grade
from tests.conftest import codes, lint, span

HARD = (
    "Intermittent unavailability of the authentication infrastructure originated from an "
    "insufficiently characterised interaction between the asynchronous token-revocation "
    "propagation mechanism and the horizontally partitioned session persistence layer, "
    "whereby revocation notifications, under conditions of elevated concurrency, were "
    "systematically misattributed to inappropriate partitions, consequently invalidating "
    "legitimate authentication credentials and precipitating widespread failures."
)
PLAIN = (
    "Logins failed because token revocations went to the wrong session shard. Under load, "
    "the revocation job picked the shard from a stale map. It revoked valid tokens on that "
    "shard, and users on it were logged out. Apps that check tokens then failed too. The "
    "map was refreshed every ten minutes, which was too slow after we split the sessions."
)


def test_hard_section_fires_on_its_heading() -> None:
    text = f"# T\n\n## Root Cause\n\n{HARD}\n"
    (f,) = lint(text, "PM501", dedent=False)
    assert span(text, f) == "Root Cause" and (f.line, f.column) == (3, 4)
    assert f.severity == "info" and "grade" in f.message


def test_plain_section_passes() -> None:
    assert lint(f"## Root Cause\n\n{PLAIN}\n", "PM501") == []
    assert grade(PLAIN) < 14 < grade(HARD)


def test_short_sections_are_not_graded() -> None:
    short = " ".join(HARD.split()[:25])
    assert lint(f"## Root Cause\n\n{short}.\n", "PM501") == []
    assert codes(
        lint(f"## Root Cause\n\n{short}.\n", "PM501", rules={"PM501": {"min_words": 10}})
    ) == ["PM501"]


def test_max_grade_option() -> None:
    assert codes(
        lint(f"## Root Cause\n\n{PLAIN}\n", "PM501", rules={"PM501": {"max_grade": 3}})
    ) == ["PM501"]
