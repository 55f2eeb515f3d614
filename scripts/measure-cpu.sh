#!/usr/bin/env bash
# Whole-process cost of commands on a shared, loaded machine, where wall time says little:
#   scripts/measure-cpu.sh N LABEL1 'CMD1' LABEL2 'CMD2' ...
# runs the commands interleaved N rounds (A B A B ...) and prints per label the median CPU time of
# all threads (perf stat's task-clock; needs `perf`), with min-max, user time, peak RSS and wall time
# (/usr/bin/time). Used for docs/performance.md's start-up table.
n=$1; shift
declare -a labels cmds
while [ $# -gt 0 ]; do labels+=("$1"); cmds+=("$2"); shift 2; done
out=$(mktemp -u); rm -f $out.*
for i in $(seq $n); do
  for j in "${!cmds[@]}"; do
    perf stat -e task-clock -x, -o $out.p /usr/bin/time -f "%e %U %M" -o $out.t bash -c "exec ${cmds[$j]}" >/dev/null 2>&1
    echo "$(grep task-clock $out.p | cut -d, -f1) $(cat $out.t)" >> $out.$j
  done
done
for j in "${!cmds[@]}"; do
  /usr/bin/python3.11 - "${labels[$j]}" $out.$j <<'PY'
import sys,statistics as s
rows=[l.split() for l in open(sys.argv[2]) if l.strip()]
c=[float(r[0]) for r in rows];e=[float(r[1])*1000 for r in rows];u=[float(r[2])*1000 for r in rows];m=[int(r[3])/1024 for r in rows]
print(f"{sys.argv[1]:30s} cpu med {s.median(c):6.1f} ms [{min(c):.0f}-{max(c):.0f}]  user {s.median(u):4.0f}  rss {s.median(m):5.1f} MiB [{min(m):.1f}-{max(m):.1f}]  wall {s.median(e):5.0f}")
PY
done
rm -f $out.*
