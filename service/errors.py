"""JSON errors: every failure a client can cause is a 4xx with a reason, never a 500."""

from __future__ import annotations

import json
import logging

from flask import Flask, Response, jsonify
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException

from models.api import ErrorResponse

log = logging.getLogger("pmlint.service")


class ApiError(Exception):
    """An error with a status, a short code and a message for the client."""

    def __init__(self, status: int, error: str, message: str, details=None) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.details = status, error, message, details


def error_response(status: int, error: str, message: str, details=None) -> Response:
    body = ErrorResponse(error=error, message=message, details=details)
    response = jsonify(body.model_dump(exclude_none=True))
    response.status_code = status
    return response


def register(app: Flask) -> None:
    """Install the JSON error handlers on `app`."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return error_response(exc.status, exc.error, exc.message, exc.details)

    @app.errorhandler(ValidationError)
    def _invalid(exc: ValidationError) -> Response:
        details = json.loads(exc.json(include_url=False, include_input=False))
        return error_response(422, "invalid_request", "the request does not match the schema",
                              details)  # fmt: skip

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        code = (exc.name or "error").lower().replace(" ", "_")
        response = error_response(exc.code or 500, code, exc.description or exc.name)
        if exc.code == 405 and getattr(exc, "valid_methods", None):
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:  # a bug: say so, keep the details in the log
        log.exception("unhandled error")
        return error_response(500, "internal_error", "pmlint failed on this request")
