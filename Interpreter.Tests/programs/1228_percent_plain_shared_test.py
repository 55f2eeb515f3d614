# `%` with bare %d/%i/%u/%s conversions: the all-bare fast form and the same conversions mixed
# with others (the general loop) give the same text for every kind of argument.


class IntSub(int):
    def __str__(self):
        return "IntSub.__str__"

    def __repr__(self):
        return "IntSub.__repr__"


class StrSub(str):
    def __str__(self):
        return "StrSub.__str__"


class Obj:
    def __repr__(self):
        return "Obj.__repr__"

    def __str__(self):
        return "Obj.__str__"

    def __index__(self):
        return 42

    def __int__(self):
        return 43


args = [0, -1, 7, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 80, True, False, IntSub(5), "txt", "",
        "\u00e9\u4e2d\U0001f600", StrSub("sub"), 1.75, -0.0, None, Obj(), [1], (2,)]
for conv in "diusr":
    for a in args:
        for fmt in ("%" + conv, "<%" + conv + ">", "%" + conv + " %5s", "%x %" + conv):
            vals = (a,) if fmt.count("%") == 1 else ((a, "w") if fmt.endswith("%5s") else (255, a))
            try:
                r = fmt % vals
                print(repr(fmt), type(r).__name__, repr(r))
            except Exception as e:
                print(repr(fmt), type(e).__name__, e)


class OnlyInt:
    def __int__(self):
        return 44


class OnlyIndex:
    def __index__(self):
        return 45


for fmt in ("%d", "%i", "%u", "%x", "%o", "%X", "%5d", "%-4x"):
    for v in (OnlyInt(), OnlyIndex()):
        try:
            print(repr(fmt), repr(fmt % v))
        except TypeError as e:
            print(repr(fmt), "TypeError", e)

# A single non-tuple argument, too few and too many.
for fmt, v in [("%d", 5), ("%s", "x"), ("%s", StrSub("y")), ("%d%%", 9), ("%d %d", (1,)),
               ("%d", (1, 2)), ("%s", ()), ("%s %s", ("a", "b")), ("%%%s%%", "p")]:
    try:
        print(repr(fmt % v))
    except Exception as e:
        print(type(e).__name__, e)
