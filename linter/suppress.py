"""Inline suppressions written as HTML comments.

    <!-- pmlint-disable PM101 -- quoting the customer's words -->
    ...
    <!-- pmlint-enable PM101 -->
    <!-- pmlint-disable-next-line PM402 -->
    <!-- pmlint-disable-file PM307 -->

Selectors are codes, prefixes or names, separated by commas or spaces; none means every
rule. The text after `--` is the reason, kept for `--show-suppressed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models import Finding, SuppressedFinding

_DIRECTIVE = re.compile(
    r"<!--\s*pmlint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S | re.I
)


@dataclass
class Directive:
    """One suppression comment."""

    kind: str
    selectors: tuple[str, ...]
    reason: str | None
    line: int
    end_line: int


def parse_directive(comment: str, line: int, end_line: int) -> Directive | None:
    """Read one HTML comment; None when it is not a pmlint directive."""
    m = _DIRECTIVE.search(comment)
    if not m:
        return None
    body, _, reason = m.group(2).partition("--")
    selectors = tuple(s for s in re.split(r"[\s,]+", body.strip()) if s)
    return Directive(m.group(1).lower(), selectors, reason.strip() or None, line, end_line)


def _codes(selectors: tuple[str, ...]) -> frozenset[str]:
    """The rule codes selectors name, as `--select` reads them: codes and prefixes in any
    case ("pm1"), names in any case ("Person-Blame"); none names every rule."""
    from rules import RULES

    if not selectors:
        return frozenset(r.code for r in RULES)
    wanted = {s.lower() for s in selectors}
    return frozenset(
        r.code
        for r in RULES
        if r.name in wanted
        or any(w.startswith("pm") and r.code.lower().startswith(w) for w in wanted)
    )


def unknown_selectors(d: Directive) -> list[str]:
    """The selectors of a directive that name no rule (typos: "PM3O3", "person-blam")."""
    return [s for s in d.selectors if not _codes((s,))]


def apply_suppressions(
    findings: list[Finding], directives: list[Directive]
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """Split `findings` into those still reported and those a directive silences.

    Each rule is disabled and enabled on its own: `disable PM101, PM102` then
    `enable person-blame` re-enables PM101 and leaves PM102 off.
    """
    ranges: list[tuple[int, int, str, str | None]] = []  # (first line, last line, code, why)
    open_: dict[str, tuple[int, str | None]] = {}
    file_wide: dict[str, str | None] = {}
    next_line: list[tuple[int, frozenset[str], str | None]] = []
    for d in sorted(directives, key=lambda d: d.line):
        codes = _codes(d.selectors)
        if d.kind == "disable":
            for code in codes:
                open_.setdefault(code, (d.line, d.reason))
        elif d.kind == "enable":
            for code in codes & open_.keys():
                first, why = open_.pop(code)
                ranges.append((first, d.line, code, why))
        elif d.kind == "disable-file":
            for code in codes:
                file_wide.setdefault(code, d.reason)
        else:
            next_line.append((d.end_line + 1, codes, d.reason))
    ranges += [(first, 1 << 30, code, why) for code, (first, why) in open_.items()]
    kept: list[Finding] = []
    silenced: list[SuppressedFinding] = []
    for f in findings:
        hit = f.rule in file_wide
        reason = file_wide.get(f.rule)
        for line, codes, why in next_line:
            if f.line == line and f.rule in codes:
                hit, reason = True, why
        for lo, hi, code, why in ranges:
            if code == f.rule and lo <= f.line <= hi:
                hit, reason = True, why
        if hit:
            silenced.append(SuppressedFinding(finding=f, reason=reason))
        else:
            kept.append(f)
    return kept, silenced
