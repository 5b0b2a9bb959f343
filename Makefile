# Two entry points for a fresh machine (Python 3.11+, pip, make):
#   make run   set up, build the knowledge graph of the bundled articles into out/ (files and an Oxigraph store),
#              validate and score it
#   make test  set up (with test tools and system packages) and run the whole test suite
#   make notebook  set up with the Jupyter extra and open notebooks/ in JupyterLab
#   make bench set up like make test and run every benchmark (bench/results.json, table; see BENCHMARKS.md)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: run test bench setup setup-test system clean notebook

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BIN)/kg

setup: $(BIN)/kg

$(VENV)/.test-deps: $(BIN)/kg
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup-test: $(VENV)/.test-deps system

system:
	@sh scripts/system-packages.sh

run: setup
	$(BIN)/kg build data/articles -o $(OUT) --store $(OUT)/kg.store --prune
	$(BIN)/kg validate $(OUT)/graph.trig
	$(BIN)/kg evaluate data/gold --json $(OUT)/evaluation.json

test: setup-test
	$(BIN)/python -m pytest -q

notebook: setup
	$(BIN)/pip install --quiet -e '.[notebook]'
	$(BIN)/jupyter lab notebooks/
bench: setup-test
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
