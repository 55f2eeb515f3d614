# Iterating files and in-memory streams to their end: `for`, list(), next() with and without a
# default, subclasses that override readline, a readline that raises StopIteration, closed files,
# and __next__ borrowed by an unrelated class.
import io, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "lines.txt")
with open(path, "w") as f:
    f.write("alpha\nbeta\n\ngamma")

with open(path) as f:
    print([line for line in f])
    print(next(f, "end"), list(f))
    try:
        next(f)
    except StopIteration as e:
        print("StopIteration", e.args)

with open(path, "rb") as f:
    print(list(f))
with open(path, "rb", buffering=0) as f:
    print(list(f))

with open(path) as f:
    n = 0
    for line in f:
        n += 1
        if n == 2:
            break
    print(n, f.readline(), [l for l in f])

f = open(path)
f.close()
try:
    for line in f:
        pass
except ValueError as e:
    print("ValueError", e)

print(list(io.StringIO("a\nb\nc")), list(io.StringIO("")))
print(list(io.BytesIO(b"x\ny\n")), next(io.BytesIO(b""), "empty"))

class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()

print(list(Upper("one\ntwo\n")))

class Counting(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.calls = 0
    def readline(self, size=-1):
        self.calls += 1
        if self.calls > 2:
            raise StopIteration("stopped by readline")
        return super().readline(size)

c = Counting("1\n2\n3\n4\n")
print(list(c), c.calls)

class Lines(io.IOBase):
    def __init__(self, items):
        self.items = list(items)
    def readable(self):
        return True
    def readline(self, size=-1):
        return self.items.pop(0) if self.items else ""

print(list(Lines(["p\n", "q\n"])), sum(1 for _ in Lines(["r\n"] * 5)))

class Bad(io.IOBase):
    def readline(self, size=-1):
        return 42

try:
    list(Bad())
except TypeError as e:
    print("TypeError", e)

class Borrowed:
    __next__ = io.StringIO.__next__
    def __iter__(self):
        return self

try:
    for x in Borrowed():
        pass
except TypeError as e:
    print("TypeError", e)

with open(path) as f:
    print(dict(enumerate(f)), f.closed)
with open(path) as f:
    print(sorted(f, key=len), tuple(zip(f, "xy")))

os.remove(path)
os.rmdir(d)
