# breakpoint() calls sys.breakpointhook, which a program (or a debugger front end) may replace.
import sys

seen = []


def hook(*args, **kwargs):
    seen.append((args, kwargs))
    return "hook result"


print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, where="here"))
print(seen)

sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__
print(callable(sys.breakpointhook), sys.breakpointhook.__name__)
