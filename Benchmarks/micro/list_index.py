# One feature: list indexing (reads and writes).
import sys

def run(n):
    data = list(range(100))
    total = 0
    for i in range(n):
        j = i % 100
        total += data[j]
        data[j] = total & 255
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
