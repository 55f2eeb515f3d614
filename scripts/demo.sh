#!/usr/bin/env bash
# The main job on a fresh machine: install the tracing toolchain, build the instrumented `herthon`,
# list its static markers, then run examples/call_stack.py under bpftrace (the specification's
# call-hierarchy example) and once plainly.
#   bash scripts/demo.sh                 # as root (CI machines and sessions are)
#   PROGRAM=examples/fib.py bash scripts/demo.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo -n"
need=()
command -v bpftrace >/dev/null || need+=(bpftrace)
command -v dtrace >/dev/null || need+=(systemtap-sdt-dev)
command -v readelf >/dev/null || need+=(binutils)
command -v g++ >/dev/null || need+=(g++ gcc libc6-dev)
# CPython 3.11's standard library, which Herthon runs (a dependency, never a copy), and the oracle.
[ -f /usr/lib/python3.11/os.py ] || need+=(libpython3.11-stdlib)
[ -x /usr/bin/python3.11 ] || need+=(python3.11)
# Unicode 14.0.0 character data for `unicodedata` (the build reads Perl's copy: Tools/unicodedata/mkucd.pl).
[ -f /usr/share/perl/5.36/unicore/version ] || need+=(perl-modules-5.36)
# What the tests need beyond the demo: CPython's regression tests (the conformance suite), GNU readline
# (the `readline` module) and tmux (the REPL tests drive a pseudo-terminal through it).
[ -d /usr/lib/python3.11/test ] || need+=(libpython3.11-testsuite)
[ -e /usr/lib/x86_64-linux-gnu/libreadline.so.8 ] || [ -e /lib/x86_64-linux-gnu/libreadline.so.8 ] || need+=(libreadline8)
command -v tmux >/dev/null || need+=(tmux)
if [ ${#need[@]} -gt 0 ]; then
    $sudo apt-get update -q </dev/null || true
    $sudo apt-get install -y -q --no-install-recommends "${need[@]}" </dev/null
fi

out="$PWD/out/instrumented"
bash scripts/build.sh instrumented "$out" >/dev/null
herthon="$out/herthon"

echo "== markers in $herthon (readelf -n)"
readelf -n "$herthon" | awk '/Provider:/{p=$2} /Name:/{n=$2} /Semaphore:/{print "  " p ":" n "  semaphore " $NF}'

program="${PROGRAM:-examples/call_stack.py}"
echo
echo "== $program under bpftrace (Tools/tracing/call_stack.bt)"
(cd "$(dirname "$program")" && \
    bpftrace "$OLDPWD/Tools/tracing/call_stack.bt" -c "$herthon $(basename "$program")" "$herthon" 2>&1 \
    | grep -v -e 'RLIMIT_MEMLOCK' -e 'Addrspace mismatch' -e '^ *if (str' -e '^ *~~' -e 'uprobe_events' -e 'failed to detach')

echo
echo "== $program run plainly"
"$herthon" "$program"
