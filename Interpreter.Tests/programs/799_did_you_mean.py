# "Did you mean" suggestions for typos (NameError, AttributeError), the name/obj the errors carry,
# sys.excepthook writing to whatever sys.stderr is, and the exception constructors' keyword checks.
import contextlib
import io
import sys

class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

    def __getattr__(self, attr):
        raise AttributeError(f"no setting {attr!r}")

def report(action):
    try:
        action()
    except (NameError, AttributeError) as e:
        buf = io.StringIO()
        with contextlib.redirect_stderr(buf):
            sys.excepthook(type(e), e, e.__traceback__)
        last = buf.getvalue().splitlines()[-1]
        obj = getattr(e, "obj", None)
        print(f"{last}  [name={e.name!r}, obj={type(obj).__name__}]")

cfg = Config()
report(lambda: cfg.timout)
report(lambda: cfg.Retries)
report(lambda: cfg.something_else_entirely)
report(lambda: "text".uper())
report(lambda: [].apend)
report(lambda: sys.maxsiz)

counter = 0
def bump():
    countr = counter + 1
    return countr
report(lambda: countr)
report(lambda: lenn([1]))
report(lambda: ZeroDivisonError)

def local_typo():
    total_price = 10
    return total_prise
report(local_typo)

e = AttributeError("gone", name="attr", obj=cfg)
print(e.args, e.name, type(e.obj).__name__)
print(NameError("nope", name="x").name, AttributeError().obj)
for label, make in [("AttributeError(foo=)", lambda: AttributeError("x", foo=1)),
                    ("NameError(obj=)", lambda: NameError("x", obj=1)),
                    ("ValueError(code=)", lambda: ValueError("x", code=2))]:
    try:
        make()
    except TypeError as err:
        print(label, "->", err)

class AppError(Exception):
    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code

err = AppError("disk full", code=28)
print(err.args, err.code)
