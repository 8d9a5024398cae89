"""`pmlint serve`: gunicorn with the app preloaded, so every worker shares one model."""

from __future__ import annotations

import gc
import logging
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from models.api import ServiceSettings
from service import create_app


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    """gunicorn, configured from Python instead of a config file."""

    def __init__(self, app: Flask, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.application


def serve(
    settings: ServiceSettings,
    host: str = "127.0.0.1",
    port: int = 8080,
    workers: int = 2,
    threads: int = 1,
    dev: bool = False,
) -> None:
    """Run the service: gunicorn (default) or Flask's debug server (`dev`)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = create_app(settings)  # loads the model here, before gunicorn forks its workers
    # Keep the collector off the preloaded model: the workers' pages stay shared
    # (copy-on-write) instead of being touched by every full collection.
    gc.freeze()
    if dev:
        app.run(host=host, port=port, debug=True, use_reloader=False)
        return
    _Gunicorn(
        app,
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread" if threads > 1 else "sync",
            "preload_app": True,
            "timeout": 120,
            "graceful_timeout": 10,
            "accesslog": None,  # our own request log has sizes and timings, never text
            "limit_request_line": 8190,
        },
    ).run()
