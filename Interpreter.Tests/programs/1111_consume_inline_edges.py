# Generators consumed inline by sum/list/tuple/sorted: started, running, closed or thrown into from
# inside, shared with an outer for loop, nested consumers, exception state, frames, recursion.
import sys


def gen(n):
    for i in range(n):
        yield i


# Already started, already finished.
g = gen(6)
next(g); next(g)
print(sum(g), list(g), sum(g))
g = gen(4)
print(list(g), tuple(g), sorted(g))

# Shared with an outer for loop: the consumer takes the rest, the loop then ends.
it = gen(10)
for x in it:
    print("outer", x, sum(it))
it = gen(6)
for x in it:
    print("outer2", x, list(x * 10 for x, _ in zip(it, range(2))))

# Nested consumers.
print(sum(sum(j for j in range(i)) for i in range(10)))
print(list(tuple(range(i)) for i in range(4)), sorted(sum(gen(i)) for i in (5, 3, 4)))
print(sum(len(list(gen(i))) for i in range(20)))


# Running: the generator consumes itself.
def selfish():
    yield 1
    yield sum(me)


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


# Closed and thrown into from inside while a consumer runs it.
def closer():
    yield 1
    try:
        cg.close()
    except ValueError as e:
        print("close inside:", e)
    try:
        cg.throw(KeyError("k"))
    except ValueError as e:
        print("throw inside:", e)
    yield 2


cg = closer()
print(sum(cg))


# gi_running, gi_frame, f_back, sys._getframe inside a consumed generator.
def introspect():
    f = sys._getframe()
    yield ig.gi_running
    yield f.f_back.f_code.co_name
    yield ig.gi_frame is f
    yield sys._getframe(1).f_code.co_name


def consumer_fn():
    return list(introspect())


ig = introspect()
print(list(ig))
ig = introspect()
print(tuple(ig))


# The exception state: the generator sees its own, the caller keeps its own.
def exc_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


class Adder:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        print("radd sees", sys.exc_info()[0], "running", eg.gi_running)
        return o + self.v


def exc_adder():
    yield 1
    try:
        raise KeyError("x")
    except KeyError:
        yield Adder(10)
    yield 2


try:
    raise ValueError("outer")
except ValueError:
    print(list(exc_gen()))
    eg = exc_adder()
    print(sum(eg))
    print("after", sys.exc_info()[0])


# A consumer error leaves the generator suspended where it was.
def counted():
    for i in range(5):
        yield i if i != 2 else "two"


cnt = counted()
try:
    sum(cnt)
except TypeError as e:
    print("TypeError", e, "then", list(cnt))


# finally blocks run as the consumer finishes the generator.
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


print(sum(fin()), list(fin()))


# Recursion: consumers under a low limit raise RecursionError like the general path.
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) + 1 if n else 0


sys.setrecursionlimit(200)
try:
    deep(500)
except RecursionError as e:
    print("RecursionError", e)
print(deep(30))
sys.setrecursionlimit(1000)


# A generator function returning a value: the consumer ignores it.
def ret():
    yield 1
    return 99


print(sum(ret()), list(ret()))
