# One feature: calling closures that read and write enclosing variables.
import sys

def make_counter(step):
    count = 0
    def bump():
        nonlocal count
        count += step
        return count
    return bump

def run(n):
    c = make_counter(3)
    total = 0
    for i in range(n):
        total += c()
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
