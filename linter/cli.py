"""The `pmlint` command line: check, rules, explain (and serve, from `service`)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from linter.config import config_for, merge
from linter.document import MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from linter.engine import Job, lint_many
from linter.nlp import ModelError
from linter.output import format_json, format_text
from linter.selection import check_selectors, rule_for
from models import ConfigError, FileResult, Severity
from rules import RULES

SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(values: tuple[str, ...]) -> list[str] | None:
    """`--select PM1,PM3 --select PM401` -> ['PM1', 'PM3', 'PM401']."""
    out = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return out or None


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


class NoFilesError(Exception):
    """Nothing to check: every path given was a directory without a post-mortem in it."""


def iter_files(
    paths: tuple[str, ...], empty: list[str] | None = None
) -> Iterator[tuple[str, Path | None]]:
    """Files to check, in a stable order; directories recurse into post-mortem suffixes.

    Directories with no such file are added to `empty` (a mistyped path must not pass).
    """
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if f.suffix.lower() in SUFFIXES
                and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not found and empty is not None:
                empty.append(p)
            for f in found:
                yield str(f), f
        else:
            yield p, path


def read_text(path: Path | None) -> str:
    """Read a file (or stdin) as UTF-8; a leading BOM is dropped, as editors do."""
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.decode("utf-8-sig")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pmlint")
def main() -> None:
    """pmlint: a blameless-review linter for incident post-mortems."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--select", multiple=True, help="Codes, prefixes or names (comma-separated).")
@click.option("--ignore", multiple=True, help="Codes, prefixes or names to skip.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Lowest severity that makes the exit status 1.",
)
@click.option("--today", callback=_date, help="Date for overdue checks (YYYY-MM-DD).")
@click.option("--show-suppressed", is_flag=True, help="Also list suppressed findings.")
@click.option("--full-parse", is_flag=True, default=None, help="Parse every sentence.")
@click.option("--stdin-filename", help="Name (and format) to use for text read from '-'.")
def check(paths, fmt, select, ignore, config_path, fail_on, today, show_suppressed,
          full_parse, stdin_filename) -> None:  # fmt: skip
    """Lint post-mortems: files, directories (recursing into .md, .markdown, .txt, .rst) or -."""
    overrides = {"select": _codes(select), "ignore": _codes(ignore), "today": today,
                 "full_parse": full_parse}  # fmt: skip
    try:
        for key in ("select", "ignore"):
            if overrides[key]:
                check_selectors(overrides[key], f"--{key}")
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    # Failures are reported below as "pmlint: error: ..." lines; the engine's log records
    # of them would repeat each one on stderr.
    if not logging.getLogger("pmlint").handlers:
        logging.getLogger("pmlint").addHandler(logging.NullHandler())
    try:
        results, status = run_check(paths, config_path, overrides, stdin_filename, fail_on)
    except ConfigError as exc:
        click.echo(f"pmlint: config error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except (ModelError, NoFilesError) as exc:
        click.echo(f"pmlint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    render = format_json if fmt == "json" else format_text
    click.echo(render(results, show_suppressed))
    sys.exit(status)


def run_check(paths, config_path, overrides, stdin_filename, fail_on) -> tuple[list, int]:
    """Read every file, lint the readable ones in batches, keep the order given."""
    results: list[FileResult] = []
    jobs: list[tuple[int, Job]] = []
    status = EXIT_OK
    empty: list[str] = []
    for name, path in iter_files(paths, empty):
        shown = name if path is not None else (stdin_filename or "<stdin>")
        config = merge(config_for(path, config_path)[0], **overrides)
        try:
            text = read_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            reason = _read_error(exc)
            click.echo(f"pmlint: error: {shown}: {reason}", err=True)
            results.append(FileResult(path=shown, error=reason, checked=False))
            status = EXIT_ERROR
            continue
        jobs.append((len(results), Job(text, config, name if path is not None else stdin_filename)))
        results.append(FileResult(path=shown))
    kinds = ", ".join(sorted(SUFFIXES))
    if empty and not results:
        has = "has" if len(empty) == 1 else "have"
        raise NoFilesError(f"error: no files to check: {', '.join(empty)} {has} no {kinds} files")
    for name in empty:  # other paths had files: check those, but say what was skipped
        click.echo(f"pmlint: warning: {name}: no {kinds} files in this directory", err=True)
    threshold = Severity(fail_on).rank
    for (index, _), result in zip(jobs, lint_many(job for _, job in jobs), strict=True):
        shown = results[index].path
        if isinstance(result, Exception):
            reason = f"internal error: {type(result).__name__}: {result}"
            click.echo(f"pmlint: error: {shown}: {reason}", err=True)
            results[index] = FileResult(path=shown, error=reason, checked=False)
            status = EXIT_ERROR
            continue
        results[index] = FileResult(
            path=shown,
            findings=result.findings,
            suppressed=result.suppressed,
            error="; ".join(f"internal error in {e}" for e in result.errors) or None,
        )
        for notice in result.notices:
            click.echo(f"pmlint: warning: {shown}: {notice}", err=True)
        if result.errors:  # checked, but not by every rule: say so, and exit 2
            click.echo(f"pmlint: error: {shown}: {results[index].error}", err=True)
            status = EXIT_ERROR
        if status == EXIT_OK and any(f.severity.rank >= threshold for f in result.findings):
            status = EXIT_FINDINGS
    return results, status


def _read_error(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"cannot decode as UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_rules(fmt: str) -> None:
    """List every rule: code, name, default severity and summary."""
    if fmt == "json":
        rows = [{"code": r.code, "name": r.name, "severity": r.severity.value,
                 "summary": r.summary} for r in RULES]  # fmt: skip
        click.echo(json.dumps(rows, indent=2))
        return
    width = max(len(r.name) for r in RULES)
    for r in RULES:
        click.echo(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print a rule's documentation (by code or name)."""
    found = rule_for(rule)
    if found is None:
        raise click.UsageError(f"unknown rule {rule!r}; `pmlint rules` lists them")
    click.echo(f"{found.code} {found.name} [{found.severity.value}]\n")
    click.echo(found.doc)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--workers", default=None, type=click.IntRange(min=1), help="gunicorn workers (default: CPUs)."
)
@click.option("--threads", default=1, show_default=True, type=int, help="Threads per worker.")
@click.option("--dev", is_flag=True, help="Flask's debug server instead of gunicorn.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="pmlint config (TOML) for every request.")  # fmt: skip
@click.option("--api-token", help="Require 'Authorization: Bearer TOKEN' on POST requests.")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Allow this origin (CORS).")
@click.option("--max-request-bytes", type=int, help="Largest request body (default 1 MiB).")
@click.option("--max-text-chars", type=int, help="Longest post-mortem, in characters.")
def serve(host, port, workers, threads, dev, config_path, api_token, cors_origins,
          max_request_bytes, max_text_chars) -> None:  # fmt: skip
    """Run the HTTP review service (settings also from PMLINT_* environment variables)."""
    import os

    from pydantic import ValidationError

    from models.api import ServiceSettings
    from service.server import serve as run

    try:
        settings = ServiceSettings.from_env(
            config=config_path,
            api_token=api_token,
            cors_origins=list(cors_origins) or None,
            max_request_bytes=max_request_bytes,
            max_text_chars=max_text_chars,
        )
    except ValidationError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        run(settings, host, port, workers or os.cpu_count() or 1, threads, dev)
    except (ConfigError, ModelError) as exc:
        click.echo(f"pmlint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
