class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, etype, evalue, tb):
        print("close", self.name, etype.__name__ if etype else None, evalue)
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    print("inside", a, b)

with Resource("s", suppress=True):
    raise ValueError("suppressed")
print("continued")

try:
    with Resource("outer"), Resource("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Resource("outer2", suppress=True):
    with Resource("inner2"):
        1 / 0
print("outer suppressed inner's error")

# __exit__ raising replaces the exception
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Bad():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# missing protocol
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# with target unpacking
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Pair() as (x, [y, z]):
    print(x, y, z)

# loop control inside with
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        print("work", i)

import contextlib

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("body", t)
with tag("div"):
    1 / 0
print("after div")

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed index error")

# the enter result is the target, not the manager
class Mgr:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with Mgr() as v:
    print(v)
