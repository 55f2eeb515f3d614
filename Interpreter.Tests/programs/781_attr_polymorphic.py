# One attribute site seeing many classes and layouts: subclasses, builtin subclasses, modules,
# classes themselves, and threads changing instances another thread reads.
import math
import threading


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Child(Base):
    def __init__(self, v):
        self.extra = 0
        super().__init__(v * 10)


class Other:
    v = "class attribute"

    def get(self):
        return "other"


class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.v = "list attr"

    def get(self):
        return len(self)


class MyInt(int):
    v = "int class attr"


objs = [Base(1), Child(2), Other(), MyList([1, 2, 3]), MyInt(7), Base(3)]
for _ in range(3):
    print([o.v for o in objs], [getattr(o, "get", lambda: "none")() for o in objs])
objs[4].__dict__["v"] = "int instance attr"
print([o.v for o in objs])


def read(x, name):
    return getattr(x, name)


print(read(math, "pi"), read(Base, "get").__name__, read(objs[0], "v"))
print([f(2.0) for f in (math.sqrt, math.exp, math.log)])
print([type(o).__name__ for o in objs], Child.__mro__[1].__name__)


def module_reads():
    out = []
    for _ in range(3):
        out.append(math.floor(math.pi))
    return out


print(module_reads())


class Counter:
    def __init__(self):
        self.n = 0
        self.lock = threading.Lock()


counter = Counter()


def work():
    for _ in range(2000):
        with counter.lock:
            counter.n += 1
            counter.last = threading.current_thread().name


threads = [threading.Thread(target=work, name=f"t{i}") for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(counter.n, counter.last in {"t0", "t1", "t2", "t3"}, sorted(vars(counter)))


class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h


class Rect(Shape):
    def area(self):
        return self.w * self.h


class Tri(Shape):
    def area(self):
        return self.w * self.h / 2


shapes = [Rect(2, 3), Tri(4, 5), Rect(1, 1), Tri(2, 2)] * 50
print(sum(s.area() for s in shapes))
