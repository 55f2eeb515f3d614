# timeit: timing snippets with a fixed number of runs; only that they ran (and their shapes) is printed.
import timeit

t = timeit.Timer("sum(range(100))")
elapsed = t.timeit(number=200)
print(type(elapsed).__name__, elapsed >= 0)
runs = t.repeat(repeat=3, number=50)
print(len(runs), all(r >= 0 for r in runs))

calls = []
def work():
    calls.append(1)
    return sorted([5, 3, 1])
print(timeit.timeit(work, number=25) >= 0, len(calls))

setup = "data = list(range(50)); import bisect"
print(timeit.timeit("bisect.bisect(data, 25)", setup=setup, number=100) >= 0)
print(timeit.timeit("x * y", globals={"x": 3, "y": 4}, number=10) >= 0)
stmt = """
total = 0
for i in range(10):
    total += i
"""
print(len(timeit.repeat(stmt, repeat=2, number=5)))

n, secs = timeit.Timer("pass").autorange()
print(n >= 1, secs >= 0)
counter = iter(range(1000))
fake = timeit.Timer("pass", timer=lambda: next(counter))
print(fake.timeit(number=10), fake.repeat(repeat=2, number=3))
print(timeit.default_timer is not None, callable(timeit.default_timer))

try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
t = timeit.Timer("1/0")
try:
    t.timeit(number=1)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    t.print_exc(file=buf)
    print(buf.getvalue().strip().splitlines()[-1])
