# cmath argument handling: counts, keywords, conversions and the module's namespace.
import cmath


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: cmath.sqrt())
show(lambda: cmath.sqrt(1, 2))
show(lambda: cmath.sqrt(z=1))
show(lambda: cmath.log())
show(lambda: cmath.log(1, 2, 3))
show(lambda: cmath.rect(1))
show(lambda: cmath.phase())
show(lambda: cmath.polar(1, 2))
show(lambda: cmath.isclose(1))
show(lambda: cmath.isclose(1, 2, 3))
show(lambda: cmath.isclose(a=1, b=1))
show(lambda: cmath.isclose(1, 1, tol=1))
show(lambda: cmath.isclose(1, 1.05, rel_tol=0.1, abs_tol=0.0))
show(lambda: cmath.rect("1", 2))
show(lambda: cmath.isnan("x"))
show(lambda: cmath.exp([1]))
show(lambda: repr(cmath.sqrt))
show(lambda: (cmath.sqrt.__name__, cmath.__name__))
show(lambda: sorted(n for n in dir(cmath) if not n.startswith("_")))
show(lambda: cmath.log(-1, -1))
show(lambda: cmath.exp(1e-320j))
show(lambda: cmath.sqrt(-0.0))
show(lambda: cmath.log(complex(1e-320, 0)))
show(lambda: cmath.acos(complex(1e308, -1e308)))
show(lambda: [cmath.sqrt(x) for x in (True, False, 2 ** 60, 0.25)])
