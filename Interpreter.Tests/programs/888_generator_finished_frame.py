# conformance: own-process
# A finished generator lets go of its frame's locals: gi_frame is None, objects only its locals
# held can be collected (weakref callbacks fire) while the generator object lives on. A frame
# handed out earlier (gi_frame, a traceback) keeps its locals readable.
import gc
import inspect
import sys
import weakref


class Payload:
    def __init__(self, name):
        self.name = name


dead = []
refs = []   # the weak references live on: a callback fires only while its weakref does


def gen(n):
    p = Payload("gen")
    refs.append(weakref.ref(p, lambda _: dead.append("gen payload")))
    for i in range(n):
        yield i
    return "done"


# finished by a for loop (inline resume), the generator kept
g = gen(2)
for x in g:
    pass
gc.collect()
print("for:", dead, g.gi_frame, inspect.getgeneratorstate(g))
dead.clear()

# finished by list() (resumed from C#)
g = gen(3)
print(list(g))
gc.collect()
print("list:", dead, g.gi_frame)
dead.clear()

# finished by next() with the StopIteration value
g = gen(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
gc.collect()
print("next:", dead)
dead.clear()

# finished by send()
def acc():
    p = Payload("acc")
    refs.append(weakref.ref(p, lambda _: dead.append("acc payload")))
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


a = acc()
next(a)
a.send(5)
try:
    a.send(None)
except StopIteration as e:
    print("acc returned", e.value)
gc.collect()
print("send:", dead, a.gi_frame)
dead.clear()


# yield from: the inner generator finished inside the outer one
def outer():
    r = yield from gen(2)
    yield r


o = outer()
print(list(o))
gc.collect()
print("yield from:", dead)
dead.clear()


# closed before it started: its arguments go
def holder(obj):
    yield obj


p = Payload("arg")
refs.append(weakref.ref(p, lambda _: dead.append("arg")))
h = holder(p)
del p
h.close()
gc.collect()
print("closed unstarted:", dead, h.gi_frame)
dead.clear()

# a frame taken while suspended keeps its locals after the generator finishes
g = gen(2)
next(g)
fr = g.gi_frame
print("suspended locals", sorted(fr.f_locals))
for _ in g:
    pass
gc.collect()
print("kept by gi_frame:", dead, sorted(fr.f_locals), fr.f_locals["p"].name)
# (Herthon's escaped frame is the generator's own: its locals go with both, not with fr alone)
del fr, g
gc.collect()
print("frame let go:", dead)
dead.clear()


# a generator that raised: the traceback keeps the frame and its locals
def failing():
    q = Payload("failing")
    yield 1
    raise ValueError("bad")


f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("traceback locals", tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["q"].name)
print(f.gi_frame)

# the finished generator still answers
g = gen(1)
list(g)
print(next(g, "exhausted"), g.gi_running, g.gi_code.co_name, g.__name__)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw into finished", repr(e))
g.close()
print(inspect.getgeneratorstate(g))

# coroutines too
import asyncio


async def co():
    p = Payload("co")
    refs.append(weakref.ref(p, lambda _: dead.append("co payload")))
    return 42


c = co()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
gc.collect()
print("coroutine:", dead, c.cr_frame)
