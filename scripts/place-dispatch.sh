#!/usr/bin/env bash
# Puts the eval loop's dispatch block at a chosen byte of a 64-byte cache line (default 0) in the
# NativeAOT executable, between ILC and the link (Interpreter.csproj's HerthonPlaceDispatch target):
#
#   scripts/place-dispatch.sh OBJECT WORKDIR [BYTE]
#
# The dispatch block (the code every Python instruction runs: f.Ip store, fetch, decode, bound
# check, table jump) is 63 bytes; it fits one cache line only when it starts at byte 0 of a line,
# and where it lands was decided by the JIT's block layout and the link order of everything before
# the loop (docs/performance.md, "align"). This script
#   1. finds the block in ILC's object: in Loop<Untraced>, the most frequent direct-jump target in
#      the 96 bytes before the method's first indirect jump (the `continue` of every case jumps
#      there), as an offset B in the object's __managedcode section;
#   2. lowers that section's alignment to 1 (objcopy, in place; idempotent) and writes pad.o, a
#      page-aligned section of P = (BYTE - B) mod 64 int3 bytes, and dispatch.ld, a linker script
#      fragment that puts the pad first in the executable's __managedcode output section, so the
#      object's managed code starts P bytes after a page boundary and the block at BYTE. (Page-
#      aligned, not just line-aligned: two builds whose code before the loop is the same, such as
#      the plain and the instrumented one with hot-methods.txt, then place it at the same addresses
#      mod 4096, which the branch predictors index by.)
# The whole __managedcode moves by the same P: every other method keeps its place relative to the
# loop but loses the 16/32-byte alignment ILC gave it when P is not a multiple of 16.
# It prints the placement; scripts/dispatch-where.sh reads it back from the linked executable.
set -euo pipefail

obj="$1"
work="$2"
byte="${3:-0}"
mkdir -p "$work"

# __managedcode's alignment as ILC wrote it is kept in WORK/align, to restore it for BYTE=off (the
# object may be one this script already changed, when ILC had nothing to recompile).
align=$(readelf -SW "$obj" | awk '{ for (i = 1; i < NF; i++) if ($i == "__managedcode") print $NF }')
if [ "$align" != 1 ]; then echo "$align" > "$work/align"; fi
if [ "$byte" = off ]; then
    if [ "$align" = 1 ]; then objcopy --set-section-alignment __managedcode="$(cat "$work/align" 2>/dev/null || echo 32)" "$obj"; fi
    rm -f "$work/pad.o" "$work/dispatch.ld"
    echo "place-dispatch: off (the link as ILC left it)"
    exit 0
fi

sym='Herthon_Herthon_Evaluation_Interpreter__Loop<Herthon_Herthon_Evaluation_Untraced>'
read -r start size < <(nm -S "$obj" | awk -v s="$sym" '$4 == s { print $1, $2 }')
if [ -z "${start:-}" ]; then echo "place-dispatch: no $sym in $obj" >&2; exit 1; fi
stop=$(printf '0x%x' $((0x$start + 0x$size)))

block=$(objdump -d --no-show-raw-insn -j __managedcode --start-address=0x"$start" --stop-address="$stop" "$obj" | awk '
    function hex(s,   i, v) { v = 0; s = tolower(s); for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
    !done && /^ +[0-9a-f]+:/ {
        addr = hex(substr($1, 1, length($1) - 1))
        if (jmp) { end = addr; done = 1; next }
        if ($2 ~ /^j/ && $3 ~ /^\*/) jmp = addr
        if ($2 ~ /^j/ && $3 ~ /^[0-9a-f]+$/) { n++; tgt[n] = hex($3) }
    }
    END {
        if (!jmp) exit 1
        for (i = 1; i <= n; i++) if (tgt[i] <= jmp && tgt[i] > jmp - 96) count[tgt[i]]++
        for (t in count) if (count[t] > best) { best = count[t]; at = t }
        if (!best) exit 1
        printf "%d %d %d\n", at, best, end - at
    }')
if [ -z "$block" ]; then echo "place-dispatch: no dispatch block found in $sym" >&2; exit 1; fi
read -r offset jumps length <<< "$block"

if [ "$byte" = a16 ]; then
    # A control placement: a pad that is a multiple of 16, so every method keeps the 16-byte
    # alignment ILC gave it; the block lands at its object offset mod 16 (one line only when that
    # is 0 or 1). The pad that puts it earliest in its line.
    pad=$(( (64 - (offset % 64) / 16 * 16) % 64 ))
    byte=$(( (offset + pad) % 64 ))
else
    pad=$(( ((byte - offset) % 64 + 64) % 64 ))
fi
# NativeAOT reads bit 1 of a code address as its fat-function-pointer tag (the start-up's module
# initialisers, generic dictionaries): a pad with bit 1 set moves every method start that ILC
# aligned to 16 bytes onto such an address, and the executable crashes in
# StartupCodeHelpers.RunInitializers before Main (twelfth session, text4 and float5: pads 47, 15
# and 2 mod 4 crashed, pad 1 ran). For the default byte 0 such a pad is replaced by the one for
# byte 1 when the block (up to its table jump) is at most 63 bytes: bytes 1-63 are still one line.
# Otherwise the pad is rounded up to a multiple of 4, with a warning: the block lands 1-3 bytes
# past BYTE (dispatch-where.sh then reports two lines; a change to the loop's code moves it).
if (( pad & 2 )) && [ "$byte" = 0 ] && (( length <= 63 )); then
    byte=1
    pad=$(( ((byte - offset) % 64 + 64) % 64 ))
fi
if (( pad & 2 )); then
    pad=$(( (pad + 3) / 4 * 4 % 64 ))
    printf 'place-dispatch: WARNING: the block is at byte %d mod 4 of the object; pad rounded up to %d (bit 1 of method addresses must stay clear), block at byte %d\n' \
        $((offset % 4)) "$pad" $(( (offset + pad) % 64 )) >&2
fi
objcopy --set-section-alignment __managedcode=1 "$obj"
cat > "$work/pad.s" <<EOF
    .section __herthon_dispatch_pad,"ax",@progbits
    .p2align 12
    .fill $pad, 1, 0xcc
    .section .note.GNU-stack,"",@progbits
EOF
as -o "$work/pad.o" "$work/pad.s"
cat > "$work/dispatch.ld" <<'EOF'
SECTIONS
{
  __managedcode : { KEEP(*(__herthon_dispatch_pad)) *(__managedcode) }
}
INSERT AFTER .text;
EOF
printf 'place-dispatch: Loop<Untraced> dispatch block at __managedcode+0x%x (%d jumps to it, byte %d of its line unpadded); pad %d -> byte %d\n' \
    "$offset" "$jumps" $((offset % 64)) "$pad" $(( (offset + pad) % 64 ))
