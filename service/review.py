"""A pull-request review built from findings: a summary body and one comment per line."""

from __future__ import annotations

import re
from itertools import groupby

from models import Finding, Summary
from models.api import ReviewComment
from rules import RULES

_BY_CODE = {r.code: r for r in RULES}
_ICON = {"error": "🛑", "warning": "⚠️", "info": "ℹ️"}


_MARKUP = re.compile(r"[\\`*_\[\]<>|~&]")


def md_text(text: str) -> str:
    """Text that quotes the document, safe to post: one line, its Markdown and HTML
    characters escaped ("&" too: "&#64;" is an "@"), and no @-mention (a zero-width
    space after each "@"): a review must not notify the person a finding says is being
    blamed, nor a whole team."""
    flat = " ".join(text.split())
    return _MARKUP.sub(lambda m: "\\" + m.group(), flat).replace("@", "@\u200b")


def code_span(text: str) -> str:
    """`text` as one inline code span, whatever backticks it holds."""
    flat = " ".join(text.split())
    fence = "`" * (max(map(len, re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _why(code: str) -> str:
    """The first paragraph of a rule's 'Why is this bad?' section."""
    doc = _BY_CODE[code].doc
    why = doc.partition("## Why is this bad?")[2].partition("##")[0].strip()
    return " ".join(why.split("\n\n")[0].split())


def review_body(
    path: str, findings: list[Finding], summary: Summary, errors: list[str] = ()
) -> str:
    """The review's Markdown body: counts, a table of findings, and what each rule means
    (and, when a rule failed, a warning that the review is incomplete)."""
    warning = (
        "\n\n> **Incomplete review:** pmlint failed to run "
        + ", ".join(md_text(e.split(" ", 1)[0]) for e in errors)
        + " on this file; those findings are missing."
        if errors
        else ""
    )
    if not findings:
        return f"### pmlint review of {code_span(path)}\n\nNo problems found.{warning}"
    lines = [
        f"### pmlint review of {code_span(path)}",
        "",
        f"**{len(findings)} finding{'s' if len(findings) != 1 else ''}**: "
        f"{summary.errors} error(s), {summary.warnings} warning(s), {summary.infos} info.",
        "",
        "| Line | Rule | Severity | Finding |",
        "|---:|---|---|---|",
    ]
    for f in findings:
        lines.append(
            f"| {f.line} | `{f.rule}` {f.name} | {_ICON[f.severity.value]} {f.severity.value} "
            f"| {md_text(f.message)} |"
        )
    lines += ["", "<details><summary>What these rules look for</summary>", ""]
    for code in sorted({f.rule for f in findings}):
        rule = _BY_CODE[code]
        lines.append(f"- **{code} {rule.name}**: {rule.summary} {_why(code)}")
    lines += ["", "</details>"]
    return "\n".join(lines) + warning


def review_comments(path: str, findings: list[Finding]) -> list[ReviewComment]:
    """One comment per line that has findings (GitHub allows one thread per line)."""
    comments = []
    for line, group in groupby(sorted(findings, key=lambda f: f.line), key=lambda f: f.line):
        parts = []
        for f in group:
            text = (
                f"{_ICON[f.severity.value]} **{f.rule} {f.name}** ({f.severity.value}): "
                f"{md_text(f.message)}"
            )
            if f.suggestion:
                text += f"\n\n> Suggestion: {md_text(f.suggestion)}"
            parts.append(text)
        comments.append(ReviewComment(path=path, line=line, body="\n\n---\n\n".join(parts)))
    return comments
