# Two commands from a fresh clone (Python 3.11+ and pip): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.geopivot-installed
DEMO_DB ?= geopivot-demo.duckdb

.PHONY: demo test test-all fuzz bench docs clean serve

# The pip that `python3 -m venv` bundles (23.x on Python 3.11) rejects a hash-pinned lock whose
# packages ask for extras (justext -> lxml[html_clean]), so a hash-pinned newer pip comes first.
$(STAMP): requirements.lock requirements-pip.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/geopivot demo --db $(DEMO_DB)

serve: $(STAMP)
	test -f $(DEMO_DB) || $(BIN)/geopivot demo --db $(DEMO_DB) -q
	$(BIN)/geopivot serve --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m "slow or not slow or fuzz"

# Every bad-input, fault and kill/resume case of tests/robustness (about 10 minutes).
fuzz: $(STAMP)
	$(BIN)/python -m pytest -q -m "fuzz or not fuzz" tests/robustness

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

docs: $(STAMP)
	$(BIN)/python docs/generate_cli_docs.py

clean:
	rm -rf $(VENV) $(DEMO_DB) geopivot-demo-report.html geopivot-demo-report-*.png .pytest_cache test-output
