# Class bodies and comprehensions: which names are visible where
x = "global x"
class A:
    x = "class x"
    y = [x for _ in range(2)]          # comprehension sees the global, not the class x
    z = x                              # class body sees its own x
    def method(self):
        return x                       # methods skip the class scope
    w = (lambda: x)()                  # lambdas skip it too
    first = [i for i in range(3)]
    pairs = [(i, j) for i in range(2) for j in range(i + 1)]
    try:
        nested = [[x for _ in range(1)] for _ in range(1)]
    except NameError as e:
        nested = str(e)
print(A.y, A.z, A().method(), A.w)
print(A.first, A.pairs, A.nested)

class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [v * 2 for v in items]      # the outermost iterable is evaluated in class scope
    try:
        scaled = [v * total for v in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(B.total, B.doubled, B.scaled)

def outer():
    v = "enclosing v"
    class C:
        v = "class v"
        seen = v
        def m(self):
            return v
        comp = [v for _ in range(1)]
    return C.seen, C().m(), C.comp
print(outer())

def make():
    counter = 0
    class Counter:
        nonlocal counter
        counter += 10
        def bump(self):
            nonlocal counter
            counter += 1
            return counter
    c = Counter()
    return c.bump(), c.bump(), counter
print(make())

class D:
    global gval
    gval = "set from class body"
print(gval, hasattr(D, "gval"))

class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)

class F:
    locals_snapshot = sorted(k for k in locals() if not k.startswith("__"))
    q = 5
    after = sorted(k for k in locals() if not k.startswith("__"))
print(F.locals_snapshot, F.after)

def shadow():
    result = []
    for i in range(3):
        result.append(lambda i=i: i * 10)
    late = [lambda: i for i in range(3)]
    return [f() for f in result], [f() for f in late]
print(shadow())

print([x for x in "ab"], x)
gen = (x for x in range(2))
print(list(gen), x)
