# Exception notes (PEP 678), range value semantics (equality, hashing, slicing), bare object() attributes
def parse(line):
    try:
        key, value = line.split("=")
        return key.strip(), int(value)
    except ValueError as e:
        e.add_note(f"while parsing line {line!r}")
        raise
for line in ["a = 1", "b = x", "c"]:
    try:
        print(parse(line))
    except ValueError as e:
        print(type(e).__name__, e, e.__notes__)
e = KeyError("k")
e.add_note("first")
e.add_note("second")
print(e.__notes__, hasattr(ValueError(), "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:5], r[::-1], r[::2], 9 in r, 10 in r, r.index(12), r.count(6))
print(range(3) == range(0, 3), range(0) == range(4, 1), range(1, 2) == range(1, 9, 10), range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)), len({range(2), range(0, 2), range(0, 2, 1)}))
print({range(3): "a"}[range(0, 3)], range(5)[-2:], list(range(10, 0, -3)), range(-5, 5, 4)[1], bool(range(0)), bool(range(1)))
try:
    range(1, 2, 0)
except ValueError as err:
    print("ValueError:", err)
try:
    range(3)[5]
except IndexError as err:
    print("IndexError:", err)
try:
    range(3).index(7)
except ValueError as err:
    print("ValueError:", err)
o = object()
print(hasattr(o, "__dict__"), type(o).__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as err:
    print("AttributeError:", err)
class Empty: pass
em = Empty()
em.x = 1
print(em.__dict__, Empty.__dict__["__module__"], "x" in vars(em))
