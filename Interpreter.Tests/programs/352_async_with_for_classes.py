# async with and async for over user classes: __aenter__/__aexit__, __aiter__/__anext__.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        print(f"(ran with {ticks} ticks)")
        return stop.value


class Connection:
    opened = 0

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
        self.log = []

    async def __aenter__(self):
        await Tick()
        Connection.opened += 1
        self.log.append("open")
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        Connection.opened -= 1
        self.log.append("close")
        print(f"close {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return isinstance(exc, LookupError)

    async def query(self, q):
        await Tick()
        return f"{self.name}:{q.upper()}"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Rows:
    """An async iterable whose __aiter__ returns a separate iterator."""

    def __init__(self, rows):
        self.rows = rows

    def __aiter__(self):
        return RowIterator(self.rows)


class RowIterator:
    def __init__(self, rows):
        self.it = iter(rows)

    def __aiter__(self):
        return self

    def __anext__(self):
        return self._next()

    async def _next(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None


async def main():
    async with Connection("db") as conn:
        print(await conn.query("select"))
    async with Connection("a") as a, Connection("b") as b:
        print(await a.query("x"), await b.query("y"))
    async with Connection("lenient"):
        raise KeyError("missing")
    print("KeyError suppressed by __aexit__")
    try:
        async with Connection("strict"):
            raise ValueError("bad value")
    except ValueError as exc:
        print("ValueError escaped:", exc)
    async for n in Countdown(3):
        print("countdown", n)
    else:
        print("countdown finished")
    async for row in Rows([("ann", 3), ("bob", 5)]):
        name, score = row
        if score > 4:
            print("found", name)
            break
    else:
        print("not found")
    for i in range(2):
        async with Connection(f"loop{i}") as c:
            if i == 0:
                continue
            return await c.query("last")


print(run(main()))
print("connections still open:", Connection.opened)
