# Coroutines and async generators each keep their own handled exception across suspensions
# (CPython 3.11's cr_exc_state / ag_exc_state): an except block around an await, resumed by the
# event loop (which handles nothing), by a task's step, by another coroutine's await inside its
# own except block; async generators driven by `async for`, asend, athrow and aclose.
import asyncio
import sys


def cur():
    return repr(sys.exc_info()[1])


async def worker(name, delay, log):
    try:
        raise IndexError(name)
    except IndexError:
        log.append(f"{name} before sleep: {cur()}")
        await asyncio.sleep(delay)
        log.append(f"{name} after sleep: {cur()}")
    log.append(f"{name} outside except: {cur()}")
    await asyncio.sleep(0)
    log.append(f"{name} later: {cur()}")
    return name


async def awaits_in_except(log):
    try:
        raise KeyError("awaiter")
    except KeyError:
        r = await worker("inner", 0, log)
        log.append(f"awaiter after await {r}: {cur()}")
    log.append(f"awaiter done: {cur()}")


async def agen(log):
    for i in range(3):
        try:
            raise LookupError(f"ag{i}")
        except LookupError:
            yield f"ag{i} in except: {cur()}"
            await asyncio.sleep(0)
        yield f"ag{i} after: {cur()}"


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.001, log), worker("b", 0, log), worker("c", 0.002, log))
    print(results)
    for line in sorted(log):
        print(" ", line)
    log.clear()
    await awaits_in_except(log)
    for line in log:
        print(" ", line)

    print("-- async for")
    async for item in agen(log):
        print(" ", item, "| main sees", cur())
    try:
        raise OSError("main-handler")
    except OSError:
        async for item in agen(log):
            print(" ", item, "| main sees", cur())

    print("-- asend / athrow / aclose")
    async def echo():
        v = None
        while True:
            try:
                v = yield f"got {v}: {cur()}"
            except ValueError as e:
                v = yield f"thrown {e!r} ctx {e.__context__!r}: {cur()}"

    ag = echo()
    print(" ", await ag.asend(None))
    try:
        raise KeyError("sender")
    except KeyError:
        print(" ", await ag.asend(1))
        print(" ", await ag.athrow(ValueError("v1")))
    print(" ", await ag.asend(2))
    print(" ", await ag.athrow(ValueError("v2")))
    print(" ", await ag.asend(3))
    await ag.aclose()
    print("  closed; main sees", cur())

    print("-- tasks created inside an except block")
    async def in_task():
        await asyncio.sleep(0)
        return cur()
    try:
        raise KeyError("creator")
    except KeyError:
        t = asyncio.create_task(in_task())
        print("  creator sees", cur())
    print("  task saw", await t)

    print("-- exception raised in a coroutine after its except block")
    async def raiser():
        try:
            raise IndexError("r-own")
        except IndexError:
            await asyncio.sleep(0)
        raise ValueError("r-after")
    try:
        raise KeyError("r-caller")
    except KeyError:
        t = asyncio.create_task(raiser())
        await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print(" ", repr(e), "context", repr(e.__context__))


asyncio.run(main())
print("end", cur())
