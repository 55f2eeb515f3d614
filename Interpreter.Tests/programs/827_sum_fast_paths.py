# sum() over ints, bools, floats and mixtures: the results (values and types) of CPython's int and
# float fast paths and of the generic path they fall back to, overflow past 64 bits, subclasses.
import sys

M = sys.maxsize


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"


class MyFloat(float):
    def __radd__(self, other):
        return "MyFloat.__radd__"


cases = [
    ([], None), ([], 5), ([], True), ([], 2.5), ([True, True, False], None), ([True, True], True),
    ([1, 2, 3], None), ([M, 1], None), ([M, 1, -M], None), ([-M, -2], None), ([2 ** 70, -(2 ** 70), 1], None),
    ([1, 2.5, 3], None), ([0.1] * 10, None), ([1.5, 2 ** 80], None), ([1.5, 2 ** 40, True], None),
    ([1, 2], 0.5), ([1e308, 1e308], None), ([float("inf"), -float("inf")], None), ([1, 2], 2 ** 64),
    ([MyInt(3)], None), ([1, MyInt(3)], None), ([1.0, MyInt(3)], None), ([MyFloat(1.5)], None),
    ([1.0, MyFloat(1.5)], None), ([2, MyFloat(1.5)], None), ([1, 2], MyInt(5)), ([1j, 2], None),
    ([[1], [2]], []), ([(1,), (2,)], ()), ([1.5, 2, 3.25], 1), ([M, M, M, 0.5], None),
]
for items, start in cases:
    try:
        r = sum(items) if start is None else sum(items, start)
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
print(sum(x for x in range(10 ** 5)), sum(x * 0.5 for x in range(1000)), sum(range(-5, 5), start=0.0))
for bad in (([1, "a"], None), (["a"], ""), ([b"a"], b""), ([1, None], 0), ([1.5, None], None)):
    try:
        sum(bad[0]) if bad[1] is None else sum(bad[0], bad[1])
    except TypeError as e:
        print("TypeError", e)
