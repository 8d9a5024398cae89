"""GET /: the review web page. It calls the JSON API from the browser; no linting here."""

from __future__ import annotations

from importlib.metadata import version

from flask import Blueprint, make_response, render_template

bp = Blueprint("web", __name__)

# Everything the page needs comes from this server; the policy makes the browser enforce
# that (no CDN, no web fonts) and keeps injected markup from running scripts.
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@bp.get("/")
def index():
    """The page where people paste a post-mortem and read its review."""
    response = make_response(render_template("index.html", version=version("pmlint")))
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
