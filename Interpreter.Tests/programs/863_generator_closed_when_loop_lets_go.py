# A generator that only a for loop (or a comprehension) holds is closed the moment the loop lets
# go of it early (break, return, an exception), as CPython's reference counting does: its finally
# blocks and with-exits run before the code after the loop.
import io
import re
import sys


def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup", tag)


def section(title):
    print(title)


section("break")
for x in g("break"):
    break
print("  after break")

section("return")
def first():
    for x in g("return"):
        return x
print("  returned", first())

section("exception caught outside the loop")
try:
    for x in g("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("  caught", e)

section("exception leaving the frame")
def k():
    for x in g("frame"):
        1 / 0
try:
    k()
except ZeroDivisionError:
    print("  caught ZeroDivisionError")

section("exception handled inside the body")
for x in g("handled-inside"):
    try:
        raise KeyError
    except KeyError:
        print("  handled, still iterating", x)
    break
print("  after")

section("nested loops")
for a in g("outer"):
    for b in g("inner"):
        break
    print("  between")
    break

section("a stored generator stays open")
G = g("stored")
for x in G:
    break
print("  next:", next(G))
G.close()

section("exhausted")
for x in g("exhausted"):
    pass
print("  after")

section("generator expression over a generator")
def src():
    try:
        yield from range(5)
    finally:
        print("  src cleanup")
for x in (i * 2 for i in src()):
    if x == 4:
        break
print("  after genexpr")

section("a generator looping over a generator")
def outer():
    for x in g("under outer"):
        yield x
for y in outer():
    break
print("  after outer")

section("method generator")
class Bag:
    def items(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("  Bag.items cleanup")
for it in Bag().items():
    print("  got", it)
    break

section("with-exit in the generator")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("  __exit__ with", exc[0].__name__ if exc[0] else None)
        return False
def with_gen():
    with CM():
        yield 1
        yield 2
for x in with_gen():
    break

section("order against the except handler")
def noisy():
    try:
        yield 1
    finally:
        print("  finally sees exc_info:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    for x in noisy():
        raise TypeError("t")
except TypeError:
    print("  handler runs after the finally")

section("unraisable")
captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
def bad():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
for x in bad():
    break
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
for x in stubborn():
    break
sys.stderr = saved
print(re.sub(r"0x[0-9a-f]+", "0x...", captured.getvalue()).replace(__file__, "FILE"))
print("end")
