# Builtin method calls whose result is dropped (POP_TOP) or tested by the jump after the call
# (`if ch.isalpha():`, `while s.startswith(p):`): the result must be dropped or tested exactly as
# CPython does, for bool and non-bool results, forward and backward jumps, subclasses of str and
# list (their own methods are not the builtin's), bound methods kept and called later, a method
# replaced on a subclass, errors raised by the method at the call, and line tracing.
import sys


def letters(text):
    cur, words = [], []
    for ch in text + " ":
        if ch.isalpha():
            cur.append(ch.lower())
        elif cur:
            words.append("".join(cur))
            cur = []
    return words


print(letters("Hello, World! ÀÉÎ ünï 𝔘𝔫𝔦 ok"))


def counts(words):
    d = {}
    for w in words:
        d.get(w)                      # dropped
        d.setdefault(w, 0)            # dropped, a mutation
        d[w] += 1
        if w.startswith("w"):
            d.pop(w)                  # dropped
        if not w.endswith("o"):
            continue
        d[w + "!"] = 1
    return d


print(counts("hello world wow foo bar zoo hello".split()))


def strip_prefix(s, p):
    n = 0
    while s.startswith(p):            # a backward conditional jump after the call
        s = s[len(p):]
        n += 1
    return n, s


print(strip_prefix("abababc", "ab"), strip_prefix("", "x"), strip_prefix("xxxx", "x"))


def non_bool_tests(s):
    out = []
    # find returns an int: the jump tests its truth, not a bool.
    if s.find("b"):
        out.append("find true")
    else:
        out.append("find false")
    if s.count("a"):
        out.append("count true")
    if not s.split():
        out.append("empty split")
    if s.strip():
        out.append("strip true")
    if s.get if False else s.upper():
        out.append("upper true")
    return out


print(non_bool_tests("abc"), non_bool_tests("bcd"), non_bool_tests("   "))


class S(str):
    def startswith(self, p):
        print("S.startswith", p)
        return 1 if str.startswith(self, p) else 0

    def isalpha(self):
        return "yes"


class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 2)
        return "ignored"


def subclass_calls():
    s = S("abc")
    if s.startswith("a"):
        print("S starts with a")
    if s.isalpha():
        print("S isalpha truthy")
    lst = L()
    lst.append(3)
    for i in range(2):
        lst.append(i)
    print(lst)


subclass_calls()


class T(str):
    pass


def replaced():
    t = T("xyz")
    print(t.startswith("x"), t.upper())
    if t.startswith("x"):
        print("T starts with x")
    T.startswith = lambda self, p: False
    if t.startswith("x"):
        print("still x")
    else:
        print("replaced startswith")
    del T.startswith
    if t.startswith("x"):
        print("restored")


replaced()


def bound_kept():
    parts = []
    add = parts.append
    for ch in "abc":
        add(ch)
        parts.append(ch.upper())
    test = "hello".startswith
    if test("he"):
        parts.append("bound test")
    return parts


print(bound_kept())


def rebinding(n):
    # The same site sees a list, then a dict (no append), then a list again.
    res = []
    for obj in ([], {}, [1]):
        try:
            obj.append(n)
            res.append(("ok", obj))
        except AttributeError as e:
            res.append(("err", str(e)))
    return res


print(rebinding(7))


def errors():
    d = {}
    for key in ([1], "k"):
        try:
            d.get(key)
            print("got", key)
        except TypeError as e:
            print("TypeError:", e)
    s = "abc"
    for arg in ("a", 1, None):
        try:
            if s.startswith(arg):
                print("starts", arg)
        except TypeError as e:
            print("TypeError:", e)
    lst = []
    try:
        lst.pop()
    except IndexError as e:
        print("IndexError:", e, sys.exc_info()[2].tb_lineno)
    try:
        lst.remove(5)
    except ValueError as e:
        print("ValueError:", e)


errors()


def traced():
    parts = []
    for ch in "a1b":
        if ch.isdigit():
            parts.append(ch)
        parts.append("-")
    return parts


events = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


print(traced())
sys.settrace(tracer)
print(traced())
sys.settrace(None)
print(events)
print(traced())


def stack_depth():
    # Results consumed in the middle of expressions and nested calls keep the stack right.
    out = []
    x = [out.append(i) for i in range(3)]
    y = (out.append("t") or "fallback") if "ab".startswith("a") else None
    z = [ch for ch in "aB1" if ch.isupper() or ch.isdigit()]
    return out, x, y, z


print(stack_depth())
