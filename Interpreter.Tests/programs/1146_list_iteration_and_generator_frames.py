# List iterators read inline by FOR_ITER and by zip: lists growing, shrinking and replaced while
# iterated, exhausted iterators staying exhausted; generator expressions and generator functions
# whose finished frames serve the next generator of the same code (closed early, run by for and
# yield from, kept alive, made in other globals).
import gc
import sys
import weakref


def mutate_while_iterating():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        out.append(x)
        if x < 6:
            xs.append(x + 3)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        out.append(y)
        del ys[0]
    zs = [1, 2, 3]
    it = iter(zs)
    for z in it:
        zs.clear()
        out.append(z)
    zs.extend([7, 8])
    out.append(list(it))
    return out


print(mutate_while_iterating())


def zip_lists():
    a = [1, 2, 3, 4]
    b = [10, 20, 30]
    out = [x * y for x, y in zip(a, b)]
    c = [1, 2]
    z = zip(c, [5, 6, 7])
    for p, q in z:
        out.append((p, q))
        c.append(p + 100) if len(c) < 4 else None
    out.append(list(z))
    try:
        for p, q in zip([1, 2], [1, 2, 3], strict=True):
            out.append(p + q)
    except ValueError as e:
        out.append(str(e))
    out.append(sum(p * q for p, q in zip(a, b)))
    out.append([(p, q) for p, q in zip(a, "ab")])
    return out


print(zip_lists())


class L(list):
    pass


print([x for x in L([3, 4])], list(zip(L([1, 2]), [3, 4])))


def gen_frames_reused():
    out = []
    for k in range(4):
        out.append([x * k for x in (y + 1 for y in range(3))])
        out.append(sum(v for v in (w for w in range(k))))
    # generators closed early, then new ones of the same code
    gens = []
    for k in range(3):
        g = (i * 10 + k for i in range(5))
        out.append(next(g))
        gens.append(g)
    for g in gens:
        out.append(list(g))
    for k in range(3):
        for v in (k + i for i in range(10)):
            if v > k + 1:
                break
            out.append(v)
    return out


print(gen_frames_reused())


def yf_reuse():
    def inner(k):
        yield k
        yield k + 1
    def outer(n):
        for k in range(n):
            yield from inner(k)
            yield from (k * 100 + j for j in range(2))
    return list(outer(3))


print(yf_reuse())


def frames_escape():
    frames = []
    def grab(k):
        frames.append(sys._getframe())
        return k
    for k in range(3):
        list(grab(i) for i in range(1))
    return [sorted(f.f_locals) for f in frames], [f.f_back.f_code.co_name for f in frames]


print(frames_escape())


def gen_states():
    out = []
    for k in range(3):
        g = (x for x in range(k))
        out.append((g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__))
        out.append(list(g))
        out.append(g.gi_frame is None)
    return out


print(gen_states())

CODE = """
def f():
    return [sum(g + i for i in range(2)) for _ in range(2)]
"""
a = {"g": 1}
b = {"g": 5}
exec(CODE, a)
exec(CODE, b)
print(a["f"](), b["f"](), a["f"]())


class O:
    pass


def gen_capture_dies():
    o = O()
    r = weakref.ref(o)
    total = sum(1 for _ in range(3) if o)
    for _ in (o for _ in range(2)):
        pass
    del o
    gc.collect()
    return total, r() is None


print(gen_capture_dies())
