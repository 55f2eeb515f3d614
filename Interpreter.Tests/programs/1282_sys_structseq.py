# sys.version_info, sys.flags, sys.float_info and the other struct sequences are tuples: every
# comparison with a tuple (both ways), slicing, unpacking, hashing; sys.flags and
# sys.version_info cannot be instantiated; no-argument sys functions reject arguments.
import sys

vi = sys.version_info
for op in ("<", "<=", ">", ">=", "==", "!="):
    print(op, eval(f"vi {op} (3, 8)"), eval(f"(3, 8) {op} vi"), eval(f"vi[:2] {op} (3, 11)"))
print(vi >= (3, 11), vi < (3, 12), (3, 11) <= vi[:2], vi[:2] == (3, 11), vi.major, vi.minor, vi.releaselevel)
major, minor, *rest = vi
print(major, minor, len(rest), isinstance(vi, tuple), hash(vi) == hash(tuple(vi)), vi.count(3), vi.index(11))
print(sorted([vi[:2], (3, 10), (2, 7)]), max(vi[:2], (3, 9)))
print(repr(sys.flags)[:26], sys.flags.optimize == sys.flags[3], isinstance(sys.flags, tuple))
print(repr(sys.float_info)[:16], sys.float_info.max > 1e308, sys.float_info > (0,))
print(repr(sys.get_asyncgen_hooks()), sys.hash_info.width in (32, 64), sys.int_info.bits_per_digit > 0)
for t in (type(sys.flags), type(sys.version_info)):
    try:
        t((1,) * 20)
    except TypeError as e:
        print("TypeError", e)
fi = type(sys.float_info)(range(11))
print(fi.max, fi.epsilon, type(fi).__name__)
try:
    vi.major = 4
except AttributeError:
    print("AttributeError")
for f in ("getrecursionlimit", "getdefaultencoding", "exception", "gettrace", "getprofile",
          "getswitchinterval", "getfilesystemencoding", "get_int_max_str_digits"):
    try:
        getattr(sys, f)(1)
    except TypeError as e:
        print("TypeError", e)
import os
print(os.path.normpath(sys._stdlib_dir) == os.path.dirname(os.__file__))
