#!/usr/bin/env bash
# Where the eval loop's dispatch blocks landed in a NativeAOT build:
#
#   scripts/dispatch-where.sh DIR      (DIR holds herthon and Herthon.dbg, as scripts/build.sh makes)
#
# For Loop<Untraced> and Loop<LineTraced>: the block's address (the most frequent direct-jump target
# in the 96 bytes before the method's first indirect jump: where every case's `continue` goes), its
# byte in its 64-byte cache line, its length to the end of the table jump, and how many lines it
# touches. Every timing should say where the block was (docs/performance.md, "align").
set -euo pipefail
dir="$1"
for mode in Untraced LineTraced; do
    sym="Herthon_Herthon_Evaluation_Interpreter__Loop<Herthon_Herthon_Evaluation_$mode>"
    read -r start size < <(nm -S "$dir/Herthon.dbg" | awk -v s="$sym" '$4 == s { print $1, $2 }') || true
    if [ -z "${start:-}" ]; then echo "dispatch $mode: no symbol"; continue; fi
    stop=$(printf '0x%x' $((0x$start + 0x$size)))
    objdump -d --no-show-raw-insn --start-address=0x"$start" --stop-address="$stop" "$dir/herthon" | awk -v mode="$mode" -v ms=$((0x$start)) '
    function hex(s,   i, v) { v = 0; s = tolower(s); for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
        !done && /^ +[0-9a-f]+:/ {
            addr = hex(substr($1, 1, length($1) - 1))
            if ($2 ~ /^j/ && $3 ~ /^\*/) { jmp = addr; jlen = ($3 ~ /%r[0-9]/) ? 3 : 2; done = 1 }
            if ($2 ~ /^j/ && $3 ~ /^[0-9a-f]+$/) { n++; tgt[n] = hex($3) }
        }
        END {
            if (!jmp) { print "dispatch " mode ": no indirect jump"; exit }
            for (i = 1; i <= n; i++) if (tgt[i] <= jmp && tgt[i] > jmp - 96) count[tgt[i]]++
            for (t in count) if (count[t] > best) { best = count[t]; at = t }
            len = jmp + jlen - at
            lines = int((at % 64 + len - 1) / 64) + 1
            printf "dispatch %s: 0x%x, byte %d of its line, %d bytes, %d line%s (method at 0x%x, byte %d)\n", mode, at, at % 64, len, lines, (lines > 1 ? "s" : ""), ms, ms % 64
        }'
done
