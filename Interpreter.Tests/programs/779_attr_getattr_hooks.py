# __getattr__, __getattribute__ and __setattr__ on ordinary classes, getattr/setattr/vars, and
# descriptors: the class-level rules attribute caches must keep.

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.a = 1
        self.b = 2


t = Target()
p = Proxy(t)
for _ in range(2):
    print(p.a + p.b)
p.c = 3
print(vars(t), p.log, sorted(vars(p)))


class Counted:
    def __init__(self):
        self.hits = 0
        self.value = "v"

    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)


c = Counted()
for _ in range(5):
    c.value
print(c.hits, vars(c))


class Defaults:
    colour = "red"
    size = 10

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


items = [Defaults(), Defaults(colour="blue"), Defaults(size=3, weight=1.5)]
for it in items:
    print(it.colour, it.size, getattr(it, "weight", None), vars(it))
Defaults.colour = "green"
print([it.colour for it in items])


class Typed:
    """A data descriptor storing in the instance dict under another name."""

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.key, 0)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.key[1:]} must be an int")
        obj.__dict__[self.key] = value


class Item:
    qty = Typed()
    price = Typed()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


items = [Item(i, 10 + i) for i in range(4)]
print([i.total() for i in items], vars(items[2]))
try:
    items[0].qty = "many"
except TypeError as e:
    print("TypeError:", e)


class Cached:
    """A non-data descriptor: the first read stores into the instance, which then shadows it."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Cached
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


circle = Circle(2)
print(circle.area, circle.area, vars(circle))


class Stats:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()

    @staticmethod
    def unit():
        return "unit"


for _ in range(3):
    Stats.make()
s = Stats()
print(Stats.count, s.count, s.unit(), Stats.unit(), s.make().count)


# Attributes on exceptions and functions go through the same paths.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


errors = []
for code in (1, 2):
    try:
        raise AppError(code)
    except AppError as e:
        e.note = "handled"
        errors.append((e.code, e.note, str(e), sorted(vars(e))))
print(errors)


def fn():
    pass


fn.tag = "x"
fn.count = 0
for _ in range(3):
    fn.count += 1
print(fn.tag, fn.count, vars(fn))
