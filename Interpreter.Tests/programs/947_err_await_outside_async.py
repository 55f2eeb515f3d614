# `await` in a plain function is a SyntaxError at compile time.


async def fetch():
    return 1


def not_async():
    value = await fetch()
    return value


print("never printed")
