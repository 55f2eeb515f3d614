# TypeError messages for calls with wrong arguments
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e

def g(x, /, y):
    return x, y

def h(*args, **kwargs):
    return args, kwargs

class K:
    def m(self, x):
        return x

calls = [
    lambda: f(1, 2, d=4),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4, z=1),
    lambda: f(1, 2, a=1, d=4),
    lambda: g(1, 2),
    lambda: g(x=1, y=2),
    lambda: h(1, 2, k=3),
    lambda: h(*[1, 2], **{"a": 1}),
    lambda: f(*[1, 2], **{"d": 1, "c": 9}),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: f(**{1: 2}),
    lambda: h(**{"a": 1}, **{"a": 2}),
    lambda: f(1, 2, *5, d=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y=2: x)(),
    lambda: int("3", base=10, extra=1),
    lambda: len(),
    lambda: len([], []),
    lambda: sorted([], 1),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)
