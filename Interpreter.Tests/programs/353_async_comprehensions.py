# Async comprehensions: list/set/dict/generator expressions with async for and await.


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("fetch", self.value)
        return self.value


def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as stop:
        print("requests:", len(log))
        return stop.value


async def numbers(n):
    for i in range(n):
        await Ready(i)
        yield i


async def double(x):
    return await Ready(x * 2)


async def main():
    squares = [x * x async for x in numbers(5)]
    print("list", squares)
    evens = {x % 3 async for x in numbers(7) if x % 2 == 0}
    print("set", sorted(evens))
    table = {x: await double(x) async for x in numbers(4)}
    print("dict", table)
    awaited = [await double(x) for x in range(3)]
    print("await in plain comprehension", awaited)
    nested = [[y async for y in numbers(x)] for x in range(4)]
    print("nested", nested)
    pairs = [(x, y) async for x in numbers(3) for y in "ab" if x != 1]
    print("pairs", pairs)
    gen = (x + 100 async for x in numbers(3))
    print(type(gen).__name__)
    print("genexp", [v async for v in gen])
    agen = (await double(x) for x in range(3))
    print("await genexp", [v async for v in agen])
    return len(squares)


print(run(main()))
