#!/usr/bin/env bash
# Throughput of an audited read, GET /api/v1/patients/{id}, with wrk (16 connections, 30 s) against a Release build
# serving the demo data on SQLite or PostgreSQL. Needs wrk and python3.
#
#   bench/audited-read.sh sqlite
#   bench/audited-read.sh postgres "Host=127.0.0.1;Port=5432;Username=postgres"
#   TREE=/path/to/another/checkout bench/audited-read.sh sqlite     measure another version of the code
set -euo pipefail

provider=${1:?sqlite or postgres}
server=${2:-}
tree=${TREE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
port=${PORT:-5099}
duration=${DURATION:-30s}
work=$(mktemp -d)
base="http://127.0.0.1:$port"

dotnet build "$tree/src/Rehab.Web" -c Release -o "$work/app" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }

case "$provider" in
    sqlite) export Database__Provider=Sqlite ConnectionStrings__Rehab="Data Source=$work/rehab.db" ;;
    postgres) export Database__Provider=Postgres ConnectionStrings__Rehab="${server:?a server connection string};Database=rehab_bench_$$" ;;
    *) echo "provider must be sqlite or postgres" >&2; exit 2 ;;
esac
export ASPNETCORE_ENVIRONMENT=Development Rehab__Demo__Seed=true Rehab__Keys__Directory="$work/keys"
export Logging__LogLevel__Default=Warning

(cd "$work/app" && exec dotnet Rehab.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"therapist","password":"rehab-demo-2026"}' \
    "$base/api/v1/auth/token" | json 'd["accessToken"]')
patient=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/patients?q=Lopez" | json 'd[0]["id"]')
url="$base/api/v1/patients/$patient"
curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url"

wrk -t2 -c16 -d10s -H "Authorization: Bearer $token" "$url" >/dev/null # warm-up: JIT and pools
echo "audited read on $provider ($(git -C "$tree" log -1 --format=%h)): wrk -t2 -c16 -d$duration"
wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $token" "$url"
