# sys.settrace / sys.setprofile set inside a callee several calls deep: the callers above it see
# the events of their returns and (trace) of the calls they make afterwards, exactly as in CPython.
# Herthon runs these calls inline; the hook is noticed by the call that sets it, not by the returns.
import sys

events = []

def record(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("outer", "middle", "setter", "leaf", "gen", "hooked_gen", "consume"):
        events.append((name, event, frame.f_lineno - FIRST))
    return record

FIRST = sys._getframe().f_lineno

def leaf(x):
    y = x + 1
    return y

def setter(install):
    install(record)
    z = 1
    return z

def middle(install):
    a = setter(install)
    b = a + 1
    for i in range(2):
        b += leaf(i)
    return b

def gen():
    yield 1
    yield 2

def outer(install):
    r = middle(install)
    s = sum(gen())
    return r + s + leaf(10)

for install, clear in ((sys.settrace, lambda: sys.settrace(None)), (sys.setprofile, lambda: sys.setprofile(None))):
    events.clear()
    result = outer(install)
    clear()
    print(install.__name__, result)
    for e in events:
        print("   ", e)

# A hook set in a generator resumed by a for loop: the loop's frame and the generator's.
def hooked_gen():
    yield 1
    sys.setprofile(record)
    yield 2
    yield 3

def consume():
    t = 0
    for v in hooked_gen():
        t += v
    return t

events.clear()
print("gen", consume())
sys.setprofile(None)
for e in events:
    print("   ", e)
