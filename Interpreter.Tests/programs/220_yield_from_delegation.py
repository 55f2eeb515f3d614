def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    z = yield "outer-1"
    return z

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("final", e.value)

# throw is forwarded to the delegate
def sub():
    try:
        yield 1
    except KeyError:
        yield "sub handled KeyError"
    yield 2
def delegator():
    yield from sub()
    yield "after sub"
d = delegator()
print(next(d), d.throw(KeyError), next(d), next(d))

# close is forwarded
def sub2():
    try:
        yield 1
    finally:
        print("sub2 finalised")
def deleg2():
    try:
        yield from sub2()
    finally:
        print("deleg2 finalised")
d2 = deleg2()
next(d2)
d2.close()

# yield from any iterable
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1}, (x * x for x in range(3)))))

# recursive yield from: tree traversal
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for ch in children:
        yield from walk(ch, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)

# yield from returns StopIteration value of iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n
def wrap():
    r = yield from Countdown(3)
    yield ("result", r)
print(list(wrap()))

# flatten arbitrarily nested lists
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
