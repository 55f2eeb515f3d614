# Every math function given a complex argument: TypeError with CPython's message (math.prod accepts it).
import gc
import math


def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)


z = 1j
for name in ["ceil", "floor", "trunc", "fabs", "sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin",
             "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "degrees", "radians", "erf", "erfc", "gamma", "lgamma",
             "isfinite", "isinf", "isnan", "frexp", "modf", "isqrt", "factorial", "ulp", "cbrt", "exp2"]:
    show(name, lambda: getattr(math, name)(z))
for name, f in [("prod", lambda: math.prod([1j, 2, 1 + 1j])), ("prod start", lambda: math.prod([2, 3], start=1j)), ("fsum", lambda: math.fsum([1j])),
                ("hypot", lambda: math.hypot(1j)), ("dist", lambda: math.dist([1j], [0])), ("copysign", lambda: math.copysign(1j, 1)),
                ("atan2", lambda: math.atan2(1j, 1)), ("fmod", lambda: math.fmod(1, 1j)), ("pow", lambda: math.pow(1j, 2)),
                ("ldexp", lambda: math.ldexp(1j, 2)), ("gcd", lambda: math.gcd(1j, 2)), ("comb", lambda: math.comb(1j, 2)),
                ("log base", lambda: math.log(10, 1j)), ("isclose", lambda: math.isclose(1j, 1j)), ("remainder", lambda: math.remainder(1j, 1)),
                ("nextafter", lambda: math.nextafter(1j, 1)), ("perm", lambda: math.perm(3, 1j)), ("gc.is_tracked", lambda: gc.is_tracked(1j))]:
    show(name, f)
