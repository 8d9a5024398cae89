"""Find and load configuration files.

Searched upward from each checked file: the nearest `.pmlint.toml` (its keys at the top
level, or under `[tool.pmlint]`) or `pyproject.toml` with a `[tool.pmlint]` table. A
`pyproject.toml` without that table does not stop the search. `--config` overrides.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from linter.selection import validate
from models import Config, ConfigError


def _table(path: Path) -> dict[str, Any] | None:
    """The pmlint table of a config file, or None when it has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    tool = data.get("tool", {}).get("pmlint")
    if path.name == "pyproject.toml":
        return tool
    if tool is not None:
        return tool
    return data


@cache
def load_config(path: Path) -> Config:
    """Read and validate one config file; `ConfigError` names the file and the key."""
    table = _table(path)
    prefix = "tool.pmlint" if path.name == "pyproject.toml" else ""
    source = f"{path}: {prefix}".rstrip(": ") if prefix else str(path)
    config = Config.from_mapping(table or {}, source)
    validate(config, source)
    return config


@cache
def find_config_file(directory: Path) -> Path | None:
    """The nearest config file at or above `directory`."""
    for d in (directory, *directory.parents):
        candidate = d / ".pmlint.toml"
        if candidate.is_file():
            return candidate
        candidate = d / "pyproject.toml"
        if candidate.is_file() and _table(candidate) is not None:
            return candidate
    return None


def config_for(file: Path | None, override: Path | None = None) -> tuple[Config, Path | None]:
    """The config that applies to `file` (or to the working directory for stdin)."""
    if override is not None:
        return load_config(override), override
    start = (file.parent if file is not None else Path.cwd()).resolve()
    found = find_config_file(start)
    return (load_config(found) if found else Config()), found


def merge(config: Config, **overrides: Any) -> Config:
    """A copy of `config` with command-line values (those not None) on top."""
    values = {k: v for k, v in overrides.items() if v is not None}
    return config.model_copy(update=values) if values else config
