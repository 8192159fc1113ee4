#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 on a free loopback port and print `export DATABASE_URL=…`.
# Usage: eval "$(bash scripts/pg-throwaway.sh start)"; … ; bash scripts/pg-throwaway.sh stop "$PG_THROWAWAY_DIR"
# Works as root on a fresh Debian machine (initdb runs as the postgres user).
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
cmd=${1:-start}
if [ "$cmd" = stop ]; then
  dir=${2:?directory}
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  else "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
  rm -rf "$dir"
  exit 0
fi
DIR=$(mktemp -d); chmod 755 "$DIR"
PORT=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
run() { if [ "$(id -u)" = 0 ]; then chown -R postgres: "$DIR"; runuser -u postgres -- "$@"; else "$@"; fi; }
run "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
echo "export PG_THROWAWAY_DIR=$DIR"
