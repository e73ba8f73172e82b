# letopis: `make demo` sets up and runs the main job; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= letopis.duckdb

.PHONY: demo test setup clean

$(BIN)/letopis: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -c requirements.lock -e ".[test]"
	touch $(BIN)/letopis

setup: $(BIN)/letopis

demo: setup
	$(BIN)/letopis ingest examples --db $(DB)
	$(BIN)/letopis summary --db $(DB)

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB).wal out
