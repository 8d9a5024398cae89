# Two commands for a new machine with python3 (3.11+) and make:
#   make demo   set up .venv and lint the bundled examples
#   make test   set up .venv with the dev tools and run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-stamp
DEV_STAMP     := $(VENV)/.dev-stamp

.PHONY: demo test check lint bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the dependency list changes; the package itself is editable.
$(RUNTIME_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@ $(RUNTIME_STAMP)

demo: $(RUNTIME_STAMP)
	@# Findings are the point of the demo: exit status 1 (findings) is success here.
	$(BIN)/pmlint check examples/; status=$$?; [ $$status -le 1 ]

test: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

bench: $(DEV_STAMP)
	$(BIN)/python -m pytest benchmarks/ -s -p no:cacheprovider

docs: $(RUNTIME_STAMP)
	$(BIN)/python -m linter.docs > docs/rules.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .benchmarks *.egg-info
