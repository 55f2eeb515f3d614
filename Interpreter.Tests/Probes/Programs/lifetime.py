import contextlib
import gc


class Particle:
    def __init__(self, n):
        self.n = n


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        pass


class Ignore:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


kept = []
for i in range(10):
    p = Particle(i)
    if i % 5 == 0:
        kept.append(p)
for i in range(3):
    Resource(i)
p = None
gc.collect()
with Ignore():
    raise KeyError("suppressed")
with contextlib.suppress(ValueError):
    int("x")
print(len(kept))
