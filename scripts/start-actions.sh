#!/usr/bin/env bash
# Start the Rasa SDK action server for the `actions` package on port $1 (default 5055).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m rasa_sdk --actions actions --port "${1:-5055}" --quiet
