"""Calls every method of 15 builtin types with no argument, each of 12 odd values and every pair
of them, and counts the SystemErrors "internal error in Herthon: ..." (a .NET exception that reached
the user). Run it under Herthon:  herthon Tools/reliability/builtin_method_sweep.py
It prints the count per method and exception, then the total (0 on 2026-12-05; 2,378 before).
CPython raises none, but needs minutes: some odd values are huge sizes or exponents there.
"""
import itertools, sys
types_ = [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, complex, bool, range, slice, memoryview, type(None)]
samples = {int: 5, float: 1.5, str: "ab", bytes: b"ab", bytearray: bytearray(b"ab"), list: [1, 2], tuple: (1, 2),
           dict: {1: 2}, set: {1}, frozenset: frozenset({1}), complex: 1j, bool: True, range: range(3),
           slice: slice(1, 2), memoryview: memoryview(b"ab")}
weird = [None, -1, 2**70, 1.5, "x", b"x", [], {}, (), object(), float("nan"), -2**63]
bad = []
for t in types_:
    if t not in samples: continue
    for name in dir(t):
        if name in ("__init_subclass__", "__new__", "__del__", "__init__", "__setattr__", "__delattr__", "__class__", "__setstate__", "__reduce__", "__reduce_ex__", "__subclasshook__"):
            continue
        m = getattr(samples[t], name, None)
        if not callable(m): continue
        for n in range(3):
            for args in itertools.product(weird, repeat=n):
                
                try:
                    m(*args)
                except SystemError as e:
                    bad.append(f"{t.__name__}.{name}{args!r}: {e}")
                except BaseException:
                    pass
import collections
c = collections.Counter(b.split("(")[0] + " " + b.split("internal error in Herthon: ")[1].split(":")[0] for b in bad)
for k, v in sorted(c.items()): print(v, k)
for b in bad[:20]:
    print(b)
print(len(bad), "SystemErrors")
