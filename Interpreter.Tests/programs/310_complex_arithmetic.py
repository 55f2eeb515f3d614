# complex arithmetic: literals, mixed int/float/complex operands (both sides), unary ops, abs, bool.
z = 3 + 4j
w = 1.5 - 2J
print(z, w, 1e3j, 3.5J, 0j, 1_000j, .5j)
print(z + w, z - w, z * w, z / w)
print(z + 1, 1 + z, z - 2, 2 - z, z * 3, 3 * z, z / 2, 2 / z)
print(z + 0.5, 0.5 + z, z - 0.25, 0.25 - z, z * 1.5, 1.5 * z, z / 4.0, 4.0 / z)
print(z + True, False - z, z * True)
print(-z, +z, -w, abs(z), abs(w), abs(-3j), abs(complex(3e200, 4e200)))
print(bool(0j), bool(1j), bool(0.0 + 0j), bool(complex(0, -0.0)), bool(1e-300j))
print(z.real, z.imag, z.conjugate(), (2j).conjugate(), type(z.real).__name__)
print((5).real, (5).imag, (2.5).imag, (7).conjugate(), (2.5).conjugate())
print(isinstance(1j, complex), isinstance(1, complex), type(1j).__name__, type(1j) is complex)
print(sum([1j, 2, 3.5, -0.5j]), sum((complex(i, -i) for i in range(5)), 0j))

acc = 1 + 0j
for k in range(1, 9):
    acc *= (1 + 1j) / k
    print(k, acc)

x = 2 + 3j
x += 1
x -= 1j
x *= 2
x /= 1 - 1j
print(x)

# division corner cases and errors
print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j / 1e-320)
for bad in [lambda: 1j / 0, lambda: 1 / 0j, lambda: (2 + 3j) / 0.0, lambda: 0j / 0j]:
    try:
        print(bad())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# operators complex does not support
for op in [lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 5 // 1j, lambda: 1j << 1, lambda: ~1j, lambda: round(2j)]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)

# dunder methods on the type
print((1j).__add__(2), (1j).__radd__(2.5), (1j).__mul__("x"), (3).__add__(1j), complex.__sub__(5j, 1))
print((2 + 2j).__truediv__(2), (2j).__rtruediv__(1), (1 + 1j).__neg__(), (1 + 1j).__abs__(), (0j).__bool__())
