#!/usr/bin/env bash
# The four-case performance matrix, whole-process.
#
#   Benchmarks/matrix.sh                 build (a), (b), (c), run everything, write the table + chart
#   Benchmarks/matrix.sh --quick         build once, run every program once at a tiny size and
#                                        compare its output with python3 (correctness, for CI)
#
# Options (full mode): --reps N (interleaved rounds, default 5), --trace-reps N (bpftrace runs for
# (d), default 1), --size N|quick (override every program's size), --only prog..., --out DIR,
# --no-build (reuse the last build), --no-trace, --no-floor, --no-python311, --install (apt-get
# the tools first). Output: Benchmarks/results/matrix.md, chart.png, raw.tsv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/results"
quick=0
build=1
install=0
pass=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --no-build) build=0 ;;
        --install) install=1 ;;
        --out) out="$2"; pass+=(--out "$2"); shift ;;
        *) pass+=("$1") ;;
    esac
    shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$install" = 1 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
    $sudo apt-get update -q </dev/null || true
    $sudo apt-get install -y -q --no-install-recommends bpftrace systemtap-sdt-dev gcc libc6-dev \
        gnuplot-nox python3 </dev/null
fi

# One variant of the real herthon (native launcher + Herthon.dll) into its own folder, through the
# project's build script (separate intermediate folders per variant).
build_variant() {
    local variant="$1" name="$2"
    echo "matrix: building ($name) = $variant -> $out/build/$name" >&2
    bash "$root/scripts/build.sh" "$variant" "$out/build/$name" -clp:ErrorsOnly </dev/null >&2
}

mkdir -p "$out"
if [ "$quick" = 1 ]; then
    [ "$build" = 1 ] && build_variant instrumented quick
    exec python3 "$here/matrix.py" --quick --build "$out/build/quick" "${pass[@]}"
fi

if [ "$build" = 1 ]; then
    build_variant no-generator a     # -p:ProbeGenerator=false
    build_variant plain b            # -p:WithDtrace=false
    build_variant instrumented c     # -p:WithDtrace=true
    # (b) must be (a): compare the two Herthon.dll member by member (IL bodies, signatures, fields).
    echo "matrix: building the IL comparison tool" >&2
    dotnet build "$here/Benchmarks.csproj" -c Release -nologo -v:q -clp:ErrorsOnly -o "$out/build/tool" \
        -p:IntermediateOutputPath=obj/matrix-tool/ </dev/null >&2 || true
fi
if [ -f "$out/build/tool/Benchmarks.dll" ]; then
    dotnet "$out/build/tool/Benchmarks.dll" --compare-il "$out/build/a/Herthon.dll" "$out/build/b/Herthon.dll" \
        > "$out/il.txt" 2>&1 || true
    cat "$out/il.txt" >&2
fi
exec python3 "$here/matrix.py" --build "$out/build/a" --build "$out/build/b" --build "$out/build/c" "${pass[@]}"
