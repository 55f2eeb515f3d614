import copy
from collections import OrderedDict, defaultdict


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
clone = copy.deepcopy(root)
print(clone, clone.children, clone.children[0].children)
print(clone.children[0].parent is clone, clone is not root, clone.children[0] is not a)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow.name)

ring = [1, 2]
ring.append(ring)
table = {"self": None, "ring": ring}
table["self"] = table
t2 = copy.deepcopy(table)
print(t2["self"] is t2, t2["ring"][2] is t2["ring"], t2["ring"] is not ring, t2["ring"])


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = copy.deepcopy(Slotted([1, 2]))
print(s.x, hasattr(s, "y"))


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __getstate__(self):
        return {"amount": self.amount, "currency": self.currency.lower()}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


m = copy.deepcopy(Money(5, "EUR"))
print(vars(m))


class Registry:
    def __init__(self):
        self.items = {"x": [1]}
        self.cache = {"big": "data"}

    def __deepcopy__(self, memo):
        new = Registry.__new__(Registry)
        new.items = copy.deepcopy(self.items, memo)
        new.cache = {}
        return new


r = copy.deepcopy(Registry())
print(r.items, r.cache)

shared = [0]
pair = (shared, shared)
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)

groups = defaultdict(list, {"a": [1]})
g2 = copy.deepcopy(groups)
g2["b"].append(2)
print(g2, groups, copy.deepcopy(OrderedDict(z=1, a={2})))
print(copy.deepcopy({frozenset({1}): {3, 4}}), copy.copy(set("ab")) == set("ab"))


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


tl = copy.deepcopy(Tagged([[1], [2]], "t"))
print(tl, tl.tag, type(tl).__name__)
