# asyncio.Task as _asyncio's native class: names, cancellation counting, current/all tasks,
# contexts, stacks, and tasks waiting on tasks and futures.
import asyncio
import contextvars
import io

user = contextvars.ContextVar("user", default="nobody")


async def fetch(name, delay_steps, result):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    return f"{name}:{result}:{user.get()}"


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled once, carrying on")
        await asyncio.sleep(0)
        return "survived"


async def shows_current():
    me = asyncio.current_task()
    return me.get_name(), me in asyncio.all_tasks()


async def main():
    user.set("alice")
    t1 = asyncio.create_task(fetch("a", 2, 1), name="fetch-a")
    t2 = asyncio.create_task(fetch("b", 1, 2))
    print(t1.get_name(), t2.get_name().startswith("Task-"), type(t1).__module__)
    t2.set_name(99)
    print(repr(t2.get_name()))
    print(await t1, await t2)
    print(t1.done(), t1.cancelled(), t1.result())

    ctx = contextvars.copy_context()
    ctx.run(user.set, "bob")
    t3 = asyncio.create_task(fetch("c", 0, 3), context=ctx)
    print(await t3, user.get())

    s = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    print("cancel:", s.cancel(), "cancelling:", s.cancelling())
    print("result:", await s, "uncancel:", s.uncancel(), s.cancelling())

    sleeper = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    await asyncio.sleep(0)
    sleeper.cancel(msg="no more sleep")
    try:
        await sleeper
    except asyncio.CancelledError as e:
        print("sleeper cancelled:", e.args, sleeper.cancelled())

    print(await asyncio.create_task(shows_current(), name="who"))

    waiting = asyncio.create_task(asyncio.sleep(1), name="waiting")
    await asyncio.sleep(0)
    print(repr(waiting)[:58])
    buf = io.StringIO()
    waiting.print_stack(file=buf)
    print(buf.getvalue().splitlines()[0], len(waiting.get_stack(limit=1)))
    waiting.cancel()
    results = await asyncio.gather(waiting, fetch("d", 1, 4), return_exceptions=True)
    print([type(r).__name__ for r in results])

    done, pending = await asyncio.wait([asyncio.create_task(fetch(n, i, i)) for i, n in enumerate("xyz")])
    print(sorted(t.result() for t in done), pending)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")

    async with asyncio.TaskGroup() as tg:
        group = [tg.create_task(fetch(f"g{i}", i, i * i)) for i in range(3)]
    print([t.result() for t in group])

    coro = fetch("e", 0, 5)
    t4 = asyncio.create_task(coro)
    print(t4.get_coro() is coro, await t4)


class LoggedTask(asyncio.Task):
    steps = 0
    def add_done_callback(self, fn, *, context=None):
        LoggedTask.steps += 1
        super().add_done_callback(fn, context=context)


async def main_logged():
    t = LoggedTask(fetch("sub", 1, 7), name="logged")
    res = await t
    return res, isinstance(t, asyncio.Task), LoggedTask.steps >= 1

asyncio.run(main())
print(asyncio.run(main_logged()))
loop = asyncio.new_event_loop()
try:
    asyncio.Task(42, loop=loop)
except TypeError as e:
    print("TypeError:", e)
loop.close()
