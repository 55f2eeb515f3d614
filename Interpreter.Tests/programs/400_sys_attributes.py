# sys's description of the interpreter, printed in ways that do not depend on the implementation.
import sys

print(type(sys.flags).__name__, len(sys.flags), sys.flags.n_fields)
print(sys.flags.debug, sys.flags.optimize, sys.flags.inspect, sys.flags.verbose, sys.flags.int_max_str_digits)
print(sys.flags.dev_mode, sys.flags.safe_path, sys.flags.utf8_mode, sys.flags[0] == sys.flags.debug)
print(repr(sys.flags).startswith("sys.flags(debug=0, inspect=0, interactive=0, optimize=0, "))
print([field for field in repr(sys.flags)[10:-1].split(", ")][-3:])

impl = sys.implementation
print(type(impl).__name__, impl.name.islower(), impl.cache_tag.endswith("-311"))
print(impl.version[:2], impl.version.major, impl.version.minor, impl.hexversion == sys.hexversion)
print(sys.hexversion >> 16 == 0x030B, sys.version_info >= (3, 11), sys.version_info[:2])

print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info[7], sys.float_info.epsilon == 2.0 ** -52)
h = sys.hash_info
print(h.width, h.modulus == 2 ** 61 - 1, h.inf, h.nan, h.imag, hash(float("inf")) == h.inf)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", sys.byteorder in ("little", "big"))
print(sys.maxsize == 2 ** 63 - 1, sys.api_version, sys.float_repr_style)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.warnoptions, type(sys.orig_argv).__name__, sys.orig_argv[-1].endswith("400_sys_attributes.py"))
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.platlibdir)
print(sys.pycache_prefix, type(sys.dont_write_bytecode).__name__, sys.copyright.startswith("Copyright (c)"))
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(type(sys.stdlib_module_names).__name__, {"sys", "json", "collections", "re"} <= sys.stdlib_module_names)
print(sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("ValueError:", e)
print(sys.call_tracing(divmod, (17, 5)), sys.call_tracing(sorted, ([3, 1, 2],)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError:", e)

a = "".join(["inter", "ned", " text"])
b = "interned text"
print(sys.intern(a) is sys.intern(b), sys.intern(a) == b)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)


class Name(str):
    pass


try:
    sys.intern(Name("x"))
except TypeError as e:
    print("TypeError:", e)

print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("caf\xe9"), sys.getsizeof("\u20ac"), sys.getsizeof("\U0001f600"))
print(sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(b"xy"))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof(object()))


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Slotted()), sys.getsizeof(Sized()) > 1000, Slotted().__sizeof__())
print(sys.getsizeof([]) < sys.getsizeof(list(range(100))), sys.getsizeof({}) < sys.getsizeof(dict.fromkeys(range(100))))
print(sys.getsizeof(set()) < sys.getsizeof(set(range(100))))

try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
