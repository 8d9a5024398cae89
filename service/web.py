"""GET /: the review web page. It calls the JSON API from the browser; no linting here."""

from __future__ import annotations

import re
from functools import cache
from importlib.metadata import version

from flask import Blueprint, make_response, render_template
from markdown_it import MarkdownIt
from markupsafe import Markup

from linter.docs import render as rules_markdown

bp = Blueprint("web", __name__)

# Everything the page needs comes from this server; the policy makes the browser enforce
# that (no CDN, no web fonts) and keeps injected markup from running scripts.
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _page(template: str, **context):
    response = make_response(render_template(template, version=version("pmlint"), **context))
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/")
def index():
    """The page where people paste a post-mortem and read its review."""
    return _page("index.html")


_RULE_HEADING = re.compile(r"^(PM\d{3}) ([a-z0-9-]+)$")


@cache
def rules_html() -> Markup:
    """docs/rules.md as HTML, each rule's heading with the id `pm101-person-blame` (the
    anchor LanguageTool clients link to). Trusted text: the rules' own docstrings."""
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(rules_markdown())
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and (m := _RULE_HEADING.match(tokens[i + 1].content)):
            tok.attrSet("id", f"{m[1].lower()}-{m[2]}")
    return Markup(md.renderer.render(tokens, md.options, {}))


@bp.get("/rules")
def rules_page():
    """Every rule's documentation, for people (`GET /v1/rules` is the same as JSON)."""
    return _page("rules.html", body=rules_html())
