class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after first with")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("result", 10 / (i - 1))
    return "done"
print(f())
import contextlib
with contextlib.suppress(IndexError):
    [][0]
print("contextlib.suppress worked")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise RuntimeError("inside tag")
except RuntimeError as e:
    print("caught", e)
class ExitInfo:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args are None:", all(a is None for a in args), len(args))
with ExitInfo():
    pass
