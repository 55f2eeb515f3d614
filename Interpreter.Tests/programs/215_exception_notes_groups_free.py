# Exception attributes and patterns commonly used in real programs
class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class NotFound(AppError):
    code = 404

class Forbidden(AppError):
    code = 403

def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return "not found: " + str(e)
    except AppError as e:
        return "app error: " + str(e)

print(handle(NotFound("page", detail="/x")))
print(handle(Forbidden("admin")))
print(repr(NotFound("r")))
print(NotFound("a").args, NotFound.__mro__[1].__name__)

# exception with custom __repr__ and extra state
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)
    def __repr__(self):
        return f"Retry(after {self.attempts} attempts)"
print(repr(Retry(3)), str(Retry(3)))

# raising inside __init__ of an exception subclass without calling super
class Plain(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
p = Plain(1, 2)
print(p.args, str(p), repr(p))

# exceptions are ordinary objects
errs = [ValueError(i) for i in range(3)]
print([e.args[0] for e in errs], sorted(type(e).__name__ for e in [KeyError(), IndexError(), ValueError()]))
print(ValueError("x") == ValueError("x"))
e = ValueError("same")
print(e == e, hash(e) == hash(e))

# exception in a generator propagates to the consumer
def numbers():
    yield 1
    raise LookupError("gen failed")
try:
    for n in numbers():
        print("got", n)
except LookupError as e:
    print("consumer caught", e)

# try/except in loops with else
results = []
for token in ["1", "two", "3", "", "5"]:
    try:
        value = int(token)
    except ValueError as e:
        results.append(f"bad:{token!r}")
    else:
        results.append(value * 10)
print(results)

# nested handlers and bare raise inside an outer handler
def risky(n):
    try:
        if n == 0:
            raise ZeroDivisionError("n is zero")
        return 10 / n
    except ZeroDivisionError:
        try:
            raise
        except ArithmeticError as inner:
            return f"rethrown and caught as {type(inner).__name__}"
print(risky(0), risky(4))

# assert with message
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("AssertionError args:", e.args)
# sys.exc_info inside handler
import sys
try:
    {}["nope"]
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
