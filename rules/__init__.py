"""The rule registry: every rule pmlint runs, sorted by code. Add new rules here."""

from __future__ import annotations

from rules.base import Rule
from rules.pm303_missing_owner import missing_owner

RULES: tuple[Rule, ...] = (missing_owner,)

assert list(RULES) == sorted(RULES, key=lambda r: r.code), "keep RULES sorted by code"
