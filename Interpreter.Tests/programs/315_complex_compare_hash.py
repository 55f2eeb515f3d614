# equality with int/float/complex, ordering errors, hashing (equal values hash equal) and use as keys.
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1j == 1j, 1j != 1j, 2 + 0j != 2, 1 + 1j == 1, 1 + 1j != 1.0)
print(complex(0.0, 0.0) == complex(-0.0, -0.0), complex(float("nan"), 0) == complex(float("nan"), 0))
n = complex(float("nan"), 1)
print(n == n, n != n, [n] == [n], n in [n], 1j in [0, 1j], 1j == "1j", 1j == None, 1j != [])
print(2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == 1j, 10 ** 400 == complex(1e300, 0))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(-1j), hash(3 - 4j), hash(1.5 + 2.25j))
print(hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(1e300, 1e-300)), hash(complex(float("inf"), -float("inf"))))
d = {1: "one", 2.5: "two and a half", 3j: "three j"}
print(d[1 + 0j], d[2.5 + 0j], d[complex(0, 3)], (1 + 0j) in {1, 2}, {1j, 1j, 0j, 0, 0.0})
print(len({1, 1.0, 1 + 0j, True}), len({(1 + 0j, 2): 1, (1, 2.0): 2}))
for op in ["<", "<=", ">", ">="]:
    for a, b in [(1j, 2), (1, 2j), (1j, 2j), (1j, 2.0), ("x", 1j)]:
        try:
            print(eval(f"a {op} b"))
        except TypeError as e:
            print(op, "TypeError:", e)
try:
    sorted([3j, 1j, 2j])
except TypeError as e:
    print("sorted:", e)
print(sorted([3j, 1j, 2j, -1j], key=abs), max([1 + 1j, 3j, -2], key=lambda c: c.imag), sorted([2 - 1j, 1 + 5j], key=lambda c: (c.real, c.imag)))
print((1j).__eq__(1j), (1j).__eq__("x"), (1j).__lt__(2j), (1j).__ne__(0))
