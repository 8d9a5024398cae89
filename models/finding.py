"""Hits (what a rule reports) and findings (what a user sees)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for error, 1 for warning, 0 for info: compare with `>=`."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Hit(BaseModel):
    """A rule's raw report: character offsets into the original text, nothing else.

    The engine turns a hit into a `Finding` by stamping the rule's code, name,
    severity, line, column and section.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="0-based code-point offset where the problem starts")
    end: int = Field(ge=0, description="0-based code-point offset just after the problem")
    message: str
    suggestion: str | None = None


class Finding(BaseModel):
    """One problem in one document: the JSON contract of the CLI and the service."""

    rule: str = Field(description="Stable rule code, e.g. 'PM303'", examples=["PM303"])
    name: str = Field(description="Stable kebab-case rule name", examples=["missing-owner"])
    severity: Severity
    message: str = Field(description="What is wrong and what to do about it")
    line: int = Field(ge=1, description="1-based line of the first character")
    column: int = Field(ge=1, description="1-based column (Unicode code points)")
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="1-based column just after the last character")
    offset: int = Field(ge=0, description="0-based code-point offset into the text")
    length: int = Field(ge=0, description="Length in code points")
    section: str | None = Field(description="Heading of the section the finding is in")
    suggestion: str | None = Field(description="A concrete rewrite hint, or null")


class SuppressedFinding(BaseModel):
    """A finding silenced by a `pmlint-disable` comment, with the comment's reason."""

    finding: Finding
    reason: str | None = None


class Summary(BaseModel):
    """Counts over one or more files."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    suppressed: int = 0
    failed_files: int = Field(0, description="Files that could not be read or decoded")

    def add(self, findings: list[Finding]) -> None:
        """Count `findings` into this summary."""
        for f in findings:
            if f.severity is Severity.ERROR:
                self.errors += 1
            elif f.severity is Severity.WARNING:
                self.warnings += 1
            else:
                self.infos += 1


class FileResult(BaseModel):
    """Everything pmlint has to say about one file."""

    path: str
    findings: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    error: str | None = Field(None, description="Why the file could not be checked")
    checked: bool = Field(True, description="False when the file could not be read or parsed")
