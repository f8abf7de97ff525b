# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install bench dovecot clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

## Run the main job on the sample mailbox shipped with the project (no account needed).
demo: $(STAMP)
	$(BIN)/certmerge-mail demo

## Install everything the tests need (Dovecot included) and run them.
test: $(STAMP) dovecot
	$(BIN)/python -m pytest -q

## Dovecot is a real server the integration tests start on loopback.
dovecot:
	@if command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's dovecot-imapd for the integration tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; \
	else \
		echo "The integration tests need Dovecot. Install it with:"; \
		echo "    sudo apt-get install dovecot-imapd"; \
		exit 1; \
	fi

## Benchmarks (figures go into the README).
bench: $(STAMP) dovecot
	$(BIN)/python bench/classify_throughput.py

## The demo's digest (en, ja) rendered by headless Chromium into docs/ (README shows them).
screenshots: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
		else echo "make screenshots needs: sudo apt-get install chromium fonts-noto-cjk"; exit 1; fi; }
	$(BIN)/python bench/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
