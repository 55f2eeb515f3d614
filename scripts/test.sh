#!/usr/bin/env bash
# The test command: builds the solution, runs every xunit test project in Interp.sln and ends with
# one summary line, alone on the last line:  N passed, M failed[, K skipped]
# Exit status is non-zero when anything failed (or the build failed).
#   CONFIGURATION=Debug bash scripts/test.sh      build/test another configuration (default Release)
#   bash scripts/test.sh --filter 'FullyQualifiedName~Conformance'   extra args go to dotnet test
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${CONFIGURATION:-Release}"
results="$PWD/TestResults/test-sh"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Interp.sln -c "$configuration" -nologo -v:minimal; then
    echo "test.sh: build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

dotnet test Interp.sln -c "$configuration" --no-build -nologo \
    --results-directory "$results" --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
    "$@"
test_status=$?

# Sum the counters of every TRX file (one per test project).
passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    value() { printf '%s\n' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + $(value notExecuted)))
done

if [ "$files" -eq 0 ] && [ "$test_status" -ne 0 ]; then
    echo "test.sh: dotnet test failed before writing any results"
    failed=$((failed + 1))
fi

# The failures again, just above the summary, so a log cut to its tail still names them.
if [ "$failed" -gt 0 ] && [ -x /usr/bin/python3.11 ]; then
    /usr/bin/python3.11 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
for trx in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for r in ET.parse(trx).getroot().iter(ns + "UnitTestResult"):
        if r.get("outcome") == "Passed" or r.get("outcome") == "NotExecuted":
            continue
        message = r.find(f"{ns}Output/{ns}ErrorInfo/{ns}Message")
        text = (message.text or "").strip() if message is not None else ""
        print(f"FAILED {r.get('testName')} ({r.get('duration')})")
        for line in text.splitlines()[:12]:
            print("    " + line[:300])
PY
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
if [ "$failed" -gt 0 ] || [ "$test_status" -ne 0 ]; then
    exit 1
fi
exit 0
