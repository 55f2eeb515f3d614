# `for x in a_list:` (GET_ITER of an exact list): list subclasses with and without __iter__, a list
# that grows, shrinks or is replaced while it is walked, an exhausted iterator, nested walks of one
# list, comprehensions and generator expressions over lists, tracing switched on midway.
import sys


class L(list):
    pass


class Rev(list):
    def __iter__(self):
        return iter(list(reversed(list.__iter__(self).__class__ and self[:])))


class Odd(list):
    def __iter__(self):
        yield from (x for i, x in enumerate(list.__iter__(self)) if i % 2 == 0)


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def main():
    print(walk([1, 2, 3]), walk(L([4, 5])), walk(Rev([1, 2, 3])), walk(Odd([1, 2, 3, 4, 5])), walk([]))
    print(type(iter([])).__name__, type(iter(L())).__name__)

    grow = [1, 2, 3]
    seen = []
    for x in grow:
        seen.append(x)
        if x < 6:
            grow.append(x + 3)
    print(seen)

    shrink = [1, 2, 3, 4, 5, 6]
    seen = []
    for x in shrink:
        seen.append(x)
        if x == 2:
            del shrink[:]
    print(seen, shrink)

    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        items = ["other"]           # the loop walks the list it started with
    print(seen, items)

    pairs = []
    nums = [1, 2, 3]
    for a in nums:
        for b in nums:
            if a < b:
                pairs.append((a, b))
    print(pairs)

    it = iter([1])
    base = [1]
    it = iter(base)
    print(list(it), list(it))
    base.append(2)
    print(list(it))                 # an exhausted list iterator stays exhausted

    print([x * 2 for x in [1, 2, 3]], sum(x for x in [4, 5, 6]), {x: x for x in L([7])})

    try:
        for x in None:
            pass
    except TypeError as e:
        print(e)

    lines = []

    def tr(frame, event, arg):
        if frame.f_code.co_name == "traced_walk":
            lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
        return tr

    def traced_walk(seq):
        t = 0
        for x in seq:
            t += x
        return t

    print(traced_walk([1, 2]))
    sys.settrace(tr)
    print(traced_walk([1, 2]))
    sys.settrace(None)
    print(lines)


main()
