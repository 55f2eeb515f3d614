def risky():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    risky()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("no context") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = RuntimeError("fresh")
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise RuntimeError("x")
except RuntimeError as err:
    print(err.__traceback__ is not None, type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
try:
    try:
        raise ValueError(1)
    finally:
        print("finally sees exception in flight")
except ValueError as e:
    print("caught", e)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__))
