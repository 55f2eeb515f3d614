# Circular imports: partially initialised modules, like CPython
import sys
import imp_circ.a as a
print(a.a_func())
print(sys.modules["imp_circ.b"].b_func())

try:
    import imp_circ.c
except ImportError as e:
    msg = str(e)
    print("ImportError:", msg[:msg.index(" (most")] if " (most" in msg else msg)
    print("mentions circular:", "circular import" in msg, "name:", e.name)
print("c cached:", "imp_circ.c" in sys.modules, "d cached:", "imp_circ.d" in sys.modules)

import imp_circ.e
print(imp_circ.f.EARLY)
print(imp_circ.e.use(), imp_circ.f.use())
