# conformance: own-process   (reports "never retrieved" / "destroyed but pending" at gc.collect())
# How a native asyncio.Task reacts to misuse: bad yields, awaiting itself, futures of another loop,
# exceptions nobody retrieves and tasks dropped while pending, all through the loop's exception handler.
import asyncio
import gc
import types


@types.coroutine
def yield_value(v):
    yield v


async def bad_yield():
    await yield_value(123)


async def yields_none_then_returns():
    await yield_value(None)
    return "bare yield is one loop iteration"


async def raises():
    raise LookupError("lost")


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__ if exc else None)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for coro in (bad_yield(),):
        try:
            await asyncio.create_task(coro)
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(":")[0])
    print(await asyncio.create_task(yields_none_then_returns()))

    async def await_self():
        await me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def await_foreign():
        await foreign
    try:
        await asyncio.create_task(await_foreign())
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    other.close()

    # A CancelledError raised by the coroutine itself cancels the task.
    async def gives_up():
        raise asyncio.CancelledError("giving up")
    t = asyncio.create_task(gives_up())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled by itself:", t.cancelled(), e.args)

    # set_result/set_exception belong to the task itself.
    for op in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError:", e)

    # Never retrieved: reported when the failed task is collected.
    failed = asyncio.create_task(raises())
    await asyncio.sleep(0)
    print("failed done:", failed.done())
    del failed
    gc.collect()

    # Dropped while pending: its coroutine never finishes.
    forever = loop.create_future()
    async def waits_forever():
        await forever
    pending = asyncio.create_task(waits_forever())
    await asyncio.sleep(0)
    pending._log_destroy_pending = False
    del pending
    gc.collect()
    print("quietly dropped")


asyncio.run(main())
gc.collect()
print("end")
