# Exceptions in a loop: raise and catch across frames, custom exception hierarchies,
# finally blocks, re-raising, exception chaining and try/else, all counted and checked.
# bench: default=750000 quick=2000 trace=30000
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(404, "missing %d" % key) from None


def validate(v):
    if v % 7 == 0:
        raise Invalid(400, "bad value")
    return v


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def process(table, i, stats):
    try:
        try:
            v = validate(lookup(table, i))
        finally:
            stats["finally"] += 1
    except NotFound as e:
        stats["notfound"] += 1
        return e.code
    except Invalid as e:
        stats["invalid"] += 1
        return e.code
    else:
        stats["ok"] += 1
        return v


def deep(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    return deep(n - 1) + 1


def chained(i):
    try:
        try:
            deep(i % 5)
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return e.__cause__ is not None


def main(n):
    table = {i: i * 3 for i in range(0, n, 2)}
    stats = {"finally": 0, "notfound": 0, "invalid": 0, "ok": 0}
    total = 0
    for i in range(n):
        total += process(table, i, stats)
    expected_notfound = n // 2
    expected_invalid = len([k for k in table if (k * 3) % 7 == 0])
    if stats["finally"] != n or stats["notfound"] != expected_notfound or stats["invalid"] != expected_invalid:
        raise AssertionError("exception counts %r" % stats)
    chains = 0
    for i in range(n // 10):
        if chained(i):
            chains += 1
    if chains != n // 10:
        raise AssertionError("chaining")
    bad = 0
    for s in ("12", "x", "7", "", "-3", "1e3") * (n // 60):
        if parse(s) == -1:
            bad += 1
    if bad != 3 * (n // 60):
        raise AssertionError("parse failures %d" % bad)
    print(sorted(stats.items()))
    print("total", total, "chains", chains, "bad", bad)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 750000)
