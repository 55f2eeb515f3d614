# asyncio.Future as _asyncio's native class: state, callbacks with contexts, cancellation messages,
# exceptions, and the await protocol driven by hand.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def report(label, fut):
    state = "cancelled" if fut.cancelled() else ("done" if fut.done() else "pending")
    print(f"{label}: {state} {fut!r}")


loop = asyncio.new_event_loop()
print(asyncio.Future.__module__, asyncio.Future.__name__, asyncio.Task.__mro__[1].__name__)
print(asyncio.isfuture(asyncio.Future(loop=loop)), asyncio.isfuture(42))

fut = loop.create_future()
report("new", fut)
calls = []
def on_done(f):
    calls.append((f.result(), request_id.get()))
request_id.set("req-1")
fut.add_done_callback(on_done)
ctx = contextvars.copy_context()
ctx.run(request_id.set, "req-ctx")
fut.add_done_callback(on_done, context=ctx)
fut.add_done_callback(print)
print("removed print:", fut.remove_done_callback(print))
print("removed twice:", fut.remove_done_callback(print))
fut.set_result({"answer": 42})
report("resolved", fut)
print("callbacks before loop:", calls)
loop.run_until_complete(asyncio.sleep(0))
print("callbacks after loop:", calls)
try:
    fut.set_result(0)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)

# Exceptions: classes are instantiated, result() re-raises, exception() returns it.
bad = loop.create_future()
bad.set_exception(KeyError)
print(repr(bad.exception()), bad._log_traceback)
try:
    bad.result()
except KeyError as e:
    print("result raised", repr(e))
try:
    loop.create_future().set_exception(StopIteration())
except TypeError as e:
    print("TypeError:", e)
try:
    bad._log_traceback = True
except ValueError as e:
    print("ValueError:", e)

# Pending futures refuse result() and exception().
pending = loop.create_future()
for method in (pending.result, pending.exception):
    try:
        method()
    except asyncio.InvalidStateError as e:
        print(method.__name__, "->", type(e).__name__, e)

# Cancellation carries its message to CancelledError.
c = loop.create_future()
print("cancel:", c.cancel("shutting down"), c.cancel())
report("cancelled", c)
try:
    c.result()
except asyncio.CancelledError as e:
    print("CancelledError args:", e.args, c._cancel_message)

# The await protocol: __await__ yields the future once, then returns its result.
f2 = loop.create_future()
it = f2.__await__()
first = it.send(None)
print("yielded itself:", first is f2, f2._asyncio_future_blocking)
f2.set_result("done!")
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
f3 = loop.create_future()
it3 = iter(f3)
next(it3)
try:
    it3.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print("throw ->", e)

# Awaiting from coroutines, with results set by loop callbacks.
async def waiter(f, n):
    return f"waiter {n} got {await f}"
async def main():
    f = loop.create_future()
    loop.call_soon(f.set_result, "ping")
    print(await asyncio.gather(waiter(f, 1), waiter(f, 2)))
    g = loop.create_future()
    loop.call_soon(g.set_exception, ValueError("nope"))
    try:
        await g
    except ValueError as e:
        print("awaited exception:", e)
loop.run_until_complete(main())

print(asyncio.Future[int], f2.get_loop() is loop)

class TimedFuture(asyncio.Future):
    def __init__(self, *, loop, label):
        super().__init__(loop=loop)
        self.label = label
    def __repr__(self):
        return f"<TimedFuture {self.label} {self._state}>"
tf = TimedFuture(loop=loop, label="t1")
loop.call_soon(tf.set_result, 3)
print(loop.run_until_complete(tf), tf, tf.label)
loop.close()
