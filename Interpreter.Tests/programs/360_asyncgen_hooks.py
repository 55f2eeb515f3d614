# sys.set_asyncgen_hooks / get_asyncgen_hooks, and coroutine origin tracking.
import sys

print(sys.get_asyncgen_hooks())
print(sys.get_coroutine_origin_tracking_depth())

started = []


def firstiter(agen):
    started.append(agen.__name__)


def finalizer(agen):
    print("finalizer called for", agen.__name__)


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks[1] is finalizer, len(hooks))


async def letters():
    for ch in "ab":
        yield ch


async def digits():
    yield 1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def main():
    out = []
    async for ch in letters():
        out.append(ch)
    g = digits()
    print("before first iteration:", started)
    out.append(await g.__anext__())
    await g.aclose()
    return out


print(run(main()))
print("firstiter saw", started)

try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as exc:
    print("TypeError:", exc)
try:
    sys.set_asyncgen_hooks(finalizer="nope")
except TypeError as exc:
    print("TypeError:", exc)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter=old.firstiter, finalizer=old.finalizer)
print(sys.get_asyncgen_hooks())


async def job():
    return "job"


def make_job():
    return job()


sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make_job()
print([(line, name) for _, line, name in c.cr_origin])
run(c)
sys.set_coroutine_origin_tracking_depth(0)
c = make_job()
print(c.cr_origin)
run(c)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as exc:
    print("ValueError:", exc)
