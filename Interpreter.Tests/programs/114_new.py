class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
a = Singleton()
b = Singleton()
print(a is b)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
n = Positive(-5)
print(n, n + 1, type(n).__name__, isinstance(n, int))
class Tagged(str):
    def __new__(cls, s, tag):
        obj = super().__new__(cls, s)
        obj.tag = tag
        return obj
t = Tagged("hello", "greeting")
print(t, t.tag, t.upper(), len(t))
class Trace:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
Trace(1, 2)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called")
print(type(Weird()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt))
