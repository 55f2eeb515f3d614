def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})"
                     f"[cause={type(e.__cause__).__name__ if e.__cause__ else None}, "
                     f"context={type(e.__context__).__name__ if e.__context__ else None}, "
                     f"suppress={e.__suppress_context__}]")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(show(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(show(e))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    print(show(e))
    print(type(e.__context__).__name__)

# context set on exception raised in finally
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as e:
    print(show(e))

# explicit __cause__ assignment
err = ValueError("manual")
err.__cause__ = OSError("root")
print(err.__suppress_context__)
try:
    raise err
except ValueError as e:
    print(show(e))

# chained three deep
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("mid") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")
try:
    level1()
except RuntimeError as e:
    print(show(e))

# re-raise keeps the same object and traceback grows
def reraiser():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(show(e), e.__traceback__ is not None)

# exception variable is cleared after except
try:
    raise ValueError
except ValueError as exc:
    pass
try:
    exc
except NameError as e:
    print("NameError:", e)

# with_traceback and args mutation
e = ValueError("x")
e.args = ("y", 1)
print(e, repr(e))
print(e.with_traceback(None) is e)

# raise a class, not an instance
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
