"""Calls every method of 15 builtin types with no argument, each of 12 odd values and every pair
of them, then the attribute protocol's methods (__setattr__, __delattr__, __getattribute__ ...)
of 19 objects with up to three, and every function of the builtins module with up to two, and
counts the SystemErrors "internal error in Herthon: ..." (a .NET exception that reached the user).
Run it under Herthon:  herthon Tools/reliability/builtin_method_sweep.py
It prints the count per method and exception, the first case of each, then the total: 0 on
2026-12-05 (2,378 before) for the methods; the attribute and builtins parts, added 2026-12-06,
found 66,045 on that day's base build (almost all object/type.__setattr__ and __delattr__ with a
non-str name, also too few arguments, memoryview.__setattr__, delattr(), bytes(-1)), now 0. Interpreter.Tests/Robustness/BuiltinSweepTests runs it.
CPython raises none, but needs minutes: some odd values are huge sizes or exponents there.
"""
import itertools, sys
types_ = [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, complex, bool, range, slice, memoryview, type(None)]
samples = {int: 5, float: 1.5, str: "ab", bytes: b"ab", bytearray: bytearray(b"ab"), list: [1, 2], tuple: (1, 2),
           dict: {1: 2}, set: {1}, frozenset: frozenset({1}), complex: 1j, bool: True, range: range(3),
           slice: slice(1, 2), memoryview: memoryview(b"ab")}
weird = [None, -1, 2**70, 1.5, "x", b"x", [], {}, (), object(), float("nan"), -2**63]
bad = []


def attempt(label, f, max_args):
    """Calls f with every tuple of up to max_args odd values; records the internal errors."""
    for n in range(max_args + 1):
        for args in itertools.product(weird, repeat=n):
            try:
                f(*args)
            except SystemError as e:
                bad.append(f"{label}{args!r}: {e}")
            except BaseException:
                pass


for t in types_:
    if t not in samples: continue
    for name in dir(t):
        if name in ("__init_subclass__", "__new__", "__del__", "__init__", "__setattr__", "__delattr__", "__class__", "__setstate__", "__reduce__", "__reduce_ex__", "__subclasshook__"):
            continue
        if t is memoryview:
            samples[t] = memoryview(b"ab")   # a fresh view: release() and __exit__ of the last one end it, as in CPython
        m = getattr(samples[t], name, None)
        if not callable(m): continue
        attempt(f"{t.__name__}.{name}", m, 2)
# The attribute protocol of builtin objects, types and a plain object (names of any type, any count).
attr_samples = list(samples.values()) + [None, object(), type, int]
for s in attr_samples:
    for name in ("__setattr__", "__delattr__", "__getattribute__", "__format__", "__reduce_ex__", "__reduce__",
                 "__sizeof__", "__dir__", "__init_subclass__", "__subclasshook__", "__class_getitem__"):
        m = getattr(s, name, None)
        if m is None: continue
        attempt(f"{type(s).__name__}.{name}", m, 3)
# The builtins module's functions and types, except those that read stdin, exit, run code or print.
import builtins
skip = {"input", "breakpoint", "help", "exit", "quit", "open", "print", "exec", "eval", "compile", "__import__",
        "__build_class__", "copyright", "credits", "license", "vars", "locals", "globals", "dir"}
for name in dir(builtins):
    f = getattr(builtins, name)
    if name in skip or not callable(f) or isinstance(f, type) and issubclass(f, BaseException): continue
    attempt(f"builtins.{name}", f, 2)
import collections
def key(b): return b.split("(")[0] + " " + b.split("internal error in Herthon: ")[1].split(":")[0]
c = collections.Counter(key(b) for b in bad)
for k, v in sorted(c.items()): print(v, k)
first = {}
for b in bad:
    first.setdefault(key(b), b)
for b in first.values():
    print(b[:300])
print(len(bad), "SystemErrors")
