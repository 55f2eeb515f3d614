# Errors raised by trace and profile functions: where they surface, what traceback they carry,
# and that tracing is switched off afterwards.
import sys


def walk(tb):
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append(f"{code.co_name}+{tb.tb_lineno - code.co_firstlineno}")
        tb = tb.tb_next
    return entries


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


def fail_on(kind, when_line=None):
    def tracer(frame, event, arg):
        if frame.f_code is work.__code__ and event == kind:
            if when_line is None or frame.f_lineno - frame.f_code.co_firstlineno == when_line:
                raise RuntimeError(f"tracer failed on {kind}")
        return tracer
    return tracer


for kind, line in (("call", None), ("line", 2), ("return", None)):
    sys.settrace(fail_on(kind, line))
    try:
        work(3)
    except RuntimeError as e:
        print(kind, "->", e, walk(e.__traceback__)[1:])
    print("  trace after error:", sys.gettrace())


# An exception event handler that raises replaces the original exception.
def convert(frame, event, arg):
    if event == "exception" and frame.f_code.co_name == "lookup":
        raise LookupError(f"converted {arg[0].__name__}")
    return convert


def lookup(d):
    try:
        return d["missing"]
    except KeyError:
        return "handled KeyError"


sys.settrace(convert)
try:
    print(lookup({}))
except LookupError as e:
    print("LookupError:", e)
print("trace after:", sys.gettrace())


# A profile function that fails on a builtin call.
def picky(frame, event, arg):
    if event == "c_call" and arg.__name__ == "sorted":
        raise TypeError("no sorting while profiled")


def uses_sorted():
    return sorted([3, 1, 2])


sys.setprofile(picky)
try:
    uses_sorted()
except TypeError as e:
    print("TypeError:", e, walk(e.__traceback__)[1:])
print("profile after:", sys.getprofile())
print(uses_sorted())


# A tracer that is not callable fails at the first event.
sys.settrace(42)
try:
    work(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.gettrace())
