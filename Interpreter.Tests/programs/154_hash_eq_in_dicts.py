class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return len(self.name)
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), Key("alpha") in d, d[Key("BETA")])
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class Counted:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Counted.calls += 1
        return self.v
    def __eq__(self, o):
        return self.v == o.v
m = {}
for i in range(5):
    m[Counted(i % 3)] = i
print(len(m), [m[Counted(k)] for k in range(3)], Counted.calls)
print({1: "a", 1.0: "b", True: "c"})
print(hash(1) == hash(1.0) == hash(True))
