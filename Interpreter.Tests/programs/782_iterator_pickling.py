# Pausing work part-way through an iteration: pickle the iterator, resume it later (or elsewhere).
import copy
import pickle


def resume(it):
    """Round-trip an iterator through pickle, as a checkpoint would."""
    return pickle.loads(pickle.dumps(it))


jobs = ["fetch", "parse", "index", "report"]
queue = iter(jobs)
print("first job:", next(queue))
saved = pickle.dumps(queue)
print("still to do (original):", list(queue))
print("still to do (restored):", list(pickle.loads(saved)))

# Every builtin iterator pickles, mid-way or exhausted.
sources = [(1, 2, 3), "héllo", b"\x00\xff\x10", bytearray(b"abc"), range(10, 40, 7),
           {"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2}.items(), {"a": 1, "b": 2}.values(), frozenset({42})]
for src in sources:
    it = iter(src)
    first = next(it)
    print(type(it).__name__, first, "->", list(resume(it)), "hint", it.__length_hint__())
    list(it)
    print("  exhausted ->", list(resume(it)))

backwards = reversed([1, 2, 3, 4])
next(backwards)
print("reversed list ->", list(resume(backwards)))

# __reduce__ says how: the builtin iter() over the sequence, then __setstate__(index).
it = iter([10, 20, 30])
next(it)
print(it.__reduce__())
print(iter(range(5)).__reduce__())
big = iter(range(2**64, 2**64 + 3))
next(big)
print(list(resume(big)))

restarted = iter("abcdef")
restarted.__setstate__(4)
print("setstate(4):", "".join(restarted))
clamped = iter([1, 2, 3])
clamped.__setstate__(-7)
print("setstate(-7):", list(clamped))

# copy.copy / deepcopy go through the same protocol.
it = iter([1, 2, 3])
next(it)
dup = copy.copy(it)
print("copy:", list(dup), list(it))


class Countdown:
    """An old-style sequence: iter() uses __getitem__ until IndexError."""

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 3 - i


it = iter(Countdown())
next(it)
print(type(it).__name__, it.__reduce__()[2], list(it))

# A bytearray iterator follows the bytearray it walks over.
data = bytearray(b"abc")
walker = iter(data)
next(walker)
data[:] = b"xyzw"
print("bytearray changed under iterator:", bytes(walker))

try:
    type(iter(b""))()
except TypeError as e:
    print("TypeError:", e)
