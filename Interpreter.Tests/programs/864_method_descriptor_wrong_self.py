# A builtin type's method called unbound checks its first argument, as CPython's descriptors do:
# a TypeError naming the descriptor, the owner and the received type (never an internal error).
calls = [
    "dict.get([], 1)", "list.append({}, 1)", "str.lower(5)", "dict.keys(3)", "set.add([], 1)",
    "bytes.hex('x')", "int.bit_length('x')", "float.hex(1)", "tuple.count([], 1)",
    "str.join(1, [])", "list.__len__({})", "dict.__getitem__([], 0)", "list.__getitem__((), 0)",
    "set.__contains__([], 1)", "int.__add__(1.5, 1)", "str.__len__(b'x')", "object.__repr__(1)",
]
for call in calls:
    try:
        r = eval(call)
        print(call, "->", r if not call.startswith("object") else "ok")
    except TypeError as e:
        print(call, "TypeError:", e)


class D(dict):
    pass


class S(str):
    pass


# subclasses and bool (an int subclass) are accepted
print(dict.get(D(k=1), "k"), str.upper(S("abc")), int.bit_length(True), list(map(str.upper, ["a", "b"])))
print(sorted(["b", "A", "c"], key=str.lower))
try:
    list(map(str.upper, ["a", 1]))
except TypeError as e:
    print("map:", e)
try:
    dict.get()
except TypeError as e:
    print("no self:", e)
