"""Configuration: files found upward, selectors, severities, options, policy, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import config_for, find_config_file, load_config
from linter.engine import lint_text
from linter.selection import resolve, validate
from models import Config, ConfigError, Severity

ACTIONS = "## Action Items\n\n- Add an alert\n"


def enabled(config: Config) -> list[str]:
    return [r.code for r, _ in resolve(config)]


def test_select_by_code_prefix_and_name() -> None:
    assert enabled(Config(select=["PM303"])) == ["PM303"]
    assert enabled(Config(select=["missing-owner"])) == ["PM303"]
    assert "PM303" in enabled(Config(select=["PM3"]))
    assert "PM303" not in enabled(Config(ignore=["PM30"]))


def test_severity_most_specific_wins() -> None:
    config = Config(select=["PM303"], severity={"PM3": "error", "missing-owner": "info"})
    ((_, settings),) = resolve(config)
    assert settings.severity is Severity.INFO
    assert resolve(Config(select=["PM303"], severity={"PM303": "off"})) == []


@pytest.mark.parametrize(
    "data, key",
    [
        ({"selec": ["PM3"]}, "selec"),
        ({"select": "PM3"}, "select"),
        ({"severity": {"PM303": "loud"}}, "severity"),
        ({"today": "yesterday"}, "today"),
        ({"policy": [{"max_level": "x"}]}, "policy.0.max_level"),
    ],
)
def test_bad_config_names_the_key(data: dict, key: str) -> None:
    with pytest.raises(ConfigError) as err:
        Config.from_mapping(data, "pyproject.toml: tool.pmlint")
    assert f"pyproject.toml: tool.pmlint: {key}" in str(err.value)


@pytest.mark.parametrize(
    "data, text",
    [
        ({"select": ["PM9"]}, "'PM9' matches no rule"),
        ({"rules": {"PM999": {}}}, "unknown rule 'PM999'"),
        ({"rules": {"PM303": {"x": 1}}}, "has no options"),
    ],
)
def test_bad_selectors_and_rule_options(data: dict, text: str) -> None:
    with pytest.raises(ConfigError, match=text):
        validate(Config.from_mapping(data))


def test_found_upward_from_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.pmlint]\nignore = ["PM303"]\n')
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    f = tmp_path / "sub" / "deeper" / "pm.md"
    f.write_text(ACTIONS)
    config, source = config_for(f)
    assert source == tmp_path / "pyproject.toml"  # a pyproject without [tool.pmlint] is skipped
    assert config.ignore == ["PM303"]


def test_pmlint_toml_wins_and_override(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.pmlint]\nignore = ["PM303"]\n')
    (tmp_path / ".pmlint.toml").write_text('select = ["PM303"]\n')
    assert find_config_file(tmp_path) == tmp_path / ".pmlint.toml"
    other = tmp_path / "other.toml"
    other.write_text('[tool.pmlint]\nselect = ["PM3"]\n')
    config, _ = config_for(tmp_path / "x.md", other)
    assert config.select == ["PM3"]


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / ".pmlint.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad)


def test_synonym_table_is_a_setting() -> None:
    text = "## Next actions\n\n- Add an alert\n"
    assert lint_text(text, Config(select=["PM303"])).findings == []
    config = Config(select=["PM303"], extend_sections={"action items": ["next actions"]})
    assert len(lint_text(text, config).findings) == 1


def test_extend_sections_names_only_known_kinds() -> None:
    with pytest.raises(ConfigError, match=r"unknown section kind 'action item'.*action items"):
        Config.from_mapping({"extend_sections": {"action item": ["Next actions"]}})
    config = Config.from_mapping({"extend_sections": {"action items": ["Next actions"]}})
    assert "Next actions" in config.section_table()["action items"]
    # A new kind is declared in `sections`, and then it can be extended too.
    sections = {**Config().sections, "comms": ["Communications"]}
    config = Config.from_mapping({"sections": sections, "extend_sections": {"comms": ["Comms"]}})
    assert config.section_table()["comms"] == ["Communications", "Comms"]
