# Every way out of an inline __init__ frame: a normal return, a non-None return (TypeError in
# the caller), an exception caught by the caller, one caught further out, and a binding error.
class Ok:
    def __init__(self, a, b=2):
        self.s = a + b


class Bad:
    def __init__(self):
        return 42


class Raises:
    def __init__(self, n):
        if n > 2:
            raise ValueError("too big: %d" % n)
        self.n = n


class Nested:
    def __init__(self, n):
        self.inner = Raises(n)


def build(kind, *args):
    return kind(*args)


print([build(Ok, i).s for i in range(4)], Ok(1, b=5).s)
for _ in range(3):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)
out = []
for n in range(5):
    try:
        out.append(Raises(n).n)
    except ValueError as e:
        out.append(str(e))
print(out)


def deep(n):
    try:
        return Nested(n).inner.n
    except ValueError as e:
        return "caught " + str(e)


print([deep(n) for n in (1, 3)])
try:
    Ok()
except TypeError as e:
    print("TypeError:", e)
try:
    Ok(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def gen(n):
    for i in range(n):
        yield Ok(i).s


print(list(gen(3)), next(gen(2)))
