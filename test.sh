#!/usr/bin/env bash
# The one test command: provisions PostgreSQL and Chromium when missing, starts a throw-away
# PostgreSQL on 127.0.0.1, builds once, runs every test project and ends with "N passed, N failed".
#
#   ./test.sh                      everything
#   ./test.sh --filter Clinic      extra arguments are passed to every `dotnet test`
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

configuration=Debug
results_dir=.test-results
first_port=55432
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
export DOTNET_CLI_TELEMETRY_OPTOUT=${DOTNET_CLI_TELEMETRY_OPTOUT:-1}
# Test hosts never reload their configuration files; each watcher would hold one of the few inotify instances a
# user may have, and the suite starts hundreds of hosts.
export DOTNET_hostBuilder__reloadConfigOnChange=false

say() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# --- prerequisites -----------------------------------------------------------------------------

postgres_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        printf '%s\n' "$dir"
    fi
}

command -v dotnet >/dev/null || die "the .NET 10 SDK is required (dotnet not found on PATH)."

missing=()
[[ -n "$(postgres_bin)" ]] || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if (( ${#missing[@]} > 0 )); then
    if [[ $(id -u) -eq 0 ]]; then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y "${missing[@]}"
    else
        die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
    fi
fi
pg_bin=$(postgres_bin)
[[ -n "$pg_bin" ]] || die "PostgreSQL's initdb was not found under /usr/lib/postgresql/*/bin."
[[ -x /usr/bin/chromium ]] || die "Chromium was not found at /usr/bin/chromium."

# --- throw-away PostgreSQL ---------------------------------------------------------------------

if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user to run the database server as."
    # initdb refuses to run as root; the server runs as postgres in a folder it owns (and can reach).
    pg_dir=$(mktemp -d /tmp/rehab-test-pg.XXXXXX)
    chown postgres:postgres "$pg_dir"
    as_pg() { runuser -u postgres -- "$@"; }
else
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/rehab-test-pg.XXXXXX")
    as_pg() { "$@"; }
fi
pg_data="$pg_dir/data"
pg_log="$pg_dir/server.log"
pg_started=false

cleanup() {
    if [[ "$pg_started" == true ]]; then
        as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

say "starting a throw-away PostgreSQL ($("$pg_bin/postgres" --version))"
as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; die "initdb failed."; }

pg_port=$first_port
for _ in $(seq 1 50); do
    if ! port_in_use "$pg_port"; then
        : >"$pg_log"
        [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_log"
        if as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            pg_started=true
            break
        fi
        # Another process may have taken the port between the check and the start; try the next one.
        grep -qiE 'could not bind|already in use|could not create any TCP/IP sockets' "$pg_log" \
            || { tail -n 20 "$pg_log" >&2; die "PostgreSQL did not start."; }
    fi
    pg_port=$((pg_port + 1))
done
[[ "$pg_started" == true ]] || die "found no free port for PostgreSQL from $first_port upward."
say "PostgreSQL listening on 127.0.0.1:$pg_port"
export REHAB_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

# --- build and test ----------------------------------------------------------------------------

rm -rf "$results_dir"
mkdir -p "$results_dir"

# trx attribute value of one attribute in an element's text: attr NAME <<< ELEMENT
attr() { sed -n "s/.* $1=\"\([^\"]*\)\".*/\1/p"; }
unescape() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }

say "building Rehab.slnx ($configuration)"
if ! dotnet build Rehab.slnx -c "$configuration"; then
    echo "Build failed; no tests ran."
    echo "0 passed, 0 failed"
    exit 1
fi

mapfile -t projects < <(ls tests/*/*.Tests.csproj | sort)
(( ${#projects[@]} > 0 )) || die "no test projects found under tests/."

broken=()
for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    say "testing $name"
    if ! dotnet test "$project" --no-build -c "$configuration" \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" "$@"; then
        broken+=("$name")
    fi
done

# --- summary -----------------------------------------------------------------------------------

total_passed=0 total_failed=0 total_executed=0
sqlite_passed=0 sqlite_failed=0 postgres_passed=0 postgres_failed=0
summary=() failures=()
for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    trx="$results_dir/$name.trx"
    if [[ ! -f "$trx" ]]; then
        summary+=("$name: no results (the test run did not complete)")
        continue
    fi
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    count() { local v; v=$(attr "$1" <<<"$counters"); echo "${v:-0}"; }
    executed=$(count executed) passed=$(count passed) skipped=$(count notExecuted)
    failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_executed=$((total_executed + executed))
    summary+=("$name: $passed passed, $failed failed, $skipped skipped")

    while IFS= read -r result; do
        test_name=$(attr testName <<<"$result" | unescape)
        outcome=$(attr outcome <<<"$result")
        case "$outcome" in
            Passed) ok=1 ;;
            Failed | Error | Timeout | Aborted) ok=0; failures+=("$test_name") ;;
            *) continue ;;
        esac
        if [[ "$test_name" == *Sqlite* ]]; then
            if (( ok )); then sqlite_passed=$((sqlite_passed + 1)); else sqlite_failed=$((sqlite_failed + 1)); fi
        fi
        if [[ "$test_name" == *Postgres* ]]; then
            if (( ok )); then postgres_passed=$((postgres_passed + 1)); else postgres_failed=$((postgres_failed + 1)); fi
        fi
    done < <(grep -o '<UnitTestResult [^>]*>' "$trx" || true)
done

echo
echo "Test results ($results_dir/*.trx)"
printf '  %s\n' "${summary[@]}"
echo "  Sqlite: $sqlite_passed passed, $sqlite_failed failed"
echo "  Postgres: $postgres_passed passed, $postgres_failed failed"
if (( ${#failures[@]} > 0 )); then
    echo "Failed tests:"
    printf '  %s\n' "${failures[@]}"
fi
if (( ${#broken[@]} > 0 )); then
    echo "Projects with failures or that did not run: ${broken[*]}"
fi
if (( total_executed == 0 )); then
    echo "No tests executed."
fi
echo "$total_passed passed, $total_failed failed"

(( total_failed == 0 && ${#broken[@]} == 0 && total_executed > 0 ))
