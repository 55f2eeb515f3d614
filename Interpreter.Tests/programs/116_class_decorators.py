def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
print(Item("pen", 1.5), [Item("a", 1)])
registry = []
def registered(cls):
    registry.append(cls.__name__)
    return cls
@registered
class A: pass
@registered
class B: pass
print(registry)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("first").url, Db("second").url, Db("x") is Db("y"))
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
