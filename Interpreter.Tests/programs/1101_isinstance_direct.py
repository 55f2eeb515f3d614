# isinstance called from CALL without the generic call path, and isinstance(x, (C1, ..., Cn))
# tested on the stack without building the tuple: every kind of second argument, subclasses,
# metaclasses with __instancecheck__, unions, errors, shadowed and rebound names, keywords.
import abc
import sys


class A: pass
class B(A): pass
class C: pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__", cls.__name__, type(obj).__name__)
        return obj == 42


class M(metaclass=Meta): pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


class Concrete:
    def f(self): return 1


Abstract.register(Concrete)

objs = [A(), B(), C(), 1, "s", 2.5, True, None, [], (), 42, Concrete()]


def plain():
    out = []
    for o in objs:
        out.append((isinstance(o, A), isinstance(o, B), isinstance(o, int), isinstance(o, object),
                    isinstance(o, bool), isinstance(o, type(None))))
    return out


def tuples():
    out = []
    for o in objs:
        out.append((isinstance(o, (int, str)), isinstance(o, (A, C)), isinstance(o, ()),
                    isinstance(o, (B,)), isinstance(o, (float, list, tuple, dict))))
    return out


def with_meta():
    out = []
    for o in [1, 42, M(), "x"]:
        out.append((isinstance(o, M), isinstance(o, (int, M)), isinstance(o, (str, M))))
    return out


def with_abc():
    return [(isinstance(o, Abstract), isinstance(o, (int, Abstract))) for o in objs]


def nested_tuple():
    return [isinstance(o, (int, (str, A))) for o in objs]


def unions():
    return [(isinstance(o, int | str), isinstance(o, (A | None, float))) for o in objs]


def errors():
    for cls in [1, "int", (int, 1), (1,), [int]]:
        try:
            print(isinstance(3, cls))
        except TypeError as e:
            print("TypeError", e)
    try:
        isinstance(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        isinstance(1, int, str)
    except TypeError as e:
        print("TypeError", e)
    try:
        isinstance(1, cls=int)
    except TypeError as e:
        print("TypeError", e)
    try:
        isinstance(obj=1, class_or_tuple=int)
    except TypeError as e:
        print("TypeError", e)


def error_traceback():
    def inner(x):
        return isinstance(x, (int, 5))
    try:
        inner(3.0)
    except TypeError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("TypeError", e, names)


def shadowed():
    def isinstance(a, b):
        return ("mine", a, b)
    return isinstance(1, (int, str)), isinstance(1, int)


def rebound():
    import builtins
    orig = builtins.isinstance
    builtins.isinstance = lambda a, b: ("rebound", a, b)
    try:
        return isinstance(1, (int, str)), isinstance(2, int)
    finally:
        builtins.isinstance = orig


def class_changes():
    class P: pass
    class Q: pass
    p = P()
    out = [isinstance(p, (Q, int))]
    p.__class__ = Q
    out.append(isinstance(p, (Q, int)))
    out.append(isinstance(p, P))
    return out


def loop(n):
    hits = 0
    o_list = [A(), B(), C(), 1, "s"]
    for i in range(n):
        o = o_list[i % 5]
        if isinstance(o, A):
            hits += 1
        if isinstance(o, (int, str)):
            hits += 2
    return hits


def profiled():
    calls = []

    def prof(frame, event, arg):
        if event in ("c_call", "c_return"):
            calls.append((event, arg.__name__))
    sys.setprofile(prof)
    r = (isinstance(1, (int, str)), isinstance("s", int))
    sys.setprofile(None)
    return r, calls


def tuple_value_used():
    t = (int, str)
    return isinstance(1, t), isinstance(1.0, t), t


print(plain())
print(tuples())
print(with_meta())
print(with_abc())
print(nested_tuple())
print(unions())
errors()
error_traceback()
print(shadowed())
print(rebound())
print(class_changes())
print(loop(1000))
print(profiled())
print(tuple_value_used())
