# An exception raised deep in a chain of awaits propagates to the top with every frame in
# the traceback; an exception chained while handling in a coroutine shows both.
# conformance: full-stderr


class Tick:
    def __await__(self):
        yield


async def parse(text):
    await Tick()
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def report(items):
    try:
        return await load(items)
    except ValueError as exc:
        raise RuntimeError(f"could not load {items!r}") from exc


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(report(["1", "2", "3"])))
run(report(["4", "five"]))
