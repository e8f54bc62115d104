#!/usr/bin/env bash
# Start the action server, then the Rasa server and the chat page (or `rasa shell`
# with --shell). Ctrl-C (or any exit) stops them all. Run through `make run` / `make shell`.
#
# Environment: RASA_PORT (5005), RASA_HOST (127.0.0.1), ACTIONS_PORT (5055),
# CHAT_PORT (8080), TRACKER_DB (trackers.db), RETENTION_DAYS (30),
# MAX_MESSAGE_CHARS (2000), CHANNELS (teams, slack or teams,slack; off by default:
# docs/CHANNELS.md). The Rasa HTTP API stays off unless API=1 or
# RASA_ENABLE_API=1, and then needs RASA_AUTH_TOKEN or RASA_JWT_SECRET.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tracker database and anything else written from here: readable by this user only.
umask 077

RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
RASA_HOST=${RASA_HOST:-127.0.0.1}
CHAT_PORT=${CHAT_PORT:-8080}
RETENTION_DAYS=${RETENTION_DAYS:-30}
export ACTIONS_PORT
# Rasa applies --logging-config-file before it puts the current directory on
# sys.path: without this the redacting log filter (server/) cannot be imported
# and Rasa silently ignores the whole logging file.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
mode=${1:-run}

# The HTTP API (/conversations/<id>/tracker, /model/parse, ...) reads and changes any
# conversation: only with a token or JWT secret, and only when asked for.
api_args=()
if [ "${API:-0}" = 1 ] || [ "${RASA_ENABLE_API:-0}" = 1 ]; then
  [ -n "${RASA_AUTH_TOKEN:-}" ] && api_args+=(--auth-token "$RASA_AUTH_TOKEN")
  [ -n "${RASA_JWT_SECRET:-}" ] && api_args+=(--jwt-secret "$RASA_JWT_SECRET")
  if [ ${#api_args[@]} -eq 0 ]; then
    echo "error: the Rasa HTTP API was asked for (API=1 or RASA_ENABLE_API=1) but neither" \
      "RASA_AUTH_TOKEN nor RASA_JWT_SECRET is set. Without one, anyone who can reach" \
      "port ${RASA_PORT} could read every conversation. Set one, for example:" \
      "RASA_AUTH_TOKEN=\$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')" >&2
    exit 2
  fi
  api_args=(--enable-api "${api_args[@]}")
fi
# Request bodies: a 2,000-character message is a few KB of JSON. Without the API
# (which accepts model uploads), Rasa refuses bodies over 1 MB instead of 100 MB.
rasa_env=()
[ ${#api_args[@]} -eq 0 ] && rasa_env=(SANIC_REQUEST_MAX_SIZE="${SANIC_REQUEST_MAX_SIZE:-1000000}")

# A local contacts file with a bad entry stops start-up here, with one line naming it.
.venv/bin/python -m actions.guidance.local_contacts

# Teams and Slack (docs/CHANNELS.md): CHANNELS=teams, slack or teams,slack adds their
# blocks from deploy/channels/ to a private copy of credentials.yml, after checking that
# their variables are set. Without CHANNELS, only the REST channel runs and no token is needed.
credentials=credentials.yml
if [ -n "${CHANNELS:-}" ] && [ "$mode" != "--shell" ]; then
  credentials=$(mktemp "${TMPDIR:-/tmp}/credentials.XXXXXX")
  cat credentials.yml >"$credentials"
  for channel in ${CHANNELS//,/ }; do
    case "$channel" in
      teams) required=(MICROSOFT_APP_ID MICROSOFT_APP_PASSWORD MICROSOFT_APP_TENANT_ID) ;;
      slack) required=(SLACK_BOT_TOKEN SLACK_SIGNING_SECRET) ;;
      *) rm -f "$credentials"; echo "error: CHANNELS: unknown channel '$channel' (teams, slack)" >&2; exit 2 ;;
    esac
    for var in "${required[@]}"; do
      if [ -z "${!var:-}" ]; then
        rm -f "$credentials"
        echo "error: CHANNELS=$CHANNELS needs $var to be set (docs/CHANNELS.md)" >&2
        exit 2
      fi
    done
    printf '\n' >>"$credentials"
    cat "deploy/channels/$channel.yml" >>"$credentials"
  done
fi

# Retention: conversations inactive for more than RETENTION_DAYS are deleted at start.
.venv/bin/python -m server.purge --days "$RETENTION_DAYS" \
  || echo "warning: the purge of old conversations failed (see above); starting anyway" >&2

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$credentials" = credentials.yml ] || rm -f "$credentials"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

scripts/start-actions.sh "$ACTIONS_PORT" &
pids+=($!)
scripts/wait-for.sh "http://127.0.0.1:${ACTIONS_PORT}/health" 60 "action server"

# `python -m server` is Rasa's command line with the project's patches of Rasa installed
# first (server/rasa_patches.py; it refuses another Rasa version than the one they were
# written for).
if [ "$mode" = "--shell" ]; then
  .venv/bin/python -m server shell --model models/assistant.tar.gz --endpoints endpoints.yml \
    --logging-config-file server/logging.yml
  exit 0
fi

env "${rasa_env[@]}" .venv/bin/python -m server run --model models/assistant.tar.gz \
  --endpoints endpoints.yml \
  --credentials "$credentials" --interface "$RASA_HOST" --port "$RASA_PORT" \
  --logging-config-file server/logging.yml \
  --cors "http://localhost:${CHAT_PORT}" "http://127.0.0.1:${CHAT_PORT}" \
  "${api_args[@]}" &
pids+=($!)
scripts/wait-for.sh "http://127.0.0.1:${RASA_PORT}/" 180 "Rasa server"

.venv/bin/python -m web.server --port "${CHAT_PORT}" --rasa-url "http://localhost:${RASA_PORT}" &
pids+=($!)
scripts/wait-for.sh "http://127.0.0.1:${CHAT_PORT}/" 30 "chat page"
cat <<MSG

The assistant is ready.
  Open http://localhost:${CHAT_PORT}/
  REST:  curl -s -XPOST http://localhost:${RASA_PORT}/webhooks/rest/webhook \\
           -H 'Content-Type: application/json' \\
           -d '{"sender": "'\$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')'", "message": "hello"}'
  Stop:  Ctrl-C

MSG
wait "${pids[@]}"
