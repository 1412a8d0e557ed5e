# digest: two commands from a fresh clone — `make site` builds the site, `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Stamps record which pinned requirements the venv holds; editing a requirements file reinstalls.
DEPS   := $(VENV)/.deps-installed
DEVDEPS := $(VENV)/.devdeps-installed
N      ?= 200 1000

.PHONY: site docs serve test eval bench lint check clean screenshots

site: $(DEPS) ## Build site/ from content/ (creates .venv and installs pinned dependencies on first run)
	$(BIN)/digest build --strict

docs: $(DEPS) ## Write docs/ only (no MkDocs)
	$(BIN)/digest build --docs-only

serve: $(DEPS) ## Live preview on http://127.0.0.1:8000
	$(BIN)/digest serve

check: $(DEPS) ## Validate content/ without building
	$(BIN)/digest check

test: $(DEVDEPS) ## Install test dependencies (Debian's chromium for the browser tests) and run the whole suite
	@# The security tests drive Debian's Chromium through Playwright (never `playwright install`).
	@# Installing it needs root (as in CI); elsewhere the browser tests skip, or fail when CI=true.
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
		else echo "note: /usr/bin/chromium missing; run 'sudo apt-get install -y chromium' for the browser tests"; fi; \
	fi
	$(BIN)/ruff check builder tests
	$(BIN)/python -m pytest

eval: $(DEPS) ## Score every task on ../shared/eval against the pinned floors in eval_floors.json
	$(BIN)/python -m builder.evaluate

bench: $(DEVDEPS) ## Benchmark builds of N articles (make bench N="1000 2000")
	$(BIN)/python -m builder.bench $(N)

screenshots: $(DEVDEPS) ## README pictures: build the sample digest (tests/data/sample/) and photograph it in Chromium into .github/screenshots/
	$(BIN)/python -m builder.screenshots

lint: $(DEVDEPS)
	$(BIN)/ruff check builder tests

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEPS): requirements.txt pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(DEVDEPS): requirements-dev.txt $(DEPS)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

clean:
	rm -rf docs site .cache .pytest_cache
