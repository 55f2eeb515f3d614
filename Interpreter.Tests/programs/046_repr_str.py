values = [1, -2, 3.0, 1e20, 0.1, "text", "it's", 'q"q', "", None, True, [1, "a"], (1,), (), {"k": [1, 2]}, {1}, set(), "tab\t", "uni\u00e9", b"by", range(3)]
for v in values:
    print(repr(v), "|", str(v))
print(repr([["nested", ("t", 1.5)], {"d": {"e": None}}]))
print(str("plain"), repr("plain"))
print(repr("\\"), repr("\n"), repr("'\""))
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B as str"
    def __repr__(self):
        return "B()"
print(A(), repr(A()), str(A()), [A()])
print(B(), repr(B()), str(B()), [B()], (B(),), {"b": B()})
print(f"{B()} {B()!r}")
print(repr(-0.0), repr(1.0), repr(100.0), repr(1.5e300), repr(2.0 ** 62))
