class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)
    def __radd__(self, o):
        print("radd", o)
        return Acc(o + self.v)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
c = a + 1
print(c, c is a)
d = 10 + a
print(d)
print(sum([Acc(1), Acc(2)], Acc(0)))
print(sum([Acc(1), Acc(2)]))
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 2
print(x.v, y.v, x is y)
class R:
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return f"rtruediv({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
print(5 - R(), 5 / R(), 2 ** R())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled it"
print(Left() + Right())
