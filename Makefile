# hagiang-desktop — one entry point for chores. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CONSTRAINTS := requirements/constraints.txt
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES := $(shell find hagiang_desktop/ui -name '*.py' 2>/dev/null)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run test fuzz lint typecheck translations translations-update bench bench-quick dist clean lock

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip==26.3'
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[test,dev]'
	touch $(STAMP)

venv: $(STAMP) ## create .venv with the pinned packages

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM) ## build the .qm files from the .ts sources

translations-update: $(STAMP) ## refresh the .ts sources from the ui code
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(UI_SOURCES) -ts translations/hagiang_vi.ts translations/hagiang_en.ts

run: $(STAMP) translations ## start the program on the default database
	$(BIN)/hagiang-desktop $(ARGS)

test: $(STAMP) translations ## run the whole test suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

fuzz: $(STAMP) translations ## the parse-boundary fuzz tests with many examples (FUZZ_EXAMPLES, default 3000)
	HAGIANG_FUZZ_EXAMPLES=$(or $(FUZZ_EXAMPLES),3000) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		tests/services/test_fuzz_parsers.py tests/services/test_hostile_inputs.py -p no:cacheprovider \
		--hypothesis-show-statistics $(PYTEST_ARGS)

lint: $(STAMP) ## ruff, the import contracts, mypy over the whole package (strict, see pyproject.toml)
	$(BIN)/ruff check hagiang_desktop tests benchmarks tools
	$(BIN)/ruff format --check hagiang_desktop tests benchmarks tools
	$(BIN)/lint-imports
	$(BIN)/mypy

typecheck: $(STAMP) ## mypy alone (make lint runs it too)
	$(BIN)/mypy

bench: $(STAMP) translations ## full benchmark suite, writes benchmarks/RESULTS.md
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run --full

bench-quick: $(STAMP) translations ## a short benchmark run (a minute or two)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run --quick

dist: $(STAMP) translations ## build the one-folder program with PyInstaller
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/hagiang.spec

lock: ## re-resolve the pinned set (developers only; commit the result)
	rm -rf /tmp/hg-lock && $(PYTHON) -m venv /tmp/hg-lock
	/tmp/hg-lock/bin/pip install --quiet -e '.[test,dev]'
	/tmp/hg-lock/bin/pip freeze --exclude-editable | grep -v '^hagiang' > $(CONSTRAINTS)

clean: ## remove the environment and build output
	rm -rf $(VENV) build dist translations/*.qm
