# list.sort/sorted's results on permutations of every size around the merge and run boundaries:
# reversed, random and interleaved runs (odd numbers of runs, whose left-over run makes a later
# left run longer than half), keys of each kind, stability, reverse, object identity, and the list
# left as it was when a key function raises at any point (a comparison raising leaves the same
# items; CPython may leave them partly sorted). Pins the behaviour a sort that permutes in place
# must keep (gen8 tried one, not kept).
import random

rng = random.Random(1193)


def check(values, key=None, reverse=False):
    expect = [v for _, _, v in sorted(((key(v) if key else v), i if not reverse else -i, v) for i, v in enumerate(values))]
    if reverse:
        decorated = [((key(v) if key else v), i, v) for i, v in enumerate(values)]
        decorated.sort(key=lambda t: t[0], reverse=True)
        expect = [v for _, _, v in decorated]
    got = sorted(values, key=key, reverse=reverse)
    lst = list(values)
    lst.sort(key=key, reverse=reverse)
    return got == expect and lst == expect


ok = 0
sizes = [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 4095, 4096, 4097, 10000]
for n in sizes:
    base = list(range(n))
    perms = [base[:], base[::-1], rng.sample(base, n)]
    # a few long ascending runs: an odd count leaves a run over for the next pass
    for runs in (3, 5, 7):
        chunk = max(1, n // runs)
        p = []
        for r in range(runs):
            p.extend(range(r, n, runs))
        perms.append(p[:n])
    perms.append([(i * 7919) % n for i in range(n)] if n else [])
    for p in perms:
        ok += check(p)
        ok += check(p, reverse=True)
        ok += check(p, key=lambda v: -v)
        ok += check(p, key=lambda v: v % 10)
        ok += check(p, key=lambda v: v % 10, reverse=True)
        ok += check([float(v) / 3 for v in p], key=lambda v: -v)
        ok += check([str(v) for v in p])
        ok += check([(v % 5, str(v)) for v in p])
        ok += check([(v % 3, v) for v in p], key=lambda t: t[0])
print("checks", ok)

# objects keep their identity: a permutation moves them, never copies
objs = [object() for _ in range(5000)]
order = rng.sample(range(5000), 5000)
keyed = [objs[i] for i in order]
res = sorted(keyed, key=id)
print(sorted(map(id, res)) == [id(o) for o in res], set(map(id, res)) == set(map(id, objs)))


class Boom(Exception):
    pass


def raising_key(at):
    count = [0]

    def key(v):
        count[0] += 1
        if count[0] == at:
            raise Boom(at)
        return v
    return key


class Cmp:
    calls = 0
    limit = -1

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.calls += 1
        if Cmp.calls == Cmp.limit:
            raise Boom("lt")
        return self.v < other.v

    def __repr__(self):
        return "C%d" % self.v


for n in (10, 100, 5000):
    values = rng.sample(range(n), n)
    for at in (1, n // 2, n):
        lst = list(values)
        try:
            lst.sort(key=raising_key(at))
        except Boom as e:
            print(n, "key raised at", e.args[0], "unchanged", lst == values)
    cs = [Cmp(v) for v in values]
    for limit in (1, n, 3 * n):
        Cmp.calls, Cmp.limit = 0, limit
        lst = list(cs)
        try:
            lst.sort()
            print(n, "sorted before comparison", limit, [c.v for c in lst] == sorted(values))
        except Boom:
            # CPython may leave the list partly sorted here: only its items are checked
            print(n, "lt raised at", limit, "same items", sorted(c.v for c in lst) == sorted(values))
    Cmp.limit = -1

# the list seen empty during the sort, modified meanwhile: ValueError, the items sorted
data = list(range(50, 0, -1))


def meddle(v):
    if v == 25:
        data.append(-1)
    return v


try:
    data.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e, data[:5], len(data))

# stability with many equal keys across merges
recs = [(rng.randrange(4), i) for i in range(30000)]
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
s = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(s[i][0] > s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
print(sorted(range(300_000), key=lambda v: v % 100)[:5], sorted(range(300_000), key=lambda v: v % 100)[-3:])
