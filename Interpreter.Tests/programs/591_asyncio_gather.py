# CPython's asyncio over Herthon's coroutines, selectors (epoll), _socket.socketpair and _signal's wakeup fd: gather, a Queue, wait_for timing out.
import asyncio
async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * n
async def main():
    print(await asyncio.gather(*(work(i) for i in range(5))))
    q = asyncio.Queue()
    async def prod():
        for i in range(3): await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None: out.append(x)
        return out
    _, got = await asyncio.gather(prod(), cons())
    print(got)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
