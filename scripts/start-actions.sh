#!/usr/bin/env bash
# Start the action server for the `actions` package on 127.0.0.1:$1 (default 5055).
# server/action_server.py binds the loopback interface only (rasa_sdk's own entry
# point listens on every interface), allows no CORS and writes no access log.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m server.action_server --port "${1:-5055}" --host "${ACTIONS_HOST:-127.0.0.1}"
