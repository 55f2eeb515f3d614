# One feature: str methods feeding a dict.
import sys

def run(n):
    words = ["Alpha", "beta", "GAMMA", "delta", "Epsilon", "zeta", "ETA"]
    counts = {}
    for i in range(n):
        w = words[i % 7].lower()
        if w.startswith("e"):
            w = w.upper()
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print(run(n))
