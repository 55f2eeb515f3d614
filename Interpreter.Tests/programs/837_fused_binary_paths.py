# The fused BINARY_OP entries (LOAD_FAST BINARY_OP, LOAD_FAST LOAD_FAST|LOAD_CONST BINARY_OP, a
# list item read then BINARY_OP, BINARY_OP BINARY_OP) with every operand kind and their errors.
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __repr__(self):
        return "V(%r)" % self.v


def f(a, b, xs):
    r = []
    r.append(a + b)
    r.append(a - 1)
    c = a
    c += b
    r.append(c)
    r.append(xs[0] + a)
    r.append(xs[1] * 2 + b)
    t = 0
    t += a + b
    r.append(t)
    return r


for a, b in [(3, 4), (2.5, 0.5), ("x", "y"), (V(1), 2), (1, V(2)), (2**70, 3), (True, 2)]:
    try:
        print(f(a, b, [a, b]))
    except TypeError as e:
        print("TypeError:", e)
try:
    f(None, 1, [1, 2])
except TypeError as e:
    print("TypeError:", e)
