# `match`, `case` and `_` stay ordinary names; match statements inside loops, generators, try and
# with blocks, with break/continue/return out of case bodies; nested match statements.
import re

match = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "answer=42")
print(match.group("key"), match["value"])
case = {"match": 1, "case": 2}
print(case["match"], case["case"])


def match_(pattern):
    return pattern


match_("x")
_ = 10
print(_ * 2)


class Parser:
    def match(self, text):
        return text.startswith("m")

    case = staticmethod(lambda x: x.upper())


p = Parser()
print(p.match("match"), p.case("case"))
match, case = case, match
print(sorted(match), case.group(0))
match -1:
    case -1:
        print("a match statement after using match as a name")

# A line starting with `match` that is not a match statement:
print([match for match in range(3)])
(match) = "still a name"
print(match)


def tokens(text):
    for word in text.split():
        match word:
            case "stop":
                return
            case "skip":
                continue
            case w if w.isdigit():
                yield int(w)
            case w:
                yield w


print(list(tokens("a 1 skip b 22 stop c 3")))


def find_first_pair(items):
    for i, item in enumerate(items):
        match item:
            case (a, b) if a == b:
                break
            case _:
                pass
    else:
        return None
    return i, item


print(find_first_pair([(1, 2), [3, 3], (4, 4)]), find_first_pair([1, 2]))

# while loop with a match deciding when to leave
stack = [("push", 1), ("push", 2), ("add",), ("push", 5), ("mul",), ("print",), ("halt",), ("push", 9)]
values = []
pc = 0
while True:
    match stack[pc]:
        case ("push", n):
            values.append(n)
        case ("add",):
            values.append(values.pop() + values.pop())
        case ("mul",):
            values.append(values.pop() * values.pop())
        case ("print",):
            print("top:", values[-1])
        case ("halt",):
            break
    pc += 1
print("halted at", pc, values)

# try/except/finally and with around and inside cases
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


for value in (1, "two", [3], None):
    try:
        match value:
            case int(n):
                with tag("int"):
                    print(n + 1)
            case str(s):
                try:
                    print(int(s))
                except ValueError:
                    print("not a number:", s)
            case [x]:
                raise KeyError(x)
            case None:
                print("none")
    except KeyError as e:
        print("caught KeyError", e)
    finally:
        print("done with", repr(value))


# Nested match statements
def describe(cmd):
    match cmd:
        case {"op": op, "args": args}:
            match op, args:
                case "neg", [x]:
                    return -x
                case "sum", [*xs]:
                    return sum(xs)
                case _, _:
                    return f"unknown op {op}"
        case _:
            return "bad command"


print(describe({"op": "neg", "args": [4]}), describe({"op": "sum", "args": [1, 2, 3]}),
      describe({"op": "pow", "args": []}), describe(3))

# A match in a lambda-built dispatch table and in a comprehension's helper
kinds = [(lambda v: "int" if isinstance(v, int) else "other")(v) for v in (1, "x")]
print(kinds)
