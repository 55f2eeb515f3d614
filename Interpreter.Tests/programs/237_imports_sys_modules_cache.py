# sys.modules caching, re-import after deletion, modules failing halfway, fake modules
import sys

import imp_tree.base as b1
b1.bump(); b1.bump()
import imp_tree.base as b2
print(b1 is b2, b2.COUNTER)

saved = sys.modules.pop("imp_tree.base")
import imp_tree.base as b3
print(b3 is b1, b3.COUNTER, saved.COUNTER)
sys.modules["imp_tree.base"] = saved

for attempt in range(2):
    try:
        import imp_tree.broken
    except ValueError as e:
        print("attempt", attempt, "->", e, "| cached:", "imp_tree.broken" in sys.modules)

class FakeModule:
    __name__ = "fake_mod"
    answer = 42
    def greet(self):
        return "hello from fake"

sys.modules["fake_mod"] = FakeModule()
import fake_mod
from fake_mod import answer
print(type(fake_mod).__name__, answer, fake_mod.greet())

sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)

print(sys.modules["sys"] is sys, sys.modules[__name__].__name__)
me = sys.modules["__main__"]
TOP_LEVEL_VALUE = "visible through sys.modules"
print(me.TOP_LEVEL_VALUE)
