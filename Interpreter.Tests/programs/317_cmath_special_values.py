# cmath special values (C99 Annex G): signed zeros, infinities and NaNs, branch cuts, and errors.
import cmath
inf, nan = float("inf"), float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["sqrt", "exp", "log", "acos", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "cos", "sin", "tan", "asin", "atan", "log10"]:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            try:
                r = f(complex(x, y))
                row.append(f"{r.real!r},{r.imag!r}")
            except ValueError:
                row.append("V")
            except OverflowError:
                row.append("O")
    print(name, " ".join(row))
# branch cuts: the sign of a zero imaginary part picks the side of the cut
for name in ["sqrt", "log", "asin", "acos", "atanh", "acosh", "asinh", "atan"]:
    f = getattr(cmath, name)
    args = [complex(-2.0, 0.0), complex(-2.0, -0.0), complex(2.0, 0.0), complex(2.0, -0.0), complex(0.0, 2.0), complex(-0.0, 2.0),
            complex(0.0, -2.0), complex(-0.0, -2.0)]
    print(name, [f(a) for a in args])
for f, arg in [(cmath.log, 0), (cmath.log, 0j), (cmath.log10, -0.0), (cmath.atanh, 1), (cmath.atanh, -1), (cmath.exp, 710), (cmath.exp, 1000 + 1j),
               (cmath.cosh, 800), (cmath.sinh, -800 + 1j), (cmath.sqrt, complex(inf, nan)), (cmath.exp, complex(0, inf)), (cmath.tan, complex(inf, 1)),
               (cmath.cos, complex(inf, 0)), (cmath.exp, complex(inf, inf)), (cmath.exp, complex(-inf, inf))]:
    try:
        print(f.__name__, arg, f(arg))
    except (ValueError, OverflowError) as e:
        print(f.__name__, arg, type(e).__name__, e)
