# One feature: Python-to-Python calls with exact positional arguments.
import sys

def add(a, b):
    return a + b

def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
