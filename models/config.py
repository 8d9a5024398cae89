"""Configuration: `[tool.pmlint]` in pyproject.toml, `.pmlint.toml`, flags and API requests.

pydantic does all validation; an unknown key or a bad value becomes a `ConfigError`
naming the key.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from models.finding import Severity

DEFAULT_SECTIONS: dict[str, list[str]] = {
    "summary": [
        "summary",
        "incident summary",
        "issue summary",
        "executive summary",
        "overview",
        "tl;dr",
        "tldr",
        "abstract",
    ],
    "impact": [
        "impact",
        "incident impact",
        "customer impact",
        "user impact",
        "what was impacted",
        "affected users",
        "outage description",
    ],
    "timeline": [
        "timeline",
        "incident timeline",
        "timeline of events",
        "sequence of events",
        "chronology",
    ],
    "root cause": [
        "root cause",
        "root causes",
        "root cause analysis",
        "rca",
        "causes",
        "cause",
        "trigger",
        "why did it happen",
    ],
    "contributing factors": [
        "contributing factors",
        "contributing factor",
        "contributing conditions",
        "contributing conditions analysis",
    ],
    "what went well": ["what went well", "things that went well", "went well"],
    "what could be improved": [
        "what could be improved",
        "what went wrong",
        "what went poorly",
        "what didn't go well",
        "what did not go well",
        "what could have gone better",
        "lessons learned",
        "lessons",
        "learnings",
        "key takeaways",
    ],
    "where we got lucky": ["where we got lucky", "where we were lucky", "lucky"],
    "action items": [
        "action items",
        "action item",
        "follow-ups",
        "follow ups",
        "followups",
        "follow-up actions",
        "follow-up items",
        "remediation",
        "remediations",
        "remediation items",
        "corrective actions",
        "corrective and preventative measures",
        "corrective and preventive measures",
        "preventive actions",
        "preventative actions",
        "next steps",
        "recommendations",
        "what we're doing about it",
        "how are we preventing it from happening again",
    ],
    "five whys": ["5 whys", "five whys", "the five whys", "5 why's"],
    "resolution": ["resolution", "resolution and recovery", "recovery", "mitigation"],
    "detection": ["detection", "how we detected it"],
}

DEFAULT_FIELDS: dict[str, list[str]] = {
    "date": [
        "date",
        "date/time",
        "date and time",
        "incident date",
        "incident date(s)",
        "start date/time",
        "start date",
        "start time",
        "incident start",
        "when",
    ],
    "duration": [
        "duration",
        "total duration",
        "outage duration",
        "impact duration",
        "total impact duration",
        "incident duration",
    ],
    "severity": ["severity", "sev", "severity level", "incident severity", "incident level"],
    "impact": [
        "impact",
        "customer impact",
        "user impact",
        "user-facing impact",
        "incident impact",
        "business impact",
    ],
    "tldr": ["tl;dr", "tldr", "tl,dr", "tl:dr"],
    "review_date": [
        "review date",
        "review meeting",
        "review meeting date",
        "post-mortem meeting",
        "postmortem meeting",
        "post-mortem date",
        "postmortem date",
        "postmortem review",
        "post-mortem review",
        "meeting date",
        "meeting scheduled for",
        "retrospective date",
        "retro date",
    ],
}

#: Levels of the severity words on the default scale (SEVn and Pn map to n).
DEFAULT_LEVELS: dict[str, int] = {"critical": 1, "high": 2, "medium": 3, "low": 4}


#: A configured severity: one of the three, or "off" to disable the rule.
SeverityOrOff = Literal["error", "warning", "info", "off"]


class ConfigError(ValueError):
    """A configuration problem, with the offending key in the message."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Policy(_Strict):
    """Overrides that apply when the document's Severity field has a level in range.

    Levels: SEV0/P0 = 0, SEV1/P1/critical = 1, ... SEV4/P4/low = 4.
    """

    min_level: int | None = Field(None, ge=0)
    max_level: int | None = Field(None, ge=0)
    severity: dict[str, SeverityOrOff] = {}
    options: dict[str, dict[str, Any]] = {}

    def applies(self, level: int | None) -> bool:
        """True when a document of severity `level` falls in this policy's range."""
        if level is None:
            return False
        if self.min_level is not None and level < self.min_level:
            return False
        return not (self.max_level is not None and level > self.max_level)


DEFAULT_POLICY: list[Policy] = [
    # A major incident deserves the full write-up: a missing section blocks the review.
    Policy(max_level=1, severity={"PM401": "error"}),
    # A minor one may skip the reflective sections; the facts and the actions stay.
    Policy(
        min_level=3,
        options={"PM401": {"required": ["summary", "timeline", "root cause", "action items"]}},
    ),
]


class RuleSettings(BaseModel):
    """The resolved settings of one rule for one document."""

    severity: Severity
    options: Any = None


class Config(_Strict):
    """Everything a user can configure; CLI flags and API requests fill the same model."""

    select: list[str] = Field(default_factory=lambda: ["PM"])
    ignore: list[str] = []
    severity: dict[str, SeverityOrOff] = {}
    rules: dict[str, dict[str, Any]] = {}
    model: str | None = None
    today: dt.date | None = None
    full_parse: bool = False
    check_quotes: bool = False
    sections: dict[str, list[str]] = Field(default_factory=lambda: dict(DEFAULT_SECTIONS))
    fields: dict[str, list[str]] = Field(default_factory=lambda: dict(DEFAULT_FIELDS))
    levels: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_LEVELS))
    policy: list[Policy] = Field(default_factory=lambda: list(DEFAULT_POLICY))
    extend_sections: dict[str, list[str]] = Field(
        {}, description="Synonyms added to (not replacing) the section table"
    )

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "config") -> Config:
        """Validate `data` (e.g. the `[tool.pmlint]` table), raising `ConfigError`."""
        try:
            return cls.model_validate(_dashes_to_underscores(data))
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, source)) from None

    @model_validator(mode="after")
    def _extends_known_kinds(self) -> Config:
        unknown = sorted(set(self.extend_sections) - set(self.sections))
        if unknown:
            raise ValueError(
                f"extend_sections: unknown section kind {', '.join(map(repr, unknown))}; "
                f"the kinds are {', '.join(sorted(self.sections))} (a new kind goes in "
                "'sections')"
            )
        return self

    def section_table(self) -> dict[str, list[str]]:
        """The synonym table with `extend_sections` merged in."""
        table = {k: list(v) for k, v in self.sections.items()}
        for kind, words in self.extend_sections.items():
            table.setdefault(kind, []).extend(words)
        return table


def _dashes_to_underscores(data: dict[str, Any]) -> dict[str, Any]:
    """TOML users write `full-parse`; accept both spellings for top-level keys."""
    return {k.replace("-", "_") if isinstance(k, str) else k: v for k, v in data.items()}


def format_validation_error(exc: ValidationError, source: str) -> str:
    """One line per problem, each naming the full key, e.g. `tool.pmlint.select: ...`."""
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-"))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        lines.append(f"{source}: {key}: {msg}" if key else f"{source}: {msg}")
    return "\n".join(lines)
