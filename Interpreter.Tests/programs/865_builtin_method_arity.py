# Builtin methods called with the wrong number or kind of arguments raise CPython's TypeError
# (or OverflowError), never an internal error: slot wrappers ("expected 1 argument, got 0"),
# METH_O methods ("takes exactly one argument"), Argument Clinic ("expected 2 arguments"), and
# sequence repetition past an index-sized count.
cases = [
    "(5).__eq__()", "(5).__neg__(1)", "(1j).__add__()", "range(3).__eq__()", "(5).__gt__(1, 2)",
    "'a'.__lt__()", "(1.5).__divmod__()", "(5).__rdivmod__()", "[].__ne__()", "b'x'.__eq__()",
    "{1}.__ne__()", "memoryview(b'').__eq__()", "(1j).__pow__()", "(1j).__pow__(1, 2, 3)",
    "(5).__pow__(1, 2, 3)", "(5).__format__()", "(1.5).__format__()", "[].__format__()",
    "{1}.isdisjoint()", "frozenset().issubset()", "set().remove()", "set().discard()",
    "set().symmetric_difference_update()", "bytearray().append()", "bytearray().extend()",
    "bytearray().remove()", "bytearray().insert()", "slice(1).indices()", "(1,).index()",
    "dict.fromkeys()", "float.fromhex()", "int.from_bytes()", "b'a'.translate()",
    "bytes.maketrans()", "str.maketrans()", "str.maketrans(1)", "str.maketrans(1, 2)",
    "str.maketrans(1, 'a')", "str.maketrans('a', 'b', 1)", "str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})",
    "(5).__getattribute__(1)", "(5).__getattribute__()", "{}.__setitem__(1)",
    "'ab' * 2**70", "'ab' * -2**70", "'ab'.__mul__(2**62)", "[1] * 2**62", "(1,) * 2**62",
    "b'a' * 2**62", "b'ab'.hex('x', 2**70)", "b'ab'.hex(':', -2**63)", "b'ab'.hex(':', 1.5)",
]
for case in cases:
    try:
        r = eval(case)
        print(case, "->", repr(r)[:60])
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(case, "|", type(e).__name__, repr(str(e)))

# the right counts still work
print((5).__eq__(5), (1j).__pow__(2), str.maketrans("ab", "cd", "e"), str.maketrans({"a": "b", 98: None}))
print(b"abcd".hex(":", 2), bytearray(b"ab").hex("-"), "ab" * 3, [0] * 3, dict.fromkeys("ab", 1))
print(sorted(str.maketrans("\U0001f600x", "yz").items()))

# in-place repetition past what a sequence can hold
import sys
for stmt in ["l = [4, 5, 6, 7]; l *= (sys.maxsize * 2 + 2) // 4", "l = [1]; l *= 2**70", "l = [1]; l *= -2**70",
             "l = [1, 2]; l *= 3; print(l)", "b = bytearray(b'ab'); b *= 2**62", "b = bytearray(b'ab'); b *= 3; print(b)",
             "t = (1,); t *= 2**62", "s = 'ab'; s *= 2**62"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except (MemoryError, OverflowError) as e:
        print(stmt, "|", type(e).__name__, e)
