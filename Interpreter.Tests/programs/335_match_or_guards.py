# Or-patterns, guards and the order in which names are bound and sub-patterns are evaluated.


def classify(value):
    match value:
        case 0 | 1 | 2:
            return "tiny"
        case [x, 0] | [0, x] | {"x": x, "zero": 0}:
            return f"axis {x}"
        case (a, b) | [a, b, _] | {"a": a, "b": b} if a == b:
            return f"double {a}"
        case (a, b) | [_, a, b] | {"b": b, "a": a}:
            return f"pair {a} {b}"
        case str() | bytes() as text if len(text) > 5:
            return "long text"
        case str() | bytes():
            return "short text"
    return "other"


for v in (1, [5, 0], (0, 6), {"x": 3, "zero": 0}, (4, 4), [7, 7, 9], {"a": 2, "b": 2}, (1, 9), [0, 1, 2],
          {"b": 8, "a": 3}, "a long string", b"hi", 3.5):
    print(repr(v), "->", classify(v))

# Guards see the captures; a failed guard leaves them bound (they were stored before the guard ran).
log = []


def check(n, limit):
    log.append(f"guard({n}, {limit})")
    return n < limit


for item in ([3, 10], [30, 10], [1]):
    match item:
        case [n, limit] if check(n, limit):
            print("under", n, limit)
        case [n, limit]:
            print("over", n, limit)
        case [n]:
            print("single", n)
print(log)


# Value patterns are compared in order, left to right, and stop at the first failure.
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  compare {self.name} == {other!r}")
        return self.name == other


class Names:
    A = Loud("a")
    B = Loud("b")
    C = Loud("c")


match ["a", "x", "c"]:
    case [Names.A, Names.B, Names.C]:
        print("abc")
    case [Names.A, _, Names.C]:
        print("a_c")

match "c":
    case Names.A | Names.B | Names.C:
        print("one of the names")

# Guards can use the walrus operator and call functions; the first true guard wins.
for text in ("add 2 3", "neg 4", "add x 1", "nop"):
    match text.split():
        case ["add", a, b] if (total := (int(a) if a.isdigit() else None)) is not None:
            print("sum", total + int(b))
        case ["add", *_]:
            print("bad add")
        case ["neg", n] if n.isdigit():
            print("negated", -int(n))
        case [op]:
            print("bare op", op)

# A guard on a wildcard case, and the default case after it
for n in (-5, 0, 5):
    match n:
        case _ if n < 0:
            print(n, "negative")
        case 0:
            print(n, "zero")
        case _:
            print(n, "positive")


# Alternatives binding the same names in different positions
def swap_pairs(pairs):
    out = []
    for p in pairs:
        match p:
            case ("L", left, right) | ("R", right, left):
                out.append((left, right))
    return out


print(swap_pairs([("L", 1, 2), ("R", 1, 2), ("X", 0, 0)]))

# Nested or-patterns inside sequences and classes
match [1, [2, 3]]:
    case [1 | 2, [2 | 3 as inner, 3 | 4 as other]]:
        print("nested or", inner, other)
