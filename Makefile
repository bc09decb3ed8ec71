# RepDesk — every set-up step lives here, so `make run` and `make test` work on a fresh
# Debian 12 machine. Nothing depends on an activated venv: tools are called by path.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.repdesk-installed

XDG_DATA_HOME ?= $(HOME)/.local/share
DEMO_DB ?= $(XDG_DATA_HOME)/RepDesk/demo.db

TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Offscreen Qt unless the caller chose a platform.
OFFSCREEN := QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen}

.PHONY: help run test lint format bench screenshots translations lupdate system-deps venv \
	clean distclean

help:
	@echo "make run          set up, create the demo database if missing, open the app"
	@echo "make test         set up, then lint, type-check and run the whole test suite"
	@echo "make lint         ruff check, ruff format --check, mypy"
	@echo "make format       ruff format and ruff check --fix"
	@echo "make bench        benchmarks (python -m bench)"
	@echo "make screenshots  regenerate docs/screenshots (python -m scripts.screenshots)"
	@echo "make lupdate      refresh resources/i18n/*.ts from the sources"
	@echo "make clean        remove built translations and caches (distclean: the venv too)"

# --- set-up -------------------------------------------------------------------------------

system-deps:
	@scripts/system-deps.sh

$(PY): | system-deps
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changed. The code runs from the repo root; the
# editable install is for the dependencies. Fallback: install the declared deps directly.
$(STAMP): pyproject.toml | $(PY)
	@echo "installing Python packages into $(VENV) (pyproject.toml changed or first run)"
	$(PIP) install --quiet --upgrade pip
	@$(PIP) install --quiet --quiet -e '.[dev]' || { \
	  echo "editable install failed; installing the declared dependencies instead"; \
	  $(PY) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))' \
	    > $(VENV)/requirements.txt; \
	  $(PIP) install --quiet -r $(VENV)/requirements.txt; }
	touch $@

venv: system-deps $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	@test -x $(VENV)/bin/pyside6-lrelease || { \
	  echo "$(VENV)/bin/pyside6-lrelease missing: is PySide6 installed in $(VENV)?" >&2; exit 1; }
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: venv $(QM_FILES)

lupdate: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' 2>/dev/null | sort) -ts $(TS_FILES)

# --- work ---------------------------------------------------------------------------------

$(DEMO_DB): | venv
	mkdir -p "$(dir $@)"
	$(PY) main.py demo --db "$@" --size small || { rm -f "$@" "$@-wal" "$@-shm"; exit 1; }

# Without a display (no DISPLAY/WAYLAND_DISPLAY) a window cannot open: run the offscreen
# smoke check instead, so the command still proves the app starts.
run: translations $(DEMO_DB)
	@if [[ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]]; then \
	  echo "$(PY) main.py --db $(DEMO_DB)"; \
	  $(PY) main.py --db "$(DEMO_DB)"; \
	else \
	  echo "no display: running the offscreen smoke check (set DISPLAY to see the window)"; \
	  QT_QPA_PLATFORM=offscreen $(PY) main.py --db "$(DEMO_DB)" --smoke; \
	fi

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: translations lint
	$(OFFSCREEN) $(VENV)/bin/pytest

bench: translations
	$(OFFSCREEN) $(PY) -m bench

screenshots: translations
	$(OFFSCREEN) $(PY) -m scripts.screenshots

clean:
	rm -f resources/i18n/*.qm
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
