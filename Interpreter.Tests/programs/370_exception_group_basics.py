# Building exception groups: what the constructor accepts and what it turns into.

def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(result).__name__} {result!r}")


errors = [ValueError("bad value"), TypeError("bad type"), KeyError("missing")]
eg = ExceptionGroup("several problems", errors)
print(eg.message)
print(eg.exceptions)
print(type(eg.exceptions).__name__, len(eg.exceptions))
print(eg.exceptions[0] is errors[0])
print(str(eg))
print(repr(eg))
print(eg.args)
print(str(ExceptionGroup("just one", [OSError("disk full")])))

# The list given is kept in args; exceptions is always a fresh tuple.
errors.append(ZeroDivisionError("late"))
print(len(eg.exceptions), len(eg.args[1]))

# BaseExceptionGroup picks the narrowest class it can.
show("all Exceptions", lambda: BaseExceptionGroup("b", [ValueError(1)]))
show("with a BaseException", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)]))
show("tuple of exceptions", lambda: ExceptionGroup("t", (ValueError(1), TypeError(2))))

# What the constructor refuses, with CPython's messages.
show("no arguments", lambda: ExceptionGroup())
show("one argument", lambda: ExceptionGroup("only message"))
show("three arguments", lambda: ExceptionGroup("m", [ValueError()], "extra"))
show("message not str", lambda: ExceptionGroup(42, [ValueError()]))
show("not a sequence", lambda: ExceptionGroup("m", ValueError()))
show("a set", lambda: ExceptionGroup("m", {1, 2}))
show("empty", lambda: ExceptionGroup("m", []))
show("non-exception item", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
show("class, not instance", lambda: ExceptionGroup("m", [ValueError]))
show("BaseException inside", lambda: ExceptionGroup("m", [SystemExit(1)]))
show("keyword argument", lambda: ExceptionGroup("m", [ValueError()], note="x"))

# The fields are read-only.
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "new")
    except AttributeError as e:
        print(attr, "->", e)

# Hierarchy.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))

# Groups nest, and a group is an ordinary exception to raise and catch.
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(repr(nested))
print(nested.exceptions[1].exceptions[1].args)
try:
    raise nested
except ExceptionGroup as caught:
    print("caught", caught, caught is nested)

# Subclasses: validation follows the class.
class TaskErrors(ExceptionGroup):
    pass

class Interrupts(BaseExceptionGroup):
    pass

show("subclass", lambda: TaskErrors("tasks", [ValueError(1)]))
show("subclass with BaseException", lambda: TaskErrors("tasks", [KeyboardInterrupt()]))
show("base subclass", lambda: Interrupts("stop", [KeyboardInterrupt()]))
show("base subclass of Exceptions", lambda: Interrupts("stop", [ValueError()]))

# add_note works on groups like on any exception.
eg.add_note("raised while loading config")
eg.add_note("second note")
print(eg.__notes__)
try:
    eg.add_note(3)
except TypeError as e:
    print(e)
