class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)
    def describe(self):
        return "shape " + self.name
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def describe(self):
        return super().describe() + f" {self.w}x{self.h}"
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def describe(self):
        return "SQ:" + super().describe()
s = Square(3)
print(s.area(), s.describe())
r = Rect(2, 5)
print(r.area(), r.describe())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class E(B):
    def who(self):
        return super(B, self).who()
print(E().who())
