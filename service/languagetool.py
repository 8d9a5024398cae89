"""LanguageTool-compatible endpoints (being written)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("languagetool", __name__)
