# types.FunctionType(code, globals, name=None, argdefs=None, closure=None): functions built from
# code objects, their attributes and calls, and python3.11's messages for each bad argument.
import types

F = types.FunctionType


def mk():
    y = 5

    def inner(a):
        return a + y
    return inner


inner = mk()


def f(a, b=2):
    return a + b + x


g = F(f.__code__, {"x": 10, "__name__": "mod_g"})
print(g.__name__, g.__qualname__, g.__defaults__, g.__module__, g.__closure__)
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
print(g(1, 2))

h = F(f.__code__, {"x": 100}, "hh", (5,))
print(h.__name__, h.__qualname__, h.__defaults__, h(1), h.__module__)
print(repr(h).startswith("<function f at "))

k = F(code=f.__code__, globals={"x": 0}, name="kw", argdefs=(1,))
print(k.__name__, k(1))

c = F(inner.__code__, {"__name__": "mmm"}, None, None, inner.__closure__)
print(c(1), c.__module__, c.__qualname__, c.__closure__ is inner.__closure__ or c.__closure__ == inner.__closure__)
inner.__closure__[0].cell_contents = 40
print(c(2), inner(2))

cell = types.CellType(7)
d = F(inner.__code__, {}, "d", None, (cell,))
print(d(1))
cell.cell_contents = 8
print(d(1))

# The globals are the function's: a global assigned later is seen, builtins come from them.
gl = {"__builtins__": {"len": lambda o: -1}}


def uses_len(s):
    return len(s) + later


u = F(uses_len.__code__, gl)
gl["later"] = 1000
print(u("abc"))

bad = [
    lambda: F(1, {}),
    lambda: F(f.__code__, 1),
    lambda: F(f.__code__, {}, 3),
    lambda: F(f.__code__, {}, None, [1]),
    lambda: F(inner.__code__, {}),
    lambda: F(inner.__code__, {}, None, None, (1,)),
    lambda: F(inner.__code__, {}, None, None, [1]),
    lambda: F(inner.__code__, {}, None, None, (cell, cell)),
    lambda: F(f.__code__, {}, None, None, (cell,)),
    lambda: F(),
    lambda: F(f.__code__),
    lambda: F(f.__code__, {}, name="q", argdefs=(7,), closure=None, x=1),
    lambda: F(f.__code__, {}, nme="q"),
]
for t in bad:
    try:
        r = t()
        print("ok", r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
