# marshal: round trips of the basic types, versions, files, and what it refuses
import io
import marshal

values = [
    None, True, False, Ellipsis, StopIteration, 0, -1, 2**31 - 1, -2**31, 2**31, -2**63, 2**100, -(3**70),
    1.5, -0.0, float("inf"), 1e-310, 2 + 3j, "", "ascii", "héllo wörld", "\U0001f600 emoji", "x" * 300,
    b"", b"bytes\x00\xff", bytearray(b"ba"), (), (1, "two", (3.0,)), [1, [2, [3]]], {"a": 1, 2: [3]},
    {1, 2, 3}, frozenset({"f"}), {"nested": ({1: frozenset()}, [b"x"])},
]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(type(v).__name__, same, type(back).__name__)

for version in range(5):
    v = [1, 2.5, "s", (1,), 7j, {"k": None}]
    print(version, marshal.loads(marshal.dumps(v, version)) == v)

print(marshal.dumps(7, 2), marshal.dumps(-5, 2), marshal.dumps(2**40, 2))
print(marshal.dumps("abc", 2), marshal.dumps(b"abc", 2), marshal.dumps((1, None), 2))
print(marshal.dumps(1.0, 1), marshal.dumps(1.0, 2), marshal.dumps([True, False], 2))
print(marshal.loads(b"\xe9\x01\x00\x00\x00"), marshal.loads(b"\xda\x03abc"), marshal.loads(b"\xa9\x02\xe9\x01\x00\x00\x00r\x00\x00\x00\x00"))
print(marshal.version)

shared = [1, 2]
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair, pair[0] is pair[1])
print(len(marshal.dumps((shared, shared), 2)) > len(marshal.dumps((shared, shared))))

buf = io.BytesIO()
marshal.dump({"first": 1}, buf)
marshal.dump(["second"], buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))

code = compile("def area(w, h=2):\n    return w * h\nresult = area(3)\n", "<shape>", "exec")
clone = marshal.loads(marshal.dumps(code))
ns = {}
exec(clone, ns)
print(ns["result"], ns["area"](4, 5), clone.co_filename, clone.co_name)

for bad in [object(), {1, object}, [print]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for data in [b"", b"i\x01\x00", b"\x01", b"(\x02\x00\x00\x00N"]:
    try:
        marshal.loads(data)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    marshal.loads("text")
except TypeError as e:
    print(type(e).__name__, e)
