# One feature: isinstance against classes and a tuple of classes.
import sys

class A: pass
class B(A): pass
class C: pass

def run(n):
    objs = [A(), B(), C(), 1, "s"]
    hits = 0
    for i in range(n):
        o = objs[i % 5]
        if isinstance(o, A):
            hits += 1
        if isinstance(o, (int, str)):
            hits += 2
    return hits

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print(run(n))
