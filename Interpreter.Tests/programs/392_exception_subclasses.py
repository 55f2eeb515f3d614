# Exception classes with their own __init__, __new__, __str__, __reduce__ and __setstate__.


class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


e = HTTPError(404, "Not Found")
print(e, repr(e), e.args, e.status)
print(e.__reduce__())


class ParseError(ValueError):
    """Keeps the position but not in args (no super().__init__ call)."""

    def __init__(self, text, pos):
        self.text = text
        self.pos = pos

    def __str__(self):
        return f"cannot parse {self.text!r} at {self.pos}"


pe = ParseError("1+*2", 2)
print(pe, repr(pe), pe.args)
try:
    raise pe
except ValueError as caught:
    print("caught:", caught, caught.pos)


class Retry(Exception):
    def __reduce__(self):
        return (Retry, ("rebuilt",), {"attempts": getattr(self, "attempts", 0)})


r = Retry("original")
r.attempts = 3
fn, args, state = r.__reduce__()
rebuilt = fn(*args)
rebuilt.__setstate__(state)
print(rebuilt, rebuilt.attempts, type(rebuilt).__name__)


class Interned(KeyError):
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            self = super().__new__(cls, key)
            cls._cache[key] = self
        return cls._cache[key]


a, b = Interned("x"), Interned("x")
print(a is b, a, repr(a), a.args)


class ConfigError(Exception):
    pass


ce = ConfigError("bad value", "port")
ce.hint = "use 1-65535"
fn, args, state = ce.__reduce__()
copy = fn(*args)
copy.__setstate__(state)
print(copy, copy.args, copy.hint, ConfigError().__reduce__())


class Timeout(OSError):
    def __init__(self, seconds):
        super().__init__(110, "timed out")
        self.seconds = seconds


t = Timeout(5)
print(t, t.errno, t.strerror, t.seconds, isinstance(t, OSError))


class Chained(RuntimeError):
    def __init__(self, step, cause):
        super().__init__(f"step {step} failed")
        self.__cause__ = cause


try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise Chained(3, z)
except Chained as c:
    print(c, type(c.__cause__).__name__, c.__suppress_context__)


class Empty(Exception):
    def __init__(self):
        super().__init__()


print(repr(Empty()), str(Empty()) == "", Empty().args)
