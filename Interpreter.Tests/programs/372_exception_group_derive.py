# Custom exception group classes: derive() decides what split parts look like.

class ValidationErrors(ExceptionGroup):
    """Errors for one record; remembers which record they belong to."""

    def __new__(cls, message, excs, record_id=None):
        self = super().__new__(cls, message, excs)
        self.record_id = record_id
        return self

    def __init__(self, message, excs, record_id=None):
        super().__init__(message, excs)

    def derive(self, excs):
        return ValidationErrors(self.message, excs, self.record_id)

    def fields(self):
        return [e.args[0] for e in self.exceptions]


class FieldError(ValueError):
    pass


class MissingField(KeyError):
    pass


errors = ValidationErrors("record invalid", [FieldError("email"), MissingField("name"), FieldError("age")], record_id=17)
print(errors.record_id, errors.fields(), errors.args)

bad_values, missing = errors.split(FieldError)
print(type(bad_values).__name__, bad_values.record_id, bad_values.fields())
print(type(missing).__name__, missing.record_id, missing.fields())
print(repr(errors.subgroup(MissingField)))

# Without a derive override, parts become plain ExceptionGroups.
class Plain(ExceptionGroup):
    pass

p = Plain("plain", [FieldError("x"), MissingField("y")])
print([type(part).__name__ for part in p.split(FieldError)])

# derive() is also what the default implementation uses: BaseExceptionGroup(msg, excs).
print(repr(errors.derive([FieldError("z")])))
print(type(ExceptionGroup("m", [ValueError()]).derive([KeyboardInterrupt()])).__name__)

# derive() must return a group.
class Broken(ExceptionGroup):
    def derive(self, excs):
        return list(excs)

try:
    Broken("broken", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# A full match never calls derive(): the group itself is returned.
calls = []
class Counting(ExceptionGroup):
    def derive(self, excs):
        calls.append(len(excs))
        return Counting(self.message, excs)

c = Counting("c", [ValueError(1), ValueError(2), TypeError(3)])
print(c.subgroup(Exception) is c, calls)
c.split(ValueError)
print(calls)

# Overriding __str__ changes how the group reads, not its structure.
class Summary(ExceptionGroup):
    def __str__(self):
        return f"{self.message}: " + ", ".join(type(e).__name__ for e in self.exceptions)

    def derive(self, excs):
        return Summary(self.message, excs)

s = Summary("upload", [OSError("a"), ValueError("b"), OSError("c")])
print(str(s))
print(str(s.split(OSError)[0]))
print(repr(s))

# except* splits through derive() too.
try:
    raise errors
except* FieldError as eg:
    print("fields:", type(eg).__name__, eg.record_id, eg.fields())
except* MissingField as eg:
    print("missing:", type(eg).__name__, eg.record_id, eg.fields())
