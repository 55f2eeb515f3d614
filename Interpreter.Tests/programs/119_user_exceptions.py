class AppError(Exception):
    """Base of the app's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid(k, "is None")
    return d[k]
data = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print("value", lookup(data, k))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, e.args, repr(e.reason))
print(issubclass(NotFound, AppError), AppError.__doc__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
class Coded(Exception):
    pass
e = Coded(404, "missing")
print(e.args, str(e), repr(e))
