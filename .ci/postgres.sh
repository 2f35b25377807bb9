#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   bash .ci/postgres.sh start    prints the connection string once the server accepts connections
#   bash .ci/postgres.sh stop     stops the cluster and removes its directory
#   bash .ci/postgres.sh status   prints the connection string if the cluster is running
#
# .ci/run sources this file and calls postgres_start (which exports FRIENDLYGOV_POSTGRES)
# and postgres_stop. Both are idempotent: start reuses a running cluster of this clone,
# stop does nothing when there is none.
#
# start installs PostgreSQL with apt-get when it is missing (as root), initialises a
# cluster in a new temporary directory owned by the `postgres` OS user when run as root
# (PostgreSQL refuses to run as root), listening only on 127.0.0.1 on a random free port,
# with its unix socket inside that directory. The superuser `friendlygov` gets a random
# password (scram-sha-256 over TCP) and owns the database `friendlygov`. The connection
# string has the form
#   Host=127.0.0.1;Port=N;Username=friendlygov;Password=HEX;Database=friendlygov
#
# Settings: FRIENDLYGOV_PG_BINDIR, PostgreSQL's bin directory (found when unset);
# FRIENDLYGOV_PG_TIMEOUT, seconds to wait for the server (default 60);
# FRIENDLYGOV_PG_STATE, where start leaves what stop needs (default: one file per clone
# and user in ${TMPDIR:-/tmp}).
set -euo pipefail

_PG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
_PG_DIR='' _PG_PORT='' _PG_PASSWORD='' _PG_BINDIR=''

_pg_say() { printf 'postgres: %s\n' "$*" >&2; }
_pg_fail() { printf 'postgres: ERROR: %s\n' "$*" >&2; return 1; }

_pg_state_file() {
  if [[ -n ${FRIENDLYGOV_PG_STATE:-} ]]; then
    printf '%s\n' "$FRIENDLYGOV_PG_STATE"
  else
    printf '%s/friendlygov-postgres-%s-%s.state\n' "${TMPDIR:-/tmp}" "$(id -u)" \
      "$(printf '%s' "$_PG_ROOT" | cksum | cut -d' ' -f1)"
  fi
}

# Reads the state file without executing it; false when there is none.
_pg_load() {
  local state key value
  state=$(_pg_state_file)
  _PG_DIR='' _PG_PORT='' _PG_PASSWORD='' _PG_BINDIR=''
  [[ -f $state ]] || return 1
  while IFS='=' read -r key value; do
    case $key in
      dir) _PG_DIR=$value ;;
      port) _PG_PORT=$value ;;
      password) _PG_PASSWORD=$value ;;
      bindir) _PG_BINDIR=$value ;;
    esac
  done <"$state"
  [[ -n $_PG_DIR ]]
}

_pg_save() {
  local state
  state=$(_pg_state_file)
  (umask 077 && printf 'dir=%s\nport=%s\npassword=%s\nbindir=%s\n' \
    "$_PG_DIR" "$_PG_PORT" "$_PG_PASSWORD" "$_PG_BINDIR" >"$state")
}

_pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=friendlygov;Password=%s;Database=friendlygov\n' \
    "$_PG_PORT" "$_PG_PASSWORD"
}

