#!/usr/bin/env bash
# Herthon (c) against CPython 3.11, whole process, interleaved (issue 12's done-when table).
#
#   Benchmarks/cpython.sh [--no-build] [--rounds N] [--only NAME...] [--size quick] [--no-micro]
#
# Builds the instrumented variant (case (c)) into Benchmarks/results/build/c unless --no-build or
# --herthon PATH is given, then runs Benchmarks/cpython.py with the remaining options; the table
# goes to Benchmarks/results/cpython.md, every measurement to cpython.tsv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build=1
pass=()
for a in "$@"; do
    case "$a" in
        --no-build) build=0 ;;
        --herthon|--herthon=*) build=0; pass+=("$a") ;;
        *) pass+=("$a") ;;
    esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$build" = 1 ]; then
    echo "cpython: building (c) = instrumented -> $here/results/build/c" >&2
    bash "$root/scripts/build.sh" instrumented "$here/results/build/c" -clp:ErrorsOnly </dev/null >&2
fi
exec /usr/bin/python3.11 "$here/cpython.py" "${pass[@]}"
