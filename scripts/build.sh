#!/usr/bin/env bash
# Build `herthon` (launcher + Herthon.dll) into a folder, in one of the probe build variants:
#
#   scripts/build.sh [instrumented|plain|no-generator] [OUTDIR] [extra dotnet build arguments...]
#
#   instrumented   -p:WithDtrace=true       markers compiled in (case (c); (d) once a tracer attaches)
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
    instrumented) property="-p:WithDtrace=true" ;;
    plain)        property="-p:WithDtrace=false" ;;
    no-generator) property="-p:ProbeGenerator=false" ;;
    *) echo "usage: $0 [instrumented|plain|no-generator] [OUTDIR] [dotnet build args...]" >&2; exit 2 ;;
esac

artifacts="$root/out/.build/$variant"
dotnet build "$root/Interpreter/Interpreter.csproj" -c Release "$property" --artifacts-path "$artifacts" -nologo -v q "$@"
mkdir -p "$out"
cp -a "$artifacts/bin/Interpreter/release/." "$out/"
if [ -x "$out/herthon" ]; then
    echo "herthon ($variant) -> $out/herthon"
else
    echo "Herthon.dll ($variant) -> $out (no native launcher: see the build output; run with: dotnet $out/Herthon.dll)"
fi
