# Lists grown and shrunk past the size whose backing array is a .NET large object (more than
# ~10,600 slots): appends, inserts, extend from lists, tuples, generators and the list itself,
# `l *= n`, slices assigned longer and shorter, `del l[:]`, clear, pop, and the same list refilled;
# every check is a value python3.11 prints, no timing.
def summary(l):
    return (len(l), l[:3], l[-3:], sum(x for x in l if type(x) is int))

l = []
for i in range(30000):
    l.append(i)
print("append", summary(l))
l.extend(range(30000, 70000))
print("extend range", summary(l))
l.extend(x * 2 for x in range(5000))
print("extend gen", summary(l))
l.extend(l)
print("extend self", summary(l))
l += (1, 2, 3)
print("iadd tuple", summary(l))
del l[:]
print("del all", summary(l))
l.extend([7] * 20000)
print("refill", summary(l))
l.clear()
print("clear", summary(l))

m = [0, 1, 2]
m *= 9000
print("imul", summary(m), m[26997:])
m *= 1
print("imul 1", len(m))
m[100:20000] = []
print("slice del", summary(m))
m[5:6] = range(40000)
print("slice grow", summary(m), m[4:8])
m[::2] = [None] * len(m[::2])
print("ext slice", len(m), m[:6], m.count(None))
del m[::3]
print("del ext", len(m), m[:6])
m[len(m):] = ["tail"] * 12000
print("append slice", len(m), m[-2:])
m[:0] = ["head"] * 11000
print("prepend slice", len(m), m[:2], m[10999:11001])
m *= 0
print("imul 0", m)

n = []
for i in range(25000):
    n.insert(0, i) if i % 1000 == 0 else n.append(i)
print("insert", len(n), n[:3], n[24:27])
while len(n) > 100:
    n.pop()
print("pop", summary(n))
for i in range(20000):
    n.append(str(i))
print("strs", len(n), n[-2:], n.index("19999"), "5000" in n)
n[:] = n[::-1]
print("reversed", len(n), n[:2], n[-2:])
n.sort(key=lambda v: (type(v) is str, v if type(v) is int else int(v)))
print("sorted", n[:3], n[-3:])

def gen(k):
    for i in range(k):
        yield (i, str(i))
g = list(gen(15000))
print("list(gen)", len(g), g[0], g[-1])
g2 = [pair[1] for pair in g if pair[0] % 2]
print("comp", len(g2), g2[:2], g2[-1])
big = [[]] * 12000 + [[1]] * 12000
print("concat", len(big), big[0] is big[1], big[-1])
copies = [list(range(11000)) for _ in range(4)]
print("copies", [len(c) for c in copies], copies[0] == copies[3], copies[0] is copies[3])
s = list("abc" * 5000)
print("list(str)", len(s), s[:4], s[-1], "".join(s[:6]))
t = tuple(range(12000))
u = list(t)
u.append(u)
print("self ref", len(u), u[-1] is u, repr(u)[:20], repr(u)[-12:])
