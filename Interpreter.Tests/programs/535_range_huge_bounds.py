# Ranges over ints beyond 64 bits: arithmetic on the bounds, never materialised.
import sys

GOOGOL = 10 ** 100
big = range(GOOGOL)
print(big)
print(big[0], big[-1] == GOOGOL - 1, big[12345])
print(GOOGOL // 2 in big, GOOGOL in big, -1 in big)

# Every 7th number between two huge bounds.
sevens = range(7 * (2 ** 70), 2 ** 80, 7)
print(sevens.start, sevens.stop, sevens.step)
print(sevens.index(7 * (2 ** 70) + 700), sevens.count(2 ** 72), sevens.count(7 * 2 ** 72))
print(sevens[3:6], list(sevens[3:6]))
print(sevens[::-1][:3], list(sevens[::-1][:3]))

# len() stops at sys.maxsize, as the sequence protocol requires.
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(sys.maxsize)), len(range(2 ** 64, 2 ** 64 + 5)))
print(range(sys.maxsize + 1)[sys.maxsize] == sys.maxsize)

# Iteration and reversal across the 64-bit boundary.
edge = range(2 ** 63 - 2, 2 ** 63 + 2)
print(list(edge))
print(list(reversed(edge)))
it = iter(range(2 ** 100, 2 ** 100 + 3))
print(type(it).__name__, it.__length_hint__(), next(it) - 2 ** 100, list(it))
for i, n in enumerate(range(-(2 ** 65), 2 ** 65, 2 ** 64)):
    print(i, n)

# Equality and hashing compare the values, not the arguments.
print(range(2 ** 70, 2 ** 70 + 1) == range(2 ** 70, 2 ** 70 + 1, 99))
print(range(2 ** 70, 2 ** 70) == range(0), hash(range(2 ** 70, 2 ** 70)) == hash(range(5, 5)))
print(hash(range(0, 2 ** 80, 3)) == hash(range(0, 2 ** 80 - 1, 3)))
print({range(2 ** 90, 2 ** 91): "huge"}[range(2 ** 90, 2 ** 91)])
print(bool(range(2 ** 100, 0)), bool(range(2 ** 100)))

# Errors match CPython's.
for bad in (lambda: big[GOOGOL], lambda: range(10).index(2 ** 80), lambda: range(1, 2 ** 70, 0),
            lambda: range(5).index(7.5)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
