#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on a free loopback port, from
# /usr/lib/postgresql/*/bin (installed from Debian's packages when missing). The server URL is in
# PG_URL (postgres://postgres@127.0.0.1:PORT/postgres). The cluster is removed on exit, pass or fail.
# initdb refuses root, so as root the cluster runs as the `postgres` user.
set -uo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PG_BIN" ]; then
  echo "with-postgres: installing PostgreSQL (Debian package postgresql)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || true
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$PG_BIN" ] || { echo "with-postgres: no PostgreSQL server binaries" >&2; exit 3; }

PGROOT=$(mktemp -d /tmp/motcua-pg.XXXXXX)
chmod 755 "$PGROOT"
PGDATA="$PGROOT/data"
PGSOCK="$PGROOT/sock"
mkdir -p "$PGSOCK"
RUNAS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown -R postgres "$PGROOT"
  RUNAS=(runuser -u postgres --)
fi
cleanup() {
  if [ -f "$PGDATA/postmaster.pid" ]; then
    "${RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGROOT"
}
trap cleanup EXIT INT TERM

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
if ! "${RUNAS[@]}" "$PG_BIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1; then
  echo "with-postgres: initdb failed" >&2; tail -5 "$PGROOT/initdb.log" >&2; exit 3
fi
printf "listen_addresses='127.0.0.1'\nport=%s\nunix_socket_directories='%s'\nmax_connections=200\n" "$PORT" "$PGSOCK" >>"$PGDATA/postgresql.auto.conf"
if ! "${RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGROOT/server.log" -w start >/dev/null; then
  echo "with-postgres: server did not start" >&2; tail -5 "$PGROOT/server.log" >&2; exit 3
fi
export PG_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at 127.0.0.1:$PORT" >&2
"$@"
