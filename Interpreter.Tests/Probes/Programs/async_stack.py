import types


@types.coroutine
def pause():
    yield


async def leaf(n):
    await pause()
    return n


async def numbers():
    yield await leaf(1)
    yield 2


async def main():
    total = await leaf(3)
    async for v in numbers():
        total += v
    return total


def start():
    coro = main()
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


start()
