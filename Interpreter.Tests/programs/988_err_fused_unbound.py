# conformance: full-stderr
# An uncaught UnboundLocalError raised by the second of two adjacent LOAD_FASTs (which the
# untraced loop runs in one step) inside a loop: the traceback names that line, as CPython's.
def scale(points, factor):
    out = []
    for x, y in points:
        if x > 2:
            del factor
        out.append((x * factor, y * factor))
    return out


def main():
    print(scale([(1, 2), (2, 3)], 10))
    print(scale([(1, 2), (3, 4)], 10))


main()
