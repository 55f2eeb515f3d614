# One feature: a plain counting loop (the interpreter's dispatch floor).
import sys

def run(n):
    total = 0
    for i in range(n):
        total += i
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
