#!/usr/bin/env bash
# Writes Interpreter/hot-methods.txt, the order ILC lays out the hottest managed methods in
# (Interpreter.csproj passes it as IlcOrderFile: `--order`, listed symbols first, in this order;
# names that no longer exist are skipped):
#
#   scripts/hot-methods.sh PLAIN_BUILD_DIR INSTRUMENTED_BUILD_DIR [OUT]
#
# Each program of Benchmarks/programs and Benchmarks/micro runs once under `perf record` with the
# instrumented build; every managed method with at least 0.2 % of one program's samples is hot.
# Why an order at all (docs/performance.md, "lead ... fourteenth session"): without one, the hot
# methods lie wherever ILC's default sort puts them among 8 MB of code, and a change anywhere moves
# them and their branches; the plain (b) and instrumented (c) builds then differ by their layout
# more than by their markers (recursion's (c)/(b) 1.08-1.11 with identical instruction counts in
# the loop). With the order, the hot methods lie together at the start of the managed code: first
# those whose code is the same in both builds, then the loop, then those whose code differs (a
# marker site: their sizes differ). The loop's start and everything before it then lie at the same
# addresses in both builds (the loop's own code differs only in the line marker's poll near its
# end), and only the methods after it move.
set -euo pipefail
plain="$1"; instr="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${3:-$root/Interpreter/hot-methods.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for p in "$root"/Benchmarks/programs/*.py "$root"/Benchmarks/micro/*.py; do
    n="$(basename "$p" .py)"
    [ "$n" = compare ] && continue   # a tool, not a benchmark
    perf record -q -F 999 -o "$work/$n.data" "$instr/herthon" "$p" > /dev/null 2>&1
    perf report -i "$work/$n.data" -n --no-children --sort symbol 2> /dev/null | awk '$3 == "[.]" { print $2, $4 }' > "$work/$n.txt"
done
nm -S "$plain/Herthon.dbg" > "$work/plain.nm"
nm -S "$instr/Herthon.dbg" > "$work/instr.nm"
/usr/bin/python3.11 - "$work" "$out" <<'PY'
import glob, os, sys
work, out = sys.argv[1], sys.argv[2]
share = {}
for f in glob.glob(os.path.join(work, "*.txt")):
    rows = [l.split() for l in open(f) if len(l.split()) == 2]
    total = sum(int(c) for c, _ in rows) or 1
    for c, sym in rows:
        share[sym] = max(share.get(sym, 0.0), int(c) / total)
def sizes(path):
    d = {}
    for l in open(path):
        p = l.split()
        if len(p) == 4 and p[2] in "tT":
            d[p[3]] = int(p[1], 16)
    return d
plain, instr = sizes(os.path.join(work, "plain.nm")), sizes(os.path.join(work, "instr.nm"))
managed = ("Herthon_", "S_P_", "System_")
hot = [s for s, v in share.items() if v >= 0.002 and s.startswith(managed)]
loop = "Herthon_Herthon_Evaluation_Interpreter__Loop<Herthon_Herthon_Evaluation_Untraced>"
same = sorted((s for s in hot if s != loop and plain.get(s) == instr.get(s)), key=lambda s: -share[s])
differ = sorted((s for s in hot if s != loop and plain.get(s) != instr.get(s)), key=lambda s: -share[s])
with open(out, "w") as w:
    w.write("".join(x + "\n" for x in same + [loop] + differ))
print(f"hot-methods: {1 + len(same) + len(differ)} methods ({len(differ)} differ between the builds) -> {out}")
PY
