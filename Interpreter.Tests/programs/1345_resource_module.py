# The resource module: usage as a struct sequence, limits read, set and read back, prlimit on this
# process, audit events, and CPython's errors for bad resources, who values and limit tuples.
import resource, sys

events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith("resource.") else None)

print(sorted(n for n in dir(resource) if not n.startswith("__")))
print(resource.error is OSError, resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
print({k: getattr(resource, k) for k in sorted(dir(resource)) if k.startswith("RLIMIT_")})

u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, type(u).__mro__[1].__name__, len(u), u.n_fields, u.n_sequence_fields, u.n_unnamed_fields)
print(type(u.ru_utime).__name__, type(u.ru_stime).__name__, [type(x).__name__ for x in u[2:]])
print(u.ru_utime >= 0, u.ru_maxrss > 0, u.ru_minflt > 0, u[0] == u.ru_utime, u[-1] == u.ru_nivcsw)
print(repr(resource.getrusage(resource.RUSAGE_CHILDREN)).startswith("resource.struct_rusage(ru_utime="))
t = resource.getrusage(resource.RUSAGE_THREAD)
print(t.ru_utime <= u.ru_utime + 1, len(t))
print(resource.struct_rusage(range(16)))
print(resource.struct_rusage.__doc__.splitlines()[0])
for who in [99, 1.5, "x", None, 2**31]:
    try:
        resource.getrusage(who)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, core)
resource.setrlimit(resource.RLIMIT_CORE, list(core))
print(resource.getrlimit(resource.RLIMIT_CORE) == core)
# The soft limit lowered below the hard one, then given back.
low = 0
resource.setrlimit(resource.RLIMIT_CORE, (low, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE) == (low, core[1]))
print(resource.prlimit(0, resource.RLIMIT_CORE, core) == (low, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE) == core)

class Res:
    def __index__(self):
        return resource.RLIMIT_NOFILE
print(resource.getrlimit(Res()) == (soft, hard))

for bad in [99, -1, 1.5, "x", None, 2**70]:
    try:
        resource.getrlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for lim in [(1,), (1, 2, 3), 5, ("a", 1), (1.5, 2), (2**70, 1), None]:
    try:
        resource.setrlimit(resource.RLIMIT_CORE, lim)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(lim), type(e).__name__, e)
try:
    resource.setrlimit(resource.RLIMIT_CORE, (10, 5))
except ValueError as e:
    print("soft above hard:", e)
print(resource.getrlimit(resource.RLIMIT_CORE) == core)

for f, args, kw in [(resource.getrusage, (), {}), (resource.getrusage, (0, 1), {}), (resource.getrusage, (), {"who": 0}),
                    (resource.getrlimit, (), {}), (resource.setrlimit, (1,), {}), (resource.setrlimit, (1, 2, 3), {}),
                    (resource.setrlimit, (), {"resource": 1, "limits": (1, 1)}), (resource.prlimit, (0,), {}),
                    (resource.prlimit, (0, 1, 2, 3), {}), (resource.prlimit, (0, 7), {"limits": None}),
                    (resource.prlimit, (0, 7, None), {}), (resource.prlimit, (2**40, 7), {}), (resource.prlimit, (0, 99), {}),
                    (resource.getpagesize, (1,), {})]:
    try:
        f(*args, **kw)
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    resource.prlimit(2**30, resource.RLIMIT_NOFILE)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno)

print(resource.getpagesize() > 0, resource.getpagesize() & (resource.getpagesize() - 1) == 0)
print([(ev, args[1] if ev == "resource.prlimit" else args[0]) for ev, args in events])
