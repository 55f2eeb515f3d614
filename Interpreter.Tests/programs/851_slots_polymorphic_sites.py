# One attribute site sees several classes: slotted ones with the name at different indices,
# plain ones with it in the shared layout, a subclass with a __dict__, and a property.


class S1:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = -v


class S2:
    __slots__ = ("pad0", "pad1", "pad2", "pad3", "pad4", "w", "v")

    def __init__(self, v):
        self.v = v
        self.w = v * 3


class Plain:
    def __init__(self, v):
        self.w = 0
        self.v = v


class Dicty(S1):
    pass


class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 100

    @v.setter
    def v(self, value):
        self._v = value


def bump(objs):
    t = 0
    for o in objs:
        o.v = o.v + 1
        t += o.v
    return t


objs = [S1(1), S2(2), Plain(3), Dicty(4), Prop(5)]
print([bump(objs) for _ in range(4)])
print([type(o).__name__ + "=" + str(o.v) for o in objs])
d = objs[3]
d.extra = "x"
print(vars(d), d.v, d.w)
s2 = objs[1]
del s2.v
try:
    bump([s2])
except AttributeError as e:
    print("AttributeError:", e)
print(bump([S2(10), S2(20)]), objs[1].w)
