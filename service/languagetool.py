"""LanguageTool-compatible endpoints: `/v2/check` (POST or GET) and `GET /v2/languages`.

LanguageTool clients and editor plugins (language-tool-python, LTeX, the Obsidian and
VS Code plugins) use pmlint by pointing at its URL. The view reads the parameters,
calls `linter.engine.lint_text`, and turns each `Finding` into a match with the small
functions below; it holds no linting logic.

Reading a request, as LanguageTool's own server does:

- The body is read as a form whatever its Content-Type says (LTeX sends a form body
  labelled application/json); a multipart body is read as a form too. Query-string
  parameters override body ones; GET reads only the query string.
- `text`, or `data`: annotation JSON whose text parts are linted and whose markup parts
  are skipped, each read as its `interpretAs` (or as nothing). Positions count the
  concatenation of text and markup parts (interpretAs not counted).
- `language`: `en`, `en-US`, any `en-*`, or `auto` (read as en-US, or as the first
  English variant in `preferredVariants`). pmlint detects nothing: every text is read
  as English.
- `enabledRules` / `disabledRules` take rule codes (`PM101`) or names
  (`person-blame`); `enabledCategories` / `disabledCategories` take families `PM1`..`PM5`.
  Unknown ids are ignored, as LanguageTool ignores them (clients send its ids, e.g.
  `WHITESPACE_RULE`). The enabled ones are added to the rules the service config selects,
  or with `enabledOnly=true` replace them; then the disabled ones are removed.
  LanguageTool rejects disabled ids with `enabledOnly`; pmlint applies both. A rule the
  service config turns off by severity stays off.
- `motherTongue`, `preferredVariants` (unless `language=auto`), `level` and `username`
  are accepted and ignored. `apiKey` is the service's token, when one is configured
  (as an alternative to `Authorization: Bearer`).

Errors: LanguageTool answers plain text ("Error: ..."); pmlint answers JSON like every
other endpoint (`{"error", "message"}`), so one error format serves every client.
400: `text` and `data` together, an unsupported language, `data` that is not JSON, a
body that is not UTF-8. 422: no `text`/`data` or no `language`, `data` of the wrong
shape. 413: more than `max_text_chars` characters (text plus interpretAs, as
LanguageTool counts). 401: a token is configured and neither the bearer header nor
`apiKey` carries it, for GET as well as POST (checked before any parameter error).

How a finding becomes a match:

- `offset`, `length` and `context.offset` count UTF-16 code units, as Java strings do.
- `rule.id` is the code; `shortMessage` is code and name; `rule.description` the
  summary; `rule.category` the family (`PM1` "Blame and language", `PM2` "Root cause",
  `PM3` "Action items", `PM4` "Structure", `PM5` "Readability"); `rule.urls` the
  rule's entry in this server's rules page (`GET /rules#pm101-person-blame`, the same
  anchors as `docs/rules.md`).
- `issueType`: `style` for PM1 and PM5 (word choice, readability), `non-conformance`
  for PM2-PM4 (the write-up does not meet the post-mortem practice). Never
  `misspelling`, so no client offers "add to dictionary".
- `type.typeName`: `Hint` for info findings, `Other` for warnings and errors.
- `message` is the finding's message and its suggestion; `replacements` is empty
  (pmlint's suggestions are advice, not text to paste).
- `context` is 40 characters either side ("..." where cut, newlines as spaces), cut at
  code points so an emoji is never split; `sentence` is the sentence the finding starts
  in, else its line.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hmac
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.metadata import version
from pathlib import Path
from urllib.parse import parse_qsl

from flask import Blueprint, Request, current_app, jsonify, request
from pydantic import ValidationError

from linter.docs import FAMILIES
from linter.engine import lint_text
from linter.selection import matches, rule_for
from models import Config, Document, Finding, Severity
from models.languagetool import (
    LtAnnotation,
    LtCategory,
    LtCheckParams,
    LtCheckResponse,
    LtContext,
    LtData,
    LtDetectedLanguage,
    LtLanguage,
    LtLanguageInfo,
    LtMatch,
    LtMatchType,
    LtRule,
    LtSoftware,
    LtUrl,
)
from rules import RULES
from rules.base import Rule
from rules.common import split_sentences
from service.auth import bearer_ok
from service.errors import ApiError

bp = Blueprint("languagetool", __name__)

CONTEXT_SIZE = 40  # LanguageTool's TextChecker.CONTEXT_SIZE
ISSUE_TYPES = {
    "1": "style",
    "2": "non-conformance",
    "3": "non-conformance",
    "4": "non-conformance",
    "5": "style",
}
# Sorted by name, as LanguageTool lists them; language-tool-python accepts only these codes.
LANGUAGES = tuple(
    LtLanguageInfo(name=name, code="en", longCode=code)
    for name, code in (
        ("English", "en"),
        ("English (Australian)", "en-AU"),
        ("English (Canadian)", "en-CA"),
        ("English (GB)", "en-GB"),
        ("English (New Zealand)", "en-NZ"),
        ("English (South African)", "en-ZA"),
        ("English (US)", "en-US"),
    )
)
_BY_CODE = {lang.longCode.lower(): lang for lang in LANGUAGES}
_ENGLISH = re.compile(r"en(?:-[a-z0-9]{1,8})+")
_RULES: dict[str, Rule] = {r.code: r for r in RULES}


def _authorize(read: Callable[[], LtCheckParams]) -> LtCheckParams:
    """The parameters of an authorised request: with a token configured, `/v2/check`
    (GET or POST) needs it as a bearer token or as LanguageTool's `apiKey` parameter
    (editor plugins have a setting for the key, few can add a header). Without a valid
    token the answer is 401, even when the parameters are malformed."""
    token = current_app.config["PMLINT_SETTINGS"].api_token
    if not token or bearer_ok(token):
        return read()
    try:
        params = read()
    except (ApiError, ValidationError):
        params = None
    key = params.apiKey if params is not None else None
    if key is None or not hmac.compare_digest(key.encode(), token.encode()):
        raise ApiError(
            401, "unauthorized", "send 'Authorization: Bearer <token>' or the token as apiKey"
        )
    return params


@bp.get("/v2/languages")
def languages():
    """The languages pmlint checks: English and its variants. Open, like LanguageTool's."""
    return jsonify([lang.model_dump() for lang in LANGUAGES])


