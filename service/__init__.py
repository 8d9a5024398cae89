"""The pmlint HTTP service: an application factory around the same `linter` API as the CLI.

from service import create_app
app = create_app({"api_token": "secret"})
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request
from flask_cors import CORS

from linter import nlp
from linter.config import load_config
from linter.engine import lint_text
from models import Config
from models.api import ServiceSettings
from service import errors
from service.auth import bearer_ok
from service.errors import ApiError

log = logging.getLogger("pmlint.service")


def create_app(config: ServiceSettings | dict[str, Any] | None = None) -> Flask:
    """Build the app. `config` overrides the PMLINT_* environment variables."""
    if isinstance(config, ServiceSettings):
        settings = config
    else:
        settings = ServiceSettings.from_env(**(config or {}))
    app = Flask(__name__)
    app.config["PMLINT_SETTINGS"] = settings
    app.config["PMLINT_CONFIG"] = (
        load_config(Path(settings.config)) if settings.config else Config()
    )
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]

    from service import api, languagetool, openapi, web

    errors.register(app)
    for bp in (api.bp, languagetool.bp, openapi.bp, web.bp):
        app.register_blueprint(bp)
    if settings.cors_origins:
        CORS(app, origins=settings.cors_origins, allow_headers=["Authorization", "Content-Type"])
    app.before_request(_authorize)
    app.before_request(_start_clock)
    app.after_request(_log_request)
    app.after_request(_no_sniff)
    if settings.preload_model:
        # Load once here: with gunicorn's preload the workers share this copy. One small
        # lint also loads what the first request would otherwise wait for (textstat's
        # pronunciation dictionary, the matchers).
        nlp.load(nlp.model_name(app.config["PMLINT_CONFIG"].model))
        lint_text(_WARM_UP, app.config["PMLINT_CONFIG"])
    return app


_WARM_UP = (
    "## Root Cause\n\nDave forgot to renew the certificate, so the service went down. "
    + "The renewal job had no alert and the expiry date was in a spreadsheet. " * 4
    + "\n\n## Action Items\n\n- Improve monitoring\n"
)


def _authorize() -> None:
    """With a token configured, every POST needs `Authorization: Bearer <token>`."""
    from flask import current_app

    token = current_app.config["PMLINT_SETTINGS"].api_token
    if not token or request.method != "POST" or request.endpoint == "languagetool.check":
        return  # /v2/check also takes the token as LanguageTool's apiKey: it checks itself
    if not bearer_ok(token):
        raise ApiError(401, "unauthorized", "send 'Authorization: Bearer <token>'")


def _no_sniff(response: Response) -> Response:
    """Browsers must take every answer (JSON, the page's scripts) as the type it says."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def _start_clock() -> None:
    g.pmlint_started = time.perf_counter()


def _log_request(response: Response) -> Response:
    """Sizes and timings only: post-mortems are sensitive, their text is never logged."""
    took = (time.perf_counter() - g.get("pmlint_started", time.perf_counter())) * 1000
    log.info(
        "%s %s %s in=%dB out=%sB %.1fms",
        request.method,
        request.path,
        response.status_code,
        request.content_length or 0,
        response.calculate_content_length() or "-",
        took,
    )
    return response
