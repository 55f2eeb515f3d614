# The coroutine protocol by hand: send, throw, close, cr_await, cr_running, names, flags.
import types


@types.coroutine
def checkpoint(label):
    received = yield label
    return received


async def transfer(amount):
    log = []
    try:
        got = await checkpoint("reserve")
        log.append(got)
        got = await checkpoint("commit")
        log.append(got)
    except ConnectionError as exc:
        log.append(f"rollback: {exc}")
        await checkpoint("rollback")
    finally:
        print("transfer log", log)
    return amount


c = transfer(100)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print("flags", c.cr_code.co_flags & 0x80 != 0)
print(c.send(None))
print("awaiting", type(c.cr_await).__name__, c.cr_await.gi_code.co_name)
print(c.send("ok"))
try:
    c.send("done")
except StopIteration as stop:
    print("returned", stop.value)
print(c.cr_await)

c = transfer(5)
c.send(None)
print(c.throw(ConnectionError("link down")))
try:
    c.send(None)
except StopIteration as stop:
    print("returned after rollback", stop.value)

c = transfer(7)
c.send(None)
c.close()
print("closed; send now:")
try:
    c.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)


class Outer:
    async def method(self):
        return self

    def build(self):
        async def nested():
            return 1
        return nested()


m = Outer().method()
print(m.__qualname__)
m.close()
n = Outer().build()
print(n.__qualname__)
n.__name__ = "renamed"
print(n.__name__)
n.close()

# A coroutine that swallows the first GeneratorExit and awaits again; the second close works.
async def stubborn():
    closes = 0
    while True:
        try:
            await checkpoint("again")
        except GeneratorExit:
            closes += 1
            print("ignoring close", closes)
            if closes == 2:
                raise

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
s.close()
print("second close ok, await now", s.cr_await)

# StopIteration raised inside a coroutine becomes RuntimeError.
async def leaks():
    raise StopIteration("oops")

try:
    leaks().send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))

# Sending a value into a just-started coroutine.
fresh = transfer(1)
try:
    fresh.send("too early")
except TypeError as exc:
    print("TypeError:", exc)
fresh.close()

# Throwing into a coroutine that has not started raises at its first line.
fresh = transfer(2)
try:
    fresh.throw(KeyError("early"))
except KeyError as exc:
    print("KeyError:", exc)
try:
    fresh.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
