import corpus_pkg
import corpus_pkg.shapes
import corpus_pkg.shapes as sh
from corpus_pkg import greet, VERSION
from corpus_pkg.shapes import square_area as area
import sys
print(corpus_pkg.VERSION, VERSION, greet("world"))
print(corpus_pkg.shapes.describe())
print(area(4), sh.square_area(5), sh.AREA_CALLS)
print(sh is corpus_pkg.shapes, sh is sys.modules["corpus_pkg.shapes"])
print(corpus_pkg.__name__, sh.__name__, corpus_pkg.helpers.__name__)
import corpus_pkg
print("imported twice, initialised once")
ns = {}
exec("from corpus_pkg import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
try:
    import corpus_pkg.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import no_such_top_level_module
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from corpus_pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(corpus_pkg.__doc__)
