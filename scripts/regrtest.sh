#!/usr/bin/env bash
# CPython 3.11's regression tests under Herthon (issue 11; docs/conformance.md).
#   bash scripts/regrtest.sh                 every module of conformance/modules.txt
#   bash scripts/regrtest.sh --set ci        CI's subset
#   bash scripts/regrtest.sh test_int        one module;  ... test_int -k test_basic   one test
#   bash scripts/regrtest.sh --update        record what passes now as the expectations
# Builds the Release herthon (instrumented where sys/sdt.h exists), then runs
# Tools/regrtest/regrtest.py under /usr/bin/python3.11; results go to TestResults/regrtest/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -d /usr/lib/python3.11/test ]; then
    echo "regrtest.sh: /usr/lib/python3.11/test is missing: apt-get install libpython3.11-testsuite" >&2
    exit 2
fi
dotnet build Interpreter/Interpreter.csproj -c Release -nologo -v:q >/dev/null
exec /usr/bin/python3.11 Tools/regrtest/regrtest.py "$@"
