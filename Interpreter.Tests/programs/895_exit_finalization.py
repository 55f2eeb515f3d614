# conformance: own-process
# At exit, what only the modules kept alive is finalised as in CPython 3.11: suspended generators
# run their finally blocks, __del__ methods run (with the module's globals still intact), and
# weak-reference callbacks fire, after atexit callbacks, also after SystemExit. (Herthon runs them
# in the order the objects were made; CPython's order within one container can differ: a list
# releases its items last to first.)
import atexit
import weakref


def helper():
    return "helper still here"


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, helper())


class Target:
    pass


def callback(ref):
    print("weakref callback")


g = gen("global generator")
next(g)
r = Resource("global resource")
target = Target()
ref = weakref.ref(target, callback)


def escape():
    h = gen("escaped generator")
    next(h)
    return h


kept = [escape()]
also = {"key": Resource("in a dict")}
atexit.register(print, "atexit callback")
print("end of program")
raise SystemExit(3)
