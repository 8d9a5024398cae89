"""Run the enabled rules over a document and turn their hits into findings.

A rule only yields hits with character offsets; this module stamps each with the rule's
code, name and severity, its line and column, and its section, then applies inline
suppressions. Every front end (CLI, HTTP service, audit) calls `lint_text`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from linter import nlp
from linter.document import parse_document
from linter.selection import resolve
from linter.source import Source
from linter.suppress import Directive, apply_suppressions, parse_directive, unknown_selectors
from models import Config, ConfigError, Document, Finding, Hit, RuleSettings, SuppressedFinding
from rules.base import Rule

log = logging.getLogger("pmlint")


@dataclass
class LintResult:
    """Findings for one text, plus what was suppressed and the parsed document."""

    findings: list[Finding]
    suppressed: list[SuppressedFinding] = field(default_factory=list)
    document: Document | None = None
    #: Rules that raised on this text (a pmlint bug): "PM101 (person-blame): KeyError: ..".
    #: Their findings are missing; every other rule's are present.
    errors: list[str] = field(default_factory=list)
    #: Things to tell the author that are not findings: "line 12: 'PM3O3' in a pmlint
    #: comment names no rule".
    notices: list[str] = field(default_factory=list)


def _in_skipped(doc: Document, hit: Hit) -> bool:
    """Hits inside code, front matter or comments are never reported."""
    if hit.end <= hit.start:
        return False
    return any(a <= hit.start and hit.end <= b for a, b in doc.skipped)


def to_finding(rule: Rule, severity, hit: Hit, doc: Document, src: Source) -> Finding:
    """Stamp a hit with everything a user needs to find and fix it."""
    line, column = src.position(hit.start)
    end_line, end_column = src.position(hit.end)
    section = doc.section_at(hit.start)
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=severity,
        message=" ".join(hit.message.split()),  # one line: messages quote the document
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=hit.start,
        length=hit.end - hit.start,
        section=section.title if section else None,
        suggestion=" ".join(hit.suggestion.split()) if hit.suggestion else hit.suggestion,
    )


def directives(doc: Document, src: Source) -> list[Directive]:
    """The pmlint suppression comments of a document."""
    found = []
    for c in doc.comments:
        d = parse_directive(c.text, src.position(c.start)[0], src.position(c.end)[0])
        if d:
            found.append(d)
    return found


def _where(exc: BaseException) -> str:
    """An exception's type and innermost frame: enough to report a bug, and no part of
    the text (an exception's message can quote it; post-mortems are sensitive)."""
    tb = traceback.extract_tb(exc.__traceback__)
    frame = f" at {tb[-1].filename}:{tb[-1].lineno} in {tb[-1].name}" if tb else ""
    return f"{type(exc).__name__}{frame}"


def _plan(doc: Document, config: Config) -> list[tuple[Rule, RuleSettings]]:
    """The rules that run on this document (its own Severity field picks the policy)."""
    sev_field = doc.summary.get("severity")
    return resolve(config, sev_field.value if sev_field else None)


def _evaluate(doc: Document, chosen: list[tuple[Rule, RuleSettings]]) -> LintResult:
    """Run the chosen rules on a prepared document and stamp their hits."""
    src = Source(doc.text)
    findings: list[Finding] = []
    errors: list[str] = []
    seen: set[tuple[str, int, int, str]] = set()
    for rule, settings in chosen:
        try:
            hits = list(rule(doc, settings.options))
        except Exception as exc:  # a bug in one rule must not hide the others' findings
            log.error("rule %s failed: %s", rule.code, _where(exc))
            errors.append(f"{rule.code} ({rule.name}): {type(exc).__name__}: {exc}")
            continue
        for hit in hits:
            key = (rule.code, hit.start, hit.end, hit.message)
            if key in seen or _in_skipped(doc, hit):
                continue
            seen.add(key)
            findings.append(to_finding(rule, settings.severity, hit, doc, src))
    findings.sort(key=lambda f: (f.offset, f.rule, f.length))
    comments = directives(doc, src)
    kept, suppressed = apply_suppressions(findings, comments)
    notices = [
        f"line {d.line}: '{s}' in a pmlint-{d.kind} comment names no rule"
        for d in comments
        for s in unknown_selectors(d)
    ]
    return LintResult(kept, suppressed, doc, errors, notices)


def lint_document(doc: Document, config: Config | None = None) -> LintResult:
    """Run every enabled rule on a parsed document."""
    config = config or Config()
    chosen = _plan(doc, config)
    if any(r.nlp for r, _ in chosen):
        nlp.annotate(doc, [r for r, _ in chosen if r.nlp], config)
    return _evaluate(doc, chosen)


def lint_text(
    text: str, config: Config | None = None, path: str | None = None, fmt: str | None = None
) -> LintResult:
    """Parse and lint one post-mortem given as a string."""
    config = config or Config()
    return lint_document(parse_document(text, config, path, fmt), config)


@dataclass
class Job:
    """One text to lint, with its config and path (for the format and messages)."""

    text: str
    config: Config
    path: str | None = None


def lint_many(jobs: Iterable[Job], batch: int = 16) -> Iterator[LintResult | Exception]:
    """Lint many texts in order, parsing the sentences of `batch` documents in one call.

    spaCy is much faster on one large batch than on many small ones, so a directory is
    linted this way. A document that raises yields its exception (its neighbours are
    still linted); configuration and model errors are raised, since they hit them all.
    """
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == batch:
            yield from _lint_chunk(chunk)
            chunk = []
    if chunk:
        yield from _lint_chunk(chunk)


def _lint_chunk(jobs: list[Job]) -> Iterator[LintResult | Exception]:
    planned: list[tuple[Document, list, Config] | Exception] = []
    by_model: dict[str | None, list] = {}
    for job in jobs:
        try:
            doc = parse_document(job.text, job.config, job.path, incremental=False)
            chosen = _plan(doc, job.config)
            nlp_rules = [r for r, _ in chosen if r.nlp]
            pending = nlp.prepare(doc, nlp_rules, job.config) if nlp_rules else []
        except (ConfigError, nlp.ModelError):
            raise
        except Exception as exc:  # a bug must not stop the other files
            log.exception("linting %s failed", job.path or "<text>")
            planned.append(exc)
            continue
        by_model.setdefault(job.config.model, []).append((len(planned), pending, job.config))
        planned.append((doc, chosen, job.config))
    for groups in by_model.values():
        try:
            nlp.parse_pending([s for _, pending, _ in groups for s in pending], groups[0][2])
        except (ConfigError, nlp.ModelError):
            raise
        except Exception:  # find the document that broke the batch; parse the rest
            for index, pending, config in groups:
                try:
                    nlp.parse_pending(pending, config)
                except Exception as exc:
                    log.error("parsing %s failed: %s", planned[index][0].path, _where(exc))
                    planned[index] = exc
    for item in planned:
        if isinstance(item, Exception):
            yield item
            continue
        doc, chosen, _ = item
        try:
            yield _evaluate(doc, chosen)
        except Exception as exc:
            log.exception("linting %s failed", doc.path or "<text>")
            yield exc
