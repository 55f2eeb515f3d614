# Unpacking paths: BUILD_TUPLE n + UNPACK_SEQUENCE n done in place, UNPACK_SEQUENCE into the
# STORE_FASTs after it, UNPACK_EX of exact tuples and lists, and every error CPython gives.
import sys


def rotate(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b, c, d = b, c, d, a
    return a, b, c, d


def wide():
    a, b, c, d, e, f, g, h, i, j = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    a, b, c, d, e, f, g, h, i, j = j, i, h, g, f, e, d, c, b, a
    return a, b, c, d, e, f, g, h, i, j


def same_names():
    a, a, a, a = 1, 2, 3, 4
    x, x = (5, 6)
    return a, x


def mixed_targets():
    class O:
        pass
    o = O()
    lst = [0, 0]
    a, o.attr, lst[1], b = 1, 2, 3, 4
    c, (d, e), f = [7, (8, 9), 10]
    g, *h, i = 11, 12, 13, 14
    return a, o.attr, lst, b, c, d, e, f, g, h, i


def from_list_and_tuple():
    t = (1, 2, 3)
    l = [4, 5, 6]
    a, b, c = t
    d, e, f = l
    x, y, z = l[::-1]
    return a, b, c, d, e, f, x, y, z


def unpack_list_grown():
    l = [1, 2]
    l.append(3)
    l.pop()
    a, b = l        # Count 2 with a larger array behind it
    return a, b


def starred(seq):
    first, *middle, last = seq
    head, *tail = middle if middle else [0]
    *init, end = seq
    return first, middle, last, head, tail, init, end


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter((10, 20, 30))


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([40, 50, 60])


def subclasses():
    a, b, c = T((1, 2, 3))
    d, e, f = L([4, 5, 6])
    g, *h = T((1, 2, 3))
    *i, j = L([4, 5, 6])
    return a, b, c, d, e, f, g, h, i, j


def errors():
    cases = [
        "a, b = (1, 2, 3)",
        "a, b = [1]",
        "a, b, c = (1, 2)",
        "a, *b, c = (1,)",
        "a, *b, c = []",
        "*a, b, c, d = [1, 2]",
        "a, b = 5",
        "a, *b = None",
        "a, b = 'xyz'",
        "a, b = iter([1])",
    ]
    for src in cases:
        try:
            exec(src, {})
        except Exception as e:
            print(src, "->", type(e).__name__, e)


def unpack_in_function_error(t):
    a, b = t
    return a + b


def mutate_after():
    l = [1, 2, 3, 4]
    first, *rest = l
    rest.append(99)
    l.append(5)
    return first, rest, l


def starred_identity():
    l = [1, 2, 3]
    a, *b = l
    t = (1, 2, 3)
    *c, d = t
    return b is l, type(b).__name__, type(c).__name__


print(rotate(0), rotate(1), rotate(3), rotate(1001))
print(wide())
print(same_names())
print(mixed_targets())
print(from_list_and_tuple())
print(unpack_list_grown())
print(starred([1, 2]))
print(starred((1, 2, 3, 4, 5)))
print(starred("abcd"))
print(starred(range(6)))
print(subclasses())
errors()
try:
    unpack_in_function_error((1, 2, 3))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ValueError", e, tb.tb_frame.f_code.co_name, tb.tb_lineno)
print(mutate_after())
print(starred_identity())


# Unpacking under a trace function (the traced copy of the loop takes no fused path).
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno))
    return tracer


def traced():
    a, b, c, d = 1, 2, 3, 4
    a, b, c, d = (
        d, c,
        b, a)
    x, y = [a, b]
    return a, b, c, d, x, y


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, events)
