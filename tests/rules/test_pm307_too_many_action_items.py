"""PM307 too-many-action-items."""

from __future__ import annotations

from tests.conftest import codes, lint, span


def items(n: int, mark: str = "[ ]", start: int = 0) -> str:
    return "".join(f"- {mark} Action number {k}\n" for k in range(start, start + n))


def test_fires_above_the_default_of_ten() -> None:
    assert codes(lint("## Action Items\n\n" + items(11), "PM307")) == ["PM307"]


def test_ten_is_fine() -> None:
    assert lint("## Action Items\n\n" + items(10), "PM307") == []


def test_done_items_do_not_count() -> None:
    text = "## Action Items\n\n" + items(10) + items(5, "[x]", 10)
    assert lint(text, "PM307") == []


def test_items_spread_over_subsections_and_tables_add_up() -> None:
    rows = "".join(f"| Table action {k} | @a |\n" for k in range(4))
    text = (
        "## Action Items\n\n### Short term\n\n"
        + items(4)
        + "\n### Long term\n\n"
        + items(3, start=4)
        + "\n### Tracked\n\n| Action | Owner |\n|---|---|\n"
        + rows
    )
    found = lint(text, "PM307", dedent=False)
    assert codes(found) == ["PM307"]
    assert "11 open action items (max 10)" in found[0].message


def test_option_max_action_items() -> None:
    text = "## Action Items\n\n" + items(3)
    assert lint(text, "PM307", rules={"PM307": {"max_action_items": 3}}) == []
    found = lint(text, "PM307", rules={"PM307": {"max_action_items": 2}})
    assert codes(found) == ["PM307"]
    assert "3 open action items (max 2)" in found[0].message


def test_exact_position_on_the_action_items_heading() -> None:
    text = "# Outage\n\n## Summary\n\nIt broke.\n\n## Corrective Actions\n\n" + items(11)
    (f,) = lint(text, "PM307", dedent=False)
    assert (f.line, f.column) == (7, 4)
    assert span(text, f) == "Corrective Actions"
    assert f.section == "Corrective Actions"
    assert f.suggestion


def test_anchor_is_the_section_holding_the_open_items() -> None:
    text = "## Next steps\n\n" + items(2, "[x]") + "\n## Action Items\n\n" + items(11)
    (f,) = lint(text, "PM307", dedent=False)
    assert span(text, f) == "Action Items"
