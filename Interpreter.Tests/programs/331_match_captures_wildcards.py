# Capture patterns, wildcards, as-patterns and group patterns; where names are bound.


def first_word(text):
    match text.split():
        case []:
            return None
        case [word, *_]:
            return word


print(first_word(""), first_word("alpha beta gamma"), first_word("solo"))


def describe(x):
    match x:
        case (0 | 1) as bit:
            return f"bit {bit}"
        case (int() | float()) as number if number < 0:
            return f"negative {number}"
        case ([_, _] | (_, _)) as pair:
            return f"pair {pair!r}"
        case (str() as s) if len(s) > 3:
            return f"long string {s}"
        case anything:
            return f"something else: {anything!r}"


for v in (0, 1, -3, -2.5, [1, 2], ("a", "b"), "hello", "hi", 42):
    print(describe(v))


# A capture binds in the enclosing scope, like an assignment.
def last_seen(items):
    for item in items:
        match item:
            case {"id": ident}:
                pass
            case _:
                continue
    return ident


print(last_seen([{"id": 1}, "skip", {"id": 7}, 3]))

# Module-level captures become globals.
match {"user": "ada", "langs": ["python", "c#"]}:
    case {"user": user_name, "langs": [primary, *others]}:
        pass
print(user_name, primary, others)
print("user_name" in globals())

# The wildcard binds nothing; `_` stays an ordinary name elsewhere.
_ = "underscore value"
match 5:
    case _:
        pass
print(_)

# Names of a case that failed are not bound.
match [1, 2, 3]:
    case [a, b]:
        print("two")
    case [c, d, e]:
        print("three", c, d, e)
print("a" in globals(), "c" in globals())

# Nested as-patterns capture at each level.
match [[1, 2], [3, 4]]:
    case [[x, _] as first, [_, y] as second] as whole:
        print(x, y, first, second, whole)


class Box:
    def __init__(self, content):
        self.content = content


# Captures inside a class body and closures
class Config:
    match {"debug": True}:
        case {"debug": flag}:
            DEBUG = flag


print(Config.DEBUG, Config.flag)


def make_getter(spec):
    match spec:
        case ("attr", name):
            return lambda obj: getattr(obj, name)
        case ("const", value):
            return lambda obj: value


print(make_getter(("attr", "content"))(Box("gift")), make_getter(("const", 9))(None))
