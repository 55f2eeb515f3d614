# Awaiting custom awaitables: __await__ returning a generator, a plain iterator class, or
# delegating to another coroutine's __await__.


class Countdown:
    """__await__ returns an iterator object (not a generator)."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        return CountdownIter(self.n)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return f"T-{self.n + 1}"


class Value:
    """__await__ as a generator function that yields control once."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield f"need {self.v}"
        return self.v if got is None else got


class Delegate:
    """__await__ reusing a coroutine's awaitable iterator."""

    def __init__(self, coro_fn, *args):
        self.coro = coro_fn(*args)

    def __await__(self):
        return self.coro.__await__()


async def add(a, b):
    x = await Value(a)
    y = await Value(b)
    return x + y


async def main():
    print("countdown says", await Countdown(3))
    print("value", await Value(7))
    print("delegated", await Delegate(add, 2, 3))
    w = add(1, 1).__await__()
    print(type(w).__name__)
    print(next(w))
    print(w.send(None))
    try:
        w.send(None)
    except StopIteration as stop:
        print("wrapper finished with", stop.value)
    return "main done"


def run(coro, answers):
    value = None
    try:
        while True:
            request = coro.send(value)
            value = answers.get(request)
            print("loop:", request, "->", value)
    except StopIteration as stop:
        return stop.value


print(run(main(), {"need 7": 70, "need 3": None}))
