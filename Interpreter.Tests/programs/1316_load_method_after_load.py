# LOAD_FAST LOAD_METHOD and LOAD_GLOBAL LOAD_METHOD run in one dispatch: the method lookups'
# errors at the right line, dict/list subclasses with overridden methods, a method replaced on a
# subclass mid-loop, a global rebound between calls, __getattr__ and tracing.
import sys
import traceback

TABLE = {"a": 1, "b": 2}


def lines_of(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        return type(e).__name__, [t.lineno - fn.__code__.co_firstlineno for t in tb[1:]], str(e)
    return "no error"


def split_lines(o):
    x = 1
    r = o.missing(
        x)
    return r


def global_split():
    y = 0
    return TABLE.nope()


def local_ok(parts, ch):
    parts.append(ch)
    return parts.pop()


print(lines_of(split_lines, [1]))
print(lines_of(split_lines, None))
print(lines_of(global_split))
print(lines_of(local_ok, [], "x"))
print(lines_of(local_ok, (), "x"))


class D(dict):
    def get(self, k, default=None):
        return ("sub", k, default)


class L(list):
    pass


def use(d, keys):
    out = []
    for k in keys:
        out.append(d.get(k))
        out.append(TABLE.get(k, 0))
    return out


print(use({"a": 5}, "ab"))
print(use(D(), "ab"))


def grow(lst, n):
    for i in range(n):
        if i == 2:
            L.append = lambda self, x: list.append(self, x * 10)
        lst.append(i)
    return lst


print(grow(L(), 4))
del L.append
print(grow(L(), 3), grow([], 3))


def swap_global(keys):
    global TABLE
    r = []
    for i, k in enumerate(keys):
        if i == 1:
            TABLE = D()
        if i == 2:
            TABLE = {"c": 3}
        r.append(TABLE.get(k))
    return r


print(swap_global("abc"))


class G:
    def __getattr__(self, name):
        if name == "shout":
            return lambda x: x.upper()
        raise AttributeError(name)

    def plain(self):
        return "plain"


g = G()


def calls(o):
    return o.shout("hi"), o.plain()


print(calls(g))
print(lines_of(lambda o: o.whisper("x"), g))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "use":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
print(use({"b": 1}, "b"))
sys.settrace(None)
print(events)

prof = []
sys.setprofile(lambda fr, ev, arg: prof.append((ev, getattr(arg, "__name__", None))) if ev.startswith("c_") else None)
use({}, "a")
sys.setprofile(None)
print(prof)
