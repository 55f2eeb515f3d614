# conformance: own-process
# A class made inside a function is freed by gc.collect() once nothing references it, even after
# its instances were created and its methods and attributes looked up (the type's method cache
# must not keep it, its methods or its class attributes alive); a class still referenced
# survives, and lookups after the collection still see the right attributes.
import gc
import weakref


class Token:
    pass


def make_used():
    class C:
        attr = Token()

        def m(self):
            return self.attr

    c = C()
    c.m()
    c.m()
    C.attr
    getattr(c, "missing", None)
    return weakref.ref(C), weakref.ref(C.__dict__["attr"])


def make_with_init():
    class D:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return "D(%r)" % self.v

    d = D(3)
    repr(d)
    str(d)
    return weakref.ref(D)


def make_subclass():
    class Base:
        def hello(self):
            return "base"

    class Sub(Base):
        pass

    Sub().hello()
    return weakref.ref(Base), weakref.ref(Sub)


def make_never_used():
    class E:
        pass

    return weakref.ref(E)


refs = [make_used(), (make_with_init(),), make_subclass(), (make_never_used(),)]
gc.collect()
print([[r() is None for r in group] for group in refs])


# A class that is kept is not harmed by the cache being emptied.
class Kept:
    x = 1

    def m(self):
        return self.x


k = Kept()
print(k.m(), Kept.x)
gc.collect()
print(k.m(), Kept.x)
Kept.x = 2
gc.collect()
print(k.m(), Kept.x, hasattr(k, "m"), getattr(k, "nope", "default"))


# Repeated: classes made in a loop do not accumulate.
def churn(n):
    out = []
    for i in range(n):
        class F:
            val = i

            def get(self):
                return self.val

        out.append(F().get())
        out.append(weakref.ref(F))
    return out


made = churn(50)
gc.collect()
print(sum(v for v in made if isinstance(v, int)), sum(1 for v in made if isinstance(v, weakref.ref) and v() is not None))
