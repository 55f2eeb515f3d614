# str(), repr(), format() and f-strings give back what __str__/__repr__/__format__ returned,
# an instance of a str subclass included (PyObject_Str/Repr/Format); int(), float() and
# operator.index() of __int__/__float__/__index__ returning subclasses warn and give exact ones.
import operator
import warnings


class S(str):
    pass


class A:
    def __str__(self):
        return S("hello")

    def __repr__(self):
        return S("rep")

    def __format__(self, spec):
        return S("fmt" + spec)


def show(label, r):
    print(label, type(r).__name__, repr(r) if type(r) is str else str.__str__(r))


a = A()
show("str", str(a))
show("str kw", str(object=a))
show("repr", repr(a))
show("format", format(a))
show("format spec", format(a, ">5"))
show("fstring", f"{a}")
show("fstring spec", f"{a:x}")
show("fstring !s", f"{a!s}")
show("fstring !r", f"{a!r}")
show("fstring !a", f"{a!a}")
show("fstring joined", f"<{a}>")
show("str of S", str(S("x")))
show("format of S", format(S("x")))
show("str of str", str("plain"))


class T(str):
    def __str__(self):
        return S("from T")

    def __repr__(self):
        return S("T repr")


show("str of T", str(T("t")))
show("repr of T", repr(T("t")))
show("list repr", repr([a, T("t")]))


class U(str):
    def __format__(self, spec):
        return S("U" + spec)


show("format U", format(U("u"), "q"))
show("fstring U", f"{U('u')}")


class Bad:
    def __str__(self):
        return 5

    def __repr__(self):
        return b"x"

    def __format__(self, spec):
        return 1.5


for f in (str, repr, format, lambda x: f"{x}", lambda x: f"{x!s}", lambda x: f"{x!r}"):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError", e)


class E(Exception):
    def __str__(self):
        return S("exc text")


show("exception", str(E()))
show("exception fstring", f"{E()}")


class I(int):
    pass


class F(float):
    pass


class B:
    def __int__(self):
        return I(5)

    def __float__(self):
        return F(2.5)

    def __index__(self):
        return I(7)


class C:
    def __index__(self):
        return I(8)


class D:
    def __int__(self):
        return True

    def __index__(self):
        return False


class G:
    def __index__(self):
        return 3


cases = [
    ("int(B)", lambda: int(B())),
    ("float(B)", lambda: float(B())),
    ("int(C)", lambda: int(C())),
    ("float(C)", lambda: float(C())),
    ("int(D)", lambda: int(D())),
    ("index(C)", lambda: operator.index(C())),
    ("index(D)", lambda: operator.index(D())),
    ("index(True)", lambda: operator.index(True)),
    ("index(I)", lambda: operator.index(I(4))),
    ("list[C]", lambda: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19][C()]),
    ("range(C)", lambda: range(C())),
    ("hex(C)", lambda: hex(C())),
    ("str*G", lambda: "ab" * G()),
    ("G*list", lambda: G() * [1]),
    ("tuple*C", lambda: len((1,) * C())),
    ("bytes*G", lambda: b"x" * G()),
]
for label, f in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    print(label, type(r).__name__, r, [(m.category.__name__, str(m.message)) for m in w])

x = [0, 1]
x *= G()
print("list *= G", x)
try:
    "ab" * A()
except TypeError as e:
    print("TypeError", e)
