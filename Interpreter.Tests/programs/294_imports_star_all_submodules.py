# from pkg import * loads the submodules __all__ names; relative imports two levels up; ModuleType objects
import sys, os
import imp_all
print(hasattr(imp_all, "alpha"), sorted(k for k in vars(imp_all) if not k.startswith("__")))
ns = {}
exec("from imp_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["alpha"].NAME, "imp_all.beta" in sys.modules, "imp_all.gamma" in sys.modules)
import imp_all.sub.deep as d
print(d.WHO, d.ALPHA, d.gamma.NAME, hasattr(imp_all, "gamma"), hasattr(imp_all, "sub"))
print(imp_all.__name__, imp_all.__package__, d.__package__, os.path.basename(imp_all.__file__), os.path.basename(d.__file__), type(imp_all.__path__).__name__)
print(sys.modules["imp_all.sub"].__name__, "deep" in dir(sys.modules["imp_all.sub"]))
m = type(sys)("fresh_mod", "doc here")
m.x = 1
print(m, m.__name__, m.__doc__, m.x)
sys.modules["fresh_mod"] = m
import fresh_mod
print(fresh_mod is m)
print(repr(sys.modules["imp_all.sub.deep"]).startswith("<module 'imp_all.sub.deep' from "), repr(sys))
