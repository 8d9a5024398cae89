"""The LanguageTool HTTP API v2 as pmlint speaks it: `/v2/check` and `/v2/languages`.

Field names are LanguageTool's own (camelCase) and appear in the order its server
writes them (`RuleMatchesAsJsonSerializer.java`), so existing LanguageTool clients and
editor plugins read pmlint's answers unchanged. Offsets and lengths count UTF-16 code
units, as Java strings do.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class LtCheckParams(BaseModel):
    """The form parameters of `/v2/check` that pmlint reads; any others are ignored."""

    model_config = ConfigDict(extra="ignore")

    text: str | None = Field(None, description="Plain text to check")
    data: str | None = Field(None, description="JSON: {'text': ...} or {'annotation': [...]}")
    language: str | None = Field(None, description="'en', 'en-US', any 'en-*', or 'auto'")
    enabledRules: str | None = Field(None, description="Comma-separated rule codes or names")
    disabledRules: str | None = Field(None, description="Comma-separated rule codes or names")
    enabledCategories: str | None = Field(None, description="Comma-separated families, 'PM1'")
    disabledCategories: str | None = Field(None, description="Comma-separated families")
    enabledOnly: str | None = Field(None, description="'true': run only the enabled ones")
    preferredVariants: str | None = Field(None, description="With language=auto, e.g. 'en-GB'")
    # Accepted and ignored: pmlint has no false friends, picky mode or premium accounts.
    motherTongue: str | None = None
    level: str | None = None
    username: str | None = None
    apiKey: str | None = Field(
        None, description="The service's token, when one is set (instead of a bearer header)"
    )


class LtAnnotation(BaseModel):
    """One part of an annotated text: `text` is checked, `markup` is skipped."""

    text: str | None = None
    markup: str | None = None
    interpretAs: str | None = Field(
        None, description="What the markup reads as, e.g. '\\n\\n' for a paragraph tag"
    )

    @model_validator(mode="after")
    def _one_kind(self) -> LtAnnotation:
        if (self.text is None) == (self.markup is None):
            raise ValueError("each annotation item needs exactly one of 'text' or 'markup'")
        if self.text is not None and self.interpretAs is not None:
            raise ValueError("'interpretAs' goes with 'markup', not with 'text'")
        return self


class LtData(BaseModel):
    """The `data` parameter: a plain text or a list of text and markup parts."""

    text: str | None = None
    annotation: list[LtAnnotation] | None = None
    metaData: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> LtData:
        if (self.text is None) == (self.annotation is None):
            raise ValueError("'data' needs exactly one of 'text' or 'annotation'")
        return self


class LtSoftware(BaseModel):
    """Who answered: pmlint, speaking version 1 of the API."""

    name: str = "pmlint"
    version: str
    buildDate: str
    apiVersion: int = 1
    premium: bool = False
    status: str = ""


class LtWarnings(BaseModel):
    """pmlint always checks the whole text."""

    incompleteResults: bool = False


class LtDetectedLanguage(BaseModel):
    """The language the text was read as (pmlint does no detection: always English)."""

    name: str
    code: str
    confidence: float
    source: str


class LtLanguage(BaseModel):
    """The language the text was checked in."""

    name: str
    code: str
    detectedLanguage: LtDetectedLanguage


class LtReplacement(BaseModel):
    """A replacement a client can apply with one click."""

    value: str


class LtContext(BaseModel):
    """Up to 40 characters either side of the match; `offset` is the match's in `text`."""

    text: str
    offset: int = Field(ge=0)
    length: int = Field(ge=0)


class LtMatchType(BaseModel):
    """Selects the underline colour in clients."""

    typeName: Literal["UnknownWord", "Hint", "Other"]


class LtCategory(BaseModel):
    """A rule family, e.g. `PM1` 'Blame and language'."""

    id: str
    name: str


class LtUrl(BaseModel):
    """A link to the rule's documentation."""

    value: str


class LtRule(BaseModel):
    """The rule behind a match: pmlint's code, its summary and family."""

    id: str
    description: str
    issueType: str
    category: LtCategory
    urls: list[LtUrl] = []


class LtMatch(BaseModel):
    """One finding, in LanguageTool's shape. Positions are UTF-16 code units."""

    message: str
    shortMessage: str
    replacements: list[LtReplacement] = []
    offset: int = Field(ge=0)
    length: int = Field(ge=0)
    context: LtContext
    sentence: str
    type: LtMatchType
    rule: LtRule
    ignoreForIncompleteSentence: bool = False
    contextForSureMatch: int = 0


class LtCheckResponse(BaseModel):
    """The answer of `/v2/check`."""

    software: LtSoftware
    warnings: LtWarnings = LtWarnings()
    language: LtLanguage
    matches: list[LtMatch]


class LtLanguageInfo(BaseModel):
    """One entry of `/v2/languages`."""

    name: str
    code: str
    longCode: str
