# %-formatting of plain %d/%s/%i/%u (the fast path without a spec) beside ints and strs that must
# take the general path: bool, int and str subclasses, big ints, floats, bytes, and the errors.
for f, a in [("%d", 5), ("%d", -7), ("%s", 3), ("%s", "x"), ("%i|%u", (2**70, -0)), ("%d", True), ("%s", True), ("%s%%", "a"),
             ("x%sy%dz", ("s", 9)), ("%d", 3.7), ("%s", 2**64), ("%r", "q"), ("%d", -2**63)]:
    print(repr(f % a))
class S(str):
    def __str__(self): return "sub"
print("%s" % S("v"))
class I(int):
    pass
print("%d %s" % (I(4), I(5)))
try:
    "%d" % "x"
except TypeError as e: print(e)
print(b"%s %d" % (b"a", 3))
for f, a in [("%d", ()), ("%d %d", (1,)), ("%d", (1, 2)), ("%s", []), ("%", 1), ("%z", 1)]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s-%s" % ((1, 2), [3]), "%s" % ((1, 2),), "%(a)s %(b)d" % {"a": "x", "b": 2})
