"""Requests and responses of the HTTP service, and its settings.

These models are the service's contract: they validate what clients send (a bad field
becomes a 422 with pydantic's field errors) and generate the OpenAPI document.
"""

from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from models.config import SeverityOrOff
from models.finding import Finding, Summary


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LintOptions(_Strict):
    """Per-request configuration, applied on top of the service's own."""

    select: list[str] | None = Field(None, description="Codes, prefixes or names to run")
    ignore: list[str] | None = Field(None, description="Codes, prefixes or names to skip")
    severity: dict[str, SeverityOrOff] | None = Field(None, description="Per-rule severity")
    options: dict[str, dict[str, Any]] | None = Field(
        None, description="Per-rule options, by code or name, e.g. {'PM307': {...}}"
    )
    today: str | None = Field(None, description="YYYY-MM-DD, enables overdue checks")


class LintRequest(_Strict):
    """A post-mortem to lint."""

    text: str = Field(description="The post-mortem, Markdown or plain text")
    filename: str | None = Field(
        None, description="Its file name; '.txt' and '.rst' are read as plain text"
    )
    config: LintOptions | None = None


class ReviewRequest(LintRequest):
    """A post-mortem to review, as a file in a pull request."""

    path: str = Field(description="The file's path in the repository, for review comments")


class Readability(BaseModel):
    """textstat's readability scores of the prose (headings, code and quotes left out)."""

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    automated_readability_index: float


class SectionInfo(BaseModel):
    """A heading of the document and the kind pmlint read it as."""

    title: str
    kind: str | None
    level: int
    line: int


class Stats(BaseModel):
    """Facts about the document."""

    words: int
    sentences: int
    readability: Readability
    sections: list[SectionInfo]
    action_items: int
    timeline_entries: int


class LintResponse(BaseModel):
    """Findings, their counts and document statistics."""

    findings: list[Finding]
    summary: Summary
    stats: Stats
    errors: list[str] = Field(
        default_factory=list,
        description="Rules that failed on this text (a pmlint bug, worth reporting): their "
        "findings are missing, every other rule's are present",
    )
    notices: list[str] = Field(
        default_factory=list,
        description="Things to tell the author that are not findings, e.g. a suppression "
        "comment that names no rule",
    )


class ReviewComment(BaseModel):
    """A pull-request review comment, in the shape GitHub's API takes."""

    path: str
    line: int
    side: Literal["RIGHT"] = "RIGHT"
    body: str


class ReviewResponse(BaseModel):
    """A review a bot can post as is: a summary body and line comments."""

    body: str = Field(description="Markdown: a summary and a table of findings")
    comments: list[ReviewComment]
    findings: list[Finding]
    errors: list[str] = Field(
        default_factory=list, description="Rules that failed on this text (see /v1/lint)"
    )
    notices: list[str] = Field(default_factory=list, description="As in /v1/lint")


class RuleInfo(BaseModel):
    """One rule and its documentation."""

    code: str
    name: str
    severity: str
    summary: str
    doc: str


class Health(BaseModel):
    """Whether the service is ready."""

    status: Literal["ok"] = "ok"
    version: str
    model: str | None
    model_loaded: bool


class ErrorResponse(BaseModel):
    """Every error the service returns."""

    error: str = Field(description="A short machine-readable code, e.g. 'invalid_request'")
    message: str
    details: list[dict[str, Any]] | None = None


class ServiceSettings(_Strict):
    """Settings of `pmlint serve`; each can come from an environment variable PMLINT_<NAME>."""

    max_request_bytes: int = Field(1024 * 1024, ge=1, description="Largest request body")
    max_text_chars: int = Field(500_000, ge=1, description="Longest post-mortem, in characters")
    api_token: str | None = Field(None, description="If set, POST requests need this bearer token")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS")
    config: str | None = Field(None, description="A pmlint config file (TOML) for every request")
    preload_model: bool = Field(True, description="Load the spaCy model when the app starts")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> ServiceSettings:
        """Read PMLINT_* variables (comma-separated lists), then apply `overrides`."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, field in cls.model_fields.items():
            raw = env.get(f"PMLINT_{name.upper()}")
            if raw is None:
                continue
            if field.annotation == list[str]:
                values[name] = [v.strip() for v in raw.split(",") if v.strip()]
            else:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
