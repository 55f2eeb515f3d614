# Nested groups and nested try/except* statements, with PEP 678 notes along the way.
import sys


def tree(exc, indent=""):
    notes = getattr(exc, "__notes__", None)
    suffix = f"  notes={notes}" if notes else ""
    if isinstance(exc, BaseExceptionGroup):
        print(f"{indent}{type(exc).__name__}({exc.message!r}){suffix}")
        for sub in exc.exceptions:
            tree(sub, indent + "  ")
    else:
        print(f"{indent}{exc!r}{suffix}")


def build():
    disk = ExceptionGroup("disk", [OSError("sda1 full"), PermissionError("/var/log")])
    net = ExceptionGroup("network", [ConnectionError("eu-1"), TimeoutError("us-2"), ExceptionGroup("dns", [OSError("no answer")])])
    top = ExceptionGroup("health check", [disk, net, ValueError("bad threshold")])
    top.add_note("checked at 03:00")
    net.add_note("2 regions affected")
    return top


print("== match deep inside, keep the shape")
try:
    raise build()
except* TimeoutError as t:
    tree(t)
except* OSError as o:
    tree(o)
except* ValueError as v:
    tree(v)

print("== nested try/except* inside a handler")
try:
    raise build()
except* ConnectionError as conn:
    print("outer handler:", len(conn.exceptions), "group(s)")
    try:
        raise ExceptionGroup("reconnect", [ConnectionError("retry eu-1"), ValueError("bad port")])
    except* ConnectionError as again:
        print("inner handler sees:", repr(sys.exception()) == repr(again))
    except* ValueError:
        print("inner: bad port ignored")
    print("back in outer:", sys.exception() is conn)
except* OSError:
    print("remaining OSErrors handled")
except* ValueError:
    print("threshold fixed")

print("== notes added in a handler stay on what escapes")
def annotate():
    try:
        raise build()
    except* OSError as o:
        o.add_note("disk team paged")
        raise
    except* ValueError:
        pass

try:
    annotate()
except ExceptionGroup as e:
    tree(e)

print("== a handler raising a group of its own")
def escalate():
    try:
        raise build()
    except* ConnectionError as c:
        problem = ExceptionGroup("escalation", [RuntimeError(str(x)) for x in c.subgroup(ConnectionError).exceptions[0].exceptions])
        problem.add_note("opened incident")
        raise problem
    except* Exception:
        pass

try:
    escalate()
except ExceptionGroup as e:
    tree(e)
    print(repr(e.exceptions[0].__context__))

print("== subgroup() and split() on deep trees")
top = build()
print([type(x).__name__ for x in top.split(OSError)[0].exceptions])
tree(top.subgroup(lambda e: isinstance(e, OSError) and not isinstance(e, ConnectionError)))
