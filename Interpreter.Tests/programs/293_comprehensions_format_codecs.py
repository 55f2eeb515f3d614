# Comprehension scoping, closures in loops, container str/format corners, codecs with byte order marks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [(x, y) for x in range(3) if x for y in range(x)])
t(lambda: {x: [y for y in range(x)] for x in range(3)})
t(lambda: [[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)])
t(lambda: [x for x in range(5) if x % 2 if x > 1])
t(lambda: [(yield_ := i) for i in range(2)])
t(lambda: (lambda: [i for i in range(3)])())
t(lambda: [lambda: i for i in range(3)][0]())
t(lambda: sum(x for x in range(10) if x & 1))
t(lambda: list(filter(lambda s: s, map(str.strip, [" a", " ", "b "]))))
t(lambda: next((x for x in [] ), "none"))
t(lambda: {(a, b) for a in "ab" for b in "ab" if a != b} == {("a", "b"), ("b", "a")})
t(lambda: [*map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))])
def gen_scope():
    x = 10
    return list(x + i for i in range(3))
t(gen_scope)
def walrus():
    data = [1, 5, 10, 20]
    return [y for x in data if (y := x * 2) > 5], y
t(walrus)
def closure_loop():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    return [f() for f in fs]
t(closure_loop)
def nonlocal_gen():
    n = 0
    def g():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return list(g()), n
t(nonlocal_gen)
def gen_return_in_finally():
    def g():
        try:
            yield 1
        finally:
            return "fin"
    it = g(); next(it)
    try:
        next(it)
    except StopIteration as e:
        return e.value
t(gen_return_in_finally)
t(lambda: list(zip(*[iter(range(7))] * 3)))
t(lambda: [i for i in range(3)][-1:])
t(lambda: str([0.1, 1e-5, 1e20, 1/3, -0.0]))
t(lambda: str({"a": 1.5, "b": (2.0,)}))
t(lambda: f"{[1, 2]!s:>10}|{(1,)!r}|{ {'k': 'v'} }")
t(lambda: "{0!r:^12}".format([1]))
t(lambda: format([1, 2]))
t(lambda: format([1, 2], ">10"))
t(lambda: format(None, ""))
t(lambda: format(None, ">5"))
t(lambda: f"{None!s:>5}")
t(lambda: f"{True:>5}|{False:d}|{True:.2f}")
t(lambda: f"{3:{'>'}{5}}")
t(lambda: "%s %s" % ("a", ["b"]))
t(lambda: "%(x)s" % {"x": [1]})
t(lambda: "%-6.2f|" % 3.14159)
t(lambda: "%+.1e" % 12345)
t(lambda: "%x" % 3.0)
t(lambda: "%d" % 3.7)
t(lambda: "%s" % ())
t(lambda: "%s" % {})
t(lambda: "{}".format({}))
t(lambda: "{:5}".format("é"))
t(lambda: "{:>{w}.{p}f}".format(3.14159, w=8, p=2))
t(lambda: "{!r}".format("x'y"))
t(lambda: repr('x"y\'z'))
t(lambda: repr("\x00\x1f\x7f\x80\xa0\xad"))
t(lambda: repr("\u200b\u2028\ufeff"))
t(lambda: ascii("\u200b"))
t(lambda: "é".encode("utf-16"))
t(lambda: "é".encode("utf-16-le"))
t(lambda: "aé".encode("utf-32-be"))
t(lambda: b"\xff\xfe\xe9\x00".decode("utf-16"))
t(lambda: "abc".encode("cp1252"))
t(lambda: "ü".encode("latin1"))
t(lambda: bytes("ü", "UTF8"))
t(lambda: "".encode("utf-16"))
t(lambda: "ab".encode("utf-32"))
t(lambda: "ab".encode("utf-32").decode("utf-32"))
t(lambda: b"\xfe\xff\x00a".decode("utf-16"))
t(lambda: b"a\x00".decode("utf-16"))
t(lambda: "é".encode("utf-16").decode("utf-16-le"))