# Runs a command as the cluster's OS user (`postgres` when we are root), from its directory.
_pg_as_owner() {
  if [[ $(id -u) -ne 0 ]]; then
    (cd "$_PG_DIR" && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd "$_PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$_PG_DIR" && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}

_pg_running() {
  [[ -n $_PG_DIR && -d $_PG_DIR/data && -n $_PG_BINDIR ]] &&
    _pg_as_owner "$_PG_BINDIR/pg_ctl" -D "$_PG_DIR/data" status >/dev/null 2>&1
}

# Prints the bin directory of the newest PostgreSQL server installed.
_pg_find_bindir() {
  local dir
  if [[ -n ${FRIENDLYGOV_PG_BINDIR:-} ]]; then
    [[ -x $FRIENDLYGOV_PG_BINDIR/initdb && -x $FRIENDLYGOV_PG_BINDIR/pg_ctl ]] || return 1
    printf '%s\n' "$FRIENDLYGOV_PG_BINDIR"
    return 0
  fi
  while read -r dir; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV)
  if dir=$(command -v initdb 2>/dev/null); then
    dir=$(dirname "$(readlink -f "$dir")")
    if [[ -x $dir/pg_ctl && -x $dir/postgres ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  fi
  return 1
}

_pg_install() {
  local out
  [[ $(id -u) -eq 0 ]] ||
    { _pg_fail "PostgreSQL is not installed: install it (apt-get install postgresql) or set FRIENDLYGOV_PG_BINDIR"; return 1; }
  command -v apt-get >/dev/null 2>&1 ||
    { _pg_fail "PostgreSQL is not installed and there is no apt-get to install it with"; return 1; }
  _pg_say "PostgreSQL not found; installing it with apt-get"
  out=$(mktemp)
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends postgresql; } \
    </dev/null >"$out" 2>&1; then
    tail -n 20 "$out" >&2
    rm -f "$out"
    _pg_fail "apt-get install postgresql failed"
    return 1
  fi
  rm -f "$out"
  # The package may have started its own cluster: nothing ran before, so stop whatever did.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1, $2 }' |
      while read -r version cluster; do pg_ctlcluster "$version" "$cluster" stop || true; done
  fi
}

# True when nothing listens on 127.0.0.1:PORT and it can be bound.
_pg_port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 1; fi
  if python3 -c '' 2>/dev/null; then
    python3 -c 'import socket, sys; socket.socket().bind(("127.0.0.1", int(sys.argv[1])))' "$1" \
      2>/dev/null || return 1
  fi
}

# A random free port below Linux's ephemeral range.
_pg_pick_port() {
  local try port
  for try in $(seq 50); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
    if _pg_port_free "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  return 1
}

_pg_start_inner() {
  local timeout=${FRIENDLYGOV_PG_TIMEOUT:-60} attempt deadline version

  if ! _PG_BINDIR=$(_pg_find_bindir); then
    _pg_install || return 1
    _PG_BINDIR=$(_pg_find_bindir) || { _pg_fail "no PostgreSQL server found even after installing it"; return 1; }
  fi

  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin postgres ||
      { _pg_fail "cannot create the postgres OS user to run PostgreSQL as"; return 1; }
  fi

  _PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/friendlygov-pg.XXXXXX") ||
    { _pg_fail "cannot create a temporary directory"; return 1; }
  _PG_PASSWORD=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  _pg_save || { _pg_fail "cannot write the state file $(_pg_state_file)"; return 1; }
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$_PG_DIR" || { _pg_fail "cannot give $_PG_DIR to the postgres user"; return 1; }
  fi
  chmod 700 "$_PG_DIR"
  _pg_as_owner test -w "$_PG_DIR" ||
    { _pg_fail "the postgres user cannot reach $_PG_DIR (set TMPDIR to a directory it can)"; return 1; }

  _pg_as_owner sh -c 'umask 077 && cat >pwfile' <<<"$_PG_PASSWORD"
  if ! _pg_as_owner "$_PG_BINDIR/initdb" -D "$_PG_DIR/data" --username=friendlygov \
    --pwfile="$_PG_DIR/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --no-locale --encoding=UTF8 --no-sync >"$_PG_DIR/initdb.log" 2>&1; then
    tail -n 20 "$_PG_DIR/initdb.log" >&2
    _pg_fail "initdb failed"
    return 1
  fi
  rm -f "$_PG_DIR/pwfile"
  printf '%s\n' "listen_addresses = '127.0.0.1'" "unix_socket_directories = '$_PG_DIR'" \
    "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
    >>"$_PG_DIR/data/postgresql.conf"

  # Another process may take the port between the check and the bind: then try another one.
  for attempt in 1 2 3 4 5; do
    _PG_PORT=$(_pg_pick_port) || { _pg_fail "no free port found on 127.0.0.1"; return 1; }
    _pg_save
    rm -f "$_PG_DIR/server.log"
    if _pg_as_owner "$_PG_BINDIR/pg_ctl" -D "$_PG_DIR/data" -l "$_PG_DIR/server.log" \
      -o "-p $_PG_PORT" -w -t "$timeout" start >/dev/null 2>&1; then
      break
    fi
    if [[ $attempt -lt 5 ]] && grep -q 'could not bind\|could not create any TCP/IP sockets' "$_PG_DIR/server.log" 2>/dev/null; then
      continue
    fi
    tail -n 20 "$_PG_DIR/server.log" >&2 2>/dev/null || true
    _pg_fail "the server did not start within ${timeout}s (log above)"
    return 1
  done

  deadline=$((SECONDS + timeout))
  until "$_PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$_PG_PORT" -t 5; do
    if ((SECONDS >= deadline)); then
      tail -n 20 "$_PG_DIR/server.log" >&2 2>/dev/null || true
      _pg_fail "the server does not accept connections on 127.0.0.1:$_PG_PORT after ${timeout}s"
      return 1
    fi
    sleep 0.2
  done

  # Over TCP with the password, as the tests will connect.
  if ! PGPASSWORD=$_PG_PASSWORD PGCONNECT_TIMEOUT=10 "$_PG_BINDIR/createdb" \
    -h 127.0.0.1 -p "$_PG_PORT" -U friendlygov friendlygov 2>"$_PG_DIR/createdb.log"; then
    cat "$_PG_DIR/createdb.log" >&2
    _pg_fail "cannot create the database friendlygov on 127.0.0.1:$_PG_PORT"
    return 1
  fi
  version=$(PGPASSWORD=$_PG_PASSWORD "$_PG_BINDIR/psql" -X -At -h 127.0.0.1 -p "$_PG_PORT" \
    -U friendlygov -d friendlygov -c 'show server_version' 2>/dev/null | cut -d' ' -f1) || version='?'
  _pg_say "PostgreSQL $version running on 127.0.0.1:$_PG_PORT (database friendlygov, in $_PG_DIR)"
}

