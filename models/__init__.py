"""The vocabulary every pmlint package speaks: document parts, hits, findings, config.

This package imports nothing from `linter`, `rules` or `service`.
"""

from models.config import Config, ConfigError, Policy, RuleSettings
from models.document import (
    ActionItem,
    Block,
    Document,
    Located,
    Section,
    SummaryField,
    TimelineEntry,
    Value,
    Why,
)
from models.finding import FileResult, Finding, Hit, Severity, Summary, SuppressedFinding

__all__ = [
    "ActionItem",
    "Block",
    "Config",
    "ConfigError",
    "Document",
    "FileResult",
    "Finding",
    "Hit",
    "Located",
    "Policy",
    "RuleSettings",
    "Section",
    "Severity",
    "Summary",
    "SummaryField",
    "SuppressedFinding",
    "TimelineEntry",
    "Value",
    "Why",
]
