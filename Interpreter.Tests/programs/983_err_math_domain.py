# conformance: full-stderr
# A math domain error from a directly-called math function inside float arithmetic reports the
# function's line, after handled ones (sqrt of a negative, acos out of range, exp overflow).
from math import sqrt, acos, exp

for f, v in ((sqrt, -1.0), (acos, 2), (exp, 1000.0)):
    try:
        f(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def length(x, y):
    return sqrt(x * x - y * y * 2)


print(length(3.0, 1.0))
print(length(1.0, 3.0))
