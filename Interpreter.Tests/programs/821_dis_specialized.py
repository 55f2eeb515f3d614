# dis.get_instructions(f, adaptive=True) after f has run: the instructions its inline caches
# specialised (globals from the module and from builtins, an instance attribute read, a method
# call on an instance), while the plain listing keeps the base instructions.
import dis

SCALE = 3


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def work(n):
    total = 0
    for i in range(n):
        p = Point(i, -i)
        total += p.x * SCALE + p.norm1() + len(str(i))
    return total


WATCH = {"LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_METHOD_WITH_VALUES"}

before = {i.opname for i in dis.get_instructions(work, adaptive=True)}
print("before running:", sorted(before & WATCH))
print(sum(work(10) for _ in range(20)))
after = [(i.opname, i.argval) for i in dis.get_instructions(work, adaptive=True) if i.opname in WATCH]
print("after running:", sorted(set(after)))
plain = {i.opname for i in dis.get_instructions(work)}
print("plain listing has none:", not (plain & WATCH), "LOAD_GLOBAL" in plain, "LOAD_ATTR" in plain)
