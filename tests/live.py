"""Run `pmlint serve` (gunicorn) on a free loopback port, for tests and benchmarks that
talk to the real server over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def free_port() -> int:
    """A TCP port nobody is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(workers: int = 2, env: dict[str, str] | None = None) -> Iterator[str]:
    """Start `pmlint serve`, wait until /healthz answers, yield its URL, then stop it.

    `PMLINT_*` variables of the calling environment are dropped (a developer's token or
    limits must not leak into the tests); pass `env` to set some.
    """
    port = free_port()
    exe = Path(sys.executable).with_name("pmlint")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PMLINT_")}
    # The server logs a line per request: a file, not a pipe nobody reads, which would
    # fill up and block the workers mid-request.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [str(exe), "serve", "--port", str(port), "--workers", str(workers)],
            env={**clean, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            url = _wait_until_up(proc, port, log)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_until_up(proc: subprocess.Popen, port: int, log: IO[str]) -> str:
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                if r.status == 200:
                    return url
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"pmlint serve did not start: {log.read()[-2000:]}") from None
            time.sleep(0.3)
