# dict == dict as CPython's dict_equal: values compared with identity first (a nan equals itself),
# keys looked up with their stored hash (no second __hash__ call), a comparison that changes a
# dict, subclasses with __eq__, nested lists and dicts, recursion.
x = float('nan')
print({1: x} == {1: x}, {1: x} != {1: x}, {1: float('nan')} == {1: float('nan')})
print({'a': [x]} == {'a': [x]}, [x] == [x], (x,) == (x,), [x] == [float('nan')])
print({1: 1.0} == {1: 1}, {1: 2} == {1: 2.0}, {} == {}, {1: True} == {1: 1}, {1: 0.1 + 0.2} == {1: 0.3})
print({1: [1, {2: 3}]} == {1: [1, {2: 3}]}, {1: [1, {2: 3}]} == {1: [1, {2: 4}]}, {1: 2} == {2: 1})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1, 'b': 2}, {'a': 1} != {'a': 2})
print(1.5 == 1.5, 1.5 != 1.5, 2.0 == 2, float('inf') == float('inf'), -0.0 == 0.0)


class H:
    calls = 0

    def __hash__(self):
        H.calls += 1
        return 1

    def __eq__(self, other):
        return self is other


h = H()
d1 = {h: 1}
d2 = {h: 1}
H.calls = 0
print(d1 == d2, H.calls)
H.calls = 0
print(d1 == {H(): 1}, H.calls)


class Clears:
    def __eq__(self, other):
        d1.clear()
        return True


d1 = {1: Clears(), 2: 3}
d2 = {1: 0, 2: 3}
print(d1 == d2, d1)


class Grows:
    def __eq__(self, other):
        for i in range(10, 40):
            d1[i] = i
        return True


d1 = {1: Grows(), 2: 3}
d2 = {1: 0, 2: 3}
print(d1 == d2, len(d1))


class D(dict):
    def __eq__(self, other):
        return "custom"


class Plain(dict):
    pass


print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1), D(a=1) != {'a': 1})
print(Plain(a=1) == {'a': 1}, {'a': 1} == Plain(a=1), Plain(a=x) == {'a': x})


class Raises:
    def __eq__(self, other):
        raise KeyError("from __eq__")


try:
    {1: Raises()} == {1: 2}
except KeyError as e:
    print("KeyError", e)

a = {}
a['x'] = a
try:
    a == {'x': a}
    print("no error")
except RecursionError as e:
    print("RecursionError", e)
l = []
l.append(l)
try:
    l == [l]
    print("no error")
except RecursionError as e:
    print("RecursionError", e)
print(a == a, l == l)
