# TypeErrors and RuntimeErrors of the await machinery, caught and printed.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def check(label, coro_fn):
    try:
        run(coro_fn())
        print(label, "ok")
    except (TypeError, RuntimeError, AttributeError) as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")


class NoAwait:
    pass


class BadAwait:
    def __await__(self):
        return 42


class AwaitsCoro:
    def __await__(self):
        return value()


async def value():
    return 1


class NoAexit:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *exc):
        return False


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *exc):
        return None


class BadAiter:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return "not awaitable"


async def await_int():
    await 3


async def await_none():
    await None


async def await_plain():
    await NoAwait()


async def await_bad():
    await BadAwait()


async def await_coro_from_await():
    await AwaitsCoro()


async def with_plain_object():
    async with NoAwait():
        pass


async def with_no_aexit():
    async with NoAexit():
        pass


async def with_sync_enter():
    async with SyncEnter():
        pass


async def with_sync_exit():
    async with SyncExit():
        pass


async def for_over_list():
    async for x in [1, 2]:
        pass


async def for_bad_aiter():
    async for x in BadAiter():
        pass


async def for_bad_anext():
    async for x in BadAnext():
        pass


async def reuse():
    c = value()
    await c
    await c


async def iterate_coroutine():
    for x in value():
        pass


async def next_coroutine():
    c = value()
    try:
        next(c)
    finally:
        c.close()


for fn in [await_int, await_none, await_plain, await_bad, await_coro_from_await, with_plain_object,
           with_no_aexit, with_sync_enter, with_sync_exit, for_over_list, for_bad_aiter, for_bad_anext,
           reuse, iterate_coroutine, next_coroutine]:
    check(fn.__name__, fn)

try:
    aiter(5)
except TypeError as exc:
    print("aiter:", exc)
try:
    anext([])
except TypeError as exc:
    print("anext:", exc)
