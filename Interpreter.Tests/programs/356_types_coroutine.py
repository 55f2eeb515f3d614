# types.coroutine: generator-based coroutines awaitable from async def code.
import types


@types.coroutine
def suspend(tag):
    reply = yield tag
    return reply


@types.coroutine
def legacy_sleep(n):
    for i in range(n):
        yield f"sleep step {i}"
    return n


async def worker():
    a = await suspend("first")
    b = await legacy_sleep(2)
    c = await suspend("second")
    return a, b, c


print(suspend.__code__.co_flags & 0x100 != 0, legacy_sleep.__name__)
gen = suspend("x")
print(type(gen).__name__)

co = worker()
replies = iter(["r1", None, None, "r2"])
value = None
try:
    while True:
        request = co.send(value)
        value = next(replies)
        print("yielded", request, "answered", value)
except StopIteration as stop:
    print("result", stop.value)


# A generator-based coroutine can itself `yield from` a native coroutine.
async def native():
    return await suspend("inner")


@types.coroutine
def bridge():
    result = yield from native()
    return result.upper()


async def top():
    return await bridge()


co = top()
print(co.send(None))
try:
    co.send("answer")
except StopIteration as stop:
    print("bridge result", stop.value)


# Without types.coroutine a plain generator cannot be awaited.
def plain():
    yield 1


async def bad():
    await plain()


try:
    bad().send(None)
except TypeError as exc:
    print("TypeError:", exc)


# And a plain generator may not `yield from` a coroutine.
def gen_from_coro():
    yield from native()


try:
    next(gen_from_coro())
except TypeError as exc:
    print("TypeError:", exc)


# types.coroutine on a non-generator function returning a generator wraps the result.
def returns_gen():
    return plain()


wrapped = types.coroutine(returns_gen)


async def uses_wrapped():
    return await wrapped()


co = uses_wrapped()
print("wrapped yielded", co.send(None))
print(types.coroutine(worker) is worker)
try:
    types.coroutine(42)
except TypeError as exc:
    print("TypeError:", exc)
