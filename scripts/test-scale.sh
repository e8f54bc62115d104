#!/usr/bin/env bash
# make test-scale: two Rasa servers sharing a PostgreSQL tracker store and a Redis lock
# store, with every conversation's messages alternating between them.
#
# Starts a throwaway PostgreSQL cluster and Redis server on free loopback ports in a
# temporary directory (installing Debian's `postgresql` and `redis-server` first when
# they are missing and we are root), then runs scripts/scale_check.py with
# deploy/endpoints.scale.yml, which starts the action server and the Rasa servers and
# checks every conversation in PostgreSQL. Everything it started is stopped and the
# temporary directory removed on exit, whatever the outcome. Extra arguments go to
# scale_check.py (e.g. --conversations 24, or --without-lock-store to see it fail).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
started=$SECONDS
log() { echo "test-scale: $*"; }
die() { echo "test-scale: error: $*" >&2; exit 1; }

[ -x "$PY" ] || die "no $PY: run make setup"
[ -f models/assistant.tar.gz ] || die "no models/assistant.tar.gz: run make train"

# --- system packages -------------------------------------------------------------------
pg_bin() { compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1 | xargs -r dirname; }
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
[ -n "$(pg_bin)" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}: apt-get install ${missing[*]} (as root)"
  log "installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >/dev/null || die "apt-get install ${missing[*]} failed"
fi
PGBIN=$(pg_bin)
[ -n "$PGBIN" ] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

# PostgreSQL refuses to run as root: as root, run its commands as the `postgres` user.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || die "no postgres user (reinstall the postgresql package)"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

# --- temporary directory, cleaned up on any exit -----------------------------------------
work=$(mktemp -d /tmp/test-scale.XXXXXX)
chmod 711 "$work"                       # the postgres user must reach its data directory
driver_pid="" redis_pid="" pg_running=""
# shellcheck disable=SC2317  # called by the trap
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM "$driver_pid" 2>/dev/null || true   # it stops the Rasa and action servers
    wait "$driver_pid" 2>/dev/null || true
  fi
  if [ -n "$redis_pid" ]; then
    kill -TERM "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_running" ]; then
    as_pg "$PGBIN/pg_ctl" stop -D "$work/pg/data" -m immediate -s >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two distinct free loopback ports, and two random passwords.
read -r pg_port redis_port < <("$PY" - <<'PY'
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
PY
)
db_password=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(24))')
redis_password=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(24))')

# --- PostgreSQL ----------------------------------------------------------------------------
mkdir -p "$work/pg"
[ "$(id -u)" -ne 0 ] || chown postgres: "$work/pg"
chmod 700 "$work/pg"
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
(cd / && as_pg "$PGBIN/initdb" -D "$work/pg/data" -U postgres -E UTF8 --no-locale -N \
  --auth-local=trust --auth-host=scram-sha-256 >"$work/initdb.log" 2>&1) \
  || { cat "$work/initdb.log" >&2; die "initdb failed"; }
pg_running=1
(cd / && as_pg "$PGBIN/pg_ctl" start -D "$work/pg/data" -l "$work/pg/postgres.log" -w -t 60 -s \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg -c fsync=off -c synchronous_commit=off") \
  || { cat "$work/pg/postgres.log" >&2; die "PostgreSQL did not start"; }
# Socket connections (in the private $work/pg) trust the postgres user; Rasa logs in over
# TCP with a password, as in production.
as_pg psql -h "$work/pg" -p "$pg_port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  >/dev/null <<SQL || die "could not create the rasa database"
CREATE ROLE rasa LOGIN PASSWORD '$db_password';
CREATE DATABASE rasa OWNER rasa;
SQL

# --- Redis ----------------------------------------------------------------------------------
mkdir -p "$work/redis"
log "Redis $(redis-server --version | grep -o 'v=[0-9.]*' | cut -c3-) on 127.0.0.1:$redis_port"
# Configuration on standard input keeps the password out of the process list.
redis-server - >"$work/redis/out.log" 2>&1 <<CONF &
port $redis_port
bind 127.0.0.1
requirepass $redis_password
save ""
appendonly no
dir $work/redis
daemonize no
CONF
redis_pid=$!
export REDISCLI_AUTH=$redis_password
for _ in $(seq 1 40); do
  [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = PONG ] && break
  kill -0 "$redis_pid" 2>/dev/null || { cat "$work/redis/out.log" >&2; die "Redis exited"; }
  sleep 0.25
done
[ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = PONG ] || die "Redis did not answer"

# --- the check --------------------------------------------------------------------------------
export DB_HOST=127.0.0.1 DB_PORT=$pg_port DB_NAME=rasa DB_USER=rasa DB_PASSWORD=$db_password
export REDIS_HOST=127.0.0.1 REDIS_PORT=$redis_port REDIS_PASSWORD=$redis_password REDIS_DB=0
log "starting the action server and the Rasa servers (about a minute) ..."
"$PY" -m scripts.scale_check --endpoints deploy/endpoints.scale.yml "$@" &
driver_pid=$!
status=0
wait "$driver_pid" || status=$?
driver_pid=""

if [ "$status" -eq 0 ] && [[ " $* " != *" --without-lock-store "* ]]; then
  # The servers must really have locked through Redis, not silently in memory.
  locks=$(redis-cli -h 127.0.0.1 -p "$redis_port" info commandstats \
    | sed -n 's/^cmdstat_set:calls=\([0-9]*\).*/\1/p')
  [ "${locks:-0}" -gt 0 ] || { echo "test-scale: FAIL: the Rasa servers never used the Redis lock store" >&2; status=1; }
  log "Redis lock store: ${locks:-0} lock writes"
fi
if [ "$status" -eq 0 ]; then
  # The documented retention job (docs/DEPLOYMENT.md) works on this store: nothing here
  # is 30 days old, so it must succeed (deleting nothing).
  purged=$("$PY" -m server.purge --days 30 --endpoints deploy/endpoints.scale.yml 2>&1) \
    || { echo "test-scale: FAIL: the retention purge failed on PostgreSQL: $purged" >&2; status=1; }
  log "retention purge: $purged"
fi
log "$([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - started))s"
exit "$status"