@bp.route("/v2/check", methods=["GET", "POST"])
def check():
    """Lint a text and answer as a LanguageTool server would."""
    params = _authorize(lambda: read_params(request))
    src = checked_text(params)
    lang = language_for(params.language, params.preferredVariants)
    limit = current_app.config["PMLINT_SETTINGS"].max_text_chars
    if len(src.plain) > limit:
        raise ApiError(
            413, "text_too_long", f"the text has {len(src.plain)} characters; the limit is {limit}"
        )
    result = lint_text(src.plain, rule_config(current_app.config["PMLINT_CONFIG"], params))
    units = utf16_converter(src.original)
    found = [to_match(f, src, result.document, units, request.url_root) for f in result.findings]
    detected = LtDetectedLanguage(
        name=lang.name, code=lang.longCode, confidence=1.0, source="pmlint"
    )
    body = LtCheckResponse(
        software=software(),
        language=LtLanguage(name=lang.name, code=lang.longCode, detectedLanguage=detected),
        matches=found,
    )
    return jsonify(body.model_dump(mode="json"))


# Reading the request ------------------------------------------------------------------


def read_params(req: Request) -> LtCheckParams:
    """The parameters: the body read as a form (any Content-Type), then the query string."""
    params: dict[str, str] = {}
    if req.method == "POST":
        if req.mimetype == "multipart/form-data":
            params.update((k, v[-1]) for k, v in req.form.lists())
        else:
            params.update(parse_form(req.get_data(cache=True)))
    params.update((k, v[-1]) for k, v in req.args.lists())
    return LtCheckParams.model_validate(params)


def parse_form(body: bytes) -> dict[str, str]:
    """URL-encoded `key=value&...` pairs; a repeated key keeps its last value."""
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad_encoding", f"the body is not UTF-8: {exc}") from None


