# copy.copy / copy.deepcopy: shared references, cycles, custom __copy__/__deepcopy__, immutables
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "set": {6}, "str": "s"}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(77)
print(shallow["list"], deep["list"], shallow["tuple"], deep["tuple"])
print(shallow["list"] is orig["list"], deep["list"] is orig["list"], deep["str"] is orig["str"])
shared = [1, 2]
container = [shared, shared]
dc = copy.deepcopy(container)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
class Node:
    def __init__(self, name):
        self.name, self.children, self.parent = name, [], None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0].children[0].name, root2 is not root)
class Tracked:
    copies = 0
    def __init__(self, v): self.v = v
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1])
t1, t2 = copy.copy(t), copy.deepcopy(t)
print(Tracked.copies, t1.v is t.v, t2.v is t.v, t2.v)
tup = (1, 2, (3,))
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, [2])) == (1, [2]))
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self): self.x, self.y = 1, [2]
s2 = copy.deepcopy(Slotted())
print(s2.x, s2.y)
from collections import OrderedDict, defaultdict, Counter
od = copy.deepcopy(OrderedDict(a=[1]))
dd = copy.deepcopy(defaultdict(list, {"k": [1]}))
print(od, dd, dd.default_factory is list, copy.copy(Counter("aab")))
l = [[0] * 2] * 2
l2 = copy.deepcopy(l)
l2[0][0] = 5
print(l2, l2[0] is l2[1])
print(copy.copy(3), copy.deepcopy("x"), copy.copy(None), copy.deepcopy(len) is len, copy.copy([1, 2]))
