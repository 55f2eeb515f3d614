# sys's hooks called directly and replaced: displayhook, excepthook, unraisablehook.
import builtins
import sys

print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.unraisablehook is sys.__unraisablehook__, callable(sys.excepthook))

builtins._ = "before"
sys.displayhook(None)
print(builtins._)
sys.displayhook([1, "two"])
print(builtins._)
sys.displayhook(42)
print(builtins._ + 1)

shown = []
sys.displayhook = lambda value: shown.append(value)
sys.displayhook("captured")
print(shown)
sys.displayhook = sys.__displayhook__

try:
    sys.displayhook(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.excepthook(ValueError)
except TypeError as e:
    print("TypeError:", e)


class Unraisable:
    def __init__(self, exc, obj, msg=None):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = None
        self.err_msg = msg
        self.object = obj


seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.object))
sys.unraisablehook(Unraisable(KeyError("k"), "resource"))
print(seen)
sys.unraisablehook = sys.__unraisablehook__

log = []


def hook(exc_type, exc, tb):
    log.append(exc_type.__name__)
    print("hook saw", exc_type.__name__, exc, tb is not None)


sys.excepthook = hook
try:
    raise LookupError("direct")
except LookupError:
    sys.excepthook(*sys.exc_info())
print(log)
