# Generators resumed by the C#-side consumers (list, tuple, sorted, join, dict, sum, min, any,
# map, zip, enumerate, itertools) and by yield-from chains, each level in or out of an except
# block: what sys.exc_info() shows at each level, GeneratorExit's context when close() meets a
# generator suspended inside its except block, and StopIteration/return values unaffected.
import itertools
import sys


def cur():
    return repr(sys.exc_info()[1])


def src(n, tag):
    for i in range(n):
        if i % 2:
            try:
                raise IndexError(f"{tag}{i}")
            except IndexError:
                yield f"{i}:{cur()}"
        else:
            yield f"{i}:{cur()}"


def consumers():
    print(" list   ", list(src(4, "l")))
    print(" tuple  ", tuple(src(3, "t")))
    print(" sorted ", sorted(src(3, "s")))
    print(" join   ", "|".join(src(3, "j")))
    print(" dict   ", dict(enumerate(src(3, "d"))))
    print(" min    ", min(src(3, "m")))
    print(" any    ", any(x.endswith("None") for x in src(2, "a")))
    print(" map    ", list(map(str.upper, src(3, "p"))))
    print(" zip    ", list(zip(src(3, "z"), src(3, "y"))))
    print(" chain  ", list(itertools.chain(src(2, "c"), src(2, "e"))))
    print(" islice ", list(itertools.islice(src(5, "i"), 1, 4)))
    print(" genexp ", [x for x in (y + "!" for y in src(3, "g"))])
    print(" sum    ", sum(len(x) for x in src(4, "u")))


print("-- consumers, nothing handled outside")
consumers()
print("-- consumers inside an except block")
try:
    raise KeyError("consumer")
except KeyError:
    consumers()
print("after:", cur())


def level(depth, tag):
    try:
        raise LookupError(f"{tag}{depth}")
    except LookupError:
        if depth == 0:
            yield f"bottom {cur()}"
        else:
            yield from level(depth - 1, tag)
    yield f"d{depth} after {cur()}"


print("-- yield from chains, each level in its except block")
for x in level(3, "yf"):
    print(" ", x)
try:
    raise KeyError("chain-caller")
except KeyError:
    for x in level(2, "yk"):
        print(" ", x)
it = level(2, "split")
try:
    raise KeyError("first-half")
except KeyError:
    print(" ", next(it))
    print(" ", next(it))
print(" ", next(it))
print(" ", list(it))


def closer():
    try:
        raise IndexError("closer-own")
    except IndexError:
        try:
            yield 1
        except GeneratorExit as e:
            print("  GeneratorExit context:", repr(e.__context__), "| exc_info", cur())
            raise


print("-- close() of a generator suspended in its except block")
g = closer()
next(g)
g.close()
g = closer()
next(g)
try:
    raise KeyError("close-caller")
except KeyError:
    g.close()
    print("  after close:", cur())


def returner():
    try:
        raise IndexError("ret")
    except IndexError:
        yield 1
        return "value"


print("-- return values and StopIteration")
g = returner()
try:
    raise KeyError("ret-caller")
except KeyError:
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("  StopIteration", e.value, "context", repr(e.__context__), "| exc_info", cur())
def delegator():
    r = yield from returner()
    yield f"delegated got {r}: {cur()}"
print(" ", list(delegator()))


print("-- generator shared between two resumers")
def shared():
    while True:
        try:
            raise IndexError("shared")
        except IndexError:
            yield "in " + cur()
        yield "out " + cur()

s = shared()
def resumer_a():
    try:
        raise KeyError("A")
    except KeyError:
        yield next(s)
        yield next(s)
def resumer_b():
    yield next(s)
    try:
        raise TypeError("B")
    except TypeError:
        yield next(s)
a, b = resumer_a(), resumer_b()
print(" ", next(a), "|", next(b))
print(" ", next(a), "|", next(b))
print(" ", next(s), "|", cur())
