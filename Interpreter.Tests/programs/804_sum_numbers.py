# sum() over ints, bools and floats: 64-bit overflow into big ints, the switch from int to float
# part-way, int subclasses and float subclasses with reflected operators, big ints among floats,
# nan/inf/-0.0, start values, and a generator raising part-way.
class I(int):
    def __radd__(self, other):
        return "I.radd"

    def __add__(self, other):
        return "I.add"


class F(float):
    def __radd__(self, other):
        return "F.radd"


M = 2 ** 63 - 1
cases = [
    [], [1, 2, 3], [True, True, 2], [M, 1], [-M, -1, -1], [M, -M, M], [2 ** 64, 1], [1, 2.5, 3],
    [1.5, 2, True], [0.1] * 10, [1e308, 1e308], [float("inf"), -float("inf")], [-0.0, -0.0],
    [1.5, 2 ** 70], [1.5, M], [1.5, 2 ** 53 + 1], [1.0, 10 ** 400], [float("nan"), 1], [1, 2, 3.0, 4, 5.5, 10 ** 30], [0.5, 1j], [1, 2, 1j],
]
for c in cases:
    for start in ((), (0,), (0.0,), (-0.0,), (10,), (True,), (2 ** 70,), (1.5,)):
        try:
            r = sum(c, *start)
            print(c if len(repr(c)) < 60 else len(c), start, repr(r), type(r).__name__)
        except Exception as e:
            print(c if len(repr(c)) < 60 else len(c), start, type(e).__name__ + ":", e)

# subclasses with reflected operators (starts whose own + takes the subclass operand first)
for c in ([1.0, I(2)], [I(2)], [1, I(2)], [1.0, F(2.0)], [2, F(1.5)]):
    for start in ((), (0,), (0.0,), (5,), (2.5,)):
        r = sum(c, *start)
        print(c, start, repr(r), type(r).__name__)

print(sum(x * 0.5 for x in range(1000)), sum(range(10 ** 6)), sum(i % 7 == 0 for i in range(1000)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([F(1.0)], 0.0))


def gen():
    yield 1.5
    yield 2
    raise ValueError("part-way")


try:
    sum(gen())
except ValueError as e:
    print("ValueError:", e)
for bad in ([1, "a"], [1.5, "a"], ["a"]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)

# list element stores on the fast path (nbody's v[0] -= dx * m)
v = [1.0, 2.0, 3.0]
w = v
for k in range(3):
    v[k] -= v[k] * 0.5
    v[-1 - k] += 1
print(v, w is v, v == w)
