# Groups raised while handling other exceptions: __context__, __cause__, and how
# traceback.format_exception lays the chain out (one string per line, blank lines kept).
import sys
import os
_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep   # tracebacks name the bare file, on any checkout
import traceback


def close_all(handles):
    errors = []
    for h in handles:
        try:
            if h % 2:
                raise OSError(f"handle {h}: busy")
        except OSError as e:
            errors.append(e)
    return errors


def shutdown():
    try:
        raise TimeoutError("shutdown took too long")
    except TimeoutError as slow:
        errors = close_all([1, 2, 3])
        raise ExceptionGroup("close failed", [slow, *errors])


try:
    shutdown()
except ExceptionGroup as eg:
    print(repr(eg.__context__), eg.__context__ is eg.exceptions[0])
    print("".join(traceback.format_exception(eg)).replace(_HERE, ""), end="")

print("== raise ... from a group")
try:
    try:
        raise ExceptionGroup("inner", [KeyError("a"), KeyError("b")])
    except* KeyError as keys:
        raise LookupError("missing keys") from keys
except ExceptionGroup as outer:
    cause = outer.exceptions[0].__cause__
    print(repr(outer), repr(cause))
    print("".join(traceback.format_exception(outer)).replace(_HERE, ""), end="")

print("== sys.exc_info() while handling a group")
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), tb is value.__traceback__)
    print([l.replace(_HERE, "") for l in traceback.format_exc().splitlines()[-2:]])
