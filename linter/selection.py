"""Which rules run, at what severity, with which options: config, policy and selectors.

Selectors (in `select`, `ignore`, `severity`, `rules`, suppressions) accept a code
(`PM303`), a prefix (`PM3`, `PM`) or a name (`missing-owner`). When several severity
entries match a rule, the most specific wins: code or name, then the longest prefix.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from models import Config, ConfigError, RuleSettings, Severity
from models.config import format_validation_error
from rules import RULES
from rules.base import Rule

_BY_KEY: dict[str, Rule] = {r.code: r for r in RULES} | {r.name: r for r in RULES}


def matches(rule: Rule, selector: str) -> bool:
    """True when `selector` (code, prefix or name) picks out `rule`."""
    sel = selector.strip()
    return sel == rule.name or (rule.code.startswith(sel.upper()) and sel[:2].upper() == "PM")


def specificity(rule: Rule, selector: str) -> int:
    """How precisely `selector` names `rule` (higher wins); -1 when it does not match."""
    if not matches(rule, selector):
        return -1
    return 10 if selector in (rule.code, rule.name) else len(selector)


def rule_for(key: str) -> Rule | None:
    """The rule with this exact code or name."""
    return _BY_KEY.get(key.strip()) or _BY_KEY.get(key.strip().upper())


def check_selectors(selectors: list[str], where: str) -> None:
    """Raise `ConfigError` for a selector that matches no rule."""
    for sel in selectors:
        if not any(matches(r, sel) for r in RULES):
            raise ConfigError(f"{where}: {sel!r} matches no rule (use a code, a prefix or a name)")


def _options(rule: Rule, data: dict[str, Any], where: str) -> BaseModel | None:
    if rule.options is None:
        if data:
            raise ConfigError(f"{where}: rule {rule.code} ({rule.name}) has no options")
        return None
    try:
        return rule.options.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, where)) from None


def _severity(rule: Rule, table: dict[str, str]) -> Severity | None:
    """The configured severity (None = off), else the rule's default."""
    best, value = -1, rule.severity
    for sel, sev in table.items():
        s = specificity(rule, sel)
        if s > best:
            best, value = s, sev
    return None if value == "off" else Severity(value)


def validate(config: Config, source: str = "config") -> None:
    """Check every selector and every option table in `config` up front."""
    check_selectors(config.select, f"{source}: select")
    check_selectors(config.ignore, f"{source}: ignore")
    check_selectors(list(config.severity), f"{source}: severity")
    for n, pol in enumerate(config.policy):
        check_selectors(list(pol.severity), f"{source}: policy[{n}].severity")
        for key, data in pol.options.items():
            r = _require(key, f"{source}: policy[{n}].options")
            _options(r, {**config.rules.get(r.code, {}), **data}, f"{source}: policy.{key}")
    for key, data in config.rules.items():
        _options(_require(key, f"{source}: rules"), data, f"{source}: rules.{key}")


def _require(key: str, where: str) -> Rule:
    r = rule_for(key)
    if r is None:
        raise ConfigError(f"{where}: unknown rule {key!r}")
    return r


def severity_level(value: str, levels: dict[str, int]) -> int | None:
    """The level of a Severity field's value: SEVn/Pn -> n, words from `levels`."""
    m = re.match(r"\s*(?:sev(?:erity)?|p)[\s_-]*(\d)\b", value, re.I)
    if m:
        return int(m.group(1))
    word = re.match(r"\s*([A-Za-z]+)", value)
    return levels.get(word.group(1).lower()) if word else None


def resolve(config: Config, doc_severity: str | None = None) -> list[tuple[Rule, RuleSettings]]:
    """The enabled rules with their settings for one document (policy applied)."""
    severity: dict[str, str] = dict(config.severity)
    options: dict[str, dict[str, Any]] = {}
    for key, data in config.rules.items():
        options.setdefault(_require(key, "rules").code, {}).update(data)
    level = severity_level(doc_severity, config.levels) if doc_severity else None
    for pol in config.policy:
        if pol.applies(level):
            severity.update(pol.severity)
            for key, data in pol.options.items():
                options.setdefault(_require(key, "policy").code, {}).update(data)
    chosen = []
    for r in RULES:
        if not any(matches(r, s) for s in config.select):
            continue
        if any(matches(r, s) for s in config.ignore):
            continue
        sev = _severity(r, severity)
        if sev is None:
            continue
        data = dict(options.get(r.code, {}))
        if config.today is not None and r.options and "today" in r.options.model_fields:
            data.setdefault("today", config.today)
        chosen.append((r, RuleSettings(severity=sev, options=_options(r, data, r.code))))
    return chosen
