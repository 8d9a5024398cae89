"""Shared fixtures. The spaCy pipeline is loaded once per session (see `nlp`)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from linter.engine import lint_text
from models import Config, Finding
from tests.live import serving

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
TEMPLATES = SHARED / "templates"


def lint(
    text: str,
    select: str | list[str] | None = None,
    *,
    dedent: bool = True,
    path: str | None = None,
    today: dt.date | None = None,
    **config,
) -> list[Finding]:
    """Lint `text` (dedented) with only the selected rules; return the findings."""
    if dedent:
        text = textwrap.dedent(text).lstrip("\n")
    if select is not None:
        config["select"] = [select] if isinstance(select, str) else select
    if today is not None:
        config["today"] = today
    return lint_text(text, Config.from_mapping(config), path=path).findings


def codes(findings: list[Finding]) -> list[str]:
    """The rule codes of `findings`, in order."""
    return [f.rule for f in findings]


def span(text: str, finding: Finding) -> str:
    """The exact text a finding points at."""
    return text[finding.offset : finding.offset + finding.length]


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session."""
    from linter import nlp as nlp_mod

    return nlp_mod.load(nlp_mod.model_name())


@pytest.fixture(scope="session")
def live_server():
    """`pmlint serve` (gunicorn, 2 workers) on a free loopback port, for real clients."""
    with serving(workers=2) as url:
        yield url


@pytest.fixture()
def broken_pm303(monkeypatch):
    """PM303 raises, as a rule with a bug would, on every document."""
    from rules.base import Rule

    real = Rule.__call__

    def call(self, doc, options=None):
        if self.code == "PM303":
            raise KeyError("simulated bug")
        return real(self, doc, options)

    monkeypatch.setattr(Rule, "__call__", call)
