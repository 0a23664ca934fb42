# Everything runs inside .venv, created on first use. Two entry points: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out
# The founding article is not shipped; when the user has a copy beside the project, use it.
ARTICLE := $(wildcard ../shared/seed/article.txt)

.PHONY: demo test test-fast lint format bench notebooks docs screenshots clean install install-dev

demo: $(VENV)/.installed
	$(BIN)/dkg build --out $(OUT) --format trig --format nquads --format jsonld --format ttl \
		$(if $(ARTICLE),--article $(ARTICLE))
	$(BIN)/dkg demo --kg $(OUT)/kg.trig --out $(OUT)
	$(BIN)/dkg viz event --kg $(OUT)/kg.trig --out $(OUT)/event.html
	$(BIN)/dkg viz alliances --kg $(OUT)/kg.trig --series es-11 --min-joint 1 \
		--periods 2022-01-01:2023-12-31 2025-01-01:2025-12-31 --out $(OUT)/alliances.html

# Two pytest workers (one per core here), a test file per worker at a time: module fixtures
# (servers on fixed ports, built graphs) stay in one process.
JOBS ?= 2
PYTEST := $(BIN)/pytest -n $(JOBS) --dist loadfile
# What test-fast leaves out: the reasoner and whole builds, the full data sets of ../shared,
# headless Chromium, Virtuoso, the wheel in a fresh environment, and the notebooks.
FAST := -m "not slow and not browser and not virtuoso and not wheel" --ignore-glob='*.ipynb'

# Each run gets its own temporary folder, removed after it: doctests make folders of their
# own (tempfile.mkdtemp), and a killed subprocess leaves its scratch behind.
SCRATCH := scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && TMPDIR=$$scratch

test: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests
	$(SCRATCH) $(PYTEST)

# The edit-run loop (under 3 minutes): make test-fast
test-fast: $(VENV)/.installed-dev
	$(SCRATCH) $(PYTEST) $(FAST)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests

format: $(VENV)/.installed-dev
	$(BIN)/ruff format kg tests
	$(BIN)/ruff check --fix kg tests

notebooks: $(VENV)/.installed-dev
	$(BIN)/jupyter lab notebooks/

# Every page and figure from the full history and the event graph, with screenshots at
# 1280x720 and 1920x1080 in out/screenshots/ (needs chromium and a copy of the history).
HISTORY ?= ../shared/data/unga-history/votes.csv.gz
screenshots: $(VENV)/.installed-dev
	test -f $(OUT)/kg.trig || $(BIN)/dkg build --out $(OUT) --format trig
	$(BIN)/python -m kg.viz.gallery --votes $(HISTORY) --kg $(OUT)/kg.trig --out $(OUT)

# The notebooks executed and rendered as HTML (no CDN script) into out/docs/, for browsing.
docs: $(VENV)/.installed-dev
	$(BIN)/python notebooks/build_docs.py --execute --out $(OUT)/docs

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@command -v java >/dev/null || echo "warning: java not found; the HermiT reasoner needs Java 11 or newer" >&2
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

# Scale benchmark of the Oxigraph store (real history when ../shared/data/unga-history is there,
# synthetic 1x/2x/5x); writes benchmarks/REPORT.md; ideal points at scale: benchmarks/IDEAL.md
# and the README's picture benchmarks/ideal-points.png. Takes tens of minutes.
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --scales 1 2 5 --rdflib-scales 0 1
	$(BIN)/python benchmarks/analysis_bench.py $(if $(wildcard $(OUT)/store/current),--store $(OUT)/store)
	$(BIN)/python benchmarks/serve_load.py --clients 20 --seconds 20
	$(BIN)/python benchmarks/extract_bench.py
	$(BIN)/python benchmarks/extract_eval.py
	$(BIN)/python benchmarks/ideal_bench.py --reference
	$(BIN)/python benchmarks/validate_bench.py

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
