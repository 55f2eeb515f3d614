# Awaiting the same coroutine object twice: RuntimeError.
# conformance: full-stderr


async def compute():
    return 7


async def main():
    pending = compute()
    first = await pending
    second = await pending
    return first + second


main().send(None)
