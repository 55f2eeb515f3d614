# Frames that outlive their call keep their own locals and line: frames reached through a
# traceback, sys._getframe, f_back, a generator or a closure's cells, and those a trace function
# saw, stay as they were after the same function has run again (and again, recursively).
import sys


def work(n, fail=False):
    local = n * 10
    if fail:
        raise KeyError(n)
    return local


def keep_traceback():
    saved = []
    for n in (1, 2):
        try:
            work(n, fail=True)
        except KeyError as e:
            saved.append(e.__traceback__)
    for n in range(5):
        work(n)
    for tb in saved:
        inner = tb.tb_next.tb_frame
        print("tb:", inner.f_code.co_name, inner.f_locals, inner.f_lineno, tb.tb_frame.f_code.co_name)


keep_traceback()


def snapshot(tag):
    frame = sys._getframe()
    caller = frame.f_back
    return frame, caller, tag


def caller_a(x):
    here = x + 1
    return snapshot("a")


def caller_b(y):
    there = y * 2
    return snapshot("b")


kept = [caller_a(1), caller_b(2), caller_a(3)]
for i in range(10):
    caller_a(i)
    caller_b(i)
    snapshot(i)
for frame, caller, tag in kept:
    print("getframe:", tag, frame.f_locals["tag"], frame.f_lineno, caller.f_code.co_name, caller.f_locals, caller.f_lineno)


def outer(v):
    def read():
        return v
    v += 100
    return read


readers = [outer(i) for i in range(4)]
for i in range(20):
    outer(-i)
print("closures:", [r() for r in readers])


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


def run_gens():
    g1 = gen(4)
    g2 = gen(4)
    print("gen:", next(g1), next(g1), next(g2))
    for _ in range(3):
        list(gen(3))
    print("gen:", g1.gi_frame.f_locals, g2.gi_frame.f_lineno, list(g1), list(g2))


run_gens()


def fact(n):
    if n <= 1:
        return sys._getframe()
    return fact(n - 1)


bottom = fact(5)
for i in range(3):
    fact(7)
chain = []
f = bottom
while f is not None and f.f_code.co_name == "fact":
    chain.append(f.f_locals["n"])
    f = f.f_back
print("f_back chain:", chain, f.f_code.co_name)

seen = []


def tracer(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "work":
        seen.append(frame)
    return tracer


def traced():
    sys.settrace(tracer)
    work(7)
    work(8)
    sys.settrace(None)


traced()
for i in range(5):
    work(i)
print("settrace:", [(fr.f_locals["n"], fr.f_locals["local"], fr.f_lineno) for fr in seen])


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def frames_of_fib(n):
    result = []
    def probe(frame, event, arg):
        if event == "call" and frame.f_code.co_name == "fib" and len(result) < 4:
            result.append(frame)
        return None
    sys.settrace(probe)
    fib(n)
    sys.settrace(None)
    fib(n)
    return [(fr.f_locals["n"], fr.f_back.f_code.co_name) for fr in result]


print("fib frames:", frames_of_fib(6), fib(20))
