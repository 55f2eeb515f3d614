# str(x), float(x) and int(x) with one positional argument: exact builtins, subclasses, objects
# with __str__ / __float__ / __index__ / __int__, bools, keywords and errors, as python3.11.


class S(str):
    pass


class I(int):
    def __index__(self):
        return 99

    def __float__(self):
        return 2.5


class F(float):
    def __float__(self):
        return 7.25


class WithStr:
    def __str__(self):
        return "with-str"


class BadStr:
    def __str__(self):
        return 42


class WithFloat:
    def __float__(self):
        return 1.75


class WithIndex:
    def __index__(self):
        return 12


class WithInt:
    def __int__(self):
        return 34


def show(v):
    return "%s %r" % (type(v).__name__, v)


def main():
    total = 0
    for i in range(2000):
        total += len(str(i)) + int(str(i)) + int(float(i)) + int(i)
    print(total)
    s = "abc"
    print(str(s) is s, show(str(S("x"))), show(str(5)), show(str(-7.5)), show(str(True)), show(str(None)))
    print(show(str(b"by")), show(str([1, "a"])), show(str((1,))), show(str({1: 2})))
    print(show(str(WithStr())), show(str(I(3))), show(str(F(1.5))))
    print(show(float(3)), show(float(-2**70)), show(float(2.5)), show(float(True)), show(float(I(4))), show(float(F(1.0))))
    print(show(float(" 1.5 ")), show(float("inf")), show(float(WithFloat())), show(float(WithIndex())))
    print(show(int(5)), show(int(True)), show(int(False)), show(int(I(8))), show(int(WithIndex())), show(int(WithInt())))
    print(show(int("  42 ")), show(int(3.99)), show(int(-3.99)), show(int(2**80)))
    x = 10 ** 30
    print(int(x) is x, float(x), str(x))
    f = 1.25
    print(float(f) is f, show(float(F(2.0))))
    print(show(str(object="kw")), show(int("ff", 16)), show(int("12", base=8)), show(float()), show(str()), show(int()))
    print(show(str(b"caf\xc3\xa9", "utf-8")), show(str(b"abc", encoding="ascii")))
    for bad in (lambda: str(BadStr()), lambda: float("x1"), lambda: float([1]), lambda: int("1.5"),
                lambda: int([2]), lambda: float(10 ** 400), lambda: int(float("nan")), lambda: int(float("inf")),
                lambda: str(1, 2, 3, 4), lambda: float(1, 2), lambda: int(x=1), lambda: float(x=1.0)):
        try:
            print("no error", bad())
        except Exception as e:
            print(type(e).__name__, e)
    strs = [str(v) for v in (1, 2.0, "s", None, WithStr())]
    print(strs, [type(v).__name__ for v in strs])


main()
