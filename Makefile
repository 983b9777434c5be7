# Quick start: `make demo`, then `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint eval bench clean serve vendor

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps make a second `make demo` instant; they depend on pyproject.toml so edits reinstall.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

# The baselines extra too (textacy, scikit-learn: wheels from PyPI, about 10 s), so that the
# test of the textacy baseline runs instead of skipping.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[test,baselines]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newsevents code examples/articles.jsonl examples/sanctions.html --format table
	$(BIN)/newsevents ingest examples --db demo.duckdb
	$(BIN)/newsevents query --db demo.duckdb --event ASSAULT,COERCE --format table --limit 12
	$(BIN)/newsevents query --db demo.duckdb --clusters --format table --limit 8

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

$(VENV)/.installed-baselines: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[baselines]"
	touch $@

# Every figure of the README's Accuracy section, baselines included (needs ../shared/evaldata).
eval: $(VENV)/.installed-baselines
	$(BIN)/newsevents eval events --evaldata ../shared/evaldata/events
	$(BIN)/newsevents eval time --timeml ../shared/evaldata/time/TBAQ-cleaned
	$(BIN)/newsevents eval time --timeml ../shared/evaldata/time/TBAQ-cleaned --baseline dateparser
	$(BIN)/newsevents eval time --timeml ../shared/evaldata/time/TBAQ-cleaned --baseline dateparser-granular
	$(BIN)/newsevents eval quotes --polnear ../shared/evaldata/quotes/polnear/dev
	$(BIN)/newsevents eval quotes --polnear ../shared/evaldata/quotes/polnear/dev --baseline textacy
	$(BIN)/newsevents eval geo --lgl ../shared/evaldata/geo/lgl.xml --geovirus ../shared/evaldata/geo/GeoVirus.xml --baseline
	$(BIN)/python bench/guessed_countries.py

bench: $(VENV)/.installed-test
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/ingest.py throughput
	$(BIN)/python bench/ingest.py memory
	$(BIN)/python bench/ingest.py query
	$(BIN)/python bench/ingest.py engines

$(VENV)/.installed-web: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[web]"
	touch $@

# The web app over the demo store: http://127.0.0.1:8000/
serve: $(VENV)/.installed-web
	$(BIN)/newsevents ingest examples --db demo.duckdb
	$(BIN)/newsevents serve --db demo.duckdb

# Where the web app's vendored files come from (the npm registry); run to refresh them.
WORLD_ATLAS := src/newsevents/web/static/vendor/world-atlas
vendor:
	rm -rf build/vendor && mkdir -p build/vendor
	cd build/vendor && npm pack -q world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
	cp build/vendor/package/countries-110m.json build/vendor/package/LICENSE $(WORLD_ATLAS)/

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.wal build src/*.egg-info .pytest_cache .ruff_cache
