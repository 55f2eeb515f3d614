nums = range(10)
g = (n * n for n in nums if n % 2)
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox jumped".split()))
print(sorted((c for c in "hello world" if c.isalpha()), reverse=True))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(set(x % 3 for x in range(10)))
print(tuple(x for x in ()))
print(any(x > 5 for x in nums), all(x < 10 for x in nums))
print("-".join(str(i) for i in range(5)))

# nested generator expressions
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix), list(x for row in matrix for x in row if x % 2 == 0))

# late binding vs. first iterable evaluated eagerly
x = [1, 2, 3]
g = (i * 10 for i in x)
x = [7, 8]
print(list(g))
try:
    g = (i for i in 5)
except TypeError as e:
    print("TypeError:", e)

# closures over loop variable in generator expressions
funcs = list((lambda i=i: i * 2) for i in range(3))
print([f() for f in funcs])

# generator expression scope: class body
class C:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
print(C.doubled)

# infinite generator with islice and early exit
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice((n for n in naturals() if n % 7 == 3), 5)))
print(next(n for n in naturals() if n * n > 200))
print(next((n for n in [] if n), "default"))

# generator expression as only argument with trailing comma is not allowed, but call parens are shared
print(sum(i for i in range(4)), min(i for i in [5, 3, 9]))
g = (i for i in range(3))
print(next(g), list(g), next(g, "exhausted"))
