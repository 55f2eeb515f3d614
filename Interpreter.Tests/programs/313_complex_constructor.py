# complex(): every argument form, __complex__/__float__/__index__ hooks, string parsing and errors.
print(complex(), complex(2), complex(2.5), complex(True), complex(1j), complex(2, 3), complex(2.5, -1.5))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2), complex(real=1, imag=2), complex(imag=3))
print(complex(-0.0, -0.0), complex(0, -0.0), complex(10**20, 10**-20), complex(False, True))


class Impedance:
    def __init__(self, r, x):
        self.r, self.x = r, x

    def __complex__(self):
        return complex(self.r, self.x)


class Ratio:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __float__(self):
        return self.n / self.d


class Index:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 42


print(complex(Impedance(50, -25)), complex(Ratio(1, 4)), complex(Ratio(1, 4), Ratio(3, 4)), complex(Index()), complex(1, Index()))

good = ["1+2j", "  (1+2j)  ", "( -3.5-4.25J )", "1e3", "-1e-3j", "j", "-j", "+J", "1+j", "2-j", "inf", "-infj", "nan+nanj",
        "infinity-infinityj", "1_000+2_000j", "\t5\n", "1.", ".5j", "1e+2+3e-1j", "-0", "-0-0j", "0.0-0.0j", "\u0661\u0662+\u0663j",
        "1e400", "1e-400j", "(0)"]
for s in good:
    print(repr(s), "->", complex(s))

bad = ["", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1+2j)", "1+2jj", "1..2", "abc", "1e", "2+3i", "((1))", "1_+2j", "_1", "1__0",
       "nanj+1", "1+2j ()", "+-1j", "\x00"]
for s in bad:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

errors = [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, None), lambda: complex(None),
          lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(BadComplex()), lambda: complex({}, 1), lambda: complex(10**400),
          lambda: complex(1, real=2), lambda: complex(b"1")]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
