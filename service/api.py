"""The JSON API: /v1/lint, /v1/review, /v1/rules, /healthz. Views only translate."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from linter import nlp
from linter.engine import lint_text
from linter.output import summarize
from linter.stats import document_stats
from models import FileResult
from models.api import (
    Health,
    LintRequest,
    LintResponse,
    ReviewRequest,
    ReviewResponse,
    RuleInfo,
)
from rules import RULES
from service.inputs import read_body, request_config
from service.review import review_body, review_comments

bp = Blueprint("api", __name__)


def _settings():
    return current_app.config["PMLINT_SETTINGS"]


def _lint(req: LintRequest):
    config = request_config(current_app.config["PMLINT_CONFIG"], req.config)
    path = getattr(req, "path", None) or req.filename
    return lint_text(req.text, config, path=path)


@bp.post("/v1/lint")
def lint():
    """Lint one post-mortem: findings, their counts, and document statistics."""
    req = read_body(request, LintRequest, _settings())
    result = _lint(req)
    summary = summarize([FileResult(path=req.filename or "<text>", findings=result.findings)])
    body = LintResponse(
        findings=result.findings,
        summary=summary,
        stats=document_stats(result.document),
        errors=result.errors,
        notices=result.notices,
    )
    return jsonify(body.model_dump(mode="json"))


@bp.post("/v1/review")
def review():
    """A review a bot can post on a pull request: a summary body and line comments."""
    req = read_body(request, ReviewRequest, _settings())
    result = _lint(req)
    summary = summarize([FileResult(path=req.path, findings=result.findings)])
    body = ReviewResponse(
        body=review_body(req.path, result.findings, summary, result.errors),
        comments=review_comments(req.path, result.findings),
        findings=result.findings,
        errors=result.errors,
        notices=result.notices,
    )
    return jsonify(body.model_dump(mode="json"))


@bp.get("/v1/rules")
def rules():
    """Every rule with its documentation."""
    return jsonify(
        [
            RuleInfo(
                code=r.code, name=r.name, severity=r.severity.value, summary=r.summary, doc=r.doc
            ).model_dump()
            for r in RULES
        ]
    )


@bp.get("/healthz")
def healthz():
    """Open to everyone (no token): is the model loaded, which version is running."""
    from importlib.metadata import version

    try:
        name = nlp.model_name(current_app.config["PMLINT_CONFIG"].model)
    except nlp.ModelError:
        name = None
    loaded = name is not None and nlp.load.cache_info().currsize > 0
    return jsonify(Health(version=version("pmlint"), model=name, model_loaded=loaded).model_dump())
