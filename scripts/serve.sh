#!/usr/bin/env bash
# Start the action server, then the Rasa server (or `rasa shell` with --shell).
# Ctrl-C (or any exit) stops both. Run through `make run` / `make shell`.
set -euo pipefail
cd "$(dirname "$0")/.."

RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
RASA_HOST=${RASA_HOST:-127.0.0.1}
export ACTIONS_PORT
mode=${1:-run}

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

scripts/start-actions.sh "$ACTIONS_PORT" &
pids+=($!)
scripts/wait-for.sh "http://127.0.0.1:${ACTIONS_PORT}/health" 60 "action server"

if [ "$mode" = "--shell" ]; then
  .venv/bin/rasa shell --model models/assistant.tar.gz --endpoints endpoints.yml
  exit 0
fi

.venv/bin/rasa run --model models/assistant.tar.gz --endpoints endpoints.yml \
  --credentials credentials.yml --interface "$RASA_HOST" --port "$RASA_PORT" \
  --cors "http://localhost:${CHAT_PORT:-8080}" &
pids+=($!)
scripts/wait-for.sh "http://127.0.0.1:${RASA_PORT}/" 180 "Rasa server"
cat <<MSG

The assistant is ready.
  REST:  curl -s -XPOST http://localhost:${RASA_PORT}/webhooks/rest/webhook \\
           -H 'Content-Type: application/json' -d '{"sender": "<a random id>", "message": "hello"}'
  Stop:  Ctrl-C

MSG
wait "${pids[@]}"
