# fieldcase: `make run` opens the app, `make test` runs the whole suite.
# Both create .venv when missing and install into it exactly the versions in requirements.lock
# (with their hashes), then the project itself. `make lock` refreshes the lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
WORKSPACE ?= $(HOME)/.local/share/fieldcase/workspace
TS := $(wildcard i18n/*.ts)
QM := $(patsubst i18n/%.ts,app/ui/i18n/%.qm,$(TS))

.PHONY: run test install translations ts lint typecheck bench bench-quick reliability clean lock

LOCK := requirements.lock

$(PY):
	$(PYTHON) -m venv $(VENV)

# Exactly the tested set: every package pinned and hash-checked, nothing resolved here; then the
# project itself (no build isolation: its build backend comes from the lock too).
$(STAMP): pyproject.toml $(LOCK) | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	touch $(STAMP)

# Refresh requirements.lock after changing dependencies in pyproject.toml: versions already locked
# are kept where they still fit; `make lock UPGRADE=1` takes the newest allowed. One universal lock
# (environment markers) serves Linux, Windows and macOS; it is resolved for Python 3.11.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev requirements-tools.in \
		--universal --python-version 3.11 --generate-hashes $(if $(UPGRADE),--upgrade) \
		--custom-compile-command 'make lock' --quiet -o $(LOCK)

install: $(STAMP) translations

app/ui/i18n/%.qm: i18n/%.ts | $(STAMP)
	@mkdir -p app/ui/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh i18n/*.ts from the interface's source (then translate the new strings).
ts: $(STAMP)
	for l in km lo th my vi zh; do $(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(find app/ui -name '*.py') -ts i18n/fieldcase_$$l.ts -target-language $$l; done

run: install
	$(VENV)/bin/fieldcase --workspace "$(WORKSPACE)"

test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check app forms sync tests bench
	$(VENV)/bin/mypy

# The proof tests at their long sizes (kill -9 trials, the broken network, 10,000 fuzzed forms
# and expressions, schemathesis, 200 laptops for 5 minutes...), with the table. The load test
# runs on PostgreSQL when FIELDCASE_TEST_PG_URL is set (as .ci/run sets it), else on SQLite.
FUZZ_SEED ?= $(shell date +%s)
reliability: install
	FIELDCASE_CRASH_TRIALS=200 FIELDCASE_SYNC_CRASH_TRIALS=200 \
	FIELDCASE_FUZZ_FORMS=10000 FIELDCASE_FUZZ_EXPRESSIONS=10000 \
	FIELDCASE_FUZZ_SEED=$(FUZZ_SEED) FIELDCASE_OPENAPI_EXAMPLES=400 \
	FIELDCASE_LOAD_LAPTOPS=200 FIELDCASE_LOAD_SECONDS=300 FIELDCASE_LOAD_SERVERS=3 \
	FIELDCASE_LOAD_INTERVAL=5 FIELDCASE_FLAKY_LAPTOPS=5 FIELDCASE_FLAKY_PER_LAPTOP=2000 \
	FIELDCASE_SALVAGE_TRIALS=200 \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q \
		tests/app/workspace/test_crash.py tests/app/workspace/test_plaintext.py tests/app/workspace/test_full_disk.py \
		tests/app/workspace/test_salvage_proof.py \
		tests/app/team/test_transfer.py tests/app/workspace/test_password_timing.py tests/integration \
		tests/sync tests/fuzz tests/forms/test_fuzz_findings.py

# Every bench/*.py in turn, then one table of their headlines (bench/README.md).
bench: install
	$(PY) bench/headlines.py

bench-quick: install
	$(PY) bench/headlines.py --quick

clean:
	rm -rf $(VENV) app/ui/i18n/*.qm

# The desktop bundle (docs/install.md): dist/fieldcase/, one folder holding the app, the command
# line, Python and Qt, built by PyInstaller from packaging/fieldcase.spec (the same spec on Linux,
# Windows and macOS); the build prints its size. `make bundle-test` runs the built program with a
# clean environment (no .venv, no PYTHONPATH) through the steps a new laptop goes through.
.PHONY: bundle bundle-test
bundle: install
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/fieldcase.spec

bundle-test:
	$(PY) packaging/bundle_test.py dist/fieldcase
