def chain(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, NotImplementedError,
            ModuleNotFoundError, UnicodeDecodeError, OverflowError, PermissionError, TimeoutError]:
    print(chain(cls))
print(issubclass(ValueError, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
e = Exception("a", "b")
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(KeyError("k")))
