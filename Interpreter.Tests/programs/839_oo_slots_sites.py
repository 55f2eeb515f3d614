# __slots__ members read and written in hot loops (a linked queue of packets, as in the richards
# benchmark), through subclasses that add slots of their own, with unset members, deletion, a
# property replacing a slot later, and a subclass with a __dict__ next to its slots.


class Node:
    __slots__ = ("value", "link")

    def __init__(self, value, link=None):
        self.value = value
        self.link = link


class Tagged(Node):
    __slots__ = ("tag",)

    def __init__(self, value, tag, link=None):
        super().__init__(value, link)
        self.tag = tag


class Loose(Node):
    pass                                # has a __dict__ as well


def build(n):
    head = None
    for i in range(n):
        if i % 3 == 0:
            head = Tagged(i, "t%d" % i, head)
        elif i % 3 == 1:
            head = Loose(i, head)
            head.note = "loose"
        else:
            head = Node(i, head)
    return head


def walk(head):
    total = 0
    tags = []
    while head is not None:
        total += head.value
        if type(head) is Tagged:
            tags.append(head.tag)
        head = head.link
    return total, tags[:4]


def bump(head, k):
    while head is not None:
        head.value += k
        head = head.link


head = build(30)
print(walk(head))
bump(head, 2)
print(walk(head))

# Unset and deleted members raise AttributeError through the same sites.
n = Node.__new__(Node)
for attempt in range(2):
    try:
        print(n.value)
    except AttributeError as e:
        print("AttributeError:", e)
    n.value = attempt
    print(n.value)
    del n.value

t = Tagged(1, "x")
del t.tag
try:
    t.tag
except AttributeError as e:
    print("AttributeError:", e)

# A slot that is not declared: no __dict__ to fall back to.
try:
    Node(1).other = 5
except AttributeError as e:
    print("AttributeError:", e)

# Loose instances keep extra attributes in their __dict__; slots stay slots.
lo = Loose(5)
lo.extra = 6
print(lo.value, lo.extra, sorted(vars(lo)))


# A property on a subclass overrides the inherited slot for reads and writes.
class Doubled(Node):
    __slots__ = ()
    value = property(lambda self: Node.value.__get__(self) * 2,
                     lambda self, v: Node.value.__set__(self, v + 1))


items = [Node(3), Doubled(3), Tagged(3, "q")]
for _ in range(3):
    for it in items:
        it.value = it.value
    print([it.value for it in items])
