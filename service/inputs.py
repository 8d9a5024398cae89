"""Reading requests: JSON or a raw Markdown/plain-text body, and per-request config."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import Request
from pydantic import BaseModel

from linter.selection import validate
from models import Config, ConfigError
from models.api import LintOptions, ServiceSettings
from service.errors import ApiError

M = TypeVar("M", bound=BaseModel)
TEXT_TYPES = frozenset({"text/markdown", "text/x-markdown", "text/plain"})


def read_body(request: Request, model: type[M], settings: ServiceSettings) -> M:
    """The request as `model`: from a JSON object, or from a raw text body (as `text`)."""
    mime = request.mimetype
    if mime == "application/json":
        try:
            data = json.loads(request.get_data(cache=True) or b"")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "malformed_json", f"the body is not valid JSON: {exc}") from None
        except RecursionError:  # `[[[[...` nested deeper than Python's parser goes
            raise ApiError(400, "malformed_json", "the body is nested too deeply") from None
        if not isinstance(data, dict):
            raise ApiError(400, "malformed_json", "the body must be a JSON object")
        _no_lone_surrogates(data)
    elif mime in TEXT_TYPES:
        data = {"text": _decode(request.get_data(cache=True)), **_query(request)}
    else:
        raise ApiError(
            415,
            "unsupported_media_type",
            f"send application/json or text/markdown, not {mime or 'no Content-Type'}",
        )
    parsed = model.model_validate(data)
    text = getattr(parsed, "text", "")
    if len(text) > settings.max_text_chars:
        raise ApiError(413, "text_too_long",
                       f"the text has {len(text)} characters; the limit is "
                       f"{settings.max_text_chars}")  # fmt: skip
    return parsed


def _no_lone_surrogates(data: dict) -> None:
    """JSON escapes can spell half a UTF-16 pair ("\\ud800"), which is no character: the
    text cannot be tokenised, nor any answer quoting it encoded."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "bad_encoding", "the JSON has a lone UTF-16 surrogate") from None


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad_encoding", f"the body is not UTF-8: {exc}") from None


def _query(request: Request) -> dict[str, Any]:
    """For raw-text bodies, `?filename=` and `?path=` come in the query string."""
    return {k: request.args[k] for k in ("filename", "path") if k in request.args}


def request_config(base: Config, options: LintOptions | None) -> Config:
    """The service's config with the request's overrides; a bad value is a 422."""
    if options is None:
        return base
    data = base.model_dump(exclude_unset=True)
    for key in ("select", "ignore", "today"):
        value = getattr(options, key)
        if value is not None:
            data[key] = value
    if options.severity:
        data["severity"] = {**base.severity, **options.severity}
    if options.options:
        data["rules"] = {**base.rules, **options.options}
    try:
        config = Config.from_mapping(data, "config")
        validate(config, "config")
    except ConfigError as exc:
        raise ApiError(422, "invalid_config", str(exc)) from None
    return config
