#!/usr/bin/env bash
# Captures the sandbox seeds of the fuzz corpora (tests/fuzz/corpus/), as they were made:
#   tests/fuzz/capture-seeds.sh BUILD_DIR    (a build tree that has the m3ter-sandbox executable)
# Needs curl and python3. Writes only sandbox-* files under tests/fuzz/corpus/; review the diff.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sandbox="$1/app/sandbox/m3ter-sandbox"
corpus="$here/corpus"
port=${SEED_PORT:-18473}
out=$(mktemp)

"$sandbox" --seed 1 --accounts 2 --bills 4 --job-seconds 0 --port "$port" \
    --download-port $((port + 1)) >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out" "$out.job"' EXIT
for _ in $(seq 100); do
    grep -q 'org id:' "$out" && break
    sleep 0.1
done
base="http://127.0.0.1:$port"
org=$(sed -n 's/^ *org id: *//p' "$out")

curl -sf -u sandbox-client:sandbox-secret -H 'Content-Type: application/json' \
    -d '{"grant_type":"client_credentials"}' "$base/oauth/token" \
    >"$corpus/token_response/sandbox-token.json"
token=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' \
    <"$corpus/token_response/sandbox-token.json")
get() { curl -sf -H "Authorization: Bearer $token" "$@"; }
api="$base/organizations/$org"

# The token is the sandbox's, but a token in a repository is a bad habit: keep the shape only.
sed -i 's/"access_token":"sbx\.[^"]*"/"access_token":"sbx.seed-corpus-token-not-a-real-one_0123456"/' \
    "$corpus/token_response/sandbox-token.json"

get "$api/bills?pageSize=1" >"$corpus/bill_page/sandbox-bills-page.json"
bill=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])' \
    <"$corpus/bill_page/sandbox-bills-page.json")
get "$api/bills/$bill" >"$corpus/domain/sandbox-bill.json"
get "$api/bills/$bill/lineitems?pageSize=1" >"$corpus/domain/sandbox-line-items.json"
get "$api/accounts?pageSize=2" >"$corpus/domain/sandbox-accounts.json"

# A statement job for the bill (finished at once: --job-seconds 0), then its files.
get -H 'Content-Type: application/json' -d "{\"billId\":\"$bill\",\"includeCsvFormat\":true}" \
    "$api/statementjobs" >"$out.job"
job=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <"$out.job")
get "$api/statementjobs/$job" >"$corpus/domain/sandbox-statement-job.json"
json_url=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["presignedJsonStatementUrl"])' \
    <"$corpus/domain/sandbox-statement-job.json")
csv_url=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["presignedCsvStatementUrl"])' \
    <"$corpus/domain/sandbox-statement-job.json")
curl -sf "$json_url" >"$corpus/json_tree/sandbox-statement.json"
curl -sf "$csv_url" >"$corpus/csv/sandbox-statement.csv"
get "$api/bills/$bill/statement/json" >"$corpus/domain/sandbox-download-url.json"
ls -l "$corpus"/*/sandbox-*
