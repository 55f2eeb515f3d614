# Sequence patterns: lists, tuples, ranges and list/tuple subclasses; star captures; what is not a sequence.
from collections import namedtuple


def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"


for s in ([], [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5), range(4), range(0), "ab", b"ab", {1, 2}, {"k": 1}, 7):
    try:
        print(repr(s), "->", shape(s))
    except Exception as e:
        print(type(e).__name__, e)


def star_positions(seq):
    match seq:
        case [*init, "end"]:
            return ("ends with end", init)
        case ["start", *rest]:
            return ("starts", rest)
        case [a, *mid, b] if a == b:
            return ("same ends", mid)
        case [*everything]:
            return ("anything", everything)
    return "not a sequence"


for s in (["x", "end"], ("start", 1, 2), [5, 0, 0, 5], [1, 2], (), "str"):
    print(star_positions(s))


# Star wildcards only fetch what they need (by index from both ends).
def ends(seq):
    match seq:
        case [first, *_, last]:
            return first, last
        case [*_, last]:
            return last
        case [*_]:
            return "empty"


print(ends([1, 2, 3, 4]), ends((9,)), ends([]), ends(range(10, 20)))

# Nested sequences
grid = [[1, 2], [3, [4, 5]], (6,)]
match grid:
    case [[a, b], [c, [d, e]], (f,)]:
        print(a + b + c + d + e + f)

Point = namedtuple("Point", "x y")


class Stack(list):
    pass


for v in (Point(1, 2), Stack([1, 2, 3]), [Point(0, 0), Point(5, 5)]):
    match v:
        case Point(x=0, y=0):
            print("origin")
        case (x, y):
            print("a pair", x, y, type(v).__name__)
        case [Point(x1, y1), Point(x2, y2)]:
            print("segment", (x1, y1), (x2, y2))
        case [_, _, _]:
            print("three items", type(v).__name__)

# Parenthesized and open sequence patterns
match 1, 2:
    case (1, 2, 3):
        print("three")
    case 1, two:
        print("open sequence", two)

match (1,):
    case (x,):
        print("one-tuple", x)


# Lengths are checked with len(); items are unpacked by iteration.
class Seq(list):
    def __len__(self):
        print("  len called")
        return super().__len__()


match Seq([1, 2, 3]):
    case [a, b]:
        print("two")
    case [a, *rest]:
        print("head", a, rest)
