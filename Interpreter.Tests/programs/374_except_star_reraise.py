# What leaves a try/except*: re-raised parts keep the original structure, new exceptions
# are combined with them in ExceptionGroup("", [...]).
import sys


def tree(exc, indent=""):
    if isinstance(exc, BaseExceptionGroup):
        print(f"{indent}{type(exc).__name__}({exc.message!r})")
        for sub in exc.exceptions:
            tree(sub, indent + "  ")
    else:
        print(f"{indent}{exc!r}")


def outcome(fn):
    print(f"-- {fn.__name__}")
    try:
        fn()
    except BaseException as e:
        tree(e)
        return e
    print("nothing escaped")


def original():
    return ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])


def handled_all():
    try:
        raise original()
    except* ValueError:
        pass
    except* (TypeError, OSError):
        pass

def unhandled_rest():
    try:
        raise original()
    except* ValueError:
        pass

def bare_reraise():
    try:
        raise original()
    except* ValueError:
        raise
    except* OSError:
        pass

def reraise_everything():
    try:
        raise original()
    except* ValueError:
        raise
    except* TypeError:
        raise

def raise_new():
    try:
        raise original()
    except* ValueError:
        raise RuntimeError("could not recover")

def raise_new_in_two_clauses():
    try:
        raise original()
    except* ValueError:
        raise RuntimeError("from values")
    except* TypeError:
        raise KeyError("from types")
    except* OSError:
        pass

def raise_matched_explicitly():
    # `raise e` adds a traceback entry: it counts as a new exception.
    try:
        raise original()
    except* TypeError as e:
        raise e

def raise_from():
    try:
        raise original()
    except* OSError as e:
        raise ConnectionError("storage offline") from e
    except* Exception:
        pass

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replacement")

def naked_unmatched():
    try:
        raise IndexError("naked")
    except* ValueError:
        pass


for fn in (handled_all, unhandled_rest, bare_reraise, reraise_everything, raise_new,
           raise_new_in_two_clauses, raise_matched_explicitly, raise_from, naked_reraise,
           naked_new, naked_unmatched):
    outcome(fn)

print("-- chaining of new exceptions")
e = outcome(raise_new)
new = e.exceptions[0]
print(repr(new.__context__), new.__context__.exceptions)
e = outcome(raise_from)
print(repr(e.exceptions[0].__cause__))

print("-- the handled exception inside and after the handlers")
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as v:
    print(sys.exception() is v, sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
except* TypeError as t:
    print(sys.exception() is t, repr(sys.exception()))
print(sys.exception(), sys.exc_info())

try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("inner", [ValueError(1)])
    except* ValueError as v:
        print(repr(sys.exception()), repr(v.__context__))
    print("restored:", repr(sys.exception()))
