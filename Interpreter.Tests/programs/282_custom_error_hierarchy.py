# A validation layer with a custom exception hierarchy: codes, context, groups of errors, re-raising
class AppError(Exception):
    code = "E000"
    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.field = field
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" (field={self.field})" if self.field else "")
class ValidationError(AppError):
    code = "E100"
class MissingField(ValidationError):
    code = "E101"
    def __init__(self, field):
        super().__init__("missing required field", field=field)
class BadType(ValidationError):
    code = "E102"
class ConfigError(AppError):
    code = "E200"
class MultiError(AppError):
    code = "E999"
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
SCHEMA = {"name": str, "port": int, "debug": bool}
def validate(cfg):
    errors = []
    for key, typ in SCHEMA.items():
        if key not in cfg:
            errors.append(MissingField(key))
        elif not isinstance(cfg[key], typ) or (typ is int and isinstance(cfg[key], bool)):
            errors.append(BadType(f"expected {typ.__name__}, got {type(cfg[key]).__name__}", field=key))
    for key in sorted(set(cfg) - set(SCHEMA)):
        errors.append(ValidationError("unknown field", field=key))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise MultiError(errors)
    return cfg
def load(cfg):
    try:
        return validate(cfg)
    except ValidationError as e:
        raise ConfigError("invalid configuration") from e
cases = [{"name": "svc", "port": 80, "debug": False}, {"name": "svc", "port": "80", "debug": False},
         {"port": True}, {"name": "x", "port": 1, "debug": True, "extra": 1, "zzz": 2}]
for cfg in cases:
    try:
        print("ok:", load(cfg))
    except ConfigError as e:
        cause = e.__cause__
        print(e, "<-", type(cause).__name__, cause)
    except MultiError as e:
        print(e)
        for sub in e.errors:
            print("   ", type(sub).__name__, sub, isinstance(sub, ValidationError), sub.code)
print(MissingField.__mro__[1:4], issubclass(MultiError, Exception), AppError("x").field)
def handler(exc):
    match_order = [MissingField, BadType, ValidationError, AppError, Exception]
    for cls in match_order:
        if isinstance(exc, cls):
            return cls.__name__
for exc in [MissingField("a"), BadType("b"), ValidationError("c"), ConfigError("d"), KeyError("e")]:
    print(handler(exc), repr(exc) if not isinstance(exc, AppError) else exc.args)
try:
    try:
        raise BadType("inner", field="f")
    except AppError as e:
        e.args = ("rewritten",)
        raise
except BadType as e:
    print("re-raised:", e, e.field)
try:
    raise MultiError([MissingField("x")]) from None
except AppError as e:
    print(e, e.__cause__, e.__suppress_context__, [str(x) for x in e.errors])
