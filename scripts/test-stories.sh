#!/usr/bin/env bash
# rasa test on tests/test_stories.yml with the real action server.
# --stories tests/ (not the whole folder), --e2e (user text goes through NLU),
# --fail-on-prediction-errors (else rasa test exits 0 on failures).
set -euo pipefail
cd "$(dirname "$0")/.."
export ACTIONS_PORT=${TEST_ACTIONS_PORT:-5056}
scripts/start-actions.sh "$ACTIONS_PORT" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
scripts/wait-for.sh "http://127.0.0.1:${ACTIONS_PORT}/health" 60 "action server"
.venv/bin/python -m server test core --model models/assistant.tar.gz --stories tests/ --e2e \
  --fail-on-prediction-errors --endpoints endpoints.yml --out results/stories
