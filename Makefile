# The two commands every newcomer needs:  make lab   and   make test
# Everything is installed into .venv from pyproject.toml, with versions
# pinned by binder/requirements.txt, so every machine gets the same outputs.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OFFLINE := sh tests/offline.sh
ARGS   ?=

.PHONY: lab test unit notebooks lint lessons lock manifest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml binder/requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c binder/requirements.txt -e '.[lab,test]'
	touch $@

## make lab: set up and open the lessons in JupyterLab (headless: make lab ARGS=--no-browser)
lab: $(STAMP)
	$(BIN)/jupyter lab lessons/00_start_here.ipynb $(ARGS)

## make test: set up and run every test, notebooks included, with the network switched off
test: $(STAMP)
	$(OFFLINE) $(BIN)/ruff check .
	$(OFFLINE) $(BIN)/python -m pytest tests
	$(OFFLINE) $(BIN)/python -m pytest --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg lessons/solutions
	$(OFFLINE) $(BIN)/python -m pytest --nbval-lax --nbval-current-env lessons/[0-9]*.ipynb

## make lessons: regenerate the student notebooks from lessons/solutions/
lessons: $(STAMP)
	$(BIN)/python -m kitlib.lessons build

## make lock: re-pin binder/requirements.txt from the ranges in pyproject.toml (needs the network)
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/python -m uv pip compile pyproject.toml --extra lab --extra test \
		--python-version 3.11 --universal --quiet -o binder/requirements.txt

## make manifest: record the checksums of data/ after a deliberate change to a data file
manifest: $(STAMP)
	$(BIN)/python -m kitlib.data manifest

clean:
	rm -rf $(VENV) build .pytest_cache
