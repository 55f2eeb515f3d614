# except*: each clause takes its part of the group; the rest moves on.
import sys


def run(exc):
    print("raising", repr(exc))
    try:
        try:
            raise exc
        except* (ValueError, TypeError) as e:
            print("  value/type:", repr(e), sys.exception() is e)
        except* LookupError as e:
            print("  lookup:", repr(e))
        except* OSError:
            print("  os error (no name bound)")
    except BaseException as left:
        print("  escaped:", repr(left))
    print("  after: exception =", sys.exception())


run(ExceptionGroup("mixed", [ValueError(1), KeyError(2), OSError(3), TypeError(4)]))
run(ExceptionGroup("only lookups", [IndexError(0), KeyError("k")]))
run(ExceptionGroup("with leftovers", [ValueError(1), ZeroDivisionError(2)]))
run(ExceptionGroup("nested", [ExceptionGroup("a", [ValueError(1), ArithmeticError(2)]), KeyError(3)]))

# A naked exception is wrapped in an ExceptionGroup with an empty message.
run(ValueError("naked"))
# ... and one nothing matches goes on unchanged, unwrapped.
run(RuntimeError("unrelated"))

# The name is unbound after the clause, as with except.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# else and finally behave as for try/except.
def attempt(fail):
    try:
        if fail:
            raise ExceptionGroup("attempt", [ConnectionError("refused")])
        result = "ok"
    except* ConnectionError as e:
        result = f"failed: {e.exceptions[0]}"
    else:
        print("  else: nothing raised")
    finally:
        print("  finally")
    return result

print(attempt(False))
print(attempt(True))

# A clause that matches nothing left is skipped.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("first clause")
except* ValueError:
    print("never")
except* Exception:
    print("never either")

# BaseExceptionGroup members that are not Exceptions.
try:
    raise BaseExceptionGroup("stop", [KeyboardInterrupt(), ValueError("v")])
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
except* ValueError as e:
    print(type(e).__name__, repr(e))

# Invalid clause types are TypeErrors at run time.
for clause in (ExceptionGroup, (ValueError, BaseExceptionGroup), str, (KeyError, 1)):
    try:
        try:
            raise ValueError("x")
        except* clause:
            pass
    except TypeError as e:
        print(f"{clause!r}: {e}")

# Loops with except* inside (break/continue in the try body are fine).
for i in range(5):
    try:
        if i == 3:
            break
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        continue
    except* ValueError as e:
        print("odd number", e.exceptions[0])
print("stopped at", i)


# Generators may yield inside except* handlers.
def events():
    try:
        yield "start"
        raise ExceptionGroup("events", [TimeoutError("slow"), ValueError("bad")])
    except* TimeoutError as t:
        yield f"timeout: {t.exceptions[0]}"
    except* ValueError as v:
        yield f"value: {v.exceptions[0]}"
    yield "end"

print(list(events()))
