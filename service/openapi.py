"""GET /openapi.json: an OpenAPI 3.1 document built from the pydantic models."""

from __future__ import annotations

from importlib.metadata import version

from flask import Blueprint, jsonify
from pydantic.json_schema import models_json_schema

from models.api import (
    ErrorResponse,
    Health,
    LintRequest,
    LintResponse,
    ReviewRequest,
    ReviewResponse,
    RuleInfo,
)
from models.languagetool import LtCheckParams, LtCheckResponse, LtLanguageInfo

bp = Blueprint("openapi", __name__)
_REF = "#/components/schemas/{model}"
_ERRORS = {
    "400": "Malformed JSON or text encoding",
    "401": "Missing or wrong bearer token",
    "413": "Body or text too large",
    "415": "Unsupported content type",
    "422": "Invalid fields or configuration",
}


def _ref(name: str) -> dict:
    return {"$ref": _REF.format(model=name)}


def _post(summary: str, req: str, resp: str) -> dict:
    body = {
        "application/json": {"schema": _ref(req)},
        "text/markdown": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    }
    return {
        "post": {
            "summary": summary,
            "security": [{"bearer": []}, {}],
            "requestBody": {"required": True, "content": body},
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": _ref(resp)}},
                },
                **_errors("400 401 413 415 422"),
            },
        }
    }


def _errors(codes: str) -> dict:
    return {
        code: {
            "description": _ERRORS[code],
            "content": {"application/json": {"schema": _ref("ErrorResponse")}},
        }
        for code in codes.split()
    }


def _lt_check() -> dict:
    """LanguageTool's check: form parameters (in the body, or the query string for GET)."""
    ok = {"description": "OK", "content": {"application/json": {"schema": _ref("LtCheckResponse")}}}
    form = {"application/x-www-form-urlencoded": {"schema": _ref("LtCheckParams")}}
    responses = {"200": ok, **_errors("400 401 413 422")}
    summary = "Check a text (LanguageTool-compatible; form body read whatever its type)"
    return {
        "post": {
            "summary": summary,
            "security": [{"bearer": []}, {}],
            "requestBody": {"required": True, "content": form},
            "responses": responses,
        },
        "get": {
            "summary": summary,
            "security": [{"bearer": []}, {}],
            "parameters": [
                {"name": name, "in": "query", "schema": {"type": "string"}}
                for name in LtCheckParams.model_fields
            ],
            "responses": responses,
        },
    }


def _get(summary: str, schema: dict) -> dict:
    return {
        "get": {
            "summary": summary,
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": schema}}}
            },
        }
    }


def document() -> dict:
    """The whole OpenAPI document."""
    models = [
        LintRequest,
        LintResponse,
        ReviewRequest,
        ReviewResponse,
        RuleInfo,
        Health,
        ErrorResponse,
        LtCheckParams,
        LtCheckResponse,
        LtLanguageInfo,
    ]
    _, defs = models_json_schema(
        [
            (m, "validation" if m.__name__.endswith(("Request", "Params")) else "serialization")
            for m in models
        ],
        ref_template=_REF,
    )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "pmlint",
            "version": version("pmlint"),
            "description": "A blameless-review linter for incident post-mortems. The LanguageTool-"
            "compatible endpoints /v2/check and /v2/languages follow LanguageTool's own API.",
        },
        "paths": {
            "/v1/lint": _post("Lint a post-mortem", "LintRequest", "LintResponse"),
            "/v1/review": _post(
                "Review a post-mortem in a pull request", "ReviewRequest", "ReviewResponse"
            ),
            "/v1/rules": _get(
                "Every rule and its documentation", {"type": "array", "items": _ref("RuleInfo")}
            ),
            "/healthz": _get("Readiness", _ref("Health")),
            "/v2/check": _lt_check(),
            "/v2/languages": _get(
                "Languages checked (LanguageTool-compatible)",
                {"type": "array", "items": _ref("LtLanguageInfo")},
            ),
        },
        "components": {
            "schemas": defs["$defs"],
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 document of this service."""
    return jsonify(document())
