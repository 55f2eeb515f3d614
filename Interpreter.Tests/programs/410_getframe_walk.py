# Walking the call stack with sys._getframe: names, line numbers, locals snapshots.
import sys


def where(depth=1):
    frame = sys._getframe(depth)
    return f"{frame.f_code.co_name}:{frame.f_lineno}"


def stack_names():
    names = []
    frame = sys._getframe(1)
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def level3(z):
    local_note = "deep"
    print("stack:", " <- ".join(stack_names()))
    print("caller of level3:", where(2))
    me = sys._getframe()
    print("my name:", me.f_code.co_name, "line", me.f_lineno)
    print("locals:", sorted((k, v) for k, v in me.f_locals.items() if k != "me"))
    parent = me.f_back
    print("parent locals:", sorted(parent.f_locals))
    return z * 2


def level2(y):
    tmp = y + 1
    return level3(tmp)


def level1(x):
    return level2(x * 10)


print(level1(4))

# f_locals is a snapshot: later assignments show up on the next access.
def snapshot():
    frame = sys._getframe()
    a = 1
    first = dict(frame.f_locals)
    b = 2
    second = frame.f_locals
    print("first:", sorted(first))
    print("second:", sorted(k for k in second if k != "second"))
    print("same dict each time:", frame.f_locals is frame.f_locals)


snapshot()

# Closures: cell and free variables appear in f_locals too.
def outer():
    captured = "cell"

    def inner():
        seen = captured
        return sorted(sys._getframe().f_locals.items())

    return inner()


print(outer())

# Module and class bodies: f_locals is the namespace itself.
module_frame = sys._getframe()
print(module_frame.f_code.co_name, module_frame.f_locals is globals(), module_frame.f_back)
print(module_frame.f_globals is globals(), module_frame.f_builtins["len"] is len)


class Config:
    debug = True
    body_frame = sys._getframe()
    print("class body:", body_frame.f_code.co_name, sorted(k for k in body_frame.f_locals if not k.startswith("__")))


try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

# A caller-aware helper, the way logging-style utilities use frames.
def log(msg):
    caller = sys._getframe(1)
    print(f"[{caller.f_code.co_name} line {caller.f_lineno}] {msg}")


def business():
    log("starting")
    total = sum(range(5))
    log(f"total={total}")


business()
print(type(module_frame).__name__)
print(repr(sys._getframe()).startswith("<frame at 0x"), repr(sys._getframe()).endswith(", line 106, code <module>>"))
