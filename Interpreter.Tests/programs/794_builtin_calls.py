# Calls of builtin functions and methods with the argument shapes programs use.
from collections.abc import Sequence, Mapping
import numbers

class Animal: pass
class Dog(Animal): pass
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    quack = True

values = [Dog(), Animal(), 3, 2.5, "s", [1], (1,), {"k": 1}, True, None, Robot()]
for v in values:
    name = type(v).__name__
    print(name, isinstance(v, Animal), isinstance(v, (int, str)), isinstance(v, (float, Dog)),
          isinstance(v, Sequence), isinstance(v, Mapping), isinstance(v, numbers.Number),
          isinstance(v, int | None), isinstance(v, (Duck, list)), isinstance(v, ((bool,), (tuple,))))
print(issubclass(Dog, (str, Animal)), issubclass(bool, int), issubclass(list, Sequence))
try:
    isinstance(3, (int, 5))
except TypeError as e:
    print("no error (int matched first)", e)
else:
    print("int matched first")
try:
    isinstance(3, (str, 5))
except TypeError as e:
    print(e)

print(len("abc"), len([1, 2]), len({}), len(range(5, 50, 5)), len(b"xy"))
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(-2**70))
print(min(3, 1, 2), max([4, 8, 1]), min("bca"), max((1, "a"), (1, "b")), min([], default=0))
print(max([3, -7, 5], key=abs), min({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
out = []
for i in range(5):
    out.append(i * i)
out.extend(range(3))
print(out, out.pop(), out.index(9), out.count(0))
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", "dflt"), d.setdefault("z", []), d.pop("x"), d)
print(", ".join(["a", "b", "c"]), "-".join(str(i) for i in range(4)), "".join([]))
print("Hello World".lower(), "Hello World".upper(), "ß".upper(), "ǅ".lower(), "straße".casefold())
print("  pad ".strip(), "a,b,,c".split(","), "x".startswith(("a", "x")), "abc".endswith("bc"))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    out.append()
except TypeError as e:
    print(e)
try:
    d.get()
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
