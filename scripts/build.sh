#!/usr/bin/env bash
# Build `herthon` (launcher + Herthon.dll) into a folder, in one of the probe build variants:
#
#   scripts/build.sh [instrumented|shared|plain|no-generator] [OUTDIR] [extra dotnet build arguments...]
#
#   instrumented   -p:WithDtrace=true       markers compiled in (case (c); (d) once a tracer attaches)
#   shared         -p:WithDtrace=true -p:ProbesLibrary=shared
#                                           the same, with the markers in libherthon.so next to the
#                                           launcher (the specification's --enable-shared case)
#   plain          -p:WithDtrace=false      generator on, no markers (case (b))
#   no-generator   -p:ProbeGenerator=false  no [Probe] generator at all (case (a))
#
# OUTDIR defaults to out/<variant>. Intermediate files go to out/.build/<variant>, so the variants
# never share obj/ folders and can be built side by side.
set -euo pipefail

variant="${1:-instrumented}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${2:-$root/out/$variant}"
shift $(( $# > 2 ? 2 : $# ))

case "$variant" in
    instrumented) properties=(-p:WithDtrace=true) ;;
    shared)       properties=(-p:WithDtrace=true -p:ProbesLibrary=shared) ;;
    plain)        properties=(-p:WithDtrace=false) ;;
    no-generator) properties=(-p:ProbeGenerator=false) ;;
    *) echo "usage: $0 [instrumented|shared|plain|no-generator] [OUTDIR] [dotnet build args...]" >&2; exit 2 ;;
esac

artifacts="$root/out/.build/$variant"
# Release builds precompile Herthon.dll ahead of time (ReadyToRun, Interpreter.csproj): start-up
# does not wait for the JIT; hot methods are still re-jitted at tier 1. HERTHON_R2R=0 keeps the
# JIT-only assembly.
[ "${HERTHON_R2R:-1}" = "0" ] && properties+=(-p:HerthonReadyToRun=false)
dotnet build "$root/Interpreter/Interpreter.csproj" -c Release "${properties[@]}" --artifacts-path "$artifacts" -nologo -v q "$@"
mkdir -p "$out"
cp -a "$artifacts/bin/Interpreter/release/." "$out/"
if [ -x "$out/herthon" ]; then
    echo "herthon ($variant) -> $out/herthon"
else
    echo "Herthon.dll ($variant) -> $out (no native launcher: see the build output; run with: dotnet $out/Herthon.dll)"
fi
