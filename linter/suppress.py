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
    r"<!--\s*pmlint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S
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
    return Directive(m.group(1), selectors, reason.strip() or None, line, end_line)


def _picks(selectors: tuple[str, ...], f: Finding) -> bool:
    if not selectors:
        return True
    return any(
        s == f.name or (s.upper().startswith("PM") and f.rule.startswith(s.upper()))
        for s in selectors
    )


def apply_suppressions(
    findings: list[Finding], directives: list[Directive]
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """Split `findings` into those still reported and those a directive silences."""
    # Each disable opens a range per selector; an enable closes the matching ranges.
    ranges: list[tuple[int, int, tuple[str, ...], str | None]] = []
    open_: list[Directive] = []
    file_wide: list[Directive] = []
    next_line: list[Directive] = []
    for d in sorted(directives, key=lambda d: d.line):
        if d.kind == "disable":
            open_.append(d)
        elif d.kind == "enable":
            still = []
            for o in open_:
                closing = not d.selectors or set(o.selectors) <= set(d.selectors)
                if closing and (o.selectors or not d.selectors):
                    ranges.append((o.line, d.line, o.selectors, o.reason))
                else:
                    still.append(o)
            open_ = still
        elif d.kind == "disable-file":
            file_wide.append(d)
        else:
            next_line.append(d)
    ranges += [(o.line, 1 << 30, o.selectors, o.reason) for o in open_]
    kept: list[Finding] = []
    silenced: list[SuppressedFinding] = []
    for f in findings:
        reason: str | None = None
        hit = False
        for d in file_wide:
            if _picks(d.selectors, f):
                hit, reason = True, d.reason
        for d in next_line:
            if f.line == d.end_line + 1 and _picks(d.selectors, f):
                hit, reason = True, d.reason
        for lo, hi, sels, why in ranges:
            if lo <= f.line <= hi and _picks(sels, f):
                hit, reason = True, why
        if hit:
            silenced.append(SuppressedFinding(finding=f, reason=reason))
        else:
            kept.append(f)
    return kept, silenced
