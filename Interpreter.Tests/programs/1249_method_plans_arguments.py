# Builtin-method calls on a local with the wrong number of arguments, keyword arguments, operands
# the method's direct form does not take (a tuple for startswith, non-str items for join) and
# unbound method descriptors called on the wrong type, at sites that have already run the common
# form many times: CPython's messages and lines each time.
import sys


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - FIRST


FIRST = 0
FIRST = line_of.__code__.co_firstlineno


def report(fn):
    try:
        r = fn()
        print("ok", repr(r))
    except Exception as ex:
        print(type(ex).__name__, ex, line_of(ex))


def warm(n):
    parts = []
    d = {"a": 1}
    s = "abc"
    for i in range(n):
        parts.append(i)
        d.get("a")
        s.startswith("a")
    return len(parts)


print(warm(50))

l = []
d = {"a": 1}
s = "abc"
report(lambda: l.append())
report(lambda: l.append(1, 2))
report(lambda: l.append(x=1))
report(lambda: l.append(1, x=2))
report(lambda: d.get())
report(lambda: d.get(1, 2, 3))
report(lambda: d.get("a", default=0))
report(lambda: d.get(key="a"))
report(lambda: s.startswith())
report(lambda: s.startswith("a", prefix="b"))
report(lambda: s.startswith(1))
report(lambda: s.endswith(["a"]))
report(lambda: s.startswith(("x", "ab")))
report(lambda: s.endswith(("x", "bc")))
report(lambda: s.endswith(("x", 1)))
report(lambda: s.startswith("b", 1))
report(lambda: ",".join([1, "a"]))
report(lambda: ",".join(["a", "b"]))
report(lambda: ",".join("xyz"))
report(lambda: ",".join(5))
report(lambda: l.pop(0))
report(lambda: [].pop())
report(lambda: [1].pop(5))
report(lambda: s.lower(1))
report(lambda: s.upper(x=1))
report(lambda: s.strip(1))
report(lambda: s.strip("a", "b"))
report(lambda: {1}.add())
report(lambda: {1}.add([]))

# Unbound method descriptors called on the wrong type.
report(lambda: list.append(d, 1))
report(lambda: list.append((), 1))
report(lambda: dict.get([], 1))
report(lambda: dict.get(d, "a"))
report(lambda: str.join(1, []))
report(lambda: str.startswith(b"ab", "a"))
report(lambda: str.lower(["A"]))
report(lambda: set.add(frozenset(), 1))
report(lambda: list.pop({}))


class L(list):
    pass


report(lambda: list.append(L(), 1))
report(lambda: dict.get(type("D", (dict,), {})(a=3), "a"))


# The same call sites in one loop over receivers and arguments of every kind: once warm, each
# odd case must still decline to the general call.
def many(cases):
    out = []
    for o, a in cases:
        try:
            r = o.startswith(a)
            out.append(r)
        except Exception as ex:
            out.append((type(ex).__name__, str(ex)))
        try:
            j = o.join(a)
            out.append(j)
        except Exception as ex:
            out.append((type(ex).__name__, str(ex)))
    return out


class S(str):
    def startswith(self, p):
        return "S.startswith"

    def join(self, it):
        return "S.join"


class T(str):
    pass


cases = [("ab", "a")] * 5 + [("ab", ("a", "b")), ("ab", 3), (S("ab"), "a"), (T("ab"), "a"),
                             (b"ab", b"a"), ("ab", ["x", "y"]), ("-", ("x", "y")), ("ab", None),
                             ("ab", T("a")), ("", "")]
for item in many(cases):
    print(repr(item))

# Keyword arguments in a loop at one site.
out = []
for i in range(4):
    try:
        out.append(d.get("a", default=i) if i % 2 else d.get("a", i))
    except TypeError as ex:
        out.append(str(ex))
print(out)
print(sys.getrecursionlimit() > 0)
