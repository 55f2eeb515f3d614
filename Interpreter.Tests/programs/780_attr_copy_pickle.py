# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Instances copied, pickled, weakly referenced, finalised and collected keep their attributes.
import copy
import gc
import pickle
import weakref


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total())

shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
deep.children[0].value = 20
shallow.value = 100
print(tree.total(), shallow.total(), deep.total(), shallow.children is tree.children)
print(sorted(vars(deep)), vars(deep.children[1].children[0]))

data = pickle.dumps(tree)
back = pickle.loads(data)
print(back.total(), vars(back.children[0]))
back.children[0].extra = "new"
print(vars(back.children[0]))


class WithState:
    def __init__(self):
        self.keep = 1
        self.cache = {"big": "data"}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


w = pickle.loads(pickle.dumps(WithState()))
print(vars(w))
print(vars(copy.copy(WithState())))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


s2 = copy.deepcopy(Slots())
print(s2.a, s2.b)
s3 = pickle.loads(pickle.dumps(Slots(), protocol=2))
print(s3.a, s3.b)


# Weak references and finalizers.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def __del__(self):
        print("closing", self.name, self.open)


r = Resource("r1")
ref = weakref.ref(r)
print(ref().name, ref() is r)
r.open = False
del r
gc.collect()
print(ref())


# Reference cycles through instance attributes are found by the collector.
class Pair:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_cycle():
    a, b = Pair("a"), Pair("b")
    a.other, b.other = b, a
    return weakref.ref(a)


refs = [make_cycle() for _ in range(3)]
gc.collect()
print([x() for x in refs])

holder = Pair("holder")
holder.other = holder
probe = weakref.ref(holder)
holder.__dict__["extra"] = [holder]
del holder
gc.collect()
print(probe())


# A WeakValueDictionary keyed cache of instances.
cache = weakref.WeakValueDictionary()
objs = [Pair(str(i)) for i in range(4)]
for o in objs:
    cache[o.name] = o
del objs[1:3]
gc.collect()
print(sorted(cache.keys()))
