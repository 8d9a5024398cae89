"""Formatters: the same `FileResult`s rendered for people (text) or tools (JSON)."""

from __future__ import annotations

import json

from models import FileResult, Summary


def summarize(results: list[FileResult]) -> Summary:
    """Counts over all files."""
    summary = Summary(files=len(results))
    for r in results:
        summary.add(r.findings)
        summary.suppressed += len(r.suppressed)
        summary.failed_files += r.error is not None
    return summary


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_text(results: list[FileResult], show_suppressed: bool = False) -> str:
    """`path:line:col: PM303 [warning] message (missing-owner)` lines and a summary line."""
    lines = []
    for r in results:
        for f in r.findings:
            lines.append(
                f"{r.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message} ({f.name})"
            )
        if show_suppressed:
            for s in r.suppressed:
                f = s.finding
                why = f" -- {s.reason}" if s.reason else ""
                lines.append(
                    f"{r.path}:{f.line}:{f.column}: {f.rule} [suppressed] {f.message}"
                    f" ({f.name}){why}"
                )
    s = summarize(results)
    total = s.errors + s.warnings + s.infos
    # "in N files" counts the files that were checked: not those that could not be read.
    checked = sum(r.checked for r in results)
    files = _plural(checked, "file")
    if total:
        lines.append(
            f"Found {_plural(total, 'problem')} ({_plural(s.errors, 'error')}, "
            f"{_plural(s.warnings, 'warning')}, {s.infos} info) in {files}"
        )
    else:
        lines.append(f"No problems found in {files}")
    if s.failed_files:
        failed = _plural(s.failed_files, "file")
        lines[-1] += f"; {failed} could not be read or fully checked (see the errors above)"
    lines[-1] += "."
    if s.suppressed:
        lines[-1] += f" {s.suppressed} suppressed."
    return "\n".join(lines)


def format_json(results: list[FileResult], show_suppressed: bool = False) -> str:
    """`{"files": [{"path", "findings", ...}], "summary": {...}}`."""
    files = []
    for r in results:
        entry = {"path": r.path, "findings": [f.model_dump(mode="json") for f in r.findings]}
        if show_suppressed:
            entry["suppressed"] = [s.model_dump(mode="json") for s in r.suppressed]
        if r.error is not None:
            entry["error"] = r.error
        files.append(entry)
    return json.dumps(
        {"files": files, "summary": summarize(results).model_dump(mode="json")},
        indent=2,
        ensure_ascii=False,
    )
