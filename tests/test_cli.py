"""The command line: exit codes, formats, file discovery, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

BAD = "## Action Items\n\n- Add an alert\n"
OK = "## Action Items\n\n- Add an alert - @alice\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Action Items\n- Fix the pool\n")
    (tmp_path / "sub" / "c.markdown").write_text(OK)
    (tmp_path / "sub" / "ignored.py").write_text("print('not a post-mortem')\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.md").write_text(BAD)
    return tmp_path


def test_text_format_and_exit_1(tree: Path) -> None:
    r = run("check", "--select", "PM303", str(tree))
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0] == (
        f"{tree}/a.md:3:3: PM303 [warning] no owner: assign one person, e.g. '@alice' "
        "or 'Owner: Alice' (missing-owner)"
    )
    assert lines[1].startswith(f"{tree}/sub/b.txt:2:3: PM303")
    assert lines[-1] == "Found 2 problems (0 errors, 2 warnings, 0 info) in 3 files."


def test_json_format(tree: Path) -> None:
    r = run("check", "--select", "PM303", "--format", "json", str(tree))
    data = json.loads(r.output)
    assert [f["path"] for f in data["files"]] == [
        f"{tree}/a.md",
        f"{tree}/sub/b.txt",
        f"{tree}/sub/c.markdown",
    ]
    finding = data["files"][0]["findings"][0]
    assert set(finding) == {
        "rule", "name", "severity", "message", "line", "column", "end_line", "end_column",
        "offset", "length", "section", "suggestion",
    }  # fmt: skip
    assert data["summary"]["warnings"] == 2


def test_fail_on_threshold(tree: Path) -> None:
    assert run("check", "--select", "PM303", "--fail-on", "error", str(tree)).exit_code == 0
    assert run("check", "--select", "PM303", "--fail-on", "info", str(tree)).exit_code == 1


def test_clean_file_exits_0(tree: Path) -> None:
    r = run("check", "--select", "PM303", str(tree / "sub" / "c.markdown"))
    assert r.exit_code == 0
    assert r.output.strip() == "No problems found in 1 file."


def test_stdin(tree: Path) -> None:
    r = run("check", "--select", "PM303", "-", input=BAD)
    assert r.exit_code == 1
    assert r.output.startswith("<stdin>:3:3: PM303")


def test_unreadable_files_are_reported_and_others_checked(tree: Path) -> None:
    (tree / "latin1.md").write_bytes("caf\xe9\n".encode("latin-1"))
    r = run("check", "--select", "PM303", str(tree / "latin1.md"), str(tree / "missing.md"),
            str(tree / "a.md"))  # fmt: skip
    assert r.exit_code == 2
    assert "latin1.md: cannot decode as UTF-8 (byte 0xe9 at offset 3)" in r.stderr
    assert "missing.md: no such file" in r.stderr
    assert f"{tree}/a.md:3:3: PM303" in r.stdout


def test_bad_config_exits_2_naming_the_key(tree: Path) -> None:
    (tree / ".pmlint.toml").write_text('selct = ["PM3"]\n')
    r = run("check", str(tree / "a.md"))
    assert r.exit_code == 2
    assert "selct: unknown key" in r.stderr


def test_usage_errors_exit_2(tree: Path) -> None:
    assert run("check", "--select", "PM999", str(tree)).exit_code == 2
    assert run("check", "--today", "tomorrow", str(tree)).exit_code == 2
    assert run("check").exit_code == 2
    assert run("explain", "PM999").exit_code == 2


def test_rules_and_explain() -> None:
    r = run("rules")
    assert r.exit_code == 0
    assert "PM303  missing-owner" in r.output
    r = run("explain", "missing-owner")
    assert r.output.startswith("PM303 missing-owner [warning]\n\nAction item names no owner.")
    assert "## Why is this bad?" in r.output


def test_show_suppressed(tmp_path: Path) -> None:
    f = tmp_path / "s.md"
    f.write_text("## Action Items\n\n<!-- pmlint-disable-next-line PM303 -- in Jira -->\n- Fix\n")
    r = run("check", "--select", "PM303", "--show-suppressed", str(f))
    assert r.exit_code == 0
    assert f"{f}:4:3: PM303 [suppressed]" in r.output and r.output.count("-- in Jira") == 1


@pytest.mark.skipif(shutil.which("pmlint") is None and not Path(sys.executable).with_name(
    "pmlint").exists(), reason="console script not installed")  # fmt: skip
def test_console_script_runs(tree: Path) -> None:
    exe = Path(sys.executable).with_name("pmlint")
    proc = subprocess.run([str(exe), "check", "--select", "PM303", str(tree / "a.md")],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 1 and "PM303" in proc.stdout


def test_a_failing_rule_exits_2_and_keeps_the_other_findings(tree: Path, broken_pm303) -> None:
    doc = tree / "one.md"
    doc.write_text("## Action Items\n\n- Fix it\n", encoding="utf-8")
    result = run("check", "--format", "json", "--select", "PM303,PM305", str(doc))
    assert result.exit_code == 2
    entry = json.loads(result.stdout)["files"][0]
    assert [f["rule"] for f in entry["findings"]] == ["PM305"]
    assert entry["error"] == "internal error in PM303 (missing-owner): KeyError: 'simulated bug'"
    assert "internal error in PM303" in result.stderr


@pytest.mark.parametrize("args", [["--port", "70000"], ["--port", "-1"], ["--workers", "0"]])
def test_serve_rejects_impossible_ports_and_worker_counts(args: list[str]) -> None:
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_a_directory_without_post_mortems_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "code").mkdir()
    (tmp_path / "code" / "x.py").write_text("print()\n")
    for fmt in ("text", "json"):
        r = run("check", "--format", fmt, str(tmp_path / "empty"), str(tmp_path / "code"))
        assert r.exit_code == 2
        assert r.stdout == ""  # no "No problems found in 0 files."
        assert r.stderr.startswith(
            f"pmlint: error: no files to check: {tmp_path}/empty, {tmp_path}/code have no .m"
        )


def test_an_empty_directory_beside_files_is_a_warning(tree: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = run("check", "--select", "PM303", str(tree / "sub" / "c.markdown"), str(tmp_path / "empty"))
    assert r.exit_code == 0
    assert r.stdout.strip() == "No problems found in 1 file."
    assert f"pmlint: warning: {tmp_path}/empty: no .markdown, .md," in r.stderr


def test_an_unreadable_file_alone_is_found_but_not_counted_as_checked(tree: Path) -> None:
    (tree / "latin1.md").write_bytes("caf\xe9\n".encode("latin-1"))
    r = run("check", str(tree / "latin1.md"))
    assert r.exit_code == 2
    assert "no files to check" not in r.stderr
    assert r.stdout.strip() == (
        "No problems found in 0 files; 1 file could not be read or fully checked "
        "(see the errors above)."
    )


def test_summary_counts_checked_files_beside_an_unreadable_one(tree: Path) -> None:
    r = run("check", "--select", "PM303", str(tree / "a.md"), str(tree / "missing.md"))
    assert r.exit_code == 2
    assert r.stdout.splitlines()[-1] == (
        "Found 1 problem (0 errors, 1 warning, 0 info) in 1 file; 1 file could not be read "
        "or fully checked (see the errors above)."
    )


def test_a_suppression_naming_no_rule_is_a_warning(tree: Path) -> None:
    doc = tree / "typo.md"
    doc.write_text("## Action Items\n\n<!-- pmlint-disable-next-line PM3O3 -->\n- Fix it\n")
    result = run("check", "--select", "PM303", str(doc))
    assert result.exit_code == 1  # the finding stays; the warning changes no exit status
    assert f"pmlint: warning: {doc}: line 3: 'PM3O3'" in result.stderr


def test_a_file_a_rule_failed_on_still_counts_as_checked(tree: Path, broken_pm303) -> None:
    doc = tree / "clean.md"
    doc.write_text("## Summary\n\nAll good.\n", encoding="utf-8")
    result = run("check", "--select", "PM303", str(doc))
    assert result.exit_code == 2
    assert "No problems found in 1 file; 1 file could not be read or fully checked" in result.stdout
    assert result.stderr.count("PM303") == 1  # one "pmlint: error" line, no log record
