# Async generators driven by hand: __anext__, asend, athrow, aclose, ag_running, ag_await.


class Pause:
    def __await__(self):
        value = yield "paused"
        return value


def drive(awaitable, sends=()):
    """Run one awaitable to completion, answering its pauses with the given values."""
    it = awaitable.__await__()
    sends = list(sends)
    value = None
    try:
        while True:
            request = it.send(value)
            value = sends.pop(0) if sends else None
            print("  loop saw", request)
    except StopIteration as stop:
        return stop.value


async def ticker(limit):
    total = 0
    try:
        for i in range(limit):
            sent = yield i
            if sent is not None:
                print("  ticker got", sent)
                total += sent
            answer = await Pause()
            if answer:
                print("  pause answered", answer)
    except KeyError as exc:
        print("  ticker handles", repr(exc))
        yield "recovered"
    finally:
        print("  ticker cleanup, total", total)


g = ticker(5)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print("first:", drive(g.__anext__()))
print("asend:", drive(g.asend(10), ["hello"]))
print("asend:", drive(g.asend(5)))
print("athrow:", drive(g.athrow(KeyError("bad key"))))
print("aclose:", drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")

# athrow with an exception the generator does not handle propagates out of the await.
g2 = ticker(3)
drive(g2.__anext__())
try:
    drive(g2.athrow(ValueError("unhandled")))
except ValueError as exc:
    print("athrow propagated", exc)
print("aclose of a finished generator:", drive(g2.aclose()))


# An async generator that refuses to close.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as exc:
    print("RuntimeError:", exc)

# Reusing an awaited asend() object.
g3 = ticker(2)
step = g3.__anext__()
print("step value", drive(step))
try:
    drive(step)
except RuntimeError as exc:
    print("RuntimeError:", exc)
drive(g3.aclose())


# A return ends iteration with StopAsyncIteration.
async def short():
    yield "only"
    return


g4 = short()
print(drive(g4.__anext__()))
try:
    drive(g4.__anext__())
except StopAsyncIteration as exc:
    print("StopAsyncIteration", exc.args)
