"""PM408 unknown-severity, and its agreement with the severity policy."""

from __future__ import annotations

import pytest

from linter.selection import severity_level
from models.config import DEFAULT_LEVELS
from rules.pm408_unknown_severity import canonical
from tests.conftest import codes, lint, span

FAIL = ["Major", "Major (High Impact, Service Degradation)", "2", "SEV5", "P7", "Sev A", "bad"]

PASS = [
    "SEV0",
    "SEV1",
    "sev1",
    "SEV-1",
    "Sev 1",
    "sev_2",
    "Severity 3",
    "P2",
    "p 4",
    "High",
    "critical (customer-facing)",
    "SEV2 (major: degraded checkout)",
    "Low - internal only",
]


@pytest.mark.parametrize("value", FAIL)
def test_fires(value: str) -> None:
    text = f"Severity: {value}\n"
    found = lint(text, "PM408", dedent=False)
    assert codes(found) == ["PM408"]
    assert span(text, found[0]) == value


@pytest.mark.parametrize("value", PASS)
def test_passes(value: str) -> None:
    assert lint(f"Severity: {value}\n", "PM408", dedent=False) == []


@pytest.mark.parametrize("value", [*FAIL, *PASS, "SEV4", "P0", "medium", "Severity: 1"])
def test_agrees_with_the_severity_policy(value: str) -> None:
    """A value is on the default scale exactly when the policy can give it a level 0-4."""
    on_scale = not lint(f"Severity: {value}\n", "PM408", dedent=False)
    level = severity_level(value, DEFAULT_LEVELS)
    assert on_scale == (level is not None and 0 <= level <= 4)


@pytest.mark.parametrize(
    ("value", "form"),
    [
        ("SEV-1", "SEV1"),
        ("Sev 1", "SEV1"),
        ("Severity 1", "SEV1"),
        ("p 2", "P2"),
        ("High!", "high"),
    ],
)
def test_canonical(value: str, form: str) -> None:
    assert canonical(value) == form


def test_no_severity_field_no_finding() -> None:
    assert lint("# Outage\n\nThe severity was high.\n", "PM408", dedent=False) == []


def test_severity_in_a_table() -> None:
    text = "| Field | Value |\n|---|---|\n| Severity | Major |\n"
    (f,) = lint(text, "PM408", dedent=False)
    assert span(text, f) == "Major"


def test_exact_position() -> None:
    text = "# Outage\n\n- **Severity:** Major\n"
    (f,) = lint(text, "PM408", dedent=False)
    assert (f.line, f.column, f.end_column) == (3, 17, 22)
    assert f.message == (
        "severity 'Major' is not on the scale: use one of SEV0, SEV1, SEV2, SEV3, SEV4, ..."
    )
    assert f.suggestion == "use a level from the scale, e.g. 'SEV0'"
    assert f.severity == "warning"


def test_option_scale() -> None:
    scale = {"PM408": {"scale": ["minor", "major", "critical"]}}
    assert lint("Severity: Major\n", "PM408", dedent=False, rules=scale) == []
    found = lint("Severity: SEV1\n", "PM408", dedent=False, rules=scale)
    assert found[0].message.endswith("use one of minor, major, critical")
    only_p = {"PM408": {"scale": ["P1", "P2", "P3"]}}
    assert lint("Severity: p-2\n", "PM408", dedent=False, rules=only_p) == []
    assert codes(lint("Severity: SEV2\n", "PM408", dedent=False, rules=only_p)) == ["PM408"]
