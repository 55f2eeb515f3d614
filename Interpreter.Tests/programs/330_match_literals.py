# Literal, singleton and value patterns: ints, floats, strings, bytes, None/True/False, dotted names.
import enum


class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404
    TEAPOT = 418


class Limits:
    LOW = 10
    HIGH = 100


def http_text(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case -1:
            return "no response"
        case 404:
            return "not found"
        case 418:
            return "I'm a teapot"
        case _:
            return "unknown"


def kind(value):
    match value:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "":
            return "empty string"
        case "on" | "off":
            return "switch " + value
        case b"\x00":
            return "nul byte"
        case Limits.LOW:
            return "the low limit"
        case Limits.HIGH:
            return "the high limit"
        case Status.TEAPOT:
            return "teapot status"
    return "other: " + repr(value)


for code in (200, 204, 302, -1, 404, 418, 500):
    print(code, http_text(code))

# 1 == True and 0 == False, but True/False/None match by identity
for v in (None, True, False, 1, 0, 0.0, 1.5, 3 / 2, "", "on", "off", b"\x00", 10, 10.0, 100, Status.TEAPOT, Status.OK, "x"):
    print(repr(v), "->", kind(v))


def sign(n):
    match n:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1:
            return "one"
        case -2.5:
            return "minus two and a half"
    return "many"


print([sign(n) for n in (0, -1, 1, -2.5, 7, 0.0, -0.0)])

# Adjacent string literals concatenate in patterns too.
match "hello world":
    case "hello " "world":
        print("concatenated literal matched")

# Status codes through the enum's values
for s in Status:
    match s.value:
        case Status.OK.value:
            print(s.name, "is fine")
        case x:
            print(s.name, "is", x)
