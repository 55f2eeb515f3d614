# An async generator cannot return a value: SyntaxError at compile time.


async def numbers():
    yield 1
    return 2


print("never printed")
