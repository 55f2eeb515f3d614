# generator.send(v) resumed inline by CALL_METHOD: values, StopIteration with the return value (also
# on a second send), the just-started TypeError, exceptions and finally blocks, frames and
# tracebacks, re-entrancy, argument errors, a class with its own send; ord() of str, bytes, errors.
import sys
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc(); print(next(a), a.send(5), a.send(7))
try: a.send(None)
except StopIteration as e: print("stop", e.value)
try: a.send(1)
except StopIteration as e: print("stop again", e.value)
b = acc()
try: b.send(3)
except TypeError as e: print(e)
print(b.send(None))
def g2():
    try:
        v = yield 1
        raise ValueError(v)
    finally:
        print("finally", sys._getframe().f_back.f_code.co_name)
def user():
    g = g2(); next(g)
    try: g.send("boom")
    except ValueError as e: print("caught", e)
    print(g.gi_running, g.gi_frame)
user()
def selfsend():
    x = yield
    yield gen.send(1)
gen = selfsend(); next(gen)
try: gen.send(2)
except ValueError as e: print(e)
def kw():
    g = acc(); next(g)
    try: g.send(value=1)
    except TypeError as e: print(e)
    try: g.send()
    except TypeError as e: print(e)
    try: g.send(1, 2)
    except TypeError as e: print(e)
kw()
def stopinside():
    yield 1
    raise StopIteration(5)
s = stopinside(); next(s)
try: s.send(1)
except RuntimeError as e: print("RuntimeError", e, type(e.__cause__).__name__)
def echo():
    r = []
    while True:
        v = yield len(r)
        if v == "end": return r
        r.append(v)
e = echo(); next(e)
print([e.send(i) for i in range(5)])
try: e.send("end")
except StopIteration as ex: print(ex.value)
def frames():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
def caller():
    f = frames(); print(next(f), f.send(None))
caller()
import traceback
def bad():
    yield
    1 / 0
def tb():
    g = bad(); next(g)
    try: g.send(2)
    except ZeroDivisionError:
        print([fr.name for fr in traceback.extract_tb(sys.exc_info()[2])])
tb()
class G:
    def send(self, v): return ("mine", v)
print(G().send(3))
def dflt(): yield 1
gg = dflt(); print(gg.send(None)); 
try: gg.send(None)
except StopIteration as e: print("stop", e.value)
print(ord("a"), ord("\u00e9"), ord("\uffff"), ord("\ud800"), ord("\U0001F600"), ord(b"z"), ord(bytearray(b"y")))
class S(str): pass
print(ord(S("q")))
print(ord(bytearray(b"\xff")), ord(memoryview(b"m")[0:1].tobytes()))
for bad in ("", "ab", 5, None, b"ab", b"", bytearray(b"xy"), bytearray(), "\U0001F600x", memoryview(b"a")):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ord(c="a")
except TypeError as e:
    print("TypeError:", e)
o = ord
print(list(map(o, "hé")), [ord(ch) < 0x20 for ch in "a\x01\t "])
