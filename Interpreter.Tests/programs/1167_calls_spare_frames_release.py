# conformance: own-process
# Finished calls keep nothing alive: after a function returns (normally, by an exception, from
# deep recursion, with temporaries left on its value stack), gc.collect() lets the arguments,
# locals and stack values it had go, as in CPython, and the function's next calls still see
# fresh locals.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def plain(o):
    x = o
    return x.name


def stacky(o, p):
    # values on the stack while a call runs: the call's callable and arguments
    return len([o, p, (o, p), {"k": o}]) + ident(ident(o)).name.count("o")


def ident(v):
    return v


def raises(o):
    y = o
    raise ValueError(y.name)


def rec(n, o):
    if n == 0:
        return o.name
    tmp = [o]
    return rec(n - 1, tmp[0])


def loop_ret(o):
    for x in [1, 2, o, 3]:
        if x is o:
            return x.name


class Holder:
    def __init__(self, o):
        self.o = o

    def __enter__(self):
        return self.o

    def __exit__(self, *a):
        return False


def with_ret(o):
    with Holder(o) as v:
        return v.name


class M:
    def meth(self, o):
        self.last = None
        z = o
        return z.name


def check(label, call):
    o = Obj(label)
    r = weakref.ref(o)
    try:
        result = call(o)
    except ValueError as e:
        result = "raised " + str(e)
        del e
    del o
    gc.collect()
    print(label, result, "alive" if r() is not None else "released")


check("plain", plain)
check("stacky", lambda o: stacky(o, Obj("p")))
check("raises", raises)
check("rec", lambda o: rec(50, o))
check("rec-deep", lambda o: rec(300, o))
check("loop_ret", loop_ret)
check("with_ret", with_ret)
m = M()
check("meth", m.meth)

# Many calls, then one more: the spare frames' locals start unbound.
def probe_unbound(first):
    if first:
        secret = Obj("s")
        return secret.name
    try:
        return secret
    except UnboundLocalError as e:
        return "unbound"


print(probe_unbound(True), probe_unbound(False), [probe_unbound(i % 2 == 0) for i in range(4)])


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


big = [Obj(str(i)) for i in range(5)]
refs = [weakref.ref(b) for b in big]
print(sum(len(rec(20, b)) for b in big), fib(15))
del big
gc.collect()
print(sum(1 for r in refs if r() is not None), "of", len(refs), "alive")
