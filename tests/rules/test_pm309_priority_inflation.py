"""PM309 priority-inflation."""

from __future__ import annotations

from tests.conftest import codes, lint, span


def items(priority: str, n: int, mark: str = "[ ]") -> str:
    return "".join(f"- {mark} [{priority}] Action {priority} {k}\n" for k in range(n))


def check(body: str, **config):
    return lint("## Action Items\n\n" + body, "PM309", dedent=False, **config)


def test_fires_when_more_than_five_share_p1() -> None:
    found = check(items("P1", 6) + items("P2", 2))
    assert codes(found) == ["PM309"]
    assert "6 open action items share the top priority P1 (max 5)" in found[0].message


def test_five_is_fine() -> None:
    assert check(items("P1", 5) + items("P2", 4)) == []


def test_top_is_the_most_urgent_level_present() -> None:
    # No P0 or P1 here: P2 is the top, and seven items share it.
    assert codes(check(items("P2", 7) + items("P3", 1))) == ["PM309"]
    # One P0 makes P0 the top; the six P1s are then not the top priority.
    assert check(items("P0", 1) + items("P1", 6)) == []


def test_words_scale() -> None:
    assert codes(check(items("High", 6) + items("Low", 3))) == ["PM309"]
    assert check(items("critical", 1) + items("high", 6)) == []


def test_mixed_scales_are_judged_separately() -> None:
    assert check(items("P1", 4) + items("critical", 4)) == []
    found = check(items("P1", 6) + items("critical", 3))
    assert len(found) == 1 and "P1" in found[0].message


def test_done_items_do_not_count() -> None:
    assert check(items("P1", 5) + items("P1", 3, "[x]")) == []


def test_table_priority_cells() -> None:
    rows = "".join(f"| Action {k} | 1 |\n" for k in range(6))
    assert codes(check("| Action | Priority |\n|---|---|\n" + rows)) == ["PM309"]


def test_option_max_top_priority() -> None:
    body = items("P1", 3)
    assert check(body, rules={"PM309": {"max_top_priority": 3}}) == []
    found = check(body, rules={"PM309": {"max_top_priority": 2}})
    assert codes(found) == ["PM309"]
    assert "(max 2)" in found[0].message


def test_exact_position_on_the_action_items_heading() -> None:
    text = "# Outage\n\n## Remediation\n\n" + items("P1", 6)
    (f,) = lint(text, "PM309", dedent=False)
    assert (f.line, f.column, f.end_line, f.end_column) == (3, 4, 3, 15)
    assert span(text, f) == "Remediation"
    assert f.section == "Remediation"
    assert f.suggestion


def test_no_action_items_section_anchors_on_the_title() -> None:
    text = "# Outage\n\n| Action | Owner | Priority |\n|---|---|---|\n" + "".join(
        f"| Action {k} | @a | P1 |\n" for k in range(6)
    )
    (f,) = lint(text, "PM309", dedent=False)
    assert span(text, f) == "Outage"
