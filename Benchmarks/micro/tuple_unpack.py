# One feature: tuple packing and unpacking.
import sys

def run(n):
    a, b = 0, 1
    total = 0
    for i in range(n):
        a, b = b & 1023, a + b
        x, y, z = a, b, i
        total += x + z
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
