# Generator introspection: gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended.
import sys


def counter(limit):
    n = 0
    while n < limit:
        print("  inside, running:", gen.gi_running, "frame is mine:", sys._getframe() is gen.gi_frame)
        yield n
        n += 1
    return "finished"


gen = counter(2)
print("code:", gen.gi_code.co_name, gen.gi_code is counter.__code__)
print("before start: running", gen.gi_running, "suspended", gen.gi_suspended,
      "line rel", gen.gi_frame.f_lineno - counter.__code__.co_firstlineno)
print("locals before start:", gen.gi_frame.f_locals)
print(next(gen))
frame = gen.gi_frame
print("suspended at rel line", frame.f_lineno - counter.__code__.co_firstlineno, "locals", sorted(frame.f_locals.items()))
print("suspended:", gen.gi_suspended, "f_back:", frame.f_back)
print(next(gen))
print("locals now:", sorted(frame.f_locals.items()))
try:
    next(gen)
except StopIteration as stop:
    print("stop value:", stop.value)
print("after finish: gi_frame", gen.gi_frame, "suspended", gen.gi_suspended, "running", gen.gi_running)


# yield from: the outer generator reports what it delegates to.
def inner():
    yield "a"
    yield "b"


def outer():
    yield "start"
    yield from inner_gen
    yield "end"


inner_gen = inner()
outer_gen = outer()
print(next(outer_gen), outer_gen.gi_yieldfrom)
print(next(outer_gen), outer_gen.gi_yieldfrom is inner_gen)
print(next(outer_gen), outer_gen.gi_yieldfrom is inner_gen)
print(next(outer_gen), outer_gen.gi_yieldfrom)
print(list(outer_gen), outer_gen.gi_yieldfrom, outer_gen.gi_frame)


# A pipeline of generators, inspected while suspended.
def numbers():
    for i in range(10):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


pipeline = evens(numbers())
print(next(pipeline), next(pipeline))
stage = pipeline.gi_frame
print("evens locals:", sorted(k for k in stage.f_locals))
src = stage.f_locals["src"]
print("source at x =", src.gi_frame.f_locals["i"])

# Closing a suspended generator finishes its frame.
pipeline.close()
print("closed:", pipeline.gi_frame, pipeline.gi_suspended)

# frame.clear() on a suspended generator's frame closes it.
def cleanup_aware():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


g = cleanup_aware()
next(g)
g.gi_frame.clear()
print("after clear:", g.gi_frame)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
