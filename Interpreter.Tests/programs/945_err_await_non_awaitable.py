# Awaiting an object that is not awaitable: TypeError out of the coroutine.


async def fetch():
    return 42


async def main():
    data = fetch
    return await data


coro = main()
coro.send(None)
