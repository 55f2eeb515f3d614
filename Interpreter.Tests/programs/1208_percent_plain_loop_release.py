# str % args through the plain fast path (bare %d/%i/%u/%s of exact ints and strs, %%) and
# everything it must leave to the general path; generators a `for` alone holds, closed when an
# exception cuts the loop, in functions whose frames have and have not held such a generator.


class S(str):
    def __str__(self):
        return "S-str"


class I(int):
    def __str__(self):
        return "I-str"


class M:
    def __getitem__(self, k):
        return "M[%s]" % k


cases = [
    ("missing %d", 5), ("%s=%s", ("a", 1)), ("%d%%", 50), ("%%", ()), ("x%sy", "z"),
    ("%s", True), ("%d", True), ("%i", False), ("%s", S("sub")), ("%d", I(3)), ("%s", I(4)),
    ("%s", 2 ** 70), ("%d", 2 ** 64), ("%d", -2 ** 63), ("%u", 2 ** 63 - 1), ("%i|%u", (-1, 2)),
    ("", ()), ("abc", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("abc", "x"), ("abc", 5),
    ("%", 1), ("abc%", ()), ("%d", "x"), ("%s", [1]), ("%s", {}), ("%s", {"k": 1}), ("abc", {}),
    ("abc", M()), ("%(a)s", {"a": 1}), ("%(a)s", M()), ("%5d|%-3s", (1, "x")), ("%r", "q"),
    ("%x", 255), ("%d %d", (1, 2.5)), ("%s", 1.5), ("%s", None), ("%s", ((1, 2),)),
    ("é%sü", "ñ\U0001F600"), ("%s" * 40, tuple(range(40))), ("%s", "y" * 300),
    ("a" * 250 + "%d", 123456789), ("a" * 240 + "%d", -123456789012345), ("b" * 255 + "%%", ()),
    ("b" * 256 + "%s", ""), ("%s" * 3, ("x" * 100, "y" * 100, "z" * 56)),
    ("%s" * 3, ("x" * 100, "y" * 100, "z" * 57)), ("%d" * 30, tuple(range(10 ** 8, 10 ** 8 + 30))),
    ("%s and %s", ("", "")), ("%s%d%s", ("<", 0, ">")), ("%c", 65), ("%s %", ("a",)),
    ("%d %s", (1,)), ("%s", ()), ("%z", 1), ("%%s", "x"), ("%%%s", "x"),
]
for f, a in cases:
    try:
        r = f % a
        print(len(r), repr(r[:60]), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

# Built in a loop, as the benchmarks do.
acc = 0
for k in range(2000):
    s = "missing %d" % k
    t = "%s:%s" % (s, k)
    acc += len(t)
print("lengths", acc)
print(b"%d-%s" % (3, b"x"), bytearray(b"%s") % (b"y",))

log = []


def gen(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed " + name)


def fail(x):
    return {}[x]


def no_loop(x):
    # This function's frames never hold a loop-owned generator.
    try:
        return fail(x)
    except KeyError as e:
        log.append("no_loop caught %r" % (e.args,))
        return -1


def loop_then_raise(n, bad):
    total = 0
    try:
        for v in gen("a%d" % n, n):
            total += v
            if v == bad:
                fail(v)
    except KeyError:
        log.append("handler sees %d entries" % len(log))
    return total


def loop_out(n):
    for v in gen("out", n):
        if v == 2:
            raise ValueError("out of loop %d" % v)
    return "done"


def nested(n):
    try:
        for a in gen("outer", n):
            for b in gen("inner%d" % a, n):
                if a == 1 and b == 1:
                    raise IndexError("nested")
    except IndexError as e:
        log.append("nested: %s" % e)


print(no_loop(1), no_loop(2))
print(loop_then_raise(5, 99))
print(loop_then_raise(5, 2))
try:
    loop_out(5)
except ValueError as e:
    log.append("caller: %s" % e)
nested(3)
ge = (x * 2 for x in gen("genexp", 4))
try:
    for y in ge:
        if y == 4:
            raise RuntimeError("in genexp loop")
except RuntimeError:
    log.append("genexp loop left")
print(no_loop(3))
for line in log:
    print(line)
