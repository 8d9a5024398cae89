"""The service's token check, shared by the app and the LanguageTool endpoint."""

from __future__ import annotations

import hmac

from flask import request


def bearer_ok(token: str) -> bool:
    """The request carries `Authorization: Bearer <token>` (compared in constant time)."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.encode(), token.encode())
