# from m import * with and without __all__
ns1 = {}
exec("from imp_star.no_all import *", ns1)
print(sorted(k for k in ns1 if k != "__builtins__"))
ns2 = {}
exec("from imp_star.with_all import *", ns2)
print(sorted(k for k in ns2 if k != "__builtins__"))
print(ns2["_semi_private"], ns2["public_fn"]())
ns3 = {}
try:
    exec("from imp_star.bad_all import *", ns3)
except AttributeError as e:
    print("AttributeError:", e)
ns4 = {}
exec("from imp_star import *", ns4)
print(sorted(k for k in ns4 if k != "__builtins__"))
from imp_star import *
print(pkg_value, with_all.public_fn())
try:
    exec("def f():\n    from imp_star import *\n", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg)
