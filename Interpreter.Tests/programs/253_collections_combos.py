# collections: Counter arithmetic, defaultdict trees, deque rotation, namedtuple, OrderedDict, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], sum(c.values()), len(c))
c2 = Counter("abracadabra")
print(c2.most_common(), sorted(c2.elements())[:6])
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -Counter(x=-2, y=1))
a.update(b); print(a)
a.subtract({"a": 10}); print(a)
print(Counter({"x": 2}) == Counter({"x": 2, "y": 0}), Counter("ab").total())
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory.__name__)
dd = defaultdict(int, {"z": 5})
dd["y"] += 1
print(dd, repr(defaultdict(None)))
dq = deque(range(8), maxlen=8)
dq.rotate(3); print(dq)
dq.rotate(-5); print(dq)
dq.append(99); dq.appendleft(-1); print(dq, dq.maxlen)
dq.extendleft("ab"); print(list(dq))
print(dq.popleft(), dq.pop(), dq.index(dq[1]), dq.count(99), len(dq), dq[0], dq[-1])
dq2 = deque([1, 2, 3]); dq2.remove(2); dq2.insert(1, 7); dq2.reverse(); print(dq2, deque("xyz") == deque("xyz"))
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(3, 4)
print(p, p._asdict(), p._replace(y=9), Point._make([5, 6]), Point._fields, P3(1, 2), P3._field_defaults)
print(p.x + p.y, p[0], tuple(p), p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
defaults = {"color": "red", "size": 1}
user = {"size": 3}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0] is user)
cm["color"] = "blue"
print(user, defaults, dict(cm.new_child({"size": 0})))
inventory = Counter()
for item, qty in [("apple", 3), ("pear", 2), ("apple", -1), ("plum", 0)]:
    inventory[item] += qty
print(inventory, +inventory, list(inventory))
