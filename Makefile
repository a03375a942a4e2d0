# FieldKit developer commands. `make run` and `make test` work on a fresh Debian machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist ui i18n clean

# Debian's python3 ships without ensurepip, so a fresh machine cannot make a venv: install it with apt
# (sudo unless root). The window's own libraries come with any desktop; `.ci/run` adds them headless.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

$(STAMP): pyproject.toml
	@$(PY) -c "import ensurepip, venv" 2>/dev/null || { \
		echo "Python's venv module is missing: installing python3-venv with apt"; \
		$(SUDO) apt-get install -y python3-venv; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fieldkit

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Figures are ratios against baselines measured in the same run; never gates (exit 0). See docs/performance.md.
# e.g. make bench BENCH_ARGS="--only start --start-runs 15"
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

ui: $(STAMP)
	$(BIN)/python scripts/build_ui.py

i18n: $(STAMP)
	$(BIN)/python scripts/build_i18n.py

# One-folder build in dist/fieldkit/, then a smoke test of the frozen app: a new store (migrations run from
# the bundled scripts), the built-in frameworks, the demo, a Welsh PDF (bundled fonts), an integrity check
# and the window. Not part of
# `make test` (slow, ~250 MB). See docs/packaging.md.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/fieldkit/fieldkit --version
	@smoke=$$(mktemp -d) && trap 'rm -rf "$$smoke"' EXIT && set -e && \
	export FIELDKIT_PASSPHRASE='frozen smoke test passphrase' QT_QPA_PLATFORM=offscreen && \
	dist/fieldkit/fieldkit --data-dir "$$smoke" store init --name "Smoke Test" && \
	dist/fieldkit/fieldkit --data-dir "$$smoke" frameworks list && \
	demo=$$(dist/fieldkit/fieldkit --data-dir "$$smoke" demo) && \
	dist/fieldkit/fieldkit --data-dir "$$smoke" report --inspection "$$demo" --kind evidence-report --lang cy \
	    --out "$$smoke/report.pdf" && \
	dist/fieldkit/fieldkit --data-dir "$$smoke" store check && \
	FIELDKIT_SMOKE_EXIT=1 dist/fieldkit/fieldkit --data-dir "$$smoke" && \
	echo "dist smoke test OK: dist/fieldkit/ ($$(du -sh dist/fieldkit | cut -f1))"

clean:
	rm -rf build dist .pytest_cache
