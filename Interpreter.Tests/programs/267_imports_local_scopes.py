# Imports inside functions, class bodies and conditionals bind local names; modules load once
import sys
import imp_local
def lazy_compute(n):
    from imp_local.heavy import compute
    return compute(n)
print(imp_local.LOADED)
print(lazy_compute(10), lazy_compute(5), imp_local.LOADED)
print("compute" in dir(), "compute" in globals())
def uses_alias():
    import imp_local.config as cfg
    return cfg.get("mode"), cfg.get("missing", "dflt"), cfg.__name__
print(uses_alias(), imp_local.LOADED)
class Holder:
    import imp_local.config as conf
    level = conf.SETTINGS["level"]
    from math import pi as PI
print(Holder.level, round(Holder.PI, 4), Holder.conf is sys.modules["imp_local.config"])
def local_scope_check():
    import math
    x = math.sqrt(16)
    return "math" in locals(), x
print(local_scope_check(), "math" in globals())
if sys.version_info >= (3, 0):
    import json as serializer
else:
    import pickle as serializer
print(serializer.__name__, serializer.dumps([1]))
try:
    import imp_local.nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e.name)
print(sorted(k for k in sys.modules if k.startswith("imp_local")))
def shadow():
    json = "not the module"
    import json
    return type(json).__name__
print(shadow())
def star_free():
    from imp_local import config
    return config.SETTINGS
print(star_free())
del sys.modules["imp_local.heavy"]
print(lazy_compute(3), imp_local.LOADED.count("imp_local.heavy"))
import imp_local.heavy
import imp_local.heavy as h2
print(imp_local.heavy is h2, imp_local.LOADED.count("imp_local.heavy"))
mod = __import__("imp_local.config", fromlist=["get"])
print(mod.get("level"), getattr(sys.modules["imp_local"], "config") is mod)
