# itertools.tee shares one iterator between readers; a reader that re-enters it fails cleanly.
# An instance whose class's __call__ is an instance recurses until RecursionError.
import copy
import itertools
import weakref


def numbers():
    for i in range(5):
        yield i * i


a, b = itertools.tee(numbers())
print(next(a), next(a), next(b))
c = copy.copy(a)
print(list(a), list(c), list(b))

# tee of a tee shares the same buffer: the copy is the object itself
x, y = itertools.tee('abc')
p, q = itertools.tee(x)
print(p is x, list(q), list(y))

# the tee type can be built directly from an iterable, and weakly referenced
t = type(x)('xyz')
r = weakref.ref(t)
print(type(t).__name__, list(t), r() is t)


class Reenter:
    def __iter__(self):
        return self

    def __next__(self):
        return next(second)


first, second = itertools.tee(Reenter())
try:
    next(first)
except RuntimeError as e:
    print('RuntimeError:', e)

for n in (-1, 'two'):
    try:
        itertools.tee([], n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(itertools.tee([1], 0))

# long lag: one reader far behind the other
lead, lag = itertools.tee(range(1000))
print(sum(lead), sum(lag))


class Callable:
    pass


Callable.__call__ = Callable()
try:
    Callable()()
except RecursionError as e:
    print('RecursionError:', e)


async def agen():
    yield 1

g = agen()
print(weakref.ref(g)() is g)
