# complex powers: small integer exponents (repeated multiplication), general exponents, negative
# bases raised to fractional powers, and the errors CPython raises.
z = 1 + 1j
for n in [0, 1, 2, 3, 4, 5, 8, 16, 31, -1, -2, -3, 100, -100, 101, 1000]:
    print(n, z ** n, (0.5 - 0.75j) ** n)
print(z ** 0.5, z ** 1.5, z ** -0.5, z ** 2.0, z ** (1 + 1j), 2 ** z, 2.5 ** z, 1j ** 1j, (-1) ** 0.5j)
print(pow(3 + 4j, 2), pow(3 + 4j, 0.5), pow(2, 1j), pow(-1, 1 / 2), pow(-8, 1 / 3), (-2.0) ** 1.5, (-1) ** 0.25)
print((-8) ** (1 / 3), (-27.0) ** (2 / 3), (-0.5) ** 0.5, (-1e10) ** 0.1, (-2.0) ** -0.5)
print((-2.0) ** 2.0, (-2) ** -1, (-2.0) ** 3, (-2.0) ** float("inf"), (-2.0) ** float("nan"), (-1.0) ** -float("inf"))
print(0j ** 0, 0j ** 1, 0j ** 2.5, (0j) ** 0j, 1j ** 2, 1j ** 3, 1j ** 4, (1j ** 2).imag)
big = complex(1e200, 1e200)
for f in [lambda: 0j ** -1, lambda: 0j ** -2.5, lambda: 0j ** 1j, lambda: big ** 2, lambda: big ** 2.5, lambda: complex(1e300, 0) ** 3,
          lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 5), lambda: 1j ** 10 ** 400, lambda: 10 ** 400 * 1j]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = 2 + 0j
x **= 10
print(x)