@dataclass(frozen=True)
class CheckedText:
    """The text pmlint lints (`plain`) and the text the client counts in (`original`).

    `parts` maps them: `(plain_start, plain_end, original_start, original_end, is_text)`
    for every part that puts characters into `plain`, in order. No parts: the same text.
    """

    plain: str
    original: str
    parts: tuple[tuple[int, int, int, int, bool], ...] = ()

    @cached_property
    def _starts(self) -> list[int]:
        return [p[0] for p in self.parts]

    def original_pos(self, pos: int, end: bool = False) -> int:
        """Where a position in `plain` is in `original`; a markup part maps to its edges."""
        if not self.parts:
            return pos
        starts = self._starts
        # A start lies in the part with p0 <= pos < p1; an end in the one with p0 < pos <= p1.
        i = (bisect.bisect_left(starts, pos) if end else bisect.bisect_right(starts, pos)) - 1
        if i >= 0:
            p0, p1, o0, o1, is_text = self.parts[i]
            if (pos <= p1) if end else (pos < p1):
                return o0 + (pos - p0) if is_text else (o1 if end else o0)
        return 0 if pos == 0 else len(self.original)


def checked_text(params: LtCheckParams) -> CheckedText:
    """The text of `text` or of `data`; a 400 for both, a 422 for neither."""
    if params.text is not None and params.data is not None:
        raise ApiError(400, "conflicting_parameters", "set only 'text' or 'data', not both")
    if params.text is not None:
        return CheckedText(params.text, params.text)
    if params.data is None:
        raise ApiError(
            422,
            "missing_parameter",
            "send the form parameter 'text' or 'data' (the body is read as a "
            "form, as LanguageTool reads it)",
        )
    try:
        raw = json.loads(params.data)
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, "malformed_data", f"'data' is not valid JSON: {exc}") from None
    try:
        data = LtData.model_validate(raw)
    except ValidationError as exc:
        details = json.loads(exc.json(include_url=False, include_input=False))
        message = "'data' does not match LanguageTool's annotation format"
        raise ApiError(422, "invalid_data", message, details) from None
    if data.text is not None:
        src = CheckedText(data.text, data.text)
    else:
        src = annotate(data.annotation or [])
    try:  # JSON escapes can spell a lone surrogate, which no UTF-8 answer can carry
        (src.plain + src.original).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "bad_encoding", "'data' has a lone UTF-16 surrogate") from None
    return src


def annotate(items: list[LtAnnotation]) -> CheckedText:
    """Text parts are linted; a markup part is linted as its `interpretAs` (or nothing)."""
    plain: list[str] = []
    original: list[str] = []
    parts = []
    p = o = 0
    for item in items:
        is_text = item.text is not None
        seen = item.text if is_text else item.markup or ""
        fed = seen if is_text else item.interpretAs or ""
        if fed:
            parts.append((p, p + len(fed), o, o + len(seen), is_text))
        plain.append(fed)
        original.append(seen)
        p, o = p + len(fed), o + len(seen)
    return CheckedText("".join(plain), "".join(original), tuple(parts))


def language_for(code: str | None, preferred: str | None) -> LtLanguageInfo:
    """The English variant `language` names; a 400 for any other language."""
    if code is None or not code.strip():
        raise ApiError(
            422, "missing_parameter", "send 'language': 'en', 'en-US', another 'en-*' or 'auto'"
        )
    key = code.strip().replace("_", "-").lower()
    if key == "auto":
        variants = [v.strip().replace("_", "-").lower() for v in (preferred or "").split(",")]
        return next((_BY_CODE[v] for v in variants if v in _BY_CODE), _BY_CODE["en-us"])
    if key in _BY_CODE:
        return _BY_CODE[key]
    if _ENGLISH.fullmatch(key):
        subtags = key.split("-")
        long_code = "-".join([subtags[0]] + [t.upper() if len(t) == 2 else t for t in subtags[1:]])
        return LtLanguageInfo(name="English", code="en", longCode=long_code)
    raise ApiError(
        400,
        "unsupported_language",
        f"pmlint checks English only: use 'en', 'en-US', another 'en-*' or "
        f"'auto', not {code.strip()[:40]!r}",
    )


