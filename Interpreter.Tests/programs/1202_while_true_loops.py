# `while True:` / `while 1:` compiled as CPython 3.11 does: no test, a NOP with the `while` line on
# entry and after `continue`, the back edge carrying the `while` line (line events identical under
# settrace); break, continue, else, nested loops, generators, try/finally inside, `while 0:`.
import sys

def scan(text):
    pos = 0
    parts = []
    while True:
        ch = text[pos]
        if ch == '"':
            break
        if ch == "\\":
            pos += 2
            continue
        parts.append(ch)
        pos += 1
    return "".join(parts), pos

def counted(n):
    i = 0
    while 1:
        i += 1
        if i >= n:
            return i

def with_else(n):
    while True:
        n -= 1
        if n < 0:
            break
    else:
        print("never")
    return n

def nested():
    out = []
    a = 0
    while True:
        a += 1
        b = 0
        while True:
            b += 1
            if b > a:
                break
            if (a + b) % 2:
                continue
            out.append((a, b))
        if a == 4:
            break
    return out

def gen():
    k = 0
    while True:
        k += 1
        yield k

def try_in_loop():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                raise ValueError(i)
        except ValueError as e:
            return "caught %s" % e
        finally:
            pass

def while_false():
    while 0:
        print("never")
    while False:
        pass
    else:
        return "else ran"

print(scan('ab\\"cd"rest'))
print(counted(5), with_else(3), nested())
g = gen()
print([next(g) for _ in range(4)])
print(try_in_loop(), while_false())

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("scan", "counted", "nested", "with_else", "try_in_loop", "while_false"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
sys.settrace(tracer)
scan('a\\"b"')
counted(2)
with_else(1)
nested()
try_in_loop()
while_false()
sys.settrace(None)
for e in events:
    print(*e)
