class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = Vec(1, 2.5)
print(v)
print(repr(v))
print([v, Vec("a", None)])
print(str(v), f"{v}", f"{v!r}", "%s %r" % (v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __format__(self, spec):
        return format(str(self), spec)
print(Money(12345), Money(5))
print(f"[{Money(999):>10}]")
print({"m": str(Money(1))})
