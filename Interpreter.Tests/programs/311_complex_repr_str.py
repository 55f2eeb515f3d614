# repr/str of complex numbers: parentheses, signed zeros, inf/nan, exponents, inside containers.
inf = float("inf")
nan = float("nan")
values = [
    1j, -1j, 2 + 3j, 2 - 3j, complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
    -0j, 0j * -1, complex(1.5, 0.0), complex(-1.5, -0.0), complex(inf, 0), complex(0, inf), complex(-inf, -inf),
    complex(nan, 1), complex(1, nan), complex(nan, nan), complex(-nan, -nan), complex(inf, nan),
    1e16j, 1e15 + 1e16j, 1.5e-5j, 1e-4 + 1e-5j, 123456789012345678j, complex(1 / 3, 2 / 3), 0.1 + 0.2j,
    complex(2.0 ** 60, -(2.0 ** -30)), 5e-324j, complex(1.7976931348623157e308, 2.2250738585072014e-308),
]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v!r}")
print(values[:6])
print((1j, 2 - 0j), {"k": -1j}, [complex(1, -1)] * 2)
print("%s and %r" % (1 + 1j, 2 - 2j))
print(str(1j) == repr(1j), len(repr(complex(-0.0, -0.0))))
