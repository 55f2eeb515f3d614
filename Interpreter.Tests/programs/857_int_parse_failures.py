# Parsing user input with int(): the ValueError for bad literals, caught in loops, chained,
# re-raised, and the literals int() accepts (signs, spaces, underscores, other digits).
import sys


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return "error: %s" % e


inputs = ["12", " -7 ", "+3", "1_000", "x", "", "  ", "1e3", "3.5", "0x10", "007",
          "1__0", "_1", "1_", "٣٤", "99999999999999999999999", "-0", "\t42\n", "12abc", "१२"]
for s in inputs:
    print(repr(s), "->", parse(s))


class Text(str):
    def __int__(self):
        return 99


print("str subclass:", int(Text("5")))


def total(values):
    good = bad = 0
    errors = []
    for v in values:
        try:
            good += int(v)
        except ValueError as e:
            bad += 1
            errors.append(e.args)
    return good, bad, errors[:2]


print(total(["1", "2", "three", "4", "five"] * 3))


def strict(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e


try:
    strict("on")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, "| context is cause:", e.__context__ is e.__cause__)


def context_of():
    try:
        {}["k"]
    except KeyError:
        try:
            int("nope")
        except ValueError as e:
            return repr(e.__context__)


print("context:", context_of())


def in_generator(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield None


print(list(in_generator(["8", "eight", "9"])))
print("exc_info after:", sys.exc_info())


def finally_runs(s):
    log = []
    try:
        try:
            return int(s)
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(str(e))
    return log


print(finally_runs("zz"), finally_runs("10"))
try:
    int("12", base=1)
except ValueError as e:
    print("base:", e)
print(int("z", 36), int("0b101", 0), int(" 0o17 ", 0))
