# warnings: deprecations in a library, filters (ignore/error/once/always), catch_warnings, custom categories.
import warnings

class ExperimentalWarning(UserWarning):
    pass

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2

def experimental():
    warnings.warn("experimental feature", ExperimentalWarning)
    return "ok"

def show(w):
    return f"{w.category.__name__}: {w.message} (line {w.lineno} in {w.filename.rsplit('/', 1)[-1]})"

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    experimental()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("an instance"))
    for w in caught:
        print(show(w))
    print(isinstance(caught[0].message, DeprecationWarning), caught[0].message.args)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=ExperimentalWarning)
    old_api(2)
    experimental()
    experimental()
    print([w.category.__name__ for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        old_api(3)
    except DeprecationWarning as e:
        print("raised:", e)
    print(experimental.__name__, "still only warns:", end=" ")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        experimental()
    print(len(inner))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("said once", UserWarning)
        warnings.warn("also once", FutureWarning)
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings("always")
    warnings.filterwarnings("ignore", message=r"noisy.*")   # inserted first: takes precedence
    warnings.warn("noisy chatter")
    warnings.warn("important")
    print([str(w.message) for w in caught])

log = []
def to_log(message, category, filename, lineno, file=None, line=None):
    log.append(f"{category.__name__}:{message}")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = to_log
    warnings.warn("routed")
    warnings.warn_explicit("explicit", SyntaxWarning, "cfg.py", 12)
print(log)
print(warnings.formatwarning("msg", UserWarning, "mod.py", 7, line="x = 1"))
print(issubclass(ExperimentalWarning, Warning), [c.__name__ for c in DeprecationWarning.__mro__])
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
