"""A bounded load test of the served app: `pmlint serve` (gunicorn, 2 workers) over HTTP.

    make bench      (or: .venv/bin/python -m pytest benchmarks/test_load.py -s)

2,000 requests, 16 at a time, each a 1,663-word post-mortem with one paragraph edited
differently (as an editor re-sends it): three in four to `POST /v1/lint` (JSON), one in
four to `POST /v2/check` (LanguageTool's form). Target (issue 4): zero 5xx. Reported:
p50 / p99 latency and requests per second. One machine, one run: the numbers are for
comparing changes, not promises.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.conftest import CORPUS, words
from tests.live import serving

REQUESTS = 2000
CONCURRENCY = 16
#: 1,663 words: summary, timeline, root cause, action items (MIT OR Apache-2.0 licence).
SOURCE = CORPUS / "rust-lang__blog.rust-lang.org__cratesio-broken-downloads-2023-07-20.md"


@pytest.fixture(scope="module")
def document() -> list[str]:
    """The post-mortem's paragraphs."""
    if not SOURCE.is_file():
        pytest.skip("../shared/corpus is not available")
    return SOURCE.read_text(encoding="utf-8").split("\n\n")


def _request(url: str, paragraphs: list[str], n: int) -> tuple[int, float]:
    at = len(paragraphs) // 2
    text = "\n\n".join(
        [*paragraphs[:at], f"{paragraphs[at]} Request {n} retried the job.", *paragraphs[at + 1 :]]
    )
    if n % 4 == 3:
        body = urllib.parse.urlencode({"text": text, "language": "en-US"}).encode()
        req = urllib.request.Request(f"{url}/v2/check", data=body)
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
    else:
        body = json.dumps({"text": text, "filename": "postmortem.md"}).encode()
        req = urllib.request.Request(f"{url}/v1/lint", data=body)
        req.add_header("Content-Type", "application/json")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError:
        status = 599  # no answer at all counts as a server failure
    return status, time.perf_counter() - start


def test_load(document) -> None:
    with serving(workers=2) as url:
        for n in range(CONCURRENCY):  # warm every worker's caches once
            _request(url, document, -1 - n)
        started = time.perf_counter()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            results = list(pool.map(lambda n: _request(url, document, n), range(REQUESTS)))
        elapsed = time.perf_counter() - started
    statuses = Counter(s for s, _ in results)
    latencies = sorted(t for _, t in results)
    q = statistics.quantiles(latencies, n=100)
    print(
        f"\nload: {REQUESTS} requests, {CONCURRENCY} concurrent, "
        f"{words(chr(10).join(document))}-word post-mortem, 2 workers:"
        f"\n  status codes {dict(statuses)}"
        f"\n  p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms, {REQUESTS / elapsed:.1f} requests/s",
        file=sys.stderr,
    )
    assert not [s for s in statuses if s >= 500], statuses
    assert statuses == Counter({200: REQUESTS})
