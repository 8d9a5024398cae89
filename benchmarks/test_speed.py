"""Speed: parse, rule evaluation, end-to-end lint, and corpus throughput against proselint.

    make bench      (or: .venv/bin/python -m pytest benchmarks -s)

Targets (issue 3), read from the report printed at the end of the run:
- rule evaluation <= 5% of parse time, on a 2,000-word post-mortem parsed in full;
- default-mode corpus throughput >= 1.0x proselint's and >= 3x the full-parse mode.
All numbers come from one run on one machine: compare the ratios, not the seconds.
"""

from __future__ import annotations

import resource
import sys
import time

import pytest

from benchmarks.conftest import RESULTS, cold, words
from linter import nlp
from linter.document import parse_document
from linter.engine import Job, lint_many, lint_text
from linter.selection import resolve
from models import Config
from rules.common import forget_derived, split_sentences

ROUNDS = 3


def _mean(benchmark) -> float:
    return benchmark.stats.stats.mean


@pytest.mark.benchmark(group="2,000-word post-mortem")
def test_parse_only(benchmark, model, long_doc) -> None:
    """The statistical pipeline over every prose sentence of the document."""
    doc = parse_document(long_doc)
    texts = [
        b.text[s:e].replace("\n", " ") for b in doc.prose() for s, e in split_sentences(b.text)
    ]
    benchmark.pedantic(lambda: list(model.pipe(texts, batch_size=256)), rounds=ROUNDS)
    RESULTS["parse"] = _mean(benchmark)


@pytest.mark.benchmark(group="2,000-word post-mortem")
def test_rule_evaluation_only(benchmark, model, long_doc) -> None:
    """Every rule on the same document, already parsed in full (the most a rule can read).

    The entity recogniser runs lazily, on the few sentences where a rule must know
    whether a capitalised word is a person; that is model work, not rule work, so one
    warm-up round runs it before the timed rounds (its cost is reported on its own).
    """
    config = Config(full_parse=True)
    doc = parse_document(long_doc, config)
    chosen = resolve(config)
    nlp.annotate(doc, [r for r, _ in chosen if r.nlp], config)

    parsed = {id(s.parse): s.parse for code in doc.language_codes() for s in doc.language(code)}

    def forget() -> None:  # what rules cached on the parses in the previous round
        for p in parsed.values():
            forget_derived(p)

    def evaluate() -> int:
        return sum(1 for r, s in chosen for _ in r(doc, s.options))

    forget()
    started = time.perf_counter()
    evaluate()  # the warm-up: runs the entity recogniser where a rule asks for it
    RESULTS["rules+ner"] = time.perf_counter() - started
    benchmark.pedantic(evaluate, setup=forget, rounds=ROUNDS * 3)
    RESULTS["rules"] = _mean(benchmark)


@pytest.mark.benchmark(group="2,000-word post-mortem")
def test_end_to_end_lint(benchmark, model, long_doc) -> None:
    """Read, parse what can fire, evaluate, format positions: what `pmlint check` does."""
    benchmark.pedantic(lint_text, args=(long_doc,), setup=cold, rounds=ROUNDS)
    RESULTS["lint"] = _mean(benchmark)


def _corpus_lint(corpus, config: Config) -> int:
    """What `pmlint check DIR` does: lint every file, parsing in batches of documents."""
    jobs = (Job(text, config, path) for path, text in corpus)
    return sum(len(r.findings) for r in lint_many(jobs))


@pytest.mark.benchmark(group="corpus throughput")
def test_corpus_pmlint_default(benchmark, model, corpus) -> None:
    benchmark.pedantic(_corpus_lint, args=(corpus, Config()), setup=cold, rounds=ROUNDS)
    RESULTS["default"] = _mean(benchmark)


@pytest.mark.benchmark(group="corpus throughput")
def test_corpus_pmlint_full_parse(benchmark, model, corpus) -> None:
    config = Config(full_parse=True)
    benchmark.pedantic(_corpus_lint, args=(corpus, config), setup=cold, rounds=ROUNDS)
    RESULTS["full"] = _mean(benchmark)


@pytest.mark.benchmark(group="corpus throughput")
def test_corpus_raw_nlp_pipe(benchmark, model, corpus) -> None:
    """The same spaCy components over the same files, with nothing else."""
    texts = [text for _, text in corpus]
    benchmark.pedantic(lambda: list(model.pipe(texts, batch_size=64)), rounds=ROUNDS)
    RESULTS["raw"] = _mean(benchmark)


@pytest.mark.benchmark(group="corpus throughput")
def test_corpus_proselint(benchmark, corpus) -> None:
    """proselint, the regex-only prose linter, on the same files."""
    from pathlib import Path

    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.tools import CheckRegistry, LintFile

    CheckRegistry().register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}

    def run() -> int:
        return sum(len(LintFile(Path(path)).lint(config)) for path, _ in corpus)

    benchmark.pedantic(run, rounds=ROUNDS)
    RESULTS["proselint"] = _mean(benchmark)


def test_report(corpus, long_doc) -> None:
    """Print the ratios the targets are stated in (run with -s to see them)."""
    if not {"parse", "rules", "default", "full", "raw", "proselint"} <= RESULTS.keys():
        pytest.skip("run the whole benchmarks/test_speed.py to get the report")
    n = sum(words(t) for _, t in corpus)
    wps = {k: n / RESULTS[k] for k in ("default", "full", "raw", "proselint")}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "",
        f"corpus: {len(corpus)} files, {n} words",
        *(f"  {k:<10} {v:>9,.0f} words/s" for k, v in wps.items()),
        f"  default / proselint   = {wps['default'] / wps['proselint']:.2f}x (target >= 1.0)",
        f"  default / full-parse  = {wps['default'] / wps['full']:.2f}x (target >= 3)",
        f"  default / raw nlp.pipe = {wps['default'] / wps['raw']:.2f}x",
        f"2,000-word post-mortem ({words(long_doc)} words):",
        f"  parse {RESULTS['parse'] * 1000:.1f} ms, rules {RESULTS['rules'] * 1000:.1f} ms,"
        f" end-to-end lint {RESULTS.get('lint', 0) * 1000:.1f} ms",
        f"  rule evaluation / parse = {RESULTS['rules'] / RESULTS['parse']:.1%} (target <= 5%)",
        f"  first evaluation, with the on-demand entity recogniser: "
        f"{RESULTS['rules+ner'] * 1000:.1f} ms ({RESULTS['rules+ner'] / RESULTS['parse']:.1%})",
        f"model loads in this process: {nlp.load.cache_info().misses}",
        f"peak resident memory: {peak:.0f} MiB",
    ]
    print("\n".join(lines), file=sys.stderr)
