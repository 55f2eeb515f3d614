import pickle, copy, itertools
s = slice(1, 2, 3)
print(pickle.loads(pickle.dumps(s)), copy.deepcopy(slice([1], [2])), s.__reduce__())
vals = [None, -2**100, -2**30, -53, -7, -1, 0, 1, 7, 53, 2**30, 2**100]
import hashlib
h = hashlib.md5()
for args in itertools.product(vals, repeat=3):
    sl = slice(*args)
    for length in [0, 1, 7, 53, 2**30, 2**100]:
        try: r = sl.indices(length)
        except ValueError as e: r = str(e)
        try: e2 = range(length)[sl]
        except ValueError as e: e2 = str(e)
        h.update(repr((r, e2)).encode())
print(h.hexdigest())
for bad in (lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice('a').indices(3)):
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(0, 5) >= slice(0, 5, 1) if False else 0)
try: hash(slice(1))
except TypeError as e: print(e)
print(sorted([slice(3), slice(1, 2), slice(1, 1)], key=lambda s: (s.start or 0, s.stop)))
print(slice(1, 2).__eq__(5), slice.__lt__(slice(1), slice(2)))