postgres_start() {
  if _pg_load && _pg_running; then
    FRIENDLYGOV_POSTGRES=$(_pg_connection_string)
    export FRIENDLYGOV_POSTGRES
    _pg_say "PostgreSQL already running on 127.0.0.1:$_PG_PORT (in $_PG_DIR)"
    return 0
  fi
  postgres_stop >/dev/null 2>&1 || true # leftovers of a cluster that is gone
  if ! _pg_start_inner; then
    postgres_stop >/dev/null 2>&1 || true
    return 1
  fi
  FRIENDLYGOV_POSTGRES=$(_pg_connection_string)
  export FRIENDLYGOV_POSTGRES
}

postgres_stop() {
  local state pid
  state=$(_pg_state_file)
  _pg_load || { rm -f "$state"; return 0; }
  if [[ -f $_PG_DIR/data/postmaster.pid && -n $_PG_BINDIR ]]; then
    if ! _pg_as_owner "$_PG_BINDIR/pg_ctl" -D "$_PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 &&
      ! _pg_as_owner "$_PG_BINDIR/pg_ctl" -D "$_PG_DIR/data" -m immediate -w -t 10 stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$_PG_DIR/data/postmaster.pid" 2>/dev/null || true)
      if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    _pg_say "stopped the cluster on 127.0.0.1:$_PG_PORT"
  fi
  case $_PG_DIR in
    */friendlygov-pg.*) rm -rf "$_PG_DIR" ;;
  esac
  rm -f "$state"
  _PG_DIR='' _PG_PORT='' _PG_PASSWORD='' _PG_BINDIR=''
}

postgres_status() {
  if _pg_load && _pg_running; then
    _pg_connection_string
  else
    _pg_say "not running"
    return 1
  fi
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  case ${1:-} in
    start)
      postgres_start
      printf '%s\n' "$FRIENDLYGOV_POSTGRES"
      ;;
    stop) postgres_stop ;;
    status) postgres_status ;;
    *)
      printf 'usage: %s start|stop|status\n' "$0" >&2
      exit 2
      ;;
  esac
fi
