# The two commands every newcomer needs:  make lab   and   make test
# Everything is installed into .venv from pyproject.toml, with versions pinned by
# the development lock (tests/requirements.txt), so every machine gets the same outputs.
# Binder and class hubs install the runtime lock (binder/requirements.txt) instead.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
WHEELHOUSE := $(VENV)/wheelhouse
OFFLINE := sh tests/offline.sh
ARGS   ?=
RUNTIME_LOCK := binder/requirements.txt
DEV_LOCK     := tests/requirements.txt

.PHONY: lab test check lint lessons lock manifest report clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The wheelhouse holds a wheel for every pin of the development lock (and the build
# backend), so tests/test_binder.py can build a fresh environment from binder/ alone,
# and add the test tools to it, while the network is off.
$(STAMP): pyproject.toml $(RUNTIME_LOCK) $(DEV_LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(DEV_LOCK) -e '.[lab,test,scale,train]'
	# build matplotlib's font cache now: its one-time notice would otherwise
	# appear in the first notebook that draws, and strict nbval would fail on it
	$(BIN)/python -c "import matplotlib.pyplot"
	rm -rf $(WHEELHOUSE)
	$(BIN)/python -m pip wheel --quiet -w $(WHEELHOUSE) -r $(DEV_LOCK) 'setuptools>=69'
	touch $@

## make lab: set up and open the lessons in JupyterLab (headless: make lab ARGS=--no-browser)
# Jupyter refuses to run as root unless told; containers often run as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)
	$(BIN)/jupyter lab lessons/00_start_here.ipynb $(ROOT_FLAG) $(ARGS)

## make test: set up and run every test, notebooks included, with the network switched off
# pytest-xdist spreads the tests over every core (-n auto; CI has two). Each file
# goes to one worker whole (--dist loadfile): a notebook's cells run in order in
# one kernel, and test_binder.py and test_browser.py build their environment,
# server and browser once per file (not --dist loadgroup: under pytest 9.2 it
# ignores xdist_group marks). Files start in the order they are collected
# (--no-loadscope-reorder): tests/conftest.py puts the longest first.
# `make test JOBS=0` runs it all in one process.
JOBS   ?= auto
XDIST  := -n $(JOBS) --dist loadfile

test: lint $(STAMP)
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) --no-loadscope-reorder tests
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) --doctest-modules kitlib
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg lessons/solutions
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) --nbval-lax --nbval-current-env \
		lessons/[0-9]*.ipynb

## make lint: ruff (rules and formatting) and the type checker, offline
lint: $(STAMP)
	$(OFFLINE) $(BIN)/ruff check .
	$(OFFLINE) $(BIN)/ruff format --check .
	$(OFFLINE) $(BIN)/mypy kitlib

## make check: the fast inner loop while you work (lint, unit tests, doctests; no
## notebooks, Binder or browser). make test stays the full contract that CI runs.
SLOW_TESTS := --ignore=tests/test_binder.py --ignore=tests/test_browser.py \
	--ignore=tests/test_make_lab.py --ignore=tests/test_read_only.py

check: lint
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) -x $(SLOW_TESTS) tests
	$(OFFLINE) $(BIN)/python -m pytest $(XDIST) --doctest-modules kitlib

## make lessons: regenerate the student notebooks from lessons/solutions/
lessons: $(STAMP)
	$(BIN)/python -m kitlib.classroom.lessons build

## make lock: re-pin both locks from the ranges in pyproject.toml (needs the network).
# The development lock pins every extra; the runtime lock (Binder, class hubs) is the
# kit and the lab only, at the same versions (the development lock constrains it).
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/python -m uv pip compile pyproject.toml --all-extras \
		--python-version 3.11 --universal --quiet -o $(DEV_LOCK)
	$(BIN)/python -m uv pip compile pyproject.toml --extra lab -c $(DEV_LOCK) \
		--python-version 3.11 --universal --quiet -o $(RUNTIME_LOCK)

## make report: write the side-by-side report of the bundled pair to build/report.html
report: $(STAMP)
	$(BIN)/python -m kitlib compare nbc cnn --html build/report.html

## make manifest: record the checksums of data/ after a deliberate change to a data file
manifest: $(STAMP)
	$(BIN)/python -m kitlib.data manifest

clean:
	rm -rf $(VENV) build .pytest_cache
