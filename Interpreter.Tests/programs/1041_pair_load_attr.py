# LOAD_FAST LOAD_FAST LOAD_ATTR (`total + p.x`): the second local's attribute from the site's
# instance value, and every way the site can miss (other types, properties, slots, deleted or
# shadowed values, __getattr__, a missing attribute's traceback).


class P:
    def __init__(self, x):
        self.x = x


class Q(P):
    pass


class Slotted:
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x


class Prop:
    @property
    def x(self):
        return 100


class Dyn:
    def __getattr__(self, name):
        return len(name) * 1000


def total(objs):
    t = 0
    for p in objs:
        t = t + p.x
    return t


def pairs(a, b):
    return (a, b.x)


objs = [P(i) for i in range(10)]
print(total(objs))
print(total(objs + [Q(5), Slotted(7), Prop(), Dyn(), P(1.5), P(2)]))
for _ in range(3):
    print(pairs(1, P(4)), pairs('a', Q([1])), pairs(None, Slotted(3)), pairs(0, Prop()), pairs(0, Dyn()))

# The values change under the site: replaced, deleted, the class changed.
p = P(1)
print(pairs(0, p))
p.x = 2
print(pairs(0, p))
del p.x
try:
    pairs(0, p)
except AttributeError as e:
    print('AttributeError', e)
p.x = 3
print(pairs(0, p))
q = Q(9)
P.x = property(lambda self: 'class property')
print(pairs(0, p), pairs(0, q))
del P.x
print(pairs(0, p))
p.__class__ = Q
print(pairs(0, p))


# An unbound first local raises before anything is read.
def unbound(b):
    if b is None:
        a = 1
    return a + b.x


try:
    unbound(P(1))
except UnboundLocalError as e:
    print('UnboundLocalError', e)


# A missing attribute: the traceback points at the read.
import traceback


def reads(a, b):
    return a + b.missing


try:
    reads(1, P(1))
except AttributeError:
    lines = traceback.format_exc().splitlines()
    print('\n'.join(l for l in lines if 'File' not in l))
