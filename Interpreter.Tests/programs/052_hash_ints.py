print(hash(0), hash(1), hash(-1), hash(-2), hash(42))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(10 ** 20))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0))
print(hash(()), hash((1,)), hash((1, 2, 3)))
print(hash("abc") == hash("abc"))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