def _ids(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def rule_codes(rule_ids: str | None, category_ids: str | None) -> set[str]:
    """The codes named by rule ids (codes or names) and category ids (families `PM1`..)."""
    codes = set()
    for key in _ids(rule_ids):
        found = rule_for(key)
        if found is not None:
            codes.add(found.code)
    families = {f"PM{digit}" for digit in FAMILIES}
    for key in _ids(category_ids):
        if key.upper() in families:
            codes |= {code for code in _RULES if code.startswith(key.upper())}
    return codes


def rule_config(base: Config, params: LtCheckParams) -> Config:
    """The service's config with the request's rules and categories applied."""
    only = (params.enabledOnly or "").strip().lower() in ("true", "yes")
    named = (
        params.enabledRules,
        params.enabledCategories,
        params.disabledRules,
        params.disabledCategories,
    )
    if not only and not any(named):
        return base
    enabled = rule_codes(params.enabledRules, params.enabledCategories)
    if not only:
        enabled |= {
            r.code
            for r in RULES
            if any(matches(r, s) for s in base.select)
            and not any(matches(r, s) for s in base.ignore)
        }
    chosen = enabled - rule_codes(params.disabledRules, params.disabledCategories)
    return base.model_copy(update={"select": sorted(chosen), "ignore": []})


# Writing the answer -------------------------------------------------------------------


def utf16_converter(text: str) -> Callable[[int], int]:
    """A function from code-point offsets in `text` to UTF-16 code-unit offsets."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    return lambda offset: offset + bisect.bisect_left(astral, offset)


def utf16_len(text: str) -> int:
    """How many UTF-16 code units `text` takes (an emoji takes two)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def to_match(
    f: Finding, src: CheckedText, doc: Document | None, units: Callable[[int], int], root: str
) -> LtMatch:
    """A pmlint finding as a LanguageTool match, positioned in the client's text."""
    start = src.original_pos(f.offset)
    end = max(start, src.original_pos(f.offset + f.length, end=True))
    message = f"{f.message}. Suggestion: {f.suggestion}" if f.suggestion else f.message
    return LtMatch(
        message=message,
        shortMessage=f"{f.rule} {f.name}",
        offset=units(start),
        length=units(end) - units(start),
        context=context(src.original, start, end),
        sentence=sentence(doc, src.plain, f.offset),
        type=LtMatchType(typeName="Hint" if f.severity is Severity.INFO else "Other"),
        rule=lt_rule(_RULES[f.rule], root),
    )


def lt_rule(rule: Rule, root: str) -> LtRule:
    """A pmlint rule as LanguageTool's `rule`: code, summary, family, link to its docs."""
    family = rule.code[2]
    return LtRule(
        id=rule.code,
        description=rule.summary,
        issueType=ISSUE_TYPES[family],
        category=LtCategory(id=f"PM{family}", name=FAMILIES[family]),
        urls=[LtUrl(value=f"{root}rules#{rule.code.lower()}-{rule.name}")],
    )


def context(text: str, start: int, end: int) -> LtContext:
    """LanguageTool's context: 40 characters either side, '...' where cut."""
    lo, hi = max(0, start - CONTEXT_SIZE), min(len(text), end + CONTEXT_SIZE)
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(text) else ""
    shown = text[lo:hi].replace("\r", " ").replace("\n", " ")
    return LtContext(
        text=prefix + shown + suffix,
        offset=utf16_len(prefix + text[lo:start]),
        length=utf16_len(text[start:end]),
    )


def sentence(doc: Document | None, text: str, pos: int) -> str:
    """The sentence of `text` that `pos` falls in, else its line; never None."""
    block = next((b for b in doc.blocks if b.start <= pos < b.end), None) if doc else None
    if block is not None:
        span = text[block.start : block.end]
        for s, e in split_sentences(span):
            if pos - block.start < e:
                return span[s:e].strip()
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip()


@cache
def software() -> LtSoftware:
    """pmlint's version; its build date is when its source files last changed."""
    root = Path(__file__).resolve().parent.parent
    stamps = [
        p.stat().st_mtime
        for pkg in ("linter", "models", "rules", "service")
        for p in (root / pkg).glob("*.py")
    ]
    built = dt.datetime.fromtimestamp(max(stamps, default=0), dt.UTC)
    return LtSoftware(
        version=version("pmlint"), buildDate=built.strftime("%Y-%m-%d %H:%M:%S +0000")
    )
