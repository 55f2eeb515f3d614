# __class__ assignment between classes whose instances have the same layout, and its TypeError
# when the slots or the __dict__ differ.


class A:
    __slots__ = ("x", "y")

    def who(self):
        return "A", self.x


class B:
    __slots__ = ("x", "y")

    def who(self):
        return "B", self.x


class C:
    __slots__ = ("x", "y", "z")


class D:
    pass


class E:
    def who(self):
        return "E", self.__dict__


a = A()
a.x = 1
print(a.who())
a.__class__ = B
print(type(a).__name__, a.who(), a.x)
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
for target in (C, D, int):
    try:
        a.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
d = D()
d.p = 1
d.q = 2
d.__class__ = E
print(d.who(), d.p)
for target in (A, C):
    try:
        d.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
print(type(a).__name__, type(d).__name__)


class Sub(A):
    pass


s = Sub()
s.x = 5
s.extra = 6
print(s.who(), vars(s))
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
