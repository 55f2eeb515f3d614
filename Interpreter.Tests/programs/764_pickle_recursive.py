# Shared and recursive references survive a round trip: the memo keeps identity.
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))

shared = [1, 2]
data = {"x": shared, "y": shared, "self": None}
data["self"] = data
loop = []
loop.append(loop)
t = ([],)
t[0].append(t)

for proto in range(6):
    r = pickle.loads(pickle.dumps(root, proto))
    print(proto, r.name, [c.name for c in r.children], r.children[0].parent is r,
          r.children[0].children[0].parent.parent is r)
    d = pickle.loads(pickle.dumps(data, proto))
    print("  ", d["x"] is d["y"], d["self"] is d, d["x"])
    l = pickle.loads(pickle.dumps(loop, proto))
    print("  ", l[0] is l, len(l))
    tt = pickle.loads(pickle.dumps(t, proto))
    print("  ", tt[0][0] is tt)
    print("  ", pickle.dumps([shared, shared, data], proto))

# Pickler reuse: the memo spans dump() calls until clear_memo().
import io
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
x, y, z = u.load(), u.load(), u.load()
print(x is y, x is z, x, z)

big = [[i, str(i)] for i in range(3000)]
for proto in range(6):
    s = pickle.dumps(big, proto)
    print(proto, len(s), pickle.loads(s) == big, s[:16], s[-16:])
