# Set-up is one pinned virtual environment; every target builds on it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench snapshots clean

run: $(STAMP)
	$(BIN)/ggp-tracker --root .

test: $(STAMP)
	$(BIN)/ruff check tracker tests bench
	$(BIN)/ruff format --check tracker tests bench
	$(BIN)/lint-imports
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/run_all.py
	$(BIN)/python bench/peers.py

snapshots: $(STAMP)
	$(BIN)/pytest tests/tui --snapshot-update

lint: $(STAMP)
	$(BIN)/ruff check tracker tests bench

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt pip setuptools
	# The build backend comes from the pinned environment too, not a fresh download.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation \
		-c constraints.txt -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info
