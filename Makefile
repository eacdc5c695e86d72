# tanya-pas: `make run` serves the app on the default corpus, `make test` runs the tests.
# Both create .venv and install everything on a fresh machine first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run build test test-fast eval bench lint clean

setup: $(STAMP)

# torch==2.13.0 first: it is the CPU build on this disk; a looser requirement resolved by
# pip would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,bench,openvino]'
	touch $(STAMP)

build: $(STAMP)
	$(PY) -m rag build

run: $(STAMP)
	$(PY) app.py

test: $(STAMP)
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not browser"

eval: $(STAMP)
	$(PY) -m rag eval

bench: $(STAMP)
	$(PY) -m rag bench

lint: $(STAMP)
	$(VENV)/bin/ruff check rag tests app.py

clean:
	rm -rf $(VENV) index/CURRENT index/generations index/.tmp-* test-artifacts
