"""The engine: batches, robustness, the model loaded once, nothing from the network."""

from __future__ import annotations

import subprocess
import sys

import pytest

from linter import nlp
from linter.engine import Job, lint_many, lint_text
from models import Config
from tests.conftest import CORPUS


def test_lint_many_matches_lint_text_one_by_one() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md"))[:20]]
    config = Config()
    one_by_one = [lint_text(t, config).findings for t in texts]
    batched = [r.findings for r in lint_many((Job(t, config) for t in texts), batch=7)]
    assert batched == one_by_one


def test_a_failing_document_does_not_stop_the_others(monkeypatch) -> None:
    import linter.engine as engine

    real = engine.parse_document

    def flaky(text, *args, **kwargs):
        if "BOOM" in text:
            raise RuntimeError("simulated bug")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(engine, "parse_document", flaky)
    jobs = [Job("## Action Items\n\n- Fix it\n", Config(select=["PM303"]), "a.md"),
            Job("BOOM\n", Config(), "b.md"),
            Job("## Action Items\n\n- Fix it\n", Config(select=["PM303"]), "c.md")]  # fmt: skip
    results = list(lint_many(jobs))
    assert isinstance(results[1], RuntimeError)
    assert [f.rule for f in results[0].findings] == ["PM303"]
    assert [f.rule for f in results[2].findings] == ["PM303"]


def test_model_is_loaded_once_per_process() -> None:
    for _ in range(3):
        lint_text("## Root Cause\n\nDave forgot to renew the certificate.\n")
    assert nlp.load.cache_info().currsize == 1
    assert nlp.load.cache_info().misses == 1


def test_missing_model_names_the_package() -> None:
    with pytest.raises(nlp.ModelError, match="pip install no-such-model"):
        nlp.model_name("no_such_model")


def test_nothing_reaches_the_network() -> None:
    """A fresh process with every socket connection refused still loads and lints."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('pmlint tried to open a network connection')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from linter.engine import lint_text\n"
        "from models import Config\n"
        "import sys\n"
        "r = lint_text(open(sys.argv[1]).read(), Config(full_parse=True))\n"
        "print(len(r.findings))\n"
    )
    doc = CORPUS / "dfds__postmortems__PM2025-002-traefik-rule.md"
    proc = subprocess.run(
        [sys.executable, "-c", script, str(doc)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert int(proc.stdout.strip()) > 0


ITEM = "## Action Items\n\n- Fix it\n"


def test_a_failing_rule_does_not_hide_the_other_rules(broken_pm303) -> None:
    result = lint_text(ITEM, Config(select=["PM303", "PM305"]))
    assert [f.rule for f in result.findings] == ["PM305"]
    assert result.errors == ["PM303 (missing-owner): KeyError: 'simulated bug'"]
    # Batches too: the rule fails on every file, and every file keeps its other findings.
    batched = list(lint_many([Job(ITEM, Config(select=["PM303", "PM305"]))] * 2))
    assert [[f.rule for f in r.findings] for r in batched] == [["PM305"], ["PM305"]]
    assert all(r.errors for r in batched)


def test_a_failing_rule_is_logged_without_the_text(broken_pm303, caplog) -> None:
    lint_text("## Action Items\n\n- Rotate Priya's secret key\n", Config(select=["PM303"]))
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "PM303" in logged and "KeyError" in logged
    assert "Priya" not in logged and "simulated bug" not in logged


def test_one_call_may_need_more_parses_than_the_cache_keeps(monkeypatch) -> None:
    monkeypatch.setattr(nlp, "PARSE_CACHE_SIZE", 3)
    nlp.clear_caches()
    text = "## Root Cause\n\n" + " ".join(f"Dave broke server {i}." for i in range(6)) + "\n"
    first = lint_text(text, Config(select=["PM101"]))
    assert len(first.findings) == 6
    # Some of these sentences are cached and some are not; none may be lost on the way.
    again = lint_text(text.replace("server 5", "server 9"), Config(select=["PM101"]))
    assert len(again.findings) == 6
    assert len(nlp._PARSES) <= 3


def test_a_document_that_breaks_the_batched_parse_fails_alone(monkeypatch) -> None:
    real = nlp.parse_all

    def flaky(model, texts):
        if any("BOOM" in t for t in texts):
            raise RuntimeError("simulated parser bug")
        return real(model, texts)

    monkeypatch.setattr(nlp, "parse_all", flaky)
    config = Config(select=["PM101"])
    jobs = [Job("## Root Cause\n\nDave broke prod.\n", config, "a.md"),
            Job("## Root Cause\n\nKai broke BOOM.\n", config, "b.md"),
            Job("## Root Cause\n\nNoor broke prod.\n", config, "c.md")]  # fmt: skip
    results = list(lint_many(jobs))
    assert isinstance(results[1], RuntimeError)
    assert [f.rule for f in results[0].findings] == ["PM101"]
    assert [f.rule for f in results[2].findings] == ["PM101"]


def test_messages_are_one_line_even_when_they_quote_several() -> None:
    text = "## Summary\n\nSeverity: [fill in\nthe severity]\n"
    findings = lint_text(text).findings
    assert findings and all("\n" not in f.message for f in findings)
