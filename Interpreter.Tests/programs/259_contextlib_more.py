# contextlib: contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["missing"]
print("after swallow")
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
class Resource:
    def close(self):
        print("closed resource")
with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print("null", v)
def process(use_ctx):
    cm = tag("opt") if use_ctx else nullcontext()
    with cm:
        print("processing", use_ctx)
process(True); process(False)
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback:{e}")
        raise
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
with ExitStack() as st:
    st.push(lambda *exc: print("exit callback", exc[0].__name__ if exc[0] else None) or True)
    raise IndexError("suppressed by callback")
print("survived")
@contextmanager
def counter():
    counter.n = getattr(counter, "n", 0) + 1
    yield counter.n
with counter() as a, counter() as b:
    print(a, b)
