#!/usr/bin/env bash
# Install herthon and its SystemTap tapset under PREFIX (default /usr/local):
#
#   PREFIX=/opt/herthon scripts/install.sh [BUILD_DIR]
#
#   PREFIX/lib/herthon/          the executable `herthon` (NativeAOT; or the CoreCLR launcher with
#                                Herthon.dll and its runtime files), Lib/, libherthon_posix.so
#   PREFIX/bin/herthon           symlink to PREFIX/lib/herthon/herthon (herthon resolves the
#                                symlink and finds Lib/ next to its real path)
#   PREFIX/share/systemtap/tapset/herthon.stp
#                                the tapset, its probes bound to PREFIX/lib/herthon/herthon
#                                (shared-library build: to its library libherthon.so)
#                                (SystemTap looks there when stap itself is installed in PREFIX;
#                                otherwise pass -I PREFIX/share/systemtap/tapset)
#   PREFIX/share/herthon/tracing/ the example scripts of Tools/tracing/
#
# BUILD_DIR defaults to out/instrumented, built first with scripts/build.sh when missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${PREFIX:-/usr/local}"
build="${1:-$root/out/instrumented}"

if [ ! -e "$build/herthon" ]; then
    bash "$root/scripts/build.sh" instrumented "$build"
fi
if [ ! -x "$build/herthon" ]; then
    echo "install.sh: $build/herthon (the native launcher) is missing; see scripts/build.sh's output" >&2
    exit 1
fi

lib="$prefix/lib/herthon"
mkdir -p "$lib" "$prefix/bin" "$prefix/share/systemtap/tapset" "$prefix/share/herthon/tracing"
cp -a "$build/." "$lib/"
ln -sfn "$lib/herthon" "$prefix/bin/herthon"

# Tapset probes name the file that holds the markers: the installed launcher (its real path), or
# for a shared-library build (-p:ProbesLibrary=shared) libherthon.so as a library of the launcher.
probe="process(\"$lib/herthon\")"
if [ -f "$build/libherthon.so" ]; then
    probe="$probe.library(\"$lib/libherthon.so\")"
fi
sed "s|process(\"herthon\")|$probe|" "$root/Tools/tracing/herthon.stp" \
    > "$prefix/share/systemtap/tapset/herthon.stp"
cp "$root/Tools/tracing/"*.bt "$root/Tools/tracing/"*.stp "$root/Tools/tracing/"*.d "$root/Tools/tracing/README.md" \
    "$prefix/share/herthon/tracing/"
rm -f "$prefix/share/herthon/tracing/herthon.stp"

echo "herthon -> $prefix/bin/herthon ($lib)"
echo "tapset  -> $prefix/share/systemtap/tapset/herthon.stp"
