# list.sort / sorted where runs merge in blocks (galloping): many equal keys, runs of repeated
# patterns, stability with keys (the original order among equals), reverse=True, ints, floats,
# strs, tuples and objects with __lt__, a key raising midway and a __lt__ raising midway (the list
# keeps all its items), lengths around the merge thresholds.

def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def check(name, data, **kw):
    a = sorted(data, **kw)
    idx = sorted(range(len(data)), key=lambda i: (kw["key"](data[i]) if "key" in kw else data[i]), reverse=kw.get("reverse", False))
    b = [data[i] for i in idx]
    print(name, len(a), a == b, a[:6], a[-3:], hash(tuple(idx)) % 1000003 if len(idx) < 5000 else sum(i * (p + 1) for p, i in enumerate(idx)) % 1000003)


for n in (0, 1, 2, 7, 8, 63, 64, 65, 100, 129, 1000, 5000, 30000):
    check("mod100-%d" % n, list(range(n)), key=lambda v: v % 100)
    check("mod7rev-%d" % n, list(range(n)), key=lambda v: v % 7, reverse=True)

g = lcg(42)
rnd = [next(g) % 1000 for _ in range(20000)]
check("rnd-int", rnd)
check("rnd-key", rnd, key=lambda v: v // 10)
check("rnd-rev", rnd, key=lambda v: v // 10, reverse=True)
check("rnd-float", [v / 7.0 for v in rnd], key=lambda v: round(v))
check("blocks", [i // 50 for i in range(10000)][::-1] + list(range(3000)))
check("sawtooth", [i % 37 for i in range(20000)])
check("twovalues", [i % 2 for i in range(9999)])
check("strs", ["k%d" % (v % 50) for v in rnd])
check("tuples", [(v % 10, -(v % 3)) for v in rnd])
check("tuples-first", [(v % 10, str(v)) for v in rnd], key=lambda t: t[0])

# stability among equal keys is visible here: records keep their input order within a key
recs = [(k % 13, i) for i, k in enumerate(rnd[:3000])]
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]), s[:4], s[-4:])
s = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]), s[:4], s[-4:])


class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d,%d)" % (self.v, self.tag)


objs = [V(i % 5, i) for i in range(300)]
so = sorted(objs)
print(so[:6], so[-3:], all(so[i].tag < so[i + 1].tag for i in range(299) if so[i].v == so[i + 1].v))


class Bad(V):
    def __lt__(self, other):
        if self.tag == 250 or other.tag == 250:
            raise ValueError("lt of 250")
        return self.v < other.v


lst = [Bad(i % 5, i) for i in range(300)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, len(lst), sorted(x.tag for x in lst) == list(range(300)))


def badkey(v):
    if v == 2500:
        raise KeyError(v)
    return v % 10


lst = list(range(3000))
try:
    lst.sort(key=badkey)
except KeyError as e:
    print("KeyError:", e, lst == list(range(3000)))
lst.sort(key=lambda v: v % 10)
print(lst[:12], lst[-3:])
