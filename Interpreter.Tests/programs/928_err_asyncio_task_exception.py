# conformance: full-stderr
# An exception escaping a task reaches asyncio.run's caller with the coroutine's frames only: the
# native Task steps the coroutine without a Python frame of its own, as CPython's _asyncio does.
import asyncio


async def parse(record):
    await asyncio.sleep(0)
    key, value = record.split("=")
    return key, int(value)


async def main():
    records = ["a=1", "b=2", "c=three"]
    tasks = [asyncio.create_task(parse(r), name=f"parse-{i}") for i, r in enumerate(records)]
    parsed = {}
    for t in tasks:
        key, value = await t
        parsed[key] = value
        print("parsed", key, value)


asyncio.run(main())
