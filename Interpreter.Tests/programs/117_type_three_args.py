def hello(self):
    return f"hello from {self.name}"
Dynamic = type("Dynamic", (), {"name": "dyn", "hello": hello, "x": 1})
d = Dynamic()
print(type(d).__name__, d.hello(), d.x, Dynamic.__name__)
Sub = type("Sub", (Dynamic,), {"name": "sub"})
print(Sub().hello(), issubclass(Sub, Dynamic), [c.__name__ for c in Sub.__mro__])
print(type(Dynamic) is type, type(type) is type, type(object) is type)
Point = type("Point", (tuple,), {"x": property(lambda s: s[0])})
p = Point((5, 6))
print(p.x, p)
def make_class(fields):
    def __init__(self, *vals):
        for f, v in zip(fields, vals):
            setattr(self, f, v)
    return type("Rec", (), {"__init__": __init__, "fields": fields})
R = make_class(["a", "b"])
r = R(1, 2)
print(r.a, r.b, R.fields)
print(isinstance(3, type), isinstance(int, type), type(3) is int)
