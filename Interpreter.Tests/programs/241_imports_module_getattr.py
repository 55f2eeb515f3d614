# Module objects: PEP 562 __getattr__, attributes set from outside, import-time side effects
import imp_tree.lazy as lazy
print(lazy.REAL)
print(lazy.computed_value, lazy.computed_x)
from imp_tree.lazy import computed_thing
print(computed_thing)
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from imp_tree.lazy import other_missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print([c for c in lazy.calls() if not c.startswith("__")])
lazy.NEW_ATTR = "set from outside"
import imp_tree.lazy as again
print(again.NEW_ATTR, again is lazy)
del lazy.NEW_ATTR
print(hasattr(again, "NEW_ATTR"))
print(type(lazy).__name__, lazy.__doc__)
print(getattr(lazy, "computed_getattr"), hasattr(lazy, "nothing"))
import math
print(type(math).__name__, math.__name__)
mt = type(math)
print(isinstance(lazy, mt))
