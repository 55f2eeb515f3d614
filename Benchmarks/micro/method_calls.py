# One feature: method calls through a subclass (method defined on the base class).
import sys

class Base:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count

class Derived(Base):
    pass

def run(n):
    d = Derived()
    total = 0
    for i in range(n):
        total += d.bump(1)
    return total

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print(run(n))
