#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the bench (test/pg/, bench/pg.mjs).
#
#   scripts/pg-test-server.sh start   # prints `export MODELWATCH_TEST_PG_URL=…`; safe to repeat
#   scripts/pg-test-server.sh stop    # stops the server and deletes its folder
#   eval "$(scripts/pg-test-server.sh start)" && npx vitest run test/pg
#
# The server is Debian's (or any) PostgreSQL binaries under /usr/lib/postgresql/*/bin (newest
# first), or PG_BIN. Its cluster lives in MODELWATCH_PG_DIR (default /tmp/modelwatch-pg-<uid>),
# runs as an unprivileged user (as root: the `postgres` system user the package creates), listens
# on 127.0.0.1 only, on MODELWATCH_PG_PORT (default 54329, or the next free port), with its unix
# socket in its folder. TCP logins need a scram-sha-256 password (so a wrong password really is
# refused); the socket is the superuser's, reachable by that user alone. The tests use a role
# `modelwatch` that owns the database `modelwatch_test`, with a random password kept in the folder.
# Durability is off (fsync, synchronous_commit): the data is rebuilt on every run.
set -euo pipefail

DIR=${MODELWATCH_PG_DIR:-/tmp/modelwatch-pg-$(id -u)}
DATA=$DIR/data
ROLE=modelwatch
DATABASE=modelwatch_test

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] && command -v pg_ctl >/dev/null; then bin=$(dirname "$(command -v pg_ctl)"); fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg-test-server: no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; install Debian's postgresql package or set PG_BIN" >&2
    exit 1
  fi
  echo "$bin"
}

# Runs a command as the server's user: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "pg-test-server: running as root, but there is no 'postgres' user to run the server as (Debian's postgresql package creates it)" >&2
      exit 1
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
  local port password
  port=$(cat "$DIR/port")
  password=$(cat "$DIR/password")
  echo "export MODELWATCH_TEST_PG_URL=postgres://$ROLE:$password@127.0.0.1:$port/$DATABASE"
  echo "export MODELWATCH_TEST_PG_DIR=$DIR"
}

running() { [ -f "$DIR/port" ] && as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1; }

start() {
  BIN=$(find_bin)
  if running; then print_env; return; fi
  if [ ! -f "$DATA/PG_VERSION" ] || [ ! -f "$DIR/password" ]; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    od -An -tx1 -N12 /dev/urandom | tr -d ' \n' >"$DIR/password"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$DIR"; fi
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$DIR/password" --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
      { cat "$DIR/initdb.log" >&2; exit 1; }
  fi
  local port=${MODELWATCH_PG_PORT:-54329}
  while port_taken "$port"; do port=$((port + 1)); done
  as_owner sh -c "echo $port >'$DIR/port'"
  as_owner "$BIN/pg_ctl" start -D "$DATA" -w -t 30 -l "$DIR/server.log" -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$DIR -c unix_socket_permissions=0700 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c password_encryption=scram-sha-256" \
    >/dev/null || { tail -20 "$DIR/server.log" >&2; exit 1; }
  local password
  password=$(cat "$DIR/password")
  as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$port" -U postgres -d postgres >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN CREATE ROLE $ROLE LOGIN; END IF;
END \$\$;
ALTER ROLE $ROLE PASSWORD '$password';
SELECT 'CREATE DATABASE $DATABASE OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE')
\gexec
SQL
  print_env
}

stop() {
  [ -d "$DIR" ] || return 0
  BIN=$(find_bin)
  if [ -f "$DATA/PG_VERSION" ]; then as_owner "$BIN/pg_ctl" stop -D "$DATA" -m immediate -w >/dev/null 2>&1 || true; fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
