#!/usr/bin/env bash
# Writes Interpreter/warm-methods.txt: the managed methods that ordinary programs run once start-up
# is over, laid out by ILC right after hot-methods.txt's (Interpreter.csproj joins the two into one
# order file):
#
#   scripts/warm-methods.sh INSTRUMENTED_BUILD_DIR [OUT]
#
# Why (docs/performance.md, "lead ... eighteenth session"): start-up's release (Hosting/
# StartupMemory.cs) drops the executable's code pages, and the program faults back what it runs.
# The kernel maps 16 pages (64 KiB) around each fault, so what comes back is every 64 KiB window
# holding at least one method the program ran. Without an order those methods lie wherever ILC's
# default sort puts them among 3.7 MB of managed code: a 40-line program that reads two /proc files
# ran 431 methods of 155 KB in all, spread over 47 windows (2.9 MiB resident). Laid out together
# after the hot methods they fill a few windows.
#
# Each program of Benchmarks/programs (its quick size), Benchmarks/micro (1/250 of its default size) and a
# few everyday corpus programs (files, os, json, re, csv, str formatting, collections) runs once
# under callgrind, its counts zeroed when start-up's last release begins (StartupMemory.AfterCompile,
# after the main program's compile): every managed method that runs after that on any thread (the
# release itself, the program, the threads that wake meanwhile, the exit) is warm. Order: those
# that at least half the programs run, then those that at least three run, then the rest; by name
# within each group, so that one module's methods (IoModule, PosixModule...) lie together.
set -euo pipefail
dir="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${2:-$root/Interpreter/warm-methods.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# callgrind needs the symbols in the executable: join the stripped binary and Herthon.dbg.
eu-unstrip -o "$work/full" "$dir/herthon" "$dir/Herthon.dbg"
objcopy --strip-debug "$work/full" "$dir/herthon-warm" && rm "$work/full"
trap 'rm -rf "$work" "$dir/herthon-warm"' EXIT
corpus=(001_hello 012_fstrings 013_format_specs 014_string_methods_basic 018_dicts 019_dict_methods
        048_sorted 074_join_split 142_collections_deque 149_json_module 232_re_module_basics
        450_text_file_encodings 454_stringio_bytesio 458_io_errors 473_csv_read_write
        565_os_walk_scandir_glob 567_os_environ_fspath)
run() {   # name args...
    local n="$1"; shift
    (cd "$work" && valgrind --tool=callgrind --zero-before=Herthon_Herthon_Hosting_StartupMemory__AfterCompile \
        --callgrind-out-file="$work/$n.cg" "$dir/herthon-warm" "$@" > /dev/null 2>&1) || true
}
for p in "$root"/Benchmarks/programs/*.py; do
    size="$(sed -n 's/^# bench: default=[0-9]* quick=\([0-9]*\).*/\1/p' "$p")"
    run "p-$(basename "$p" .py)" "$p" "$size"
done
for p in "$root"/Benchmarks/micro/*.py; do
    [ "$(basename "$p")" = compare.py ] && continue
    default="$(sed -n 's/.*else \([0-9][0-9]*\)$/\1/p' "$p" | head -n 1)"
    run "m-$(basename "$p" .py)" "$p" "$(( ${default:-250} / 250 > 0 ? ${default:-250} / 250 : 1 ))"   # 5 M -> 20000
done
for n in "${corpus[@]}"; do
    run "c-$n" "$root/Interpreter.Tests/programs/$n.py"
done
/usr/bin/python3.11 - "$work" "$out" "$root/Interpreter/hot-methods.txt" <<'PY'
import glob, os, re, sys
work, out, hot_path = sys.argv[1], sys.argv[2], sys.argv[3]
hot = {l.strip() for l in open(hot_path)}
managed = ("Herthon_", "S_P_", "System_")
count = {}
runs = sorted(glob.glob(os.path.join(work, "*.cg")))
for path in runs:
    names, ran, cur, after_call = {}, set(), None, False
    for line in open(path, errors="replace"):
        if line.startswith(("fn=", "cfn=")):
            m = re.match(r"c?fn=\((\d+)\)(?: (.*))?", line.rstrip("\n"))
            if m and m.group(2):
                names[m.group(1)] = m.group(2)
            if line.startswith("fn="):
                cur, after_call = names.get(m.group(1)) if m else None, False
        elif line.startswith("calls="):
            after_call = True            # the next cost line is the call's inclusive cost
        elif cur and line[:1] in "0123456789+-*":
            if after_call:
                after_call = False
                continue
            parts = line.split()
            if len(parts) >= 2 and int(parts[1]) > 0:
                ran.add(cur)
    for name in ran:
        if name.startswith(managed) and name not in hot:
            count[name] = count.get(name, 0) + 1
def group(s):
    return 2 if 2 * count[s] >= len(runs) else 1 if count[s] >= 3 else 0
warm = sorted(count, key=lambda s: (-group(s), s))
with open(out, "w") as w:
    w.write("".join(s + "\n" for s in warm))
print(f"warm-methods: {len(warm)} methods from {len(runs)} programs -> {out}")
PY
