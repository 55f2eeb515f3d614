# complex with the rest of the language: copy, json, operator/functools, max/min errors, read-only members,
# subclasses overriding operators, and user classes on the other side of an operator.
import copy
import functools
import json
import operator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: copy.copy(1j))
show(lambda: copy.deepcopy([1j, (2 + 3j, {"z": -1j})]))
show(lambda: json.dumps(1j))
show(lambda: json.dumps({"re": (3 + 4j).real, "im": (3 + 4j).imag}))
show(lambda: functools.reduce(operator.mul, [1j, 2, 3 + 1j]))
show(lambda: operator.truediv(1j, 0))
show(lambda: [operator.add(1j, 1), operator.neg(1 - 1j), operator.pow(2j, 2), operator.eq(1 + 0j, 1), operator.abs(-3 - 4j)])
show(lambda: complex.__new__(complex, 1))
show(lambda: type(1j)(2))
show(lambda: max(1j, 2j))
show(lambda: min([1j, 2]))
show(lambda: max([3, 1.5, 2]))
show(lambda: max([1 - 1j, 2 + 0j, -3j], key=abs))
show(lambda: [1j] < [2j])
show(lambda: (1j, 1) < (1j, 2))
show(lambda: 1j < None)
show(lambda: "a" * 1j)
show(lambda: "{0.real} {0.imag} {0!r:>8}".format(3 + 4j))
show(lambda: [name for name in dir(1j) if not name.startswith("_")])


def set_imag():
    z = 1j
    z.imag = 2


def set_other():
    z = 1j
    z.note = "x"


show(set_imag)
show(set_other)


class Tagged(complex):
    pass


c = Tagged(3, -1)
c.tag = "sensor"
print(c, c.tag, type(c + 1).__name__, type(-c).__name__, type(+c).__name__, Tagged("1j").imag, complex.__new__(Tagged, 5j))


class Loud(complex):
    def __add__(self, other):
        return "Loud.__add__"

    def __radd__(self, other):
        return "Loud.__radd__"


print(Loud(1) + 1, 1 + Loud(1), 1j + Loud(1), 2.5 + Loud(1), Loud(1) * 2)


class Meters:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return ("Meters.__radd__", other)

    def __rmul__(self, other):
        return ("Meters.__rmul__", other)


show(lambda: 1j + Meters(2))
show(lambda: (2 - 1j) * Meters(2))
show(lambda: Meters(2) + 1j)
