"""Shared fixtures. The spaCy pipeline is loaded once per session (see `nlp`)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from linter.engine import lint_text
from models import Config, Finding

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


def free_port() -> int:
    """A TCP port nobody is listening on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server():
    """`pmlint serve` (gunicorn, 2 workers) on a free loopback port, for real clients."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    exe = Path(sys.executable).with_name("pmlint")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PMLINT_")}
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(
                    f"pmlint serve did not start: {proc.stderr.read()[-2000:]}"
                ) from None
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
