# Exceptions leaving nested Python calls: handlers found several frames up, finally blocks and
# with-statements run on the way, implicit chaining, traceback entries per frame, and frames
# that are still inspectable after the call returned.
import sys
import traceback


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return False


def parse_record(text, *, sep=","):
    fields = text.split(sep)
    return int(fields[0]), fields[1]


def load(lines):
    out = []
    for line in lines:
        with Resource(line[:3]):
            out.append(parse_record(line))
    return out


def load_all(batches):
    done = []
    for batch in batches:
        try:
            done.extend(load(batch))
        finally:
            done.append(("end", len(batch)))
    return done


try:
    load_all([["1,a", "2,b"], ["3,c", "x,d"]])
except ValueError as e:
    print("ValueError:", e)
    names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
    print("frames:", names)
print(Resource.log)


# A handler in the middle re-raises a different exception: the original is its context.
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    return settings[key]


def setting_or_fail(settings, key):
    try:
        return read_setting(settings, key)
    except KeyError:
        raise ConfigError("no setting " + key)


def configure(settings):
    return setting_or_fail(settings, "port") + 1


try:
    configure({"host": "h"})
except ConfigError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
    print("frames:", [fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print("context frames:", [fs.name for fs in traceback.extract_tb(e.__context__.__traceback__)])


# Methods and bound methods in the chain; the exception caught by the caller of a caller.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance

    def pay_all(self, amounts):
        take = self.withdraw
        return [take(a) for a in amounts]


acct = Account(100)
for plan in ([10, 20], [30, 50, 40]):
    try:
        print("left", acct.pay_all(plan))
    except ValueError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            last = tb
            tb = tb.tb_next
        print("error", e, "depth", depth, "raised in", last.tb_frame.f_code.co_name,
              "amount", last.tb_frame.f_locals["amount"])


# Recursion that unwinds part of the way: every level's finally runs once.
unwound = []


def descend(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return descend(n - 1)
    finally:
        unwound.append(n)


def catch_at(level, n):
    if level == 0:
        try:
            return descend(n)
        except LookupError as e:
            return "caught %s after %d frames" % (e, len(unwound))
    return catch_at(level - 1, n)


print(catch_at(3, 25))
print(unwound[:5], unwound[-3:])


# The frame of a returned call stays valid for its traceback and f_back.
def failing(x):
    y = x * 2
    raise RuntimeError("failed with %d" % y)


def caller_of_failing():
    try:
        failing(21)
    except RuntimeError as e:
        return e


err = caller_of_failing()
frame = err.__traceback__.tb_next.tb_frame
print(frame.f_code.co_name, frame.f_locals, frame.f_lineno - failing.__code__.co_firstlineno)
print("".join(traceback.format_exception_only(type(err), err)).strip())


# Generators and calls mixed: an exception from a plain call inside a generator.
def checked(v):
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v


def gen_checked(values):
    for v in values:
        yield checked(v)


try:
    print(list(gen_checked([3, 2, -1, 4])))
except ValueError as e:
    print("from generator:", e, [fs.name for fs in traceback.extract_tb(e.__traceback__)])
print(sys.exc_info())
