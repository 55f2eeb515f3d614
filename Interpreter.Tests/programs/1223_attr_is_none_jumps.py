# `x.attr is None` / `is not None` decided at the jump (LOAD_FAST LOAD_ATTR LOAD_CONST IS_OP
# POP_JUMP_IF_*), and IS_OP followed by a jump: values that are None, not None, falsy, a None
# subclass cannot exist, `is` with other constants, loops whose test is at the bottom, sites that
# turn polymorphic, classes changed after the site was specialised (class attribute, property,
# __getattr__, del of the instance value), __class__ assignment, slots (set and unset) and the
# exceptions a missing attribute raises inside the test.


class Node:
    def __init__(self, value, link=None):
        self.value = value
        self.link = link


def length(node):
    n = 0
    last = node
    while last.link is not None:
        last = last.link
        n += 1
    return n


def first_none(nodes):
    out = []
    for nd in nodes:
        if nd.link is None:
            out.append("none")
        elif nd.value is not None:
            out.append(nd.value)
        else:
            out.append("value-none")
    return out


chain = None
for i in range(10):
    chain = Node(i, chain)
print("length", length(chain), length(Node(0)))
print(first_none([Node(1), Node(2, Node(3)), Node(None, Node(4)), Node(0, Node(0)), Node("", Node(False))]))


# `is` with constants other than None (True/False/Ellipsis) at the same kind of site
class Flags:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def flags(fs):
    r = []
    for f in fs:
        if f.a is True:
            r.append("T")
        elif f.a is False:
            r.append("F")
        elif f.a is ...:
            r.append("E")
        else:
            r.append(repr(f.a))
        if f.b is not True:
            r.append("b!T")
    return "".join(r)


print(flags([Flags(True, True), Flags(False, 1), Flags(..., True), Flags(1, None), Flags(0, False), Flags(None, True)]))


# a site that sees several classes (subclasses and an unrelated class with the same name)
class Base:
    def __init__(self):
        self.next = None


class Sub1(Base):
    pass


class Sub2(Base):
    def __init__(self):
        self.extra = 1
        self.next = self


class Other:
    __slots__ = ("next",)

    def __init__(self, n):
        self.next = n


def probe(objs):
    r = []
    for o in objs:
        if o.next is None:
            r.append(type(o).__name__ + ":None")
        else:
            r.append(type(o).__name__ + ":set")
    return r


objs = [Base(), Sub1(), Sub2(), Other(None), Other(1), Base(), Sub2()]
for _ in range(3):
    print(probe(objs))


# the class changes after the site specialised
class K:
    def __init__(self):
        self.v = None


def test_v(k):
    if k.v is None:
        return "None"
    return "not None: " + repr(k.v)


k = K()
for _ in range(5):
    test_v(k)
print(test_v(k))
del k.v
K.v = 5   # the class attribute shows through now
print(test_v(k))
K.v = property(lambda self: None)   # a data descriptor wins over the instance value
k.__dict__["v"] = 7
print(test_v(k))
del K.v
print(test_v(k))
k.__dict__.clear()
try:
    test_v(k)
except AttributeError as e:
    print("AttributeError:", e)


class G:
    def __getattr__(self, name):
        return None if name == "v" else name


g = G()
print(test_v(g))
g.v = 3
print(test_v(g))


# __class__ assignment between classes whose instances share the attribute
class P:
    def __init__(self):
        self.v = None


class Q:
    @property
    def v(self):
        return "from Q"


p = P()
for _ in range(5):
    test_v(p)
print(test_v(p))
p.__class__ = Q
print(test_v(p))
p.__class__ = P
print(test_v(p))


# slots: set, None, unset
class SL:
    __slots__ = ("v", "w")


sl = SL()
sl.v = None
print(test_v(sl))
sl.v = 0
print(test_v(sl))
del sl.v
try:
    test_v(sl)
except AttributeError as e:
    print("AttributeError:", e)


# IS_OP then a jump on a call's result, an item, a global
def maybe(i):
    return None if i % 3 == 0 else i


hits = 0
for i in range(30):
    if maybe(i) is None:
        hits += 1
    if [None, 1][i % 2] is not None:
        hits += 100
print("hits", hits)
x = None
print("x is None" if x is None else "no", (x is None), (x is not None))
r = []
i = 0
while maybe(i) is not None or i == 0:
    r.append(i)
    i += 1
print(r)
