# One feature: attribute reads on ordinary instances.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def run(n):
    p = Point(3, 4)
    total = 0
    for i in range(n):
        total += p.x + p.y
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
