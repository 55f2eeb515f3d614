#!/usr/bin/env bash
# Build `herthon` into a folder, in one of the probe build variants:
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
# `herthon` is the NativeAOT executable (dotnet publish -p:HerthonAot=true): the interpreter compiled
# ahead of time, the markers linked in (shared: in libherthon.so beside it), started in ~30 ms with
# no .NET runtime to host. Beside it: Lib/, libherthon_posix.so (subprocess's fork helper),
# Herthon.dbg (its symbols, for perf and gdb) and Herthon.dll, the IL assembly ILC compiled (for IL
# comparisons such as Benchmarks/matrix.sh's (a) vs (b); the executable does not use it).
# HERTHON_AOT=0 builds the CoreCLR launcher instead: Native/herthon.c hosting a ReadyToRun Herthon.dll.
#
# OUTDIR defaults to out/<variant>. Intermediate files go to out/.build/<variant>[-aot], so the
# variants never share obj/ folders and can be built side by side.
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

if [ "${HERTHON_AOT:-1}" != "0" ]; then
    artifacts="$root/out/.build/$variant-aot"
    rid="$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)"
    rid="${rid:-linux-x64}"
    dotnet publish "$root/Interpreter/Interpreter.csproj" -c Release -r "$rid" -p:HerthonAot=true "${properties[@]}" \
        --artifacts-path "$artifacts" -nologo -v q "$@"
    published="$artifacts/publish/Interpreter/release_$rid"
    mkdir -p "$out"
    # A folder that held a CoreCLR build keeps no runtime files that would look like this build's.
    rm -f "$out/Herthon.runtimeconfig.json" "$out/Herthon.deps.json" "$out/Herthon.pdb" "$out/libherthon.so"
    cp -a "$published/." "$out/"
    mv "$out/Herthon" "$out/herthon"
    cp "$artifacts/obj/Interpreter/release_$rid/Herthon.dll" "$out/Herthon.dll"
    echo "herthon ($variant, NativeAOT) -> $out/herthon"
    # Where the eval loop's dispatch blocks landed (docs/performance.md, "align"): quote it with
    # every timing of this build.
    if command -v objdump > /dev/null; then bash "$root/scripts/dispatch-where.sh" "$out" || true; fi
    exit 0
fi

artifacts="$root/out/.build/$variant"
# Release builds precompile Herthon.dll ahead of time (ReadyToRun, Interpreter.csproj): start-up
# does not wait for the JIT; hot methods are still re-jitted at tier 1. HERTHON_R2R=0 keeps the
# JIT-only assembly.
[ "${HERTHON_R2R:-1}" = "0" ] && properties+=(-p:HerthonReadyToRun=false)
dotnet build "$root/Interpreter/Interpreter.csproj" -c Release -p:HerthonAot=false "${properties[@]}" --artifacts-path "$artifacts" -nologo -v q "$@"
mkdir -p "$out"
cp -a "$artifacts/bin/Interpreter/release/." "$out/"
if [ -x "$out/herthon" ]; then
    echo "herthon ($variant, CoreCLR launcher) -> $out/herthon"
else
    echo "Herthon.dll ($variant) -> $out (no native launcher: see the build output; run with: dotnet $out/Herthon.dll)"
fi
