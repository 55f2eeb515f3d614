# Walk the builtin exception hierarchy and check catching by base class
names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
    "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
    "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
    "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError",
    "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
    "TimeoutError", "ConnectionError", "BrokenPipeError", "ConnectionResetError",
    "InterruptedError", "ChildProcessError", "ProcessLookupError",
    "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
    "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
    "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "UserWarning",
    "DeprecationWarning", "RuntimeWarning",
]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", cls.__base__.__name__ if cls.__base__ else None, [c.__name__ for c in cls.__mro__[1:-1]])

print(IOError is OSError, EnvironmentError is OSError)

def catch(exc, *handlers):
    try:
        raise exc
    except handlers as e:
        return type(e).__name__ + " caught"
    except BaseException as e:
        return type(e).__name__ + " escaped"

print(catch(ZeroDivisionError("x"), ArithmeticError))
print(catch(KeyError("k"), LookupError))
print(catch(IndexError(), KeyError))
print(catch(FileNotFoundError(), OSError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(RecursionError(), RuntimeError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(2), Exception))
print(catch(UnboundLocalError(), NameError))
print(catch(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), ValueError))
print(catch(TabError("t"), SyntaxError))

e = KeyError("missing")
print(repr(e), str(e), e.args)
e = KeyError()
print(repr(e), repr(str(e)))
e = ValueError("a", 2, [3])
print(repr(e), str(e), e.args)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
e = StopIteration(5)
print(e.value, e.args)
e = SystemExit(3)
print(e.code)
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(issubclass(bool, int), issubclass(KeyError, (TypeError, LookupError)))
print(isinstance(ZeroDivisionError(), (ArithmeticError,)))
