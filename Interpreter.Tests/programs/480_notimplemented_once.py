# Rich comparisons and binary operators: when both operands' methods return
# NotImplemented, each method runs exactly once before the fallback.

calls = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        calls.append("Money.__eq__")
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented

    def __ne__(self, other):
        calls.append("Money.__ne__")
        return NotImplemented

    def __lt__(self, other):
        calls.append("Money.__lt__")
        return NotImplemented

    def __add__(self, other):
        calls.append("Money.__add__")
        return NotImplemented

    def __radd__(self, other):
        calls.append("Money.__radd__")
        return NotImplemented


class Points:
    def __eq__(self, other):
        calls.append("Points.__eq__")
        return NotImplemented

    def __gt__(self, other):
        calls.append("Points.__gt__")
        return NotImplemented

    def __add__(self, other):
        calls.append("Points.__add__")
        return NotImplemented

    def __radd__(self, other):
        calls.append("Points.__radd__")
        return NotImplemented


class OnlyEq:
    def __eq__(self, other):
        calls.append("OnlyEq.__eq__")
        return NotImplemented


class Tag(str):
    def __eq__(self, other):
        calls.append("Tag.__eq__")
        return NotImplemented

    __hash__ = str.__hash__

    def __add__(self, other):
        calls.append("Tag.__add__")
        return NotImplemented


def run(label, thunk):
    calls.clear()
    try:
        result = thunk()
    except TypeError as exc:
        result = f"TypeError: {exc}"
    print(f"{label:<22} {result!s:<55} {calls}")


m, p = Money(100), Points()
run("m == p", lambda: m == p)
run("p == m", lambda: p == m)
run("m == m", lambda: m == m)
run("m != p", lambda: m != p)
run("m < p", lambda: m < p)
run("p < m", lambda: p < m)
run("m + p", lambda: m + p)
run("p + m", lambda: p + m)
run("m + 1", lambda: m + 1)
run("1 + m", lambda: 1 + m)
run("[m] == [p]", lambda: [m] == [p])
run("p in [m, m]", lambda: p in [m, m])
run("(m,) < (p,)", lambda: (m,) < (p,))
e = OnlyEq()
run("e != p", lambda: e != p)
run("e == e", lambda: e == e)
run("e != e", lambda: e != e)
t = Tag("a")
run("t == m", lambda: t == m)
run("m == t", lambda: m == t)
run("t == 'a'", lambda: t == "a")
run("t + p", lambda: t + p)
run("p + t", lambda: p + t)
