# A global function called with attributes of locals as arguments (`append(pkt, t.wkq)`): instance
# attributes, slots, properties, class attributes, attributes deleted, added or shadowed mid-loop,
# objects of changing types at one call site, and the errors they raise.
import sys


def pair(a, b):
    return (a, b)


def single(a):
    return a


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt


class SubNode(Node):
    v = "SubNode.v"


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class WithProp:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return ("prop", self._v)


class ClassAttr:
    v = "class-level"


class Getattr:
    def __getattr__(self, name):
        return ("getattr", name)


def walk(objs):
    out = []
    for o in objs:
        try:
            out.append(pair(o.v, o))
        except AttributeError as e:
            out.append(("AttributeError", str(e)))
    return out


a = Node(1)
b = Node(2, a)
objs = [a, b, a, Slotted(3), WithProp(4), ClassAttr(), Getattr(), Node(5), 7, None, Node(6)]
for r in walk(objs):
    print(r[0], type(r[1]).__name__ if r[0] != "AttributeError" else r[1])


def deleting(n):
    node = Node(0)
    out = []
    for i in range(n):
        try:
            out.append(single(node.v))
        except AttributeError as e:
            out.append("AttributeError " + str(e))
        if i == 1:
            del node.v
        elif i == 2:
            node.v = "back"
        elif i == 3:
            node.__dict__["v"] = "via dict"
        elif i == 4:
            Node.v = property(lambda self: "class property wins")
        elif i == 5:
            del Node.v
        elif i == 6:
            node.__class__ = SubNode
    return out


print(deleting(8))


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    out = []
    node = head
    while node is not None:
        out.append(pair(node.v, node.nxt is None))
        node = node.nxt
    return out


print(chain(5))


def mixed_forms(n):
    t = Node(10)
    out = []
    for i in range(n):
        out.append(pair(t.v, i - 1))
        out.append(pair(i + 1, t.v))
        out.append(pair(t.v, t.nxt))
        t.v += 1
    return out


print(mixed_forms(3))


def traced(n):
    seen = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == "single":
            seen.append(event)
        return tracer

    t = Node(0)
    out = []
    for i in range(n):
        if i == 1:
            sys.settrace(tracer)
        if i == 2:
            sys.settrace(None)
        out.append(single(t.v))
        t.v = i
    return out, seen


print(traced(4))
